package io.servicedesk.sla;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SlaClockRepository extends JpaRepository<SlaClock, Long> {

	Optional<SlaClock> findByCaseKindAndCaseRef(CaseKind caseKind, String caseRef);

	List<SlaClock> findByCaseKindAndCaseRefIn(CaseKind caseKind, Collection<String> caseRefs);

	boolean existsByCaseKindAndCaseRef(CaseKind caseKind, String caseRef);

	/**
	 * The next batch of clocks with something due, locked for this transaction. Rows
	 * another node has locked are skipped, not waited for. Reads the partial index
	 * {@code sla_clock_next_due} only.
	 */
	@Query(nativeQuery = true, value = """
			select * from sla_clock
			where next_due_at is not null and next_due_at <= :now
			order by next_due_at
			limit :batchSize
			for update skip locked""")
	List<SlaClock> lockDue(Instant now, int batchSize);

}
