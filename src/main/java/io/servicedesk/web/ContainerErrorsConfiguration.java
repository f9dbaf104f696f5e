package io.servicedesk.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What Tomcat answers itself. An encoded slash ({@code %2F}) in a path is passed on, so
 * the security firewall refuses it with the product's 400 page; Tomcat's own error page
 * is replaced by the product's (see {@link ProductErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrorsConfiguration {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> productErrorAnswers(StandaloneErrorPages pages) {
		return new ProductErrorAnswers(pages);
	}

	static final class ProductErrorAnswers
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		private final StandaloneErrorPages pages;

		ProductErrorAnswers(StandaloneErrorPages pages) {
			this.pages = pages;
		}

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
			factory.addContextCustomizers(context -> {
				Host host = (Host) context.getParent();
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				host.getPipeline().addValve(new ProductErrorReportValve(pages));
				// Tomcat adds its own valve at start unless one of exactly its class is
				// there
				if (host instanceof StandardHost standard) {
					standard.setErrorReportValveClass("");
				}
			});
		}

		/** After Spring Boot's own customizer, which adds the valve this one replaces. */
		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
