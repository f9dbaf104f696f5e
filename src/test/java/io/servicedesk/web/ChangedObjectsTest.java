package io.servicedesk.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A save refused because someone else changed the object says which object it was.
 */
class ChangedObjectsTest {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	ChangedObjectsTest() {
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
	}

	@Test
	void theApiNamesTheObjectOfAConcurrentChange() {
		ApiExceptionHandler handler = new ApiExceptionHandler(messages, mock(io.servicedesk.audit.AuditLog.class));

		String detail = handler
			.optimisticLock(new OptimisticLockingFailureException("row was updated"),
					new MockHttpServletRequest("PATCH", "/api/v1/clients/C-000042"), Locale.ENGLISH)
			.getDetail();
		String unnamed = handler
			.optimisticLock(new OptimisticLockingFailureException("row was updated"),
					new MockHttpServletRequest("POST", "/api/v1/complaints/reassign"), Locale.ENGLISH)
			.getDetail();

		assertThat(detail).startsWith("Someone else changed C-000042 after you opened it.");
		assertThat(unnamed).startsWith("Someone else changed this record after you opened it.");
	}

}
