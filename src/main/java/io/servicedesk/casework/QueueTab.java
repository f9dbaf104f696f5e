package io.servicedesk.casework;

/**
 * One tab of a queue page, as the shared queue fragment draws it.
 *
 * @param id the tab's name in element ids ({@code unassigned}, {@code needs_review})
 * @param parameter the view as the address writes it ({@code needs-review})
 * @param label the message key of its label
 * @param count the number shown on it
 * @param href the queue's address in this view
 * @param active whether it is the view shown
 */
public record QueueTab(String id, String parameter, String label, String count, String href, boolean active) {
}
