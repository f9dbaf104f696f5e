package io.servicedesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.servicedesk.attachment.Attachments;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.notification.Notifications;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamDirectory;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice of one or a few controllers: Spring MVC with the real templates, the
 * application's own security configuration (URL rules, CSRF, the sign-in page) and the
 * product's error handling, without a database. The controllers' services are mocked by
 * each test ({@code @MockitoBean}); the modules the frame and the security configuration
 * reach (audit, staff, notifications, the database) are mocked here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import(WebSliceConfiguration.class)
@MockitoBean(types = { AuditLog.class, Attachments.class, StaffService.class, TeamDirectory.class, Notifications.class,
		JdbcClient.class })
public @interface WebSliceTest {

	/** The controllers of the slice. */
	@AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
	Class<?>[] controllers() default {};

}
