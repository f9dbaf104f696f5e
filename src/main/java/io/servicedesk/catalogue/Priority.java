package io.servicedesk.catalogue;

/**
 * The priority an inquiry of a category starts with, unless the agent chooses another.
 */
public enum Priority {

	LOW, NORMAL, HIGH, URGENT

}
