package io.servicedesk.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tomcat's last word on a request nothing else answered, such as one whose request line
 * or headers are too large: the product's own page or problem instead of Tomcat's.
 */
class ProductErrorReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProductErrorReportValve.class);

	private final StandaloneErrorPages pages;

	ProductErrorReportValve(StandaloneErrorPages pages) {
		this.pages = pages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		try {
			response.setSuspended(false);
			pages.write(request, response, status);
			response.finishResponse();
		}
		catch (IOException | RuntimeException failed) {
			log.debug("Could not write the error answer for status {}", status, failed);
		}
	}

}
