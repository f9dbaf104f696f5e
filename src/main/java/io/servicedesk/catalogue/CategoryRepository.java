package io.servicedesk.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findByKindOrderByActiveDescNameEnAsc(CategoryKind kind);

	List<Category> findByKindAndActiveTrueOrderByNameEnAsc(CategoryKind kind);

	Optional<Category> findByCode(String code);

	boolean existsByCode(String code);

}
