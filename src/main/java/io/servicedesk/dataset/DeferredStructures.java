package io.servicedesk.dataset;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The secondary indexes, unique constraints and foreign keys of the tables being filled,
 * dropped before the bulk load and built again from their own definitions afterwards: one
 * sorted build per index and one join per foreign key cost far less than maintaining them
 * row by row. Primary keys stay, as do unique constraints that a foreign key of another
 * table relies on. All of it happens inside the run's transaction, so a failed run leaves
 * the schema as it was.
 */
final class DeferredStructures {

	private final List<String> recreate;

	private DeferredStructures(List<String> recreate) {
		this.recreate = recreate;
	}

	static DeferredStructures drop(JdbcTemplate jdbc, List<String> tables) {
		String filled = "array[" + String.join(", ", tables.stream().map(t -> "'" + t + "'").toList())
				+ "]::regclass[]";
		List<String[]> foreignKeys = definitions(jdbc,
				"""
						select format('alter table %%s drop constraint %%I', conrelid::regclass, conname),
						  format('alter table %%s add constraint %%I %%s', conrelid::regclass, conname, pg_get_constraintdef(oid))
						from pg_constraint where contype = 'f' and conrelid = any(%s) order by conname"""
					.formatted(filled));
		List<String[]> uniques = definitions(jdbc, """
				select format('alter table %%s drop constraint %%I', u.conrelid::regclass, u.conname),
				  format('alter table %%s add constraint %%I %%s', u.conrelid::regclass, u.conname,
				    pg_get_constraintdef(u.oid))
				from pg_constraint u
				where u.contype = 'u' and u.conrelid = any(%s)
				  and not exists (select 1 from pg_constraint f where f.contype = 'f' and f.conindid = u.conindid
				    and not f.conrelid = any(%s))
				order by u.conname""".formatted(filled, filled));
		List<String[]> indexes = definitions(jdbc, """
				select format('drop index %%s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
				from pg_index i
				where i.indrelid = any(%s)
				  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
				order by i.indexrelid::regclass::text""".formatted(filled));
		List<String> recreate = new ArrayList<>();
		for (List<String[]> group : List.of(foreignKeys, uniques, indexes)) {
			group.forEach(definition -> jdbc.execute(definition[0]));
		}
		for (List<String[]> group : List.of(uniques, indexes, foreignKeys)) {
			group.forEach(definition -> recreate.add(definition[1]));
		}
		return new DeferredStructures(recreate);
	}

	static DeferredStructures none() {
		return new DeferredStructures(List.of());
	}

	List<String> statements() {
		return recreate;
	}

	private static List<String[]> definitions(JdbcTemplate jdbc, String sql) {
		return jdbc.query(sql, (rs, n) -> new String[] { rs.getString(1), rs.getString(2) });
	}

}
