package io.servicedesk.complaint;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

	Optional<Complaint> findByReference(String reference);

	@Query(value = "select nextval('complaint_number_seq')", nativeQuery = true)
	long nextNumber();

	@Query("select c.reference from Complaint c where c.inquiryCaseId = :inquiryCaseId")
	Optional<String> findReferenceByInquiryCaseId(long inquiryCaseId);

}
