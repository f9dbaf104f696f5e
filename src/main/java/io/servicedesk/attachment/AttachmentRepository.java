package io.servicedesk.attachment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByCaseRefOrderByIdAsc(String caseRef);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update attachment set case_ref = :to where case_ref = :from", nativeQuery = true)
	int moveCase(String from, String to);

	List<Attachment> findByClientIdAndCaseRefIsNullOrderByIdDesc(long clientId);

	List<Attachment> findByClientIdAndCaseRefIsNullAndOriginNotOrderByIdDesc(long clientId, AttachmentOrigin origin);

	List<Attachment> findByOutgoingMessageIdOrderByIdAsc(long outgoingMessageId);

	List<Attachment> findByClientId(long clientId);

}
