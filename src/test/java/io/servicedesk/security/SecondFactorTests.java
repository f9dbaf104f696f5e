package io.servicedesk.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.servicedesk.audit.AuditEntry;
import io.servicedesk.audit.AuditLog;
import io.servicedesk.audit.AuditRecord;
import io.servicedesk.staff.NewStaffMember;
import io.servicedesk.staff.Role;
import io.servicedesk.staff.StaffProfile;
import io.servicedesk.staff.StaffService;
import io.servicedesk.staff.SupportedLanguage;
import io.servicedesk.support.HttpSession;
import io.servicedesk.support.IntegrationTest;
import io.servicedesk.support.StaffMother;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two-factor sign-in as a person goes through it: the enrolment a role requires right
 * after the password, the code at each later sign-in, recovery codes, the optional
 * enrolment of an agent, HTTP Basic refused on the API, the sign-in throttle that a right
 * password with the second factor still passes, an administrator's reset, and the step-up
 * of a sensitive action when the last code is too old.
 */
@IntegrationTest
class SecondFactorTests {

	private static final Pattern SECRET = Pattern.compile("id=\"enrol-secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY_CODE = Pattern.compile("<li class=\"col\">([a-z0-9]{5}-[a-z0-9]{5})</li>");

	@LocalServerPort
	int port;

	@Autowired
	StaffService staffService;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SecondFactorPolicy policy;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@BeforeEach
	void requireOfAdministratorsAndSupervisors() {
		policy.requireFor(Set.of(Role.ADMIN, Role.SUPERVISOR));
	}

	@AfterEach
	void asInTheOtherTests() {
		policy.requireFor(Set.of());
	}

