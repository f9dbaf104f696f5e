package io.servicedesk.staff;

import java.time.Instant;

import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StaffMemberTest {

	private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	@Test
	void theLastActiveAdministratorCannotBeDeactivated() {
		StaffMember admin = person(Role.ADMIN);

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> admin.deactivate(1, NOW))
			.satisfies(refused -> assertThat(refused.getMessageKey()).isEqualTo("staff.last-admin.deactivate"));
		assertThat(admin.isActive()).isTrue();
	}

	@Test
	void theLastActiveAdministratorCannotBeDemoted() {
		StaffMember admin = person(Role.ADMIN);

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> admin.changeRole(Role.SUPERVISOR, 1))
			.satisfies(refused -> assertThat(refused.getMessageKey()).isEqualTo("staff.last-admin.demote"));
		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void anAdministratorWithAnotherActiveAdministratorCanBeDemotedAndDeactivated() {
		StaffMember admin = person(Role.ADMIN);

		admin.changeRole(Role.AGENT, 2);
		assertThat(admin.getRole()).isEqualTo(Role.AGENT);

		StaffMember other = person(Role.ADMIN);
		other.deactivate(2, NOW);
		assertThat(other.isActive()).isFalse();
		assertThat(other.getDeactivatedAt()).isEqualTo(NOW);
	}

	@Test
	void keepingTheAdministratorRoleIsNeverRefused() {
		StaffMember admin = person(Role.ADMIN);

		admin.changeRole(Role.ADMIN, 1);

		assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void agentsAreNotCountedAsAdministrators() {
		StaffMember agent = person(Role.AGENT);

		agent.deactivate(0, NOW);
		agent.reactivate();
		agent.changeRole(Role.SUPERVISOR, 0);

		assertThat(agent.isActive()).isTrue();
		assertThat(agent.getRole()).isEqualTo(Role.SUPERVISOR);
	}

	@Test
	void deactivatingTwiceAndReactivatingAnActivePersonAreIllegalTransitions() {
		StaffMember agent = person(Role.AGENT);
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(agent::reactivate);

		agent.deactivate(0, NOW);
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(() -> agent.deactivate(0, NOW));
	}

	@Test
	void aTemporaryPasswordMustBeChangedAndAResetDemandsItAgain() {
		StaffMember member = StaffMember.withTemporaryPassword("new.person", "New Person", null, "{noop}x", Role.AGENT,
				null, SupportedLanguage.PL);
		assertThat(member.isMustChangePassword()).isTrue();

		member.changePassword("{noop}own");
		assertThat(member.isMustChangePassword()).isFalse();

		member.resetPassword("{noop}temporary");
		assertThat(member.isMustChangePassword()).isTrue();
		assertThat(member.getPasswordHash()).isEqualTo("{noop}temporary");
	}

	@Test
	void nobodyJoinsAnArchivedTeam() {
		Team team = new Team("Old Desk");
		team.archive();
		StaffMember agent = person(Role.AGENT);

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> agent.moveToTeam(team));
		assertThat(agent.getTeam()).isNull();
	}

	private static StaffMember person(Role role) {
		return new StaffMember("p" + System.nanoTime(), "Person", null, "{noop}x", role, null, SupportedLanguage.EN);
	}

}
