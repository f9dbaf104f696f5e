package io.servicedesk.attachment;

import java.util.List;

/**
 * What became of files offered one by one: those kept, and those refused with the reason
 * (a message key and its arguments, translated where it is shown).
 */
public record KeptFiles(List<AttachmentView> kept, List<Refused> refused) {

	public record Refused(String filename, String messageKey, List<Object> arguments) {
	}

}
