package io.servicedesk.correspondence;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutgoingMessageRepository
		extends JpaRepository<OutgoingMessage, Long>, JpaSpecificationExecutor<OutgoingMessage> {

	Optional<OutgoingMessage> findBySourceKey(String sourceKey);

	Optional<OutgoingMessage> findByMessageId(String messageId);

	List<OutgoingMessage> findByIdIn(Collection<Long> ids);

	List<OutgoingMessage> findByCaseRefOrderByIdAsc(String caseRef);

	List<OutgoingMessage> findByClientIdOrderByIdAsc(long clientId);

	/**
	 * Claims up to {@code limit} due messages for this node: those waiting whose next
	 * attempt is due and that no other node holds (a claim that ran out belongs to a node
	 * that stopped before finishing). Rows another node is claiming at this moment are
	 * skipped, not waited for.
	 */
	@Modifying
	@Query(value = """
			update outgoing_message set claimed_by = :node, claimed_until = :until
			where id in (select id from outgoing_message
			             where state = 'QUEUED' and next_attempt_at <= :now
			               and (claimed_until is null or claimed_until < :now)
			             order by next_attempt_at, id limit :limit for update skip locked)
			returning id""", nativeQuery = true)
	List<Long> claimDue(String node, Instant now, Instant until, int limit);

	@Modifying
	@Query(value = """
			update outgoing_message set state = 'SENT', sent_at = :at, last_attempt_at = :at, attempts = attempts + 1,
			  server_response = :response, error = null, claimed_by = null, claimed_until = null,
			  version = version + 1, updated_at = :at
			where id = :id and claimed_by = :node and state = 'QUEUED'""", nativeQuery = true)
	int markSent(long id, String node, String response, Instant at);

	/**
	 * An attempt failed: the message waits for its next attempt, or fails for good when
	 * {@code finalFailure}.
	 */
	@Modifying
	@Query(value = """
			update outgoing_message set state = case when :finalFailure then 'FAILED' else 'QUEUED' end,
			  last_attempt_at = :at, attempts = attempts + 1, next_attempt_at = :next, error = :error,
			  claimed_by = null, claimed_until = null, version = version + 1, updated_at = :at
			where id = :id and claimed_by = :node and state = 'QUEUED'""", nativeQuery = true)
	int markAttemptFailed(long id, String node, String error, boolean finalFailure, Instant next, Instant at);

	@Modifying
	@Query(value = "update outgoing_message set client_id = :to where client_id = :from", nativeQuery = true)
	int moveClient(long from, long to);

	@Modifying
	@Query(value = """
			update outgoing_message set to_address = 'erased@invalid', to_name = null, subject = '—',
			  body_text = '—', body_html = '—', version = version + 1,
			  state = case when state = 'QUEUED' then 'CANCELLED' else state end
			where client_id = :clientId""", nativeQuery = true)
	int eraseTexts(long clientId);

}
