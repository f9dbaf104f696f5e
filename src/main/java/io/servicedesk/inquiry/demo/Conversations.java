package io.servicedesk.inquiry.demo;

import java.util.List;
import java.util.Map;

/**
 * What demo clients ask and how the desk answers, in the five languages: subject, the client's words, the
 * agent's reply, the client's follow-up and the resolution summary.
 */
final class Conversations {

	record Conversation(String subject, String question, String reply, String followUp, String resolution) {
	}

	static final Map<String, List<Conversation>> BY_LANGUAGE = Map.of("en", List.of(
			new Conversation("Where is my order?", "I ordered a kettle ten days ago and it still has not arrived. Can you check where it is?",
					"Thank you for your patience. The parcel left our warehouse yesterday; you will receive the tracking link by e-mail today.",
					"Thanks, I see the tracking now.", "Tracking link sent; parcel in transit."),
			new Conversation("Copy of my invoice", "Could you send me a copy of the invoice for my last order? I need it for my accounts.",
					"Of course. We have sent the invoice as a PDF to your e-mail address.",
					"Received, thank you.", "Invoice copy sent by e-mail."),
			new Conversation("Change of delivery address", "I am moving next week. Can I change the delivery address of my open order?",
					"Yes. Please confirm the new address and we will update the order before it ships.",
					"The new address is 12 Baker Street, London NW1 6XE.", "Delivery address updated before shipping."),
			new Conversation("Card payment declined", "My card payment was declined twice although the card works elsewhere.",
					"We are sorry for the trouble. The payment provider had a short outage; please try once more, it should work now.",
					"It worked this time.", "Payment provider outage; payment succeeded on retry."),
			new Conversation("Warranty question", "My blender stopped working after eight months. Is it still under warranty?",
					"Yes, the warranty covers two years. We will send you a prepaid return label.",
					"Label received, I will send it tomorrow.", "Warranty repair arranged with a prepaid label.")),
			"pl", List.of(
			new Conversation("Gdzie jest moje zamówienie?", "Zamówiłem czajnik dziesięć dni temu i nadal nie dotarł. Czy mogą Państwo sprawdzić, gdzie jest przesyłka?",
					"Dziękujemy za cierpliwość. Paczka opuściła magazyn wczoraj; link do śledzenia prześlemy dziś e-mailem.",
					"Dziękuję, widzę już status przesyłki.", "Wysłano link do śledzenia; przesyłka w drodze."),
			new Conversation("Kopia faktury", "Proszę o przesłanie kopii faktury za ostatnie zamówienie, potrzebuję jej do księgowości.",
					"Oczywiście. Faktura w formacie PDF została wysłana na Pana adres e-mail.",
					"Otrzymałem, dziękuję.", "Kopia faktury wysłana e-mailem."),
			new Conversation("Zmiana adresu dostawy", "W przyszłym tygodniu się przeprowadzam. Czy mogę zmienić adres dostawy otwartego zamówienia?",
					"Tak. Prosimy o potwierdzenie nowego adresu, zaktualizujemy zamówienie przed wysyłką.",
					"Nowy adres: ul. Długa 5, 00-238 Warszawa.", "Adres dostawy zmieniony przed wysyłką."),
			new Conversation("Odrzucona płatność kartą", "Płatność kartą została dwukrotnie odrzucona, choć karta działa w innych sklepach.",
					"Przepraszamy za kłopot. Operator płatności miał krótką awarię; prosimy spróbować ponownie.",
					"Tym razem się udało.", "Awaria operatora płatności; płatność przeszła przy ponownej próbie."),
			new Conversation("Pytanie o gwarancję", "Mój blender przestał działać po ośmiu miesiącach. Czy obejmuje go jeszcze gwarancja?",
					"Tak, gwarancja obowiązuje dwa lata. Wyślemy etykietę zwrotną z opłaconą przesyłką.",
					"Etykieta dotarła, jutro odeślę sprzęt.", "Naprawa gwarancyjna z opłaconą etykietą zwrotną.")),
			"de", List.of(
			new Conversation("Wo bleibt meine Bestellung?", "Ich habe vor zehn Tagen einen Wasserkocher bestellt, er ist immer noch nicht angekommen. Können Sie nachsehen?",
					"Vielen Dank für Ihre Geduld. Das Paket hat gestern unser Lager verlassen; den Sendungslink erhalten Sie heute per E-Mail.",
					"Danke, ich sehe die Sendungsverfolgung jetzt.", "Sendungslink verschickt; Paket unterwegs."),
			new Conversation("Rechnungskopie", "Könnten Sie mir bitte eine Kopie der Rechnung meiner letzten Bestellung schicken?",
					"Selbstverständlich. Wir haben Ihnen die Rechnung als PDF per E-Mail gesendet.",
					"Erhalten, vielen Dank.", "Rechnungskopie per E-Mail versandt."),
			new Conversation("Lieferadresse ändern", "Ich ziehe nächste Woche um. Kann ich die Lieferadresse meiner offenen Bestellung ändern?",
					"Ja. Bitte bestätigen Sie die neue Adresse, dann ändern wir die Bestellung vor dem Versand.",
					"Die neue Adresse ist Hauptstraße 7, 10115 Berlin.", "Lieferadresse vor dem Versand geändert."),
			new Conversation("Kartenzahlung abgelehnt", "Meine Kartenzahlung wurde zweimal abgelehnt, obwohl die Karte sonst funktioniert.",
					"Entschuldigen Sie die Umstände. Unser Zahlungsanbieter hatte eine kurze Störung; bitte versuchen Sie es erneut.",
					"Diesmal hat es geklappt.", "Störung beim Zahlungsanbieter; Zahlung beim zweiten Versuch erfolgreich."),
			new Conversation("Frage zur Garantie", "Mein Mixer funktioniert nach acht Monaten nicht mehr. Gilt noch die Garantie?",
					"Ja, die Garantie gilt zwei Jahre. Wir schicken Ihnen ein frankiertes Rücksendeetikett.",
					"Etikett erhalten, ich schicke das Gerät morgen.", "Garantiereparatur mit frankiertem Etikett veranlasst.")),
			"et", List.of(
			new Conversation("Kus on minu tellimus?", "Tellisin kümme päeva tagasi veekeetja ja see pole ikka veel kohale jõudnud. Kas saate kontrollida?",
					"Aitäh kannatlikkuse eest. Pakk lahkus eile meie laost; jälgimislingi saadame teile täna e-postiga.",
					"Aitäh, näen nüüd jälgimist.", "Jälgimislink saadetud; pakk teel."),
			new Conversation("Arve koopia", "Palun saatke mulle viimase tellimuse arve koopia, vajan seda raamatupidamiseks.",
					"Muidugi. Saatsime arve PDF-failina teie e-posti aadressile.",
					"Kätte saadud, aitäh.", "Arve koopia saadetud e-postiga."),
			new Conversation("Tarneaadressi muutmine", "Kolin järgmisel nädalal. Kas saan avatud tellimuse tarneaadressi muuta?",
					"Jah. Palun kinnitage uus aadress ja me muudame tellimust enne saatmist.",
					"Uus aadress on Pikk 12, 10123 Tallinn.", "Tarneaadress muudetud enne saatmist."),
			new Conversation("Kaardimakse lükati tagasi", "Minu kaardimakse lükati kaks korda tagasi, kuigi kaart töötab mujal.",
					"Vabandame ebamugavuste pärast. Makseteenuse pakkujal oli lühike katkestus; palun proovige uuesti.",
					"Seekord õnnestus.", "Makseteenuse katkestus; makse õnnestus uuel katsel."),
			new Conversation("Garantii küsimus", "Minu blender lakkas kaheksa kuu pärast töötamast. Kas garantii kehtib veel?",
					"Jah, garantii kehtib kaks aastat. Saadame teile tasutud tagastussildi.",
					"Silt käes, saadan seadme homme.", "Garantiiremont korraldatud tasutud sildiga.")),
			"lv", List.of(
			new Conversation("Kur ir mans pasūtījums?", "Pirms desmit dienām pasūtīju tējkannu, un tā joprojām nav pienākusi. Vai varat pārbaudīt?",
					"Paldies par pacietību. Sūtījums vakar atstāja mūsu noliktavu; izsekošanas saiti šodien nosūtīsim e-pastā.",
					"Paldies, tagad redzu izsekošanu.", "Izsekošanas saite nosūtīta; sūtījums ceļā."),
			new Conversation("Rēķina kopija", "Lūdzu, atsūtiet man pēdējā pasūtījuma rēķina kopiju, tā vajadzīga grāmatvedībai.",
					"Protams. Rēķinu PDF formātā nosūtījām uz jūsu e-pasta adresi.",
					"Saņēmu, paldies.", "Rēķina kopija nosūtīta e-pastā."),
			new Conversation("Piegādes adreses maiņa", "Nākamnedēļ pārceļos. Vai varu mainīt atvērtā pasūtījuma piegādes adresi?",
					"Jā. Lūdzu, apstipriniet jauno adresi, un mēs to nomainīsim pirms nosūtīšanas.",
					"Jaunā adrese: Brīvības iela 10, Rīga, LV-1010.", "Piegādes adrese nomainīta pirms nosūtīšanas."),
			new Conversation("Kartes maksājums noraidīts", "Mans kartes maksājums divreiz tika noraidīts, lai gan karte citur darbojas.",
					"Atvainojamies par neērtībām. Maksājumu pakalpojumā bija īss traucējums; lūdzu, mēģiniet vēlreiz.",
					"Šoreiz izdevās.", "Maksājumu pakalpojuma traucējums; maksājums izdevās atkārtoti."),
			new Conversation("Jautājums par garantiju", "Mans blenderis pārstāja darboties pēc astoņiem mēnešiem. Vai garantija vēl ir spēkā?",
					"Jā, garantija ir divi gadi. Nosūtīsim jums apmaksātu atpakaļsūtīšanas uzlīmi.",
					"Uzlīme saņemta, rīt nosūtīšu ierīci.", "Garantijas remonts noorganizēts ar apmaksātu uzlīmi.")));

	private Conversations() {
	}

	static List<Conversation> of(String language) {
		return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
	}

}
