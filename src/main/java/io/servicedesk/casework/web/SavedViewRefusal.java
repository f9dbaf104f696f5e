package io.servicedesk.casework.web;

import java.io.Serializable;

import io.servicedesk.casework.SavedViewVisibility;

/**
 * A refused save or rename of a saved view, carried to the queue page it redirects to:
 * the reason (a message key and its argument) and what was typed, to show again.
 *
 * @param viewId the view being renamed, or {@code null} for a new one
 */
public record SavedViewRefusal(Long viewId, String messageKey, String argument, String name,
		SavedViewVisibility visibility) implements Serializable {

	/** Whether the refusal is of the rename of this view. */
	public boolean isOf(long id) {
		return viewId != null && viewId == id;
	}

	/** Whether the refusal is of a new view. */
	public boolean isOfNewView() {
		return viewId == null;
	}

}
