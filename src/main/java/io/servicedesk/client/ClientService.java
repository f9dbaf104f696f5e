package io.servicedesk.client;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RefusedAccessException;
import io.servicedesk.shared.StaleVersionException;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client module's public API: register, edit, find and erase clients.
 */
@Service
public class ClientService {

	public static final int MAX_PAGE_SIZE = 100;

	private final ClientRepository clients;

	private final ClientSearch search;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final List<ClientErasureGuard> erasureGuards;

	private final StaffService staff;

	ClientService(ClientRepository clients, ClientSearch search, AuditLog auditLog, ApplicationEventPublisher events,
			Clock clock, List<ClientErasureGuard> erasureGuards, StaffService staff) {
		this.staff = staff;
		this.clients = clients;
		this.search = search;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
		this.erasureGuards = erasureGuards;
	}

	@Transactional
	public ClientDetails register(ClientData data, String actor) {
		String number = "C-%06d".formatted(clients.nextNumber());
		Client client = clients.save(new Client(number, data, clock.instant()));
		auditLog.record(AuditRecord.of(actor, "client.registered", "client", number).change(null, data.name()));
		events.publishEvent(new ClientRegistered(client.getId(), number, actor, clock.instant()));
		return client.details();
	}

	@Transactional
	public ClientDetails edit(String number, long expectedVersion, ClientData data, String actor) {
		Client client = load(number);
		if (client.getVersion() != expectedVersion) {
			throw new StaleVersionException(number);
		}
		ClientDetails before = client.details();
		client.edit(data, clock.instant());
		clients.flush();
		auditLog.record(AuditRecord.of(actor, "client.edited", "client", number)
			.change(summary(before), summary(client.details())));
		return client.details();
	}

	/**
	 * The client a mail from this address comes from, if any (not an erased one).
	 */
	@Transactional(readOnly = true)
	public Optional<ClientDetails> findByEmail(String address) {
		if (address == null || !Email.isValid(address)) {
			return Optional.empty();
		}
		return clients.findByEmail(address.strip()).map(Client::details);
	}

	/**
	 * Records the sender of a mail from an address no client has, as an unconfirmed
	 * client: staff confirm them by saving their details, or link them to the client they
	 * really are ({@link #mergeSender}).
	 */
	@Transactional
	public ClientDetails registerSender(String name, Email email, SupportedLanguage language, String actor) {
		String number = "C-%06d".formatted(clients.nextNumber());
		String shown = name == null || name.isBlank() ? email.value() : name.strip();
		ClientData data = new ClientData(ClientKind.INDIVIDUAL, shown.length() > 200 ? shown.substring(0, 200) : shown,
				null, null, email, null, PostalAddress.NONE, language, ContactChannel.EMAIL, Segment.STANDARD, Set.of(),
				false, null);
		Client client = clients.save(Client.unconfirmedSender(number, data, clock.instant()));
		auditLog.record(AuditRecord.of(actor, "client.sender-registered", "client", number).change(null, email));
		events.publishEvent(new ClientRegistered(client.getId(), number, actor, clock.instant()));
		return client.details();
	}

	/**
	 * An unconfirmed sender is in fact an existing client: the same operation as
	 * {@link #merge}, for any staff member who works cases, and only for a sender.
	 */
	@Transactional
	public ClientDetails mergeSender(String senderNumber, String clientNumber, String actor) {
		Client sender = load(senderNumber);
		Client target = load(clientNumber);
		sender.requireUnconfirmed();
		return merge(sender, target, null, actor, "client.sender-linked");
	}

	/**
	 * Two records are one client: everything of the merged client moves to the one that
	 * carries on (each module moves its own when it hears of {@link ClientMerged}, in
	 * this transaction: accounts, orders, cases, timeline, mail, surveys, files,
	 * documents), the survivor keeps all the e-mail addresses of both so that mail from
	 * either finds it, and the merged client stays, marked as merged into the survivor.
	 * Only supervisors and administrators merge clients; refused are a client merged into
	 * itself or into a merged client, one merged already, an erased one, and a merge
	 * based on a version of the merged client that is no longer current
	 * ({@code expectedVersion}; {@code null}: any).
	 */
	@Transactional
	public ClientDetails merge(String mergedNumber, String survivorNumber, Long expectedVersion, String actor) {
		Role role = staff.profile(actor).role();
		if (role != Role.SUPERVISOR && role != Role.ADMIN) {
			throw new RefusedAccessException("Only supervisors and administrators merge clients",
					"client.merge.forbidden", normalise(mergedNumber));
		}
		return merge(load(mergedNumber), load(survivorNumber), expectedVersion, actor, "client.merged");
	}

