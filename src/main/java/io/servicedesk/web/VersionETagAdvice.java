package io.servicedesk.web;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.servicedesk.shared.web.ETags;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every API answer that is one versioned object (a record with a {@code version}) carries
 * its entity tag, so a client can send it back as {@code If-Match}.
 */
@RestControllerAdvice(annotations = RestController.class)
class VersionETagAdvice implements ResponseBodyAdvice<Object> {

	private final Map<Class<?>, Optional<RecordComponent>> versions = new ConcurrentHashMap<>();

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body != null && body.getClass().isRecord() && !response.getHeaders().containsHeader(HttpHeaders.ETAG)) {
			versionOf(body).ifPresent(version -> response.getHeaders().setETag(ETags.of(version)));
		}
		return body;
	}

	private Optional<Long> versionOf(Object body) {
		return versions.computeIfAbsent(body.getClass(), type -> {
			for (RecordComponent component : type.getRecordComponents()) {
				if (component.getName().equals("version")
						&& (component.getType() == long.class || component.getType() == Long.class)) {
					// the API's resources are package-private records of their modules
					component.getAccessor().setAccessible(true);
					return Optional.of(component);
				}
			}
			return Optional.empty();
		}).map(component -> {
			try {
				return (Long) component.getAccessor().invoke(body);
			}
			catch (ReflectiveOperationException ex) {
				return null;
			}
		});
	}

}
