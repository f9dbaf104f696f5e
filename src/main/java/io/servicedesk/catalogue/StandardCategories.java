package io.servicedesk.catalogue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.servicedesk.shared.Priority;
import io.servicedesk.staff.SupportedLanguage;

/**
 * The categories a desk starts with: six for inquiries (with their default priority) and
 * five for complaints, named in every interface language. The demo data and the reference
 * dataset both begin with them.
 */
public final class StandardCategories {

	/** Code, kind, default priority, then the names in en, pl, de, et, lv. */
	private static final List<List<String>> ROWS = List.of(
			List.of("billing-question", "INQUIRY", "NORMAL", "Billing question", "Pytanie o rozliczenie",
					"Frage zur Abrechnung", "Arvelduse küsimus", "Jautājums par norēķiniem"),
			List.of("delivery-status", "INQUIRY", "NORMAL", "Delivery status", "Status dostawy", "Lieferstatus",
					"Tarne olek", "Piegādes statuss"),
			List.of("account-access", "INQUIRY", "HIGH", "Account access", "Dostęp do konta", "Kontozugang",
					"Konto ligipääs", "Piekļuve kontam"),
			List.of("card-blocked", "INQUIRY", "URGENT", "Card blocked", "Zablokowana karta", "Karte gesperrt",
					"Kaart blokeeritud", "Karte bloķēta"),
			List.of("order-change", "INQUIRY", "NORMAL", "Change to an order", "Zmiana zamówienia",
					"Änderung einer Bestellung", "Tellimuse muutmine", "Pasūtījuma maiņa"),
			List.of("product-information", "INQUIRY", "LOW", "Product information", "Informacje o produkcie",
					"Produktinformation", "Tooteteave", "Informācija par produktu"),
			List.of("late-delivery", "COMPLAINT", "", "Late delivery", "Opóźniona dostawa", "Verspätete Lieferung",
					"Hilinenud tarne", "Kavēta piegāde"),
			List.of("damaged-goods", "COMPLAINT", "", "Damaged goods", "Uszkodzony towar", "Beschädigte Ware",
					"Kahjustatud kaup", "Bojātas preces"),
			List.of("incorrect-invoice", "COMPLAINT", "", "Incorrect invoice", "Błędna faktura", "Fehlerhafte Rechnung",
					"Vale arve", "Nepareizs rēķins"),
			List.of("unauthorised-charge", "COMPLAINT", "", "Unauthorised charge", "Nieautoryzowane obciążenie",
					"Nicht autorisierte Abbuchung", "Volitamata makse", "Neautorizēts maksājums"),
			List.of("service-quality", "COMPLAINT", "", "Quality of service", "Jakość obsługi", "Servicequalität",
					"Teeninduse kvaliteet", "Apkalpošanas kvalitāte"));

	public static final List<CategoryDraft> ALL = ROWS.stream().map(StandardCategories::draft).toList();

	private StandardCategories() {
	}

	private static CategoryDraft draft(List<String> row) {
		Map<SupportedLanguage, String> names = new EnumMap<>(SupportedLanguage.class);
		SupportedLanguage[] languages = { SupportedLanguage.EN, SupportedLanguage.PL, SupportedLanguage.DE,
				SupportedLanguage.ET, SupportedLanguage.LV };
		for (int i = 0; i < languages.length; i++) {
			names.put(languages[i], row.get(3 + i));
		}
		Priority priority = row.get(2).isEmpty() ? null : Priority.valueOf(row.get(2));
		return new CategoryDraft(row.get(0), CategoryKind.valueOf(row.get(1)), names, priority);
	}

}
