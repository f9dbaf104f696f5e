package io.servicedesk.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, Long> {

	Optional<Order> findByNumber(String number);

	/** The orders charged to an account and taken within [from, until), oldest first. */
	List<Order> findByAccountNumberAndCreatedAtGreaterThanEqualAndCreatedAtLessThanOrderByCreatedAtAscIdAsc(
			String accountNumber, Instant from, Instant until);

	@Query(value = "select nextval('order_number_seq')", nativeQuery = true)
	long nextNumber();

}
