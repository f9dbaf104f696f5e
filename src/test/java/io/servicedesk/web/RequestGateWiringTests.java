package io.servicedesk.web;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gate stands where it must: outside the outage filter, whose answer it watches, and
 * before the session and security filters that take connections of the pool, with half
 * the pool's places; and pages are sent only once they are rendered.
 */
@IntegrationTest
class RequestGateWiringTests {

	@Autowired
	FilterRegistrationBean<RequestGateFilter> requestGateFilter;

	@Autowired
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter;

	@Autowired
	DataSource dataSource;

	@Autowired
	ThymeleafViewResolver pages;

	@Test
	void theGateAdmitsHalfThePoolOutsideTheOutageFilterAndBeforeTheSessionAndSecurityFilters() throws Exception {
		int poolSize = dataSource.unwrap(HikariConfigMXBean.class).getMaximumPoolSize();

		assertThat(poolSize).isEqualTo(20);
		assertThat(requestGateFilter.getFilter().gate().places()).isEqualTo(poolSize / 2);
		assertThat(requestGateFilter.getOrder()).isLessThan(databaseOutageFilter.getOrder())
			.isLessThan(SessionRepositoryFilter.DEFAULT_ORDER)
			.isLessThan(SecurityFilterProperties.DEFAULT_FILTER_ORDER);
	}

	@Test
	void aPageIsRenderedWholeBeforeItsFirstByteIsSentSoAFailureWhileRenderingIsNeverHalfAPage() {
		assertThat(pages.getProducePartialOutputWhileProcessing()).isFalse();
	}

}
