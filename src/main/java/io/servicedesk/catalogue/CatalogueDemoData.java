package io.servicedesk.catalogue;

import java.util.List;

import io.servicedesk.audit.AuditRecord;
import io.servicedesk.staff.SupportedLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * With demo data on, an empty catalogue gets categories for inquiries and complaints and
 * canned responses in all five interface languages. A catalogue that has entries is left
 * alone, so a restart never re-seeds.
 */
@Component
class CatalogueDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CatalogueDemoData.class);

	/** Language, title, body. */
	static final List<List<String>> CANNED_RESPONSES = List.of(
			List.of("en", "Acknowledgement",
					"Dear {{client.name}},\n\nthank you for contacting us. We have registered "
							+ "your request as {{case.reference}} and will get back to you as soon as possible.\n\n"
							+ "Kind regards,\n{{agent.name}}"),
			List.of("en", "Documents needed", "Dear {{client.name}},\n\nto continue with {{case.reference}} we need a "
					+ "copy of your identity document. Please reply to this message with the document attached.\n\n"
					+ "Kind regards,\n{{agent.name}}"),
			List.of("en", "Resolved",
					"Dear {{client.name}},\n\nwe have resolved {{case.reference}}. If anything is "
							+ "still unclear, simply reply to this message.\n\nKind regards,\n{{agent.name}}"),
			List.of("pl", "Potwierdzenie przyjęcia", "{{client.salutation}}\n\ndziękujemy za kontakt. "
					+ "Zgłoszenie zarejestrowaliśmy pod numerem {{case.reference}} i odpowiemy najszybciej, jak to "
					+ "możliwe.\n\nZ poważaniem\n{{agent.name}}"),
			List.of("pl", "Potrzebne dokumenty", "{{client.salutation}}\n\naby kontynuować sprawę "
					+ "{{case.reference}}, potrzebujemy kopii dokumentu tożsamości. Prosimy o odpowiedź z załączonym "
					+ "dokumentem.\n\nZ poważaniem\n{{agent.name}}"),
			List.of("pl", "Sprawa rozwiązana",
					"{{client.salutation}}\n\nsprawa {{case.reference}} została "
							+ "rozwiązana. Jeśli coś jest nadal niejasne, wystarczy odpowiedzieć na tę wiadomość.\n\n"
							+ "Z poważaniem\n{{agent.name}}"),
			List.of("de", "Eingangsbestätigung", "Guten Tag {{client.name}},\n\nvielen Dank für Ihre Nachricht. Wir "
					+ "haben Ihr Anliegen unter {{case.reference}} erfasst und melden uns so bald wie möglich.\n\n"
					+ "Mit freundlichen Grüßen\n{{agent.name}}"),
			List.of("de", "Unterlagen benötigt", "Guten Tag {{client.name}},\n\nfür die weitere Bearbeitung von "
					+ "{{case.reference}} benötigen wir eine Kopie Ihres Ausweises. Bitte antworten Sie mit dem "
					+ "Dokument im Anhang.\n\nMit freundlichen Grüßen\n{{agent.name}}"),
			List.of("de", "Erledigt",
					"Guten Tag {{client.name}},\n\nIhr Anliegen {{case.reference}} ist erledigt. "
							+ "Falls noch etwas unklar ist, antworten Sie einfach auf diese Nachricht.\n\n"
							+ "Mit freundlichen Grüßen\n{{agent.name}}"),
			List.of("et", "Kinnitus",
					"Tere, {{client.name}}!\n\nTäname pöördumise eest. Registreerisime teie "
							+ "päringu numbriga {{case.reference}} ja vastame esimesel võimalusel.\n\nLugupidamisega\n"
							+ "{{agent.name}}"),
			List.of("et", "Vaja on dokumente",
					"Tere, {{client.name}}!\n\nJuhtumi {{case.reference}} jätkamiseks "
							+ "vajame teie isikut tõendava dokumendi koopiat. Palun vastake sellele kirjale ja lisage "
							+ "dokument.\n\nLugupidamisega\n{{agent.name}}"),
			List.of("et", "Lahendatud", "Tere, {{client.name}}!\n\nJuhtum {{case.reference}} on lahendatud. Kui "
					+ "midagi jäi ebaselgeks, vastake lihtsalt sellele kirjale.\n\nLugupidamisega\n{{agent.name}}"),
			List.of("lv", "Apstiprinājums",
					"Labdien, {{client.name}}!\n\nPaldies, ka sazinājāties ar mums. Jūsu "
							+ "pieprasījums ir reģistrēts ar numuru {{case.reference}}, un mēs atbildēsim pēc iespējas "
							+ "ātrāk.\n\nAr cieņu\n{{agent.name}}"),
			List.of("lv", "Nepieciešami dokumenti",
					"Labdien, {{client.name}}!\n\nLai turpinātu lietu "
							+ "{{case.reference}}, mums nepieciešama jūsu personu apliecinoša dokumenta kopija. Lūdzu, "
							+ "atbildiet uz šo vēstuli un pievienojiet dokumentu.\n\nAr cieņu\n{{agent.name}}"),
			List.of("lv", "Atrisināts", "Labdien, {{client.name}}!\n\nLieta {{case.reference}} ir atrisināta. Ja kaut "
					+ "kas joprojām nav skaidrs, vienkārši atbildiet uz šo vēstuli.\n\nAr cieņu\n{{agent.name}}"));

	private final CategoryCatalogue categories;

	private final CannedResponses cannedResponses;

	private final boolean demoData;

	CatalogueDemoData(CategoryCatalogue categories, CannedResponses cannedResponses,
			@Value("${servicedesk.demo-data.enabled:false}") boolean demoData) {
		this.categories = categories;
		this.cannedResponses = cannedResponses;
		this.demoData = demoData;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demoData) {
			return;
		}
		if (categories.isEmpty()) {
			for (CategoryDraft category : StandardCategories.ALL) {
				categories.create(category, AuditRecord.SYSTEM);
			}
			log.info("Demo categories created: {}", StandardCategories.ALL.size());
		}
		if (cannedResponses.isEmpty()) {
			for (List<String> row : CANNED_RESPONSES) {
				cannedResponses.create(row.get(1), row.get(2), SupportedLanguage.fromTag(row.get(0)).orElseThrow(),
						AuditRecord.SYSTEM);
			}
			log.info("Demo canned responses created: {}", CANNED_RESPONSES.size());
		}
	}

}
