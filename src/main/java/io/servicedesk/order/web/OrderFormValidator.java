package io.servicedesk.order.web;

import java.math.BigDecimal;

import io.servicedesk.account.AccountService;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Checks across fields of an order: a real currency, and an advance payment not above the
 * total.
 */
class OrderFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return OrderForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		OrderForm form = (OrderForm) target;
		if (form.getCurrency() != null && !form.getCurrency().isBlank()
				&& !AccountService.isCurrency(form.getCurrency())) {
			errors.rejectValue("currency", "account.currency.invalid", new Object[] { form.getCurrency() }, null);
		}
		BigDecimal advance = form.getAdvancePaid();
		if (advance != null && advance.compareTo(form.getTotal()) > 0) {
			errors.rejectValue("advancePaid", "order.advance.above-total",
					new Object[] { form.getTotal().toPlainString() }, null);
		}
	}

}
