package io.servicedesk.casework;

/**
 * Who may read a message on a case: the client too (a reply) or only the desk (an
 * internal note).
 */
public enum Visibility {

	PUBLIC, INTERNAL

}
