package io.servicedesk.inquiry.web;

import java.time.Instant;
import java.util.List;

import io.servicedesk.attachment.AttachmentView;
import io.servicedesk.casework.CaseEntryView;
import io.servicedesk.correspondence.Delivery;
import io.servicedesk.casework.QueueRow;
import io.servicedesk.inquiry.InquiryDetails;
import io.servicedesk.sla.SlaView;

/**
 * An inquiry in the API (docs/architecture.md, "Pages, API and security"), with its SLA
 * block and, when read on its own, its timeline.
 */
record InquiryResource(String reference, String status, String priority, String category, String channel,
		String subject, String clientNumber, String clientName, String accountNumber, String orderNumber,
		String assignee, String team, long version, Instant createdAt, Instant updatedAt, String updatedBy,
		String resolution, Sla sla, List<Entry> timeline, String mergedInto) {

	static InquiryResource of(InquiryDetails inquiry, List<CaseEntryView> entries) {
		return new InquiryResource(inquiry.reference(), inquiry.status().name(), inquiry.priority().name(),
				inquiry.categoryCode(), inquiry.channel().name(), inquiry.subject(), inquiry.client().number(),
				inquiry.client().displayName(), inquiry.accountNumber(), inquiry.orderNumber(), inquiry.assignee(),
				inquiry.team(), inquiry.version(), inquiry.createdAt(), inquiry.updatedAt(), inquiry.updatedBy(),
				inquiry.resolutionSummary(), Sla.of(inquiry.sla()),
				entries == null ? null : entries.stream().map(Entry::of).toList(), inquiry.mergedInto());
	}

	/**
	 * The SLA block: due instants, when they were met, the worse state of the two
	 * targets.
	 */
	record Sla(Instant firstResponseDueAt, Instant firstRespondedAt, Instant resolutionDueAt, Instant resolvedAt,
			String state, boolean paused) {

		static Sla of(SlaView view) {
			return view == null ? null : new Sla(view.firstResponseDueAt(), view.firstRespondedAt(),
					view.resolutionDueAt(), view.resolvedAt(), view.state().name(), view.paused());
		}

	}

	/** A line of the inquiry's timeline; internal notes have the visibility INTERNAL. */
	record Entry(String kind, String visibility, String channel, String body, String detail, String actor,
			Instant occurredAt, Delivery delivery, List<AttachmentView> files) {

		static Entry of(CaseEntryView entry) {
			return new Entry(entry.kind().name(), entry.internal() ? "INTERNAL" : "PUBLIC", entry.channel(),
					entry.body(), entry.detail(), entry.actor(), entry.occurredAt(), entry.delivery(), entry.files());
		}

	}

	/** A line of a queue. */
	record Row(String reference, String subject, String status, String priority, String category, String channel,
			String clientNumber, String clientName, String team, String assignee, Instant slaDueAt, String slaState,
			Instant lastActivityAt, Instant createdAt) {

		static Row of(QueueRow row) {
			return new Row(row.reference(), row.subject(), row.status(), row.priority().name(), row.categoryCode(),
					row.channel().name(), row.client().number(), row.client().displayName(), row.team(), row.assignee(),
					row.slaDueAt(), row.slaState().name(), row.lastActivityAt(), row.createdAt());
		}

	}

}
