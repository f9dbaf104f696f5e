package io.servicedesk.workspace.web;

import java.util.List;

import io.servicedesk.workspace.ClientFinder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /clients/matches?q=}: the clients an intake form offers while the agent types
 * what the caller quotes (at least two characters), as the list of the client picker.
 */
@Controller
class ClientPickerController {

	static final int MATCHES = 8;

	private final ClientFinder finder;

	ClientPickerController(ClientFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/clients/matches")
	String matches(@RequestParam(name = "q", required = false) String query, Model model) {
		boolean searched = query != null && query.strip().length() >= 2;
		model.addAttribute("searched", searched);
		model.addAttribute("matches", searched ? finder.find(query.strip(), MATCHES, null).items() : List.of());
		return "fragments/client-picker :: matches";
	}

}
