package io.servicedesk.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findTop50ByObjectRefOrderByIdDesc(String objectRef);

	List<AuditEntry> findTop50ByActorOrderByIdDesc(String actor);

}
