package io.servicedesk.casework;

import java.util.List;

import io.servicedesk.attachment.Upload;

/**
 * What the service of every case module (inquiries, complaints) does alike, as the case
 * pages take it: who is asking, a case as they may see it, and the steps every case page
 * has, each based on the version the staff member saw (when they say which).
 *
 * @param <C> the case module's details of a case
 */
public interface CaseWork<C> {

	/** Who is asking. */
	Viewer viewer(String username);

	/** The case, for a staff member who may see it. */
	C get(String reference, Viewer viewer);

	/** An internal note, with files: only staff see it. */
	C addNote(String reference, Viewer viewer, String body, List<Upload> uploads, Long expectedVersion);

	/**
	 * A reply to the client by the route chosen ({@code null}: by e-mail where the client
	 * has an address).
	 */
	CaseReply<C> reply(String reference, Viewer viewer, String body, ReplyRoute route, List<Upload> uploads,
			Long expectedVersion);

	/** Gives the case to a person and/or a team. */
	C assign(String reference, Viewer viewer, String assignee, String team, Long expectedVersion);

}
