package io.servicedesk.dataset;

import static io.servicedesk.dataset.Noise.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What clients write and what the desk answers on the generated cases, in the client's
 * language, as {@code ds_case_text}: one row per language, kind and number, with the
 * text's search vector in that language's search configuration computed once, so a case's
 * search vector is the concatenation of its messages' vectors as the application builds
 * it. Internal texts (notes, questions to departments, their findings, review comments)
 * are written in English, the desk's working language, and stored under every client
 * language too because they are indexed with the case's configuration.
 */
final class CaseTexts {

	static final List<String> LANGUAGES = List.of("en", "pl", "de", "et", "lv");

	/**
	 * An inquiry: the category it belongs to, the subject, the client's question, the
	 * reply, the client's follow-up and the resolution summary.
	 */
	record Inquiry(String category, String subject, String question, String reply, String followUp, String resolution) {
	}

	/**
	 * A complaint: its category, subject, the client's words, the outcome the client
	 * wants and why they reopen it.
	 */
	record Complaint(String category, String subject, String body, String desiredOutcome, String reopenReason) {
	}

	/**
	 * The texts of one language: the acknowledgement, why an inquiry was escalated, the
	 * decision messages (upheld, partly upheld, rejected) and survey comments (good,
	 * so-so, bad).
	 */
	record Language(List<Inquiry> inquiries, List<Complaint> complaints, String acknowledgement,
			List<String> escalations, List<String> decisions, List<String> surveyComments) {
	}

	static final List<String> NOTES = List.of("Checked the order history and the payment log; nothing unusual.",
			"Client called earlier about the same matter; see the previous call.",
			"Asked the warehouse for the tracking details.");

	static final List<String> DEPARTMENT_QUESTIONS = List.of(
			"Please confirm what happened with this shipment and when the client was informed.",
			"Please check the invoice against the order and the price list valid on the order date.",
			"Please review the call recording and tell us whether the information given was correct.");

	static final List<String> FINDINGS = List.of(
			"The carrier lost the first parcel; a replacement left the warehouse three days late.",
			"The invoice used the old price list; the difference is owed to the client.",
			"The item was damaged in the warehouse before packing; the packing check missed it.");

	static final List<String> SEND_BACK_COMMENTS = List.of(
			"Please check the delivery records again before we answer the client.",
			"The amount does not match the finding; please recalculate.");

