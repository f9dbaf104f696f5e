package io.servicedesk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on the shared test PostgreSQL and mail server, with demo staff,
 * on a random port and with MockMvc. All integration tests use this one configuration so
 * they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "servicedesk.demo-data.enabled=true", "servicedesk.complaints.summary-max-age=0s",
				// every test signs in from the loopback address, wrong passwords and all
				"servicedesk.security.sign-in.address-max-failures=100000",
				// the tests speak plain HTTP to the application, as the quick start does
				"server.servlet.session.cookie.name=SESSION", "server.servlet.session.cookie.secure=false",
				// the demo administrator and supervisor sign in without a second factor,
				// as in the quick start
				// (SecondFactorTests turns the requirement on)
				"servicedesk.security.mfa.required-roles=" })
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, StatementCounter.class, SessionSerialisation.class })
@ContextConfiguration(initializers = { TestMailConfiguration.class, TestIdentityProvider.class })
public @interface IntegrationTest {

}
