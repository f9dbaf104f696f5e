package io.servicedesk.catalogue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	Optional<Category> findByCode(String code);

	boolean existsByCode(String code);

}
