package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;

import io.servicedesk.casework.CaseAccess;
import io.servicedesk.casework.CaseEntryKind;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.ClockChange;
import io.servicedesk.casework.Viewer;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The merge of a client's duplicate inquiries (a second mail about the same matter) into
 * the one that carries on, for the inquiry page and the API.
 */
@Service
public class InquiryMerge {

	/** The line of a merged inquiry that links to the one it was merged into. */
	public static final String MERGED_INTO = "merged-into:";

	/** The line of an inquiry that links to one merged into it. */
	public static final String MERGED_FROM = "merged-from:";

	private final InquiryRepository inquiries;

	private final InquiryFiles files;

	private final CaseAccess access;

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final Clock clock;

	InquiryMerge(InquiryRepository inquiries, InquiryFiles files, CaseAccess access, CaseTimeline timeline,
			CaseSteps steps, Clock clock) {
		this.inquiries = inquiries;
		this.files = files;
		this.access = access;
		this.timeline = timeline;
		this.steps = steps;
		this.clock = clock;
	}

	/**
	 * Merges this inquiry (a second mail of the client about the same matter) into
	 * another open inquiry of the same client, which survives: the merged one's messages
	 * move to it in the order they happened, with their files and mail thread (the
	 * client's later answers to the merged one's mails land on the survivor); the merged
	 * one is closed as merged into the survivor with its clock stopped; both timelines
	 * link to each other and both are audited. Refused: the same inquiry, another
	 * client's, a closed survivor, an inquiry closed or merged already, one escalated
	 * into a complaint, another team's case (403) and a stale version of the merged one.
	 * Answers the survivor.
	 */
	@Transactional
	public InquiryDetails merge(String reference, String survivorReference, Viewer viewer, Long expectedVersion) {
		Inquiry merged = files.editable(reference, viewer, expectedVersion);
		if (survivorReference == null || survivorReference.isBlank()) {
			throw new RuleViolationException("inquiry.merge.target-required", merged.getReference());
		}
		Inquiry survivor = inquiries.findByReference(InquiryFiles.normalise(survivorReference))
			.orElseThrow(() -> new RuleViolationException("inquiry.merge.unknown", survivorReference.strip()));
		access.requireAccess(viewer, survivor);
		if (survivor.getId().equals(merged.getId())) {
			throw new IllegalTransitionException("inquiry.merge.self", merged.getReference());
		}
		if (survivor.getClientId() != merged.getClientId()) {
			throw new RuleViolationException("inquiry.merge.other-client", merged.getReference(),
					survivor.getReference());
		}
		Instant now = clock.instant();
		survivor.takeOverMerged(merged.getReference(), viewer.username(), now);
		InquiryStatus before = merged.status();
		ClockChange change = merged.mergeInto(survivor.getReference(), viewer.username(), now);
		inquiries.flush();
		int moved = timeline.moveMessages(merged, survivor);
		files.stepTaken(merged, before, change, null, viewer.username(), now);
		timeline.record(merged, CaseEntryKind.NOTE, null, null, MERGED_INTO + survivor.getReference(),
				viewer.username(), now);
		timeline.record(survivor, CaseEntryKind.NOTE, null, null, MERGED_FROM + merged.getReference(),
				viewer.username(), now);
		steps.audit(merged, "inquiry.merged", merged.getReference(),
				"into=" + survivor.getReference() + ", messages=" + moved, viewer.username());
		steps.audit(survivor, "inquiry.merge-received", null, "from=" + merged.getReference() + ", messages=" + moved,
				viewer.username());
		return files.saved(survivor);
	}

}
