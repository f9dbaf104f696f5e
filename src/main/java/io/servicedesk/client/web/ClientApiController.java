package io.servicedesk.client.web;

import java.net.URI;
import java.util.Optional;
import java.security.Principal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.servicedesk.client.ClientDetails;
import io.servicedesk.client.ClientService;
import io.servicedesk.shared.PreconditionFailedException;
import io.servicedesk.shared.RuleViolationException;
import io.servicedesk.shared.web.ETags;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/clients}: register, read, change and erase clients (search is served
 * with the 360° view).
 */
@RestController
@RequestMapping("/api/v1/clients")
class ClientApiController {

	private final ClientService clients;

	ClientApiController(ClientService clients) {
		this.clients = clients;
	}

	@InitBinder("clientRequest")
	void validators(WebDataBinder binder) {
		binder.addValidators(new ContactInputValidator());
	}

	@PostMapping
	ResponseEntity<ClientResource> create(@Valid @RequestBody ClientRequest clientRequest, Principal principal)
			throws MethodArgumentNotValidException {
		BindingResult required = new BeanPropertyBindingResult(clientRequest, "clientRequest");
		if (clientRequest.kind() == null) {
			required.rejectValue("kind", "jakarta.validation.constraints.NotNull.message");
		}
		if (clientRequest.preferredLanguage() == null || clientRequest.preferredLanguage().isBlank()) {
			required.rejectValue("preferredLanguage", "jakarta.validation.constraints.NotBlank.message");
		}
		if (required.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter("create"), required);
		}
		ClientDetails client = clients.register(clientRequest.toData(), principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.number())).body(ClientResource.of(client));
	}

	@GetMapping("/{number}")
	ClientResource get(@PathVariable String number) {
		return ClientResource.of(clients.get(number));
	}

	@PatchMapping("/{number}")
	ClientResource patch(@PathVariable String number, @Valid @RequestBody ClientRequest clientRequest,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch, Principal principal)
			throws MethodArgumentNotValidException {
		ClientDetails existing = clients.get(number);
		Optional<Long> matched = ETags.versionOf(ifMatch);
		if (matched.isPresent() && matched.get() != existing.version()) {
			throw new PreconditionFailedException(existing.number());
		}
		long basedOn = clientRequest.version() != null ? clientRequest.version() : existing.version();
		ClientRequest merged = clientRequest.over(existing);
		BindingResult result = new BeanPropertyBindingResult(merged, "clientRequest");
		new ContactInputValidator().validate(merged, result);
		if (result.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter("patch"), result);
		}
		return ClientResource.of(clients.edit(number, basedOn, merged.toData(), principal.getName()));
	}

	@PostMapping("/{number}/erase")
	@PreAuthorize("hasRole('ADMIN')")
	ClientResource erase(@PathVariable String number, Principal principal) {
		return ClientResource.of(clients.erase(number, principal.getName()));
	}

	/**
	 * Merges the client into another one (by number or e-mail address), which carries on
	 * with everything of both; supervisors and administrators only. Answers the survivor.
	 */
	@PostMapping("/{number}/merge")
	@PreAuthorize("hasRole('SUPERVISOR')")
	ClientResource merge(@PathVariable String number, @Valid @RequestBody MergeRequest request, Principal principal) {
		String into = request.into().strip();
		ClientDetails survivor = clients.find(into)
			.or(() -> clients.findByEmail(into))
			.orElseThrow(() -> new RuleViolationException("client.merge.unknown", into));
		return ClientResource.of(clients.merge(number, survivor.number(), request.version(), principal.getName()));
	}

	/**
	 * @param into the number or e-mail address of the client that carries on
	 * @param version the version of the merged client the caller saw
	 */
	record MergeRequest(@NotBlank @Size(max = 320) String into, Long version) {
	}

	private static MethodParameter parameter(String method) {
		for (var candidate : ClientApiController.class.getDeclaredMethods()) {
			if (candidate.getName().equals(method)) {
				for (int i = 0; i < candidate.getParameterCount(); i++) {
					if (candidate.getParameterTypes()[i] == ClientRequest.class) {
						return new MethodParameter(candidate, i);
					}
				}
			}
		}
		throw new IllegalStateException("No request parameter on " + method);
	}

}