	private ClientDetails merge(Client merged, Client survivor, Long expectedVersion, String actor, String action) {
		if (expectedVersion != null && merged.getVersion() != expectedVersion) {
			throw new StaleVersionException(merged.getNumber());
		}
		merged.requireMergeableInto(survivor);
		Instant now = clock.instant();
		Set<String> addresses = survivor.absorb(merged);
		merged.markMergedInto(survivor.getNumber(), now);
		clients.flush();
		events.publishEvent(new ClientMerged(merged.getId(), merged.getNumber(), survivor.getId(), survivor.getNumber(),
				actor, now));
		auditLog.record(AuditRecord.of(actor, action, "client", merged.getNumber())
			.change(merged.getNumber(),
					survivor.getNumber() + (addresses.isEmpty() ? "" : ", addresses " + addresses)));
		return survivor.details();
	}

	/**
	 * Mail to this address of the client came back undelivered: the client's record says
	 * so until the address changes. Returns whether the client still had that address.
	 */
	@Transactional
	public boolean markEmailUndeliverable(long clientId, String address, String reason) {
		return clients.findById(clientId)
			.map(client -> client.markEmailUndeliverable(address, reason, clock.instant()))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public ClientDetails get(String number) {
		return load(number).details();
	}

	@Transactional(readOnly = true)
	public Optional<ClientDetails> find(String number) {
		return clients.findByNumber(normalise(number)).map(Client::details);
	}

	/** The client with this number, for modules that attach something to a client. */
	@Transactional(readOnly = true)
	public ClientRef require(String number) {
		return get(number).ref();
	}

	/**
	 * The client with this number, for something new of theirs (an account, an order):
	 * refused for a client merged into another, whose new things belong to the survivor.
	 */
	@Transactional(readOnly = true)
	public ClientRef requireCurrent(String number) {
		ClientDetails client = get(number);
		if (client.merged()) {
			throw new IllegalTransitionException("client.merged.new-work", client.number(), client.mergedInto());
		}
		return client.ref();
	}

	@Transactional(readOnly = true)
	public Map<Long, ClientRef> refs(Collection<Long> ids) {
		return search.refs(ids);
	}

	@Transactional(readOnly = true)
	public ClientRef ref(long id) {
		return search.refs(List.of(id))
			.values()
			.stream()
			.findFirst()
			.orElseThrow(() -> new ClientNotFoundException("#" + id));
	}

	/**
	 * Clients with the same e-mail or phone number: likely the same person registered
	 * twice.
	 */
	@Transactional(readOnly = true)
	public List<ClientSummary> likelyDuplicates(Email email, PhoneNumber phone, String excludingNumber) {
		return search.duplicates(email == null ? null : email.value(), phone == null ? null : phone.value(),
				excludingNumber);
	}

	/**
	 * Clients matching the query by number, name, e-mail or phone, plus the clients with
	 * the given ids (found by the caller, for example by account or order number).
	 */
	@Transactional(readOnly = true)
	public ClientPage search(String query, Collection<Long> alsoIds, int limit, String after) {
		return search.search(query, alsoIds, Math.max(1, Math.min(limit, MAX_PAGE_SIZE)), after);
	}

	@Transactional
	public ClientDetails erase(String number, String actor) {
		Client client = load(number);
		ClientDetails before = client.details();
		erasureGuards.forEach(guard -> guard.checkErasable(before.id(), before.number()));
		client.erase(clock.instant());
		clients.flush();
		auditLog.record(AuditRecord.of(actor, "client.erased", "client", number).change("personal data", "erased"));
		events.publishEvent(new ClientErased(before.id(), number, actor, clock.instant()));
		return client.details();
	}

	/** All personal data held in the client record, for a data subject access request. */
	@Transactional(readOnly = true)
	public Map<String, Object> personalData(String number) {
		ClientDetails c = get(number);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("number", c.number());
		data.put("kind", c.kind());
		data.put("name", c.name());
		data.put("companyName", c.companyName());
		data.put("contactPerson", c.contactPerson());
		data.put("email", c.email());
		data.put("otherEmails", c.otherEmails());
		data.put("phone", c.phone());
		data.put("address", c.address());
		data.put("preferredLanguage", c.preferredLanguage().tag());
		data.put("preferredChannel", c.preferredChannel());
		data.put("segment", c.segment());
		data.put("tags", c.tags());
		data.put("marketingConsent", c.marketingConsent());
		data.put("consentChangedAt", c.consentChangedAt());
		data.put("notes", c.notes());
		data.put("erased", c.erased());
		data.put("mergedInto", c.mergedInto());
		data.put("createdAt", c.createdAt());
		data.put("updatedAt", c.updatedAt());
		return data;
	}

	private Client load(String number) {
		return clients.findByNumber(normalise(number)).orElseThrow(() -> new ClientNotFoundException(number));
	}

	static String normalise(String number) {
		return number == null ? "" : number.trim().toUpperCase(java.util.Locale.ROOT);
	}

	private static String summary(ClientDetails c) {
		return "name=" + c.name() + ", email=" + c.email() + ", phone=" + c.phone() + ", segment=" + c.segment()
				+ ", consent=" + c.marketingConsent();
	}

}