	static final Map<String, Language> BY_LANGUAGE = Map.of("en", new Language(List.of(new Inquiry("delivery-status",
			"Where is my order?",
			"I ordered ten days ago and the parcel still has not arrived. Can you check where it is?",
			"Thank you for your patience. The parcel left our warehouse yesterday; the tracking link is on its way to you by e-mail.",
			"Thanks, I can see the tracking now.", "Tracking link sent; parcel in transit."),
			new Inquiry("billing-question", "Copy of my invoice",
					"Could you send me a copy of the invoice for my last order? I need it for my accounts.",
					"Of course. We have sent the invoice as a PDF to your e-mail address.", "Received, thank you.",
					"Invoice copy sent by e-mail."),
			new Inquiry("account-access", "Cannot sign in to my account",
					"I cannot sign in to my account any more; the password reset e-mail never arrives.",
					"We have checked your account and sent a new reset link to your current e-mail address.",
					"The new link worked, I am signed in again.", "Reset link resent; client signed in."),
			new Inquiry("card-blocked", "My card is blocked",
					"My card was blocked after a payment abroad. I need it working again today.",
					"For your security the card was blocked after an unusual payment. We have unblocked it now.",
					"It works again, thank you.", "Card unblocked after the client confirmed the payment."),
			new Inquiry("product-information", "Question about the warranty",
					"My blender stopped working after eight months. Is it still under warranty?",
					"Yes, the warranty covers two years. We will send you a prepaid return label.",
					"Label received, I will send it tomorrow.", "Warranty repair arranged with a prepaid label.")),
			List.of(new Complaint("late-delivery", "Delivery three weeks late",
					"My order arrived three weeks after the promised date and nobody told me about the delay.",
					"A refund of the delivery costs.", "The refund has still not reached my account."),
					new Complaint("damaged-goods", "The item arrived damaged",
							"The item arrived with a broken handle and the box was crushed.",
							"A replacement or my money back.", "The replacement is damaged as well."),
					new Complaint("incorrect-invoice", "I was charged too much",
							"The invoice shows a higher price than the one in my order confirmation.",
							"Correct the invoice and refund the difference.",
							"The corrected invoice still shows the wrong amount.")),
			"Dear client, thank you for your complaint. We have registered it and will send you our decision within 15 business days.",
			List.of("The client is not satisfied with the answer and wants to file a formal complaint.",
					"Repeated problem; the client asked for the matter to be handled as a complaint."),
			List.of("We have looked into your complaint and agree with you. We apologise and have arranged the remedy described below.",
					"We have looked into your complaint and agree with part of it. We have arranged a partial remedy.",
					"We have looked into your complaint carefully but found no fault on our side. Our reasons are set out below."),
			List.of("Quick and friendly help, thank you.", "It took a while, but it was solved.",
					"Too slow, I had to ask twice.")),
			"pl",
			new Language(List.of(new Inquiry("delivery-status", "Gdzie jest moje zamówienie?",
					"Zamówiłem dziesięć dni temu, a paczka nadal nie dotarła. Czy mogą Państwo sprawdzić, gdzie jest?",
					"Dziękujemy za cierpliwość. Paczka opuściła wczoraj nasz magazyn; link do śledzenia wysłaliśmy e-mailem.",
					"Dziękuję, widzę już status przesyłki.", "Wysłano link do śledzenia; przesyłka w drodze."),
					new Inquiry("billing-question", "Kopia faktury",
							"Proszę o przesłanie kopii faktury za ostatnie zamówienie, potrzebuję jej do księgowości.",
							"Oczywiście. Fakturę w formacie PDF wysłaliśmy na Pana adres e-mail.",
							"Otrzymałem, dziękuję.", "Kopia faktury wysłana e-mailem."),
					new Inquiry("account-access", "Nie mogę zalogować się do konta",
							"Nie mogę się zalogować do konta, a e-mail do zmiany hasła nie przychodzi.",
							"Sprawdziliśmy konto i wysłaliśmy nowy link do zmiany hasła na aktualny adres e-mail.",
							"Nowy link zadziałał, jestem zalogowany.", "Ponownie wysłano link; klient zalogowany."),
					new Inquiry("card-blocked", "Moja karta jest zablokowana",
							"Karta została zablokowana po płatności za granicą. Potrzebuję jej jeszcze dziś.",
							"Dla bezpieczeństwa karta została zablokowana po nietypowej płatności. Już ją odblokowaliśmy.",
							"Karta znowu działa, dziękuję.", "Karta odblokowana po potwierdzeniu płatności."),
					new Inquiry("product-information", "Pytanie o gwarancję",
							"Mój blender przestał działać po ośmiu miesiącach. Czy obejmuje go jeszcze gwarancja?",
							"Tak, gwarancja obowiązuje dwa lata. Wyślemy etykietę zwrotną z opłaconą przesyłką.",
							"Etykieta dotarła, jutro odeślę sprzęt.", "Naprawa gwarancyjna z opłaconą etykietą.")),
					List.of(new Complaint("late-delivery", "Dostawa spóźniona o trzy tygodnie",
							"Zamówienie dotarło trzy tygodnie po obiecanym terminie i nikt mnie o tym nie poinformował.",
							"Zwrot kosztów dostawy.", "Zwrot nadal nie wpłynął na moje konto."),
							new Complaint("damaged-goods", "Towar dotarł uszkodzony",
									"Produkt dotarł z ułamanym uchwytem, a karton był zgnieciony.",
									"Wymiana albo zwrot pieniędzy.", "Egzemplarz wymienny też jest uszkodzony."),
							new Complaint("incorrect-invoice", "Zawyżona kwota na fakturze",
									"Na fakturze jest wyższa cena niż w potwierdzeniu zamówienia.",
									"Korekta faktury i zwrot różnicy.", "Faktura korygująca nadal ma złą kwotę.")),
					"Szanowni Państwo, dziękujemy za reklamację. Zarejestrowaliśmy ją i prześlemy decyzję w ciągu 15 dni roboczych.",
					List.of("Klient nie jest zadowolony z odpowiedzi i chce złożyć formalną reklamację.",
							"Powtarzający się problem; klient poprosił o rozpatrzenie sprawy jako reklamacji."),
					List.of("Rozpatrzyliśmy reklamację i przyznajemy Państwu rację. Przepraszamy i zapewniamy opisane niżej zadośćuczynienie.",
							"Rozpatrzyliśmy reklamację i uznajemy ją częściowo. Zapewniamy częściowe zadośćuczynienie.",
							"Dokładnie rozpatrzyliśmy reklamację, ale nie stwierdziliśmy błędu po naszej stronie. Uzasadnienie poniżej."),
					List.of("Szybka i miła pomoc, dziękuję.", "Trwało to dłużej, ale sprawa załatwiona.",
							"Za wolno, musiałem pytać dwa razy.")),
			"de",
			new Language(List.of(new Inquiry("delivery-status", "Wo bleibt meine Bestellung?",
					"Ich habe vor zehn Tagen bestellt und das Paket ist immer noch nicht da. Können Sie nachsehen?",
					"Vielen Dank für Ihre Geduld. Das Paket hat gestern unser Lager verlassen; den Sendungslink erhalten Sie per E-Mail.",
					"Danke, ich sehe die Sendungsverfolgung jetzt.", "Sendungslink verschickt; Paket unterwegs."),
					new Inquiry("billing-question", "Rechnungskopie",
							"Könnten Sie mir bitte eine Kopie der Rechnung meiner letzten Bestellung schicken?",
							"Selbstverständlich. Wir haben Ihnen die Rechnung als PDF per E-Mail gesendet.",
							"Erhalten, vielen Dank.", "Rechnungskopie per E-Mail versandt."),
					new Inquiry("account-access", "Anmeldung am Konto nicht möglich",
							"Ich kann mich nicht mehr anmelden; die E-Mail zum Zurücksetzen des Passworts kommt nie an.",
							"Wir haben Ihr Konto geprüft und einen neuen Link an Ihre aktuelle E-Mail-Adresse geschickt.",
							"Der neue Link hat funktioniert, ich bin wieder angemeldet.",
							"Link erneut gesendet; Kunde angemeldet."),
					new Inquiry("card-blocked", "Meine Karte ist gesperrt",
							"Meine Karte wurde nach einer Zahlung im Ausland gesperrt. Ich brauche sie heute noch.",
							"Zu Ihrer Sicherheit wurde die Karte nach einer ungewöhnlichen Zahlung gesperrt. Sie ist jetzt wieder frei.",
							"Sie funktioniert wieder, danke.", "Karte nach Bestätigung der Zahlung entsperrt."),
					new Inquiry("product-information", "Frage zur Garantie",
							"Mein Mixer funktioniert nach acht Monaten nicht mehr. Gilt noch die Garantie?",
							"Ja, die Garantie gilt zwei Jahre. Wir schicken Ihnen ein frankiertes Rücksendeetikett.",
							"Etikett erhalten, ich schicke das Gerät morgen.",
							"Garantiereparatur mit frankiertem Etikett veranlasst.")),
					List.of(new Complaint("late-delivery", "Lieferung drei Wochen zu spät",
							"Meine Bestellung kam drei Wochen nach dem zugesagten Termin, und niemand hat mich informiert.",
							"Erstattung der Versandkosten.", "Die Erstattung ist immer noch nicht auf meinem Konto."),
							new Complaint("damaged-goods", "Ware beschädigt angekommen",
									"Der Artikel kam mit abgebrochenem Griff an, der Karton war eingedrückt.",
									"Ersatz oder Geld zurück.", "Auch der Ersatzartikel ist beschädigt."),
							new Complaint("incorrect-invoice", "Zu viel berechnet",
									"Die Rechnung zeigt einen höheren Preis als die Bestellbestätigung.",
									"Rechnung korrigieren und Differenz erstatten.",
									"Auch die korrigierte Rechnung hat den falschen Betrag.")),
					"Guten Tag, vielen Dank für Ihre Beschwerde. Wir haben sie erfasst und teilen Ihnen unsere Entscheidung innerhalb von 15 Werktagen mit.",
					List.of("Der Kunde ist mit der Antwort nicht zufrieden und möchte eine förmliche Beschwerde einreichen.",
							"Wiederholtes Problem; der Kunde bat, die Sache als Beschwerde zu behandeln."),
					List.of("Wir haben Ihre Beschwerde geprüft und geben Ihnen recht. Wir entschuldigen uns und haben die unten beschriebene Abhilfe veranlasst.",
							"Wir haben Ihre Beschwerde geprüft und geben Ihnen teilweise recht. Wir haben eine teilweise Abhilfe veranlasst.",
							"Wir haben Ihre Beschwerde sorgfältig geprüft, aber keinen Fehler unsererseits festgestellt. Die Begründung finden Sie unten."),
					List.of("Schnelle und freundliche Hilfe, danke.", "Hat etwas gedauert, aber es wurde gelöst.",
							"Zu langsam, ich musste zweimal nachfragen.")),
			"et",
			new Language(List.of(new Inquiry("delivery-status", "Kus on minu tellimus?",
					"Tellisin kümme päeva tagasi ja pakk pole ikka veel kohal. Kas saate kontrollida, kus see on?",
					"Täname kannatlikkuse eest. Pakk lahkus eile meie laost; jälgimislingi saatsime teile e-postiga.",
					"Aitäh, näen nüüd jälgimist.", "Jälgimislink saadetud; pakk teel."),
					new Inquiry("billing-question", "Arve koopia",
							"Kas saaksite saata mulle viimase tellimuse arve koopia? Vajan seda raamatupidamiseks.",
							"Loomulikult. Saatsime arve PDF-ina teie e-posti aadressile.", "Kätte saadud, aitäh.",
							"Arve koopia saadetud e-postiga."),
					new Inquiry("account-access", "Ei saa kontole sisse logida",
							"Ma ei saa enam kontole sisse logida ja parooli lähtestamise kiri ei jõua kohale.",
							"Kontrollisime teie kontot ja saatsime uue lähtestamislingi teie praegusele e-posti aadressile.",
							"Uus link töötas, olen jälle sisse logitud.", "Link saadeti uuesti; klient logis sisse."),
					new Inquiry("card-blocked", "Minu kaart on blokeeritud",
							"Kaart blokeeriti pärast makset välismaal. Vajan seda veel täna.",
							"Teie turvalisuse huvides blokeeriti kaart ebatavalise makse järel. Nüüd on see taas avatud.",
							"Töötab jälle, aitäh.", "Kaart avati pärast makse kinnitamist."),
					new Inquiry("product-information", "Küsimus garantii kohta",
							"Minu blender lakkas kaheksa kuu pärast töötamast. Kas garantii veel kehtib?",
							"Jah, garantii kehtib kaks aastat. Saadame teile tasutud tagastussildi.",
							"Silt käes, saadan seadme homme.", "Garantiiremont korraldatud tasutud sildiga.")),
					List.of(new Complaint("late-delivery", "Tarne hilines kolm nädalat",
							"Tellimus saabus kolm nädalat pärast lubatud kuupäeva ja keegi ei teavitanud mind viivitusest.",
							"Tarnekulude hüvitamine.", "Hüvitis pole ikka veel minu kontole laekunud."),
							new Complaint("damaged-goods", "Kaup saabus kahjustatuna",
									"Toode saabus murdunud käepidemega ja karp oli lömmis.",
									"Asendustoode või raha tagasi.", "Ka asendustoode on kahjustatud."),
							new Complaint("incorrect-invoice", "Arvel on liiga suur summa",
									"Arvel on kõrgem hind kui tellimuse kinnituses.",
									"Parandage arve ja hüvitage vahe.", "Ka parandatud arvel on vale summa.")),
					"Lugupeetud klient, täname kaebuse eest. Registreerisime selle ja teatame otsusest 15 tööpäeva jooksul.",
					List.of("Klient ei ole vastusega rahul ja soovib esitada ametliku kaebuse.",
							"Korduv probleem; klient palus käsitleda asja kaebusena."),
					List.of("Vaatasime teie kaebuse läbi ja anname teile õiguse. Vabandame ja korraldasime allpool kirjeldatud hüvitise.",
							"Vaatasime teie kaebuse läbi ja rahuldame selle osaliselt. Korraldasime osalise hüvitise.",
							"Vaatasime teie kaebuse hoolikalt läbi, kuid meie poolt viga ei leidnud. Põhjendus on allpool."),
					List.of("Kiire ja sõbralik abi, aitäh.", "Võttis aega, aga sai lahendatud.",
							"Liiga aeglane, pidin kaks korda küsima.")),
			"lv",
			new Language(List.of(new Inquiry("delivery-status", "Kur ir mans pasūtījums?",
					"Pasūtīju pirms desmit dienām, un sūtījums joprojām nav atnācis. Vai varat pārbaudīt, kur tas ir?",
					"Paldies par pacietību. Sūtījums vakar izbrauca no mūsu noliktavas; izsekošanas saiti nosūtījām e-pastā.",
					"Paldies, tagad redzu izsekošanu.", "Nosūtīta izsekošanas saite; sūtījums ceļā."),
					new Inquiry("billing-question", "Rēķina kopija",
							"Vai varat atsūtīt pēdējā pasūtījuma rēķina kopiju? Tā man vajadzīga grāmatvedībai.",
							"Protams. Rēķinu PDF formātā nosūtījām uz jūsu e-pasta adresi.", "Saņēmu, paldies.",
							"Rēķina kopija nosūtīta e-pastā."),
					new Inquiry("account-access", "Nevaru pieslēgties kontam",
							"Vairs nevaru pieslēgties kontam, un paroles atjaunošanas e-pasts nepienāk.",
							"Pārbaudījām jūsu kontu un nosūtījām jaunu atjaunošanas saiti uz jūsu pašreizējo e-pasta adresi.",
							"Jaunā saite strādāja, esmu atkal pieslēdzies.",
							"Saite nosūtīta atkārtoti; klients pieslēdzās."),
					new Inquiry("card-blocked", "Mana karte ir bloķēta",
							"Karte tika bloķēta pēc maksājuma ārzemēs. Man tā vajadzīga vēl šodien.",
							"Jūsu drošībai karte tika bloķēta pēc neparasta maksājuma. Tagad tā ir atbloķēta.",
							"Tā atkal darbojas, paldies.", "Karte atbloķēta pēc maksājuma apstiprināšanas."),
					new Inquiry("product-information", "Jautājums par garantiju",
							"Mans blenderis pārstāja darboties pēc astoņiem mēnešiem. Vai garantija vēl ir spēkā?",
							"Jā, garantija ir divi gadi. Nosūtīsim jums apmaksātu atpakaļsūtīšanas etiķeti.",
							"Etiķete saņemta, rīt nosūtīšu ierīci.", "Garantijas remonts ar apmaksātu etiķeti.")),
					List.of(new Complaint("late-delivery", "Piegāde kavējās trīs nedēļas",
							"Pasūtījums pienāca trīs nedēļas pēc solītā datuma, un neviens mani par kavēšanos neinformēja.",
							"Piegādes izmaksu atmaksa.", "Atmaksa joprojām nav ienākusi manā kontā."),
							new Complaint("damaged-goods", "Prece pienāca bojāta",
									"Prece pienāca ar nolūzušu rokturi, un kaste bija saspiesta.",
									"Jauna prece vai naudas atmaksa.", "Arī apmaiņas prece ir bojāta."),
							new Complaint("incorrect-invoice", "Rēķinā pārāk liela summa",
									"Rēķinā ir augstāka cena nekā pasūtījuma apstiprinājumā.",
									"Izlabot rēķinu un atmaksāt starpību.", "Arī labotajā rēķinā ir nepareiza summa.")),
					"Cienījamais klient, paldies par sūdzību. Mēs to reģistrējām un paziņosim lēmumu 15 darba dienu laikā.",
					List.of("Klients nav apmierināts ar atbildi un vēlas iesniegt oficiālu sūdzību.",
							"Atkārtota problēma; klients lūdza izskatīt lietu kā sūdzību."),
					List.of("Mēs izskatījām jūsu sūdzību un piekrītam jums. Atvainojamies un esam nodrošinājuši zemāk aprakstīto kompensāciju.",
							"Mēs izskatījām jūsu sūdzību un daļēji tai piekrītam. Esam nodrošinājuši daļēju kompensāciju.",
							"Mēs rūpīgi izskatījām jūsu sūdzību, taču kļūdu no mūsu puses neatradām. Pamatojums ir zemāk."),
					List.of("Ātra un laipna palīdzība, paldies.", "Aizņēma laiku, bet tika atrisināts.",
							"Pārāk lēni, man bija jājautā divreiz.")));

