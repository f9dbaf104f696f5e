package io.servicedesk.account.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.servicedesk.account.AccountDetails;
import io.servicedesk.account.AccountService;
import io.servicedesk.account.AccountStatus;
import io.servicedesk.account.ChecklistEntry;
import io.servicedesk.client.ClientService;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Accounts in the API: open one for a client, read it, tick its checklist and move it
 * through its lifecycle.
 */
@RestController
@RequestMapping("/api/v1")
class AccountApiController {

	private final AccountService accounts;

	private final ClientService clients;

	AccountApiController(AccountService accounts, ClientService clients) {
		this.accounts = accounts;
		this.clients = clients;
	}

	@InitBinder("openAccountRequest")
	void validators(WebDataBinder binder) {
		binder.addValidators(new Validator() {
			@Override
			public boolean supports(Class<?> type) {
				return OpenAccountRequest.class.equals(type);
			}

			@Override
			public void validate(Object target, Errors errors) {
				OpenAccountRequest request = (OpenAccountRequest) target;
				if (request.type() != null && !accounts.types().contains(request.type())) {
					errors.rejectValue("type", "account.type.unknown", new Object[] { request.type() }, null);
				}
				if (request.currency() != null && !AccountService.isCurrency(request.currency())) {
					errors.rejectValue("currency", "account.currency.invalid", new Object[] { request.currency() },
							null);
				}
			}
		});
	}

	@PostMapping("/clients/{clientNumber}/accounts")
	ResponseEntity<AccountResource> open(@PathVariable String clientNumber,
			@Valid @RequestBody OpenAccountRequest openAccountRequest, Principal principal) {
		AccountDetails account = accounts.open(clientNumber, openAccountRequest.type(), openAccountRequest.currency(),
				principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.number()))
			.body(AccountResource.of(account, clientNumber.toUpperCase(java.util.Locale.ROOT)));
	}

	@GetMapping("/accounts/{number}")
	AccountResource get(@PathVariable String number) {
		return resource(accounts.get(number));
	}

	@PostMapping("/accounts/{number}/checklist")
	AccountResource tick(@PathVariable String number, @Valid @RequestBody TickRequest request, Principal principal) {
		return resource(accounts.tick(number, request.item(), request.done(), principal.getName()));
	}

	@PostMapping("/accounts/{number}/activate")
	AccountResource activate(@PathVariable String number, Principal principal) {
		return resource(accounts.activate(number, principal.getName()));
	}

	@PostMapping("/accounts/{number}/suspend")
	AccountResource suspend(@PathVariable String number, @Valid @RequestBody ReasonRequest request,
			Principal principal) {
		return resource(accounts.suspend(number, request.reason(), principal.getName()));
	}

	@PostMapping("/accounts/{number}/reactivate")
	AccountResource reactivate(@PathVariable String number, Principal principal) {
		return resource(accounts.reactivate(number, principal.getName()));
	}

	@PostMapping("/accounts/{number}/close")
	AccountResource close(@PathVariable String number, @Valid @RequestBody ReasonRequest request, Principal principal) {
		return resource(accounts.close(number, request.reason(), principal.getName()));
	}

	private AccountResource resource(AccountDetails account) {
		return AccountResource.of(account, clients.ref(account.clientId()).number());
	}

	record OpenAccountRequest(@NotBlank String type, @NotBlank String currency) {
	}

	record TickRequest(@NotBlank String item, @NotNull Boolean done) {
	}

	record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
	}

	record AccountResource(String number, String clientNumber, String type, String currency, AccountStatus status,
			LocalDate openedOn, LocalDate closedOn, String statusReason, List<ChecklistEntry> checklist, long version,
			Instant createdAt, Instant updatedAt) {

		static AccountResource of(AccountDetails a, String clientNumber) {
			return new AccountResource(a.number(), clientNumber, a.type(), a.currency(), a.status(), a.openedOn(),
					a.closedOn(), a.statusReason(), a.checklist(), a.version(), a.createdAt(), a.updatedAt());
		}

	}

}
