package io.servicedesk.complaint.web;

import java.time.Instant;
import java.util.List;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.correspondence.Delivery;
import io.servicedesk.casework.QueueRow;
import io.servicedesk.complaint.ComplaintDetails;
import io.servicedesk.complaint.ComplaintRow;
import io.servicedesk.complaint.ProposedResolution;
import io.servicedesk.shared.Money;
import io.servicedesk.sla.SlaView;

/**
 * A complaint in the API (docs/architecture.md, "Pages, API and security"), with its SLA
 * block, the resolution once proposed and, when read on its own, its timeline and the
 * conversation of the inquiry it was escalated from. Money is a decimal string with its
 * currency.
 */
record ComplaintResource(String reference, String status, String priority, String severity, String complaintCategory,
		String channel, String subject, String clientNumber, String clientName, String accountNumber,
		String orderNumber, String amountClaimed, String currency, String desiredOutcome, String assignee, String team,
		String inquiryReference, Forwarded forwarded, Resolution resolution, long version, Instant createdAt,
		Instant updatedAt, String updatedBy, Sla sla, List<Entry> timeline, List<Entry> inquiryTimeline) {

	static ComplaintResource of(ComplaintDetails complaint, List<CaseEntryView> entries,
			List<CaseEntryView> inquiryEntries) {
		Money claimed = complaint.amountClaimed();
		return new ComplaintResource(complaint.reference(), complaint.status().name(), complaint.priority().name(),
				complaint.severity().name(), complaint.categoryCode(), complaint.channel().name(), complaint.subject(),
				complaint.client().number(), complaint.client().displayName(), complaint.accountNumber(),
				complaint.orderNumber(), claimed == null ? null : claimed.amount().toPlainString(),
				claimed == null ? null : claimed.currency().getCurrencyCode(), complaint.desiredOutcome(),
				complaint.assignee(), complaint.team(), complaint.inquiryReference(),
				complaint.forwardedTeam() == null ? null
						: new Forwarded(complaint.forwardedTeam(), complaint.forwardQuestion(),
								complaint.answerDueAt()),
				Resolution.of(complaint), complaint.version(), complaint.createdAt(), complaint.updatedAt(),
				complaint.updatedBy(), Sla.of(complaint.sla()),
				entries == null ? null : entries.stream().map(Entry::of).toList(),
				inquiryEntries == null || complaint.inquiryCaseId() == null ? null
						: inquiryEntries.stream().map(Entry::of).toList());
	}

	/**
	 * The department the complaint was last forwarded to; {@code answerDueAt} while its
	 * answer is outstanding.
	 */
	record Forwarded(String team, String question, Instant answerDueAt) {
	}

	/** The proposed (and, once reviewed, decided) resolution. */
	record Resolution(String outcome, String remedy, String amount, String currency, String rootCause, String message,
			String proposedBy, Instant proposedAt, String reviewedBy, Instant resolvedAt, Instant closedAt) {

		static Resolution of(ComplaintDetails complaint) {
			ProposedResolution proposal = complaint.proposal();
			if (proposal == null) {
				return null;
			}
			return new Resolution(proposal.outcome().name(), proposal.remedy().name(),
					proposal.amount() == null ? null : proposal.amount().amount().toPlainString(),
					proposal.amount() == null ? null : proposal.amount().currency().getCurrencyCode(),
					proposal.rootCause(), proposal.message(), complaint.proposedBy(), complaint.proposedAt(),
					complaint.reviewedBy(), complaint.resolvedAt(), complaint.closedAt());
		}

	}

	/**
	 * The SLA block: due instants, when they were met, the worse state of the two
	 * targets.
	 */
	record Sla(Instant firstResponseDueAt, Instant firstRespondedAt, Instant resolutionDueAt, Instant resolvedAt,
			String state) {

		static Sla of(SlaView view) {
			return view == null ? null : new Sla(view.firstResponseDueAt(), view.firstRespondedAt(),
					view.resolutionDueAt(), view.resolvedAt(), view.state().name());
		}

	}

	/**
	 * A line of a timeline; internal notes (including the department's findings) have the
	 * visibility INTERNAL.
	 */
	record Entry(String kind, String visibility, String channel, String body, String detail, String actor,
			Instant occurredAt, Delivery delivery, List<AttachmentView> files) {

		static Entry of(CaseEntryView entry) {
			return new Entry(entry.kind().name(), entry.internal() ? "INTERNAL" : "PUBLIC", entry.channel(),
					entry.body(), entry.detail(), entry.actor(), entry.occurredAt(), entry.delivery(), entry.files());
		}

	}

	/** A line of the queue. */
	record Row(String reference, String subject, String status, String priority, String severity,
			String complaintCategory, String clientNumber, String clientName, String team, String assignee,
			Instant slaDueAt, String slaState, String outcome, String forwardedTeam, Instant answerDueAt,
			Instant createdAt) {

		static Row of(ComplaintRow complaint) {
			QueueRow row = complaint.row();
			return new Row(row.reference(), row.subject(), row.status(), row.priority().name(),
					complaint.severity().name(), row.categoryCode(), row.client().number(), row.client().displayName(),
					row.team(), row.assignee(), row.slaDueAt(), row.slaState().name(),
					complaint.outcome() == null ? null : complaint.outcome().name(), complaint.forwardedTeam(),
					complaint.answerDueAt(), row.createdAt());
		}

	}

}
