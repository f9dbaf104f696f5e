package io.servicedesk.inquiry.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.servicedesk.casework.CaseChannel;
import io.servicedesk.casework.NewClientContact;
import io.servicedesk.inquiry.NewInquiry;
import io.servicedesk.shared.Priority;

/**
 * The intake form of {@code /inquiries/new}: a client found by search, or a new client's
 * name and contact, and what the client asks.
 */
public class IntakeForm {

	@Size(max = 16)
	private String clientNumber;

	@Size(max = 200)
	private String clientLabel;

	@Size(max = 200)
	private String newClientName;

	@Size(max = 320)
	private String newClientEmail;

	@Size(max = 40)
	private String newClientPhone;

	private String newClientLanguage = "en";

	@NotNull
	private CaseChannel channel = CaseChannel.PHONE;

	@NotBlank
	@Size(max = 200)
	private String subject;

	@NotBlank
	@Size(max = 20000)
	private String body;

	private String category;

	private Priority priority;

	@Size(max = 16)
	private String accountNumber;

	@Size(max = 16)
	private String orderNumber;

	private boolean assignToMe;

	boolean hasClientNumber() {
		return clientNumber != null && !clientNumber.isBlank();
	}

	NewInquiry toCommand() {
		NewClientContact contact = hasClientNumber() ? null
				: new NewClientContact(newClientName, newClientEmail, newClientPhone, newClientLanguage);
		return new NewInquiry(hasClientNumber() ? clientNumber : null, contact, channel, subject, body, priority,
				category, accountNumber, orderNumber, assignToMe);
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

	public String getNewClientName() {
		return newClientName;
	}

	public void setNewClientName(String newClientName) {
		this.newClientName = newClientName;
	}

	public String getNewClientEmail() {
		return newClientEmail;
	}

	public void setNewClientEmail(String newClientEmail) {
		this.newClientEmail = newClientEmail;
	}

	public String getNewClientPhone() {
		return newClientPhone;
	}

	public void setNewClientPhone(String newClientPhone) {
		this.newClientPhone = newClientPhone;
	}

	public String getNewClientLanguage() {
		return newClientLanguage;
	}

	public void setNewClientLanguage(String newClientLanguage) {
		this.newClientLanguage = newClientLanguage;
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

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public Priority getPriority() {
		return priority;
	}

	public void setPriority(Priority priority) {
		this.priority = priority;
	}

	public String getAccountNumber() {
		return accountNumber;
	}

	public void setAccountNumber(String accountNumber) {
		this.accountNumber = accountNumber;
	}

	public String getOrderNumber() {
		return orderNumber;
	}

	public void setOrderNumber(String orderNumber) {
		this.orderNumber = orderNumber;
	}

	public boolean isAssignToMe() {
		return assignToMe;
	}

	public void setAssignToMe(boolean assignToMe) {
		this.assignToMe = assignToMe;
	}

}
