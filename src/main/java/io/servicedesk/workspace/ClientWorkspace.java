package io.servicedesk.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.account.AccountService;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.casework.CaseVisibility;
import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.order.OrderFilter;
import io.servicedesk.order.OrderPage;
import io.servicedesk.order.OrderService;
import io.servicedesk.timeline.TimelineItem;
import io.servicedesk.timeline.TimelinePage;
import io.servicedesk.timeline.TimelineService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's 360° view, composed from the client, account, order and timeline modules
 * with a fixed number of queries whatever the client's history; and the export of
 * everything held about a client.
 */
@Service
public class ClientWorkspace {

	public static final int RECENT_ORDERS = 10;

	public static final int TIMELINE_PAGE = 20;

	private final ClientService clients;

	private final AccountService accounts;

	private final OrderService orders;

	private final TimelineService timeline;

	private final List<OpenCaseSource> caseSources;

	private final List<PersonalDataSource> dataSources;

	private final Correspondence correspondence;

	private final CaseVisibility visibility;

	private final AuditLog auditLog;

	ClientWorkspace(ClientService clients, AccountService accounts, OrderService orders, TimelineService timeline,
			List<OpenCaseSource> caseSources, List<PersonalDataSource> dataSources, Correspondence correspondence,
			CaseVisibility visibility, AuditLog auditLog) {
		this.correspondence = correspondence;
		this.visibility = visibility;
		this.auditLog = auditLog;
		this.clients = clients;
		this.accounts = accounts;
		this.orders = orders;
		this.timeline = timeline;
		this.caseSources = caseSources;
		this.dataSources = dataSources;
	}

	/**
	 * The 360° page as the staff member may see it: of another team's cases only the
	 * reference, status and team (see {@link CaseVisibility}).
	 */
	@Transactional(readOnly = true)
	public ClientView view(String number, String username) {
		return view(number, username, true);
	}

	/**
	 * The client's card beside a case: the client, accounts, recent orders and open cases
	 * as {@link #view} has them, without the timeline, which the case page does not show
	 * (its timeline is the case's own); the view's timeline is then empty.
	 */
	@Transactional(readOnly = true)
	public ClientView card(String number, String username) {
		return view(number, username, false);
	}

	private ClientView view(String number, String username, boolean withTimeline) {
		ClientDetails client = clients.get(number);
		List<OpenCase> openCases = caseSources.stream()
			.flatMap(source -> source.openCasesOf(client.id()).stream())
			.toList();
		Map<String, String> restricted = visibility.restrictedFor(username,
				openCases.stream().map(OpenCase::reference).toList());
		return new ClientView(client, accounts.forClient(client.id()),
				orders.recentForClient(client.id(), RECENT_ORDERS),
				openCases.stream()
					.map(open -> restricted.containsKey(open.reference())
							? open.restrictedTo(restricted.get(open.reference())) : open)
					.toList(),
				withTimeline ? timeline.pageFor(username, client.id(), TIMELINE_PAGE, null)
						: new TimelinePage(List.of(), null));
	}

	@Transactional(readOnly = true)
	public TimelinePage timeline(String number, String after, String username) {
		return timeline.pageFor(username, clients.require(number).id(), TIMELINE_PAGE, after);
	}

	/**
	 * Everything held about the client: the client record, accounts, orders, timeline and
	 * each case module's section (inquiries and complaints with their correspondence).
	 * Only administrators export; every export is in the audit log.
	 */
	@Transactional
	public Map<String, Object> export(String number, String actor) {
		ClientDetails client = clients.get(number);
		auditLog.record(AuditRecord.of(actor, "client.exported", "client", client.number()));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("client", clients.personalData(number));
		export.put("accounts", accounts.forClient(client.id()).stream().map(a -> accounts.get(a.number())).toList());
		List<Object> allOrders = new ArrayList<>();
		String after = null;
		do {
			OrderPage page = orders.list(new OrderFilter(null, null, null, client.number(), null, null),
					OrderService.MAX_PAGE_SIZE, after);
			page.items().forEach(o -> allOrders.add(orders.get(o.number())));
			after = page.next();
		}
		while (after != null);
		export.put("orders", allOrders);
		List<TimelineItem> entries = new ArrayList<>();
		after = null;
		do {
			TimelinePage page = timeline.page(client.id(), TimelineService.MAX_PAGE_SIZE, after);
			entries.addAll(page.items());
			after = page.next();
		}
		while (after != null);
		export.put("timeline", entries);
		dataSources.forEach(source -> export.put(source.section(), source.personalDataOf(client.id())));
		export.put("outgoingMail", correspondence.ofClient(client.id()));
		return export;
	}

}
