package io.servicedesk.document;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DocumentRepository extends JpaRepository<DocumentRecord, Long> {

	List<DocumentRecord> findByCaseRefOrderByIdDesc(String caseRef);

	List<DocumentRecord> findByClientIdAndCaseRefIsNullOrderByIdDesc(long clientId);

	@Query("select coalesce(max(d.version), 0) from DocumentRecord d where d.kind = :kind and d.subjectRef = :subjectRef"
			+ " and d.periodFrom is null")
	int latestVersion(DocumentKind kind, String subjectRef);

	@Query("select coalesce(max(d.version), 0) from DocumentRecord d where d.kind = :kind and d.subjectRef = :subjectRef"
			+ " and d.periodFrom = :from and d.periodTo = :to")
	int latestVersion(DocumentKind kind, String subjectRef, LocalDate from, LocalDate to);

}
