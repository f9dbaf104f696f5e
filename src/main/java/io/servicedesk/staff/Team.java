package io.servicedesk.staff;

import io.servicedesk.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A team (department) of the desk, such as Billing or Logistics.
 */
@Entity
@Table(name = "team")
public class Team extends BaseEntity {

	@Column(nullable = false, unique = true, length = 100)
	private String name;

	@Column(nullable = false)
	private boolean archived;

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

	private static String requireName(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A team needs a name");
		}
		return name.strip();
	}

}
