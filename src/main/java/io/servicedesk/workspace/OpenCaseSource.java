package io.servicedesk.workspace;

import java.util.List;

/**
 * Where the 360° page finds the client's open inquiries and complaints: one source per
 * case module.
 */
public interface OpenCaseSource {

	List<OpenCase> openCasesOf(long clientId);

}
