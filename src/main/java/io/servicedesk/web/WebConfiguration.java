package io.servicedesk.web;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import javax.sql.DataSource;

import io.servicedesk.shared.Foreground;
import io.servicedesk.staff.SupportedLanguage;

import com.fasterxml.jackson.annotation.Nulls;
import com.zaxxer.hikari.HikariConfigMXBean;
import tools.jackson.databind.JacksonModule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface language lives in a cookie (no node-local state): set from the staff
 * record at sign-in, by the language switcher, or by {@code ?lang=} on the sign-in page;
 * otherwise the browser's preferred language where we speak it, else English.
 */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "SD_LANG";

	private static final int DEFAULT_POOL_SIZE = 10;

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(request -> Collections.list(request.getLocales())
			.stream()
			.map(Locale::toLanguageTag)
			.map(SupportedLanguage::fromTag)
			.flatMap(java.util.Optional::stream)
			.findFirst()
			.orElse(SupportedLanguage.fallback())
			.locale());
		return resolver;
	}

	/**
	 * Checks the text of every request before anything else reads it; only the character
	 * encoding comes first.
	 */
	@Bean
	FilterRegistrationBean<InputCharacterFilter> inputCharacterFilter(ApiProblems problems) {
		FilterRegistrationBean<InputCharacterFilter> registration = new FilterRegistrationBean<>(
				new InputCharacterFilter(problems));
		registration.setOrder(Integer.MIN_VALUE + 20);
		return registration;
	}

	/**
	 * Refuses an upload that is too large before the character check (or anything else)
	 * reads its form.
	 */
	@Bean
	FilterRegistrationBean<UploadSizeFilter> uploadSizeFilter(ApiProblems problems, StandaloneErrorPages pages,
			MultipartConfigElement multipartConfig) {
		FilterRegistrationBean<UploadSizeFilter> registration = new FilterRegistrationBean<>(
				new UploadSizeFilter(problems, pages, multipartConfig));
		registration.setOrder(Integer.MIN_VALUE + 15);
		return registration;
	}

	/**
	 * Outside the session and security filters, which need the database themselves.
	 */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(StandaloneErrorPages pages) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(pages));
		registration.setOrder(Integer.MIN_VALUE + 30);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/**
	 * Outside the outage filter, whose 503 it watches for, and before the session and
	 * security filters, which need a connection of the pool.
	 */
	@Bean
	FilterRegistrationBean<RequestGateFilter> requestGateFilter(RequestGateProperties properties,
			ObjectProvider<DataSource> dataSource, StandaloneErrorPages pages, Foreground foreground) {
		RequestGate gate = new RequestGate(properties.places(poolSize(dataSource.getIfAvailable())),
				properties.queueTimeout());
		FilterRegistrationBean<RequestGateFilter> registration = new FilterRegistrationBean<>(
				new RequestGateFilter(gate, pages, foreground));
		registration.setOrder(Integer.MIN_VALUE + 25);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * The most connections the pool opens: Hikari's maximum pool size, else Hikari's
	 * default.
	 */
	private static int poolSize(DataSource dataSource) {
		try {
			if (dataSource != null && dataSource.isWrapperFor(HikariConfigMXBean.class)) {
				return dataSource.unwrap(HikariConfigMXBean.class).getMaximumPoolSize();
			}
		}
		catch (SQLException unwrappable) {
			// the default below
		}
		return DEFAULT_POOL_SIZE;
	}

	@Bean
	JacksonModule inputTextModule() {
		return new InputTextModule();
	}

	/**
	 * A {@code null} inside a JSON array or object of values ({@code "lines": [null]}) is
	 * refused as the body is read, so no service ever sees a list with holes.
	 */
	@Bean
	JsonMapperBuilderCustomizer nullElementsRefused() {
		return builder -> builder.changeDefaultNullHandling(handling -> handling.withContentNulls(Nulls.FAIL));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageParameterInterceptor(localeResolver())).addPathPatterns("/login");
	}

}
