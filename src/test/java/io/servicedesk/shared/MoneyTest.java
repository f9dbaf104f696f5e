package io.servicedesk.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTest {

	@Test
	void sumsAreExactToTheCent() {
		Money sum = Money.zero(java.util.Currency.getInstance("EUR"));
		for (int i = 0; i < 10; i++) {
			sum = sum.plus(Money.of("0.10", "EUR"));
		}
		assertThat(sum).isEqualTo(Money.of("1.00", "EUR"));
		assertThat(Money.of("19.99", "PLN").times(3).amount()).isEqualByComparingTo(new BigDecimal("59.97"));
	}

	@Test
	void moreThanTwoDecimalsOrMixedCurrenciesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.005", "EUR"));
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.00", "EUR").plus(Money.of("1.00", "PLN")));
		assertThat(Money.of("1.500", "EUR").amount()).isEqualByComparingTo("1.50");
	}

}
