package io.servicedesk.casework;

import java.util.List;

import io.servicedesk.client.ClientService;
import io.servicedesk.inquiry.InquiryService;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.sla.CaseKind;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.TeamService;
import io.servicedesk.support.ClientMother;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Saved views on the whole application: names checked, parameters read by the queue's own
 * form and kept as its links write them, counts from the queue's own query, and what each
 * reader sees, renames and deletes.
 */
@IntegrationTest
class SavedViewsTests {

	@Autowired
	SavedViews views;

	@Autowired
	CaseAccess access;

	@Autowired
	InquiryService inquiries;

	@Autowired
	ClientService clients;

	@Autowired
	StaffService staff;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TeamService teams;

	Viewer owner;

	Viewer colleague;

	Viewer otherTeam;

	Viewer teamSupervisor;

	@BeforeEach
	void staff() {
		String team = StaffMother.team(teams, "Views");
		owner = member("owner", Role.AGENT, team);
		colleague = member("colleague", Role.AGENT, team);
		teamSupervisor = member("lead", Role.SUPERVISOR, team);
		otherTeam = access.viewer("agent");
	}

	private Viewer member(String prefix, Role role, String team) {
		return access.viewer(StaffMother.member(staff, encoder, prefix, role, team).username());
	}

	@Test
	void aViewKeepsTheParametersAsTheQueueWritesThemWithoutThePage() {
		SavedViewItem saved = views.save(CaseKind.INQUIRY, owner, "  Unassigned billing  ", SavedViewVisibility.TEAM,
				parameters("sort", "created", "category", "billing-question", "view", "UNASSIGNED", "after", "abc", "q",
						"a&b c+d"));

		assertThat(saved.name()).isEqualTo("Unassigned billing");
		assertThat(saved.href())
			.isEqualTo("/inquiries?view=unassigned&category=billing-question&q=a%26b%20c%2Bd&sort=CREATED");
		assertThat(views.open(saved.id(), CaseKind.INQUIRY, owner)).isEqualTo(saved.href());
	}

	@Test
	void whatTheQueueRefusesCannotBeSaved() {
		assertRefused(() -> save(owner, "Nonsense", "view", "nonsense"), "views.error.query");
		assertRefused(() -> save(owner, "Bad status", "status", "SHIPPED"), "views.error.query");
		// an agent's queue has no view of every team
		assertRefused(() -> save(owner, "Everything", "view", "all"), "views.error.query");
		assertRefused(() -> save(owner, "Long", "q", "x".repeat(SavedViews.QUERY_MAX)), "views.error.query-too-long");
		assertThat(views.menu(CaseKind.INQUIRY, owner)).isEmpty();
	}

	@Test
	void aNameIsRequiredShortUniquePerOwnerAndQueueAndPlainText() {
		assertRefused(() -> save(owner, null), "views.error.name-required");
		assertRefused(() -> save(owner, "   "), "views.error.name-required");
		assertRefused(() -> save(owner, "x".repeat(SavedViews.NAME_MAX + 1)), "views.error.name-too-long");
		assertRefused(() -> save(owner, "Bell\u0007"), "views.error.name-characters");
		assertRefused(() -> save(owner, "Two\nlines"), "views.error.name-characters");

		save(owner, "x".repeat(SavedViews.NAME_MAX));
		save(owner, "Mine");
		assertRefused(() -> save(owner, "MINE"), "views.error.duplicate");
		// the same name is free for another person and for the other queue
		save(colleague, "Mine");
		views.save(CaseKind.COMPLAINT, owner, "Mine", SavedViewVisibility.PERSONAL, parameters("view", "open"));

		long other = save(owner, "Other").id();
		assertRefused(() -> views.rename(other, CaseKind.INQUIRY, owner, " mine "), "views.error.duplicate");
		views.rename(other, CaseKind.INQUIRY, owner, "Other, renamed");
		assertThat(names(owner)).contains("Mine", "Other, renamed").doesNotContain("Other");
	}

	@Test
	void theMenuListsMyViewsAndMyTeamsSharedOnesEachWithTheQueuesCount() {
		String word = "Sharedword" + ClientMother.unique();
		inquiry(owner, word);
		inquiry(colleague, word);
		inquiry(otherTeam, word);
		SavedViewItem shared = views.save(CaseKind.INQUIRY, owner, "Team unassigned", SavedViewVisibility.TEAM,
				parameters("view", "unassigned", "q", word));
		SavedViewItem personal = save(owner, "My own", "view", "unassigned", "q", word);

		assertThat(views.menu(CaseKind.INQUIRY, owner)).extracting(SavedViewItem::name, SavedViewItem::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("My own", "2"),
					org.assertj.core.groups.Tuple.tuple("Team unassigned", "2"));
		List<SavedViewItem> colleagues = views.menu(CaseKind.INQUIRY, colleague);
		assertThat(colleagues).extracting(SavedViewItem::name).containsExactly("Team unassigned");
		assertThat(colleagues.get(0).count()).isEqualTo("2");
		assertThat(colleagues.get(0).mine()).isFalse();
		assertThat(colleagues.get(0).deletable()).isFalse();
		assertThat(colleagues.get(0).ownerName()).isEqualTo(owner.displayName());
		assertThat(views.menu(CaseKind.INQUIRY, teamSupervisor)).extracting(SavedViewItem::deletable)
			.containsExactly(true);
		assertThat(views.menu(CaseKind.INQUIRY, otherTeam)).extracting(SavedViewItem::id)
			.doesNotContain(shared.id(), personal.id());
		assertThat(views.menu(CaseKind.COMPLAINT, owner)).isEmpty();
	}

