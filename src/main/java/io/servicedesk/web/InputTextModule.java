package io.servicedesk.web;

import io.servicedesk.shared.ControlCharacters;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from a JSON body, in any field of any request, is refused when it
 * holds control characters; the API answers 400 naming the field (see
 * {@link ApiExceptionHandler}).
 */
class InputTextModule extends SimpleModule {

	InputTextModule() {
		super("servicedesk-input-text");
		addDeserializer(String.class, new CleanStringDeserializer());
	}

	static final class CleanStringDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String value = super.deserialize(parser, context);
			if (ControlCharacters.contains(value)) {
				throw new ControlCharactersException(parser, value);
			}
			return value;
		}

	}

	static final class ControlCharactersException extends InvalidFormatException {

		ControlCharactersException(JsonParser parser, String value) {
			super(parser, "Control characters in a string", value, String.class);
		}

	}

}
