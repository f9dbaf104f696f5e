package io.servicedesk.support;

import java.util.Collections;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.FlashMap;

/**
 * Sessions are kept in the database, so everything a request puts into its session or its
 * flash attributes must survive Java serialisation. Every request of every MockMvc test
 * round-trips them through the serialiser the session store uses, and fails naming the
 * attribute that does not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SessionSerialisation {

	private static final SerializingConverter SERIALISER = new SerializingConverter();

	private static final DeserializingConverter DESERIALISER = new DeserializingConverter();

	@Bean
	MockMvcBuilderCustomizer sessionAttributesAreSerialisable() {
		return builder -> builder.alwaysDo(SessionSerialisation::roundTrip);
	}

	/** Round-trips the flash attributes and session attributes a request left. */
	public static void roundTrip(MvcResult result) {
		FlashMap flash = result.getFlashMap();
		if (flash != null) {
			flash.forEach((name, value) -> roundTrip("flash attribute " + name, value));
		}
		HttpSession session = result.getRequest().getSession(false);
		if (session != null) {
			for (String name : Collections.list(session.getAttributeNames())) {
				roundTrip("session attribute " + name, session.getAttribute(name));
			}
		}
	}

	/** Round-trips every value of the map, as the session store would keep it. */
	public static void roundTrip(Map<String, ?> attributes) {
		attributes.forEach((name, value) -> roundTrip(name, value));
	}

	private static void roundTrip(String what, Object value) {
		if (value == null) {
			return;
		}
		Object back;
		try {
			back = DESERIALISER.convert(SERIALISER.convert(value));
		}
		catch (RuntimeException notSerialisable) {
			throw new AssertionError(what + " (" + value.getClass().getName()
					+ ") cannot be kept in the database-backed session: " + notSerialisable.getMessage(),
					notSerialisable);
		}
		if (back == null || !back.getClass().equals(value.getClass())) {
			throw new AssertionError(what + " came back from the session serialiser as " + back);
		}
	}

}
