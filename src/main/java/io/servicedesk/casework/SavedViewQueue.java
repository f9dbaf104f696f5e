package io.servicedesk.casework;

import io.servicedesk.sla.CaseKind;

import org.springframework.util.MultiValueMap;

/**
 * A queue whose views can be saved, provided by its case module: it reads the parameters
 * of its address with its own filter form and counts with its own query, so a saved view
 * holds only what the queue takes and counts what the queue shows.
 */
public interface SavedViewQueue {

	CaseKind kind();

	/** The queue's page, {@code /inquiries}. */
	String path();

	/**
	 * The query string of these parameters as the queue's own links write it (view,
	 * filters and sort; not the page), refused with {@link SavedViewRefusedException}
	 * where the queue's filter form does not take them.
	 */
	String normalise(MultiValueMap<String, String> parameters);

	/**
	 * How many cases the queue shows the viewer for a normalised query, counted up to one
	 * more than {@code cap}; refused like the queue itself refuses the viewer.
	 */
	long count(String query, Viewer viewer, int cap);

}
