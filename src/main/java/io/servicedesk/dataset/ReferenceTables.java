package io.servicedesk.dataset;

import static io.servicedesk.dataset.Noise.literal;
import static io.servicedesk.dataset.Noise.textArray;

import java.util.List;

/**
 * The small tables the steps draw from, as temporary tables of the run: the five
 * countries of the desk with their names, places, phone ranges and currency, and the
 * product catalogue of the orders; and {@code reference}, the human references as the
 * application writes them ({@code C-000042}, {@code O-1000000}).
 */
final class ReferenceTables {

	private ReferenceTables() {
	}

	static void create(Load load) {
		load.execute("""
				create or replace function pg_temp.reference(prefix text, id bigint) returns text
				language sql immutable as $$ select prefix || lpad(id::text, greatest(6, length(id::text)), '0') $$""");
		load.execute("""
				create temporary table ds_country (
				    position integer primary key, code text, language text, domain text, currency text,
				    rate numeric, female_first text[], male_first text[], female_last text[], male_last text[],
				    company_suffixes text[], trades text[], cities text[], streets text[], phone_prefixes text[],
				    phone_digits integer) on commit drop""");
		for (Country country : COUNTRIES) {
			load.execute("insert into ds_country values (" + String.join(", ", String.valueOf(country.position),
					literal(country.code), literal(country.language), literal(country.domain),
					literal(country.currency), country.rate, textArray(country.femaleFirst),
					textArray(country.maleFirst), textArray(country.femaleLast), textArray(country.maleLast),
					textArray(country.companySuffixes), textArray(country.trades), textArray(country.cities),
					textArray(country.streets), textArray(country.phonePrefixes), String.valueOf(country.phoneDigits))
					+ ")");
		}
		load.execute("""
				create temporary table ds_product (k integer primary key, sku text, description text, price numeric)
				on commit drop""");
		for (int i = 0; i < PRODUCTS.size(); i++) {
			String[] product = PRODUCTS.get(i);
			load.execute("insert into ds_product values (%d, %s, %s, %s)".formatted(i + 1, literal(product[0]),
					literal(product[1]), product[2]));
		}
		load.execute("analyze ds_country");
		load.execute("analyze ds_product");
	}

	static int productCount() {
		return PRODUCTS.size();
	}

	private record Country(int position, String code, String language, String domain, String currency, String rate,
			String[] femaleFirst, String[] maleFirst, String[] femaleLast, String[] maleLast, String[] companySuffixes,
			String[] trades, String[] cities, String[] streets, String[] phonePrefixes, int phoneDigits) {
	}

	private static String[] names(String... names) {
		return names;
	}

