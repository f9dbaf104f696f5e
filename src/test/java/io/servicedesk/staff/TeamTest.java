package io.servicedesk.staff;

import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class TeamTest {

	@Test
	void aTeamWithOpenCasesCannotBeRemoved() {
		Team team = new Team("Billing");

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> team.ensureRemovable(3))
			.satisfies(refused -> assertThat(refused.getArguments()).containsExactly("Billing", 3L));
		assertThatNoException().isThrownBy(() -> team.ensureRemovable(0));
	}

	@Test
	void archivingIsReversibleButNotRepeatable() {
		Team team = new Team("Billing");

		team.archive();
		assertThat(team.isArchived()).isTrue();
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(team::archive);

		team.restore();
		assertThat(team.isArchived()).isFalse();
		assertThatExceptionOfType(IllegalTransitionException.class).isThrownBy(team::restore);
	}

	@Test
	void aDeactivatedPersonCannotLeadATeam() {
		Team team = new Team("Billing");
		StaffMember leaver = new StaffMember("leaver", "Leaver", null, "{noop}x", Role.SUPERVISOR, team,
				SupportedLanguage.EN);
		leaver.deactivate(0, java.time.Instant.now());

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> team.appointLead(leaver));
		assertThat(team.getLead()).isNull();
	}

	@Test
	void renamingStripsTheNameAndRefusesABlankOne() {
		Team team = new Team("Billing");

		team.rename("  Accounts  ");

		assertThat(team.getName()).isEqualTo("Accounts");
		assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> team.rename(" "));
	}

}
