package io.servicedesk.staff;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StaffBootstrapTest {

	private final StaffService staffService = mock(StaffService.class);

	private final TeamService teamService = mock(TeamService.class);

	private final PasswordEncoder passwordEncoder = mock(PasswordEncoder.class);

	StaffBootstrapTest() {
		when(passwordEncoder.encode(anyString())).thenAnswer(invocation -> "{test}" + invocation.getArgument(0));
	}

	@Test
	void productionWithoutAnAdminAndWithoutTheVariablesRefusesToStart() {
		when(staffService.hasActiveAdmin()).thenReturn(false);
		StaffBootstrap bootstrap = bootstrap(new FirstAdminProperties(null, null, null, null), false);

		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null))
			.withMessageContaining("SERVICEDESK_ADMIN_USERNAME")
			.withMessageContaining("SERVICEDESK_ADMIN_PASSWORD");
		verify(staffService, never()).addStaffMember(any(), anyString());
	}

	@Test
	void aShortFirstAdminPasswordIsRefused() {
		when(staffService.hasActiveAdmin()).thenReturn(false);
		StaffBootstrap bootstrap = bootstrap(new FirstAdminProperties("root", "short", null, null), false);

		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null)).withMessageContaining("12");
	}

	@Test
	void productionCreatesTheFirstAdminFromTheEnvironmentOnce() {
		when(staffService.hasActiveAdmin()).thenReturn(false);
		StaffBootstrap bootstrap = bootstrap(
				new FirstAdminProperties("Boss", "a long enough secret", "The Boss", "boss@example.com"), false);

		bootstrap.run(null);

		ArgumentCaptor<NewStaffMember> created = ArgumentCaptor.forClass(NewStaffMember.class);
		verify(staffService).addStaffMember(created.capture(), eq("system"));
		assertThat(created.getValue().role()).isEqualTo(Role.ADMIN);
		assertThat(created.getValue().username()).isEqualTo("Boss");
		assertThat(created.getValue().passwordHash()).isEqualTo("{test}a long enough secret");
	}

	@Test
	void productionWithAnAdminLeavesStaffAlone() {
		when(staffService.hasActiveAdmin()).thenReturn(true);

		bootstrap(new FirstAdminProperties(null, null, null, null), false).run(null);

		verify(staffService, never()).addStaffMember(any(), anyString());
	}

	@Test
	void demoDataSeedsTheFourDemoLoginsFirstThenMoreStaffIntoAnEmptyDatabase() {
		when(staffService.isEmpty()).thenReturn(true);

		bootstrap(new FirstAdminProperties(null, null, null, null), true).run(null);

		ArgumentCaptor<NewStaffMember> created = ArgumentCaptor.forClass(NewStaffMember.class);
		verify(staffService, times(4 + StaffBootstrap.DEMO_STAFF.size())).addStaffMember(created.capture(),
				eq("system"));
		List<NewStaffMember> logins = created.getAllValues().subList(0, 4);
		assertThat(logins).extracting(NewStaffMember::username)
			.containsExactly("agent", "agent2", "supervisor", "admin");
		assertThat(logins).extracting(NewStaffMember::team)
			.containsExactly("Front Desk", "Logistics", "Front Desk", null);
		assertThat(logins).extracting(NewStaffMember::role)
			.containsExactly(Role.AGENT, Role.AGENT, Role.SUPERVISOR, Role.ADMIN);
		assertThat(logins).extracting(NewStaffMember::language)
			.containsExactly(SupportedLanguage.EN, SupportedLanguage.DE, SupportedLanguage.EN, SupportedLanguage.EN);
		assertThat(created.getAllValues()).extracting(NewStaffMember::language).contains(SupportedLanguage.values());
		verify(teamService, times(StaffBootstrap.DEMO_TEAMS.size())).create(anyString(), any(), eq("system"));
		verify(staffService).deactivate(StaffBootstrap.DEMO_LEAVER, "system");
	}

	@Test
	void demoDataIsNotSeededTwice() {
		when(staffService.isEmpty()).thenReturn(false);

		bootstrap(new FirstAdminProperties(null, null, null, null), true).run(null);

		verify(staffService, never()).addStaffMember(any(), anyString());
	}

	private StaffBootstrap bootstrap(FirstAdminProperties properties, boolean demoData) {
		return new StaffBootstrap(staffService, teamService, passwordEncoder, properties, demoData);
	}

}