	@Test
	void anotherTeamsAndAnotherPersonsViewsAreNotFoundByTheirNumber() {
		long shared = views
			.save(CaseKind.INQUIRY, owner, "Shared", SavedViewVisibility.TEAM, parameters("view", "team"))
			.id();
		long personal = save(owner, "Personal").id();

		for (long id : new long[] { shared, personal }) {
			assertThatThrownBy(() -> views.open(id, CaseKind.INQUIRY, otherTeam))
				.isInstanceOf(SavedViewNotFoundException.class);
			assertThatThrownBy(() -> views.rename(id, CaseKind.INQUIRY, otherTeam, "Taken over"))
				.isInstanceOf(SavedViewNotFoundException.class);
			assertThatThrownBy(() -> views.delete(id, CaseKind.INQUIRY, otherTeam))
				.isInstanceOf(SavedViewNotFoundException.class);
			assertThatThrownBy(() -> views.open(id, CaseKind.COMPLAINT, owner))
				.isInstanceOf(SavedViewNotFoundException.class);
		}
		assertThatThrownBy(() -> views.open(personal, CaseKind.INQUIRY, colleague))
			.isInstanceOf(SavedViewNotFoundException.class);
		assertThatThrownBy(() -> views.delete(personal, CaseKind.INQUIRY, teamSupervisor))
			.isInstanceOf(SavedViewNotFoundException.class);

		// the colleague sees the shared view but neither renames nor deletes it
		assertThat(views.open(shared, CaseKind.INQUIRY, colleague)).isEqualTo("/inquiries?view=team");
		assertThatThrownBy(() -> views.rename(shared, CaseKind.INQUIRY, colleague, "Mine now"))
			.isInstanceOf(RefusedAccessException.class);
		assertThatThrownBy(() -> views.delete(shared, CaseKind.INQUIRY, colleague))
			.isInstanceOf(RefusedAccessException.class);
		assertThatThrownBy(() -> views.rename(shared, CaseKind.INQUIRY, teamSupervisor, "Mine now"))
			.isInstanceOf(RefusedAccessException.class);

		// the team's supervisor deletes it; the owner deletes their own
		assertThat(views.delete(shared, CaseKind.INQUIRY, teamSupervisor)).isEqualTo("Shared");
		assertThat(views.delete(personal, CaseKind.INQUIRY, owner)).isEqualTo("Personal");
		assertThat(views.menu(CaseKind.INQUIRY, owner)).isEmpty();
	}

	@Test
	void aSupervisorsSharedViewOfEveryTeamIsNotListedForAnAgentWhoMayNotOpenIt() {
		views.save(CaseKind.INQUIRY, teamSupervisor, "Everything", SavedViewVisibility.TEAM, parameters("view", "all"));

		assertThat(names(teamSupervisor)).containsExactly("Everything");
		assertThat(names(colleague)).doesNotContain("Everything");
	}

	@Test
	void theMenuListsAtMostTwentyViews() {
		for (int i = 0; i < SavedViews.MENU_MAX + 2; i++) {
			save(owner, "View %02d".formatted(i));
		}

		assertThat(names(owner)).hasSize(SavedViews.MENU_MAX).startsWith("View 00");
	}

	@Test
	void complaintViewsAreReadByTheComplaintQueue() {
		SavedViewItem saved = views.save(CaseKind.COMPLAINT, teamSupervisor, "Old majors", SavedViewVisibility.PERSONAL,
				parameters("view", "needs-review", "severity", "MAJOR", "olderThanDays", "7"));

		assertThat(saved.href()).isEqualTo("/complaints?view=needs-review&severity=MAJOR&olderThanDays=7");
		assertThat(views.menu(CaseKind.COMPLAINT, teamSupervisor)).extracting(SavedViewItem::name)
			.containsExactly("Old majors");
		assertRefused(() -> views.save(CaseKind.COMPLAINT, teamSupervisor, "Bad", SavedViewVisibility.PERSONAL,
				parameters("olderThanDays", "many")), "views.error.query");
	}

	private SavedViewItem save(Viewer viewer, String name, String... parameters) {
		return views.save(CaseKind.INQUIRY, viewer, name, SavedViewVisibility.PERSONAL, parameters(parameters));
	}

	private List<String> names(Viewer viewer) {
		return views.menu(CaseKind.INQUIRY, viewer).stream().map(SavedViewItem::name).toList();
	}

	private void inquiry(Viewer recorder, String word) {
		inquiries.create(new NewInquiry(ClientMother.individual(clients, "Viewed Client").number(), null,
				CaseChannel.PHONE, "Question " + word, "About " + word, null, null, null, null, false), recorder);
	}

	private static MultiValueMap<String, String> parameters(String... namesAndValues) {
		MultiValueMap<String, String> parameters = new org.springframework.util.LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable saving, String key) {
		assertThatThrownBy(saving).isInstanceOfSatisfying(SavedViewRefusedException.class,
				refused -> assertThat(refused.getMessageKey()).isEqualTo(key));
	}

}
