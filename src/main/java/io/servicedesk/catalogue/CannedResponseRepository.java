package io.servicedesk.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CannedResponseRepository extends JpaRepository<CannedResponse, Long> {

	List<CannedResponse> findByLanguageOrderByActiveDescTitleAsc(String language);

	List<CannedResponse> findByLanguageAndActiveTrueOrderByTitleAsc(String language);

	Optional<CannedResponse> findByLanguageAndTitleIgnoreCase(String language, String title);

}