	static int inquiryConversations() {
		return BY_LANGUAGE.get("en").inquiries().size();
	}

	static int complaintConversations() {
		return BY_LANGUAGE.get("en").complaints().size();
	}

	/**
	 * Creates {@code ds_case_text (language, kind, k, category, body, vec)}; {@code k}
	 * counts from 1 within a language and kind.
	 */
	static void create(Load load) {
		load.execute("""
				create temporary table ds_case_text (language text, kind text, k integer, category text, body text,
				  vec tsvector, primary key (language, kind, k)) on commit drop""");
		List<String> rows = new ArrayList<>();
		for (String language : LANGUAGES) {
			Language texts = BY_LANGUAGE.get(language);
			for (int i = 0; i < texts.inquiries().size(); i++) {
				Inquiry inquiry = texts.inquiries().get(i);
				String category = inquiry.category();
				rows.add(row(language, "subject", i + 1, category, inquiry.subject()));
				rows.add(row(language, "question", i + 1, category, inquiry.question()));
				rows.add(row(language, "reply", i + 1, category, inquiry.reply()));
				rows.add(row(language, "follow_up", i + 1, category, inquiry.followUp()));
				rows.add(row(language, "resolution", i + 1, category, inquiry.resolution()));
			}
			for (int i = 0; i < texts.complaints().size(); i++) {
				Complaint complaint = texts.complaints().get(i);
				String category = complaint.category();
				rows.add(row(language, "c_subject", i + 1, category, complaint.subject()));
				rows.add(row(language, "c_body", i + 1, category, complaint.body()));
				rows.add(row(language, "c_desired", i + 1, category, complaint.desiredOutcome()));
				rows.add(row(language, "c_reopen", i + 1, category, complaint.reopenReason()));
			}
			rows.add(row(language, "acknowledgement", 1, null, texts.acknowledgement()));
			addAll(rows, language, "escalation", texts.escalations());
			addAll(rows, language, "decision", texts.decisions());
			addAll(rows, language, "survey_comment", texts.surveyComments());
			addAll(rows, language, "note", NOTES);
			addAll(rows, language, "department_question", DEPARTMENT_QUESTIONS);
			addAll(rows, language, "finding", FINDINGS);
			addAll(rows, language, "send_back", SEND_BACK_COMMENTS);
		}
		load.execute("insert into ds_case_text (language, kind, k, category, body) values " + String.join(", ", rows));
		load.execute("update ds_case_text set vec = case_search_vector(case_search_config(language), body)");
		load.execute("analyze ds_case_text");
	}

	private static void addAll(List<String> rows, String language, String kind, List<String> texts) {
		for (int i = 0; i < texts.size(); i++) {
			rows.add(row(language, kind, i + 1, null, texts.get(i)));
		}
	}

	private static String row(String language, String kind, int k, String category, String body) {
		return "(" + literal(language) + ", " + literal(kind) + ", " + k + ", "
				+ (category == null ? "null" : literal(category)) + ", " + literal(body) + ")";
	}

}
