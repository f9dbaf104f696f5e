package io.servicedesk.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface TeamRepository extends JpaRepository<Team, Long> {

	Optional<Team> findByName(String name);

	Optional<Team> findByNameIgnoreCase(String name);

	@EntityGraph(attributePaths = "lead")
	List<Team> findAllByOrderByArchivedAscNameAsc();

	@EntityGraph(attributePaths = "lead")
	Optional<Team> findWithLeadById(Long id);

}
