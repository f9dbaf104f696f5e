package io.servicedesk.complaint.demo;

import java.util.List;
import java.util.Map;

/**
 * What demo clients complain about and what the desk decides, in the five languages: each
 * topic's subject and the client's words (by complaint category), the decision letters
 * and the client's dispute. A decision with money carries the amount as {@code %s}.
 */
final class ComplaintTexts {

	record Topic(String category, String subject, String complaint) {
	}

	record Decisions(String upheldRefund, String upheldReplacement, String partialRefund, String partialReplacement,
			String rejected, String dispute) {
	}

	record Language(List<Topic> topics, Decisions decisions) {
	}

	static final Map<String, Language> BY_LANGUAGE = Map.of("en", new Language(
			List.of(new Topic("late-delivery", "Parcel arrived a week late",
					"My order was promised for Monday and came the following week."),
					new Topic("damaged-goods", "Goods arrived damaged",
							"The box was crushed and the kettle inside is cracked."),
					new Topic("incorrect-invoice", "Invoice charged twice",
							"I was charged twice for the same invoice this month."),
					new Topic("unauthorised-charge", "Charge I did not authorise",
							"There is a charge on my account I never agreed to."),
					new Topic("service-quality", "Rude treatment on the phone",
							"The person on the phone was rude and hung up on me.")),
			new Decisions("We are sorry: your complaint is justified. We refund %s.",
					"We are sorry: your complaint is justified. We will send you a replacement.",
					"Your complaint is partly justified. We refund %s.",
					"Your complaint is partly justified. We will replace the item.",
					"We looked into your complaint carefully but found no error on our side. We apologise for the trouble.",
					"I do not accept the decision and ask for a full refund.")),
			"pl",
			new Language(
					List.of(new Topic("late-delivery", "Paczka dotarła tydzień po terminie",
							"Zamówienie miało dotrzeć w poniedziałek, a przyszło dopiero w następnym tygodniu."),
							new Topic("damaged-goods", "Towar dotarł uszkodzony",
									"Karton był zgnieciony, a czajnik w środku jest pęknięty."),
							new Topic("incorrect-invoice", "Faktura pobrana dwukrotnie",
									"W tym miesiącu obciążono mnie dwa razy za tę samą fakturę."),
							new Topic("unauthorised-charge", "Obciążenie, na które się nie zgodziłem",
									"Na moim koncie jest obciążenie, na które nigdy nie wyraziłem zgody."),
							new Topic("service-quality", "Niegrzeczna obsługa przez telefon",
									"Osoba przy telefonie była niegrzeczna i się rozłączyła.")),
					new Decisions("Przepraszamy: Państwa reklamacja jest zasadna. Zwracamy %s.",
							"Przepraszamy: Państwa reklamacja jest zasadna. Wyślemy produkt zastępczy.",
							"Państwa reklamacja jest częściowo zasadna. Zwracamy %s.",
							"Państwa reklamacja jest częściowo zasadna. Wymienimy produkt.",
							"Dokładnie przeanalizowaliśmy Państwa reklamację, ale nie stwierdziliśmy błędu po naszej stronie. Przepraszamy za kłopot.",
							"Nie zgadzam się z decyzją i proszę o pełny zwrot pieniędzy.")),
			"de",
			new Language(
					List.of(new Topic("late-delivery", "Paket kam eine Woche zu spät",
							"Meine Bestellung war für Montag zugesagt und kam erst in der Woche darauf."),
							new Topic("damaged-goods", "Ware beschädigt angekommen",
									"Der Karton war zerdrückt und der Wasserkocher darin ist gesprungen."),
							new Topic("incorrect-invoice", "Rechnung doppelt abgebucht",
									"Mir wurde diesen Monat dieselbe Rechnung zweimal abgebucht."),
							new Topic("unauthorised-charge", "Abbuchung, die ich nicht genehmigt habe",
									"Auf meinem Konto ist eine Abbuchung, der ich nie zugestimmt habe."),
							new Topic("service-quality", "Unhöfliche Behandlung am Telefon",
									"Die Person am Telefon war unhöflich und hat einfach aufgelegt.")),
					new Decisions("Es tut uns leid: Ihre Reklamation ist berechtigt. Wir erstatten Ihnen %s.",
							"Es tut uns leid: Ihre Reklamation ist berechtigt. Wir senden Ihnen Ersatz.",
							"Ihre Reklamation ist teilweise berechtigt. Wir erstatten Ihnen %s.",
							"Ihre Reklamation ist teilweise berechtigt. Wir tauschen den Artikel aus.",
							"Wir haben Ihre Reklamation sorgfältig geprüft, aber keinen Fehler unsererseits gefunden. Wir bitten, die Unannehmlichkeiten zu entschuldigen.",
							"Ich bin mit der Entscheidung nicht einverstanden und bitte um eine vollständige Erstattung.")),
			"et",
			new Language(
					List.of(new Topic("late-delivery", "Pakk saabus nädal hiljem",
							"Tellimus lubati kohale toimetada esmaspäeval, kuid see saabus alles järgmisel nädalal."),
							new Topic("damaged-goods", "Kaup saabus kahjustatuna",
									"Karp oli muljutud ja selles olev veekeetja on mõranenud."),
							new Topic("incorrect-invoice", "Arve eest võeti tasu kaks korda",
									"Selle kuu sama arve eest võeti minult raha kaks korda."),
							new Topic("unauthorised-charge", "Tasu, mida ma ei lubanud",
									"Minu kontolt on võetud tasu, millega ma kunagi ei nõustunud."),
							new Topic("service-quality", "Ebaviisakas teenindus telefonis",
									"Telefonil vastanud inimene oli ebaviisakas ja pani toru ära.")),
					new Decisions("Vabandame: teie kaebus on põhjendatud. Tagastame teile %s.",
							"Vabandame: teie kaebus on põhjendatud. Saadame teile asendustoote.",
							"Teie kaebus on osaliselt põhjendatud. Tagastame teile %s.",
							"Teie kaebus on osaliselt põhjendatud. Vahetame toote välja.",
							"Uurisime teie kaebust hoolikalt, kuid meie poolt viga ei leidnud. Vabandame tekkinud ebamugavuste pärast.",
							"Ma ei nõustu otsusega ja palun raha täielikku tagastamist.")),
			"lv",
			new Language(
					List.of(new Topic("late-delivery", "Sūtījums pienāca nedēļu par vēlu",
							"Pasūtījumu solīja piegādāt pirmdien, bet tas pienāca tikai nākamajā nedēļā."),
							new Topic("damaged-goods", "Prece pienāca bojāta",
									"Kaste bija saspiesta, un tējkanna tajā ir ieplaisājusi."),
							new Topic("incorrect-invoice", "Rēķins iekasēts divreiz",
									"Šomēnes par to pašu rēķinu no manis naudu iekasēja divreiz."),
							new Topic("unauthorised-charge", "Maksājums, ko neesmu atļāvis",
									"Manā kontā ir maksājums, kuram es nekad neesmu piekritis."),
							new Topic("service-quality", "Nepieklājīga apkalpošana pa tālruni",
									"Cilvēks pie tālruņa bija nepieklājīgs un nolika klausuli.")),
					new Decisions("Atvainojamies: jūsu sūdzība ir pamatota. Mēs atmaksāsim %s.",
							"Atvainojamies: jūsu sūdzība ir pamatota. Mēs nosūtīsim jums aizstājēju preci.",
							"Jūsu sūdzība ir daļēji pamatota. Mēs atmaksāsim %s.",
							"Jūsu sūdzība ir daļēji pamatota. Mēs apmainīsim preci.",
							"Mēs rūpīgi izskatījām jūsu sūdzību, taču kļūdu no mūsu puses neatradām. Atvainojamies par sagādātajām neērtībām.",
							"Es nepiekrītu lēmumam un lūdzu pilnu naudas atmaksu.")));

	private ComplaintTexts() {
	}

	/** The texts of a client's language, English for any other. */
	static Language of(String language) {
		return BY_LANGUAGE.getOrDefault(language == null ? "en" : language, BY_LANGUAGE.get("en"));
	}

}
