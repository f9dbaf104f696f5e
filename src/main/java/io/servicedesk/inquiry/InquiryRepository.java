package io.servicedesk.inquiry;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

	Optional<Inquiry> findByReference(String reference);

	@Query(value = "select nextval('inquiry_number_seq')", nativeQuery = true)
	long nextNumber();

}
