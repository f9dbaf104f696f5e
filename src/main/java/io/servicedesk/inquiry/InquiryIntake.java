package io.servicedesk.inquiry;

import java.time.Clock;
import java.time.Instant;

import io.servicedesk.casework.CaseClients;
import io.servicedesk.casework.CaseLinks;
import io.servicedesk.casework.CaseSla;
import io.servicedesk.casework.CaseSteps;
import io.servicedesk.casework.CaseTimeline;
import io.servicedesk.casework.NewCase;
import io.servicedesk.casework.Viewer;
import io.servicedesk.catalogue.CategoryCatalogue;
import io.servicedesk.catalogue.CategoryKind;
import io.servicedesk.catalogue.CategoryView;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaView;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an inquiry is recorded: for a known client or one met at intake, in an active
 * category whose default priority applies unless one is given, with the client's own
 * account and order; its SLA clock starts at once and its timeline opens with the
 * client's words.
 */
@Component
class InquiryIntake {

	private final InquiryRepository inquiries;

	private final InquiryFiles files;

	private final CaseClients caseClients;

	private final CaseLinks links;

	private final CaseSla sla;

	private final CaseTimeline timeline;

	private final CaseSteps steps;

	private final CategoryCatalogue categories;

	private final Clock clock;

	InquiryIntake(InquiryRepository inquiries, InquiryFiles files, CaseClients caseClients, CaseLinks links,
			CaseSla sla, CaseTimeline timeline, CaseSteps steps, CategoryCatalogue categories, Clock clock) {
		this.inquiries = inquiries;
		this.files = files;
		this.caseClients = caseClients;
		this.links = links;
		this.sla = sla;
		this.timeline = timeline;
		this.steps = steps;
		this.categories = categories;
		this.clock = clock;
	}

	/** The inquiry the staff member records; it goes to their team. */
	@Transactional
	InquiryDetails record(NewInquiry request, Viewer viewer) {
		Instant now = clock.instant();
		ClientDetails client = caseClients.resolve(request.clientNumber(), request.newClient(), viewer.username());
		String categoryCode = null;
		Priority priority = request.priority();
		if (request.categoryCode() != null && !request.categoryCode().isBlank()) {
			CategoryView category = categories.findByCode(request.categoryCode())
				.filter(found -> found.kind() == CategoryKind.INQUIRY && found.active())
				.orElseThrow(() -> new RuleViolationException("inquiry.category.unknown", request.categoryCode()));
			categoryCode = category.code();
			if (priority == null && category.defaultPriority() != null) {
				priority = category.defaultPriority();
			}
		}
		if (request.body() == null || request.body().isBlank()) {
			throw new RuleViolationException("inquiry.body.required");
		}
		String accountNumber = links.accountOf(client, request.accountNumber());
		String orderNumber = links.orderOf(client, request.orderNumber());
		String reference = InquiryService.REFERENCE_PREFIX + "%06d".formatted(inquiries.nextNumber());
		Inquiry inquiry = inquiries.save(new Inquiry(
				new NewCase(client.id(), request.channel(), request.subject(),
						priority == null ? Priority.NORMAL : priority, categoryCode, accountNumber, orderNumber,
						viewer.teamId(), request.assignToMe() ? viewer.username() : null),
				reference, viewer.username(), now));
		SlaView view = sla.start(inquiry, now);
		timeline.opened(inquiry, client.preferredLanguage().tag(), request.body().strip(), viewer.username(), now);
		inquiries.flush();
		steps.audit(inquiry, "inquiry.created", null, "client=" + client.number() + ", priority="
				+ inquiry.getPriority() + ", channel=" + inquiry.getChannel(), viewer.username());
		return files.details(inquiry, view);
	}

}
