package io.servicedesk.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} served at {@code /v3/api-docs} and browsable
 * at {@code /swagger-ui.html} by signed-in staff.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentationConfiguration {

	@Bean
	OpenAPI serviceDeskApi(ObjectProvider<BuildProperties> build) {
		String version = build.getIfAvailable() == null ? "1" : build.getIfAvailable().getVersion();
		return new OpenAPI()
			.info(new Info().title("Service Desk API")
				.version(version)
				.description("Clients, accounts, orders, inquiries and complaints for integrations. Errors are "
						+ "RFC 9457 problem details; lists are keyset-paginated with ?limit=&after=."))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("basic"))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}

}
