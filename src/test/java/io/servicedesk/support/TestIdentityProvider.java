package io.servicedesk.support;

import java.util.HashMap;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * An OpenID Connect provider inside the test run (mock-oauth2-server), one per test JVM,
 * registered as the desk's single sign-on {@code test-idp}: its address is known only
 * once it runs, so it reaches the environment before the context is built. Groups in the
 * {@code roles} claim give roles ({@code desk-supervisors} → supervisor).
 */
public class TestIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String REGISTRATION = "test-idp";

	public static final String CLIENT_ID = "service-desk";

	private static MockOAuth2Server server;

	/** The JVM's identity provider, started on first use. */
	public static synchronized MockOAuth2Server server() {
		if (server == null) {
			server = new MockOAuth2Server();
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "test-identity-provider-stop"));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		MockOAuth2Server provider = server();
		String prefix = "spring.security.oauth2.client.registration." + REGISTRATION + ".";
		Map<String, Object> properties = new HashMap<>();
		properties.put(prefix + "client-id", CLIENT_ID);
		properties.put(prefix + "client-secret", "test-secret");
		properties.put(prefix + "client-name", "Test identity provider");
		properties.put(prefix + "scope", "openid,email,profile");
		properties.put("spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri",
				provider.issuerUrl(REGISTRATION).toString());
		properties.put("servicedesk.security.sso.role-claim", "roles");
		properties.put("servicedesk.security.sso.roles.desk-supervisors", "SUPERVISOR");
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-identity-provider", properties));
	}

}
