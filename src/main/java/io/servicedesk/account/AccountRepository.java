package io.servicedesk.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	@EntityGraph(attributePaths = "checklist")
	Optional<Account> findByNumber(String number);

	@Query(value = "select nextval('account_number_seq')", nativeQuery = true)
	long nextNumber();

	@Query(value = "select code from account_type where active order by position", nativeQuery = true)
	List<String> activeTypes();

	@Query(value = "select item from account_checklist_template where active order by position", nativeQuery = true)
	List<String> checklistTemplate();

}
