package io.servicedesk.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page; what it offers depends on the signed-in role (see {@code home.html}).
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}

}
