package io.servicedesk.mailbox;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncomingMailRepository extends JpaRepository<IncomingMail, Long> {

	List<IncomingMail> findByOrderByIdDesc(Limit limit);

	List<IncomingMail> findByIdLessThanOrderByIdDesc(long before, Limit limit);

	List<IncomingMail> findByStateOrderByIdDesc(IncomingMailState state, Limit limit);

	List<IncomingMail> findByStateAndIdLessThanOrderByIdDesc(IncomingMailState state, long before, Limit limit);

}
