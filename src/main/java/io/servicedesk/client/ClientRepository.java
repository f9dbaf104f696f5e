package io.servicedesk.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

	Optional<Client> findByNumber(String number);

	@Query(value = "select nextval('client_number_seq')", nativeQuery = true)
	long nextNumber();

}
