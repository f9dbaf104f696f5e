package io.servicedesk.notification;

import java.util.List;

import io.servicedesk.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell in the page frame, the notification list and marking as read; nobody reads or
 * marks another person's notifications.
 */
@IntegrationTest
class NotificationPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	@WithUserDetails("agent2")
	void theBellCountsUnreadNotificationsAndTheListMarksThemRead() throws Exception {
		notifications.markAllRead("agent2");
		String ref = "INQ-N" + System.nanoTime();
		assertThat(notifications.send(new NewNotification(List.of("agent2", "agent"),
				"notification.sla.breached.resolution", List.of(ref), "/inquiries/" + ref, "test:" + ref)))
			.isEqualTo(2);
		assertThat(notifications.send(new NewNotification(List.of("agent2"), "notification.sla.breached.resolution",
				List.of(ref), "/inquiries/" + ref, "test:" + ref)))
			.as("the same event twice")
			.isZero();

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notification-count\">1</span>")));
		mvc.perform(get("/notifications"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ref + ": the resolution target was missed.")));

		long id = jdbc.sql("select id from notification where recipient = 'agent2' and dedup_key = :key")
			.param("key", "test:" + ref)
			.query(Long.class)
			.single();
		mvc.perform(get("/notifications"))
			.andExpect(content().string(containsString("href=\"/notifications/" + id + "/open\"")));
		long othersId = jdbc.sql("select id from notification where recipient = 'agent' and dedup_key = :key")
			.param("key", "test:" + ref)
			.query(Long.class)
			.single();
		mvc.perform(post("/notifications/{id}/read", othersId).with(csrf())).andExpect(redirectedUrl("/notifications"));
		assertThat(notifications.unreadCount("agent")).isPositive();
		mvc.perform(post("/notifications/{id}/read", id).with(csrf())).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/")).andExpect(content().string(not(containsString("id=\"notification-count\""))));
	}

	@Test
	@WithUserDetails("supervisor")
	void markingAllAsReadEmptiesTheBell() throws Exception {
		notifications.send(new NewNotification(List.of("supervisor"), "notification.sla.at-risk.first-response",
				List.of("CMP-X"), "/complaints/CMP-X", "test:all:" + System.nanoTime()));
		mvc.perform(get("/")).andExpect(content().string(containsString("id=\"notification-count\"")));
		mvc.perform(post("/notifications/read-all").with(csrf())).andExpect(redirectedUrl("/notifications"));
		assertThat(notifications.unreadCount("supervisor")).isZero();
	}

	@Test
	void signedOutVisitorsAreSentToSignIn() throws Exception {
		mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
	}

}
