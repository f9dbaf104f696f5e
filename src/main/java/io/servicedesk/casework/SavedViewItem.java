package io.servicedesk.casework;

/**
 * A saved view as the queue's menu lists it.
 *
 * @param ownerName the owner's display name
 * @param mine whether the reader owns it (and may rename and delete it)
 * @param deletable whether the reader may delete it: its owner, or a supervisor or
 * administrator of the team it is shared with
 * @param href the queue's address with the view's parameters
 * @param count how many cases it shows the reader, {@code 1000+} beyond
 * {@link SavedViews#COUNT_CAP}
 */
public record SavedViewItem(long id, String name, SavedViewVisibility visibility, String ownerName, boolean mine,
		boolean deletable, String href, String count) {
}
