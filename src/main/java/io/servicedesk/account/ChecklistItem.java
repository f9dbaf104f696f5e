package io.servicedesk.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An item of an account's opening checklist, copied from the configured list when the
 * account is opened.
 */
@Entity
@Table(name = "account_checklist_item")
class ChecklistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String item;

	@Column(nullable = false, updatable = false)
	private int position;

	private boolean done;

	private String doneBy;

	private Instant doneAt;

	protected ChecklistItem() {
	}

	ChecklistItem(String item, int position) {
		this.item = item;
		this.position = position;
	}

	String item() {
		return item;
	}

	boolean isDone() {
		return done;
	}

	void mark(boolean done, String by, Instant at) {
		this.done = done;
		this.doneBy = done ? by : null;
		this.doneAt = done ? at : null;
	}

	ChecklistEntry entry() {
		return new ChecklistEntry(item, done, doneBy, doneAt);
	}

}
