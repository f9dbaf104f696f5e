package io.servicedesk.order;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<Order, Long> {

	Optional<Order> findByNumber(String number);

	@Query(value = "select nextval('order_number_seq')", nativeQuery = true)
	long nextNumber();

}
