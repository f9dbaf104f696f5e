package io.servicedesk.order.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import io.servicedesk.client.ContactChannel;
import io.servicedesk.order.NewOrder;
import io.servicedesk.order.OrderLineData;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Taking an order, on the order entry page and in the API ({@code POST /api/v1/orders}).
 */
public class OrderForm {

	@NotBlank
	private String clientNumber;

	private String accountNumber;

	@NotNull
	private ContactChannel channel = ContactChannel.PHONE;

	@NotBlank
	@Size(min = 3, max = 3)
	private String currency = "EUR";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate promisedDeliveryDate;

	@PositiveOrZero
	@Digits(integer = 17, fraction = 2)
	private BigDecimal advancePaid;

	@NotEmpty
	@Valid
	private List<LineForm> lines = new ArrayList<>(List.of(new LineForm()));

	NewOrder toNewOrder() {
		return new NewOrder(clientNumber, accountNumber, channel, currency, promisedDeliveryDate, advancePaid,
				lines.stream()
					.map(line -> new OrderLineData(line.getSku(), line.getDescription(), line.getQuantity(),
							line.getUnitPrice()))
					.toList());
	}

	/**
	 * The total of the lines filled in so far, for the live total while the order is
	 * taken.
	 */
	public BigDecimal getTotal() {
		return lines.stream().map(LineForm::getLineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public static class LineForm {

		@NotBlank
		@Size(max = 64)
		private String sku;

		@NotBlank
		@Size(max = 500)
		private String description;

		@NotNull
		@Positive
		private Integer quantity = 1;

		@NotNull
		@PositiveOrZero
		@Digits(integer = 17, fraction = 2)
		private BigDecimal unitPrice;

		public BigDecimal getLineTotal() {
			if (quantity == null || unitPrice == null || quantity <= 0 || unitPrice.signum() < 0) {
				return BigDecimal.ZERO;
			}
			return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(2, java.math.RoundingMode.HALF_UP);
		}

		public String getSku() {
			return sku;
		}

		public void setSku(String sku) {
			this.sku = sku;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

		public Integer getQuantity() {
			return quantity;
		}

		public void setQuantity(Integer quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getUnitPrice() {
			return unitPrice;
		}

		public void setUnitPrice(BigDecimal unitPrice) {
			this.unitPrice = unitPrice;
		}

	}

	public String getClientNumber() {
		return clientNumber;
	}

	public void setClientNumber(String clientNumber) {
		this.clientNumber = clientNumber;
	}

	public String getAccountNumber() {
		return accountNumber;
	}

	public void setAccountNumber(String accountNumber) {
		this.accountNumber = accountNumber;
	}

	public ContactChannel getChannel() {
		return channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public LocalDate getPromisedDeliveryDate() {
		return promisedDeliveryDate;
	}

	public void setPromisedDeliveryDate(LocalDate promisedDeliveryDate) {
		this.promisedDeliveryDate = promisedDeliveryDate;
	}

	public BigDecimal getAdvancePaid() {
		return advancePaid;
	}

	public void setAdvancePaid(BigDecimal advancePaid) {
		this.advancePaid = advancePaid;
	}

	public List<LineForm> getLines() {
		return lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

}
