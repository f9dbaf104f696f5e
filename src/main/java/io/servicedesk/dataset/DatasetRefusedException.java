package io.servicedesk.dataset;

/**
 * The target database is not one the reference dataset may be generated into.
 */
class DatasetRefusedException extends RuntimeException {

	DatasetRefusedException(String message) {
		super(message);
	}

}
