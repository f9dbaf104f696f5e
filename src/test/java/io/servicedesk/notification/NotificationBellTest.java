package io.servicedesk.notification;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NotificationBellTest {

	private final NotificationBell bell = new NotificationBell(null);

	@Test
	void theBellShowsTheCountUpToItsLimitAnd99PlusFromThere() {
		assertThat(bell.shown(3)).isEqualTo("3");
		assertThat(bell.shown(Notifications.BELL_LIMIT - 1)).isEqualTo("99");
		assertThat(bell.shown(Notifications.BELL_LIMIT)).isEqualTo("99+");
	}

}
