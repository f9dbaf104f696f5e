package io.servicedesk.sla;

import io.servicedesk.shared.Priority;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlaPolicyRepository extends JpaRepository<SlaPolicy, Long> {

	Optional<SlaPolicy> findByCaseKindAndPriorityAndActiveTrue(CaseKind caseKind, Priority priority);

	boolean existsByCaseKindAndPriorityAndActiveTrueAndIdNot(CaseKind caseKind, Priority priority, Long id);

	boolean existsByCaseKindAndPriorityAndActiveTrue(CaseKind caseKind, Priority priority);

	List<SlaPolicy> findAllByOrderByCaseKindAscPriorityAscIdAsc();

}
