package io.servicedesk.staff;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long>, JpaSpecificationExecutor<StaffMember> {

	@EntityGraph(attributePaths = "team")
	Optional<StaffMember> findByUsername(String username);

	boolean existsByUsername(String username);

	List<StaffMember> findByEmailIgnoreCase(String email);

	boolean existsByRoleAndActiveTrue(Role role);

	@Override
	@EntityGraph(attributePaths = "team")
	Page<StaffMember> findAll(Specification<StaffMember> specification, Pageable pageable);

	@EntityGraph(attributePaths = "team")
	List<StaffMember> findByTeamOrderByDisplayNameAscUsernameAsc(Team team);

	/**
	 * The active administrators, locked until the transaction ends: two administrators
	 * demoting or deactivating each other at the same moment are served one after the
	 * other, so the last one always stays.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StaffMember s where s.role = io.servicedesk.staff.Role.ADMIN and s.active = true")
	List<StaffMember> lockActiveAdmins();

	@Query("select s.team.id, count(s) from StaffMember s where s.team is not null and s.active = true group by s.team.id")
	List<Object[]> countActiveMembersByTeam();

}
