package io.servicedesk.sla.web;

import io.servicedesk.sla.CaseKind;
import io.servicedesk.shared.Priority;
import io.servicedesk.sla.SlaPolicyDefinition;
import io.servicedesk.sla.SlaPolicyDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The SLA policy form, for creating and editing: targets as business days, hours and
 * minutes.
 */
public class SlaPolicyForm {

	@NotNull(message = "{sla.validation.required}")
	private CaseKind caseKind;

	@NotNull(message = "{sla.validation.required}")
	private Priority priority;

	@Min(value = 0, message = "{sla.validation.range}")
	@Max(value = 365, message = "{sla.validation.range}")
	private Integer firstResponseDays = 0;

	@Min(value = 0, message = "{sla.validation.range}")
	@Max(value = 999, message = "{sla.validation.range}")
	private Integer firstResponseHours = 0;

	@Min(value = 0, message = "{sla.validation.range}")
	@Max(value = 59, message = "{sla.validation.range}")
	private Integer firstResponseMinutes = 0;

	@Min(value = 0, message = "{sla.validation.range}")
	@Max(value = 365, message = "{sla.validation.range}")
	private Integer resolutionDays = 0;

	@Min(value = 0, message = "{sla.validation.range}")
	@Max(value = 999, message = "{sla.validation.range}")
	private Integer resolutionHours = 0;

	@Min(value = 0, message = "{sla.validation.range}")
	@Max(value = 59, message = "{sla.validation.range}")
	private Integer resolutionMinutes = 0;

	@NotNull(message = "{sla.validation.required}")
	private Long calendarId;

	@NotNull(message = "{sla.validation.required}")
	@Min(value = 1, message = "{sla.validation.range}")
	@Max(value = 99, message = "{sla.validation.range}")
	private Integer atRiskPercent = 80;

	private String escalationTeam = "";

	private boolean active = true;

	private Long version;

	public static SlaPolicyForm from(SlaPolicyDetails policy) {
		SlaPolicyForm form = new SlaPolicyForm();
		form.caseKind = policy.caseKind();
		form.priority = policy.priority();
		TargetDuration firstResponse = TargetDuration.of(policy.firstResponseMinutes(), policy.businessDayMinutes());
		form.firstResponseDays = firstResponse.days();
		form.firstResponseHours = firstResponse.hours();
		form.firstResponseMinutes = firstResponse.minutes();
		TargetDuration resolution = TargetDuration.of(policy.resolutionMinutes(), policy.businessDayMinutes());
		form.resolutionDays = resolution.days();
		form.resolutionHours = resolution.hours();
		form.resolutionMinutes = resolution.minutes();
		form.calendarId = policy.calendarId();
		form.atRiskPercent = policy.atRiskPercent();
		form.escalationTeam = policy.escalationTeam() == null ? "" : policy.escalationTeam();
		form.active = policy.active();
		form.version = policy.version();
		return form;
	}

	TargetDuration firstResponse() {
		return TargetDuration.nullSafe(firstResponseDays, firstResponseHours, firstResponseMinutes);
	}

	TargetDuration resolution() {
		return TargetDuration.nullSafe(resolutionDays, resolutionHours, resolutionMinutes);
	}

	SlaPolicyDefinition toDefinition(int businessDayMinutes) {
		return new SlaPolicyDefinition(caseKind, priority, (int) firstResponse().totalMinutes(businessDayMinutes),
				(int) resolution().totalMinutes(businessDayMinutes), calendarId, atRiskPercent, escalationTeam, active);
	}

	public CaseKind getCaseKind() {
		return caseKind;
	}

	public void setCaseKind(CaseKind caseKind) {
		this.caseKind = caseKind;
	}

	public Priority getPriority() {
		return priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public Integer getFirstResponseDays() {
		return firstResponseDays;
	}

	public void setFirstResponseDays(Integer firstResponseDays) {
		this.firstResponseDays = firstResponseDays;
	}

	public Integer getFirstResponseHours() {
		return firstResponseHours;
	}

	public void setFirstResponseHours(Integer firstResponseHours) {
		this.firstResponseHours = firstResponseHours;
	}

	public Integer getFirstResponseMinutes() {
		return firstResponseMinutes;
	}

	public void setFirstResponseMinutes(Integer firstResponseMinutes) {
		this.firstResponseMinutes = firstResponseMinutes;
	}

	public Integer getResolutionDays() {
		return resolutionDays;
	}

	public void setResolutionDays(Integer resolutionDays) {
		this.resolutionDays = resolutionDays;
	}

	public Integer getResolutionHours() {
		return resolutionHours;
	}

	public void setResolutionHours(Integer resolutionHours) {
		this.resolutionHours = resolutionHours;
	}

	public Integer getResolutionMinutes() {
		return resolutionMinutes;
	}

	public void setResolutionMinutes(Integer resolutionMinutes) {
		this.resolutionMinutes = resolutionMinutes;
	}

	public Long getCalendarId() {
		return calendarId;
	}

	public void setCalendarId(Long calendarId) {
		this.calendarId = calendarId;
	}

	public Integer getAtRiskPercent() {
		return atRiskPercent;
	}

	public void setAtRiskPercent(Integer atRiskPercent) {
		this.atRiskPercent = atRiskPercent;
	}

	public String getEscalationTeam() {
		return escalationTeam;
	}

	public void setEscalationTeam(String escalationTeam) {
		this.escalationTeam = escalationTeam;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
