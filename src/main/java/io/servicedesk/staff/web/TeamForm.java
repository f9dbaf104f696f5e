package io.servicedesk.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.servicedesk.staff.TeamSummary;

/**
 * Adding or editing a team: its name and lead. {@code version} is set when editing.
 */
class TeamForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 100, message = "{validation.too-long}")
	private String name;

	private String lead;

	private Long version;

	static TeamForm from(TeamSummary team) {
		TeamForm form = new TeamForm();
		form.name = team.name();
		form.lead = team.lead();
		form.version = team.version();
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getLead() {
		return lead;
	}

	public void setLead(String lead) {
		this.lead = lead;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
