package io.servicedesk.casework;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEntryRepository extends JpaRepository<CaseEntry, Long> {

	List<CaseEntry> findByCaseIdOrderByIdAsc(long caseId);

}
