package io.servicedesk.casework;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the presence rows of pages closed long ago (each open page refreshes its row
 * every few seconds), so the table holds only who is looking at a case about now.
 */
@Component
class CasePresenceCleanup {

	private static final Logger log = LoggerFactory.getLogger(CasePresenceCleanup.class);

	private final CasePresence presence;

	CasePresenceCleanup(CasePresence presence) {
		this.presence = presence;
	}

	@Scheduled(fixedDelayString = "${servicedesk.cases.presence-cleanup.interval:PT5M}",
			initialDelayString = "${servicedesk.cases.presence-cleanup.initial-delay:PT2M}")
	void runScheduled() {
		int removed = presence.removeStale();
		if (removed > 0) {
			log.debug("Removed {} stale case presence rows", removed);
		}
	}

}
