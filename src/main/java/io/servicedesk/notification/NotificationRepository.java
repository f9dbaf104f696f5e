package io.servicedesk.notification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByRecipientOrderByIdDesc(String recipient, Limit limit);

	List<Notification> findByRecipientAndIdLessThanOrderByIdDesc(String recipient, long id, Limit limit);

	Optional<Notification> findByIdAndRecipient(long id, String recipient);

	List<Notification> findByRecipientAndReadAtIsNull(String recipient);

}
