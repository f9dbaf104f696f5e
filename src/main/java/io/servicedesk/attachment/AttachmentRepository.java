package io.servicedesk.attachment;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByCaseRefOrderByIdAsc(String caseRef);

	List<Attachment> findByClientIdAndCaseRefIsNullOrderByIdDesc(long clientId);

	List<Attachment> findByClientIdAndCaseRefIsNullAndOriginNotOrderByIdDesc(long clientId, AttachmentOrigin origin);

	List<Attachment> findByOutgoingMessageIdOrderByIdAsc(long outgoingMessageId);

	List<Attachment> findByClientId(long clientId);

}