	@Test
	void aSupervisorIsLedToEnrolmentAfterThePasswordAndThenSignsInWithTheCode() {
		StaffProfile supervisor = person(Role.SUPERVISOR, "mfa-sup");
		HttpSession browser = new HttpSession(port);
		browser.signIn(supervisor.username(), StaffMother.PASSWORD);

		HttpResponse<String> home = browser.get("/inquiries");
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
		String enrolment = browser.get("/login/second-factor").body();
		assertThat(enrolment).contains("Set up two-factor sign-in")
			.contains("Your role signs in with a second factor")
			.contains("src=\"data:image/svg+xml;base64,");
		String secret = secretIn(enrolment);

		HttpResponse<String> wrong = browser.postForm("/login/second-factor/enrol", "code", "000000", "_csrf",
				HttpSession.csrfToken(enrolment));
		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("That code is not right").contains(secret);

		HttpResponse<String> enrolled = browser.postForm("/login/second-factor/enrol", "code",
				Totp.codeAt(secret, Instant.now()), "_csrf", HttpSession.csrfToken(wrong.body()));
		List<String> recoveryCodes = recoveryCodesIn(enrolled.body());
		assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
		assertThat(enrolled.body()).contains("/inquiries");
		assertThat(browser.get("/inquiries").statusCode()).isEqualTo(200);
		assertThat(jdbc.queryForObject("select secret from staff_second_factor where staff_username = ?", String.class,
				supervisor.username()))
			.as("the secret is encrypted at rest")
			.doesNotContain(secret);
		assertThat(jdbc.queryForList("select code_hash from staff_recovery_code where staff_username = ?", String.class,
				supervisor.username()))
			.hasSize(10)
			.doesNotContainAnyElementsOf(recoveryCodes);

		HttpSession later = new HttpSession(port);
		later.signIn(supervisor.username(), StaffMother.PASSWORD);
		assertThat(later.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
		String challenge = later.get("/login/second-factor").body();
		assertThat(challenge).contains("Enter the six-digit code");
		HttpResponse<String> refused = later.postForm("/login/second-factor", "code", "123456", "_csrf",
				HttpSession.csrfToken(challenge));
		assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor?error");
		assertThat(later.get("/login/second-factor?error").body()).contains("That code is not right");
		assertThat(later.get("/").statusCode()).isEqualTo(302);

		HttpResponse<String> accepted = later.postForm("/login/second-factor", "code",
				Totp.codeAt(secret, Instant.now().plus(Totp.STEP)), "_csrf",
				HttpSession.csrfToken(later.get("/login/second-factor").body()));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(later.get("/").statusCode()).isEqualTo(200);
		assertThat(auditLog.latestFor(supervisor.username())).extracting(AuditEntry::getAction)
			.contains("security.second-factor-enrolled", "security.second-factor-failed");
	}

	@Test
	void aRecoveryCodeServesOnceAndTheSameCodeOfTheAppIsNotAcceptedTwice() {
		StaffProfile admin = person(Role.ADMIN, "mfa-rec");
		HttpSession browser = new HttpSession(port);
		browser.signIn(admin.username(), StaffMother.PASSWORD);
		String secret = secretIn(browser.get("/login/second-factor").body());
		String code = Totp.codeAt(secret, Instant.now());
		List<String> recoveryCodes = recoveryCodesIn(browser
			.postForm("/login/second-factor/enrol", "code", code, "_csrf",
					HttpSession.csrfToken(browser.get("/login/second-factor").body()))
			.body());

		HttpSession replay = new HttpSession(port);
		replay.signIn(admin.username(), StaffMother.PASSWORD);
		assertThat(secondStep(replay, code).headers().firstValue("Location").orElseThrow())
			.as("the code of the enrolment once more")
			.endsWith("?error");

		HttpSession withRecovery = new HttpSession(port);
		withRecovery.signIn(admin.username(), StaffMother.PASSWORD);
		assertThat(secondStep(withRecovery, recoveryCodes.get(3).toUpperCase()).statusCode()).isEqualTo(302);
		assertThat(withRecovery.get("/admin/staff").statusCode()).isEqualTo(200);
		assertThat(withRecovery.get("/profile").body()).contains("9 unused recovery codes left.");

		HttpSession again = new HttpSession(port);
		again.signIn(admin.username(), StaffMother.PASSWORD);
		assertThat(secondStep(again, recoveryCodes.get(3)).headers().firstValue("Location").orElseThrow())
			.endsWith("?error");
		assertThat(auditLog.latestFor(admin.username())).extracting(AuditEntry::getAction)
			.contains("security.recovery-code-used");
	}

	@Test
	void anAgentSignsInWithThePasswordAloneUntilTheyEnrolOnTheirProfile() {
		StaffProfile agent = StaffMother.agent(staffService, passwordEncoder, "mfa-agent");
		HttpSession browser = new HttpSession(port);
		browser.signIn(agent.username(), StaffMother.PASSWORD);
		String profile = browser.get("/profile").body();
		assertThat(profile).contains("Set up two-factor sign-in");

		String enrolment = browser.get("/profile/second-factor").body();
		String secret = secretIn(enrolment);
		HttpResponse<String> codes = browser.postForm("/profile/second-factor", "code",
				Totp.codeAt(secret, Instant.now()), "_csrf", HttpSession.csrfToken(enrolment));
		assertThat(recoveryCodesIn(codes.body())).hasSize(10);
		assertThat(browser.get("/profile").body()).contains("10 unused recovery codes left.").contains("Turn off");

		HttpSession next = new HttpSession(port);
		next.signIn(agent.username(), StaffMother.PASSWORD);
		assertThat(next.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
		assertThat(secondStep(next, Totp.codeAt(secret, Instant.now().plus(Totp.STEP))).statusCode()).isEqualTo(302);
		String home = next.get("/profile").body();
		HttpResponse<String> off = next.postForm("/profile/second-factor/off", "_csrf", HttpSession.csrfToken(home));
		assertThat(off.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
		assertThat(next.get("/profile").body()).contains("Two-factor sign-in is off.");

		HttpSession plain = new HttpSession(port);
		plain.signIn(agent.username(), StaffMother.PASSWORD);
		assertThat(plain.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void httpBasicOfAPersonWithASecondFactorIsRefusedOnTheApiWhereTheirTokenServes() throws Exception {
		StaffProfile supervisor = person(Role.SUPERVISOR, "mfa-api");
		HttpSession browser = new HttpSession(port);
		browser.signIn(supervisor.username(), StaffMother.PASSWORD);
		String enrolment = browser.get("/login/second-factor").body();
		browser.postForm("/login/second-factor/enrol", "code", Totp.codeAt(secretIn(enrolment), Instant.now()), "_csrf",
				HttpSession.csrfToken(enrolment));
		String profile = browser.get("/profile").body();
		String tokenPage = browser
			.postForm("/profile/tokens", "name", "reports", "validDays", "30", "_csrf", HttpSession.csrfToken(profile))
			.headers()
			.firstValue("Location")
			.map(location -> browser.get("/profile").body())
			.orElseThrow();
		Matcher token = Pattern.compile("id=\"new-token-value\">([^<]+)<").matcher(tokenPage);
		assertThat(token.find()).isTrue();

		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> basic = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((supervisor.username() + ":" + StaffMother.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(basic.body()).contains("use a personal API token");

		HttpResponse<String> bearer = client.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
			.header("Authorization", "Bearer " + token.group(1))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(bearer.statusCode()).isEqualTo(200);
	}

	@Test
	void guessesAtThePasswordCannotLockOutAPersonWithASecondFactor() {
		StaffProfile admin = person(Role.ADMIN, "mfa-lock");
		HttpSession browser = new HttpSession(port);
		browser.signIn(admin.username(), StaffMother.PASSWORD);
		String enrolment = browser.get("/login/second-factor").body();
		String secret = secretIn(enrolment);
		browser.postForm("/login/second-factor/enrol", "code", Totp.codeAt(secret, Instant.now()), "_csrf",
				HttpSession.csrfToken(enrolment));

		HttpSession attacker = new HttpSession(port);
		for (int attempt = 1; attempt <= 7; attempt++) {
			attacker.signIn(admin.username(), "guess " + attempt);
		}
		HttpResponse<String> guessDuringWait = attacker.signIn(admin.username(), "one more guess");
		assertThat(guessDuringWait.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
		assertThat(attacker.get("/login?error").body()).contains("Too many failed sign-ins for this username");

		HttpSession owner = new HttpSession(port);
		HttpResponse<String> rightPassword = owner.signIn(admin.username(), StaffMother.PASSWORD);
		assertThat(rightPassword.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(owner.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
		assertThat(secondStep(owner, Totp.codeAt(secret, Instant.now().plus(Totp.STEP))).statusCode()).isEqualTo(302);
		assertThat(owner.get("/admin/staff").statusCode()).isEqualTo(200);
		assertThat(auditLog.latestFor(admin.username())).extracting(AuditEntry::getAction)
			.contains("security.sign-in-throttle-passed");
	}

	@Test
	void anAdministratorResetsAPersonsSecondFactorWhoThenEnrolsAgain() {
		StaffProfile supervisor = person(Role.SUPERVISOR, "mfa-reset");
		HttpSession person = new HttpSession(port);
		person.signIn(supervisor.username(), StaffMother.PASSWORD);
		String enrolment = person.get("/login/second-factor").body();
		person.postForm("/login/second-factor/enrol", "code", Totp.codeAt(secretIn(enrolment), Instant.now()), "_csrf",
				HttpSession.csrfToken(enrolment));
		assertThat(person.get("/").statusCode()).isEqualTo(200);

		policy.requireFor(Set.of(Role.SUPERVISOR));
		HttpSession admin = new HttpSession(port);
		admin.signIn("admin", "demo");
		String page = admin.get("/admin/staff/" + supervisor.username()).body();
		assertThat(page).contains("Signs in with a second factor.");
		HttpResponse<String> reset = admin.postForm("/admin/staff/" + supervisor.username() + "/second-factor/reset",
				"_csrf", HttpSession.csrfToken(page));
		assertThat(reset.headers().firstValue("Location").orElseThrow())
			.endsWith("/admin/staff/" + supervisor.username());
		assertThat(admin.get("/admin/staff/" + supervisor.username()).body()).contains("The second factor was reset.")
			.contains("Has not set up a second factor.");
		assertThat(auditLog.latestFor(supervisor.username()))
			.anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("security.second-factor-reset"))
			.anySatisfy(entry -> assertThat(entry.getActor()).isEqualTo("admin"));

		assertThat(person.get("/").headers().firstValue("Location").orElseThrow()).as("their session ended")
			.endsWith("/login");
		HttpSession again = new HttpSession(port);
		again.signIn(supervisor.username(), StaffMother.PASSWORD);
		assertThat(again.get("/login/second-factor").body()).contains("Set up two-factor sign-in");
	}

	@Test
	void aSensitiveActionAsksForTheSecondFactorAgainWhenTheLastIsOlderThanFifteenMinutes() throws Exception {
		StaffProfile admin = person(Role.ADMIN, "mfa-step");
		HttpSession browser = new HttpSession(port);
		browser.signIn(admin.username(), StaffMother.PASSWORD);
		String enrolment = browser.get("/login/second-factor").body();
		String secret = secretIn(enrolment);
		browser.postForm("/login/second-factor/enrol", "code", Totp.codeAt(secret, Instant.now()), "_csrf",
				HttpSession.csrfToken(enrolment));
		String profile = browser.get("/profile").body();
		assertThat(browser
			.postForm("/profile/tokens", "name", "fresh", "validDays", "30", "_csrf", HttpSession.csrfToken(profile))
			.headers()
			.firstValue("Location")
			.orElseThrow()).as("a second factor of a minute ago is recent enough").endsWith("/profile");

		ageSecondFactor(browser, Duration.ofMinutes(16));
		profile = browser.get("/profile").body();
		assertThat(profile).as("pages need no new code").contains("Personal API tokens");
		HttpResponse<String> stale = postFrom(browser, "/profile/tokens", "/profile", "name", "stale", "validDays",
				"30", "_csrf", HttpSession.csrfToken(profile));
		assertThat(stale.statusCode()).isEqualTo(302);
		assertThat(stale.headers().firstValue("Location").orElseThrow()).endsWith("/login/second-factor");
		assertThat(jdbc.queryForObject("select count(*) from api_token where staff_username = ? and name = 'stale'",
				Integer.class, admin.username()))
			.isZero();
		String challenge = browser.get("/login/second-factor").body();
		assertThat(challenge).contains("This action needs your second factor again");

		HttpResponse<String> confirmed = browser.postForm("/login/second-factor", "code",
				Totp.codeAt(secret, Instant.now().plus(Totp.STEP)), "_csrf", HttpSession.csrfToken(challenge));
		assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
		profile = browser.get("/profile").body();
		assertThat(profile).contains("Second factor confirmed. Please send the form again.");
		assertThat(browser
			.postForm("/profile/tokens", "name", "stale", "validDays", "30", "_csrf", HttpSession.csrfToken(profile))
			.headers()
			.firstValue("Location")
			.orElseThrow()).endsWith("/profile");
		assertThat(jdbc.queryForObject("select count(*) from api_token where staff_username = ? and name = 'stale'",
				Integer.class, admin.username()))
			.isOne();
	}

	@Test
	void codesFollowRfc6238() {
		// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", six last digits
		String secret = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
		assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
		assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
		assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
		assertThat(Totp.verify(secret, "287 082", Instant.ofEpochSecond(75), 0)).hasValue(1);
		assertThat(Totp.verify(secret, "287082", Instant.ofEpochSecond(75), 1)).isEmpty();
		assertThat(Totp.uri("Service Desk", "anna", secret)).isEqualTo("otpauth://totp/Service%20Desk:anna?secret="
				+ secret + "&issuer=Service%20Desk&algorithm=SHA1&digits=6&period=30");
	}

	private StaffProfile person(Role role, String prefix) {
		String username = prefix + "-" + System.nanoTime() % 1_000_000;
		return staffService.addStaffMember(new NewStaffMember(username, "Test " + username, username + "@example.com",
				passwordEncoder.encode(StaffMother.PASSWORD), role, role == Role.ADMIN ? null : "Logistics",
				SupportedLanguage.EN), AuditRecord.SYSTEM);
	}

	private static HttpResponse<String> secondStep(HttpSession browser, String code) {
		String challenge = browser.get("/login/second-factor").body();
		return browser.postForm("/login/second-factor", "code", code, "_csrf", HttpSession.csrfToken(challenge));
	}

	private HttpResponse<String> postFrom(HttpSession browser, String path, String from, String... namesAndValues)
			throws Exception {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (body.length() > 0) {
				body.append('&');
			}
			body.append(java.net.URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
				.append('=')
				.append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
		}
		HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + browser.cookie("SESSION").orElseThrow())
			.header("Referer", base() + from)
			.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** As if the second factor of the browser's session had been shown that long ago. */
	private void ageSecondFactor(HttpSession browser, Duration age) {
		String id = new String(Base64.getDecoder().decode(browser.cookie("SESSION").orElseThrow()),
				StandardCharsets.UTF_8);
		ageSecondFactorOf(sessions, id, age);
	}

	private static <S extends Session> void ageSecondFactorOf(FindByIndexNameSessionRepository<S> sessions, String id,
			Duration age) {
		S session = sessions.findById(id);
		SecurityContext context = session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (GrantedAuthority authority : context.getAuthentication().getAuthorities()) {
			authorities.add(SecondFactorPolicy.TOTP_AUTHORITY.equals(authority.getAuthority())
					? FactorGrantedAuthority.withAuthority(SecondFactorPolicy.TOTP_AUTHORITY)
						.issuedAt(Instant.now().minus(age))
						.build()
					: authority);
		}
		UsernamePasswordAuthenticationToken aged = UsernamePasswordAuthenticationToken
			.authenticated(context.getAuthentication().getPrincipal(), null, authorities);
		session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl(aged));
		sessions.save(session);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private static String secretIn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the enrolment shows the key").isTrue();
		return matcher.group(1);
	}

	private static List<String> recoveryCodesIn(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY_CODE.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
