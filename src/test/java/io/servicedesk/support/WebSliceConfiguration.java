package io.servicedesk.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.servicedesk.casework.web.CaseWebSlice;
import io.servicedesk.notification.NotificationWebSlice;
import io.servicedesk.security.SecurityWebSlice;
import io.servicedesk.sla.SlaWebSlice;
import io.servicedesk.web.FrameWebSlice;

import io.servicedesk.shared.Foreground;
import io.servicedesk.shared.PageReads;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Everything a page needs around its controller in a web slice ({@link WebSliceTest}):
 * the real security configuration, the page frame and the beans the templates call, and a
 * fixed clock; uploads are configured as in the application (the upload filter reads
 * their limit).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityWebSlice.class, FrameWebSlice.class, SlaWebSlice.class, NotificationWebSlice.class,
		CaseWebSlice.class, PageReads.class })
@ImportAutoConfiguration(MultipartAutoConfiguration.class)
public class WebSliceConfiguration {

	/** A Friday morning at the desk. */
	public static final Instant NOW = Instant.parse("2026-12-04T09:30:00Z");

	@Bean
	Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	/** Requests are not counted for background work, which a slice has none of. */
	@Bean
	Foreground foreground() {
		return new Foreground(Duration.ZERO);
	}

	/**
	 * Transactions that hold nothing: a slice has no database, its services are mocked,
	 * and the pages' one read-only transaction ({@link PageReads}) then only wraps them.
	 */
	@Bean
	PlatformTransactionManager transactionManager() {
		return new AbstractPlatformTransactionManager() {

			@Override
			protected Object doGetTransaction() {
				return new Object();
			}

			@Override
			protected void doBegin(Object transaction, TransactionDefinition definition) {
			}

			@Override
			protected void doCommit(DefaultTransactionStatus status) {
			}

			@Override
			protected void doRollback(DefaultTransactionStatus status) {
			}

		};
	}

}
