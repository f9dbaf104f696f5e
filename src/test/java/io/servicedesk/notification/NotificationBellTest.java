package io.servicedesk.notification;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class NotificationBellTest {

	private final Notifications notifications = mock(Notifications.class);

	private final NotificationBell bell = new NotificationBell(notifications);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theBellShowsTheCountUpToItsLimitAnd99PlusFromThere() {
		assertThat(bell.shown(3)).isEqualTo("3");
		assertThat(bell.shown(Notifications.BELL_LIMIT - 1)).isEqualTo("99");
		assertThat(bell.shown(Notifications.BELL_LIMIT)).isEqualTo("99+");
	}

	@Test
	void theSignedInPersonsUnreadNotificationsAreCounted() {
		signIn("agent");
		when(notifications.unreadCount("agent")).thenReturn(4L);

		assertThat(bell.unreadCount()).isEqualTo(4L);
	}

	@Test
	void withoutAConnectionToBeHadTheBellHasNoCountInsteadOfFailingThePage() {
		signIn("agent");
		when(notifications.unreadCount("agent")).thenThrow(new CannotCreateTransactionException(
				"Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms")));

		assertThat(bell.unreadCount()).isNull();
	}

	@Test
	void anyOtherFailureOfTheCountIsAFault() {
		signIn("agent");
		when(notifications.unreadCount("agent")).thenThrow(new IllegalStateException("a fault"));

		assertThatIllegalStateException().isThrownBy(bell::unreadCount);
	}

	private static void signIn(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
					AuthorityUtils.createAuthorityList("ROLE_AGENT")));
	}

}
