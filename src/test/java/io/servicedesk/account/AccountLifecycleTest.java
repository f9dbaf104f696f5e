package io.servicedesk.account;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountLifecycleTest {

	private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	private final Account account = new Account("A-000001", 1, "STANDARD", "EUR",
			List.of("IDENTITY_VERIFIED", "CONTRACT_SIGNED", "INITIAL_DEPOSIT_RECEIVED"), LocalDate.of(2026, 3, 1));

	@Test
	void aNewAccountIsPendingWithAnOpenChecklist() {
		assertThat(account.getStatus()).isEqualTo(AccountStatus.PENDING);
		assertThat(account.details().checklist()).extracting(ChecklistEntry::done).containsOnly(false);
	}

	@Test
	void activatingWithAnUntickedChecklistIsRefused() {
		account.tick("IDENTITY_VERIFIED", true, "agent", NOW);
		account.tick("CONTRACT_SIGNED", true, "agent", NOW);
		assertThatThrownBy(account::activate).isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("account.activate.checklist-incomplete");
	}

	@Test
	void tickingEveryItemAllowsActivationAndRemembersWhoTicked() {
		tickAll();
		account.activate();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThat(account.details().checklist()).allSatisfy(entry -> {
			assertThat(entry.doneBy()).isEqualTo("agent");
			assertThat(entry.doneAt()).isEqualTo(NOW);
		});
		assertThatThrownBy(() -> account.tick("CONTRACT_SIGNED", false, "agent", NOW))
			.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void suspendAndReactivateNeedTheRightStateAndSuspendNeedsAReason() {
		tickAll();
		account.activate();
		assertThatThrownBy(() -> account.suspend(" ")).isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(account::reactivate).isInstanceOf(IllegalTransitionException.class);
		account.suspend("Unpaid fees");
		assertThat(account.getStatus()).isEqualTo(AccountStatus.SUSPENDED);
		assertThat(account.details().statusReason()).isEqualTo("Unpaid fees");
		assertThatThrownBy(() -> account.suspend("again")).isInstanceOf(IllegalTransitionException.class);
		account.reactivate();
		assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
	}

	@Test
	void closingAClosedAccountIsRefused() {
		account.close("Client moved abroad", LocalDate.of(2026, 4, 1));
		assertThat(account.details().closedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThatThrownBy(() -> account.close("again", LocalDate.of(2026, 4, 2)))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("account.close.refused");
		assertThatThrownBy(account::activate).isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void unknownChecklistItemsAreRefused() {
		assertThatThrownBy(() -> account.tick("BLOOD_SAMPLE", true, "agent", NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	private void tickAll() {
		for (String item : List.of("IDENTITY_VERIFIED", "CONTRACT_SIGNED", "INITIAL_DEPOSIT_RECEIVED")) {
			account.tick(item, true, "agent", NOW);
		}
	}

}
