package io.servicedesk.account;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.client.ClientRef;
import io.servicedesk.client.ClientService;
import io.servicedesk.correspondence.Correspondence;
import io.servicedesk.correspondence.MailKind;
import io.servicedesk.correspondence.MailRequest;
import io.servicedesk.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account module's public API: open accounts for clients and move them through their
 * lifecycle; every step is audited and published for the client's timeline.
 */
@Service
public class AccountService {

	private final AccountRepository accounts;

	private final ClientService clients;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Correspondence correspondence;

	AccountService(AccountRepository accounts, ClientService clients, JdbcClient jdbc, AuditLog auditLog,
			ApplicationEventPublisher events, Clock clock, Correspondence correspondence) {
		this.correspondence = correspondence;
		this.accounts = accounts;
		this.clients = clients;
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<String> types() {
		return accounts.activeTypes();
	}

	public static boolean isCurrency(String code) {
		if (code == null || !code.matches("[A-Za-z]{3}")) {
			return false;
		}
		try {
			Currency.getInstance(code.toUpperCase(Locale.ROOT));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	@Transactional
	public AccountDetails open(String clientNumber, String type, String currency, String actor) {
		ClientRef client = clients.requireCurrent(clientNumber);
		if (!types().contains(type)) {
			throw new RuleViolationException("account.type.unknown", type);
		}
		if (!isCurrency(currency)) {
			throw new RuleViolationException("account.currency.invalid", currency);
		}
		String number = "A-%06d".formatted(accounts.nextNumber());
		Account account = accounts.save(new Account(number, client.id(), type, currency.toUpperCase(Locale.ROOT),
				accounts.checklistTemplate(), LocalDate.now(clock.withZone(ZoneOffset.UTC))));
		auditLog.record(AuditRecord.of(actor, "account.opened", "account", number)
			.change(null, "client=" + client.number() + ", type=" + type + ", status=PENDING"));
		events.publishEvent(
				new AccountOpened(client.id(), number, actor, clock.instant(), type, account.details().currency()));
		return account.details();
	}

	@Transactional(readOnly = true)
	public AccountDetails get(String number) {
		return load(number).details();
	}

	@Transactional(readOnly = true)
	public Optional<AccountDetails> find(String number) {
		return accounts.findByNumber(normalise(number)).map(Account::details);
	}

	/** A client's accounts, newest first, in one query. */
	@Transactional(readOnly = true)
	public List<AccountSummary> forClient(long clientId) {
		return jdbc.sql("""
				select number, type, currency, status, opened_on, closed_on from account
				where client_id = :client order by id desc""")
			.param("client", clientId)
			.query((rs, n) -> new AccountSummary(rs.getString("number"), rs.getString("type"), rs.getString("currency"),
					AccountStatus.valueOf(rs.getString("status")), rs.getObject("opened_on", LocalDate.class),
					rs.getObject("closed_on", LocalDate.class)))
			.list();
	}

	@Transactional
	public AccountDetails tick(String number, String item, boolean done, String actor) {
		return change(number, actor, "account.checklist-" + (done ? "ticked" : "unticked"),
				account -> account.tick(item, done, actor, clock.instant()), account -> null, item);
	}

	@Transactional
	public AccountDetails activate(String number, String actor) {
		return change(number, actor, "account.activated", Account::activate,
				account -> new AccountActivated(account.getClientId(), account.getNumber(), actor, clock.instant()),
				null);
	}

	@Transactional
	public AccountDetails suspend(String number, String reason, String actor) {
		return change(number, actor, "account.suspended", account -> account.suspend(reason),
				account -> new AccountSuspended(account.getClientId(), account.getNumber(), actor, clock.instant(),
						reason.trim()),
				reason);
	}

	@Transactional
	public AccountDetails reactivate(String number, String actor) {
		return change(number, actor, "account.reactivated", Account::reactivate,
				account -> new AccountReactivated(account.getClientId(), account.getNumber(), actor, clock.instant()),
				null);
	}

	@Transactional
	public AccountDetails close(String number, String reason, String actor) {
		return change(number, actor, "account.closed",
				account -> account.close(reason, LocalDate.now(clock.withZone(ZoneOffset.UTC))),
				account -> new AccountClosed(account.getClientId(), account.getNumber(), actor, clock.instant(),
						reason.trim()),
				reason);
	}

	/**
	 * The clients owning accounts with this number, for finding a caller by account
	 * number.
	 */
	@Transactional(readOnly = true)
	public List<Long> clientIdsByAccountNumber(String number) {
		String normalised = normalise(number);
		if (!normalised.matches("A-?\\d{1,9}")) {
			return List.of();
		}
		String exact = "A-%06d".formatted(Long.parseLong(normalised.replaceAll("\\D", "")));
		return jdbc.sql("select client_id from account where number = :number")
			.param("number", exact)
			.query(Long.class)
			.list();
	}

	private AccountDetails change(String number, String actor, String action, Consumer<Account> step,
			Function<Account, AccountEvent> event, String note) {
		Account account = load(number);
		AccountStatus before = account.getStatus();
		step.accept(account);
		accounts.flush();
		auditLog.record(AuditRecord.of(actor, action, "account", account.getNumber())
			.change(before, note == null ? account.getStatus() : account.getStatus() + ": " + note));
		AccountEvent published = event.apply(account);
		if (published != null) {
			events.publishEvent(published);
			notifyClient(published);
		}
		return account.details();
	}

	/**
	 * The client is told by e-mail, in their language, that their account is open,
	 * suspended (and why), open again or closed (and why).
	 */
	private void notifyClient(AccountEvent event) {
		MailKind kind;
		if (event instanceof AccountActivated) {
			kind = MailKind.ACCOUNT_OPENED;
		}
		else if (event instanceof AccountSuspended) {
			kind = MailKind.ACCOUNT_SUSPENDED;
		}
		else if (event instanceof AccountReactivated) {
			kind = MailKind.ACCOUNT_REACTIVATED;
		}
		else if (event instanceof AccountClosed) {
			kind = MailKind.ACCOUNT_CLOSED;
		}
		else {
			return;
		}
		Map<String, String> values = new HashMap<>();
		values.put("account.number", event.accountNumber());
		if (event instanceof AccountSuspended || event instanceof AccountClosed) {
			values.put("account.reason", event.detail());
		}
		correspondence.queue(MailRequest.notice(kind, event.clientId(), values,
				kind + ":" + event.accountNumber() + ":" + event.occurredAt(), event.actor()));
	}

	private Account load(String number) {
		return accounts.findByNumber(normalise(number)).orElseThrow(() -> new AccountNotFoundException(number));
	}

	private static String normalise(String number) {
		return number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
	}

}
