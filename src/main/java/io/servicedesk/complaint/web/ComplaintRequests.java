package io.servicedesk.complaint.web;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.ReplyRoute;
import io.servicedesk.casework.Visibility;
import io.servicedesk.casework.web.ClientContactRequest;
import io.servicedesk.complaint.NewComplaint;
import io.servicedesk.complaint.Outcome;
import io.servicedesk.complaint.ProposedResolution;
import io.servicedesk.complaint.Reassignment;
import io.servicedesk.complaint.Remedy;
import io.servicedesk.complaint.ReviewDecision;
import io.servicedesk.complaint.Severity;
import io.servicedesk.shared.Money;
import io.servicedesk.shared.Priority;

/**
 * The request bodies of {@code /api/v1/complaints} (docs/architecture.md, "Pages, API and
 * security"). Every step may carry the {@code version} the caller saw; a complaint
 * changed since then is refused with 409.
 */
final class ComplaintRequests {

	private ComplaintRequests() {
	}

	static Money money(BigDecimal amount, String currency) {
		return amount == null ? null : new Money(amount, Currency.getInstance(currency));
	}

	static boolean isCurrency(String code) {
		try {
			Currency.getInstance(code);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A complaint to register: an existing client's number, or a new client's name with
	 * an e-mail or phone ({@code client}).
	 */
	record Create(@Size(max = 16) String clientNumber, @Valid ClientContactRequest client, @NotNull CaseChannel channel,
			@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20000) String body, Priority priority,
			@NotNull Severity severity, @Size(max = 64) String complaintCategory, @Size(max = 16) String accountNumber,
			@Size(max = 16) String orderNumber,
			@DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal amountClaimed,
			@Pattern(regexp = "[A-Z]{3}") String currency, @Size(max = 2000) String desiredOutcome) {

		@AssertTrue(message = "{complaint.currency.required}")
		boolean isCurrencyGivenWithAmount() {
			return amountClaimed == null || (currency != null && isCurrency(currency));
		}

		NewComplaint toCommand(boolean assignToMe) {
			return new NewComplaint(clientNumber, client == null ? null : client.toContact(), channel, subject, body,
					priority, severity, complaintCategory, accountNumber, orderNumber, money(amountClaimed, currency),
					desiredOutcome, assignToMe);
		}

	}

	/** {@code via} and {@code to} as for messages. */
	record Acknowledge(@Size(max = 20000) String message, ReplyRoute.Via via, @Size(max = 320) String to,
			Long version) {
	}

	record Step(Long version) {
	}

	record Forward(@NotBlank @Size(max = 100) String team, @NotBlank @Size(max = 4000) String question,
			@NotNull OffsetDateTime answerDueAt, Long version) {
	}

	record Finding(@NotBlank @Size(max = 20000) String body, Long version) {
	}

	record ProposeResolution(@NotNull Outcome outcome, @NotNull Remedy remedy,
			@DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal amount,
			@Pattern(regexp = "[A-Z]{3}") String currency, @NotBlank @Size(max = 64) String rootCause,
			@NotBlank @Size(max = 20000) String message, Long version) {

		@AssertTrue(message = "{complaint.currency.required}")
		boolean isCurrencyGivenWithAmount() {
			return amount == null || (currency != null && isCurrency(currency));
		}

		ProposedResolution toProposal() {
			return new ProposedResolution(outcome, remedy, money(amount, currency), rootCause, message);
		}

	}

	record Review(@NotNull ReviewDecision decision, @Size(max = 4000) String comment, Long version) {
	}

	record Reopen(@NotBlank @Size(max = 2000) String reason, Long version) {
	}

	/**
	 * A message: {@code via} and {@code to} say how a public reply reaches the client (by
	 * default by e-mail to the client's address where there is one).
	 */
	record Message(@NotBlank @Size(max = 20000) String body, @NotNull Visibility visibility, ReplyRoute.Via via,
			@Size(max = 320) String to, Long version) {
	}

	record Assign(@Size(max = 64) String assignee, @Size(max = 100) String team, Long version) {
	}

	record BulkReassign(@NotEmpty @Size(max = 200) List<@Valid Selected> complaints, @Size(max = 64) String assignee,
			@Size(max = 100) String team) {

		List<Reassignment.Selected> selected() {
			return complaints.stream().map(one -> new Reassignment.Selected(one.reference(), one.version())).toList();
		}

	}

	record Selected(@NotBlank @Size(max = 16) String reference, Long version) {
	}

	record Escalate(@NotBlank @Size(max = 20000) String reason, Severity severity,
			@DecimalMin(value = "0.01") @Digits(integer = 17, fraction = 2) BigDecimal amountClaimed,
			@Pattern(regexp = "[A-Z]{3}") String currency) {

		@AssertTrue(message = "{complaint.currency.required}")
		boolean isCurrencyGivenWithAmount() {
			return amountClaimed == null || (currency != null && isCurrency(currency));
		}

	}

}
