package io.servicedesk.complaint.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.complaint.NewComplaint;
import io.servicedesk.complaint.Severity;

/**
 * The form of {@code /complaints/new}: an existing client's number and what the complaint
 * is about.
 */
class NewComplaintForm {

	@NotBlank
	@Size(max = 16)
	private String clientNumber;

	@Size(max = 200)
	private String clientLabel;

	@NotNull
	private CaseChannel channel = CaseChannel.PHONE;

	@NotBlank
	@Size(max = 200)
	private String subject;

	@NotBlank
	@Size(max = 20000)
	private String body;

	@NotNull
	private Severity severity = Severity.MINOR;

	@Size(max = 64)
	private String category;

	@Size(max = 16)
	private String orderNumber;

	@Size(max = 16)
	private String accountNumber;

	@DecimalMin("0.01")
	@Digits(integer = 17, fraction = 2)
	private BigDecimal amountClaimed;

	@Pattern(regexp = "[A-Z]{3}")
	private String currency = "EUR";

	@Size(max = 2000)
	private String desiredOutcome;

	NewComplaint toCommand() {
		return new NewComplaint(clientNumber, channel, subject, body, null, severity, category, accountNumber,
				orderNumber, amountClaimed == null ? null : ComplaintRequests.money(amountClaimed, currency),
				desiredOutcome, true);
	}

	public String getClientNumber() {
		return clientNumber;
	}

	public void setClientNumber(String clientNumber) {
		this.clientNumber = clientNumber;
	}

	public String getClientLabel() {
		return clientLabel;
	}

	public void setClientLabel(String clientLabel) {
		this.clientLabel = clientLabel;
	}

	public CaseChannel getChannel() {
		return channel;
	}

	public void setChannel(CaseChannel channel) {
		this.channel = channel;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public void setOrderNumber(String orderNumber) {
		this.orderNumber = orderNumber;
	}

	public String getAccountNumber() {
		return accountNumber;
	}

	public void setAccountNumber(String accountNumber) {
		this.accountNumber = accountNumber;
	}

	public BigDecimal getAmountClaimed() {
		return amountClaimed;
	}

	public void setAmountClaimed(BigDecimal amountClaimed) {
		this.amountClaimed = amountClaimed;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getDesiredOutcome() {
		return desiredOutcome;
	}

	public void setDesiredOutcome(String desiredOutcome) {
		this.desiredOutcome = desiredOutcome;
	}

}
