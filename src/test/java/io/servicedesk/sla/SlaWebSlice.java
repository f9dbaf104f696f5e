package io.servicedesk.sla;

import static org.mockito.Mockito.mock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * {@code @times} for a web slice: the real {@link StaffTimes} with no business calendar
 * (the desk's zone is then UTC) and the staff member's choice read from the mocked staff
 * module.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(StaffTimes.class)
public class SlaWebSlice {

	@Bean
	BusinessHoursRepository businessHoursRepository() {
		return mock(BusinessHoursRepository.class);
	}

}