	private static final List<Country> COUNTRIES = List.of(
			new Country(0, "PL", "pl", "pl", "PLN", "4.30",
					names("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Zofia", "Magdalena", "Joanna", "Ewa",
							"Barbara", "Aleksandra", "Krystyna", "Dorota"),
					names("Piotr", "Tomasz", "Krzysztof", "Paweł", "Łukasz", "Michał", "Grzegorz", "Jakub", "Wojciech",
							"Jerzy", "Andrzej", "Mateusz"),
					names("Kowalska", "Nowak", "Wiśniewska", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowska",
							"Zielińska", "Szymańska", "Woźniak", "Dąbrowska", "Kozłowska", "Jankowska", "Mazur",
							"Kwiatkowska", "Krawczyk", "Piotrowska", "Grabowska", "Pawłowska", "Michalska", "Król",
							"Wieczorek", "Jabłońska", "Wróbel", "Zając"),
					names("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
							"Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
							"Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Pawłowski", "Michalski", "Król",
							"Wieczorek", "Jabłoński", "Wróbel", "Zając"),
					names("sp. z o.o.", "S.A.", "sp.j."),
					names("Handel", "Logistyka", "Serwis", "Budownictwo", "Meble"),
					names("Warszawa", "Kraków", "Łódź", "Wrocław", "Gdańsk", "Poznań", "Szczecin", "Lublin",
							"Białystok", "Toruń"),
					names("ul. Długa", "ul. Marszałkowska", "ul. Piotrkowska", "ul. Świętojańska", "ul. Łąkowa",
							"ul. Słoneczna", "al. Jerozolimskie", "ul. Kościuszki"),
					names("+4850", "+4851", "+4853", "+4857", "+4860", "+4866", "+4869", "+4872", "+4878", "+4879",
							"+4888"),
					7),
			new Country(1, "DE", "de", "de", "EUR", "1.00",
					names("Sabine", "Anja", "Käthe", "Ute", "Jana", "Monika", "Petra", "Claudia", "Brigitte", "Jutta",
							"Hannah", "Lea"),
					names("Jürgen", "Lukas", "Jörg", "Matthias", "Stefan", "Felix", "Björn", "Günter", "Uwe", "Andreas",
							"Maximilian", "Sören"),
					names("Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Becker", "Schäfer", "Köhler",
							"Hoffmann", "Groß", "Meyer", "Wagner", "Schulz", "Koch", "Bauer", "Richter", "Klein",
							"Wolf", "Schröder", "Neumann", "Zimmermann", "Braun", "Krüger", "Hartmann", "Böhm"),
					names("Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Becker", "Schäfer", "Köhler",
							"Hoffmann", "Groß", "Meyer", "Wagner", "Schulz", "Koch", "Bauer", "Richter", "Klein",
							"Wolf", "Schröder", "Neumann", "Zimmermann", "Braun", "Krüger", "Hartmann", "Böhm"),
					names("GmbH", "AG", "KG", "GmbH & Co. KG"), names("Handel", "Logistik", "Technik", "Bau", "Möbel"),
					names("Berlin", "München", "Köln", "Düsseldorf", "Nürnberg", "Hamburg", "Frankfurt am Main",
							"Stuttgart", "Leipzig", "Lübeck"),
					names("Hauptstraße", "Königsallee", "Schillerstraße", "Goethestraße", "Bahnhofstraße", "Gartenweg",
							"Lindenstraße", "Mühlenweg"),
					names("+49151", "+49152", "+49157", "+49176"), 8),
			new Country(2, "EE", "et", "ee", "EUR", "1.00",
					names("Mari", "Kadri", "Liis", "Ülle", "Kätlin", "Triin", "Kristiina", "Pille", "Merike", "Eha",
							"Helen", "Marju"),
					names("Jüri", "Tõnu", "Märt", "Priit", "Andres", "Rasmus", "Toomas", "Jaan", "Mihkel", "Ülo",
							"Peeter", "Siim"),
					names("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik",
							"Kuusk", "Karu", "Oja", "Kõiv", "Vaher", "Laur", "Peterson", "Lõhmus", "Mölder"),
					names("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Koppel", "Lepik",
							"Kuusk", "Karu", "Oja", "Kõiv", "Vaher", "Laur", "Peterson", "Lõhmus", "Mölder"),
					names("OÜ", "AS"), names("Ehitus", "Kaubandus", "Logistika", "Mööbel", "Teenused"),
					names("Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere", "Kuressaare", "Võru"),
					names("Pärnu mnt", "Narva mnt", "Tartu mnt", "Väike-Karja", "Pikk", "Lai", "Mõisa", "Jõe"),
					names("+3725"), 7),
			new Country(3, "LV", "lv", "lv", "EUR", "1.00",
					names("Ilze", "Līga", "Inese", "Zane", "Dace", "Elīna", "Ieva", "Kristīne", "Laura", "Anete",
							"Agnese", "Māra"),
					names("Jānis", "Andris", "Kārlis", "Mārtiņš", "Edgars", "Pēteris", "Aivars", "Roberts", "Māris",
							"Uldis", "Artūrs", "Oskars"),
					names("Bērziņa", "Kalniņa", "Ozola", "Jansone", "Liepiņa", "Krūmiņa", "Zariņa", "Balode", "Kļaviņa",
							"Vītola", "Ozoliņa", "Pētersone", "Eglīte", "Kārkliņa", "Lāce"),
					names("Bērziņš", "Kalniņš", "Ozols", "Jansons", "Liepiņš", "Krūmiņš", "Zariņš", "Balodis",
							"Kļaviņš", "Vītols", "Ozoliņš", "Pētersons", "Eglītis", "Kārkliņš", "Lācis"),
					names("SIA", "AS"), names("Būve", "Tirdzniecība", "Loģistika", "Mēbeles", "Serviss"),
					names("Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala", "Ventspils", "Rēzekne", "Valmiera"),
					names("Brīvības iela", "Elizabetes iela", "Tērbatas iela", "Lāčplēša iela", "Krišjāņa Barona iela",
							"Dzirnavu iela", "Ģertrūdes iela", "Čaka iela"),
					names("+37120", "+37122", "+37125", "+37126", "+37127", "+37129"), 6),
			new Country(4, "GB", "en", "co.uk", "GBP", "0.86",
					names("Amelia", "Isla", "Emily", "Sophie", "Grace", "Olivia", "Charlotte", "Ella", "Hannah", "Lucy",
							"Chloé", "Zoë"),
					names("Oliver", "George", "Harry", "Jack", "Charlie", "Thomas", "James", "William", "Henry",
							"Samuel", "Rhys", "Seán"),
					names("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
							"O'Brien", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White",
							"Hughes", "Edwards", "Green"),
					names("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Evans", "Thomas",
							"O'Brien", "Johnson", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White",
							"Hughes", "Edwards", "Green"),
					names("Ltd", "plc", "LLP"), names("Trading", "Logistics", "Services", "Engineering", "Furniture"),
					names("London", "Manchester", "Leeds", "Bristol", "Edinburgh", "Cardiff", "Belfast", "Glasgow",
							"Liverpool", "Oxford"),
					names("High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "Park Avenue",
							"Queen's Road", "King Street"),
					names("+4474", "+4475", "+4478"), 8));

