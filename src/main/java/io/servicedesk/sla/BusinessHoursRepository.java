package io.servicedesk.sla;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BusinessHoursRepository extends JpaRepository<BusinessHours, Long> {

	List<BusinessHours> findAllByOrderByName();

	Optional<BusinessHours> findByName(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

	boolean existsByNameIgnoreCase(String name);

}
