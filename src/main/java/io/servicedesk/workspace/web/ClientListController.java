package io.servicedesk.workspace.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.servicedesk.client.ClientPage;
import io.servicedesk.workspace.ClientFinder;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /clients}: search as you type; the htmx variant returns only the result rows.
 */
@Controller
class ClientListController {

	static final int PAGE_SIZE = 25;

	private final ClientFinder finder;

	ClientListController(ClientFinder finder) {
		this.finder = finder;
	}

	@GetMapping("/clients")
	String list(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "after", required = false) String after, Model model) {
		search(query, after, model);
		return "clients/list";
	}

	@HxRequest
	@GetMapping("/clients")
	String rows(@RequestParam(name = "q", required = false) String query,
			@RequestParam(name = "after", required = false) String after, Model model) {
		search(query, after, model);
		return "clients/list :: results";
	}

	private void search(String query, String after, Model model) {
		ClientPage page = finder.find(query, PAGE_SIZE, after);
		model.addAttribute("q", query == null ? "" : query);
		model.addAttribute("page", page);
	}

}
