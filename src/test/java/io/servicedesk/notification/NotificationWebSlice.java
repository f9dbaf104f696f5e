package io.servicedesk.notification;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * {@code @notificationBell} of the page frame for a web slice; it counts through the
 * {@link Notifications} the slice mocks.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(NotificationBell.class)
public class NotificationWebSlice {

}
