package io.servicedesk.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** The unread notifications of the recipient, counted up to {@code limit}. */
	@Query(value = "select count(*) from (select 1 from notification where recipient = :recipient "
			+ "and read_at is null limit :limit) unread", nativeQuery = true)
	long countUnreadUpTo(@Param("recipient") String recipient, @Param("limit") int limit);

	List<Notification> findByRecipientOrderByIdDesc(String recipient, Limit limit);

	List<Notification> findByRecipientAndIdLessThanOrderByIdDesc(String recipient, long id, Limit limit);

	Optional<Notification> findByIdAndRecipient(long id, String recipient);

	List<Notification> findByRecipientAndReadAtIsNull(String recipient);

}
