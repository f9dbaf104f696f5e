package io.servicedesk.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * Filters of the staff list; every part is optional.
 *
 * @param text part of the username, name or e-mail address
 * @param role only this role
 * @param team only members of the team with this name
 * @param active only active ({@code true}) or only deactivated ({@code false}) staff
 */
public record StaffSearch(String text, Role role, String team, Boolean active) {

	public static StaffSearch everybody() {
		return new StaffSearch(null, null, null, null);
	}

	/**
	 * The list has a few hundred rows at most, so a contains-match needs no trigram
	 * index.
	 */
	Specification<StaffMember> toSpecification(String afterUsername) {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null && !text.isBlank()) {
				String pattern = "%" + text.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				predicates.add(cb.or(cb.like(root.get("username"), pattern, '\\'),
						cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
						cb.like(cb.lower(root.get("email")), pattern, '\\')));
			}
			if (role != null) {
				predicates.add(cb.equal(root.get("role"), role));
			}
			if (team != null && !team.isBlank()) {
				predicates.add(cb.equal(root.join("team", JoinType.LEFT).get("name"), team.strip()));
			}
			if (active != null) {
				predicates.add(cb.equal(root.get("active"), active));
			}
			if (afterUsername != null && !afterUsername.isBlank()) {
				predicates.add(cb.greaterThan(root.get("username"), afterUsername));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
