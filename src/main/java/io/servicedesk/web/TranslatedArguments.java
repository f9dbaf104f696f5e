package io.servicedesk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Codes never reach a reader inside a sentence: every message the product formats (a
 * refusal, a flash message, a field's error, a notification) gets its arguments that are
 * codes of the domain (a status, a priority, a channel, a severity) in the reader's
 * language, at the moment it is shown. The code {@code RETURNED} of an order status
 * becomes {@code order.status.RETURNED}'s text; a code without a translation stays as it
 * is.
 */
@Component
class TranslatedArguments implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME.equals(beanName)
				&& bean instanceof HierarchicalMessageSource messages && !(bean instanceof Translating)) {
			return new Translating(messages);
		}
		return bean;
	}

	/** The keys an enum constant's text may have, most specific first. */
	static List<String> keys(Enum<?> code) {
		Class<?> type = code.getDeclaringClass();
		String simple = type.getSimpleName();
		String module = moduleOf(type);
		List<String> words = words(simple);
		List<String> keys = new ArrayList<>();
		if (module != null && !words.isEmpty() && words.get(0).equals(module)) {
			keys.add(String.join(".", words) + "." + code.name());
		}
		else if (module != null) {
			keys.add(module + "." + String.join(".", words) + "." + code.name());
		}
		if (module != null) {
			keys.add(module + "." + String.join("-", words) + "." + code.name());
		}
		keys.add(String.join(".", words) + "." + code.name());
		keys.add("case." + String.join(".", words) + "." + code.name());
		keys.add(simple.toLowerCase(Locale.ROOT) + "." + code.name());
		return keys;
	}

	private static String moduleOf(Class<?> type) {
		String name = type.getPackageName();
		String prefix = "io.servicedesk.";
		if (!name.startsWith(prefix)) {
			return null;
		}
		String rest = name.substring(prefix.length());
		int dot = rest.indexOf('.');
		String module = dot < 0 ? rest : rest.substring(0, dot);
		return "casework".equals(module) ? "case" : module;
	}

	private static List<String> words(String camel) {
		List<String> words = new ArrayList<>();
		for (String word : camel.split("(?<=[a-z0-9])(?=[A-Z])")) {
			words.add(word.toLowerCase(Locale.ROOT));
		}
		return words;
	}

	/** The application's message source, translating the codes among the arguments. */
	static final class Translating implements HierarchicalMessageSource {

		private final HierarchicalMessageSource messages;

		Translating(HierarchicalMessageSource messages) {
			this.messages = messages;
		}

		@Override
		public void setParentMessageSource(MessageSource parent) {
			messages.setParentMessageSource(parent);
		}

		@Override
		public MessageSource getParentMessageSource() {
			return messages.getParentMessageSource();
		}

		@Override
		public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
			return messages.getMessage(code, translated(args, locale), defaultMessage, locale);
		}

		@Override
		public String getMessage(String code, Object[] args, Locale locale) throws NoSuchMessageException {
			return messages.getMessage(code, translated(args, locale), locale);
		}

		@Override
		public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
			Object[] args = resolvable.getArguments();
			if (args == null || args.length == 0) {
				return messages.getMessage(resolvable, locale);
			}
			return messages.getMessage(new DefaultMessageSourceResolvable(resolvable.getCodes(),
					translated(args, locale), resolvable.getDefaultMessage()), locale);
		}

		private Object[] translated(Object[] args, Locale locale) {
			if (args == null) {
				return null;
			}
			Object[] result = args;
			for (int i = 0; i < args.length; i++) {
				if (args[i] instanceof Enum<?> code) {
					if (result == args) {
						result = args.clone();
					}
					result[i] = text(code, locale);
				}
			}
			return result;
		}

		private String text(Enum<?> code, Locale locale) {
			for (String key : keys(code)) {
				String text = messages.getMessage(key, null, null, locale);
				if (text != null) {
					return text;
				}
			}
			return code.name();
		}

	}

}
