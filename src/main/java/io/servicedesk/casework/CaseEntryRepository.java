package io.servicedesk.casework;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEntryRepository extends JpaRepository<CaseEntry, Long> {

}