	private static final List<String[]> PRODUCTS = List.of(new String[] { "KT-100", "Electric kettle 1.7 l", "34.90" },
			new String[] { "FL-220", "Water filter cartridge (3 pcs)", "12.50" },
			new String[] { "CM-300", "Coffee grinder", "59.00" },
			new String[] { "TS-410", "Toaster, two slots", "27.99" },
			new String[] { "BL-500", "Blender 800 W", "79.00" }, new String[] { "MG-610", "Stoneware mug", "6.40" },
			new String[] { "PN-720", "Cast-iron pan 28 cm", "45.00" },
			new String[] { "KN-830", "Chef's knife", "39.95" }, new String[] { "SC-940", "Kitchen scale", "18.75" },
			new String[] { "WR-050", "Extended warranty, 2 years", "15.00" },
			new String[] { "VC-110", "Vacuum cleaner, bagless", "149.00" },
			new String[] { "IR-120", "Steam iron", "42.50" }, new String[] { "FN-130", "Desk fan", "24.90" },
			new String[] { "LM-140", "Reading lamp, LED", "31.00" },
			new String[] { "PL-150", "Pillow, 50 × 60 cm", "19.90" },
			new String[] { "DV-160", "Duvet, all seasons", "64.00" },
			new String[] { "TW-170", "Bath towel set", "29.50" }, new String[] { "CH-180", "Office chair", "189.00" },
			new String[] { "DK-190", "Standing desk", "349.00" }, new String[] { "MN-200", "Monitor 27\"", "229.00" },
			new String[] { "KB-210", "Keyboard, wireless", "39.00" },
			new String[] { "MS-220", "Mouse, wireless", "19.00" }, new String[] { "HD-230", "Headphones", "89.00" },
			new String[] { "SP-240", "Bluetooth speaker", "49.00" },
			new String[] { "CB-250", "USB-C cable 2 m", "9.90" },
			new String[] { "PB-260", "Power bank 10,000 mAh", "29.00" },
			new String[] { "BK-270", "Backpack, 25 l", "55.00" }, new String[] { "UM-280", "Umbrella", "14.50" },
			new String[] { "BT-290", "Water bottle, steel", "17.00" }, new String[] { "GC-300", "Gift card", "50.00" });

}
