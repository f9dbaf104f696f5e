package io.servicedesk.casework;

/**
 * Who sees a saved view: its owner alone, or the owner's team as well.
 */
public enum SavedViewVisibility {

	PERSONAL, TEAM

}
