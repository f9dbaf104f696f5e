package io.servicedesk.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.servicedesk.casework.web.CaseWebSlice;
import io.servicedesk.notification.NotificationWebSlice;
import io.servicedesk.security.SecurityWebSlice;
import io.servicedesk.sla.SlaWebSlice;
import io.servicedesk.web.FrameWebSlice;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Everything a page needs around its controller in a web slice ({@link WebSliceTest}):
 * the real security configuration, the page frame and the beans the templates call, and a
 * fixed clock; uploads are configured as in the application (the upload filter reads
 * their limit).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityWebSlice.class, FrameWebSlice.class, SlaWebSlice.class, NotificationWebSlice.class,
		CaseWebSlice.class })
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
public class WebSliceConfiguration {

	/** A Friday morning at the desk. */
	public static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

}
