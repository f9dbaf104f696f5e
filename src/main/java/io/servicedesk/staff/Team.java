package io.servicedesk.staff;

import io.servicedesk.shared.BaseEntity;
import io.servicedesk.shared.IllegalTransitionException;
import io.servicedesk.shared.RuleViolationException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A team (department) of the desk, such as Billing or Logistics. Teams are never deleted:
 * a team that is no longer needed is archived, so the cases and history that mention it
 * keep their meaning.
 */
@Entity
@Table(name = "team")
public class Team extends BaseEntity {

	static final int MAX_NAME_LENGTH = 100;

	@Column(nullable = false, unique = true, length = MAX_NAME_LENGTH)
	private String name;

	@Column(nullable = false)
	private boolean archived;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "lead_id")
	private StaffMember lead;

	protected Team() {
	}

	Team(String name) {
		this.name = requireName(name);
	}

	public String getName() {
		return name;
	}

	public boolean isArchived() {
		return archived;
	}

	public StaffMember getLead() {
		return lead;
	}

	void rename(String newName) {
		this.name = requireName(newName);
	}

	/**
	 * Makes an active staff member the lead of this team; {@code null} leaves the team
	 * without a lead.
	 */
	void appointLead(StaffMember newLead) {
		if (newLead != null && !newLead.isActive()) {
			throw new RuleViolationException("team.lead.inactive", newLead.getUsername());
		}
		this.lead = newLead;
	}

	void archive() {
		if (archived) {
			throw new IllegalTransitionException("team.already-archived", name);
		}
		this.archived = true;
	}

	void restore() {
		if (!archived) {
			throw new IllegalTransitionException("team.not-archived", name);
		}
		this.archived = false;
	}

	/**
	 * A team may only ever be removed when no case is open for it; otherwise those cases
	 * would lose their owner. The desk archives teams instead, but any future removal
	 * must pass this check first.
	 * @param openCases the number of open inquiries and complaints assigned to this team
	 */
	void ensureRemovable(long openCases) {
		if (openCases > 0) {
			throw new RuleViolationException("team.has-open-cases", name, openCases);
		}
	}

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A team needs a name");
		}
		return name.strip();
	}

}
