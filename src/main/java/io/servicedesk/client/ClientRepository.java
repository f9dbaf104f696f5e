package io.servicedesk.client;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClientRepository extends JpaRepository<Client, Long> {

	Optional<Client> findByNumber(String number);

	/**
	 * The client with this address, on their record or among the addresses they also
	 * write from; where several have it, a confirmed one before an unconfirmed sender,
	 * then the oldest. Erased and merged clients have no address any more.
	 */
	@Query(value = """
			select * from client
			where id in (select id from client where lower(email) = lower(:email)
			             union all select client_id from client_email where email = lower(:email))
			  and erased_at is null and merged_into is null
			order by unconfirmed, id limit 1""", nativeQuery = true)
	Optional<Client> findByEmail(String email);

	@Query(value = "select nextval('client_number_seq')", nativeQuery = true)
	long nextNumber();

}
