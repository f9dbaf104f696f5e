package io.servicedesk.staff;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

	@EntityGraph(attributePaths = "team")
	Optional<StaffMember> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByRoleAndActiveTrue(Role role);

}
