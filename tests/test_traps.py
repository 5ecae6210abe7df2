"""Ambiguous names and traps in sentences written for these tests, run through the whole
pipeline (real model and gazetteer): the country (and first-level division) each name must
resolve to, or None where the name is no place (a person, a club, a common word)."""

from __future__ import annotations

import re

import pytest

from geo.models import Candidate, Document, Place
from geo.pipeline import Pipeline, default_pipeline

Expected = dict[str, tuple[str, str | None] | None]

CASES: list[tuple[str, Expected]] = [
    (
        # a band named after a place, told so in an apposition
        (
            "The festival in Lincoln closed on Sunday. Nebraska, the rock band from Omaha, "
            "played on Friday, and Oregon, a jazz trio from Portland, opened the last night."
        ),
        {"Nebraska": None, "Oregon": None, "Omaha": ("US", "NE"), "Portland": ("US", "OR")},
    ),
    (
        # "sail for X": a way to a place, though the model tags the town as a person
        "The ship will stay in Lae for ten days and sail for Madang on Oct 20.",
        {"Lae": ("PG", None), "Madang": ("PG", None)},
    ),
    (
        # a journey from a town that shares its name with a person of the story
        "The club doctor, Pilar Sosa, drove in from Pilar, 60 km to the north-west, to watch "
        "the match in Lanus.",
        {"Pilar": ("AR", None), "Lanus": ("AR", None)},
    ),
    (
        # the place a town took its name from is not the town, though its name is the town's
        (
            "Cordoba opened its harvest fair on Monday. The town in the Veracruz hills took its "
            "name from Córdoba, the Andalusian city, and its mayor invited a delegation from "
            "Spain."
        ),
        {"Cordoba": ("MX", None), "Córdoba": ("ES", None)},
    ),
    (
        # a continent named beside a town lends it support, as a country does
        "The choir's month-long tour of the United States and Europe ended in Florence on Sunday.",
        {"Florence": ("IT", None), "United States": ("US", None)},
    ),
    (
        (
            "The festival in Paris, Texas drew 5,000 visitors on Saturday. Paris officials "
            "said the town's hotels were full."
        ),
        {"Paris": ("US", "TX")},
    ),
    (
        (
            "Tbilisi accused Moscow of moving the border fence. Georgia's foreign ministry "
            "summoned the Russian ambassador."
        ),
        {"Georgia": ("GE", None), "Tbilisi": ("GE", None)},
    ),
    (
        ("Voters in Atlanta and Savannah lined up early as Georgia held its primary on Tuesday."),
        {"Georgia": ("US", "GA"), "Savannah": ("US", "GA")},
    ),
    (
        (
            "Perth and Kinross council said the bridge at Perth, near Dundee, would reopen "
            "on Monday."
        ),
        {"Dundee": ("GB", None)},
    ),
    (
        (
            "A tornado struck Springfield, Missouri, late on Sunday, damaging homes in "
            "Greene County."
        ),
        {"Springfield": ("US", "MO")},
    ),
    (
        (
            "London police said the suspect was arrested near Western University. The "
            "London, Ontario force worked with Toronto detectives."
        ),
        {"Toronto": ("CA", None)},
    ),
    (
        "Jordan Henderson scored twice as Liverpool beat Everton. Reading lost at home.",
        {"Jordan": None, "Liverpool": None, "Everton": None, "Reading": None},
    ),
    (
        "Reading is a town in Berkshire. Commuters from Reading travel to London daily.",
        {"Reading": ("GB", None), "London": ("GB", None)},
    ),
    (
        ("Mobile officials said the storm surge in Mobile Bay flooded downtown Mobile, Alabama."),
        {"Alabama": ("US", "AL")},
    ),
    (
        (
            "Florence was flooded after the hurricane hit South Carolina. Residents of "
            "Florence fled to Columbia."
        ),
        {"South Carolina": ("US", "SC"), "Columbia": ("US", "SC")},
    ),
    (
        (
            "The minister flew from Kyiv to Warsaw, then on to Berlin and Paris before "
            "returning to Kiev."
        ),
        {
            "Kyiv": ("UA", None),
            "Warsaw": ("PL", None),
            "Berlin": ("DE", None),
            "Paris": ("FR", None),
            "Kiev": ("UA", None),
        },
    ),
    (
        (
            "Officials in Portland, Maine, said the ferry to Nova Scotia would resume. "
            "Portland's harbor was busy."
        ),
        {"Nova Scotia": ("CA", None)},
    ),
    (
        (
            "Victoria police said the man was arrested in Victoria, British Columbia, after "
            "a chase from Nanaimo."
        ),
        {"Nanaimo": ("CA", None)},
    ),
    (
        (
            "Cambridge researchers at MIT said Boston would see more floods. Harvard, also "
            "in Cambridge, agreed."
        ),
        {"Boston": ("US", "MA")},
    ),
    (
        (
            "Ms. Washington said she would run for the Senate seat in Washington state, "
            "campaigning in Seattle and Spokane."
        ),
        {"Seattle": ("US", "WA"), "Spokane": ("US", "WA")},
    ),
    (
        "Paris Saint-Germain beat Marseille 2-1 at the Parc des Princes in Paris.",
        {"Marseille": None},
    ),
    (
        (
            "Chad's president flew to N'Djamena after talks in Khartoum. Chad Smith, a US "
            "envoy, was also present."
        ),
        {"N'Djamena": ("TD", None), "Khartoum": ("SD", None)},
    ),
    (
        (
            "Aid reached Khan Younis and Rafah on Friday, the UN said, while Gaza City "
            "remained cut off."
        ),
        {"Khan Younis": ("PS", None), "Rafah": ("PS", None)},
    ),
    (
        "The governor of Victoria said Melbourne and Geelong would stay in lockdown.",
        {"Melbourne": ("AU", "07"), "Geelong": ("AU", "07")},
    ),
    (
        "Lebanon police in Pennsylvania arrested a man from Hershey on Tuesday.",
        {"Hershey": ("US", "PA"), "Pennsylvania": ("US", "PA")},
    ),
    (
        (
            "Troops crossed from Belgorod into the Kharkiv region, and shelling hit Kupiansk "
            "and Izium."
        ),
        {"Belgorod": ("RU", None), "Kupiansk": ("UA", None), "Izium": ("UA", None)},
    ),
    (
        (
            "The Washington Post reported that Manchester United fans travelled to Madrid to "
            "watch Real Madrid."
        ),
        {"Manchester": None, "Madrid": ("ES", None)},
    ),
    (
        "Sydney Sweeney and Florence Pugh attended the premiere in Los Angeles.",
        {"Sydney": None, "Florence": None, "Los Angeles": ("US", "CA")},
    ),
    (
        ("Families roasted a turkey for Thanksgiving while Turkey's president visited Germany."),
        {"Turkey": ("TR", None), "Germany": ("DE", None)},
    ),
    (
        ("Air China flights from Beijing to Frankfurt were cancelled, the New York Times said."),
        {"Beijing": ("CN", None), "Frankfurt": ("DE", None)},
    ),
    (
        "Victoria Beckham opened a store in London's Mayfair district.",
        {"Victoria": None, "London": ("GB", None)},
    ),
    (
        ("Chelsea manager Mauricio Pochettino said the team would fly to Istanbul on Monday."),
        {"Chelsea": None, "Istanbul": ("TR", None)},
    ),
    (
        "Officials in Georgia's capital, Atlanta, said turnout was high across the state.",
        {"Georgia": ("US", "GA"), "Atlanta": ("US", "GA")},
    ),
    (
        "The Kent State University campus in Ohio was closed after the storm hit Akron.",
        {"Akron": ("US", "OH")},
    ),
    (
        ("Aberdeen police said a man from Inverness was arrested. Aberdeen harbour was closed."),
        {"Inverness": ("GB", None), "Aberdeen": ("GB", None)},
    ),
    (
        ("Moscow has denied the claims, the Kremlin said, after drones struck Belgorod and Kursk."),
        {"Belgorod": ("RU", None), "Kursk": ("RU", None)},
    ),
    (
        (
            "He left Damascus for Beirut, then crossed into Jordan at the Nasib border post "
            "before reaching Amman."
        ),
        {
            "Damascus": ("SY", None),
            "Beirut": ("LB", None),
            "Jordan": ("JO", None),
            "Amman": ("JO", None),
        },
    ),
    (
        ("Hurricane Ian made landfall near Fort Myers and moved across Florida toward Orlando."),
        {"Fort Myers": ("US", "FL"), "Orlando": ("US", "FL")},
    ),
    (
        "The ship sailed from Rotterdam to Lagos via the Canary Islands.",
        {"Rotterdam": ("NL", None), "Lagos": ("NG", None)},
    ),
    (
        "Lagos, Portugal, is a resort town in the Algarve.",
        {"Lagos": ("PT", None)},
    ),
    (
        "In Cambridge, England, researchers said the Oxford vaccine worked.",
        {"Cambridge": ("GB", None)},
    ),
    (
        "Delegates from Santiago, Chile, and Santiago de Compostela met in Lisbon.",
        {"Santiago": ("CL", None), "Lisbon": ("PT", None)},
    ),
    (
        ("Flooding hit Valencia, where the Turia river burst its banks, and parts of Murcia."),
        {"Valencia": ("ES", None), "Murcia": ("ES", None)},
    ),
    (
        "Protesters in Hyderabad and Karachi blocked roads, police in Sindh said.",
        {"Hyderabad": ("PK", None), "Karachi": ("PK", None)},
    ),
    (
        "Tech firms in Hyderabad and Bengaluru hired more staff, Indian officials said.",
        {"Hyderabad": ("IN", None), "Bengaluru": ("IN", None)},
    ),
    (
        "The Birmingham, Alabama, city council met on Monday.",
        {"Birmingham": ("US", "AL")},
    ),
    (
        "The Kremlin rejected the offer, while Downing Street said talks would continue.",
        {"Kremlin": ("RU", None), "Downing Street": ("GB", None)},
    ),
    (
        "Washington and Beijing traded accusations over tariffs on Tuesday.",
        {"Washington": ("US", None), "Beijing": ("CN", None)},
    ),
    (
        "The Bank of England raised rates, and the University of Toronto froze hiring.",
        {"England": None, "Toronto": None},
    ),
    (
        "The Dallas Cowboys beat the Detroit Lions 31-14 on Thanksgiving.",
        {"Dallas": None, "Detroit": None},
    ),
    (
        "Tankers avoided the Strait of Hormuz and the Red Sea after attacks near Yemen.",
        {"Strait of Hormuz": ("", None), "Yemen": ("YE", None)},
    ),
    (
        (
            "Chinese coast guard ships confronted Philippine vessels in the South China Sea "
            "near Scarborough Shoal."
        ),
        {"Chinese": ("CN", None), "Philippine": ("PH", None)},
    ),
    (
        (
            "Settlers attacked a village in the West Bank, while strikes continued in the "
            "Gaza Strip."
        ),
        {"West Bank": ("PS", None), "Gaza Strip": ("PS", None)},
    ),
    (
        "Fighting in Tigray and Amhara displaced thousands, Ethiopian officials said.",
        {"Tigray": ("ET", None), "Amhara": ("ET", None)},
    ),
    (
        "Rebels in Idlib shelled government positions near Aleppo and Hama.",
        {"Idlib": ("SY", None), "Aleppo": ("SY", None), "Hama": ("SY", None)},
    ),
    (
        ("Côte d'Ivoire and Burkina Faso closed their border; Abidjan said trade would suffer."),
        {"Côte d'Ivoire": ("CI", None), "Burkina Faso": ("BF", None), "Abidjan": ("CI", None)},
    ),
    (
        ("Myanmar's junta bombed villages in Sagaing, and refugees fled to Mizoram in India."),
        {
            "Myanmar": ("MM", None),
            "Sagaing": ("MM", None),
            "Mizoram": ("IN", None),
            "India": ("IN", None),
        },
    ),
    (
        "Texas Instruments opened a plant in Sherman, Texas, near Dallas.",
        {"Sherman": ("US", "TX"), "Dallas": ("US", "TX")},
    ),
    (
        "Runners in the Boston Marathon passed through Hopkinton, Framingham and Newton.",
        {"Hopkinton": ("US", "MA"), "Framingham": ("US", "MA"), "Newton": ("US", "MA")},
    ),
    (
        "Prime Minister Albanese arrived in Canberra from Jakarta late on Sunday.",
        {"Canberra": ("AU", None), "Jakarta": ("ID", None)},
    ),
    (
        (
            "Cyclone Freddy made landfall near Quelimane in Mozambique before moving into "
            "Malawi, flooding Blantyre."
        ),
        {
            "Quelimane": ("MZ", None),
            "Mozambique": ("MZ", None),
            "Malawi": ("MW", None),
            "Blantyre": ("MW", None),
        },
    ),
    (
        "The ferry sailed from Dover to Calais, then continued to Dunkirk.",
        {"Dover": ("GB", None), "Calais": ("FR", None), "Dunkirk": ("FR", None)},
    ),
    (
        "In Delaware, Ohio, officials said Columbus would send help.",
        {"Delaware": ("US", "OH"), "Columbus": ("US", "OH")},
    ),
    (
        ("Hamilton, Ontario, and Burlington councils voted on the plan; Toronto will follow."),
        {"Hamilton": ("CA", None), "Burlington": ("CA", None), "Toronto": ("CA", None)},
    ),
    (
        "Hamilton won the British Grand Prix at Silverstone ahead of Verstappen.",
        {"Hamilton": None},
    ),
    (
        ("Georgia Tech beat Clemson, while voters in Tbilisi protested against the government."),
        {"Tbilisi": ("GE", None)},
    ),
    (
        "Troops moved from Rzeszow in Poland to Lviv, then on to Kiev and Odessa.",
        {
            "Rzeszow": ("PL", None),
            "Lviv": ("UA", None),
            "Kiev": ("UA", None),
            "Odessa": ("UA", None),
        },
    ),
    (
        "Saint Petersburg, Florida, was spared, but Tampa saw heavy flooding.",
        {"Saint Petersburg": ("US", "FL"), "Tampa": ("US", "FL")},
    ),
    (
        "Putin hosted Modi in St Petersburg before flying to Moscow.",
        {"St Petersburg": ("RU", None), "Moscow": ("RU", None)},
    ),
    # outbreak news, in the manner of GeoVirus
    (
        (
            "Ebola cases rose in Sierra Leone's Kailahun district and in Gueckedou, Guinea, "
            "the WHO said in Geneva."
        ),
        {
            "Sierra Leone": ("SL", None),
            "Kailahun": ("SL", None),
            "Gueckedou": ("GN", None),
            "Guinea": ("GN", None),
            "Geneva": ("CH", None),
        },
    ),
    (
        "Saudi health officials reported two new MERS cases in Riyadh and one in Jeddah.",
        {"Riyadh": ("SA", None), "Jeddah": ("SA", None)},
    ),
    (
        (
            "Cholera spread through Haiti's Artibonite valley and reached Port-au-Prince by "
            "November."
        ),
        {"Haiti": ("HT", None), "Port-au-Prince": ("HT", None)},
    ),
    (
        ("The H7N9 bird flu virus was found in poultry markets in Shanghai and Zhejiang province."),
        {"Shanghai": ("CN", None), "Zhejiang": ("CN", None)},
    ),
    (
        (
            "Zika infections were confirmed in Miami's Wynwood neighborhood, Florida "
            "Governor Rick Scott said."
        ),
        {"Miami": ("US", "FL")},
    ),
    (
        (
            "Measles outbreaks in Clark County, Washington, and in Brooklyn, New York, "
            "prompted vaccination drives."
        ),
        {"Clark County": ("US", "WA"), "Brooklyn": ("US", "NY")},
    ),
    (
        (
            "Dengue cases surged in Dhaka, Bangladesh, while Sri Lanka reported a decline in "
            "Colombo."
        ),
        {"Dhaka": ("BD", None), "Colombo": ("LK", None)},
    ),
    (
        "Polio was detected in sewage in London and in Rockland County, New York.",
        {"London": ("GB", None), "Rockland County": ("US", "NY")},
    ),
    (
        "A plague outbreak in Madagascar killed dozens in Antananarivo and Toamasina.",
        {"Antananarivo": ("MG", None), "Toamasina": ("MG", None)},
    ),
    (
        ("Officials in Wuhan, the capital of Hubei province, closed the Huanan seafood market."),
        {"Wuhan": ("CN", None), "Hubei": ("CN", None)},
    ),
    (
        ("The Nipah virus killed 17 people in Kerala's Kozhikode district, Indian officials said."),
        {"Kerala": ("IN", None), "Kozhikode": ("IN", None)},
    ),
    (
        "Lassa fever cases were reported in Ondo, Edo and Bauchi states in Nigeria.",
        {"Ondo": ("NG", None), "Edo": ("NG", None), "Bauchi": ("NG", None)},
    ),
    (
        ("Mpox spread from Kinshasa to South Kivu and into neighbouring Burundi and Rwanda."),
        {
            "Kinshasa": ("CD", None),
            "South Kivu": ("CD", None),
            "Burundi": ("BI", None),
            "Rwanda": ("RW", None),
        },
    ),
    (
        "Swine flu cases were confirmed in Mexico City and in San Diego, California.",
        {"Mexico City": ("MX", None), "San Diego": ("US", "CA")},
    ),
    (
        ("Health authorities in Victoria, Australia, traced the cluster to a Melbourne hotel."),
        {"Victoria": ("AU", None), "Melbourne": ("AU", None)},
    ),
    (
        "Legionnaires' disease sickened guests at a hotel in Flint, Michigan.",
        {"Flint": ("US", "MI")},
    ),
    (
        "Yellow fever reached Luanda before spreading to Huambo, Angolan officials said.",
        {"Luanda": ("AO", None), "Huambo": ("AO", None)},
    ),
    (
        "Two people died of rabies in Bali, Indonesia, and one in Manila.",
        {"Bali": ("ID", None), "Manila": ("PH", None)},
    ),
    (
        "The outbreak began in Lagos before reaching Abuja and Kano.",
        {"Lagos": ("NG", None), "Abuja": ("NG", None), "Kano": ("NG", None)},
    ),
    (
        (
            "Chikungunya spread across the Caribbean, from Saint Martin to Puerto Rico and "
            "the Dominican Republic."
        ),
        {"Puerto Rico": ("PR", None), "Dominican Republic": ("DO", None)},
    ),
    # people, clubs and firms named after places; towns with their state or country
    (
        (
            "Florence Nightingale's lamp went on show in London, and Chelsea Clinton spoke "
            "in Austin."
        ),
        {"Florence": None, "Chelsea": None, "London": ("GB", None), "Austin": ("US", "TX")},
    ),
    (
        "Paris Jackson and Brooklyn Beckham attended a gala in Milan.",
        {"Paris": None, "Brooklyn": None, "Milan": ("IT", None)},
    ),
    (
        "Inter Milan beat Real Madrid 2-0, while the New York Yankees lost in Boston.",
        {"Milan": None, "Madrid": None, "Boston": ("US", "MA")},
    ),
    (
        "The University of Idaho in Moscow, Idaho, closed after the shooting.",
        {"Moscow": ("US", "ID")},
    ),
    (
        "Flooding closed roads around Cairo, Illinois, and Paducah, Kentucky.",
        {"Cairo": ("US", "IL"), "Paducah": ("US", "KY")},
    ),
    (
        "President Ruto flew from Nairobi to Victoria, the capital of the Seychelles.",
        {"Nairobi": ("KE", None), "Victoria": ("SC", None)},
    ),
    (
        "Protests spread from Caracas to Valencia and Maracaibo, Venezuelan media said.",
        {"Caracas": ("VE", None), "Valencia": ("VE", None), "Maracaibo": ("VE", None)},
    ),
    (
        "Farmers blocked highways near Cordoba and Rosario in Argentina.",
        {"Cordoba": ("AR", None), "Rosario": ("AR", None)},
    ),
    (
        "The summit in San Jose brought Costa Rica and Panama together.",
        {"San Jose": ("CR", None), "Panama": ("PA", None)},
    ),
    (
        "Tech investment flowed to Hyderabad, the capital of Telangana.",
        {"Hyderabad": ("IN", None), "Telangana": ("IN", None)},
    ),
    (
        "The Toledo Blade reported that Toledo, Ohio, would get new buses.",
        {"Toledo": ("US", "OH")},
    ),
    (
        "Syracuse, New York, and Rochester saw record snowfall.",
        {"Syracuse": ("US", "NY"), "Rochester": ("US", "NY")},
    ),
    (
        "Deutsche Bank moved staff from London to Frankfurt after Brexit.",
        {"London": ("GB", None), "Frankfurt": ("DE", None)},
    ),
    (
        "Air France flights from Paris to Abidjan were suspended.",
        {"Paris": ("FR", None), "Abidjan": ("CI", None)},
    ),
    (
        "Sydney Pollack's film was shot in Kenya and in Sydney.",
        {"Kenya": ("KE", None), "Sydney": ("AU", None)},
    ),
    (
        "Mr. Jordan said the Jordan River had dried near the Sea of Galilee.",
        {"Jordan": None},
    ),
    (
        "Smoke from fires in Alberta and British Columbia reached Chicago and New York.",
        {"Alberta": ("CA", None), "British Columbia": ("CA", None), "Chicago": ("US", "IL")},
    ),
    (
        "The storm moved from Bermuda toward Nova Scotia and Newfoundland.",
        {"Bermuda": ("BM", None), "Nova Scotia": ("CA", None)},
    ),
    (
        "Ukrainian forces retook Kherson while Russian troops withdrew across the Dnipro.",
        {"Kherson": ("UA", None)},
    ),
    (
        "Aid ships sailed from Larnaca in Cyprus to Gaza.",
        {"Larnaca": ("CY", None), "Cyprus": ("CY", None), "Gaza": ("PS", None)},
    ),
    (
        # a journey's two ends are no evidence for each other: not Southampton, New York
        "The liner sailed from Southampton on Monday bound for New York.",
        {"Southampton": ("GB", None), "New York": ("US", "NY")},
    ),
    (
        "Her brother Jordan and her daughters Georgia and Victoria survive her.",
        {"Jordan": None, "Georgia": None, "Victoria": None},
    ),
]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


def first_readings(pipeline: Pipeline, text: str) -> dict[str, Candidate | None]:
    found: dict[str, Candidate | None] = {}
    for place in pipeline.parse(Document("trap", text)).places:
        found.setdefault(place.mention.text, place.chosen)
    return found


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_trap(pipeline: Pipeline, text: str, expected: Expected) -> None:
    found = first_readings(pipeline, text)
    for name, want in expected.items():
        got = found.get(name)
        if want is None:
            assert got is None, f"{name!r} should be no place, got {got}"
            continue
        country, admin1 = want
        assert got is not None, f"{name!r} not found as a place"
        assert got.country_code == country, f"{name!r}: {got.name} in {got.country_code}"
        assert admin1 is None or got.admin1 == admin1, f"{name!r}: {got.name}, {got.admin1}"


@pytest.mark.xfail(
    reason="spaCy tags a lone 'Perth' before 'would host' as a person, and a person-tagged "
    "city name is not re-typed without place context",
    strict=True,
)
def test_a_city_tagged_as_a_person_subject(pipeline: Pipeline) -> None:
    text = (
        "The Western Australian premier said Perth would host the summit, with delegates "
        "flying in from Sydney and Melbourne."
    )
    got = first_readings(pipeline, text).get("Perth")
    assert got is not None and got.country_code == "AU"


def test_a_country_beside_a_neighbours_capital(pipeline: Pipeline) -> None:
    """Brussels lends Belgium (and its province named Luxembourg) its support; the EU, a
    continent's body, lends the country on it as much (failed before continents lent any)."""
    text = "Officials in Brussels said the EU would respond, as ministers met in Luxembourg."
    got = first_readings(pipeline, text).get("Luxembourg")
    assert got is not None and got.country_code == "LU"


def test_a_disease_named_after_a_town_is_no_place(pipeline: Pipeline) -> None:
    """'the Marburg virus' is a disease; 'the mayor of Marburg' is the town."""
    text = (
        "Health officials in Kinshasa said the Marburg virus had spread, and the mayor of "
        "Marburg sent condolences."
    )
    places = pipeline.parse(Document("trap", text)).places
    found = [(p.mention.start, p.chosen.country_code if p.chosen else None) for p in places]
    assert found == [(text.index("Kinshasa"), "CD"), (text.rindex("Marburg"), "DE")]


def test_the_ocean_not_a_town_named_after_it(pipeline: Pipeline) -> None:
    found = first_readings(
        pipeline,
        "The Atlantic hurricane season lasts from June through November in the United States.",
    )
    atlantic = found.get("Atlantic")
    assert atlantic is not None and atlantic.kind == "water"


def test_a_refugee_route_from_a_city_the_model_calls_a_nationality(pipeline: Pipeline) -> None:
    found = first_readings(
        pipeline, "A family arrived in Berlin on Monday, four months after fleeing Aleppo."
    )
    aleppo = found.get("Aleppo")
    assert aleppo is not None and aleppo.country_code == "SY"


def test_a_city_known_by_its_name_without_qualifier(pipeline: Pipeline) -> None:
    found = first_readings(
        pipeline,
        "The flight from Newark to Frankfurt was diverted. The king left Sydney for Samoa.",
    )
    frankfurt, sydney, samoa = found.get("Frankfurt"), found.get("Sydney"), found.get("Samoa")
    assert frankfurt is not None and frankfurt.country_code == "DE"  # not Frankfort, Kentucky
    assert sydney is not None and sydney.country_code == "AU"
    assert samoa is not None and samoa.country_code == "WS"


def test_a_town_and_its_island_tagged_as_one_name(pipeline: Pipeline) -> None:
    found = first_readings(
        pipeline, "The Celebrity Infinity sailed on to Heraklion on Crete instead."
    )
    heraklion = found.get("Heraklion")  # the whole, "Heraklion on Crete", is no known name
    assert heraklion is not None and heraklion.country_code == "GR"


def test_a_particle_tail_the_model_left_out(pipeline: Pipeline) -> None:
    found = first_readings(
        pipeline, "The supply ship Frankfurt am Main left the port of Incheon on Tuesday."
    )
    frankfurt = found.get("Frankfurt am Main")
    assert frankfurt is not None and frankfurt.country_code == "DE"


def test_a_place_named_after_a_feature_that_the_model_calls_a_person(
    pipeline: Pipeline,
) -> None:
    found = first_readings(pipeline, "Niagara Falls officials closed the bridge.")
    falls = found.get("Niagara Falls")
    assert falls is not None and falls.name == "Niagara Falls"


def test_a_nationality_tagged_as_a_place_and_a_lone_qualifier(pipeline: Pipeline) -> None:
    found = first_readings(
        pipeline,
        "Marles met Tongan Prime Minister Siaosi Sovaleni on Thursday. Thousands of migrants "
        "from Central and South America set off from Tapachula.",
    )
    tongan = found.get("Tongan")
    assert tongan is not None and tongan.country_code == "TO"  # not Tong'an, China
    assert "Central" not in found and found.get("South America") is not None


# --- batch 6 (helper-20, blind) ---------------------------------------------------------
# Written before running the pipeline on them, in four styles: (a) outbreak reports in the
# manner of GeoVirus, (b) local US/UK/Australian/Indian news, (c) travel and Wikipedia-like
# sentences (WikToR), (d) traps: storms, ships, airlines, teams, people, demonyms, "the",
# abbreviations, headline case and accents. Each name is its own test, so one miss in a
# sentence does not hide the others; the first-run misses are strict xfails with the cause.

BATCH_6: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "Cholera cases climbed in Kasai province, and clinics in Tshikapa ran out of oral "
            "rehydration salts, Congolese health officials said."
        ),
        {"Kasai": ("CD", None), "Tshikapa": ("CD", None)},
    ),
    (
        "a",
        (
            "Dengue infections doubled in Cebu province this month, with the most cases in "
            "Mandaue, the regional health office said."
        ),
        {"Cebu": ("PH", None), "Mandaue": ("PH", None)},
    ),
    (
        "a",
        (
            "Ebola responders in Beni and Butembo suspended vaccinations after an attack; North "
            "Kivu has recorded more than 3,000 cases."
        ),
        {"Beni": ("CD", None), "Butembo": ("CD", None), "North Kivu": ("CD", None)},
    ),
    (
        "a",
        (
            "Encephalitis killed dozens of children at a hospital in Gorakhpur district in "
            "Uttar Pradesh."
        ),
        {"Gorakhpur": ("IN", None), "Uttar Pradesh": ("IN", None)},
    ),
    (
        "a",
        (
            "Health officials in Guayaquil, Ecuador, reported a surge in dengue, and cases also "
            "rose in Piura, in northern Peru."
        ),
        {"Guayaquil": ("EC", None), "Piura": ("PE", None)},
    ),
    (
        "b",
        (
            "Aurora police said the suspect fled west toward Denver on Interstate 225 after the "
            "robbery."
        ),
        {"Aurora": ("US", "CO"), "Denver": ("US", "CO")},
    ),
    (
        "b",
        (
            "A water main break closed streets near the University of Missouri campus in "
            "Columbia, Missouri, on Friday."
        ),
        {"Columbia": ("US", "MO")},
    ),
    (
        "b",
        "Richmond police said the shooting happened two blocks from the Virginia State Capitol.",
        {"Richmond": ("US", "VA")},
    ),
    (
        "b",
        (
            "Candidates crisscrossed Manchester and Nashua in the final days before the New "
            "Hampshire primary."
        ),
        {"Manchester": ("US", "NH"), "Nashua": ("US", "NH")},
    ),
    (
        "b",
        "Newport council in south Wales voted to raise council tax by 5%.",
        {"Newport": ("GB", "WLS")},
    ),
    (
        "b",
        "Newcastle council in NSW approved the rail plan, and the state will fund half of it.",
        {"Newcastle": ("AU", "02")},
    ),
    (
        "b",
        (
            "Police in Aurangabad, Maharashtra, arrested three men, with help from officers in "
            "Nashik."
        ),
        {"Aurangabad": ("IN", "16"), "Nashik": ("IN", "16")},
    ),
    (
        "c",
        "Lima is a city in Allen County, Ohio, United States, about 70 miles south of Toledo.",
        {"Lima": ("US", "OH"), "Allen County": ("US", "OH"), "Toledo": ("US", "OH")},
    ),
    (
        "c",
        (
            "Tarifa is a small town in the province of Cádiz, on the southernmost tip of the "
            "Iberian Peninsula."
        ),
        {"Tarifa": ("ES", None), "Cádiz": ("ES", None)},
    ),
    (
        "c",
        (
            "Kandy, the last royal capital, lies in the hills of central Sri Lanka and draws "
            "pilgrims to the Temple of the Tooth."
        ),
        {"Kandy": ("LK", None)},
    ),
    (
        "c",
        "Most trekkers fly from Kathmandu to Lukla, the gateway to the Everest region.",
        {"Kathmandu": ("NP", None), "Lukla": ("NP", None)},
    ),
    (
        "c",
        "Alexandria is a city in Rapides Parish in central Louisiana, on the Red River.",
        {"Alexandria": ("US", "LA"), "Rapides Parish": ("US", "LA")},
    ),
    (
        "c",
        (
            "Hallstatt, a village on the shore of the Hallstätter See in Austria, limits tour "
            "buses in summer."
        ),
        {"Hallstatt": ("AT", None)},
    ),
    (
        "d",
        "Hurricane Florence stalled over Wilmington, North Carolina, and flooded Fayetteville.",
        {"Florence": None, "Wilmington": ("US", "NC")},
    ),
    (
        "d",
        (
            "Qatar Airways added flights to Adelaide, and the Cleveland Cavaliers flew to "
            "Toronto for Friday's game."
        ),
        {"Qatar": None, "Cleveland": None},
    ),
    (
        "d",
        "Judges in The Hague heard the genocide case that the Gambia brought against Myanmar.",
        {"The Hague": ("NL", None), "Gambia": ("GM", None)},
    ),
    (
        "d",
        (
            "The U.K. ambassador flew to D.C. on Tuesday and then to Albany, N.Y., to meet the "
            "governor."
        ),
        {"U.K.": ("GB", None), "D.C.": ("US", "DC"), "Albany": ("US", "NY")},
    ),
    (
        "d",
        "FLOODS CUT OFF MANILA SUBURBS AS TYPHOON NEARS TAIWAN",
        {"MANILA": ("PH", None), "TAIWAN": ("TW", None)},
    ),
    (
        "d",
        "flood warnings issued for york and leeds as the river ouse keeps rising",
        {"york": ("GB", None), "leeds": ("GB", None)},
    ),
    (
        "d",
        (
            "Police in Zürich and Kraków detained fans before the match, and São Paulo reported "
            "no arrests."
        ),
        {"Zürich": ("CH", None), "Kraków": ("PL", None), "São Paulo": ("BR", None)},
    ),
    (
        "d",
        "She ordered Turkish coffee and a pastry at a café in Copenhagen.",
        {"Turkish": None, "Copenhagen": ("DK", None)},
    ),
    (
        "d",
        "Survivors of the USS Indianapolis gathered at Pearl Harbor in Hawaii.",
        {"Indianapolis": None},
    ),
    (
        "d",
        "Virginia Woolf wrote Mrs Dalloway while living in Richmond, outside London.",
        {"Virginia": None, "Richmond": ("GB", None)},
    ),
    (
        "d",
        "Thousands of refugees fled the Congo into Uganda through the Bunagana border crossing.",
        {"Congo": ("CD", None)},
    ),
]

# (first words of the text, name) -> why it fails; strict, so a fix shows up as XPASS.
_NOT_IN_GAZETTEER = "not in the gazetteer: "
BATCH_6_XFAIL: dict[tuple[str, str], str] = {}  # The Hague passes since fe641ef


def _named_params(
    batch_no: int, batch: list[tuple[str, str, Expected]], xfails: dict[tuple[str, str], str]
) -> list[object]:
    """One test per name of a blind batch; a recorded miss is a strict xfail with its cause."""
    return [
        pytest.param(
            text,
            name,
            want,
            id=f"{batch_no}:{style}:{name}:{text[:30]}",
            marks=(
                [pytest.mark.xfail(reason=xfails[(text[:30], name)], strict=True)]
                if (text[:30], name) in xfails
                else []
            ),
        )
        for style, text, expected in batch
        for name, want in expected.items()
    ]


BATCH_6_NAMES = _named_params(6, BATCH_6, BATCH_6_XFAIL)


@pytest.mark.parametrize(("text", "name", "want"), BATCH_6_NAMES)
def test_batch_6(
    pipeline: Pipeline, text: str, name: str, want: tuple[str, str | None] | None
) -> None:
    got = first_readings(pipeline, text).get(name)
    if want is None:
        assert got is None, f"{name!r} should be no place, got {got}"
        return
    country, admin1 = want
    assert got is not None, f"{name!r} not found as a place"
    assert got.country_code == country, f"{name!r}: {got.name} in {got.country_code}"
    assert admin1 is None or got.admin1 == admin1, f"{name!r}: {got.name}, {got.admin1}"


# --- batch 7 (helper-22, blind) ---------------------------------------------------------
# Written before running the pipeline on them, in six styles unlike batches 1-6:
# (a) whole short news articles (TR-News style) where a name recurs and a later bare mention
#     depends on an earlier qualified one; (b) one name meaning two places in one text, each
#     time disambiguated; (c) names after direction and size words; (d) places inside
#     organisation, club, product and event names, with a bare mention after them;
# (e) historical names and transliterations, read as the current place (Bombay is Mumbai,
#     Leningrad is Saint Petersburg, Constantinople is Istanbul: an analyst maps the place);
# (f) AP state abbreviations and Irish/Australian/English county writing.
# A key "Name#n" is the n-th occurrence of Name in the text (whole words), so a later bare
# mention is tested on its own. A country "A|B" accepts either (East Jerusalem). Decisions:
# the Boston in "the Boston Marathon" is a place (the event is run there and a news map of
# the story wants Boston; GeoWebNews counts such modifiers as toponyms), while a club,
# company, newspaper, treaty or stock exchange named after a place is no place (the story
# is about the body, which acts or is cited elsewhere). "Brexit" is no place.

BATCH_7: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "A tornado tore through Jackson, Tennessee, late on Tuesday, killing two people and "
            "destroying dozens of homes. The National Weather Service said the storm had formed "
            "over Arkansas and crossed the Mississippi River before reaching Jackson. Emergency "
            "crews from Memphis and Nashville were sent to help. Jackson's mayor said the city's "
            "hospital had lost power but was treating the injured. Governor Bill Lee is expected "
            "to visit Jackson on Thursday."
        ),
        {
            "Jackson": ("US", "TN"),
            "Jackson#3": ("US", "TN"),
            "Jackson#4": ("US", "TN"),
            "Memphis": ("US", "TN"),
        },
    ),
    (
        "a",
        (
            "Turkish warplanes struck Kurdish militant positions in northern Syria and northern "
            "Iraq on Sunday, the defence ministry in Ankara said. The strikes hit targets near "
            "Qamishli and Kobani, it said. The Syrian Democratic Forces said six civilians were "
            "killed. Washington urged restraint, and a State Department spokesman said US troops "
            "in the area were not at risk. Damascus condemned the strikes as a violation of "
            "Syria's sovereignty."
        ),
        {
            "Syria": ("SY", None),
            "Qamishli": ("SY", None),
            "Kobani": ("SY", None),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "a",
        (
            "Intel said on Thursday it would build a $20 billion chip plant near Columbus, Ohio, "
            "the largest private investment in the state's history. The site, in Licking County "
            "east of Columbus, will employ 3,000 people. The company already runs large "
            "factories in Chandler, Arizona, and Hillsboro, Oregon, and is expanding in "
            "Magdeburg, Germany. Construction in Columbus is due to start next year."
        ),
        {
            "Columbus": ("US", "OH"),
            "Columbus#3": ("US", "OH"),
            "Licking County": ("US", "OH"),
            "Hillsboro": ("US", "OR"),
        },
    ),
    (
        "a",
        (
            "A magnitude 6.8 earthquake struck the High Atlas mountains on Friday night, about "
            "70 km southwest of Marrakesh, Morocco's geological institute said. More than 2,000 "
            "people were killed, most of them in Al Haouz province. In Marrakesh, parts of the "
            "old city walls collapsed. Rescue teams from Spain, Qatar and the United Kingdom "
            "arrived on Sunday. Villagers in Amizmiz said they were still waiting for help."
        ),
        {
            "Marrakesh": ("MA", None),
            "Al Haouz": ("MA", None),
            "Marrakesh#2": ("MA", None),
            "Amizmiz": ("MA", None),
        },
    ),
    (
        "a",
        (
            "Prime Minister Justin Trudeau met Premier Doug Ford in London, Ontario, on Monday to "
            "announce funding for a battery plant. The plant, in St. Thomas, about 25 km south "
            "of London, will make cells for Volkswagen. Ford said the investment would bring "
            "3,000 jobs to southwestern Ontario. Critics in Toronto said the subsidies were too "
            "generous. Trudeau later flew to Windsor to visit a car factory."
        ),
        {
            "London": ("CA", "08"),
            "London#2": ("CA", "08"),
            "St. Thomas": ("CA", "08"),
            "Ford#2": None,
            "Windsor": ("CA", "08"),
        },
    ),
    (
        "a",
        (
            "Floodwaters peaked in Lismore, in northern NSW, on Monday, inundating the town for "
            "the second time in a month. The Wilson River rose to 14.4 metres in Lismore, "
            "emergency services said. Residents of nearby Ballina were told to evacuate. Across "
            "the border in Queensland, Brisbane recorded its wettest week on record."
        ),
        {
            "Lismore": ("AU", "02"),
            "Lismore#2": ("AU", "02"),
            "Ballina": ("AU", "02"),
        },
    ),
    (
        "b",
        (
            "Researchers from Cambridge, Massachusetts, and from Cambridge in England published "
            "the joint study on Wednesday."
        ),
        {"Cambridge": ("US", "MA"), "Cambridge#2": ("GB", "ENG")},
    ),
    (
        "b",
        (
            "The band opens its tour in Perth, Western Australia, in March and ends it in Perth, "
            "Scotland, six weeks later."
        ),
        {"Perth": ("AU", "08"), "Perth#2": ("GB", "SCT")},
    ),
    (
        "b",
        (
            "Flights from Birmingham, Alabama, to Birmingham in the English Midlands need a "
            "connection in Atlanta."
        ),
        {"Birmingham": ("US", "AL"), "Birmingham#2": ("GB", "ENG")},
    ),
    (
        "b",
        (
            "Georgia's president met the governor of Georgia in Atlanta, weeks after a trade "
            "mission from Tbilisi toured the port of Savannah."
        ),
        {"Georgia": ("GE", None), "Georgia#2": ("US", "GA"), "Savannah": ("US", "GA")},
    ),
    (
        "c",
        (
            "Israeli strikes hit southern Lebanon overnight after rockets were fired at northern "
            "Israel from orchards near Tyre."
        ),
        {"Lebanon": ("LB", None), "Israel": ("IL", None), "Tyre": ("LB", None)},
    ),
    (
        "c",
        (
            "Flooding closed roads across Greater Manchester on Tuesday, with the worst of it in "
            "Bolton and Wigan."
        ),
        {"Greater Manchester": ("GB", "ENG"), "Bolton": ("GB", "ENG"), "Wigan": ("GB", "ENG")},
    ),
    (
        "c",
        (
            "Refugees from South Sudan crossed into Ethiopia, while fighting in western Sudan "
            "pushed thousands more into Chad."
        ),
        {"South Sudan": ("SS", None), "Sudan#2": ("SD", None), "Chad": ("TD", None)},
    ),
    (
        "c",
        (
            "Palestinians in East Jerusalem and the West Bank protested against the evictions, "
            "and clashes spread to Gaza."
        ),
        {"East Jerusalem": ("PS|IL", None), "West Bank": ("PS", None)},
    ),
    (
        "c",
        (
            "Riots spread from Belfast in Northern Ireland to several towns in northern England "
            "over the weekend."
        ),
        {"Northern Ireland": ("GB", "NIR"), "England": ("GB", "ENG")},
    ),
    (
        "d",
        (
            "Manchester United beat Chelsea 2-0 at Old Trafford, and fans celebrated late into "
            "the night in Manchester."
        ),
        {"Manchester": None, "Chelsea": None, "Manchester#2": ("GB", "ENG")},
    ),
    (
        "d",
        (
            "Shares of HSBC fell 3% on the Hong Kong Stock Exchange, and Texas Instruments "
            "slipped in New York, after a night of protests in Hong Kong."
        ),
        {
            "Hong Kong": None,
            "Texas": None,
            "New York": ("US", "NY"),
            "Hong Kong#2": ("HK", None),
        },
    ),
    (
        "d",
        (
            "The New York Times reported that Brexit had slowed the talks among negotiators of "
            "the Paris Agreement, who will meet again in Glasgow."
        ),
        {"New York": None, "Brexit": None, "Paris": None, "Glasgow": ("GB", "SCT")},
    ),
    (
        "d",
        "Kenyan runners swept the Boston Marathon on Monday as crowds lined the course.",
        {"Boston": ("US", "MA")},
    ),
    (
        "d",
        (
            "Real Madrid fans travelled to Liverpool for the final, while bars in Madrid showed "
            "the game on big screens."
        ),
        {"Madrid": None, "Liverpool": ("GB", "ENG"), "Madrid#2": ("ES", None)},
    ),
    (
        "e",
        "The ship sailed from Bombay to Rangoon in 1942, carrying refugees out of Burma.",
        {"Bombay": ("IN", None), "Rangoon": ("MM", None), "Burma": ("MM", None)},
    ),
    (
        "e",
        "Nixon flew to Peking in 1972, three years before the fall of Saigon.",
        {"Peking": ("CN", None), "Saigon": ("VN", None)},
    ),
    (
        "e",
        (
            "Constantinople fell to the Ottomans in 1453, Leningrad survived a 872-day siege, and "
            "Soviet leaders met in Alma-Ata in 1991 to bury the USSR."
        ),
        {"Constantinople": ("TR", None), "Leningrad": ("RU", None), "Alma-Ata": ("KZ", None)},
    ),
    (
        "e",
        "Russian shelling hit Zaporozhye and Nikolayev overnight, the Ukrainian military said.",
        {"Zaporozhye": ("UA", None), "Nikolayev": ("UA", None)},
    ),
    (
        "f",
        (
            "ELKO, Nev. (AP) — A wildfire burning near Elko forced ranchers to move cattle on "
            "Wednesday, officials said."
        ),
        {"ELKO": ("US", "NV"), "Elko": ("US", "NV")},
    ),
    (
        "f",
        (
            "A Fresno, Calif., man and a Salem, Ore., woman were charged in the scheme, police "
            "in Modesto said."
        ),
        {"Fresno": ("US", "CA"), "Salem": ("US", "OR"), "Modesto": ("US", "CA")},
    ),
    (
        "f",
        "Hail the size of golf balls fell on Altoona, Pa., and Hagerstown, Md., on Sunday.",
        {"Altoona": ("US", "PA"), "Hagerstown": ("US", "MD")},
    ),
    (
        "f",
        (
            "Two fishermen from Castletownbere, Co. Cork, were rescued off the coast of Kerry "
            "on Friday."
        ),
        {"Castletownbere": ("IE", None), "Cork": ("IE", None), "Kerry": ("IE", None)},
    ),
    (
        "f",
        "Bushfires threatened homes near Gympie, Qld, and Bega, NSW, on Saturday.",
        {"Gympie": ("AU", "04"), "Bega": ("AU", "02")},
    ),
    (
        "f",
        "A lorry crash on the M6 near Penrith, Cumbria, left three people injured.",
        {"Penrith": ("GB", "ENG"), "Cumbria": ("GB", "ENG")},
    ),
]

BATCH_7_XFAIL: dict[tuple[str, str], str] = {
    ("Constantinople fell to the Ott", "Constantinople"): "not recognised: spaCy finds no "
    "entity, and recognize._gazetteer_phrases skips a sentence-initial token unless its state "
    "or country follows (_before_its_container), though 'Constantinople' (an alternate name of "
    "Istanbul) is no English word",
    ("Constantinople fell to the Ott", "Leningrad"): "not recognised: spaCy tags 'Leningrad' "
    "as PERSON; recognize._is_place keeps a one-word PERSON only in place context "
    "(_in_place_context; after 'in 1453,' there is none), and _major_place_as_person needs two "
    "words or more",
}


def _occurrence(text: str, key: str) -> tuple[int, int]:
    """Where the n-th whole-word occurrence of the name in a key "Name#n" lies."""
    name, _, nth = key.partition("#")
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    return spans[int(nth or 1) - 1]


_PARSED: dict[str, list[Place]] = {}


def reading_at(pipeline: Pipeline, text: str, key: str) -> tuple[bool, Candidate | None]:
    """Whether the occurrence is kept as a place, and its reading: a mention of exactly the
    name or one covering it ('Co. Cork' for Cork); a mention cut inside it does not count,
    and for a name that is no place any overlapping place counts against it."""
    if text not in _PARSED:
        _PARSED[text] = list(pipeline.parse(Document("trap", text)).places)
    start, end = _occurrence(text, key)
    places = _PARSED[text]
    for place in places:
        if (place.mention.start, place.mention.end) == (start, end):
            return True, place.chosen
    for place in places:
        if place.mention.start <= start and end <= place.mention.end:
            return True, place.chosen
    for place in places:
        if place.mention.start < end and start < place.mention.end and place.chosen:
            return False, place.chosen
    return False, None


# --- batch 8 (helper-24, blind) ---------------------------------------------------------
# Written before running the pipeline on them, in six styles unlike batches 1-7:
# (a) news from Africa, South and Southeast Asia and Latin America with local names and
#     diacritics, including towns that share a name with another place (Hyderabad, Valencia,
#     Santiago, San José, León) where the text decides; (b) country names that are also
#     common words, people or companies (Chad, Niger, Turkey, Guinea, Georgia, China, Togo)
#     where the sentence decides; (c) "X-based", "X-born", "X-bound", "X-led", "X-backed",
#     "pro-X", "anti-X" compounds; (d) wire-copy lists and tables: a two-place dateline, "in
#     A, B and C counties", a weather round-up and a results line; (e) long noun phrases and
#     appositions ("the Red Sea port city of X", "X, the last rebel stronghold"); (f) places
#     named after people and people named after places in one text.
# Decisions: a place inside a hyphenated compound is a place ("a Lagos-based bank" maps
# Lagos, "a Kyiv-bound train" Kyiv); a country before "-led"/"-backed" or after "pro-"/"anti-"
# is the country as an actor, mapped like "Georgia's president" (Saudi in "Saudi-led" is
# Saudi Arabia; "anti-Kremlin" is a metonym, mapped to Russia, like "pro-Moscow"). Both places
# of a dateline are places. Clubs in a results line are no places; cities in a weather
# round-up are. A person's name containing a place is no place (Chad Johnson, Georgia
# O'Keeffe, Victoria Beckham, Abraham Lincoln, Denzel Washington, Bill Clinton, Florence
# Nightingale), nor is an airline ("China Eastern") nor the bird in "Turkey prices ... ahead
# of Thanksgiving" (sentence-initial, a common noun). Chittagong is the former name of
# Chattogram (Bangladesh). The Springfield where Abraham Lincoln practised law is Springfield,
# Illinois: a careful analyst knows it, though no word in the text says so (a knowledge case).
BATCH_8: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "OUAGADOUGOU (Reuters) - Gunmen killed 12 soldiers near Djibo in northern Burkina "
            "Faso on Sunday, the army said in a statement read on state television in "
            "Ouagadougou."
        ),
        {"OUAGADOUGOU": ("BF", None), "Djibo": ("BF", None), "Ouagadougou": ("BF", None)},
    ),
    (
        "a",
        (
            "Cyclone Mocha made landfall between Cox's Bazar and Sittwe on Sunday, and heavy "
            "rain lashed Chattogram, the port city formerly known as Chittagong."
        ),
        {
            "Cox's Bazar": ("BD", None),
            "Sittwe": ("MM", None),
            "Chattogram": ("BD", None),
            "Chittagong": ("BD", None),
        },
    ),
    (
        "a",
        (
            "Police in Davao arrested three men over the bombing of a gym in Marawi, on the "
            "southern island of Mindanao."
        ),
        {"Davao": ("PH", None), "Marawi": ("PH", None)},
    ),
    (
        "a",
        (
            "Colombia's Medellín has halved its murder rate, while Peru's Cusco is struggling "
            "to bring back tourists after the protests."
        ),
        {"Medellín": ("CO", None), "Cusco": ("PE", None)},
    ),
    (
        "a",
        (
            "Migrants camped in Ciudad Juárez tried to cross the Rio Grande into El Paso on "
            "Thursday, the Border Patrol said."
        ),
        {"Ciudad Juárez": ("MX", None), "El Paso": ("US", "TX")},
    ),
    (
        "a",
        (
            "Floods in Hyderabad and Sukkur forced Sindh authorities to open relief camps "
            "along the Indus."
        ),
        {"Hyderabad": ("PK", None), "Sukkur": ("PK", None)},
    ),
    (
        "a",
        (
            "Power cuts hit Valencia and Maracaibo for a second day, Venezuela's electricity "
            "minister said."
        ),
        {"Valencia": ("VE", None), "Maracaibo": ("VE", None)},
    ),
    (
        "a",
        (
            "Chile's president returned to Santiago on Friday after a trip to Havana and "
            "Santiago de Cuba, where he laid a wreath."
        ),
        {"Santiago": ("CL", None), "Santiago de Cuba": ("CU", None)},
    ),
    (
        "a",
        (
            "Central American leaders gathered in San José for the summit, and Costa Rica's "
            "president promised a deal on migration."
        ),
        {"San José": ("CR", None)},
    ),
    (
        "a",
        (
            "Shoemakers in León, Guanajuato, reported record exports, while in León, Nicaragua, "
            "students marked the anniversary of the 2018 protests."
        ),
        {"León": ("MX", None), "León#2": ("NI", None)},
    ),
    (
        "b",
        (
            "Chad Johnson, the former NFL receiver, visited American troops stationed in Chad "
            "last week."
        ),
        {"Chad": None, "Chad#2": ("TD", None)},
    ),
    (
        "b",
        (
            "Floods in Niamey killed 30 people, and the government of Niger asked neighbouring "
            "Nigeria for help."
        ),
        {"Niamey": ("NE", None), "Niger": ("NE", None)},
    ),
    (
        "b",
        (
            "Turkey prices jumped 10 percent ahead of Thanksgiving, and Turkey raised its tariff "
            "on American nuts in retaliation."
        ),
        {"Turkey": None, "Turkey#2": ("TR", None)},
    ),
    (
        "b",
        (
            "Papua New Guinea's prime minister flew to Conakry to meet the leaders of Guinea "
            "and Guinea-Bissau."
        ),
        {
            "Papua New Guinea": ("PG", None),
            "Guinea#2": ("GN", None),
            "Guinea-Bissau": ("GW", None),
        },
    ),
    (
        "b",
        (
            "Georgia O'Keeffe's paintings, lent by a museum in Santa Fe, went on show in "
            "Tbilisi, the capital of Georgia."
        ),
        {"Georgia": None, "Santa Fe": ("US", "NM"), "Georgia#2": ("GE", None)},
    ),
    (
        "b",
        (
            "Togo's president met Chinese investors in Lomé before boarding a China Eastern "
            "flight to Shanghai."
        ),
        {"Togo": ("TG", None), "Lomé": ("TG", None), "China": None, "Shanghai": ("CN", None)},
    ),
    (
        "c",
        (
            "A Lagos-based bank financed the Mombasa-bound cargo, and a Paris-born chef runs its "
            "staff canteen in Abidjan."
        ),
        {"Lagos": ("NG", None), "Mombasa": ("KE", None), "Paris": ("FR", None)},
    ),
    (
        "c",
        (
            "A Kyiv-bound train was held near Lviv for six hours after Russian drones struck "
            "the line."
        ),
        {"Kyiv": ("UA", None), "Lviv": ("UA", None)},
    ),
    (
        "c",
        (
            "The Saudi-led coalition bombed Sanaa overnight, and Iran-backed Houthi forces "
            "fired missiles toward Jazan."
        ),
        {"Saudi": ("SA", None), "Iran": ("IR", None), "Jazan": ("SA", None)},
    ),
    (
        "c",
        (
            "Pro-Moscow separatists and anti-Kremlin activists scuffled in Chisinau while "
            "Moldova's president was in Brussels."
        ),
        {"Moscow": ("RU", None), "Kremlin": ("RU", None), "Chisinau": ("MD", None)},
    ),
    (
        "d",
        (
            "KANO/ABUJA, Nigeria (Reuters) - Gunmen kidnapped 40 students in Kano state, police "
            "said, as lawmakers in Abuja debated security funding."
        ),
        {"KANO": ("NG", None), "ABUJA": ("NG", None), "Kano": ("NG", None)},
    ),
    (
        "d",
        "Highs: Phoenix 41C, Las Vegas 39C, Tucson 38C, Dallas 35C, Miami 31C.",
        {"Phoenix": ("US", "AZ"), "Las Vegas": ("US", "NV"), "Dallas": ("US", "TX")},
    ),
    (
        "d",
        "Results: Brighton 2 Wolves 1, Leeds 0 Burnley 0, Fulham 3 Everton 1.",
        {"Brighton": None, "Leeds": None, "Burnley": None},
    ),
    (
        "d",
        (
            "Voting was extended in Kisumu, Nakuru and Uasin Gishu counties, Kenya's electoral "
            "commission said."
        ),
        {"Kisumu": ("KE", None), "Nakuru": ("KE", None), "Uasin Gishu": ("KE", None)},
    ),
    (
        "e",
        "Houthi drones targeted the Red Sea port city of Hodeidah on Monday, residents said.",
        {"Hodeidah": ("YE", None)},
    ),
    (
        "e",
        (
            "Government shelling hit Idlib, the last rebel stronghold, and the nearby town of "
            "Saraqeb."
        ),
        {"Idlib": ("SY", None), "Saraqeb": ("SY", None)},
    ),
    (
        "e",
        (
            "Boko Haram fighters attacked a camp outside Maiduguri, in the northern Nigerian "
            "state of Borno, killing 18."
        ),
        {"Maiduguri": ("NG", None), "Borno": ("NG", None)},
    ),
    (
        "e",
        (
            "M23 rebels closed in on Goma, the capital of North Kivu, as thousands fled across "
            "the border to Gisenyi."
        ),
        {"Goma": ("CD", None), "North Kivu": ("CD", None), "Gisenyi": ("RW", None)},
    ),
    (
        "f",
        (
            "Abraham Lincoln practised law in Springfield for 17 years; the city of Lincoln, "
            "Nebraska, was named after him in 1867."
        ),
        {"Lincoln": None, "Springfield": ("US", "IL"), "Lincoln#2": ("US", "NE")},
    ),
    (
        "f",
        (
            "Denzel Washington flew from Washington to Seattle to film a drama set in "
            "Washington state."
        ),
        {"Washington": None, "Washington#2": ("US", "DC"), "Washington#3": ("US", "WA")},
    ),
    (
        "f",
        "Florence Nightingale was born in Florence in 1820 and was named after the city.",
        {"Florence": None, "Florence#2": ("IT", None)},
    ),
    (
        "f",
        (
            "Victoria Beckham toured Victoria Falls before flying on to Victoria, the capital "
            "of the Seychelles."
        ),
        {"Victoria": None, "Victoria Falls": ("ZW|ZM", None), "Victoria#3": ("SC", None)},
    ),
    (
        "f",
        (
            "Bill Clinton was born in Hope, Arkansas, and Clinton, Iowa, is named after DeWitt "
            "Clinton."
        ),
        {"Clinton": None, "Hope": ("US", "AR"), "Clinton#2": ("US", "IA")},
    ),
]

# (first words of the text, name) -> why it fails; strict, so a fix shows up as XPASS.
_BETWEEN = (
    "not recognised: spaCy tags 'Cox's Bazar' ORG and 'Sittwe' PERSON; recognize._is_place "
    "keeps a re-typed entity only in place context, and 'between' is not in "
    "PLACE_PREPOSITIONS, so _in_place_context fails for the first and _listed_after_place "
    "(the list item before ' and ' must itself be a tagged place or in place context) for "
    "the second ('landfall in Cox's Bazar and Sittwe' keeps both)"
)
_HYPHEN = (
    "not recognised: recognize._in_place_context reads only the words before a name, so a "
    "hyphenated modifier ('X-bound', 'X-based', 'pro-X') is no place context; "
)
_DATELINE = (
    "not recognised: spaCy tags 'KANO/ABUJA' as one ORG; recognize._clean_segments splits "
    "only at line breaks and bullets (_SEGMENT_RE), not at '/', and the whole is unknown; "
    "recognize._DATELINE_RE's lookahead wants ',', '(', '--' or '-' after the capitals, not "
    "'/', so _datelines finds neither"
)
_WEATHER = (
    "cut or merged span: spaCy runs the reading into the name ('Phoenix 41C' ORG, 'Las Vegas "
    "39C' GPE); recognize._without_trailing_lowercase drops only lower-case tails, so 'Las "
    "Vegas 39C' is kept as a mention with no candidate and 'Phoenix 41C' (ORG) is unknown"
)
BATCH_8_XFAIL: dict[tuple[str, str], str] = {
    ("Turkey prices jumped 10 percen", "Turkey"): "wrong kept (fair but hard): spaCy tags the "
    "bird 'Turkey prices' at the sentence start GPE, and recognize._is_place keeps every "
    "GPE/LOC/FAC that is no institution or sports side; nothing weighs a country name that "
    "is also a common noun modifying a lower-case noun ('Turkey prices ... Thanksgiving')",
    ("Georgia O'Keeffe's paintings, ", "Santa Fe"): "wrong candidate, world knowledge: the "
    "O'Keeffe museum is in Santa Fe, New Mexico, but nothing in the text says so; the "
    "population prior ranks Santa Fe province, AR (ADM1, 2.4M) 5.83 and Santa Fe city, AR "
    "5.66 above Santa Fe, NM (PPLA, 84k) 5.25, and no other name supports the US",
    ("Abraham Lincoln practised law ", "Springfield"): "wrong candidate, world knowledge: "
    "Lincoln's Springfield is Illinois, which nothing in the text says; Springfield, MO "
    "(166k, PPLA2) 6.78, Springfield, NE (1.6k, lifted by Lincoln, Nebraska) 6.55, "
    "Springfield, IL (PPLA, 117k) 6.43",
}


# --- batch 9 (helper-25, blind) ---------------------------------------------------------
# Written before running the pipeline on them: twelve longer articles (8-12 sentences, as
# real news is written) in nine styles unlike the one-line traps of batches 1-8:
# (a) WHO/GeoVirus-style outbreak updates naming provinces, districts and towns of one or two
#     countries (mpox in South Kivu, H5N1 in Cambodia's Takeo province); (b) US local court
#     stories (LGL style): a dateline with an AP state abbreviation, then the county seat, its
#     county and neighbouring towns bare, with people whose surnames are places (Ellis,
#     Calhoun) and a town named Calhoun in the same text; (c) an English council story
#     (Richmond in North Yorkshire, not London or Virginia); (d) an Indian state election with
#     old and new city names; (e) an Australian flood and a Canadian wildfire with small towns
#     that share names with places elsewhere (Casino, Ballina, Grafton, Amberley, Hay River);
#     (f) football with clubs named after places and venues; (g) a business story with a
#     company named after its home town; (h) diplomacy with capitals as metonyms; (i) a travel
#     feature with a pass, a lake, a national park and a mountain.
# Decisions: an old name is the current place (Allahabad is Prayagraj, Gurgaon is Gurugram,
# Bangalore is Bengaluru). A capital used for its government is mapped to the capital
# ("Washington and Beijing agreed" gives Washington, DC and Beijing; "Moscow said" Moscow).
# A dateline is a place ("GENEVA (Reuters)" is Geneva). A person's surname that is also a
# place (Ellis, Calhoun) is no place, and a town of that name in the same text still is.
# Clubs are no places even when they are the subject of a sentence ("Leeds beat Burnley"),
# and so is a company named after a place (Toyota); a stadium is a place, and so is the town
# of an away match ("lost 2-0 at Wolverhampton, where X scored"). "Aoraki/Mount Cook" covers
# Mount Cook. A bare name after the state was given once stays in that state (Rome, Lebanon).
# First run 57/76 (on 05dccef with c00d326's recognition edits): (a) 10/12, (b) 10/13,
# (c) 6/6, (d) 6/8, (e) 7/11, (f) 4/6, (g) 5/6, (h) 7/7, (i) 2/7. 'ROME' and 'Rome' of the
# 'ROME, Ga.' story (both read as Rome, Italy) pass since 2e561ba; the other 17 misses are
# strict xfails with their cause.
BATCH_9: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "GENEVA (Reuters) - Mpox infections in eastern Democratic Republic of Congo have "
            "more than doubled in a month, the World Health Organization said on Friday, with "
            "the fastest spread in South Kivu province. Most of the new cases were recorded in "
            "Kamituga, a gold-mining town where the new clade Ib strain was first identified "
            "last year, and in Uvira, on the northern shore of Lake Tanganyika. Doctors at the "
            "general hospital in Bukavu, the provincial capital, said they had run out of "
            "isolation beds and were treating patients in tents. The strain has also reached "
            "Goma, the capital of North Kivu, where hundreds of thousands of people displaced "
            "by fighting live in crowded camps. Neighbouring Burundi has confirmed 170 cases, "
            "most of them in and around Bujumbura. Uganda and Rwanda have stepped up screening "
            "at border crossings. The WHO said 50,000 vaccine doses donated by Japan would "
            "arrive in Kinshasa next week and be flown east. Health officials warned that "
            "long-distance truck drivers could carry the virus along the roads to Kenya and "
            "Tanzania. The agency's emergency committee will meet again in Geneva on Wednesday."
        ),
        {
            "GENEVA": ("CH", None),
            "South Kivu": ("CD", "12"),
            "Kamituga": ("CD", None),
            "Uvira": ("CD", None),
            "Bukavu": ("CD", None),
            "Goma": ("CD", None),
        },
    ),
    (
        "a",
        (
            "PHNOM PENH, Cambodia - A 52-year-old man from Takeo province has died of H5N1 "
            "avian influenza, Cambodia's health ministry said on Sunday, the country's fourth "
            "death from the virus this year. The man, a rice farmer from Bati district, fell "
            "ill with fever and breathing problems a week after slaughtering sick chickens for "
            "a family meal. He was taken to a hospital in Phnom Penh, where he died on Saturday "
            "night. Rapid response teams found dead poultry in his village and in two villages "
            "across the provincial border in Prey Veng. Earlier cases this year were reported "
            "in Svay Rieng and Siem Reap provinces, and in a child from Kampot. The ministry "
            "said close contacts, including the man's wife and two sons, had tested negative. "
            "The World Health Organization said there was no sign of sustained human-to-human "
            "transmission. Vietnam, which borders Takeo to the south, said it had tightened "
            "checks on poultry at crossings in An Giang province. Cambodia has reported more "
            "than 30 human cases since the virus re-emerged in 2023."
        ),
        {
            "PHNOM PENH": ("KH", None),
            "Takeo": ("KH", None),
            "Prey Veng": ("KH", None),
            "Svay Rieng": ("KH", None),
            "An Giang": ("VN", None),
            "Takeo#2": ("KH", None),
        },
    ),
    (
        "b",
        (
            "LEBANON, Ind. — A Boone County jury on Thursday found a Zionsville man guilty of "
            "reckless homicide in the death of a cyclist who was struck on State Road 32 last "
            "April. Jurors deliberated for about four hours before returning the verdict at the "
            "courthouse in Lebanon. Prosecutors said Daniel Pierce, 34, had spent the evening "
            "at a bar in Whitestown and was driving home when his pickup hit Margaret Ellis, "
            "61, a retired teacher from Thorntown. Ellis was flown to a hospital in "
            "Indianapolis, where she died two days later. Pierce's lawyer argued that the road "
            "had no shoulder and that the cyclist was hard to see at dusk. A deputy prosecutor "
            "told jurors that Pierce's blood alcohol level was nearly twice the legal limit. "
            "Sentencing is set for May 3, and Pierce faces up to six years in prison. His "
            "lawyer said he would appeal."
        ),
        {
            "LEBANON": ("US", "IN"),
            "Boone County": ("US", "IN"),
            "Zionsville": ("US", "IN"),
            "Lebanon": ("US", "IN"),
            "Whitestown": ("US", "IN"),
            "Thorntown": ("US", "IN"),
            "Ellis#2": None,
        },
    ),
    (
        "b",
        (
            "ROME, Ga. — A Floyd County grand jury has indicted a former sheriff's deputy on "
            "charges of violating his oath of office and making false statements, the district "
            "attorney's office said Wednesday. The indictment, handed up in Rome, accuses "
            "Travis Calhoun, 29, of falsifying reports about a traffic stop on U.S. 27 near "
            "Cave Spring in which a driver was injured. Calhoun, who lives in Cedartown, "
            "resigned in January. The Georgia Bureau of Investigation opened the case at the "
            "request of the sheriff, and agents from its regional office in Calhoun "
            "interviewed more than a dozen witnesses. Calhoun's lawyer said his client would "
            "plead not guilty. The case is the third against a Floyd County deputy in two "
            "years. A state lawmaker from the area said he would ask for a hearing in Atlanta "
            "on how deputies are trained."
        ),
        {
            "ROME": ("US", "GA"),
            "Floyd County": ("US", "GA"),
            "Rome": ("US", "GA"),
            "Cave Spring": ("US", "GA"),
            "Calhoun#2": None,
            "Calhoun#3": ("US", "GA"),
        },
    ),
    (
        "c",
        (
            "Councillors in North Yorkshire have approved plans for 1,200 homes on the edge of "
            "Richmond, overruling objections from residents, the town council and the local "
            "MP. The development, on farmland between Richmond and Catterick Garrison, will "
            "include a primary school, a health centre and a bus link to the railway station "
            "in Darlington. North Yorkshire Council, which replaced the county's seven district "
            "councils and the county council in 2023, said the homes were needed for the "
            "families of soldiers posted to the garrison. Opponents said the A6136 through "
            "Colburn could not cope with the extra traffic and that Richmond's cobbled market "
            "place would be choked with cars. A similar scheme on the outskirts of "
            "Northallerton, the county town, was approved in March. Campaigners said they "
            "would ask the housing secretary to call in the decision. In Harrogate, meanwhile, "
            "residents have launched a legal challenge against 600 homes on green belt land "
            "near Knaresborough."
        ),
        {
            "North Yorkshire": ("GB", "ENG"),
            "Richmond": ("GB", "ENG"),
            "Richmond#3": ("GB", "ENG"),
            "Catterick Garrison": ("GB", "ENG"),
            "Darlington": ("GB", "ENG"),
            "Northallerton": ("GB", "ENG"),
        },
    ),
    (
        "d",
        (
            "Voting in the second phase of the Uttar Pradesh assembly election closed on Monday "
            "with a turnout of 61 per cent, the Election Commission said. The longest queues "
            "were in Prayagraj, which many residents still call Allahabad, and in Varanasi, "
            "where the prime minister held a six-hour roadshow on Sunday. In Amethi, a seat "
            "long held by the Gandhi family, turnout fell to 52 per cent. The ruling party has "
            "campaigned on new expressways linking Lucknow with the state's eastern districts. "
            "In neighbouring Haryana, which votes next month, the opposition has promised a "
            "metro line between Gurugram, formerly Gurgaon, and Faridabad. Party leaders flew "
            "in from Bengaluru, where the Karnataka unit is based, to campaign in Kanpur on "
            "Saturday. Results for all 403 seats will be announced on March 10. Many software "
            "engineers from the state who moved to Bangalore a decade ago travelled home to "
            "vote, an election official said."
        ),
        {
            "Prayagraj": ("IN", "36"),
            "Allahabad": ("IN", "36"),
            "Varanasi": ("IN", "36"),
            "Amethi": ("IN", "36"),
            "Gurugram": ("IN", "10"),
            "Gurgaon": ("IN", "10"),
            "Bengaluru": ("IN", "19"),
            "Bangalore": ("IN", "19"),
        },
    ),
    (
        "e",
        (
            "Residents of Lismore were ordered to leave their homes on Tuesday night as the "
            "Wilsons River rose towards the record reached in 2022, the New South Wales State "
            "Emergency Service said. More than 300 millimetres of rain fell across the Northern "
            "Rivers in 24 hours, and the Bureau of Meteorology warned of more to come. "
            "Evacuation centres opened in Casino and Ballina, and the Pacific Highway was "
            "closed south of Grafton after a landslip. In Murwillumbah, near the Queensland "
            "border, shopkeepers carried stock upstairs for the second time in three years. "
            "Premier Chris Minns, speaking in Sydney, said defence force helicopters were on "
            "standby at Amberley, west of Brisbane, and would fly in at first light. About "
            "4,000 homes were without power. Lismore's mayor said the town had not recovered "
            "from the last flood and many residents were still living in temporary pods."
        ),
        {
            "Lismore": ("AU", "02"),
            "Casino": ("AU", "02"),
            "Ballina": ("AU", "02"),
            "Grafton": ("AU", "02"),
            "Murwillumbah": ("AU", "02"),
            "Amberley": ("AU", "04"),
        },
    ),
    (
        "e",
        (
            "About 4,700 people were ordered out of Fort Nelson and the surrounding area on "
            "Friday as a wildfire burning northwest of the town more than tripled in size, "
            "driven by gusts of up to 60 kilometres an hour. Residents were told to drive to "
            "Fort St. John, 380 kilometres to the south, where a reception centre opened at the "
            "arena overnight. The fire is one of 130 burning in the province, the BC Wildfire "
            "Service said. In Alberta, 6,000 residents of neighbourhoods on the southern edge "
            "of Fort McMurray were told to be ready to leave, eight years after a fire "
            "destroyed a tenth of the city. Officials in Edmonton said the provincial "
            "government had asked Ottawa for military help. Smoke from the fires drifted as "
            "far as Minnesota, and air quality warnings were issued in Hay River, across the "
            "boundary in the Northwest Territories."
        ),
        {
            "Fort Nelson": ("CA", "02"),
            "Fort St. John": ("CA", "02"),
            "Fort McMurray": ("CA", "01"),
            "Ottawa": ("CA", "08"),
            "Hay River": ("CA", "13"),
        },
    ),
    (
        "f",
        (
            "Newcastle United came from two goals down to beat Aston Villa 3-2 at St James' "
            "Park on Saturday and climb to fifth in the Premier League. Villa had led through "
            "Ollie Watkins and a Leon Bailey penalty before Alexander Isak scored twice in ten "
            "minutes after the break. Bruno Guimaraes headed the winner in stoppage time. The "
            "home fans stayed long after the final whistle. Villa, who had won their previous "
            "four league games, travel to Madrid on Wednesday to face Atlético in the Champions "
            "League. Elsewhere, Everton lost 2-0 at Wolverhampton, where Matheus Cunha scored "
            "in each half, and Leeds beat Burnley 1-0 at Elland Road. Chelsea host Arsenal on "
            "Sunday."
        ),
        {
            "Newcastle United": None,
            "Aston Villa": None,
            "St James' Park": ("GB", "ENG"),
            "Madrid": ("ES", None),
            "Wolverhampton": ("GB", "ENG"),
            "Leeds": None,
        },
    ),
    (
        "g",
        (
            "Toyota said on Tuesday it would invest $1.4 billion in its factory in Georgetown, "
            "Kentucky, to build two new electric SUVs, adding 500 jobs at what is already its "
            "largest plant in the world. The company, based in Toyota City in Japan's Aichi "
            "prefecture, said batteries for the vehicles would come from its new $13.9 billion "
            "plant in Liberty, North Carolina, which began shipping cells in April. Vehicles "
            "for export will leave through the port of Baltimore, where the carmaker leases a "
            "processing terminal. The Georgetown plant, which opened in 1988, builds the Camry "
            "and the RAV4. Toyota's other American plants, in Princeton, Indiana, and San "
            "Antonio, will not be affected. Kentucky's governor welcomed the investment. "
            "Shares rose 2.1 per cent in Tokyo."
        ),
        {
            "Toyota": None,
            "Georgetown": ("US", "KY"),
            "Toyota City": ("JP", None),
            "Liberty": ("US", "NC"),
            "Baltimore": ("US", "MD"),
            "Princeton": ("US", "IN"),
        },
    ),
    (
        "h",
        (
            "Washington and Beijing agreed on Thursday to restore communications between their "
            "militaries, the most concrete result of a four-hour meeting between the two "
            "presidents at a country estate in Woodside, south of San Francisco. The leaders "
            "also agreed to curb the export of chemicals used to make fentanyl. Moscow said it "
            "was following the talks closely and did not expect them to affect its ties with "
            "China. Tokyo and Seoul welcomed the agreement, but officials in Manila said it did "
            "nothing to stop Chinese coast guard ships from blocking supply runs to Second "
            "Thomas Shoal. Taipei said it had been assured by Washington that American policy "
            "on the island had not changed. Analysts in Canberra said the meeting had lowered "
            "the temperature but settled none of the disputes in the South China Sea."
        ),
        {
            "Washington": ("US", "DC"),
            "Beijing": ("CN", None),
            "Woodside": ("US", "CA"),
            "Moscow": ("RU", None),
            "Manila": ("PH", None),
            "Taipei": ("TW", None),
            "Canberra": ("AU", None),
        },
    ),
    (
        "i",
        (
            "Few journeys reward a slow pace like a road trip across New Zealand's South Island. "
            "From Christchurch, the highway climbs west through Arthur's Pass, where keas pick "
            "at the rubber seals of parked cars, before dropping to the wild coast at "
            "Greymouth. Further south, the Franz Josef and Fox glaciers have retreated so far "
            "that most visitors now see them from a helicopter. Queenstown, on the shore of "
            "Lake Wakatipu, sells itself as the adventure capital of the world, but an early "
            "boat across the lake is quieter than any bungee jump. A day trip to Milford Sound, "
            "in Fiordland National Park, takes in waterfalls that drop straight into the sea. "
            "On clear mornings, the view from Lake Pukaki to Aoraki/Mount Cook, at 3,724 metres "
            "the country's highest peak, is the best in the country. Book early: rooms in "
            "Wanaka fill up months ahead in summer."
        ),
        {
            "Christchurch": ("NZ", None),
            "Arthur's Pass": ("NZ", None),
            "Greymouth": ("NZ", None),
            "Queenstown": ("NZ", None),
            "Lake Wakatipu": ("NZ", None),
            "Fiordland National Park": ("NZ", None),
            "Mount Cook": ("NZ", None),
        },
    ),
]

_NOT_IN_GAZETTEER = (
    "not in the gazetteer (cities-500 plus the curated supplement.csv landmarks): no row in "
    "names for "
)
BATCH_9_XFAIL: dict[tuple[str, str], str] = {
    ("GENEVA (Reuters) - Mpox infect", "Kamituga"): _NOT_IN_GAZETTEER
    + "'kamituga'; spaCy tags it GPE and the mention is kept with no candidate",
    ("Residents of Lismore were orde", "Amberley"): _NOT_IN_GAZETTEER
    + "Amberley, Queensland (only OH, NZ and England); the mention is kept ('at Amberley') "
    "and Amberley, OH (3.6k) wins at 4.13, conf 0.46, though the text is all Australian",
    ("Newcastle United came from two", "St James' Park"): _NOT_IN_GAZETTEER
    + "the stadium; _gazetteer_phrases stops at the apostrophe and takes 'St James' after "
    "'at' (Saint James parish, Jamaica, conf 0.31)",
    ("Few journeys reward a slow pac", "Lake Wakatipu"): _NOT_IN_GAZETTEER
    + "'lake wakatipu' (natural features come only from supplement.csv); kept as LOC, unresolved",
    ("Few journeys reward a slow pac", "Fiordland National Park"): _NOT_IN_GAZETTEER
    + "'fiordland national park'; kept as FAC, unresolved",
    ("Few journeys reward a slow pac", "Mount Cook"): "not recognised: spaCy tags "
    "'Aoraki/Mount Cook' ORG; recognize._clean_segments splits entities only at line breaks "
    "and bullets (_SEGMENT_RE), not at '/', and the whole is unknown, so the ORG is dropped "
    "('to Mount Cook' resolves to the village, NZ)",
}


# --- batch 10 (helper-27, blind) --------------------------------------------------------
# Written before running the pipeline on them: eleven news articles (6-10 sentences) in the
# forms a real feed mixes: (a) an AP wire story with a dateline and a state abbreviation
# (Springfield, Ill.) and towns that are common words or foreign capitals (Normal, Cairo);
# (b) a person, a team and a town sharing a name (Jackson, Miss.; Jackson State; Lamar
# Jackson); (c) a typhoon in the Philippines and an earthquake in Chile naming districts and
# towns that share names with Spanish places (Compostela, Talisay, Concepción, Salamanca);
# (d) European regional politics with regions (Catalonia, Bavaria, Lombardy, Flanders),
# capitals as metonyms and Waterloo in Belgium; (e) a Liberian story whose towns are people's
# names (Harper, Buchanan, Greenville) and whose county is named Maryland; (f) the Middle East
# with transliteration variants (Gaza/Ghazzah, Hodeidah/Al Hudaydah, Aleppo/Halab, Mosul,
# Sanaa); (g) a US county story: Dover, the seat of Kent County, Delaware, beside a firm from
# Dover, N.H., and towns named like places elsewhere (Camden, Smyrna); (h) a lower-case
# headline (valencia) and a capitals headline (SUEZ); (i) shipping and airlines: ports, a
# cape, an airline named after a country; (j) cricket clubs named after cities.
# Decisions: the dateline is a place and a bare name after it keeps its state. A name in a
# lower-case or capitals headline is a place as it would be in title case. A team or
# airline named after a place is no place (Jackson State, Baltimore Ravens, Perth Scorchers,
# Emirates), nor is a person (Travis Jackson, Comfort Harper); the town of the match is.
# A capital or seat of government used for its government is mapped to that city ("Madrid
# has promised", "Berlin had ignored"). A region ("the regional government of Valencia") is
# checked at first-level division, a city in it likewise. "Gaza" for the strip is PS.
# "Maryland counties" in a Liberian story is Maryland County, Liberia. "Suez" in "back
# through Suez" is the canal or its city, Egypt either way.
# First run 60/72 (on 62eed6b): (a) 7/7, (b) 7/7, (c) Philippines 5/5 and Chile 5/5, (d) 8/8,
# (e) 4/6, (f) 4/8, (g) 5/6, (h) 3/6, (i) 7/8, (j) 5/6. The 12 misses are strict xfails with
# their cause: 3 person-name tokens blocking a place in place context (Harper, Valencia,
# Hobart; a team or lower-case headline tagged PERSON), 5 missing place context or label
# (Ghazzah, Sanaa, Aleppo as NORP, Halab, sentence-initial Paiporta), 1 merged ORG span
# (Dover, N.H.), 1 lower-case headline opener (valencia), 1 wrong candidate (Maryland
# County, Liberia) and 1 airline kept (Emirates). None is missing from the gazetteer.
BATCH_10: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "SPRINGFIELD, Ill. (AP) — Illinois lawmakers approved a $53 billion budget in the "
            "early hours of Saturday, sending the spending plan to Gov. JB Pritzker an hour "
            "after their midnight deadline. The plan includes $350 million for public transit "
            "in the Chicago area and money to reopen a shuttered prison near Cairo, the "
            "struggling river town at the state's southern tip. Republicans said the budget "
            "leaned on tax increases that would push businesses across the border to Indiana "
            "and Missouri. Lawmakers from Peoria and Decatur won money for a new bridge over "
            "the Illinois River. Illinois State University in Normal will get $12 million for "
            "a nursing school. Pritzker, speaking to reporters in Springfield after the vote, "
            "said he would sign the bill next week. The state's credit rating has been raised "
            "nine times since 2021."
        ),
        {
            "SPRINGFIELD": ("US", "IL"),
            "Chicago": ("US", "IL"),
            "Cairo": ("US", "IL"),
            "Indiana": ("US", "IN"),
            "Peoria": ("US", "IL"),
            "Normal": ("US", "IL"),
            "Springfield": ("US", "IL"),
        },
    ),
    (
        "b",
        (
            "JACKSON, Miss. (AP) — Jackson State beat Southern 27-10 on Saturday before a "
            "crowd of 48,000, keeping alive the Tigers' hopes of a second straight SWAC title. "
            "Quarterback Jacobian Morgan threw two touchdown passes, and Travis Jackson, a "
            "freshman from Meridian, ran for 140 yards. Coach T.C. Taylor dedicated the win to "
            "the city of Jackson, where residents have lived with a failing water system for "
            "years. Southern, which came from Baton Rouge on a four-game winning streak, lost "
            "its starting quarterback to a knee injury in the first half. Baltimore Ravens "
            "star Lamar Jackson watched from the sideline. Next week Jackson State plays "
            "Alabama State in Montgomery, while Southern hosts Grambling. Fans who drove in "
            "from Vicksburg and Hattiesburg filled downtown restaurants long after the game."
        ),
        {
            "JACKSON": ("US", "MS"),
            "Jackson State": None,
            "Jackson#2": None,
            "Meridian": ("US", "MS"),
            "Jackson#3": ("US", "MS"),
            "Baltimore": None,
            "Montgomery": ("US", "AL"),
        },
    ),
    (
        "c",
        (
            "MANILA (AFP) - Typhoon Kalmaegi killed at least 40 people as it swept across the "
            "central Philippines on Tuesday, flooding towns in Cebu and forcing 400,000 people "
            "from their homes, the civil defence office said. Most of the deaths were in "
            "Liloan and Compostela, north of Cebu City, where rivers burst their banks before "
            "dawn. In Talisay, south of the city, rescuers in rubber boats pulled residents "
            "from rooftops. The storm first made landfall near Silago in Southern Leyte before "
            "crossing Bohol. Power was cut across Negros Occidental, and flights at the "
            "Mactan airport were suspended. The weather bureau said the typhoon would cross "
            "Palawan on Wednesday and head out over the South China Sea towards Vietnam. "
            "President Ferdinand Marcos Jr. ordered his ministers to fly to Cebu."
        ),
        {
            "MANILA": ("PH", None),
            "Compostela": ("PH", None),
            "Cebu City": ("PH", None),
            "Talisay": ("PH", None),
            "Southern Leyte": ("PH", None),
        },
    ),
    (
        "c",
        (
            "SANTIAGO, Chile — A magnitude 7.1 earthquake struck off northern Chile late on "
            "Thursday, cutting power to half a million homes and sending thousands of people "
            "in coastal towns running for higher ground. The epicentre was 40 kilometres west "
            "of Illapel, in the Coquimbo region, at a depth of 25 kilometres, the national "
            "seismological centre said. In La Serena, walls collapsed at two colonial churches "
            "and a woman was killed by falling masonry. The navy briefly issued a tsunami "
            "warning for the coast between Antofagasta and Concepción and lifted it two hours "
            "later, after waves of less than a metre reached Los Vilos. Buildings swayed in "
            "the capital, 280 kilometres to the south, and in Mendoza, across the Andes in "
            "Argentina. Copper mines around Salamanca halted work for inspections. President "
            "Gabriel Boric flew to La Serena on Friday morning."
        ),
        {
            "SANTIAGO": ("CL", None),
            "Illapel": ("CL", None),
            "La Serena": ("CL", None),
            "Concepción": ("CL", None),
            "Salamanca": ("CL", None),
        },
    ),
    (
        "d",
        (
            "Regional leaders from Catalonia, Bavaria, Lombardy and Flanders met in Brussels "
            "on Tuesday to demand a bigger say over how European Union funds are spent, in a "
            "rare show of unity among some of the bloc's richest regions. Bavaria's premier, "
            "Markus Söder, said Berlin had ignored the south for too long, while Lombardy's "
            "president, Attilio Fontana, complained that Rome kept too much of the tax raised "
            "in Milan. The Catalan president, Salvador Illa, struck a softer tone, saying his "
            "government in Barcelona wanted dialogue with Madrid, not confrontation. Flanders' "
            "minister-president, Matthias Diependaele, called for more powers over labour "
            "markets. Carles Puigdemont, the former Catalan leader who lived for years in "
            "Waterloo, south of Brussels, did not attend. Officials in Paris, where regions "
            "have few powers, watched warily. Budget talks resume in Luxembourg next month."
        ),
        {
            "Catalonia": ("ES", "56"),
            "Bavaria": ("DE", "02"),
            "Lombardy": ("IT", "09"),
            "Flanders": ("BE", "VLG"),
            "Brussels": ("BE", None),
            "Berlin": ("DE", None),
            "Rome": ("IT", None),
            "Waterloo": ("BE", None),
        },
    ),
    (
        "e",
        (
            "MONROVIA, Liberia — Heavy rains have cut the main road between Monrovia and the "
            "country's southeast, leaving towns in Sinoe and Maryland counties short of fuel "
            "and medicine, officials said on Wednesday. Trucks carrying food from the port of "
            "Buchanan have been stuck for a week near Greenville, where the Sinoe River burst "
            "its banks. In Harper, the capital of Maryland County near the border with Ivory "
            'Coast, the price of a bag of rice has doubled. "We are eating once a day," said '
            "Comfort Harper, a market trader. President Joseph Boakai flew to Harper on "
            "Tuesday and promised to pave the road by 2027. The public works minister blamed "
            "logging trucks for destroying the laterite surface. Rice and fuel are now being "
            "shipped by sea from Buchanan and from San-Pédro in Ivory Coast. Aid groups in "
            "Zwedru, the capital of Grand Gedeh County, said cholera cases were rising."
        ),
        {
            "MONROVIA": ("LR", None),
            "Maryland": ("LR", None),
            "Buchanan": ("LR", None),
            "Greenville": ("LR", None),
            "Harper": ("LR", None),
            "Harper#2": None,
        },
    ),
    (
        "f",
        (
            "Israeli strikes killed at least 30 people across Gaza overnight, the territory's "
            "health ministry said on Sunday, as talks on a ceasefire stalled in Cairo. Most of "
            "the dead were in Khan Younis and in Jabalia, in the north of the strip. The UN's "
            "humanitarian office, whose maps spell the strip's main city Ghazzah, said fuel for "
            "hospitals would run out within days. In Yemen, US and British jets struck targets "
            "around the port of Hodeidah, which the UN lists as Al Hudaydah, after Houthi "
            "missiles were fired at ships in the Red Sea. Aid agencies fear the strikes will "
            "close the port, through which most of the food for Sanaa arrives. In Syria, the "
            "new government said electricity had been restored to most of Aleppo, known in "
            "Arabic as Halab, for the first time since 2012. In Iraq, Mosul's rebuilt al-Nouri "
            "mosque reopened to worshippers on Friday."
        ),
        {
            "Gaza": ("PS", None),
            "Ghazzah": ("PS", None),
            "Hodeidah": ("YE", None),
            "Al Hudaydah": ("YE", None),
            "Sanaa": ("YE", None),
            "Aleppo": ("SY", None),
            "Halab": ("SY", None),
            "Mosul": ("IQ", None),
        },
    ),
    (
        "g",
        (
            "DOVER, Del. — Kent County commissioners voted 5-2 on Tuesday to approve a "
            "1,100-acre solar farm outside Camden, the largest in Delaware, over the "
            "objections of farmers who said it would take good land out of production. The "
            "developer, Granite Ridge Energy of Dover, N.H., said construction would begin "
            "next spring and create 200 jobs. Residents of Smyrna and Milford packed the "
            "meeting at the county administration building in Dover, many wearing green "
            "shirts that read 'Farms, Not Panels.' One commissioner said the county seat had "
            "grown by a fifth in a decade and needed the tax revenue. The state's Department "
            "of Agriculture said it would check whether any of the land was under a "
            "preservation easement. Opponents said they would appeal."
        ),
        {
            "DOVER": ("US", "DE"),
            "Kent County": ("US", "DE"),
            "Camden": ("US", "DE"),
            "Dover": ("US", "NH"),
            "Smyrna": ("US", "DE"),
            "Dover#2": ("US", "DE"),
        },
    ),
    (
        "h",
        (
            "valencia flood toll rises to 219 as paiporta digs out\n\n"
            "The death toll from last week's flash floods in eastern Spain rose to 219 on "
            "Monday, the regional government of Valencia said, as thousands of volunteers with "
            "shovels and brooms walked from the city to clear mud from the southern suburbs. "
            "Paiporta, where 62 people died, remains the worst-hit town. In Chiva, 30 "
            "kilometres inland, 491 litres of rain fell in eight hours, a record for Spain. "
            "Soldiers searched underground car parks in Alfafar and Sedaví for bodies. King "
            "Felipe was pelted with mud when he visited Paiporta on Sunday with Prime Minister "
            "Pedro Sánchez, who left early. The national weather agency warned of more heavy "
            "rain in Málaga and along the Andalusian coast on Wednesday. Madrid has promised "
            "10.6 billion euros in aid. The regional leader, Carlos Mazón, faces calls to "
            "resign over the late alert sent to phones."
        ),
        {
            "valencia": ("ES", "60"),
            "Valencia": ("ES", "60"),
            "Paiporta": ("ES", "60"),
            "Chiva": ("ES", "60"),
            "Málaga": ("ES", "51"),
            "Madrid": ("ES", None),
        },
    ),
    (
        "i",
        (
            "MAERSK TO SEND SHIPS BACK THROUGH SUEZ\n\n"
            "COPENHAGEN, Feb 12 (Reuters) - A.P. Moller-Maersk said on Thursday it would send "
            "container ships back through the Suez Canal from March, ending two years of "
            "detours around the Cape of Good Hope that added 10 days to voyages between Asia "
            "and Europe. The first sailing will leave Singapore for Rotterdam and Felixstowe, "
            "calling at Jeddah and Port Said, the Danish company said. Rival Hapag-Lloyd, "
            "based in Hamburg, said it would wait for a lasting ceasefire in Yemen. Freight "
            "rates from Shanghai to Genoa fell 4 percent on the news. Insurers in London said "
            "war-risk premiums for the Red Sea had halved since January. In the air, Emirates "
            "said it would add a third daily flight between Dubai and Manchester from June, "
            "and Qatar Airways will resume flights from Doha to Damascus."
        ),
        {
            "SUEZ": ("EG", None),
            "COPENHAGEN": ("DK", None),
            "Cape of Good Hope": ("ZA", None),
            "Felixstowe": ("GB", "ENG"),
            "Port Said": ("EG", None),
            "Emirates": None,
            "Manchester": ("GB", "ENG"),
            "Doha": ("QA", None),
        },
    ),
    (
        "j",
        (
            "Perth Scorchers beat Sydney Sixers by six wickets at Optus Stadium on Sunday "
            "night to reach the Big Bash League final for the seventh time. Chasing 171, the "
            "home side won with an over to spare thanks to an unbeaten 74 from Cooper "
            "Connolly, who grew up in Perth's northern suburbs. Sixers captain Moises "
            "Henriques said his bowlers had been beaten by the dew. The Scorchers will host "
            "the final in Perth on Saturday against Hobart Hurricanes, who beat Brisbane Heat "
            "by 20 runs in Hobart on Friday. Tickets sold out within hours. The league's chief "
            "executive said crowds this season were the biggest since the competition began "
            "in 2011."
        ),
        {
            "Perth": None,
            "Sydney": None,
            "Perth#2": ("AU", "08"),
            "Perth#3": ("AU", "08"),
            "Hobart": None,
            "Hobart#2": ("AU", "06"),
        },
    ),
]

_PERSON_TOKEN = (
    "not recognised: spaCy tags the one-word name PERSON, and recognize._is_place rejects a "
    "re-typed name whose word is in person_tokens (every word of a multi-word PERSON) unless "
    "', <state or country>' follows (_before_its_container), before its place context is "
    "read; here the word comes from "
)
BATCH_10_XFAIL: dict[tuple[str, str], str] = {
    ("DOVER, Del. — Kent County comm", "Dover"): "merged span: spaCy tags 'Granite Ridge "
    "Energy of Dover' as one ORG; recognize._leading_place takes only a place that opens an "
    "institution's name, and recognize._gazetteer_phrases skips tokens inside entities, so "
    "the firm's home town before ', N.H.' is lost ('N.H.' itself resolves); as 'based in "
    "Dover, N.H.' it resolves to NH",
    ("valencia flood toll rises to 2", "valencia"): "not recognised: spaCy tags 'valencia "
    "flood' PERSON; recognize._uncased_name_at in a lower-case sentence wants an "
    "UNCASED_CUES word before the name, and the headline's first word has none (and the "
    "body's 'Valencia' it could copy is missed too)",
    ("MAERSK TO SEND SHIPS BACK THRO", "Emirates"): "wrong kept (fair but hard): spaCy "
    "tags the airline GPE ('Emirates said it would add a third daily flight'), and "
    "recognize._is_place keeps every GPE that is no institution, sports side or firm before "
    "a one-word ORG; 'emirates' is only an alternate name of the UAE, and the country is "
    "'the Emirates', never a bare subject that adds flights",
}


# --- batch 11 (helper-29, blind) --------------------------------------------------------
# Written before running the pipeline on them: twelve whole news articles (5-7 sentences) in
# regions and styles batches 1-10 cover little: (a) a Kenyan athletics story with a dateline
# (ELDORET, the Rift Valley, Iten, Kapsabet, a person Jackson); (b) an Indonesian volcano
# disaster with regencies (West Sumatra, Mount Marapi, Agam); (c) Brazilian governors named
# with their states (Minas Gerais, São Paulo, Pará, Rio Grande do Sul; the person Castro);
# (d) an Ontario college strike (HAMILTON, Ont.; Kingston, Sudbury, Peterborough, Cambridge,
# London, Ont.); (e) English towns that are words or surnames (Wells, Reading, Bath, March,
# Sale; the month March, a farmer Paul Wells); (f) an Australian heatwave (Perth, Ipswich,
# Newcastle, Darwin; Charles Darwin University, Newcastle Knights); (g) US college towns
# (Athens, Ga.; Moscow, Idaho, then a bare Moscow; Paris, Tenn.; Lebanon, Pa.; Lewiston; the
# economist Austin Reed); (h) MLS clubs and a person named like a city (Inter Miami, Atlanta
# United, Orlando City, Orlando Bloom, Barcelona the club); (i) firms named after places (Air
# India, Bank of America, Singapore Airlines; the executive Campbell Wilson); (j) Ukrainian
# war reporting with transliterations (Kharkiv and Kharkov, Zaporizhzhia, Nikopol,
# Novohrodivka, Dnipro the river and the city); (k) a Gaza wire story whose spellings vary
# (DEIR AL-BALAH, Khan Younis and Khan Yunis, Muwasi, Jabaliya); (l) an obituary with
# historical names (Salisbury, Rhodesia; Leopoldville, Dacca, Canton, Madras) and Salisbury,
# Wiltshire. Decisions: "the Rift Valley" in a Kenyan story is the Kenyan region; "Tarcísio
# de Freitas of São Paulo" is the state (the city is in it too, so admin1 27 either way); an
# unqualified Newcastle in an Australian story is Newcastle, NSW, and a bare Moscow after
# "Moscow, Idaho" keeps Idaho, as Lewiston near it is Lewiston, Idaho; a club and "Atlanta's
# coach" (the club's) are no places, nor an airline, a bank or a university named after a
# place or a person; a historical name is the current place (Salisbury, Rhodesia is Harare,
# ZW; Rhodesia is Zimbabwe; Leopoldville is Kinshasa; Dacca is Dhaka; Canton is Guangzhou,
# not Canton, Ohio; Madras is Chennai); Kharkov is Kharkiv; Muwasi is al-Mawasi, PS.
# Admin1 codes are GeoNames': BR 15 Minas Gerais, 23 Rio Grande do Sul, 27 São Paulo; CA 08
# Ontario; AU 02 NSW, 03 Northern Territory, 04 Queensland, 08 Western Australia; IN 07
# Delhi, 16 Maharashtra.
# First run 54/80 (on 2c0469a): (a) 4/6, (b) 2/5, (c) 3/7, (d) 3/7, (e) 6/7, (f) 5/6, (g) 6/7,
# (h) 4/7, (i) 7/7, (j) 6/7, (k) 5/7, (l) 3/7. The 26 misses are strict xfails with their
# cause: 6 not in the gazetteer (Rift Valley, Mount Marapi, a bare regency name Agam,
# Novohrodivka, 'Deir al-Balah' with 'al', Muwasi); 8 not recognised (Padang after 'the
# provincial capital,'; Minas Gerais and Pará after 'the governor of'; São Paulo after a
# person's 'of'; Rio Grande do Sul cut by its lower-case 'do'; the town of March tagged as a
# date; Darwin before 'and the Tiwi Islands'; Leopoldville as a person); 1 merged span (Iten
# in 'Iten and Kaptagat'); 8 wrong candidates (four Ontario towns after an unknown ', Ont.';
# Lebanon, Pa. whose 'Pa.' reads as Chongqing; Canton and Madras pulled to US namesakes by
# joint inference; Salisbury, the Wiltshire city, taking the first Salisbury's Harare); 3 clubs
# kept (Orlando City, "Atlanta's coach", "seasons at Barcelona").
BATCH_11: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "ELDORET, Kenya — Athletics Kenya will move its doping hearings from Nairobi to "
            "Eldoret next year, officials said on Monday, because most of the athletes under "
            "investigation live and train in the Rift Valley. Dozens of training camps dot the "
            "highlands around Iten and Kaptagat, where Eliud Kipchoge has trained for two "
            "decades. The federation's president, Jackson Tuwei, said the tribunal would sit "
            "twice a month at a hotel in Eldoret. Athletes from Kericho welcomed the move, saying "
            "the trip to the capital cost them days of training. A runner who asked not to be "
            "named said she had been banned after a clinic in Kapsabet gave her an injection "
            "without telling her what it was. Tuwei said the federation would also open a testing "
            "laboratory in the town."
        ),
        {
            "ELDORET": ("KE", None),
            "Eldoret": ("KE", None),
            "Rift Valley": ("KE", None),
            "Iten": ("KE", None),
            "Jackson": None,
            "Kapsabet": ("KE", None),
        },
    ),
    (
        "b",
        (
            "Rescuers in West Sumatra pulled 14 more bodies from mud and boulders on Monday after "
            "cold lava from Mount Marapi swept through villages in Agam and Tanah Datar "
            "regencies, Indonesia's disaster agency said. The death toll rose to 58, and 12 "
            "people are still missing. The road between Bukittinggi and Padang Panjang was cut in "
            "three places, and the provincial capital, Padang, sent excavators and fuel. Evacuees "
            "were sleeping in mosques and schools. President Joko Widodo ordered check dams to be "
            "built on the volcano's slopes. Cloud seeding to divert the rain would be flown from "
            "Pekanbaru, in neighbouring Riau province, the agency said."
        ),
        {
            "West Sumatra": ("ID", None),
            "Marapi": ("ID", None),
            "Agam": ("ID", None),
            "Bukittinggi": ("ID", None),
            "Padang#2": ("ID", None),
        },
    ),
    (
        "c",
        (
            "BRASÍLIA — Governors of seven Brazilian states met in Brasília on Wednesday to "
            "demand a larger share of fuel-tax revenue, saying the federal cut had left holes in "
            "their budgets. Romeu Zema, the governor of Minas Gerais, said his state had lost 9 "
            "billion reais in a year, and state employees in Belo Horizonte had been paid late "
            "for three months. Tarcísio de Freitas of São Paulo and Cláudio Castro of Rio de "
            "Janeiro backed the demand. Helder Barbalho, the governor of Pará, said the Amazon "
            "states had other priorities. The group will meet again in Porto Alegre next month, "
            "once the Rio Grande do Sul capital has recovered from the floods."
        ),
        {
            "Minas Gerais": ("BR", "15"),
            "Belo Horizonte": ("BR", "15"),
            "São Paulo": ("BR", "27"),
            "Castro": None,
            "Pará": ("BR", None),
            "Porto Alegre": ("BR", "23"),
            "Rio Grande do Sul": ("BR", "23"),
        },
    ),
    (
        "d",
        (
            "HAMILTON, Ont. — A strike by 16,000 support staff at Ontario's public colleges shut "
            "campuses in Hamilton, Kingston and Sudbury on Monday, their union said. At Mohawk "
            "College, classes moved online, while St. Lawrence College in Kingston postponed its "
            "exams. Picket lines also went up in Peterborough and in Cambridge, where Conestoga "
            "College has a campus. The colleges' bargaining council in Toronto said its offer was "
            "fair and urged the union to put it to a vote. A rally is planned for Friday in "
            "London, Ont., home of Fanshawe College."
        ),
        {
            "HAMILTON": ("CA", "08"),
            "Hamilton": ("CA", "08"),
            "Kingston": ("CA", "08"),
            "Sudbury": ("CA", "08"),
            "Peterborough": ("CA", "08"),
            "Cambridge": ("CA", "08"),
            "London": ("CA", "08"),
        },
    ),
    (
        "e",
        (
            "Heavy rain flooded homes across southern England on Tuesday. In Somerset, the River "
            "Brue burst its banks near Glastonbury, and police in Wells closed the road to "
            "Shepton Mallet. Great Western Railway cancelled trains between Reading and Bath "
            "after a landslip near Chippenham. In the Fens, the town of March was cut off when "
            "the A141 flooded, and firefighters in Sale, near Manchester, pumped water out of a "
            'care home. "We have not seen rain like this since March 2020," said Paul Wells, who '
            "farms near Taunton. The Met Office warned that more rain would fall on Thursday."
        ),
        {
            "Wells": ("GB", "ENG"),
            "Reading": ("GB", "ENG"),
            "Bath": ("GB", "ENG"),
            "March": ("GB", "ENG"),
            "Sale": ("GB", "ENG"),
            "March#2": None,
            "Wells#2": None,
        },
    ),
    (
        "f",
        (
            "SYDNEY — A heatwave pushed temperatures past 44C in Perth and 41C in Ipswich, west "
            "of Brisbane, on Tuesday, and the energy market operator warned of blackouts in "
            "Queensland. In Newcastle, the port suspended coal loading after a conveyor caught "
            "fire. Further north, the Bureau of Meteorology issued a cyclone watch for Darwin and "
            "the Tiwi Islands. Researchers at Charles Darwin University said the Top End had its "
            "hottest November on record. Perth's overnight minimum of 29C was the highest since "
            "1897, and the state government opened cooling centres in Fremantle. Newcastle "
            "Knights players trained indoors."
        ),
        {
            "Perth": ("AU", "08"),
            "Ipswich": ("AU", "04"),
            "Newcastle": ("AU", "02"),
            "Darwin": ("AU", "03"),
            "Darwin#2": None,
            "Newcastle#2": None,
        },
    ),
    (
        "g",
        (
            "ATHENS, Ga. — Rents in small college towns have risen faster than almost anywhere "
            "else in the country, a study published on Monday found. In Athens, home to the "
            "University of Georgia, the median rent for a two-bedroom apartment rose 31 percent "
            "in three years. Moscow, Idaho, saw a 24 percent rise, and rents in nearby Pullman, "
            "Wash., climbed 19 percent. Towns without a large university, such as Paris, Tenn., "
            "and Lebanon, Pa., saw rents rise by less than 8 percent. The study's author, the "
            "economist Austin Reed, said a town with one big employer was most exposed. In "
            "Moscow, a city of 26,000, students now commute from Lewiston."
        ),
        {
            "Athens": ("US", "GA"),
            "Moscow": ("US", "ID"),
            "Paris": ("US", "TN"),
            "Lebanon": ("US", "PA"),
            "Austin": None,
            "Moscow#2": ("US", "ID"),
            "Lewiston": ("US", "ID"),
        },
    ),
    (
        "h",
        (
            "Lionel Messi scored twice as Inter Miami beat Atlanta United 3-1 on Saturday night "
            "to reach the Eastern Conference final. The match in Fort Lauderdale drew a record "
            "crowd of 21,550. Inter Miami will face Orlando City next, after the Lions knocked "
            "out New York City FC on penalties in the Bronx. Atlanta's coach, Ronny Deila, said "
            "his side had been punished for every mistake. The actor Orlando Bloom, who flew in "
            "from Los Angeles, watched from the front row. Sergio Busquets, who spent 15 seasons "
            "at Barcelona, said it was his last home game."
        ),
        {
            "Miami": None,
            "Atlanta": None,
            "Fort Lauderdale": ("US", "FL"),
            "Orlando": None,
            "Atlanta#2": None,
            "Orlando#2": None,
            "Barcelona": None,
        },
    ),
    (
        "i",
        (
            "MUMBAI — Air India will buy 30 more Airbus jets, the Tata-owned airline said on "
            "Tuesday, as it races to win back passengers flying between India and the Gulf. The "
            "order, financed partly by Bank of America, will be built in Toulouse and delivered "
            "from 2027. Chief executive Campbell Wilson, who ran Singapore Airlines' budget arm "
            "before joining, said the jets would fly to Dubai, Riyadh and London from Delhi and "
            "Bengaluru. Shares in rival IndiGo fell 2 percent in Mumbai. Deutsche Telekom will "
            "supply the in-flight Wi-Fi."
        ),
        {
            "MUMBAI": ("IN", "16"),
            "India": None,
            "India#2": ("IN", None),
            "America": None,
            "Campbell": None,
            "Singapore": None,
            "Delhi": ("IN", "07"),
        },
    ),
    (
        "j",
        (
            "KYIV, Ukraine (AP) — Russian glide bombs struck Kharkiv overnight, killing four "
            "people, the regional governor said on Sunday. It was the third attack this week on "
            "the city, which Russian state television still calls Kharkov. Drones hit an energy "
            "facility in the Zaporizhzhia region, and shelling cut power to Nikopol, across the "
            "Dnipro River from the occupied nuclear plant. In the Donetsk region, Ukrainian "
            "troops pulled back from positions near Pokrovsk. Russia's defence ministry said its "
            "forces had taken Novohrodivka, which it called Novogrodovka. A train from Dnipro to "
            "Kyiv was delayed by four hours, the railway said."
        ),
        {
            "Kharkiv": ("UA", None),
            "Kharkov": ("UA", None),
            "Zaporizhzhia": ("UA", None),
            "Nikopol": ("UA", None),
            "Pokrovsk": ("UA", None),
            "Novohrodivka": ("UA", None),
            "Dnipro#2": ("UA", None),
        },
    ),
    (
        "k",
        (
            "DEIR AL-BALAH, Gaza Strip (AP) — Israeli airstrikes killed at least 27 people in "
            "Khan Younis and Deir el-Balah overnight, Gaza's Health Ministry said on Thursday. "
            "Families who fled Gaza City last year now shelter in tents in Muwasi, on the coast "
            "west of Khan Yunis, where most of the strikes hit. Aid trucks entered through Kerem "
            "Shalom, but the Rafah crossing with Egypt stayed closed. In Jabaliya, north of Gaza "
            "City, rescuers dug through rubble with their hands. The Israeli military said it had "
            "targeted militants."
        ),
        {
            "DEIR AL-BALAH": ("PS", None),
            "Khan Younis": ("PS", None),
            "Gaza City": ("PS", None),
            "Muwasi": ("PS", None),
            "Khan Yunis": ("PS", None),
            "Jabaliya": ("PS", None),
            "Gaza City#2": ("PS", None),
        },
    ),
    (
        "l",
        (
            "Margaret Ellis, a British diplomat who watched the end of empire from a string of "
            "consulates, has died aged 92. Born in Salisbury, Rhodesia, in 1933, she joined the "
            "Foreign Office after reading history at Oxford. Her first posting was Leopoldville "
            "in 1959, a year before the Congo's independence, and she later served in Dacca and "
            "in Canton. She spent her last years between Madras, which she refused to call "
            "Chennai, and Salisbury, the Wiltshire city where her husband was born. Her memoir, "
            "Letters from the Consulate, appeared in 1998."
        ),
        {
            "Salisbury": ("ZW", None),
            "Rhodesia": ("ZW", None),
            "Leopoldville": ("CD", None),
            "Dacca": ("BD", None),
            "Canton": ("CN", None),
            "Madras": ("IN", None),
            "Salisbury#2": ("GB", "ENG"),
        },
    ),
]


BATCH_11_XFAIL: dict[tuple[str, str], str] = {
    ("ELDORET, Kenya — Athletics Ken", "Rift Valley"): _NOT_IN_GAZETTEER
    + "recognised ('the Rift Valley', LOC) but no 'rift valley' in any name, neither Kenya's "
    "former Rift Valley Province nor the Great Rift Valley",
    ("Rescuers in West Sumatra pulle", "Marapi"): _NOT_IN_GAZETTEER
    + "spaCy tags 'Mount Marapi' PRODUCT, which 'mount' (LEADING_FEATURE_WORDS) would make a "
    "place if the gazetteer knew 'Mount Marapi', 'Gunung Marapi' or 'Marapi'; it knows none",
    ("Rescuers in West Sumatra pulle", "Padang#2"): "not recognised: spaCy tags it ORG in "
    "'the provincial capital, Padang, sent excavators'; a city needs place context, and an "
    "apposition after 'the (provincial) capital,' is none (_DEFINED_AS_PLACE_RE reads only "
    "'X, the capital'), though Padang (ID 24, PPLA, 909k) is in the gazetteer",
    ("BRASÍLIA — Governors of seven ", "São Paulo"): "not recognised: spaCy tags no entity "
    "there ('Tarcísio de Freitas' ORG, then nothing), and recognize._gazetteer_phrases finds "
    "'São Paulo' but wants place context, which 'of' after a person's name is not (the "
    "parallel 'Cláudio Castro of Rio de Janeiro' passes only because spaCy tags it GPE)",
    ("Lionel Messi scored twice as I", "Orlando"): "kept (club): spaCy tags 'Orlando City' "
    "GPE as a whole, resolved to Orlando, FL; 'City' is not in CLUB_SUFFIXES (it is inside "
    "the entity anyway), 'Inter Miami will face X next' has no result verb for "
    "recognize._sports_side, and the 'Inter' before 'Miami' (CLUB_PREFIXES) does not make "
    "its opponent a club",
    ("Lionel Messi scored twice as I", "Barcelona"): "kept (club, fair but hard): 'who spent "
    "15 seasons at Barcelona' is GPE, resolved to Barcelona, ES 56 (ADM2, 0.75); 'at' is a "
    "place preposition and nothing reads 'seasons at X' / 'played for X' in a sports story "
    "as a club",
    ("DEIR AL-BALAH, Gaza Strip (AP)", "Muwasi"): _NOT_IN_GAZETTEER
    + "no 'muwasi', 'mawasi' or 'al-Mawasi' (only Al Mawasit, YE); spaCy tags it ORG",
    ("Margaret Ellis, a British dipl", "Canton"): "wrong candidate: Canton, US GA (PPLA2, 25k) "
    "6.77 (conf 0.27) over Guangzhou, whose plain score (alternate name, 16M) 5.52 leads "
    "Canton, OH 5.01: in the joint step (resolve._joint) the US namesakes of the obituary's "
    "English and colonial names (Oxford, AL, chosen at 0.16; Salisbury, NC/MD; Madras, OR) "
    "support each other by distance; 'served in Dacca and in Canton' without the Oxford "
    "sentence gives Guangzhou",
    ("Margaret Ellis, a British dipl", "Salisbury"): "wrong candidate: Salisbury, GB, the "
    "sense of the second mention ('and Salisbury, the Wiltshire city where her husband was "
    "born', a town by its apposition) taken for the first, 'Salisbury, Rhodesia' (one sense "
    "per discourse); before the apposition was read the second took the first's sense instead",
}
BATCH_11_NAMES = _named_params(11, BATCH_11, BATCH_11_XFAIL)


# --- batch 12 (helper-30, blind) --------------------------------------------------------
# Written before running the pipeline on them: twelve news articles (4-7 sentences) on what
# issue 3 names and batches 1-11 test least: (a)-(e) the same ambiguous name for two places in
# one article, the deciding context sentences apart (Perth, Scotland and Perth, WA; Georgia
# the country and the state; Portland, Maine and Portland, Ore.; Birmingham, Ala. and
# Birmingham in England; Victoria, B.C. and the Australian state), with clubs and a bank
# named after places beside them (Portland Sea Dogs, Boston Red Sox, Bank of Montreal) and
# small US towns with an AP abbreviation (Florence, Ala.; Troy, N.Y.); (f) names decided only
# by the places beside them (Perth to Karratha and Broome; Kingston and Montego Bay;
# Springfield and Decatur with Chicago and Peoria); (g) sentence-initial English towns that
# are words (Reading, Hull, Deal, Bath, Bury, Nice) in and out of place context; (h) a sports
# round-up with people and clubs named like places (Jordan Henderson, Paris Saint-Germain,
# Nice, Israel Adesanya, Kyrie Irving, Dallas, Toronto Raptors, Lincoln Riley) beside the
# real towns; (i) celebrities named like places (Paris Hilton, Austin Butler, Brooklyn
# Beckham, Georgia O'Keeffe, Washington Irving) beside those places; (j) capitals and
# buildings as metonyms (Washington, "Beijing's response", the Kremlin, Downing Street), an
# adjective (Russian troops) and the Korean peninsula; (k) transliterations and accents in
# one story (Odesa/Odessa, Rzeszów/Rzeszow, Kyiv/Kiev, Zürich, Köln, Bogotá, Mumbai/Bombay);
# (l) a dateline-only story (ATHENS, Ohio) whose towns are all bare and most share their
# name with bigger places (Athens, Marietta, Lancaster, Logan, Lima).
# Decisions: a firm's home town in "Scottish whisky maker X, based in Perth" is Perth, Scotland;
# "Perth's eastern suburbs ... the state government ... Premier Roger Cook" is Perth, WA; a bare
# name after its sense was settled keeps it unless later context switches it (Portland after "Back
# in Maine"; Victoria after "unions in Victoria, where the state government"). A club, a company
# or a bank named after a place is no place (Tayside Spirits, Portland Sea Dogs, Boston Red Sox,
# Bank of Montreal, Paris Saint-Germain, OGC Nice, "Dallas beat"), nor a person (first or
# surname), nor a sentence-initial verb or adjective ("Reading the latest figures", "Nice as the
# numbers look"). A capital for its government is the capital (Washington, DC; Beijing); a
# nationality adjective is its country ("Russian troops", see the first-run note); the Kremlin is
# Russia and Downing Street Britain, as in CASES; "the Korean peninsula" is a place in either
# Korea. The town of an away win ("after winning at Brentford") is not keyed. Kingston beside
# Montego Bay is Kingston, Jamaica; Springfield and Decatur losing flights to Chicago, beside
# Peoria, are in Illinois. Old spellings are the current place (Odessa, Kiev, Bombay); Köln is
# Cologne. Admin1 codes are GeoNames': AU 07 Victoria, 08 Western Australia; CA 02 British
# Columbia; GB ENG, SCT; IN 16 Maharashtra.
# First run 68/83 (on c049821): (a) 4/6, (b) 5/6, (c) 6/6, (d) 5/6, (e) 4/6, (f) 7/7,
# (g) 2/7, (h) 7/9, (i) 8/8, (j) 5/7, (k) 8/8, (l) 7/7. One miss was my decision, not the
# pipeline's: I had written "Russian troops" as no place, but the project maps a nationality
# adjective to its country (test_recognize.test_demonyms_stand_for_their_country), so it is
# now ("RU", None). The other 14 are strict xfails with their cause: 6 wrong candidates
# where one name means two places (the first Perth, read as Perth, WA beside 'Scottish';
# 'Perth and nearby Dundee', 'the Georgia legislature' and 'Victoria, the British Columbia
# capital' pooled with another occurrence by one sense per discourse; 'Birmingham, in the
# English Midlands', whose qualifier counts only without the comma; Lincoln, Neb. read by
# the article's other places, not by the Nebraska beside it); 7 not recognised (five
# sentence-initial English towns followed by a locating apposition or nothing; Nanaimo
# tagged PERSON; 'the Korean peninsula', whose gazetteer entry has no country); 1 person
# kept (Israel of 'Israel Adesanya', split by spaCy into two GPEs). Nothing is missing from
# the gazetteer, though Hull, England is there only as an alternate name of Kingston upon Hull.
BATCH_12: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "Scottish whisky maker Tayside Spirits, based in Perth, said on Tuesday it would "
            "open a bottling plant in Western Australia next year. The firm has blended whisky "
            "beside the River Tay since 1882 and employs 300 people in Perth and nearby Dundee. "
            "The new plant will stand in Perth's eastern suburbs, close to the airport, on land "
            "the state government has offered at a reduced rent. Premier Roger Cook said it "
            "would create 120 jobs and ship to Singapore and Jakarta. Tayside's chief "
            "executive, Fiona Murray, said whisky shipped from Scotland took eight weeks to "
            "reach Asia, against ten days from Fremantle."
        ),
        {
            "Tayside": None,
            "Perth": ("GB", "SCT"),
            "Western Australia": ("AU", "08"),
            "Perth#2": ("GB", "SCT"),
            "Perth#3": ("AU", "08"),
            "Fremantle": ("AU", "08"),
        },
    ),
    (
        "b",
        (
            "ATLANTA (AP) — Gov. Brian Kemp will lead a trade mission to Georgia next month, "
            "his office said, the first visit by a sitting governor of Georgia to the former "
            "Soviet republic. The 40 executives travelling with him, from Savannah, Augusta and "
            "Macon, will spend three days in Tbilisi and tour the Black Sea port of Batumi, "
            "where a shipping line from Brunswick hopes to open an office. The small Caucasus "
            "nation has courted Western investors since mass protests last year over a "
            "foreign-agents law. Back home, Democrats in the Georgia legislature called the "
            "trip a distraction from the state's budget fight."
        ),
        {
            "ATLANTA": ("US", "GA"),
            "Georgia": ("GE", None),
            "Georgia#2": ("US", "GA"),
            "Augusta": ("US", "GA"),
            "Brunswick": ("US", "GA"),
            "Georgia#3": ("US", "GA"),
        },
    ),
    (
        "c",
        (
            "PORTLAND, Maine — The Portland Sea Dogs will stay at Hadlock Field until at least "
            "2040 under a lease the city council approved on Monday, ending talk of a move to "
            "Biddeford. The Double-A club is owned by the Boston Red Sox, whose president drove "
            "up from Boston for the vote. On the other side of the country, Portland, Ore., is "
            "still trying to land a major league team; a group led by former Trail Blazers "
            "executives wants to build a ballpark beside the Willamette River. Oregon officials "
            "said a decision was months away. Back in Maine, fans said Portland had waited long "
            "enough for a new grandstand."
        ),
        {
            "PORTLAND": ("US", "ME"),
            "Portland": None,
            "Boston": None,
            "Boston#2": ("US", "MA"),
            "Portland#2": ("US", "OR"),
            "Portland#3": ("US", "ME"),
        },
    ),
    (
        "d",
        (
            "BIRMINGHAM, Ala. (AP) — The last blast furnace in Birmingham will be torn down "
            "next spring to make way for a logistics park, its owner said Wednesday. The "
            "furnace, in the Ensley district west of downtown, stopped making iron in 2015. "
            "Mayor Randall Woodfin said it was a scar Birmingham had lived with for too long. "
            "The owner, Ashdown Steel Group, is itself based in Birmingham, in the English "
            "Midlands, where it was founded in 1890, and runs a rolling mill in Wolverhampton. "
            "It plans to hire 200 workers for the new park from Bessemer and nearby towns, and "
            "will close its wire plant in Florence, Ala., moving the work to Troy, N.Y."
        ),
        {
            "BIRMINGHAM": ("US", "AL"),
            "Birmingham#2": ("US", "AL"),
            "Birmingham#3": ("GB", "ENG"),
            "Bessemer": ("US", "AL"),
            "Florence": ("US", "AL"),
            "Troy": ("US", "NY"),
        },
    ),
    (
        "e",
        (
            "Hospitals in Victoria, the British Columbia capital, have hired 60 nurses from "
            "Australia this year, the province's health ministry said on Friday, most of them "
            "from Melbourne. The recruits were offered a bonus of C$10,000 and the chance to "
            "live on Vancouver Island. Their departure has angered unions in Victoria, where "
            "the state government is already struggling to staff emergency departments in "
            "Ballarat and Bendigo. The Australian Nursing and Midwifery Federation said "
            "Victoria had lost 1,200 nurses to Canada, Britain and New Zealand since 2022. A "
            "Bank of Montreal economist said Canadian provinces would keep recruiting abroad; "
            "Nanaimo and Kelowna are next."
        ),
        {
            "Victoria": ("CA", "02"),
            "Victoria#2": ("AU", "07"),
            "Ballarat": ("AU", "07"),
            "Victoria#3": ("AU", "07"),
            "Montreal": None,
            "Nanaimo": ("CA", "02"),
        },
    ),
    (
        "f",
        (
            "Regional carriers are adding routes for the new year. Qantas will fly from Perth "
            "to Karratha and Broome six times a week from April, chasing mine workers and "
            "tourists heading for the Kimberley. In the Caribbean, InterCaribbean will link "
            "Kingston and Montego Bay with a twice-daily shuttle, cutting a four-hour drive to "
            "35 minutes. And in the Midwest, Contour Airlines said it would drop its flights "
            "from Springfield and Decatur to Chicago in March after a federal subsidy ran out, "
            "leaving Peoria as the nearest airport with regular jet service."
        ),
        {
            "Perth": ("AU", "08"),
            "Karratha": ("AU", "08"),
            "Broome": ("AU", "08"),
            "Kingston": ("JM", None),
            "Montego Bay": ("JM", None),
            "Springfield": ("US", "IL"),
            "Decatur": ("US", "IL"),
        },
    ),
    (
        "g",
        (
            "Reading the latest council figures, you might think England's seaside towns had "
            "turned a corner. Hull saw its population grow for the first time in a decade, and "
            "Deal, on the Kent coast, now has more cafés than pubs. Bath, meanwhile, is pricing "
            "out the nurses its hospital needs. Reading, just 40 minutes from London by train, "
            "has overtaken Oxford as the fastest-growing town in the south. Bury, near "
            "Manchester, lost two of its three banks last year. Nice as the numbers look, the "
            "report warns, they hide deep poverty in towns such as Grimsby and Blackpool."
        ),
        {
            "Reading": None,
            "Hull": ("GB", "ENG"),
            "Deal": ("GB", "ENG"),
            "Bath": ("GB", "ENG"),
            "Reading#2": ("GB", "ENG"),
            "Bury": ("GB", "ENG"),
            "Nice": None,
        },
    ),
    (
        "h",
        (
            "Jordan Henderson was back at Goodison Park on Saturday, this time in the away "
            "dressing room, as Everton beat his new club 2-1. Arsenal stayed top after winning "
            "at Brentford. In Madrid, Atlético Madrid drew with Sevilla, while Paris "
            "Saint-Germain thrashed Nice 5-0 at the Parc des Princes. Israel Adesanya, who grew "
            "up in Auckland, headlines a card in Perth next month. In the NBA, Kyrie Irving "
            "scored 31 as Dallas beat the Toronto Raptors in Toronto, and in college football "
            "Lincoln Riley's team flew to Lincoln to face Nebraska."
        ),
        {
            "Jordan": None,
            "Paris": None,
            "Nice": None,
            "Israel": None,
            "Irving": None,
            "Dallas": None,
            "Toronto#2": ("CA", "08"),
            "Lincoln": None,
            "Lincoln#2": ("US", "NE"),
        },
    ),
    (
        "i",
        (
            "Paris Hilton flew to Paris for the couture shows on Monday, a week after Austin "
            "Butler was spotted filming in Austin. Brooklyn Beckham, who was named after the "
            "New York borough, opened a restaurant in Brooklyn last month. Chelsea Clinton "
            "spoke at a literacy charity in Chelsea, west London, on Thursday. Meanwhile, a "
            "rare Georgia O'Keeffe painting of the hills near Abiquiu, New Mexico, sold for $44 "
            "million in New York. The sale included letters Washington Irving wrote from his "
            "home in Tarrytown."
        ),
        {
            "Paris": None,
            "Paris#2": ("FR", None),
            "Austin": None,
            "Austin#2": ("US", "TX"),
            "Brooklyn": None,
            "Brooklyn#2": ("US", "NY"),
            "Georgia": None,
            "Washington": None,
        },
    ),
    (
        "j",
        (
            "Washington warned Beijing on Tuesday that it would answer any blockade of Taiwan, "
            "and Beijing's response came within hours: a foreign ministry spokesman in Beijing "
            "called the remarks reckless. The Kremlin said it was watching closely, while "
            "Downing Street urged calm. Russian troops held drills near Vladivostok, and South "
            "Korea put its forces on alert across the Korean peninsula. Officials in Seoul said "
            "Pyongyang had test-fired two missiles into the Sea of Japan."
        ),
        {
            "Washington": ("US", "DC"),
            "Beijing#2": ("CN", None),
            "Kremlin": ("RU", None),
            "Downing Street": ("GB", None),
            "Russian": ("RU", None),
            "Korean peninsula": ("KR|KP", None),
            "Pyongyang": ("KP", None),
        },
    ),
    (
        "k",
        (
            "KYIV, Ukraine — Grain exports through Odesa rose 12 percent in November, the "
            "agriculture ministry said, even as Russian drones struck the port twice. Traders "
            "in Zürich and Geneva said insurers had cut premiums for ships leaving Odessa, "
            "which most of their contracts still spell the Russian way. Aid convoys still cross "
            "from Rzeszów in Poland, whose airport handles most Western deliveries; a logistics "
            "firm in Köln said its trucks from Rzeszow now reach Kiev in 18 hours. In Bogotá, "
            "millers said Ukrainian wheat was undercutting Canadian supplies, and importers in "
            "Mumbai, which older traders still call Bombay, reported the same."
        ),
        {
            "Zürich": ("CH", None),
            "Odessa": ("UA", None),
            "Rzeszów": ("PL", None),
            "Köln": ("DE", None),
            "Rzeszow": ("PL", None),
            "Kiev": ("UA", None),
            "Bogotá": ("CO", None),
            "Bombay": ("IN", "16"),
        },
    ),
    (
        "l",
        (
            "ATHENS, Ohio (AP) — A chemical spill at a rail yard forced the evacuation of about "
            "400 homes on Thursday, and classes at Ohio University were cancelled for a second "
            "day. The tanker derailed just outside Athens, on a line that carries freight from "
            "Columbus to Marietta. Crews from Lancaster and Logan helped contain the leak, and "
            "a hazardous-materials team was sent from Dayton. State officials said water "
            "samples taken downstream at Belpre showed no contamination. A similar derailment "
            "near Lima in 2019 led to new rules that the railroad says it followed."
        ),
        {
            "ATHENS": ("US", "OH"),
            "Athens": ("US", "OH"),
            "Marietta": ("US", "OH"),
            "Lancaster": ("US", "OH"),
            "Logan": ("US", "OH"),
            "Belpre": ("US", "OH"),
            "Lima": ("US", "OH"),
        },
    ),
]


BATCH_12_XFAIL: dict[tuple[str, str], str] = {
    ("Scottish whisky maker Tayside ", "Perth"): "first run: Perth, AU 08 (PPLA, 2.2M) 9.63 "
    "conf 0.95. Wrong candidate: 'Scottish whisky maker X, based in Perth' gives no Scottish "
    "reading, as the demonym 'Scottish' resolves to the United Kingdom (GB, no SCT) and so "
    "does not favour Perth, GB SCT (PPLA2, 47k, 8.31) over its big namesake; 'Western "
    "Australia' in the same sentence pulls AU (the sentence without it still gives AU, 6.10 "
    "to 5.75)",
    ("Hospitals in Victoria, the Bri", "Victoria#3"): "wrong candidate: Victoria, CA 02 "
    "(the article's first reading, from 'Victoria, the British Columbia capital') in 'The "
    "Australian Nursing and Midwifery Federation said Victoria had lost 1,200 nurses to "
    "Canada, Britain and New Zealand': 'Canada' in the same sentence agrees with the shared "
    "reading, so the sentence does not lift the Australian state (the federation's name, an "
    "organisation, is no place); first run AU 07 for all three",
    ("Reading the latest council fig", "Hull"): "first run: no place. Not recognised: no "
    "entity in 'Hull saw its population grow', and recognize._gazetteer_phrases skips a "
    "sentence-initial name unless a container or 'is in' follows; even 'In Hull, ...' gives "
    "Hull, US MA (PPL, 10k), since the English city is 'Kingston upon Hull' with Hull only "
    "an alternate name",
    ("Reading the latest council fig", "Bath"): "first run: no place. Not recognised: no "
    "entity in 'Bath, meanwhile, is pricing out the nurses its hospital needs' and no place "
    "context; only the article ('England's seaside towns', Hull, Deal) says it is a town",
    ("Jordan Henderson was back at G", "Israel"): "first run: Israel, IL (PCLI). Kept (a "
    "person): spaCy splits 'Israel Adesanya' into two GPEs; Adesanya is in no gazetteer and "
    "drops out, Israel stays; recognize._major_place_as_person needs a two-word entity, and "
    "', who grew up in Auckland' after the pair does not mark a person",
    ("Washington warned Beijing on T", "Korean peninsula"): "first run: no place. Not "
    "recognised: spaCy tags only 'Korean' NORP, 'peninsula' is lower case, and 'Korean' is "
    "no demonym (gazetteer.demonym: North or South); the gazetteer's 'Korean Peninsula' (PEN) "
    "has no country code, so even found it would not read KR or KP",
}
BATCH_12_NAMES = _named_params(12, BATCH_12, BATCH_12_XFAIL)


# --- batch 13 (helper-31, blind) --------------------------------------------------------
# Written before running the pipeline on them, in twelve styles the earlier batches cover
# little: (a) a ProMED cholera report from Malawi's Southern Region districts, with a
# Mozambican province across the border; (b) dengue in Paraná towns, two of which share their
# name with bigger places (Toledo; Cascavel, also in Ceará), and an institute named after a
# São Paulo district (Butantan); (c) avian flu on Polish farms in three voivodeships, with a
# village and county towns; (d) chikungunya in the Seychelles and Réunion, whose towns (Victoria,
# Saint-Denis, Saint-Pierre, Saint-Paul) are named like places everywhere; (e) a Reuters
# Central Asia story with Caspian ports and "China said"; (f) Serbia and Kosovo protests, with
# a mining town named Bor and capitals as metonyms; (g) West African cocoa smuggling with
# Ghanaian regions, border towns and San-Pédro; (h) Andean mining and fuel news (Trujillo,
# Santa Cruz, La Paz, El Alto) and Argentine crushers in Córdoba and Rosario; (i) Guyana oil
# with towns named Wales, Linden and New Amsterdam; (j) a Lancaster County, Pa., zoning story
# with townships, boroughs, villages (Intercourse, Bird-in-Hand) and a person named Hershey;
# (k) Cornish parishes (St Ives, Truro, Falmouth, Newquay) that share names abroad; (l) a
# football round-up where island nations and countries are teams.
# Decisions: a country acting in the news is its country ("China said", "Venezuela ... said",
# "Pristina accused Belgrade"); a capital as metonym is its city. A national team is a team
# named after a place and so no place, like "Dallas beat" (Curaçao, Jamaica, the Faroe
# Islands, Czechia, Brazil, Argentina as sides), while the town of the match and a country
# acting off the pitch (Greenland, Denmark) are places. An institute named after a place
# (Butantan) and a person (Commissioner Hershey) are no place; a firm's base ("Houston-based")
# is. A nationality adjective is its country (Curaçaoan, Ecuadorean, Ivorian). A lake shared
# by three countries accepts any of them. Admin1 codes are GeoNames': BR 07 Distrito Federal,
# 18 Paraná, 26 Santa Catarina, 27 São Paulo; BA 02 Republika Srpska; BO 04 La Paz, 08 Santa
# Cruz; GH 01 Greater Accra, 02 Ashanti, 09 Western, 18 Western North; GY 12
# Demerara-Mahaica, 13 East Berbice-Corentyne, 18 Upper Demerara-Berbice; KG 01 Bishkek, 03
# Jalal-Abad, 08 Osh; KZ 02 Almaty, 05 Astana, 09 Mangghystau; MW S Southern Region; PE 04
# Arequipa, 13 La Libertad; PL 74 Łódzkie, 75 Lubelskie, 78 Mazowieckie, 86 Wielkopolskie;
# RS VO Vojvodina; SC 05 Anse Royale.
# First run 54/78 (on 416b421): (a) 4/6, (b) 3/6, (c) 6/6, (d) 3/6, (e) 6/7, (f) 5/6,
# (g) 5/6, (h) 3/6, (i) 5/6, (j) 4/8, (k) 6/7, (l) 4/8. The 24 misses are strict xfails with
# their cause: 13 not recognised (sentence-initial names with no entity: Foz do Iguaçu,
# Cascavel, Pristina; ORG or NORP labels with a cue the pipeline ignores: 'districts of',
# 'villages of', 'X parish', 'borough and'; a ProMED 'Country (Region)' header; 'above La
# Paz'; Saint-Pierre with no entity; two demonyms missing: 'Ecuadorean', 'Curaçaoan'),
# 7 not in the gazetteer (Bangula, Elubo, Pataz under its bare name, Manheim Township,
# Bird-in-Hand, cut to Hand County, SD; Alat, read as Olot, UZ; Wales, Guyana, read as
# Wales, GB), 1 gazetteer entry without a country (Lake Malawi), 1 wrong candidate
# (Willemstad read as a Dutch hamlet beside Rotterdam and Amsterdam) and 2 national teams
# kept (Curaçao 'drew 0-0 with', the Faroe Islands ', who beat'). Seen beside the keys: El
# Alto, Bolivia is not in the gazetteer (read El Alto, PE 20) and 'the La Libertad region'
# gives no place.
BATCH_13: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "Cholera - Malawi: Malawi's Ministry of Health reported 214 new cholera cases and "
            "9 deaths in the week to 22 November, most of them in Nsanje and Chikwawa districts "
            "in the lower Shire valley. Cases in Nsanje rose after floods displaced some 12 000 "
            "people into camps near Bangula. In Mangochi district, the outbreak has spread among "
            "fishing communities on the southern shore of Lake Malawi. Blantyre city recorded "
            "31 cases, mostly in the townships of Ndirande and Bangwe, where the water supply "
            "has been intermittent. The district health office in Zomba said oral vaccine "
            "would be given to 80 000 people next week. Mozambique has reported linked cases "
            "in Tete province, across the border from Nsanje. The WHO assesses the risk as high "
            "at national level and moderate at regional level."
        ),
        {
            "Nsanje": ("MW", "S"),
            "Chikwawa": ("MW", "S"),
            "Bangula": ("MW", "S"),
            "Lake Malawi": ("MW|MZ|TZ", None),
            "Blantyre": ("MW", "S"),
            "Zomba": ("MW", "S"),
        },
    ),
    (
        "b",
        (
            "Dengue - Brazil (Paraná): The Paraná state health department confirmed 38 412 "
            "dengue cases and 27 deaths since August, with the heaviest burden in the west of "
            "the state. Foz do Iguaçu declared an epidemic on Monday, and the border city is "
            "coordinating with health authorities in Ciudad del Este, Paraguay. Cascavel and "
            "Toledo, the main towns of western Paraná, have opened 24-hour dengue clinics. In "
            "the north, Londrina and Maringá reported a rise in serotype 3, which had not "
            "circulated widely in the state since 2008. Neighbouring Santa Catarina recorded "
            "its first locally acquired cases in Joinville and Chapecó. The ministry in "
            "Brasília said it would send 400 000 doses of the Butantan vaccine to the state "
            "next month. Cases in São Paulo state remain below last year's level."
        ),
        {
            "Paraná": ("BR", "18"),
            "Foz do Iguaçu": ("BR", "18"),
            "Cascavel": ("BR", "18"),
            "Toledo": ("BR", "18"),
            "Maringá": ("BR", "18"),
            "Butantan": None,
        },
    ),
    (
        "c",
        (
            "Avian influenza - Poland: Poland's General Veterinary Inspectorate confirmed "
            "highly pathogenic H5N1 on a farm of 38 000 turkeys in the village of Wierzbno, "
            "Ostrów Wielkopolski county, in the Wielkopolskie voivodeship. It is the eleventh "
            "outbreak in the province this autumn; earlier ones were near Kalisz, Krotoszyn "
            "and Jarocin. All poultry within a 3 km radius is being culled, and a 10 km "
            "surveillance zone extends into the neighbouring Łódzkie voivodeship around "
            "Sieradz. A separate outbreak in laying hens was confirmed in the Lubelskie "
            "voivodeship near Biała Podlaska, close to the border with Belarus. Poland is the "
            "EU's largest poultry producer, and Germany and the Czech Republic have banned "
            "imports from the affected zones. The veterinary service in Warsaw said wild birds "
            "resting along the Warta river were the likely source."
        ),
        {
            "Wierzbno": ("PL", "86"),
            "Ostrów Wielkopolski": ("PL", "86"),
            "Kalisz": ("PL", "86"),
            "Sieradz": ("PL", "74"),
            "Biała Podlaska": ("PL", "75"),
            "Warta": ("PL", None),
        },
    ),
    (
        "d",
        (
            "VICTORIA, Seychelles, Nov 30 (AFP) - The Seychelles health ministry reported 46 "
            "chikungunya cases on Mahé this month, most in Victoria and the nearby districts of "
            "Mont Fleuri and Anse Royale, and urged travellers to use repellent. The outbreak "
            "follows the epidemic on Réunion, where the French health agency recorded more "
            "than 50,000 cases this year, the worst since 2006. On Réunion, Saint-Pierre and "
            "Le Tampon in the south and Saint-Paul in the west were hardest hit, and the "
            "prefecture in Saint-Denis ordered mosquito spraying in schools. Mauritius has "
            "reported cases in Port Louis and Curepipe, and Mayotte in Mamoudzou. France sent "
            "40,000 vaccine doses to the island in April."
        ),
        {
            "VICTORIA": ("SC", None),
            "Victoria": ("SC", None),
            "Anse Royale": ("SC", "05"),
            "Saint-Pierre": ("RE", None),
            "Saint-Paul": ("RE", None),
            "Saint-Denis": ("RE", None),
        },
    ),
    (
        "e",
        (
            "ALMATY, Kazakhstan, Nov 30 (Reuters) - Kazakhstan will expand the Caspian port of "
            "Aktau and build a rail spur to Kuryk to handle more cargo on the Middle Corridor "
            "route to Europe, the transport ministry said on Monday. Volumes through Aktau rose "
            "40% this year as shippers avoided routes through Russia. China said it would "
            "finance part of the $1.3 billion project, and Azerbaijan, whose port of Alat near "
            "Baku receives the ferries, pledged to add berths. Landlocked Uzbekistan wants a "
            "rail link from Tashkent through Turkmenistan to the Caspian. In Kyrgyzstan, work "
            "began last month on a new railway near Jalal-Abad, while Bishkek is seeking funds "
            "for a spur to Osh. Astana expects freight on the corridor to reach 10 million "
            "tonnes by 2027."
        ),
        {
            "ALMATY": ("KZ", "02"),
            "Aktau": ("KZ", "09"),
            "China": ("CN", None),
            "Alat": ("AZ", None),
            "Tashkent": ("UZ", None),
            "Osh": ("KG", "08"),
            "Astana": ("KZ", "05"),
        },
    ),
    (
        "f",
        (
            "BELGRADE, Nov 30 (Reuters) - Thousands of students marched from Novi Sad to "
            "Belgrade on Saturday, a year after a railway station canopy collapsed in the "
            "northern city and killed 16 people. Serbia's president said the protests were "
            "funded from abroad and offered early elections next spring. Farmers joined the "
            "march in Niš and Kragujevac, and miners at the Chinese-owned copper complex in Bor "
            "staged a one-hour strike. In Kosovo, police closed the Jarinje crossing after Serb "
            "protesters blocked the main road into North Mitrovica. Pristina accused Belgrade "
            "of stoking the unrest, and the European Union urged both sides to return to talks "
            "in Brussels. In Bosnia, the Republika Srpska assembly met in Banja Luka to debate "
            "a referendum on leaving the state's courts."
        ),
        {
            "Novi Sad": ("RS", "VO"),
            "Niš": ("RS", None),
            "Bor": ("RS", None),
            "Kosovo": ("XK", None),
            "North Mitrovica": ("XK", None),
            "Pristina": ("XK", None),
        },
    ),
    (
        "g",
        (
            "ACCRA, Nov 30 (Reuters) - Ghana's cocoa regulator raised the farmgate price by "
            "20% on Monday to curb the smuggling of beans into Côte d'Ivoire and Togo, where "
            "buyers pay more in cash. Smugglers move beans at night from the Western North "
            "region through border towns such as Enchi and Elubo, officials said. Arrivals at "
            "the port of Takoradi fell by a third in October, while the Tema terminal near "
            "Accra handled mostly beans from Ashanti. In Ivory Coast, exporters in San-Pédro "
            "said the mid-crop outlook had improved after rains. The Ivorian regulator in "
            "Abidjan said it would keep its price unchanged until April."
        ),
        {
            "ACCRA": ("GH", "01"),
            "Western North": ("GH", "18"),
            "Elubo": ("GH", "09"),
            "Takoradi": ("GH", "09"),
            "San-Pédro": ("CI", None),
            "Ivorian": ("CI", None),
        },
    ),
    (
        "h",
        (
            "LIMA, Nov 30 (Reuters) - Informal gold miners blocked the Pan-American Highway "
            "north of Trujillo on Monday, cutting traffic between Lima and the Ecuadorean "
            "border, to demand an extension of a registry that lets them keep working. Police "
            "said roads were also shut around Pataz, the gold district in the La Libertad "
            "region where 13 mine workers were killed in May, and near Chala in Arequipa. In "
            "Bolivia, fuel shortages left lines of lorries kilometres long in Santa Cruz, the "
            "farming hub, and in El Alto above La Paz. Argentine soy crushers in Córdoba and "
            "Rosario said Bolivian trucks had stopped arriving with beans."
        ),
        {
            "Trujillo": ("PE", "13"),
            "Ecuadorean": ("EC", None),
            "Pataz": ("PE", "13"),
            "Santa Cruz": ("BO", "08"),
            "La Paz": ("BO", "04"),
            "Córdoba": ("AR", None),
        },
    ),
    (
        "i",
        (
            "GEORGETOWN, Guyana, Nov 30 (Reuters) - Guyana will start power from its first "
            "gas-to-energy plant at Wales, on the west bank of the Demerara River, in March, "
            "the government said on Monday, halving electricity costs in Georgetown. The "
            "pipeline brings gas ashore from the Exxon-led Stabroek block, 200 km offshore. A "
            "new highway to Linden, the bauxite town upriver, and a bridge at New Amsterdam on "
            "the Berbice River are due to open next year. Venezuela, which claims the "
            "Essequibo region, said the deal ignored its rights; Caracas held a referendum on "
            "annexing the area in 2023. Neighbouring Suriname, whose first offshore oil is due "
            "in 2028, plans a gas pipeline to Paramaribo. Houston-based Exxon said output from "
            "Guyana would top 900,000 barrels a day next year."
        ),
        {
            "GEORGETOWN": ("GY", "12"),
            "Wales": ("GY", None),
            "Linden": ("GY", "18"),
            "New Amsterdam": ("GY", "13"),
            "Venezuela": ("VE", None),
            "Houston": ("US", "TX"),
        },
    ),
    (
        "j",
        (
            "LANCASTER, Pa. — Manheim Township commissioners voted 4-1 on Monday night to "
            "rezone 120 acres of farmland along Route 72 for a distribution warehouse, over "
            "objections from residents of Lititz and neighbouring Warwick Township. The "
            "Lancaster County Planning Commission had advised against the change, warning that "
            "trucks would crowd the roads through Manheim borough and Ephrata. The developer, a "
            "Harrisburg company, said the site would bring 600 jobs. Farmers in Paradise "
            "Township and the villages of Intercourse and Bird-in-Hand have fought similar "
            "plans, citing the tourist traffic that Amish country already draws to Strasburg. "
            "Commissioner Ryan Hershey, who cast the only vote against, said the township "
            "would regret it. Across the Susquehanna, York County has approved three "
            "warehouses since 2023."
        ),
        {
            "Manheim Township": ("US", "PA"),
            "Lititz": ("US", "PA"),
            "Manheim#2": ("US", "PA"),
            "Ephrata": ("US", "PA"),
            "Intercourse": ("US", "PA"),
            "Bird-in-Hand": ("US", "PA"),
            "Strasburg": ("US", "PA"),
            "Hershey": None,
        },
    ),
    (
        "k",
        (
            "Parish councillors in St Ives have asked Cornwall Council to double council tax "
            "on second homes again, saying nearly one house in four in the town stands empty "
            "for most of the winter. St Ives and its neighbours Carbis Bay and Lelant lost "
            "their last bank branch in the spring. At a meeting in Truro on Thursday, the "
            "council's cabinet heard that Falmouth, Newquay and Padstow also wanted the premium "
            "raised. Residents in Penzance and Camborne said rents had risen faster than "
            "anywhere in England outside London. The clerk of St Agnes parish said young "
            "families were leaving Cornwall for Plymouth and Exeter."
        ),
        {
            "St Ives": ("GB", "ENG"),
            "St Ives#2": ("GB", "ENG"),
            "Truro": ("GB", "ENG"),
            "Falmouth": ("GB", "ENG"),
            "Newquay": ("GB", "ENG"),
            "Penzance": ("GB", "ENG"),
            "St Agnes": ("GB", "ENG"),
        },
    ),
    (
        "l",
        (
            "Curaçao drew 0-0 with Jamaica in Kingston on Tuesday to reach its first World "
            "Cup, and thousands celebrated until dawn in Willemstad. The island of 156,000 "
            "people, a self-governing part of the Kingdom of the Netherlands, is the smallest "
            "nation ever to qualify. Most of its squad were born in Rotterdam and Amsterdam to "
            "Curaçaoan parents. The Faroe Islands, who beat Czechia in Tórshavn in October, "
            "missed out on a playoff place. Greenland, which is not a FIFA member, hopes to "
            "join the North American confederation; officials in Nuuk said Denmark had raised "
            "no objection. In South America, Brazil beat Argentina 2-1 in São Paulo."
        ),
        {
            "Curaçao": None,
            "Kingston": ("JM", None),
            "Willemstad": ("CW", None),
            "Curaçaoan": ("CW", None),
            "Faroe Islands": None,
            "Tórshavn": ("FO", None),
            "Greenland": ("GL", None),
            "Brazil": None,
        },
    ),
]

BATCH_13_XFAIL: dict[tuple[str, str], str] = {
    ("Cholera - Malawi: Malawi's Min", "Bangula"): "first run: no place (kept unresolved). Not "
    "in the gazetteer: spaCy tags 'Bangula' GPE in 'camps near Bangula', but the Nsanje "
    "trading centre has no entry",
    ("Cholera - Malawi: Malawi's Min", "Lake Malawi"): "first run: Lake Malawi (LK) with no "
    "country. Gazetteer entry without a country: found and chosen, but the lake's record has "
    "country_code '' (as the Korean Peninsula), so no country can be read",
    ("ALMATY, Kazakhstan, Nov 30 (Re", "Alat"): "first run: Olot Shahri, UZ 02 (PPLA2, "
    "12k, an alternate name). Not in the gazetteer: the Azerbaijani port (Ələt) is missing, "
    "so the only candidate is a Bukhara town, kept though the phrase is 'Azerbaijan, whose "
    "port of Alat near Baku'",
    ("ACCRA, Nov 30 (Reuters) - Ghan", "Elubo"): "first run: no place. Not in the "
    "gazetteer (nor Enchi); spaCy merges 'Enchi and Elubo' into one ORG in 'border towns "
    "such as Enchi and Elubo'",
    ("GEORGETOWN, Guyana, Nov 30 (Re", "Wales"): "first run: Wales, GB WLS (ADM1) conf "
    "0.82. Not in the gazetteer: Wales, the Guyanese village on the Demerara, is missing, so "
    "the Welsh nation wins despite the 'GEORGETOWN, Guyana' dateline and 'on the west bank "
    "of the Demerara River'",
    ("LANCASTER, Pa. — Manheim Towns", "Manheim Township"): "first run: no place (GPE "
    "kept unresolved). Not in the gazetteer: only Manheim borough (US PA PPL, 5k) is; "
    "civil townships (GeoNames ADM3) are not loaded, and 'X Township' does not fall back "
    "to X in the same state",
    ("LANCASTER, Pa. — Manheim Towns", "Bird-in-Hand"): "first run: 'Hand' -> Hand "
    "County, US SD (a cut span). Not in the gazetteer (the village has about 400 people), "
    "and the gazetteer phrase pass matches the last part of the hyphenated name",
}
BATCH_13_NAMES = _named_params(13, BATCH_13, BATCH_13_XFAIL)


# --- batch 14 (helper-32, blind) --------------------------------------------------------
# Written before running the pipeline on them, in eleven styles the earlier batches cover little:
# (a) US local TV news from Springfield, Ohio, whose county seat and neighbours share their names
# with Illinois places (Urbana, Champaign County), a chief deputy named Jordan and a second
# Springfield, Illinois; (b) Indian regional news with districts of one name in two states
# (Aurangabad in Bihar and the renamed Maharashtra city; Hamirpur in Himachal Pradesh and Uttar
# Pradesh) and a region (Marathwada); (c) South African floods with a town named George beside a
# spokesman named George, East London as dateline and town, and Komani, formerly Queenstown; (d) a
# Nigerian wire story where Niger State and the country Niger, Plateau State, Delta State and a
# person named Victoria meet; (e) a Philippine typhoon with Bicol provinces, Quezon province
# beside Quezon City and towns named like other places (Naga, Talisay, Laurel); (f) a Dalmatian
# travel feature opening on 'Split', with 'Nice as ...' an adjective, Nice the city later, an
# airline named after a country and a guide named Florence; (g) an MLS match report: FC
# Cincinnati, Sporting Kansas City, Minnesota United, Cercle Brugge and players named Austin
# Lincoln, beside the towns of the match and the fans' Louisville; (h) a business story with
# companies named after places (Nokia, Texas Instruments, Boston Scientific, Santander, Marathon
# Petroleum) and their home towns; (i) an English magistrates' court report whose defendants are
# named like towns (Jordan Price, Victoria Bath, Henley Smith, Chelsea Morgan) and come from towns
# (Caversham, Wokingham, Henley-on-Thames, Slough); (j) a Gulf Coast weather round-up opening on
# 'Mobile', with Laurel, Lafayette, Columbus, Athens, Panama City, Jackson and Birmingham; (k) a
# historical feature on renamed cities (Königsberg, Danzig, Breslau, Stettin, Lemberg/Lwów,
# Pressburg, Smyrna, Stalingrad, Saigon).
# Decisions: a dateline is a place; a club, a firm, a bank, an airline or a court named after a
# place is no place, nor a person's first name or surname; a firm's home town ("Dallas-based", "of
# Findlay, Ohio") and the town of a match or a coming away match are places; a nationality
# adjective is its country (Finnish, British); a renamed or historical name is the current place
# (Queenstown is Komani, Danzig Gdańsk, Lemberg and Lwów Lviv, Pressburg Bratislava, Smyrna İzmir,
# Stalingrad Volgograd, Saigon Ho Chi Minh City, Chhatrapati Sambhajinagar the old Aurangabad).
# "Aurangabad district" in a Bihar story is the Bihar district; "the Hamirpur district
# administration" after Himachal Pradesh is the Himachal district. A lake shared by regions is
# checked at country.
# Admin1 codes are GeoNames': IN 11 Himachal Pradesh, 16 Maharashtra, 34 Bihar, 36 Uttar Pradesh;
# ZA 02 KwaZulu-Natal, 05 Eastern Cape, 06 Gauteng, 11 Western Cape; NG 05 Lagos, 11 Federal
# Capital Territory, 23 Kaduna, 26 Benue, 28 Imo, 31 Niger, 36 Delta, 49 Plateau; PH 05 Bicol, 40
# Calabarzon, NCR; HR 03 Dubrovnik-Neretva, 15 Split-Dalmatia, 19 Zadar; BA 01 Federation; FR 11
# Île-de-France, 93 Provence-Alpes-Côte d'Azur; FI 01 Uusimaa, 06 Pirkanmaa; SE 26 Stockholm; IE C
# Connacht; PL 72 Lower Silesia, 82 Pomerania, 87 West Pomerania; RU 23 Kaliningrad, 84 Volgograd;
# UA 15 Lviv; SK 02 Bratislava; TR 35 İzmir.
# First run 129/175 = .737 (on fb49232): (a) 7/11, (b) 7/12, (c) 12/14, (d) 14/15, (e) 13/16, (f)
# 12/18, (g) 12/14, (h) 19/20, (i) 13/16, (j) 10/17, (k) 10/22. The 46 misses are strict xfails
# with their cause and a suggested fix: 31 not recognised (12 sentence-initial names with no
# entity or a PERSON/ORG label and no cue the pipeline reads: Split twice, Dubrovnik, Gaya,
# Reading, Mobile, Pensacola, Lafayette, Dayton, Danzig, Stalingrad, Saigon; 9 inside an entity
# the model merged: a WORK_OF_ART of five Polish cities and Poland, Hvar beside the unknown Brač,
# 'Biloxi 3.9' and 'Dothan 95'; 10 mid-sentence PERSON/ORG/PRODUCT without a cue read: Nawada,
# 'The Aurangabad in Bihar', Makarska, Houma, Montgomery, Mayon Volcano, Kaliningrad, Bratislava,
# Volgograd, and George blocked by the person George Mahlangu), 8 not in the gazetteer (Bethel
# Township, Chhatrapati Sambhajinagar, Marathwada, Komani, Laguna de Bay, Brač, and Caversham,
# Berkshire twice, the first read as Caversham, AU), 4 wrong candidates (Urbana and Champaign
# County pulled to Illinois as a pair against the Ohio dateline; 'neighbouring Niger' pooled with
# 'Niger State'; Quezon province read as a Bicol village) and 3 a team or firm kept ('Cincinnati
# visit Columbus', "Kansas City's coach", "Santander, Spain's largest bank").
# Seen beside the keys: 'Oxford' of 'Oxford Crown Court' is kept as Oxford, GB; HELSINKI and
# Helsinki are read as the Helsinki sub-region (ADM2), not the capital (FI 01 either way).
BATCH_14: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "SPRINGFIELD, Ohio (WDTN) — Clark County commissioners voted Wednesday to build a "
            "new 400-bed jail on the city's east side, ending a decade of debate over crowding "
            "at the downtown lockup. Springfield officials said construction would begin in "
            "the spring. Chief Deputy Jordan Hale told 2 NEWS the jail sends inmates to "
            "Champaign County and Montgomery County when it runs out of beds. Urbana, the "
            "Champaign County seat, charges $75 a night per inmate. Residents of Bethel "
            "Township and New Carlisle packed the meeting, many worried about a new property "
            "tax levy. Dayton attorney Mark Reese urged the board to spend more on mental "
            "health care instead, pointing to a diversion program in Springfield, Illinois, "
            "that cut bookings by a fifth. The vote was 2-1."
        ),
        {
            "SPRINGFIELD": ("US", "OH"),
            "Clark County": ("US", "OH"),
            "Springfield": ("US", "OH"),
            "Jordan": None,
            "Champaign County": ("US", "OH"),
            "Montgomery County": ("US", "OH"),
            "Urbana": ("US", "OH"),
            "Bethel Township": ("US", "OH"),
            "New Carlisle": ("US", "OH"),
            "Dayton": ("US", "OH"),
            "Springfield#2": ("US", "IL"),
        },
    ),
    (
        "b",
        (
            "PATNA: Lightning killed 21 people across Bihar on Thursday, eight of them in "
            "Aurangabad district, the state disaster management department said. Gaya and "
            "Nawada reported four deaths each, and two farmers were killed in Jehanabad. The "
            "chief minister announced Rs 4 lakh for each bereaved family. The Aurangabad in "
            "Bihar is not to be confused with the Maharashtra city, renamed Chhatrapati "
            "Sambhajinagar in 2023, where the weather office issued an orange alert for "
            "Marathwada on Friday. In Himachal Pradesh, landslides blocked the highway between "
            "Mandi and Kullu, and the Hamirpur district administration closed all schools. "
            "Hamirpur in Uttar Pradesh, on the Yamuna, recorded 98 mm of rain in a day."
        ),
        {
            "PATNA": ("IN", "34"),
            "Aurangabad": ("IN", "34"),
            "Gaya": ("IN", "34"),
            "Nawada": ("IN", "34"),
            "Jehanabad": ("IN", "34"),
            "Aurangabad#2": ("IN", "34"),
            "Chhatrapati Sambhajinagar": ("IN", "16"),
            "Marathwada": ("IN", "16"),
            "Mandi": ("IN", "11"),
            "Kullu": ("IN", "11"),
            "Hamirpur": ("IN", "11"),
            "Hamirpur#2": ("IN", "36"),
        },
    ),
    (
        "c",
        (
            "EAST LONDON — Floods in the Eastern Cape have killed at least 19 people, most of "
            "them in Mthatha, where the Mthatha River burst its banks before dawn on Tuesday. "
            "Premier Oscar Mabuyane visited Mthatha and Komani, the town formerly called "
            "Queenstown, and said the province would ask Pretoria to declare a national "
            "disaster. Roads between East London and Gqeberha were closed. In the Western Cape, "
            "George recorded its wettest June day, and the N2 near Knysna was shut by "
            "rockfalls. George Mahlangu, a forecaster at the South African Weather Service, "
            "said more rain was expected in KwaZulu-Natal, where Durban and Pietermaritzburg "
            "were devastated by floods in 2022. Hail fell on Soweto."
        ),
        {
            "EAST LONDON": ("ZA", "05"),
            "Eastern Cape": ("ZA", "05"),
            "Mthatha": ("ZA", "05"),
            "Komani": ("ZA", "05"),
            "Queenstown": ("ZA", "05"),
            "Pretoria": ("ZA", "06"),
            "East London": ("ZA", "05"),
            "Gqeberha": ("ZA", "05"),
            "George": ("ZA", "11"),
            "Knysna": ("ZA", "11"),
            "George#2": None,
            "Durban": ("ZA", "02"),
            "Pietermaritzburg": ("ZA", "02"),
            "Soweto": ("ZA", "06"),
        },
    ),
    (
        "d",
        (
            "ABUJA, June 9 (Reuters) - Gunmen killed 32 villagers in Plateau State overnight, "
            "police said on Monday, the latest in a wave of attacks in Nigeria's Middle Belt. "
            "The attackers struck three villages in Bokkos, south of the state capital Jos. "
            "Kaduna and Benue states have also seen deadly raids this year. In Niger State, "
            "bandits abducted 20 pupils from a school near Minna, and the army said some of "
            "the kidnappers had crossed from neighbouring Niger. In the south, militants blew "
            "up a pipeline near Warri in Delta State, and traders in Lagos said petrol prices "
            'rose 8% after the blast. "We cannot plan anything," said Victoria Okafor, who '
            "sells fuel in Ikeja. In Owerri, the Imo state capital, police imposed a curfew "
            "after clashes."
        ),
        {
            "ABUJA": ("NG", "11"),
            "Plateau State": ("NG", "49"),
            "Bokkos": ("NG", "49"),
            "Jos": ("NG", "49"),
            "Kaduna": ("NG", "23"),
            "Benue": ("NG", "26"),
            "Niger State": ("NG", "31"),
            "Minna": ("NG", "31"),
            "Niger#2": ("NE", None),
            "Warri": ("NG", "36"),
            "Delta State": ("NG", "36"),
            "Lagos": ("NG", "05"),
            "Victoria": None,
            "Ikeja": ("NG", "05"),
            "Owerri": ("NG", "28"),
        },
    ),
    (
        "e",
        (
            "LEGAZPI CITY — Typhoon Kristine forced 40,000 people from their homes in Albay as "
            "rain sent mudflows down the slopes of Mayon Volcano, the provincial disaster "
            "office said on Wednesday. Naga City in Camarines Sur was under waist-deep water, "
            "and classes were suspended in Sorsogon and Catanduanes. In Calabarzon, the storm "
            "flooded lakeshore towns around Laguna de Bay, and Batangas reported deadly "
            "landslides in Talisay and Laurel, near Taal Lake. Quezon Governor Helen Tan "
            "declared a state of calamity in the province, while Quezon City in Metro Manila "
            "opened 60 evacuation centres. The civil defence office in Manila said 46 people "
            "had died nationwide, most of them in Bicol."
        ),
        {
            "LEGAZPI CITY": ("PH", "05"),
            "Kristine": None,
            "Albay": ("PH", "05"),
            "Mayon Volcano": ("PH", "05"),
            "Naga City": ("PH", "05"),
            "Camarines Sur": ("PH", "05"),
            "Sorsogon": ("PH", "05"),
            "Catanduanes": ("PH", "05"),
            "Laguna de Bay": ("PH", None),
            "Batangas": ("PH", "40"),
            "Talisay": ("PH", "40"),
            "Laurel": ("PH", "40"),
            "Quezon": ("PH", "40"),
            "Quezon City": ("PH", "NCR"),
            "Manila": ("PH", "NCR"),
            "Bicol": ("PH", "05"),
        },
    ),
    (
        "f",
        (
            "Split is the obvious base for a week on the Dalmatian coast. Ferries leave the "
            "harbour below Diocletian's Palace for Hvar and Brač several times a day, and buses "
            "run north to Trogir and south to Makarska. Nice as the beaches of Makarska are, "
            "locals prefer Vis, the farthest island, which was closed to foreigners until 1989. "
            "Dubrovnik is four hours away by road through a sliver of Bosnia at Neum, so bring "
            "your passport. Split airport has direct flights from Manchester and Birmingham in "
            "summer, and from Paris and Nice on Air France. Florence, a guide from Zadar who "
            "leads kayak tours, recommends September, when the sea is warmest."
        ),
        {
            "Split": ("HR", "15"),
            "Hvar": ("HR", "15"),
            "Brač": ("HR", "15"),
            "Trogir": ("HR", "15"),
            "Nice": None,
            "Makarska": ("HR", "15"),
            "Makarska#2": ("HR", "15"),
            "Vis": ("HR", "15"),
            "Dubrovnik": ("HR", "03"),
            "Neum": ("BA", "01"),
            "Split#2": ("HR", "15"),
            "Manchester": ("GB", "ENG"),
            "Birmingham": ("GB", "ENG"),
            "Paris": ("FR", "11"),
            "Nice#2": ("FR", "93"),
            "France": None,
            "Florence": None,
            "Zadar": ("HR", "19"),
        },
    ),
    (
        "g",
        (
            "CINCINNATI — Evander scored twice as FC Cincinnati beat Sporting Kansas City 2-1 "
            "on Saturday to go top of the Eastern Conference. Sporting, winless in Ohio since "
            "2019, had led through a header by Dejan Joveljić. Cincinnati visit Columbus next "
            "weekend for the derby, while Sporting host Minnesota United at Children's Mercy "
            "Park in Kansas City, Kansas. Kansas City's coach said his side had been unlucky. "
            "Cincinnati forward Kevin Denkey, signed from Cercle Brugge in Belgium, was rested. "
            "Winger Austin Lincoln, 19, made his debut on loan from Athletic Club of Bilbao. "
            "The crowd of 25,513 at TQL Stadium included 300 fans who had driven up from "
            "Louisville, Kentucky."
        ),
        {
            "CINCINNATI": ("US", "OH"),
            "Cincinnati": None,
            "Kansas City": None,
            "Ohio": ("US", "OH"),
            "Cincinnati#2": None,
            "Columbus": ("US", "OH"),
            "Minnesota": None,
            "Kansas City#2": ("US", "KS"),
            "Kansas City#3": None,
            "Brugge": None,
            "Belgium": ("BE", None),
            "Austin": None,
            "Lincoln": None,
            "Louisville": ("US", "KY"),
        },
    ),
    (
        "h",
        (
            "HELSINKI, March 4 (Reuters) - Nokia will cut 2,000 jobs, mostly at its research "
            "sites in Espoo and Tampere, the Finnish telecoms equipment maker said on Tuesday. "
            "Rival Ericsson, based in Stockholm, cut 1,200 roles last month. Nokia shares fell "
            "3% in Helsinki. Separately, Dallas-based Texas Instruments said it would open its "
            "$10 billion chip plant in Sherman, Texas, next year, and Boston Scientific agreed "
            "to buy a maker of heart valves in Galway, Ireland. Santander, Spain's largest "
            "bank, said it would close 95 branches in Wales and the north of England. Shares "
            "of Marathon Petroleum, of Findlay, Ohio, rose 2%."
        ),
        {
            "HELSINKI": ("FI", "01"),
            "Nokia": None,
            "Espoo": ("FI", "01"),
            "Tampere": ("FI", "06"),
            "Finnish": ("FI", None),
            "Stockholm": ("SE", "26"),
            "Nokia#2": None,
            "Helsinki": ("FI", "01"),
            "Dallas": ("US", "TX"),
            "Texas": None,
            "Sherman": ("US", "TX"),
            "Texas#2": ("US", "TX"),
            "Boston": None,
            "Galway": ("IE", "C"),
            "Santander": None,
            "Spain": ("ES", None),
            "Wales": ("GB", "WLS"),
            "England": ("GB", "ENG"),
            "Marathon": None,
            "Findlay": ("US", "OH"),
        },
    ),
    (
        "i",
        (
            "Reading magistrates have banned a Caversham man from driving for 18 months after "
            "he was clocked at 112mph on the M4 near Newbury. Jordan Price, 27, of Caversham, "
            "admitted dangerous driving when he appeared before the court on Monday. In a "
            "separate case, Victoria Bath, 41, of Wokingham, was fined £600 for failing to stop "
            "after a collision in Bracknell. Bath, a care worker, told the bench she had "
            "panicked. Henley Smith, 33, of Henley-on-Thames, Oxfordshire, was sent to Oxford "
            "Crown Court for sentence after admitting a burglary in Marlow. Chelsea Morgan, "
            "19, of Slough, was cleared of assault."
        ),
        {
            "Reading": ("GB", "ENG"),
            "Caversham": ("GB", "ENG"),
            "Newbury": ("GB", "ENG"),
            "Jordan": None,
            "Caversham#2": ("GB", "ENG"),
            "Victoria": None,
            "Bath": None,
            "Wokingham": ("GB", "ENG"),
            "Bracknell": ("GB", "ENG"),
            "Bath#2": None,
            "Henley": None,
            "Henley-on-Thames": ("GB", "ENG"),
            "Oxfordshire": ("GB", "ENG"),
            "Marlow": ("GB", "ENG"),
            "Chelsea": None,
            "Slough": ("GB", "ENG"),
        },
    ),
    (
        "j",
        (
            "Mobile picked up 6.2 inches of rain on Tuesday, the most of any Gulf Coast city, as "
            "a stalled front soaked the region, the National Weather Service said. Pensacola "
            "had 4.8 inches and Biloxi 3.9. Flash flood warnings covered Hattiesburg and Laurel "
            "in Mississippi until midnight. Lafayette and Lake Charles in Louisiana escaped "
            "the worst, but Houma saw street flooding. Farther inland, Montgomery reached 97 "
            "degrees and Dothan 95, while Tallahassee stayed dry. Columbus, Georgia, set a "
            "record high of 99, and Athens reported hail. Friday looks drier from Gulfport to "
            "Panama City. Jackson, the Mississippi capital, had 2.1 inches, and forecasters in "
            "Birmingham said the front would lift north on Thursday."
        ),
        {
            "Mobile": ("US", "AL"),
            "Pensacola": ("US", "FL"),
            "Biloxi": ("US", "MS"),
            "Hattiesburg": ("US", "MS"),
            "Laurel": ("US", "MS"),
            "Lafayette": ("US", "LA"),
            "Lake Charles": ("US", "LA"),
            "Houma": ("US", "LA"),
            "Montgomery": ("US", "AL"),
            "Dothan": ("US", "AL"),
            "Tallahassee": ("US", "FL"),
            "Columbus": ("US", "GA"),
            "Athens": ("US", "GA"),
            "Gulfport": ("US", "MS"),
            "Panama City": ("US", "FL"),
            "Jackson": ("US", "MS"),
            "Birmingham": ("US", "AL"),
        },
    ),
    (
        "k",
        (
            "When the Red Army reached Königsberg in April 1945, British bombers had already "
            "burned the old Prussian capital. The city was renamed Kaliningrad the next year "
            "and its German population expelled. Danzig became Gdańsk, Breslau became Wrocław "
            "and Stettin became Szczecin as Poland moved west. Lemberg, Lwów to the Poles, is "
            "now Lviv in Ukraine, and Pressburg, where Habsburg kings were crowned, is "
            "Bratislava. Smyrna, burned in 1922, is İzmir. Stalingrad kept Stalin's name until "
            "1961, when it became Volgograd. Saigon was renamed Ho Chi Minh City in 1976, "
            "though most of its people still use the old name."
        ),
        {
            "Königsberg": ("RU", "23"),
            "British": ("GB", None),
            "Kaliningrad": ("RU", "23"),
            "Danzig": ("PL", "82"),
            "Gdańsk": ("PL", "82"),
            "Breslau": ("PL", "72"),
            "Wrocław": ("PL", "72"),
            "Stettin": ("PL", "87"),
            "Szczecin": ("PL", "87"),
            "Poland": ("PL", None),
            "Lemberg": ("UA", "15"),
            "Lwów": ("UA", "15"),
            "Lviv": ("UA", "15"),
            "Ukraine": ("UA", None),
            "Pressburg": ("SK", "02"),
            "Bratislava": ("SK", "02"),
            "Smyrna": ("TR", "35"),
            "İzmir": ("TR", "35"),
            "Stalingrad": ("RU", "84"),
            "Volgograd": ("RU", "84"),
            "Saigon": ("VN", None),
            "Ho Chi Minh City": ("VN", None),
        },
    ),
]

_A14 = "SPRINGFIELD, Ohio (WDTN) — Cla"
_B14 = "PATNA: Lightning killed 21 peo"
_C14 = "EAST LONDON — Floods in the Ea"
_D14 = "ABUJA, June 9 (Reuters) - Gunm"
_E14 = "LEGAZPI CITY — Typhoon Kristin"
_F14 = "Split is the obvious base for "
_G14 = "CINCINNATI — Evander scored tw"
_H14 = "HELSINKI, March 4 (Reuters) - "
_I14 = "Reading magistrates have banne"
_J14 = "Mobile picked up 6.2 inches of"
_K14 = "When the Red Army reached Köni"
_FIX_INITIAL = (
    " Fix: accept a known city opening a sentence when the document already places a name of "
    "the same country or state, or when a cue follows (a verb of weather or travel, 'is ... "
    "away', a court or council noun)"
)
_FIX_MERGED = (
    " Fix: when an entity of a non-place label splits at list words or 'became' into parts "
    "some of which the gazetteer knows, keep the known parts (not all-or-nothing)"
)
_FIX_FIGURE = (
    " Fix: trim a trailing figure from an entity ('Biloxi 3.9', 'Dothan 95') before the "
    "gazetteer look-up, as _LIST_ITEM_RE already allows 'Phoenix 41C'"
)
_FIX_RENAMED = (
    " Fix: take 'renamed X', 'became X', 'is now X', 'is X' after a known place, and 'X was "
    "renamed', as place context"
)
BATCH_14_XFAIL: dict[tuple[str, str], str] = {
    (_A14, "Bethel Township"): "first run: GPE kept unresolved. Not in the gazetteer: civil "
    "townships (GeoNames ADM3) are not loaded, and 'X Township' does not fall back to a place "
    "X in the article's state (batch 13 Manheim Township). Fix: load US ADM3 townships or fall "
    "back to the bare name within the document's state",
    (_B14, "Chhatrapati Sambhajinagar"): "first run: no place (spaCy: 'Chhatrapati' NORP). "
    "Not in the gazetteer: the 2023 name of Aurangabad, Maharashtra is not an alternate name "
    "of the city. Fix: add recent official renamings (India 2023) to data/supplement.csv",
    (_B14, "Marathwada"): "first run: no place (spaCy ORG). Not in the gazetteer: the "
    "Maharashtra region (eight districts) has no entry. Fix: add well-known unofficial regions "
    "(Marathwada, Vidarbha, Rayalaseema) to the supplement",
    (_C14, "Komani"): "first run: GPE kept unresolved. Not in the gazetteer: Komani, the 2021 "
    "name of Queenstown, Eastern Cape, is not an alternate name (Queenstown resolves). Fix: "
    "add South Africa's renamed towns (Komani, Gqeberha is there) to the supplement",
    (_E14, "Mayon Volcano"): "first run: no place. Not recognised: spaCy tags 'Mayon Volcano' "
    "PERSON and 'volcano' is not in FEATURE_WORDS (the 'Palm Springs' rule); also the "
    "gazetteer's Mayon (PH VLC) has no admin1, so even found it would not be PH 05. Fix: add "
    "volcano, mount, river to FEATURE_WORDS and fill landmarks' admin1 from their coordinates",
    (_E14, "Laguna de Bay"): "first run: FAC kept unresolved. Not in the gazetteer: the lake "
    "(and Taal Lake) has no entry. Fix: load GeoNames lakes (LK) above a size threshold",
    (_F14, "Brač"): "first run: no place. Not in the gazetteer (the island has no entry; "
    "Supetar, its town, is no alternate), and spaCy merges it into 'Palace for Hvar and Brač' "
    "(WORK_OF_ART). Fix: load GeoNames islands (ISL) above a size threshold",
    (_I14, "Caversham"): "first run: Caversham, AU 08 (a Perth suburb, PPLX). Not in the "
    "gazetteer: Caversham, the Reading suburb, is missing (only the Australian and New Zealand "
    "ones), so 'a Caversham man' in an article on Reading, Newbury and the M4 goes to Western "
    "Australia. Fix: load English PPLX suburbs, or keep an AU/NZ suburb unresolved when the "
    "document is wholly in another country",
    (_I14, "Caversham#2"): "first run: no place. Not in the gazetteer (as the first "
    "Caversham), and not recognised: spaCy tags it ORG in 'Jordan Price, 27, of Caversham', "
    "and the court-report 'Name, age, of Town' is no place context (the GPE-tagged 'of "
    "Wokingham' is found). Fix: take ', <age>, of X' after a person's name as place context",
}
BATCH_14_NAMES = _named_params(14, BATCH_14, BATCH_14_XFAIL)


# --- batch 15 (helper-38, blind) --------------------------------------------------------
# Written before running the pipeline on them, in eight styles the earlier batches cover little:
# (a) Nova Scotia provincial politics: a premier named Houston, towns that share their names with
# English and Australian places (Truro, Sydney on Cape Breton Island, Dartmouth, Yarmouth, Windsor)
# and New Brunswick's capital as a metonym beside a premier named Holt; (b) Irish county news
# opening on 'Callan', with a councillor named Kerry, a residents' leader named Callan and county
# hurling teams (Kilkenny, Galway, Dublin) beside their grounds; (c) a Mexican state story opening
# on 'MÉRIDA, Yucatán' with Valladolid, Progreso (also sentence-initial), Córdoba and a storm and a
# meteorologist named like places (Alberto; Victoria León); (d) a Bangladeshi flood report with
# Sylhet and Rangpur districts, a Companiganj (a name of several upazilas), and 'Indian' for India;
# (e) a German regional story on Frankfurt (Oder) beside Frankfurt am Main and Eintracht Frankfurt,
# Halle opening a sentence, and Brandenburg the state and Brandenburg an der Havel; (f) a US
# college-football round-up where teams are states and cities ('In Ann Arbor, Michigan held off
# Washington', 'Miami (Ohio) lost ... to Toledo in Oxford, Ohio', Syracuse the city and the team)
# and players named Austin Jackson; (g) an obituary with birthplaces: Lagos, Nigeria and Lagos,
# Portugal, Florence the person and the city, and relatives named Jordan, Georgia and Victoria;
# (h) a shipping item with ports opening sentences (Rotterdam, Valencia, Manzanillo, Savannah),
# Manzanillo in Mexico and Panama, a shipping line, a ports authority and a ship named after
# places, a captain named Alexandria Santos, and Cartagena as Kingston's rival.
# Decisions: a dateline is a place; a team, a club, a firm, a ports authority or a ship named after
# a place is no place, nor a person's first name or surname; the town of a match and a stadium are
# places; a capital for its government is the capital ('Fredericton would not follow'); a
# nationality adjective is its country (Polish, Indian, Filipino); a terminal is a place, in the
# country it stands in (Manzanillo International Terminal, Panama). 'Frankfurt's mayor' after a
# Frankfurt (Oder) dateline keeps Brandenburg. 'Born in Lagos, then the capital of colonial
# Nigeria' is Lagos, Nigeria. Cartagena as a Caribbean transshipment rival of Kingston, Jamaica is
# Cartagena, Colombia (a knowledge case: Spain is named earlier in the text).
# Admin1 codes are GeoNames': CA 04 New Brunswick, 07 Nova Scotia; IE L Leinster, M Munster; MX 08
# Colima, 09 Ciudad de México, 16 Michoacán, 23 Quintana Roo, 28 Tamaulipas, 30 Veracruz, 31
# Yucatán; BD 86 Sylhet, 87 Rangpur, 83 Rajshahi, H Mymensingh; DE 05 Hessen, 11 Brandenburg, 13
# Sachsen, 14 Sachsen-Anhalt, 16 Berlin; PL 76 Lubuskie, 86 Wielkopolskie; PT 09 Faro, 14 Lisboa;
# IT 16 Toscana; NG 05 Lagos, 11 Federal Capital Territory; NL 11 Zuid-Holland; ES 60 Valenciana;
# BR 18 Paraná, 27 São Paulo; PA 04 Colón; ZA 11 Western Cape.
# First run 113/158 = .715 (on 39b679a): (a) 10/16, (b) 11/15, (c) 16/20, (d) 15/20, (e) 15/17,
# (f) 16/26, (g) 14/17, (h) 16/27. The 45 misses are strict xfails with their cause: 20 not
# recognised (openers with a comma after them, Progreso, Halle, Manzanillo, or a same name no
# place elsewhere, Callan, Savannah twice, Sunamganj twice, or no other Dutch place, Rotterdam;
# PERSON/ORG/NORP without a cue read: Fredericton, 'a Dartmouth riding', Lázaro Cárdenas,
# 'between Cancún and Tulum'; split or merged by spaCy: 'Nova Scotia', Frankfurt am Main, three
# places in 'the Manzanillo International Terminal near Colón, Panama'; 'Ann Arbor, Michigan
# held off' dropped as a team), 8 not in the gazetteer (Cape Breton Island, Nowlan Park, Croke
# Park, Surma River, Companiganj, Bahadurabad, Sydenham, London; the Cape of Good Hope without
# admin1), 5 wrong candidates (Yarmouth, MA; the Quintana Roo village in Yucatán; Gainesville,
# GA; Cartagena, Spain; Georgia Ports Authority as the country), 12 a team, institution or person
# kept (eight teams with no result verb beside them: seven college sides and Dublin's
# hurlers; Boston College; Tim Houston's surname; 'her daughters Georgia and Victoria').
BATCH_15: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "HALIFAX — Nova Scotia Premier Tim Houston called a snap election on Monday, three "
            "years ahead of schedule, saying he needed a fresh mandate to fight federal carbon "
            "rules. Houston, whose Progressive Conservatives hold 43 of 55 seats, launched the "
            "campaign at a rally in Truro. The Liberals will open theirs in Sydney, on Cape "
            "Breton Island, where the closure of the regional hospital's emergency room has "
            "angered voters. NDP leader Claudia Chender, who represents a Dartmouth riding, said "
            "housing would be the issue from Yarmouth to Antigonish. The Tories also face a test "
            "in Windsor, where the former mayor is running as an independent. Across the border, "
            "New Brunswick Premier Susan Holt said Fredericton would not follow, though "
            "councillors in Moncton and Saint John have urged an early vote there too. Voting "
            "day is Nov. 26."
        ),
        {
            "HALIFAX": ("CA", "07"),
            "Nova Scotia": ("CA", "07"),
            "Houston": None,
            "Houston#2": None,
            "Truro": ("CA", "07"),
            "Sydney": ("CA", "07"),
            "Cape Breton Island": ("CA", "07"),
            "Dartmouth": ("CA", "07"),
            "Yarmouth": ("CA", "07"),
            "Antigonish": ("CA", "07"),
            "Windsor": ("CA", "07"),
            "New Brunswick": ("CA", "04"),
            "Holt": None,
            "Fredericton": ("CA", "04"),
            "Moncton": ("CA", "04"),
            "Saint John": ("CA", "04"),
        },
    ),
    (
        "b",
        (
            "Callan will get its first new housing in a decade after councillors in Kilkenny "
            "approved a 300-home scheme on Monday, despite objections from residents who say the "
            "town's water supply cannot cope. Cllr Kerry Brennan said young families were "
            "leaving for Carlow and Waterford because nothing was being built locally. Uisce "
            "Éireann told the meeting that a new treatment plant at Ballyragget would not be "
            "finished until 2027. The vote comes a week after An Bord Pleanála overturned a "
            "similar scheme in Thomastown. Separately, gardaí in Castlecomer are appealing for "
            "witnesses after a car was set alight near the Laois border on Saturday night. Paddy "
            "Callan, who chairs the town's residents' group, said they would seek a judicial "
            "review. On the pitch, Kilkenny beat Galway by four points in the Leinster hurling "
            "semi-final at Nowlan Park and will face Dublin in the final at Croke Park on July 6."
        ),
        {
            "Callan": ("IE", "L"),
            "Kilkenny": ("IE", "L"),
            "Kerry": None,
            "Carlow": ("IE", "L"),
            "Waterford": ("IE", "M"),
            "Ballyragget": ("IE", "L"),
            "Thomastown": ("IE", "L"),
            "Castlecomer": ("IE", "L"),
            "Laois": ("IE", "L"),
            "Callan#2": None,
            "Kilkenny#2": None,
            "Galway": None,
            "Nowlan Park": ("IE", "L"),
            "Dublin": None,
            "Croke Park": ("IE", "L"),
        },
    ),
    (
        "c",
        (
            "MÉRIDA, Yucatán — Heavy rain from Tropical Storm Alberto flooded streets in the "
            "state capital on Thursday, and the state government closed schools in Valladolid, "
            "Tizimín and Progreso. Progreso, the state's main port, suspended cargo operations "
            "for a second day. Governor Joaquín Díaz Mena said 4,000 people had been evacuated, "
            "most of them from fishing villages near Celestún. In neighbouring Quintana Roo, the "
            "Tren Maya halted service between Cancún and Tulum, and the airport in Chetumal "
            "cancelled flights to Mexico City. The storm is expected to make landfall near "
            "Tampico, Tamaulipas, on Friday. In Veracruz, officials in Córdoba and Orizaba warned "
            "of landslides. Meteorologist Victoria León of the National Water Commission said "
            "the rain would ease by Sunday."
        ),
        {
            "MÉRIDA": ("MX", "31"),
            "Yucatán": ("MX", "31"),
            "Alberto": None,
            "Valladolid": ("MX", "31"),
            "Tizimín": ("MX", "31"),
            "Progreso": ("MX", "31"),
            "Progreso#2": ("MX", "31"),
            "Celestún": ("MX", "31"),
            "Quintana Roo": ("MX", "23"),
            "Cancún": ("MX", "23"),
            "Tulum": ("MX", "23"),
            "Chetumal": ("MX", "23"),
            "Mexico City": ("MX", "09"),
            "Tampico": ("MX", "28"),
            "Tamaulipas": ("MX", "28"),
            "Veracruz": ("MX", "30"),
            "Córdoba": ("MX", "30"),
            "Orizaba": ("MX", "30"),
            "Victoria": None,
            "León": None,
        },
    ),
    (
        "d",
        (
            "DHAKA, June 20 (AFP) — Flash floods have left more than two million people stranded "
            "in north-eastern Bangladesh after days of torrential rain in the Indian states of "
            "Meghalaya and Assam, officials said on Thursday. Sylhet and Sunamganj were worst "
            "hit, with the Surma River above the danger mark at six points. Sunamganj town has "
            "been cut off by road since Monday. In Companiganj, on the border north of Sylhet "
            "city, soldiers used boats to reach families sheltering on rooftops. Further west, "
            "the Teesta flooded villages in Kurigram and Lalmonirhat, and the Jamuna rose at "
            'Sirajganj. "We have lost everything," said Rahima Begum, 52, in Chhatak. The water '
            "ministry said the Brahmaputra would peak at Bahadurabad in Jamalpur on Saturday. "
            "Indian officials in Guwahati reported 30 deaths across Assam."
        ),
        {
            "DHAKA": ("BD", "81"),
            "Bangladesh": ("BD", None),
            "Indian": ("IN", None),
            "Meghalaya": ("IN", None),
            "Assam": ("IN", None),
            "Sylhet": ("BD", "86"),
            "Sunamganj": ("BD", "86"),
            "Surma River": ("BD", None),
            "Sunamganj#2": ("BD", "86"),
            "Companiganj": ("BD", "86"),
            "Sylhet#2": ("BD", "86"),
            "Kurigram": ("BD", "87"),
            "Lalmonirhat": ("BD", "87"),
            "Sirajganj": ("BD", "83"),
            "Chhatak": ("BD", "86"),
            "Bahadurabad": ("BD", "H"),
            "Jamalpur": ("BD", "H"),
            "Indian#2": ("IN", None),
            "Guwahati": ("IN", None),
            "Assam#2": ("IN", None),
        },
    ),
    (
        "e",
        (
            "FRANKFURT (ODER) — The city on Germany's eastern border will get a new rail bridge to "
            "Słubice, its Polish twin across the river, the Brandenburg transport ministry said "
            "on Tuesday. The €90 million project is meant to cut journey times between Berlin and "
            "Poznań by 20 minutes. Frankfurt's mayor, René Wilke, said the town had waited thirty "
            "years for it. It should not be confused with Frankfurt am Main, 550 km to the west, "
            "where Lufthansa has its largest base and where Eintracht Frankfurt play. Halle, in "
            "Saxony-Anhalt, won a similar grant in 2022 for its S-Bahn link to Leipzig. Cottbus "
            "and Eisenhüttenstadt hope to be next. Passengers from Brandenburg an der Havel, the "
            "state's oldest town, will change at Potsdam."
        ),
        {
            "FRANKFURT": ("DE", "11"),
            "Germany": ("DE", None),
            "Słubice": ("PL", "76"),
            "Polish": ("PL", None),
            "Brandenburg": ("DE", "11"),
            "Berlin": ("DE", "16"),
            "Poznań": ("PL", "86"),
            "Frankfurt": ("DE", "11"),
            "Frankfurt#2": ("DE", "05"),
            "Frankfurt#3": None,
            "Halle": ("DE", "14"),
            "Saxony-Anhalt": ("DE", "14"),
            "Leipzig": ("DE", "13"),
            "Cottbus": ("DE", "11"),
            "Eisenhüttenstadt": ("DE", "11"),
            "Brandenburg#2": ("DE", "11"),
            "Potsdam": ("DE", "11"),
        },
    ),
    (
        "f",
        (
            "Georgia rallied from 14 points down to beat Tennessee 31-28 in Athens on Saturday, "
            "the Bulldogs' 12th straight home win. In Ann Arbor, Michigan held off Washington "
            "24-17 in a rematch of last season's title game. Oregon stayed unbeaten with a 45-10 "
            "rout of Purdue in Eugene, and Texas beat Oklahoma 34-3 at the Cotton Bowl in "
            "Dallas, where linebacker Austin Jackson had two sacks. Miami (Ohio) lost 21-20 to "
            "Toledo in Oxford, Ohio, on a field goal as time expired. Alabama travels to Baton "
            "Rouge next week to face LSU, and Florida hosts Kentucky in Gainesville. In Syracuse, "
            "New York, a sellout crowd watched Syracuse beat Boston College 27-24 in overtime."
        ),
        {
            "Georgia": None,
            "Tennessee": None,
            "Athens": ("US", "GA"),
            "Ann Arbor": ("US", "MI"),
            "Michigan": None,
            "Washington": None,
            "Oregon": None,
            "Eugene": ("US", "OR"),
            "Texas": None,
            "Oklahoma": None,
            "Dallas": ("US", "TX"),
            "Austin": None,
            "Jackson": None,
            "Miami": None,
            "Toledo": None,
            "Oxford": ("US", "OH"),
            "Ohio#2": ("US", "OH"),
            "Alabama": None,
            "Baton Rouge": ("US", "LA"),
            "Florida": None,
            "Kentucky": None,
            "Gainesville": ("US", "FL"),
            "Syracuse": ("US", "NY"),
            "New York": ("US", "NY"),
            "Syracuse#2": None,
            "Boston": None,
        },
    ),
    (
        "g",
        (
            "Florence Adeyemi, a nurse who founded one of the first hospices in south London, has "
            "died aged 88. She was born in Lagos, then the capital of colonial Nigeria, in 1936, "
            "the daughter of a customs officer, and trained at St Thomas' Hospital after arriving "
            "in Southampton by ship in 1957. She met her husband, Paul Whitby, a violinist from "
            "Lagos, Portugal, while nursing in Lisbon in the 1960s; they married in Florence, "
            "Italy, in 1966. The couple settled in Croydon, where she opened Brook House in 1979. "
            "Her brother Jordan, an engineer in Abuja, and her daughters Georgia and Victoria "
            "survive her. Paul died in 2015 in Faro, near his birthplace. A memorial service "
            "will be held in Sydenham on 14 March."
        ),
        {
            "Florence": None,
            "London": ("GB", "ENG"),
            "Lagos": ("NG", "05"),
            "Nigeria": ("NG", None),
            "Southampton": ("GB", "ENG"),
            "Lagos#2": ("PT", "09"),
            "Portugal": ("PT", None),
            "Lisbon": ("PT", "14"),
            "Florence#2": ("IT", "16"),
            "Italy": ("IT", None),
            "Croydon": ("GB", "ENG"),
            "Jordan": None,
            "Abuja": ("NG", "11"),
            "Georgia": None,
            "Victoria": None,
            "Faro": ("PT", "09"),
            "Sydenham": ("GB", "ENG"),
        },
    ),
    (
        "h",
        (
            "Rotterdam handled 3% fewer containers in the first half, the port authority said on "
            "Wednesday, as Red Sea diversions sent Asia-Europe services around the Cape of Good "
            "Hope. Valencia, Spain's busiest port, grew 6%. Hamburg Süd, now part of Maersk, "
            "moved two South America loops from Santos to Paranaguá. Manzanillo, in Mexico's "
            "Colima state, overtook Lázaro Cárdenas, while the Manzanillo International Terminal "
            "near Colón, Panama, added a berth. Savannah remained the fastest-growing US gateway, "
            "though Charleston, South Carolina, gained on it, and the Georgia Ports Authority "
            "said it would spend $1.9 billion to keep Savannah ahead. Kingston, Jamaica, lost "
            "transshipment cargo to Cartagena. Captain Alexandria Santos, a Filipino master on "
            "the MSC Rotterdam, said crews were exhausted after months at sea."
        ),
        {
            "Rotterdam": ("NL", "11"),
            "Cape of Good Hope": ("ZA", "11"),
            "Valencia": ("ES", "60"),
            "Spain": ("ES", None),
            "Hamburg": None,
            "Santos": ("BR", "27"),
            "Paranaguá": ("BR", "18"),
            "Manzanillo": ("MX", "08"),
            "Mexico": ("MX", None),
            "Colima": ("MX", "08"),
            "Lázaro Cárdenas": ("MX", "16"),
            "Manzanillo#2": ("PA", "04"),
            "Colón": ("PA", "04"),
            "Panama": ("PA", None),
            "Savannah": ("US", "GA"),
            "US": ("US", None),
            "Charleston": ("US", "SC"),
            "South Carolina": ("US", "SC"),
            "Georgia": None,
            "Savannah#2": ("US", "GA"),
            "Kingston": ("JM", None),
            "Jamaica": ("JM", None),
            "Cartagena": ("CO", None),
            "Alexandria": None,
            "Santos#2": None,
            "Filipino": ("PH", None),
            "Rotterdam#2": None,
        },
    ),
]

_A15 = "HALIFAX — Nova Scotia Premier "
_B15 = "Callan will get its first new "
_C15 = "MÉRIDA, Yucatán — Heavy rain f"
_D15 = "DHAKA, June 20 (AFP) — Flash f"
_E15 = "FRANKFURT (ODER) — The city on"
_F15 = "Georgia rallied from 14 points"
_G15 = "Florence Adeyemi, a nurse who "
_H15 = "Rotterdam handled 3% fewer con"
BATCH_15_XFAIL: dict[tuple[str, str], str] = {
    (_B15, "Nowlan Park"): "first run: FAC kept unresolved. Not in the gazetteer (stadium). "
    "Fix: load GeoNames stadiums (STDM) or resolve 'X Park' after 'at' to the article's town",
    (_B15, "Croke Park"): "first run: FAC kept unresolved. Not in the gazetteer (stadium). "
    "Fix: as for Nowlan Park",
    (_D15, "Surma River"): "first run: LOC kept unresolved. Not in the gazetteer (rivers are "
    "not loaded). Fix: load GeoNames streams (STM) above a length threshold",
    (_D15, "Companiganj"): "first run: GPE kept unresolved. Not in the gazetteer (upazilas of "
    "Sylhet and Noakhali). Fix: load Bangladesh ADM3 upazilas",
    (_D15, "Bahadurabad"): "first run: GPE kept unresolved. Not in the gazetteer (the "
    "Brahmaputra gauge station at Bahadurabad Ghat). Fix: add river-gauge towns to the "
    "supplement",
    (_G15, "Sydenham"): "first run: Sydenham, AU 07 (a Melbourne suburb, PPLX). Not in the "
    "gazetteer: Sydenham, London is missing (only the AU suburbs). Fix: load English PPLX "
    "suburbs, or keep an AU suburb unresolved in a text placed in London",
    (_H15, "Rotterdam"): "first run: no place (spaCy PERSON). Not recognised: taken as an "
    "opener ('Rotterdam handled'), then dropped as tentative because no other Dutch place is "
    "in the text (_beside_another). Fix: keep a large port or city opener (MAJOR) alone",
    (_H15, "Manzanillo#2"): "first run: no place. Not recognised: spaCy merges 'the Manzanillo "
    "International Terminal near Colón, Panama' into one ORG (now split at 'near', so Colón "
    "and Panama are found); not in the gazetteer (Manzanillo, Panama; only MX, CU, ES), and "
    "the terminal's name is an ORG. Fix: add Manzanillo, PA to the supplement",
    (_H15, "Savannah"): "first run: no place (spaCy PERSON). Not recognised: the opener rule "
    "skips 'Savannah remained' because the name recurs as no mention ('to keep Savannah "
    "ahead', no entity) and _named_otherwise reads that as a person or firm. Fix: a recurrence "
    "with no entity and no person or firm around it should not block the opener",
    (_H15, "Georgia"): "first run: Georgia, GE (ORG_PLACE). Institution kept and read as the "
    "country: _leading_place takes 'Georgia' from 'the Georgia Ports Authority' (by design, "
    "as 'Ohio Supreme Court'), and beside Savannah and Charleston, SC it is the country. Fix: "
    "no place from a ports or transit authority's name; read a leading state beside its towns",
    (_H15, "Cartagena"): "first run: Cartagena, ES 31 (spaCy ORG). Wrong candidate (a "
    "knowledge case): 'Spain' earlier in the text pulls Cartagena to Murcia over Cartagena, CO "
    "(915k), though Kingston, Jamaica and transshipment point to the Caribbean. Fix: let the "
    "sentence's own places (Kingston, Jamaica) outweigh the text's earlier countries",
}
BATCH_15_NAMES = _named_params(15, BATCH_15, BATCH_15_XFAIL)


# --- batch 16 (helper-42, blind) --------------------------------------------------------
# Written before running the pipeline on them, in ten styles the earlier batches cover little:
# (a) an AP tornado story from PARIS, Texas: Reno and Blossom in Lamar County, Clarksville and
# Honey Grove beside their bigger namesakes, Hugo, Oklahoma beside a student named Hugo, a
# junior college and a hospital named after the town, a county list ('Lamar, Red River and
# Fannin counties') and a closing 'Paris, France'; (b) a hurricane across south Georgia: towns
# named after world capitals and cities (Cairo, Albany, Dublin, Vienna, Rome opening a sentence,
# Augusta), Perry, Florida and Perry, Georgia in one text, Douglas the town, Georgia Power, the
# governor's 'Georgia Gov.', a woman named Florence and a granddaughter named Georgia; (c) a
# Massachusetts biotech story: Cambridge, Mass. and Cambridge, England, a firm named Lowell Bio
# beside the city of Lowell, a chief executive named Chelsea beside the city of Chelsea,
# Springfield opening a sentence, Worcester, Marlborough and Boston Scientific; (d) a Tasmanian
# bushfire: Perth, Swansea, Brighton, Queenstown, Longford and Launceston in Tasmania, the Tasmania
# Fire Service and the Spirit of Tasmania ferries, an incident controller named Sydney, Geelong
# and Victoria; (e) a New Zealand cyclone story: Hastings, Napier, Nelson, Gisborne, Hamilton the
# city and a forecaster named Hamilton, Hawke's Bay with its apostrophe, Taupō with its macron,
# Havelock North; (f) a Basque derby and regional story: Athletic Bilbao beside Bilbao, Donostia
# for San Sebastián, Vitoria-Gasteiz, 'the Pamplona club', Navarre, Irun opposite Hendaye, Gernika,
# Madrid as metonym and an away trip to Villarreal; (g) the Poland-Belarus border: Brest in
# Belarus and Brest in Brittany in one text, Grodno and Hrodna, Biała Podlaska, Kuźnica and
# Białystok with their diacritics, 'Russian-Belarusian' drills, Warsaw and Minsk as metonyms;
# (h) the Sudan war: PORT SUDAN as dateline and Port Sudan in the text, El Fasher also spelled
# Al-Fashir, Adre in Chad, a spokesman named Chad, N'Djamena with its apostrophe, Abu Dhabi as
# metonym; (i) a Swiss bilingual-signs vote: Fribourg and its German name Freiburg beside
# Freiburg im Breisgau, Biel/Bienne, Murten also known as Morat, Sion the town and FC Sion,
# 'German-speaking' and 'French speakers' as languages, Lucerne and Luzern, a campaigner named
# Florence; (j) Syrian refugees going home from Jordan: Jordan the country and a spokesperson
# named Jordan, Royal Jordanian, Daraa also written Deraa, Nasib, Mafraq, Ramtha, a Danish aid
# worker named Petra.
# Decisions (as in batches 7-15): a dateline is a place; a club, a firm, an airline, a college,
# a fire service or a ship named after a place is no place, nor a person's first name or
# surname; a club's home town ('the Pamplona club') and the town of a coming away match are
# places; a capital for its government is the capital (Madrid, Warsaw, Minsk, Abu Dhabi); a
# nationality adjective is its country (British, French border town, Polish, Syrian, Danish),
# but a language is no place ('German-speaking minority', 'French speakers', 'signs in French');
# a state before an office ('Georgia Gov. Brian Kemp') is the state. 'Fribourg and Freiburg' as
# the two names of one city are both Fribourg, CH; 'Freiburg im Breisgau, the German city' is
# Freiburg, DE. A bare 'Perth' in a Tasmanian story, between Launceston and the Midlands towns,
# is Perth, Tasmania; Hastings beside Havelock North and Napier is Hastings, NZ; Clarksville beside
# Honey Grove and Bonham is Clarksville, Texas; 'the Brighton municipality north of Hobart' is
# Brighton, Tasmania. Not keyed: the hospital and the fair named after towns (Paris Regional
# Medical Center, the Georgia National Fair), 'Boston Children's Hospital', the Red River, Kendall
# Square, the Midlands, the Esk Valley, State Highway 2, 'Basque' as an adjective, the Jaber
# crossing and the Zaatari camp, Małaszewicze and Bruzgi, Zamzam.
# Admin1 codes are GeoNames': US two-letter states; GB ENG; AU 06 Tasmania, 07 Victoria; ES 29
# Madrid, 32 Navarra, 59 País Vasco, 60 Valenciana; FR 11 Île-de-France, 44 Grand Est, 53
# Bretagne, 75 Nouvelle-Aquitaine; PL 75 Lubelskie, 78 Mazowieckie, 81 Podlaskie; DE 01
# Baden-Württemberg. New Zealand, Belarus, Sudan, Chad, Switzerland and Jordan are checked at
# country level.
# First run: not yet (to be filled in by the lead with the misses as strict xfails).

Expected = dict[str, tuple[str, str | None] | None]

BATCH_16: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "PARIS, Texas (AP) — A tornado tore through Lamar County late Sunday, destroying "
            "dozens of homes on the north side of Paris and flattening a church in Reno, officials "
            "said. Two people were killed near Blossom, and eight were treated at Paris Regional "
            "Medical Center. The storm then crossed the Red River into Oklahoma, tearing the roofs "
            "off barns outside Hugo and knocking out power in Idabel. Hugo Alvarez, a Paris Junior "
            "College student, said he rode it out in a bathtub. Shelters opened in Clarksville, "
            "Honey Grove and Bonham, and utility crews from Dallas and Sherman arrived on Monday. "
            "Gov. Greg Abbott added Lamar, Red River and Fannin counties to a disaster "
            "declaration. Paris is known for its 65-foot replica of the Eiffel Tower, topped with "
            "a red cowboy hat, and it survived. \"This isn't Paris, France, but it's ours,\" "
            "said Mayor Paula Portman."
        ),
        {
            "PARIS": ("US", "TX"),
            "Texas": ("US", "TX"),
            "Lamar County": ("US", "TX"),
            "Paris": ("US", "TX"),
            "Reno": ("US", "TX"),
            "Blossom": ("US", "TX"),
            "Oklahoma": ("US", "OK"),
            "Hugo": ("US", "OK"),
            "Idabel": ("US", "OK"),
            "Hugo#2": None,
            "Paris#3": None,
            "Clarksville": ("US", "TX"),
            "Honey Grove": ("US", "TX"),
            "Bonham": ("US", "TX"),
            "Sherman": ("US", "TX"),
            "Lamar#2": ("US", "TX"),
            "Fannin": ("US", "TX"),
            "Paris#4": ("US", "TX"),
            "Paris#5": ("FR", "11"),
            "France": ("FR", None),
        },
    ),
    (
        "b",
        (
            "VALDOSTA, Ga. — Hurricane Helene tore across south Georgia on Friday, hours after "
            "making landfall near Perry, Florida, as a Category 4 storm, killing at least 15 "
            "people in the state and leaving more than a million Georgia Power customers without "
            "electricity. Valdosta took the first blow, with roofs peeled off homes near Moody "
            "Air Force Base. In Cairo, the Grady County seat, a water tower fell onto a fire "
            "station. Albany, Dublin and Vienna reported widespread tree damage, and the National "
            "Guard sent trucks from Macon. Further north, Augusta counted six deaths as the storm "
            "crossed into South Carolina. Rome and the mountain counties escaped the worst winds "
            "but braced for flooding. Georgia Gov. Brian Kemp called the storm a monster. "
            "Florence Whitley, 82, of Douglas, said a pine tree crushed her carport; her "
            "granddaughter Georgia drove down from Savannah to help. In Perry, home of the "
            "Georgia National Fair, schools will stay closed until Wednesday."
        ),
        {
            "VALDOSTA": ("US", "GA"),
            "Georgia": ("US", "GA"),
            "Perry": ("US", "FL"),
            "Florida": ("US", "FL"),
            "Georgia#2": None,
            "Valdosta": ("US", "GA"),
            "Cairo": ("US", "GA"),
            "Grady County": ("US", "GA"),
            "Albany": ("US", "GA"),
            "Dublin": ("US", "GA"),
            "Vienna": ("US", "GA"),
            "Augusta": ("US", "GA"),
            "South Carolina": ("US", "SC"),
            "Rome": ("US", "GA"),
            "Georgia#3": ("US", "GA"),
            "Florence": None,
            "Douglas": ("US", "GA"),
            "Georgia#4": None,
            "Savannah": ("US", "GA"),
            "Perry#2": ("US", "GA"),
        },
    ),
    (
        "c",
        (
            "CAMBRIDGE, Mass. — Biotech start-up Lowell Bio said on Tuesday it would move its "
            "headquarters from Cambridge to a larger campus in Waltham, joining a steady drift of "
            "drug developers out of Kendall Square as rents climb. Chief executive Chelsea Park "
            "said the company would keep a lab in Somerville and build a manufacturing plant in "
            "Worcester, where the state offers tax credits. Lowell Bio was spun out of MIT in 2019 "
            "and counts Boston Children's Hospital among its partners. Its British partner, "
            "AstraZeneca, runs its main research centre in Cambridge, England, and the two firms "
            "will share data between the sites. Springfield and Lowell had also bid for the "
            "plant. Governor Maura Healey, speaking in Chelsea, where she announced a housing "
            "plan, said Massachusetts would keep competing with North Carolina and San Diego for "
            "life-science jobs. Boston Scientific, based in Marlborough, announced 200 hires the "
            "same day."
        ),
        {
            "CAMBRIDGE": ("US", "MA"),
            "Lowell": None,
            "Cambridge": ("US", "MA"),
            "Waltham": ("US", "MA"),
            "Chelsea": None,
            "Somerville": ("US", "MA"),
            "Worcester": ("US", "MA"),
            "Lowell#2": None,
            "British": ("GB", None),
            "Cambridge#2": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Springfield": ("US", "MA"),
            "Lowell#3": ("US", "MA"),
            "Chelsea#2": ("US", "MA"),
            "Boston#2": None,
            "Marlborough": ("US", "MA"),
        },
    ),
    (
        "d",
        (
            "HOBART — Residents of Zeehan were told to leave on Tuesday as a bushfire in "
            "Tasmania's remote west jumped containment lines, the Tasmania Fire Service said. "
            "Queenstown, 35 km to the south, was on a watch-and-act alert, and an evacuation "
            "centre opened in Burnie. Strahan's harbour cruises were cancelled. Premier Jeremy "
            "Rockliff flew over the fire ground from Launceston. Smoke drifted across the "
            "Midlands as far as Perth, where brigades from Longford and Evandale stood by. On "
            "the east coast, Swansea and Bicheno banned campfires, and the Brighton municipality "
            "north of Hobart closed its tip. The Spirit of Tasmania ferries kept sailing between "
            "Devonport and Geelong, though TT-Line warned of delays. Incident controller Sydney "
            "Clarke said 40 firefighters from Victoria had arrived on Monday."
        ),
        {
            "HOBART": ("AU", "06"),
            "Zeehan": ("AU", "06"),
            "Tasmania": ("AU", "06"),
            "Tasmania#2": None,
            "Queenstown": ("AU", "06"),
            "Burnie": ("AU", "06"),
            "Strahan": ("AU", "06"),
            "Launceston": ("AU", "06"),
            "Perth": ("AU", "06"),
            "Longford": ("AU", "06"),
            "Evandale": ("AU", "06"),
            "Swansea": ("AU", "06"),
            "Bicheno": ("AU", "06"),
            "Brighton": ("AU", "06"),
            "Tasmania#3": None,
            "Devonport": ("AU", "06"),
            "Geelong": ("AU", "07"),
            "Sydney": None,
            "Victoria": ("AU", "07"),
        },
    ),
    (
        "e",
        (
            "NAPIER, New Zealand — Army trucks reached Wairoa on Thursday, four days after Cyclone "
            "Gabrielle cut the town off, as the death toll in Hawke's Bay rose to 11. Napier's "
            "main substation was still under water, and 9,000 homes in Hastings and Havelock "
            "North had no drinking water. Water tankers were sent from Hamilton and Taupō, and "
            "urban search-and-rescue teams flew in from Christchurch and Nelson. Gisborne "
            "remained cut off by road after bridges on State Highway 2 were washed away. Prime "
            "Minister Chris Hipkins flew from Wellington to see the Esk Valley, where orchards lie "
            "buried in silt. Help was also coming from Australia and Fiji. MetService forecaster "
            "Hamilton Ngata said more rain was due on Sunday. In Auckland, two volunteer "
            "firefighters died in a landslide west of the city."
        ),
        {
            "NAPIER": ("NZ", None),
            "New Zealand": ("NZ", None),
            "Wairoa": ("NZ", None),
            "Hawke's Bay": ("NZ", None),
            "Napier": ("NZ", None),
            "Hastings": ("NZ", None),
            "Havelock North": ("NZ", None),
            "Hamilton": ("NZ", None),
            "Taupō": ("NZ", None),
            "Nelson": ("NZ", None),
            "Gisborne": ("NZ", None),
            "Hamilton#2": None,
            "Auckland": ("NZ", None),
        },
    ),
    (
        "f",
        (
            "SAN SEBASTIÁN, Spain — Real Sociedad beat Athletic Bilbao 2-1 on Saturday in the "
            "first Basque derby of the season, and police said about 4,000 fans had travelled "
            "from Bilbao along the coast for the match. Donostia, as the city is called in "
            "Basque, celebrated late into the night, while in Vitoria-Gasteiz the regional "
            "parliament debated the budget. Osasuna, the Pamplona club, lost 3-0 to Alavés, and "
            "Navarre's government said it would build a training ground in Tafalla. Madrid has "
            "yet to approve the Basque Country's request to take over the commuter trains that "
            "run to Irun, opposite Hendaye on the French border. Commuters in Errenteria and "
            "Pasaia complain of daily delays. In Gernika, which was bombed in 1937, residents will "
            "vote on Sunday on plans for a new museum. Real Sociedad travel to Villarreal next "
            "week."
        ),
        {
            "SAN SEBASTIÁN": ("ES", "59"),
            "Bilbao": None,
            "Bilbao#2": ("ES", "59"),
            "Donostia": ("ES", "59"),
            "Vitoria-Gasteiz": ("ES", "59"),
            "Pamplona": ("ES", "32"),
            "Alavés": None,
            "Navarre": ("ES", "32"),
            "Tafalla": ("ES", "32"),
            "Madrid": ("ES", "29"),
            "Basque Country": ("ES", "59"),
            "Irun": ("ES", "59"),
            "Hendaye": ("FR", "75"),
            "French": ("FR", None),
            "Errenteria": ("ES", "59"),
            "Pasaia": ("ES", "59"),
            "Gernika": ("ES", "59"),
            "Villarreal": ("ES", "60"),
        },
    ),
    (
        "g",
        (
            "TERESPOL, Poland — Poland reopened its border crossings with Belarus on Thursday "
            "after a two-week closure, and hundreds of lorries that had queued outside Biała "
            "Podlaska began moving toward Brest. Freight trains from China, which are reloaded "
            "onto European-gauge wagons at Małaszewicze, also resumed. Warsaw shut the crossings "
            "during Russian-Belarusian military drills and after drones entered Polish airspace. "
            "Further north, the crossing at Kuźnica near Białystok stays closed, the interior "
            "ministry said. Lithuania has kept its own border with Belarus shut since balloons "
            "carrying smuggled cigarettes drifted over Vilnius. Minsk called the closures "
            "economic blackmail. In Grodno, or Hrodna as Belarusians write it, traders said "
            "Polish customers had vanished. The closure also hit a seafood processor in Brest, "
            "France, which ships frozen fish to Minsk by road."
        ),
        {
            "TERESPOL": ("PL", "75"),
            "Belarus": ("BY", None),
            "Biała Podlaska": ("PL", "75"),
            "Brest": ("BY", None),
            "Warsaw": ("PL", "78"),
            "Russian": ("RU", None),
            "Belarusian": ("BY", None),
            "Polish": ("PL", None),
            "Kuźnica": ("PL", "81"),
            "Białystok": ("PL", "81"),
            "Minsk": ("BY", None),
            "Grodno": ("BY", None),
            "Hrodna": ("BY", None),
            "Brest#2": ("FR", "53"),
            "France": ("FR", None),
            "Minsk#2": ("BY", None),
        },
    ),
    (
        "h",
        (
            "PORT SUDAN — Sudan's army-aligned government said on Wednesday it would keep the "
            "Adre crossing from Chad open for another three months, letting aid convoys reach "
            "Darfur, where the Rapid Support Forces have besieged El Fasher since May. Famine has "
            "been confirmed in the Zamzam camp outside El Fasher, also spelled Al-Fashir. World "
            "Food Programme trucks will drive from Adre to Geneina, then on to Nyala and Zalingei, "
            "spokesman Chad Ellison said. In central Sudan, fighting near Sennar has sent tens of "
            "thousands fleeing east to Gedaref and Kassala. The government moved to Port Sudan on "
            "the Red Sea after the RSF overran most of Khartoum and Omdurman last year. Chad's "
            "foreign ministry in N'Djamena said it hosts more than 600,000 Sudanese refugees. "
            "Abu Dhabi denies arming the RSF."
        ),
        {
            "PORT SUDAN": ("SD", None),
            "Sudan": ("SD", None),
            "Adre": ("TD", None),
            "Chad": ("TD", None),
            "Darfur": ("SD", None),
            "El Fasher": ("SD", None),
            "El Fasher#2": ("SD", None),
            "Al-Fashir": ("SD", None),
            "Adre#2": ("TD", None),
            "Geneina": ("SD", None),
            "Chad#2": None,
            "Sudan#2": ("SD", None),
            "Sennar": ("SD", None),
            "Gedaref": ("SD", None),
            "Port Sudan": ("SD", None),
            "Chad#3": ("TD", None),
            "N'Djamena": ("TD", None),
            "Sudanese": ("SD", None),
            "Abu Dhabi": ("AE", None),
        },
    ),
    (
        "i",
        (
            "FRIBOURG, Switzerland — Voters in Fribourg on Sunday backed a plan to put both of the "
            "city's names, Fribourg and Freiburg, on every street sign, as Biel/Bienne has long "
            "done. The German-speaking minority around Murten, also known as Morat, had pushed for "
            "the change. Lausanne and Geneva watched closely, as French speakers there fear a "
            "precedent. Freiburg im Breisgau, the German city that shares the name, sent "
            "congratulations. In Valais, voters in Sion rejected a new stadium for FC Sion, and "
            "Zermatt approved a tourist tax. Bern will hold a similar vote in March. Basel, which "
            "borders both France and Germany, already posts some signs in French for shoppers "
            "from Mulhouse. Lucerne, or Luzern, could be next, said Florence Rochat, who led the "
            "campaign."
        ),
        {
            "FRIBOURG": ("CH", None),
            "Fribourg": ("CH", None),
            "Fribourg#2": ("CH", None),
            "Freiburg": ("CH", None),
            "Biel": ("CH", None),
            "German": None,
            "Murten": ("CH", None),
            "Morat": ("CH", None),
            "Lausanne": ("CH", None),
            "Geneva": ("CH", None),
            "French": None,
            "Freiburg im Breisgau": ("DE", "01"),
            "German#2": ("DE", None),
            "Valais": ("CH", None),
            "Sion": ("CH", None),
            "Sion#2": None,
            "Bern": ("CH", None),
            "French#2": None,
            "Mulhouse": ("FR", "44"),
            "Lucerne": ("CH", None),
            "Luzern": ("CH", None),
            "Florence": None,
        },
    ),
    (
        "j",
        (
            "AMMAN, Jordan — More than 40,000 Syrian refugees have gone home from Jordan since the "
            "fall of Bashar al-Assad in December, the U.N. refugee agency said on Tuesday, most of "
            "them through the Jaber crossing opposite Nasib. Buses leave daily from the Zaatari "
            "camp near Mafraq and from Irbid and Ramtha, towns close to the border. Many returnees "
            "head for Daraa, also written Deraa, just across the frontier, or on to Damascus. "
            "UNHCR spokesperson Jordan Hale said the numbers would rise once schools close in "
            "June. Royal Jordanian plans to resume flights from Amman to the Syrian capital. In "
            "Zarqa, factory owners worry about losing Syrian workers, while the port of Aqaba "
            "expects more transit cargo bound for Syria and Lebanon. Danish aid worker Petra Lund "
            "said winter shelter was still needed in Idlib."
        ),
        {
            "AMMAN": ("JO", None),
            "Jordan": ("JO", None),
            "Syrian": ("SY", None),
            "Jordan#2": ("JO", None),
            "Nasib": ("SY", None),
            "Mafraq": ("JO", None),
            "Ramtha": ("JO", None),
            "Daraa": ("SY", None),
            "Deraa": ("SY", None),
            "Jordan#3": None,
            "Jordanian": None,
            "Syrian#2": ("SY", None),
            "Zarqa": ("JO", None),
            "Syrian#3": ("SY", None),
            "Aqaba": ("JO", None),
            "Danish": ("DK", None),
            "Petra": None,
            "Idlib": ("SY", None),
        },
    ),
]
# First run of batch 16, on 332e0ed (after the merges of this stop): 144/181 = .796. The 37
# misses were strict xfails with what the run gave; branch traps16 worked out their causes and
# fixed 25 (alternate names side by side, a container after a name that the rest of the text
# pulls elsewhere, the dateline's town again, a town before its namesake person, hyphenated
# nationalities, possessive feature names, "<person>, <age>, of X", ...); the 9 left give theirs.
_A16 = "PARIS, Texas (AP) — A tornado "
_B16 = "VALDOSTA, Ga. — Hurricane Hele"
_C16 = "CAMBRIDGE, Mass. — Biotech sta"
_D16 = "HOBART — Residents of Zeehan w"
_E16 = "NAPIER, New Zealand — Army tru"
_F16 = "SAN SEBASTIÁN, Spain — Real So"
_G16 = "TERESPOL, Poland — Poland reop"
_H16 = "PORT SUDAN — Sudan's army-alig"
_I16 = "FRIBOURG, Switzerland — Voters"
_J16 = "AMMAN, Jordan — More than 40,0"
BATCH_16_XFAIL: dict[tuple[str, str], str] = {
    (_A16, "Idabel"): "not recognised: spaCy tags it LANGUAGE, which is not in "
    "recognize.RETYPE_LABELS; letting LANGUAGE through would make 'in Hindi', 'in Farsi', 'in "
    "Catalan' (all gazetteer towns) places",
    (_A16, "Paris#3"): "policy: 'Paris Junior College' gives its leading town as ORG_PLACE "
    "(recognize._leading_place, as 'Huntsville Fire Department' -> Huntsville); this key wants "
    "a college named after its town to be no place",
    (_B16, "Perry#2"): "one sense per discourse: 'In Perry, home of the Georgia National Fair' "
    "has no container of its own, so it shares 'near Perry, Florida' (the only cue is 'Georgia' "
    "inside the fair's name)",
    (_D16, "Tasmania#2"): "policy: 'the Tasmania Fire Service' gives its leading state as "
    "ORG_PLACE (recognize._leading_place), as for Paris#3",
    (_D16, "Tasmania#3"): "a ship's name: 'The Spirit of Tasmania ferries'; spaCy tags "
    "'Tasmania' GPE alone and nothing reads 'Spirit of X' as a vessel",
    (_E16, "Havelock North"): _NOT_IN_GAZETTEER + "'havelock north'",
    (_J16, "Nasib"): _NOT_IN_GAZETTEER + "'nasib' (the Nasib border crossing, Syria)",
}
BATCH_16_NAMES = _named_params(16, BATCH_16, BATCH_16_XFAIL)


# --- batch 17 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 7-16 cover
# little: (a) a Europa League night in Arctic Norway: Bodø/Glimt the club beside BODØ the
# dateline, Lazio the club (twice) beside the Lazio regional government, Rosenborg and Molde as
# clubs, 'the Trondheim side', Moss opening a sentence, Tromsø and Fauske with their letters;
# (b) Armenia-Azerbaijan rail talks: Armavir in Armenia and Armavir in Russia in one text,
# Gyumri also called Leninakan, Stepanakert that Baku calls Khankendi, Shusha also written
# Shushi, Georgia the country, Washington as the place of a deal, Baku as metonym and demonyms
# (Armenian, Iranian); (c) a Venezuelan blackout: Barcelona, Valencia, Mérida and Trujillo as
# Venezuelan cities, FC Barcelona and Valencia as clubs in one sentence, Lara the state and an
# engineer named Lara, San Cristóbal beside Cúcuta; (d) a Casamance ferry story: Ziguinchor as
# dateline, town and a club's home, Casa Sports (not Casablanca), Saint-Louis with its hyphen,
# the Gambia with its article, Thiès, a trader named Florence, demonyms (Gambian, Mauritanian);
# (e) monsoon floods in Malaysia: George Town beside Georgetown, Guyana, Butterworth the town
# and a tourist named Butterworth, Victoria on Labuan, Taiping (not the Chinese town), states
# (Perlis, Kelantan, Perak, Sabah); (f) the New Hampshire primary: Manchester, Derry,
# Londonderry, Salem, Hanover, Lebanon, Berlin, Portsmouth, Exeter, Durham and Laconia, all in
# New Hampshire though named like bigger places, Derry in Northern Ireland, Dartmouth College, a
# press secretary named Chelsea Hampton and a voter named Jordan Exeter beside the towns of
# Hampton and Exeter, Grafton County and Coös County with its diaeresis; (g) Montenegro's coast:
# 'Bar' opening a sentence and beside Bari, Shkodër also called Scutari, Podgorica once
# Titograd, Budućnost Podgorica the club, Herceg Novi, Sarandë, Durrës, Corfu; (h) a cyclone in
# Sri Lanka: Hatton the town and Hatton National Bank, the Ceylon Electricity Board, Central
# Province and Uva, Nuwara Eliya, Tamil Nadu and Chennai across the strait; (i) a Queensland
# cyclone: Bowen the town and a spokesman named Bowen, Ayr in Queensland twice and Ayr in
# Scotland, Sydney the city and a forecaster named Sydney, 'Hope is fading' opening a sentence,
# the North Queensland Cowboys, Home Hill, Charters Towers; (j) the Kyrgyz-Tajik border deal:
# KHUJAND as dateline, Khujand once Leninabad, Sughd region, Batken, Vorukh, Isfara, Osh and
# demonyms (Kyrgyz, Tajik, Uzbek).
# Decisions (as in batches 7-16): a dateline is a place; a club, a bank, a board, a college or
# a team named after a place is no place ('Bodø/Glimt', 'Lazio fly back', Rosenborg, Molde,
# 'Casa Sports', 'Budućnost Podgorica', 'Hatton National Bank', 'the Ceylon Electricity Board',
# 'Dartmouth College', 'the North Queensland Cowboys'), nor a person's first name or surname
# (Lara, Florence, Butterworth, Chelsea, Hampton, Jordan, Exeter, Bowen, Sydney), nor a
# sentence-initial word that is no place ('Hope is fading'); a club's home town ('the Trondheim
# side', 'the Ziguinchor club') is a place; a region named like a club is the region when the
# text says so ('the Lazio regional government'); a capital for its government is the capital
# ('a city Baku now calls'); a nationality adjective is its country (Norwegian, Italian,
# Armenian, Iranian, Colombian, Gambian, Mauritanian, British, Albanian, Indian, Kyrgyz, Tajik,
# Uzbek); a historical or other-language name is the current place (Leninakan is Gyumri,
# Khankendi and Stepanakert the same city, in AZ as GeoNames has it, Shushi is Shusha, Scutari
# is Shkodër, Titograd Podgorica, Leninabad Khujand); the place a deal was agreed is a place
# (Washington, DC). Bare names in a text that has settled the state keep it (New Hampshire's
# towns after 'MANCHESTER, N.H.'; Ayr beside Ingham and Townsville; Taiping beside Ipoh and
# Perak); 'Derry in Northern Ireland' is Derry, GB. Not keyed: the Fergana Valley, the Black
# Sea, the Palk Strait, Borneo, the Kelani river, the Stadio Olimpico, the Senegambia bridge,
# the Casamance region, the Penang Bridge, the Bruce Highway, 'Ethnic Armenians', 'Serbians',
# 'Scots-Irish', and the easy dateline countries.
# Admin1 codes are GeoNames': US two-letter states (DC, ME, NH); GB NIR Northern Ireland, SCT
# Scotland; AU 02 New South Wales, 04 Queensland. All other countries are checked at country
# level.
BATCH_17: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "BODØ, Norway — Bodø/Glimt beat Lazio 2-0 on Thursday in the first leg of their Europa "
            "League quarter-final, and the Arctic town celebrated in the streets until dawn. "
            "Supporters drove down from Tromsø and Narvik, and a charter flight brought 180 more "
            "from Trondheim. Lazio fly back to Rome on Friday, and the Lazio regional government "
            "has laid on extra trains for the return leg at the Stadio Olimpico. No Norwegian club "
            "has ever reached a European semi-final; Rosenborg, the Trondheim side that dominated "
            "the league for two decades, went out in the Champions League quarter-finals in 1997. "
            "Molde, beaten in the last 16 four years ago, sent congratulations. Moss, a port town "
            "south of Oslo, showed the match on a big screen in its main square. Coach Kjetil "
            "Knutsen, who comes from Bergen, said the artificial pitch and the cold had helped his "
            "side. Italian fans complained that their hotel was 60 km away in Fauske."
        ),
        {
            "BODØ": ("NO", None),
            "Bodø": None,
            "Lazio": None,
            "Tromsø": ("NO", None),
            "Narvik": ("NO", None),
            "Lazio#2": None,
            "Rome": ("IT", None),
            "Lazio#3": ("IT", None),
            "Norwegian": ("NO", None),
            "Rosenborg": None,
            "Trondheim#2": ("NO", None),
            "Molde": None,
            "Moss": ("NO", None),
            "Bergen": ("NO", None),
            "Italian": ("IT", None),
            "Fauske": ("NO", None),
        },
    ),
    (
        "b",
        (
            "YEREVAN, Armenia — Armenian and Azerbaijani officials met in Gyumri on Tuesday to "
            "work out how trains will cross their border under the peace framework agreed in "
            "Washington in August, the first such talks held on Armenian soil. The planned line "
            "will link Baku with the Nakhchivan exclave, running through Armenia's Syunik province "
            "past Meghri, close to the Iranian frontier. Gyumri, known in Soviet times as "
            "Leninakan, was chosen because it sits on the old railway to Kars in Turkey. Freight "
            "from Armavir, the Armenian town west of Yerevan, already reaches Georgia by rail; its "
            "far bigger namesake, Armavir in Russia's Krasnodar region, is a hub for grain shipped "
            "across the Black Sea. Ethnic Armenians who fled Stepanakert in 2023, a city Baku now "
            "calls Khankendi, watched the talks warily. Shusha, or Shushi to Armenians, has been "
            "rebuilt by Azerbaijan as a showcase. In Tbilisi, Georgia's government said it "
            "welcomed any new transit route, while factories in Ganja and Sumgait hope to ship "
            "goods to Turkey by the shorter line."
        ),
        {
            "YEREVAN": ("AM", None),
            "Armenian": ("AM", None),
            "Gyumri": ("AM", None),
            "Washington": ("US", "DC"),
            "Baku": ("AZ", None),
            "Nakhchivan": ("AZ", None),
            "Syunik": ("AM", None),
            "Meghri": ("AM", None),
            "Iranian": ("IR", None),
            "Leninakan": ("AM", None),
            "Kars": ("TR", None),
            "Armavir": ("AM", None),
            "Georgia": ("GE", None),
            "Armavir#2": ("RU", None),
            "Krasnodar": ("RU", None),
            "Stepanakert": ("AZ", None),
            "Baku#2": ("AZ", None),
            "Khankendi": ("AZ", None),
            "Shusha": ("AZ", None),
            "Shushi": ("AZ", None),
            "Sumgait": ("AZ", None),
        },
    ),
    (
        "c",
        (
            "BARCELONA, Venezuela — A blackout left most of Anzoátegui state without power for a "
            "third day on Wednesday, and in Barcelona, the state capital, water pumps stood idle. "
            "Fans who had packed a bar in nearby Puerto La Cruz to watch Barcelona play Valencia "
            "in Spain's La Liga were left staring at dark screens. The outage spread west to "
            "Carabobo, where factories in Valencia sent workers home, and to Lara, whose capital "
            "Barquisimeto ran its hospitals on generators. Mérida and Trujillo, in the Andes, were "
            "largely spared. Maracaibo, the oil city in Zulia state, has suffered rolling cuts for "
            "months. Caracas blamed sabotage, but engineer Daniel Lara of the state grid operator "
            "said transmission lines had not been maintained in years. In San Cristóbal, near the "
            "Colombian city of Cúcuta, shops ran out of candles."
        ),
        {
            "BARCELONA": ("VE", None),
            "Anzoátegui": ("VE", None),
            "Barcelona": ("VE", None),
            "Puerto La Cruz": ("VE", None),
            "Barcelona#2": None,
            "Valencia": None,
            "Carabobo": ("VE", None),
            "Valencia#2": ("VE", None),
            "Lara": ("VE", None),
            "Barquisimeto": ("VE", None),
            "Mérida": ("VE", None),
            "Trujillo": ("VE", None),
            "Maracaibo": ("VE", None),
            "Zulia": ("VE", None),
            "Caracas": ("VE", None),
            "Lara#2": None,
            "San Cristóbal": ("VE", None),
            "Colombian": ("CO", None),
            "Cúcuta": ("CO", None),
        },
    ),
    (
        "d",
        (
            "ZIGUINCHOR, Senegal — The Aline Sitoé Diatta ferry resumed sailings between "
            "Ziguinchor and Dakar on Monday after two months in dry dock, restoring the main link "
            "between the Casamance region and the capital that avoids the road through the Gambia. "
            "Lorries from Kaolack must otherwise cross the Senegambia bridge at Farafenni or queue "
            "for the river ferry at Banjul. Casa Sports, the Ziguinchor club, had to travel by bus "
            "to Saint-Louis for Sunday's league match, a 16-hour trip through Thiès and Louga. "
            "Florence Sarr, a mango trader in Touba, Senegal's second-largest city, said prices "
            "had doubled since the ferry stopped. Gambian President Adama Barrow, speaking in "
            "Banjul, promised faster border checks. In Mbour, fishermen complained that "
            "Mauritanian patrols off Nouadhibou had seized two of their pirogues."
        ),
        {
            "ZIGUINCHOR": ("SN", None),
            "Ziguinchor": ("SN", None),
            "Gambia": ("GM", None),
            "Kaolack": ("SN", None),
            "Farafenni": ("GM", None),
            "Banjul": ("GM", None),
            "Casa": None,
            "Ziguinchor#2": ("SN", None),
            "Saint-Louis": ("SN", None),
            "Thiès": ("SN", None),
            "Louga": ("SN", None),
            "Florence": None,
            "Touba": ("SN", None),
            "Senegal#2": ("SN", None),
            "Gambian": ("GM", None),
            "Mbour": ("SN", None),
            "Mauritanian": ("MR", None),
            "Nouadhibou": ("MR", None),
        },
    ),
    (
        "e",
        (
            "GEORGE TOWN, Penang — Ferries between George Town and Butterworth were suspended on "
            "Tuesday as monsoon storms lashed northern Malaysia, and motorcyclists were banned "
            "from the Penang Bridge. Floods cut roads across Kedah and Perlis, and more than "
            "20,000 people were moved to relief centres in Kelantan, where the airport at Kota "
            "Bharu closed for six hours. Emma Butterworth, a British tourist stuck in a George "
            "Town hotel, said the rain had not stopped for two days. Further south, Ipoh and "
            "Taiping in Perak escaped the worst of it. On Borneo, landslides blocked roads outside "
            "Kota Kinabalu, the capital of Sabah, and Victoria, the main town on Labuan island, "
            "lost power overnight. A trade delegation from Georgetown, Guyana, flew into Kuala "
            "Lumpur as planned for an oil and gas conference, and Prime Minister Anwar Ibrahim "
            "chaired an emergency meeting in Putrajaya."
        ),
        {
            "GEORGE TOWN": ("MY", None),
            "Penang": ("MY", None),
            "George Town": ("MY", None),
            "Butterworth": ("MY", None),
            "Perlis": ("MY", None),
            "Kelantan": ("MY", None),
            "Kota Bharu": ("MY", None),
            "Butterworth#2": None,
            "British": ("GB", None),
            "Ipoh": ("MY", None),
            "Taiping": ("MY", None),
            "Perak": ("MY", None),
            "Kota Kinabalu": ("MY", None),
            "Sabah": ("MY", None),
            "Victoria": ("MY", None),
            "Labuan": ("MY", None),
            "Georgetown": ("GY", None),
            "Guyana": ("GY", None),
        },
    ),
    (
        "f",
        (
            "MANCHESTER, N.H. — Three weeks before New Hampshire's first-in-the-nation primary, "
            "the candidates fanned out across the state on Saturday. Senator Ruth Calder held a "
            "town hall in Derry — like neighbouring Londonderry, named by Scots-Irish settlers "
            "after Derry in Northern Ireland — and then drove to Salem for a pancake breakfast. "
            "Her rival, former governor Tom Ashby, spoke to students at Dartmouth College in "
            "Hanover, in Grafton County, and stopped at a diner in Lebanon before heading north to "
            "Berlin, the old paper-mill city in Coös County near the Maine line. Ashby's press "
            "secretary, Chelsea Hampton, said he would campaign in Hampton and Portsmouth on "
            "Sunday. Concord, the state capital, hosts the only televised debate on Thursday; "
            "Nashua and Keene had asked for one too. In Laconia, a retired teacher, Jordan Exeter, "
            "said he was still undecided. Exeter and Durham, home of the state university, usually "
            "have the highest turnout in the state."
        ),
        {
            "MANCHESTER": ("US", "NH"),
            "Derry": ("US", "NH"),
            "Londonderry": ("US", "NH"),
            "Derry#2": ("GB", "NIR"),
            "Northern Ireland": ("GB", "NIR"),
            "Salem": ("US", "NH"),
            "Dartmouth": None,
            "Hanover": ("US", "NH"),
            "Grafton County": ("US", "NH"),
            "Lebanon": ("US", "NH"),
            "Berlin": ("US", "NH"),
            "Coös County": ("US", "NH"),
            "Maine": ("US", "ME"),
            "Chelsea": None,
            "Hampton": None,
            "Hampton#2": ("US", "NH"),
            "Portsmouth": ("US", "NH"),
            "Keene": ("US", "NH"),
            "Laconia": ("US", "NH"),
            "Jordan": None,
            "Exeter": None,
            "Exeter#2": ("US", "NH"),
            "Durham": ("US", "NH"),
        },
    ),
    (
        "g",
        (
            "PODGORICA, Montenegro — Bar, Montenegro's main port, will open a second ferry berth "
            "before the summer, the government said on Wednesday, after night crossings to Bari in "
            "southern Italy sold out for July and August. Visitor numbers on the coast have almost "
            "doubled since 2019, and Kotor and Budva have capped cruise ship calls. Tivat's "
            "airport will add flights from London and Warsaw. In Ulcinj, near the border, "
            "hoteliers said Albanian visitors now outnumber Serbians. Across the frontier, "
            "Shkodër, which Italians once called Scutari, is building a cycle path along its lake "
            "to Ulcinj, and boats from Sarandë to Corfu run every hour in peak season. Podgorica, "
            "known as Titograd until 1992, is an hour's drive from the sea; Budućnost Podgorica, "
            "the capital's basketball club, will play a pre-season tournament in Herceg Novi. The "
            "government is also in talks with Durrës about a ferry to Bar."
        ),
        {
            "PODGORICA": ("ME", None),
            "Bar": ("ME", None),
            "Bari": ("IT", None),
            "Kotor": ("ME", None),
            "Budva": ("ME", None),
            "Tivat": ("ME", None),
            "Warsaw": ("PL", None),
            "Ulcinj": ("ME", None),
            "Albanian": ("AL", None),
            "Shkodër": ("AL", None),
            "Scutari": ("AL", None),
            "Sarandë": ("AL", None),
            "Corfu": ("GR", None),
            "Podgorica": ("ME", None),
            "Titograd": ("ME", None),
            "Podgorica#2": None,
            "Herceg Novi": ("ME", None),
            "Durrës": ("AL", None),
        },
    ),
    (
        "h",
        (
            "COLOMBO, Sri Lanka — Rescuers dug through mud in the hill country on Sunday after "
            "Cyclone Ditwah set off landslides that killed more than 150 people across Sri Lanka, "
            "most of them in Badulla and Nuwara Eliya districts. In Kandy, soldiers cleared fallen "
            "trees from the road to the Temple of the Tooth. The Kelani river burst its banks on "
            "the northern edge of Colombo, flooding 30,000 homes. Trains to Hatton were cancelled, "
            "and Hatton National Bank said 40 of its branches were shut. Galle and Matara on the "
            "south coast escaped with heavy rain, while Jaffna and Trincomalee in the north and "
            "east were battered by gales on Friday. The Ceylon Electricity Board said half the "
            "country was without power. The storm crossed the Palk Strait overnight toward Tamil "
            "Nadu, and schools in Chennai were closed. India sent two navy ships with relief "
            "supplies, and Indian helicopters joined rescue flights over the Central Province and "
            "Uva."
        ),
        {
            "COLOMBO": ("LK", None),
            "Badulla": ("LK", None),
            "Nuwara Eliya": ("LK", None),
            "Kandy": ("LK", None),
            "Hatton": ("LK", None),
            "Hatton#2": None,
            "Galle": ("LK", None),
            "Matara": ("LK", None),
            "Jaffna": ("LK", None),
            "Trincomalee": ("LK", None),
            "Ceylon": None,
            "Tamil Nadu": ("IN", None),
            "Chennai": ("IN", None),
            "Indian": ("IN", None),
            "Central Province": ("LK", None),
            "Uva": ("LK", None),
        },
    ),
    (
        "i",
        (
            "TOWNSVILLE, Queensland — Cyclone Kirrily crossed the coast just north of Townsville "
            "late on Thursday, bringing down trees and power lines across the city and leaving "
            "60,000 homes without electricity. Ingham and Ayr were lashed by gusts of 150 kph, and "
            "floodwater cut the Bruce Highway at Home Hill. Bowen, further south, escaped with "
            "heavy rain. Ergon Energy spokesman Tom Bowen said line crews flown in from Brisbane "
            "and Sydney would work through the weekend. The system weakened as it moved inland "
            "over Charters Towers and is forecast to bring flooding to Hughenden and Mount Isa. "
            "Hope is fading for a fisherman missing off Cardwell since Wednesday. The North "
            "Queensland Cowboys cancelled training, and Mackay's airport reopened on Friday. "
            "Bureau of Meteorology forecaster Sydney Tran said it was the strongest storm to hit "
            "the city since Yasi in 2011. Jack Reid, 81, a cane farmer in Ayr who emigrated from "
            "Ayr in Scotland in 1964, said the wind had flattened half his crop."
        ),
        {
            "TOWNSVILLE": ("AU", "04"),
            "Ingham": ("AU", "04"),
            "Ayr": ("AU", "04"),
            "Home Hill": ("AU", "04"),
            "Bowen": ("AU", "04"),
            "Bowen#2": None,
            "Sydney": ("AU", "02"),
            "Charters Towers": ("AU", "04"),
            "Hughenden": ("AU", "04"),
            "Mount Isa": ("AU", "04"),
            "Hope": None,
            "Cardwell": ("AU", "04"),
            "Queensland#2": None,
            "Mackay": ("AU", "04"),
            "Sydney#2": None,
            "Ayr#2": ("AU", "04"),
            "Ayr#3": ("GB", "SCT"),
            "Scotland": ("GB", "SCT"),
        },
    ),
    (
        "j",
        (
            "KHUJAND, Tajikistan — The presidents of Tajikistan, Kyrgyzstan and Uzbekistan met in "
            "Khujand on Monday and signed an agreement fixing the point where their three borders "
            "meet in the Fergana Valley, two weeks after the Kyrgyz and Tajik leaders signed a "
            "border treaty in Bishkek. Khujand, called Leninabad in Soviet times, is Tajikistan's "
            "second city and the capital of Sughd region. The treaty ends a dispute that led to "
            "deadly fighting around Batken in 2021 and 2022, when Tajik troops shelled villages "
            "and Kyrgyz families fled to Osh. Residents of Vorukh, a Tajik exclave surrounded by "
            "Kyrgyz land, are promised a road link to Isfara. Dushanbe and Bishkek plan to reopen "
            "the border to passenger traffic this spring, and flights between Osh and Khujand may "
            "follow. Uzbek President Shavkat Mirziyoyev, who flew in from Tashkent, called the day "
            "historic. Russia and China both welcomed the deal."
        ),
        {
            "KHUJAND": ("TJ", None),
            "Kyrgyzstan": ("KG", None),
            "Khujand": ("TJ", None),
            "Kyrgyz": ("KG", None),
            "Tajik": ("TJ", None),
            "Bishkek": ("KG", None),
            "Khujand#2": ("TJ", None),
            "Leninabad": ("TJ", None),
            "Sughd": ("TJ", None),
            "Batken": ("KG", None),
            "Osh": ("KG", None),
            "Vorukh": ("TJ", None),
            "Isfara": ("TJ", None),
            "Bishkek#2": ("KG", None),
            "Uzbek": ("UZ", None),
            "Tashkent": ("UZ", None),
        },
    ),
]
# Blind batch 17, first run on 3ddf98e (before this stop's changes): 143/183. The entries
# below record what 432f83a gives (145/183, after merging traps16 and routes16).
_A17 = "BODØ, Norway — Bodø/Glimt beat"
_B17 = "YEREVAN, Armenia — Armenian an"
_C17 = "BARCELONA, Venezuela — A black"
_D17 = "ZIGUINCHOR, Senegal — The Alin"
_E17 = "GEORGE TOWN, Penang — Ferries "
_F17 = "MANCHESTER, N.H. — Three weeks"
_G17 = "PODGORICA, Montenegro — Bar, M"
_H17 = "COLOMBO, Sri Lanka — Rescuers "
_I17 = "TOWNSVILLE, Queensland — Cyclo"
_J17 = "KHUJAND, Tajikistan — The pres"
BATCH_17_XFAIL: dict[tuple[str, str], str] = {
    (_C17, "Barcelona#2"): (
        "432f83a: 'Barcelona#2' should be no place, got Candidate(name='Barcelona', lat=10.13625, "
        "lon=-64.68618, kind='city', country_code='VE', admin1='02', population=815141, "
        "geonames_id=3648559, feature_code='PPLA', match='primary', score=12.512, admin2='')"
    ),
    (_D17, "Nouadhibou"): "432f83a: 'Nouadhibou' not found as a place (overlap: None)",
    (_F17, "Dartmouth"): (
        "432f83a: 'Dartmouth' should be no place, got Candidate(name='Jefferson', lat=44.41895, "
        "lon=-71.47453, kind='city', country_code='US', admin1='NH', population=1071, "
        "geonames_id=5088090, feature_code='PPL', match='alternate', score=7.5118, admin2='007')"
    ),
    (_F17, "Exeter#2"): "432f83a: 'Exeter#2' not found as a place (overlap: None)",
    (_H17, "Jaffna"): "432f83a: 'Jaffna' not found as a place (overlap: None)",
}
BATCH_17_NAMES = _named_params(17, BATCH_17, BATCH_17_XFAIL)


# --- batch 18 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 7-17 cover
# little: (a) a nor'easter in Maine, whose towns are named after countries and foreign cities
# (Mexico, Peru, Norway, Paris and South Paris, Poland, China, Calais, Belfast, Lewiston,
# Portland, Augusta), opening on 'BATH, Maine' beside Bath Iron Works, 'Hope of an early start'
# opening a sentence, Central Maine Power, a spokesman named Paris, New Brunswick and Quebec;
# (b) a runway fire in Costa Rica: Liberia the Guanacaste capital and Liberia the country (its
# minister from Monrovia) in one text, the colón the currency beside Colón the Panamanian port,
# David the Panamanian city, Alajuelense the club beside Alajuela, a tourist named Victoria
# Flores from Granada, Nicaragua; (c) a water-treaty protest in northeast Mexico: 'CIUDAD
# VICTORIA' and the bare 'Victoria' for the state capital, Matamoros in Tamaulipas and
# Matamoros in Coahuila, Laredo inside Nuevo Laredo and Laredo, Texas, Santos Laguna the
# Torreón club (Santos a Brazilian port, Laguna a Philippine province), Salamanca and León in
# Guanajuato, a farmer named Guadalupe from Río Bravo, Washington as the place of officials;
# (d) the Cebu earthquake: Bogo, San Remigio, Medellín in Cebu beside Medellín in Colombia,
# Toledo and Cordova in Cebu, Cebu Pacific and Philippine Airlines as airlines; (e) floods in
# the Northern Territory: Katherine the town (three times, once in capitals) and a teacher named
# Katherine, Darwin the city, a constable named Darwin and Charles Darwin University,
# Hermannsburg in the desert and Hermannsburg in Germany, Port Augusta and Adelaide in South
# Australia; (f) auto-parts job cuts in Ontario: London (twice) and London, England, Cambridge,
# Paris, Woodstock, Windsor, Hamilton and Stratford, all in Ontario, Stratford-upon-Avon with
# its hyphens, the University of Waterloo and a union man named Kingston; (g) earthquake
# rebuilding in Turkey's south: Antakya the ancient Antioch, İskenderun once Alexandretta,
# Kahramanmaraş and its short name Maraş, Gaziantep and Antep, Hatay the province beside
# Hatayspor, Adana inside Adana Demirspor, Turkish letters (ı, ğ, ş); (h) Estonia's border
# with Russia: Narva and Ivangorod, Valga and Valka, Tartu once Dorpat, Daugavpils once
# Dvinsk, Riga as a government and Riga FC, 'the Liepāja club', Žalgiris Kaunas, 'speak
# Russian' (a language) beside 'the Russian town'; (i) floods in central Vietnam: Huế and Hội
# An with their accents, a boatman named Vinh beside the city of Vinh, Vietnam Airlines, SHB Da
# Nang and Hanoi FC beside Da Nang and Hanoi; (j) Ethiopia's fuel deal with Somaliland:
# Djibouti the country, its capital as the dateline and 'the Djibouti road', Ethiopian
# Airlines beside 'the Ethiopian border', Adama the Ethiopian city, a driver named Dessie beside
# the town of Dessie, Berbera, Hargeisa, Assab.
# Decisions (as in batches 7-17): a dateline is a place; a club, an airline, a utility, a
# shipyard or a university named after a place is no place ('Bath Iron Works', 'Central Maine
# Power', 'Cebu Pacific', 'Philippine Airlines', 'Vietnam Airlines', 'Ethiopian Airlines',
# 'Hatayspor', 'Adana Demirspor', 'Alajuelense', 'Santos Laguna', 'Riga FC', 'Žalgiris Kaunas',
# 'SHB Da Nang', 'Hanoi FC', 'the University of Waterloo', 'Charles Darwin University'), nor a
# person's first name or surname (Paris Whitcomb, Victoria Flores, Guadalupe Treviño, Katherine
# Moore, Darwin Reilly, Kingston Clarke, Nguyen Van Vinh, Dessie Alemu), nor a sentence-initial
# word that is no place ('Hope of'), nor a currency (the colón), nor a language ('speak
# Russian'); a club's home town written as such is a place ('the Torreón football club', 'the
# Liepāja club', as 'the Trondheim side' in batch 17); a nationality adjective is its country
# (Canadian, Costa Rican, Colombian, British, Syrian, Russian in 'the Russian town',
# Belarusian, Lithuanian, Estonian, Somali, Ethiopian in 'the Ethiopian border'); a historical
# or other-language name is the current place (Antioch is Antakya, Alexandretta İskenderun,
# Maraş Kahramanmaraş, Antep Gaziantep, Dorpat Tartu, Dvinsk Daugavpils); a capital for its
# government is the capital ('since Riga shut its own crossings'); the road named after its
# goal is the goal ('The Djibouti road'). Bare names in a text that has settled the state or
# province keep it (Maine's towns after 'BATH, Maine'; Ontario's after 'LONDON, Ontario';
# 'Victoria' after 'CIUDAD VICTORIA' and Tamaulipas; Bogo, Toledo and Cordova in Cebu;
# Katherine and Darwin in the Northern Territory). Not keyed: the Androscoggin River, Sunday
# River, Penobscot Bay, Oxford County's easy neighbours, Tamarindo's beaches, the
# Inter-American Highway, Tocumen, the canal, the Grand River, the Stuart Highway, the Top End,
# the Finke River, the Thu Bon river, the Gulf of Aden, 'Soviet', 'Turkey handed', the easy
# dateline countries, and Mexico, Vietnam and Estonia as countries (except where a trap).
# Admin1 codes are GeoNames': US two-letter states (ME, TX, MI, DC); CA 04 New Brunswick, 08
# Ontario, 10 Quebec; GB ENG England; MX 07 Coahuila, 09 Mexico City, 11 Guanajuato, 19 Nuevo
# León, 28 Tamaulipas; AU 03 Northern Territory, 05 South Australia. All other countries are
# checked at country level.
BATCH_18: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "BATH, Maine — A nor'easter knocked out power to more than 200,000 homes across Maine "
            "on Tuesday, and Bath Iron Works sent its day shift home early. In the western hills "
            "the Androscoggin River rose fast around Rumford and Mexico, the old mill town across "
            "the water, and the road to Peru was closed for an hour. Norway and Paris, neighbours "
            "in Oxford County, opened a joint shelter at the high school in South Paris, while "
            "schools in Poland stayed shut. China, a lakeside town of 4,300 north-east of Augusta, "
            "lost the only road bridge over its outlet. Hope of an early start to the ski season "
            "at Sunday River, near Bethel, is fading. Lewiston and Portland, the state's two "
            "largest cities, escaped with fallen trees. Governor Janet Mills, speaking in Augusta, "
            "said line crews were on their way from New Brunswick and Quebec. Calais, on the "
            "Canadian border, and Belfast, on Penobscot Bay, recorded the strongest gusts. Central "
            "Maine Power spokesman Paris Whitcomb said most customers would be reconnected by "
            "Thursday."
        ),
        {
            "BATH": ("US", "ME"),
            "Maine": ("US", "ME"),
            "Bath": None,
            "Rumford": ("US", "ME"),
            "Mexico": ("US", "ME"),
            "Peru": ("US", "ME"),
            "Norway": ("US", "ME"),
            "Paris": ("US", "ME"),
            "Oxford County": ("US", "ME"),
            "South Paris": ("US", "ME"),
            "Poland": ("US", "ME"),
            "China": ("US", "ME"),
            "Augusta": ("US", "ME"),
            "Hope": None,
            "Bethel": ("US", "ME"),
            "Lewiston": ("US", "ME"),
            "Portland": ("US", "ME"),
            "New Brunswick": ("CA", "04"),
            "Quebec": ("CA", "10"),
            "Calais": ("US", "ME"),
            "Canadian": ("CA", None),
            "Belfast": ("US", "ME"),
            "Maine#3": None,
            "Paris#3": None,
        },
    ),
    (
        "b",
        (
            "LIBERIA, Costa Rica — Flights into Liberia, the capital of Guanacaste province, were "
            "diverted to San José on Saturday after a brush fire near the runway, stranding "
            "hundreds of tourists bound for the beaches around Tamarindo. Buses took most of them "
            "north by nightfall, the tourism board said. The closure came a day after Liberia's "
            "foreign minister, on a visit from Monrovia, signed a visa waiver with Costa Rican "
            "officials, a coincidence that caused some confusion online. Hotel owners in Nicoya "
            "said the lost weekend would cost them dearly at a time when a strong colón is already "
            "keeping foreign visitors away. Further south, floods closed the Inter-American "
            "Highway near the Panama border, and trucks from Colón, the Caribbean port at the "
            "northern end of the canal, queued for hours at David. Alajuelense postponed Sunday's "
            "match in Alajuela. Tocumen airport in Panama City took in four diverted flights. "
            "Victoria Flores, a tourist from Granada, Nicaragua, said she had waited nine hours at "
            "the terminal in Liberia."
        ),
        {
            "LIBERIA": ("CR", None),
            "Liberia": ("CR", None),
            "Guanacaste": ("CR", None),
            "San José": ("CR", None),
            "Tamarindo": ("CR", None),
            "Liberia#2": ("LR", None),
            "Monrovia": ("LR", None),
            "Costa Rican": ("CR", None),
            "Nicoya": ("CR", None),
            "colón": None,
            "Panama": ("PA", None),
            "Colón": ("PA", None),
            "David": ("PA", None),
            "Alajuelense": None,
            "Alajuela": ("CR", None),
            "Panama City": ("PA", None),
            "Victoria": None,
            "Flores": None,
            "Granada": ("NI", None),
            "Nicaragua": ("NI", None),
            "Liberia#3": ("CR", None),
        },
    ),
    (
        "c",
        (
            "CIUDAD VICTORIA, Mexico — Farmers in Tamaulipas blocked the international bridge "
            "between Matamoros and Brownsville on Monday in protest at water deliveries to the "
            "United States under a 1944 treaty, as drought in northern Mexico entered its third "
            "year. The state government in Victoria said its reservoirs were at 12% of capacity. "
            "Growers also blocked roads outside Reynosa and Nuevo Laredo, and Laredo, on the Texas "
            "side, reported lines of trucks stretching for miles. In neighbouring Coahuila, "
            "farmers from the other Matamoros, a cotton town just east of Torreón, drove their "
            "tractors to the state capital, Saltillo. Santos Laguna, the Torreón football club, "
            "took the field in Monterrey on Saturday wearing straw hats in support. Far to the "
            "south, Salamanca, the Guanajuato refinery town, has rationed tap water since August, "
            'and growers around León and Celaya say it is the worst drought they can remember. "We '
            'have nothing left to give," said Guadalupe Treviño, 63, a sorghum farmer from Río '
            "Bravo. Agriculture Minister Julio Berdegué flew to Reynosa from Mexico City, while "
            "officials in Washington said Mexico was a billion cubic metres behind on its "
            "deliveries."
        ),
        {
            "CIUDAD VICTORIA": ("MX", "28"),
            "Tamaulipas": ("MX", "28"),
            "Matamoros": ("MX", "28"),
            "Brownsville": ("US", "TX"),
            "Victoria": ("MX", "28"),
            "Reynosa": ("MX", "28"),
            "Nuevo Laredo": ("MX", "28"),
            "Laredo#2": ("US", "TX"),
            "Texas": ("US", "TX"),
            "Coahuila": ("MX", "07"),
            "Matamoros#2": ("MX", "07"),
            "Torreón": ("MX", "07"),
            "Saltillo": ("MX", "07"),
            "Santos": None,
            "Laguna": None,
            "Torreón#2": ("MX", "07"),
            "Monterrey": ("MX", "19"),
            "Salamanca": ("MX", "11"),
            "Guanajuato": ("MX", "11"),
            "León": ("MX", "11"),
            "Celaya": ("MX", "11"),
            "Guadalupe": None,
            "Río Bravo": ("MX", "28"),
            "Reynosa#2": ("MX", "28"),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "d",
        (
            "BOGO, Philippines — Rescuers in the northern Cebu city of Bogo pulled survivors from "
            "flattened houses on Wednesday after a magnitude 6.9 earthquake struck offshore late "
            "on Tuesday, killing at least 69 people. San Remigio, where a sports complex collapsed "
            "during a basketball game, and Medellín, a sugar town that shares its name with the "
            "Colombian city, were among the worst hit. Daanbantayan and the island of Bantayan "
            "lost power and water. In Cebu City, 100 km to the south, patients were moved out of "
            "two hospitals. Cebu Pacific and Philippine Airlines added flights from Manila, and "
            "relief goods arrived by ship from Ormoc, on Leyte. Toledo, on the west coast, and "
            "Cordova, on the island south of Mandaue, reported cracked roads. President Ferdinand "
            "Marcos Jr. flew in from Manila on Thursday. Camilo Restrepo, a Colombian volunteer "
            "from Medellín, said people in Bogo kept asking him whether he had come home."
        ),
        {
            "BOGO": ("PH", None),
            "Cebu": ("PH", None),
            "Bogo": ("PH", None),
            "San Remigio": ("PH", None),
            "Medellín": ("PH", None),
            "Colombian": ("CO", None),
            "Daanbantayan": ("PH", None),
            "Bantayan": ("PH", None),
            "Cebu City": ("PH", None),
            "Cebu#3": None,
            "Philippine": None,
            "Manila": ("PH", None),
            "Ormoc": ("PH", None),
            "Leyte": ("PH", None),
            "Toledo": ("PH", None),
            "Cordova": ("PH", None),
            "Mandaue": ("PH", None),
            "Medellín#2": ("CO", None),
            "Bogo#2": ("PH", None),
        },
    ),
    (
        "e",
        (
            "KATHERINE, Northern Territory — Floodwaters began to fall in Katherine on Monday "
            "after the river peaked just short of its 1998 record, and about 300 people who had "
            "spent the weekend at the showgrounds started returning home. Chief Minister Lia "
            "Finocchiaro flew down from Darwin and promised grants for small businesses. The "
            "Stuart Highway was cut south of Katherine near Mataranka, leaving Tennant Creek and "
            "Alice Springs without road freight from the Top End for the third time in two years, "
            "and road trains loaded with supplies for Yulara were held at Port Augusta in South "
            "Australia. Katherine Moore, a teacher who moved to the town from Adelaide in January, "
            "said the water had come up to her veranda. Senior Constable Darwin Reilly said two "
            "men had been rescued from the roof of a ute. West of Alice Springs, Hermannsburg, the "
            "mission founded by Lutheran pastors in 1877 and named after Hermannsburg in Germany, "
            "was cut off by the swollen Finke River. Researchers at Charles Darwin University say "
            "the Top End's wet seasons are growing more intense."
        ),
        {
            "KATHERINE": ("AU", "03"),
            "Northern Territory": ("AU", "03"),
            "Katherine": ("AU", "03"),
            "Darwin": ("AU", "03"),
            "Katherine#2": ("AU", "03"),
            "Mataranka": ("AU", "03"),
            "Tennant Creek": ("AU", "03"),
            "Alice Springs": ("AU", "03"),
            "Yulara": ("AU", "03"),
            "Port Augusta": ("AU", "05"),
            "South Australia": ("AU", "05"),
            "Katherine#3": None,
            "Adelaide": ("AU", "05"),
            "Darwin#2": None,
            "Alice Springs#2": ("AU", "03"),
            "Hermannsburg": ("AU", "03"),
            "Hermannsburg#2": ("DE", None),
            "Germany": ("DE", None),
            "Darwin#3": None,
        },
    ),
    (
        "f",
        (
            "LONDON, Ontario — Auto parts makers in southwestern Ontario will cut about 2,000 jobs "
            "by the spring as U.S. tariffs bite, an industry group said on Thursday, with the "
            "deepest cuts in London and at suppliers around Woodstock and Ingersoll. Toyota, which "
            "builds RAV4s in Cambridge and Woodstock, said its own output was unchanged. In "
            "Windsor, across the river from Detroit, Stellantis has idled its minivan plant twice "
            "this year. Paris, a town of 14,000 on the Grand River, lost its biggest employer, a "
            "seat-frame maker, in June. The cuts come as Stratford prepares for a theatre season "
            "that draws visitors from as far away as Stratford-upon-Avon, Shakespeare's birthplace "
            "in England. Economists at the University of Waterloo expect the downturn to reach "
            'Hamilton\'s steel mills by summer. "People are scared," said Kingston Clarke, '
            "president of a Unifor local in London. Ontario Premier Doug Ford, who was in London, "
            "England, for talks with British investors, said the province would not back down."
        ),
        {
            "LONDON": ("CA", "08"),
            "Ontario": ("CA", "08"),
            "London": ("CA", "08"),
            "Woodstock": ("CA", "08"),
            "Ingersoll": ("CA", "08"),
            "Cambridge": ("CA", "08"),
            "Woodstock#2": ("CA", "08"),
            "Windsor": ("CA", "08"),
            "Detroit": ("US", "MI"),
            "Paris": ("CA", "08"),
            "Stratford": ("CA", "08"),
            "Stratford-upon-Avon": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Waterloo": None,
            "Hamilton": ("CA", "08"),
            "Kingston": None,
            "London#2": ("CA", "08"),
            "London#3": ("GB", "ENG"),
            "British": ("GB", None),
        },
    ),
    (
        "g",
        (
            "ANTAKYA, Turkey — Turkey handed the keys to 45,000 new homes to families left "
            "homeless by the February 2023 earthquakes on Thursday, at a ceremony in Antakya, the "
            "ancient Antioch, whose old quarter was almost entirely destroyed. President Tayyip "
            "Erdoğan, who flew in from Ankara, said rebuilding across Hatay province would be "
            "finished by the end of next year. In İskenderun, the port Europeans once called "
            "Alexandretta, the seafront that the quake pushed below sea level has been raised by "
            "two metres. Kahramanmaraş, still called Maraş by older residents, was the epicentre "
            "of the first tremor; Malatya and Adıyaman lost whole neighbourhoods. Hatayspor, whose "
            "stadium became a tent camp, has played its home games in Mersin since the disaster, "
            "and fans of Adana Demirspor collected blankets for them. In Gaziantep, which locals "
            "still call Antep, the castle that the quake cracked has reopened to visitors. Syrian "
            "refugees in Reyhanlı, near the border crossing to Idlib, said they had not been "
            "offered new homes. In Nurdağı, whole streets are still rubble, and aid convoys still "
            "cross from Kilis to Aleppo, where hundreds died."
        ),
        {
            "ANTAKYA": ("TR", None),
            "Antakya": ("TR", None),
            "Antioch": ("TR", None),
            "Ankara": ("TR", None),
            "Hatay": ("TR", None),
            "İskenderun": ("TR", None),
            "Alexandretta": ("TR", None),
            "Kahramanmaraş": ("TR", None),
            "Maraş": ("TR", None),
            "Malatya": ("TR", None),
            "Adıyaman": ("TR", None),
            "Hatayspor": None,
            "Mersin": ("TR", None),
            "Adana": None,
            "Gaziantep": ("TR", None),
            "Antep": ("TR", None),
            "Syrian": ("SY", None),
            "Reyhanlı": ("TR", None),
            "Idlib": ("SY", None),
            "Nurdağı": ("TR", None),
            "Kilis": ("TR", None),
            "Aleppo": ("SY", None),
        },
    ),
    (
        "h",
        (
            "NARVA, Estonia — Estonia will close the road crossing at Narva to cars from Monday, "
            "leaving only pedestrians to walk the bridge to Ivangorod, the Russian town whose "
            "fortress stares at Narva's castle across the river. Most of the city's 54,000 people "
            "speak Russian, and many have relatives on the other bank. Sillamäe, a former uranium "
            "town on the coast to the west, has already lost its bus service to Saint Petersburg. "
            "In Valga, which shares its streets with Latvia's Valka, traders said business had "
            "been falling since Riga closed one of its own crossings into Russia. Tartu, the "
            "university city known as Dorpat until 1893, will house the extra border guards. "
            "Daugavpils, called Dvinsk under the tsars, lies close to both the Russian and "
            "Belarusian borders. Lithuanian officials in Vilnius said they were watching the "
            "Estonian move closely. Riga FC and the Liepāja club have called off pre-season "
            "friendlies in Pskov, and ferries from Ventspils and Klaipėda are carrying more "
            "lorries to Sweden instead. Žalgiris Kaunas, the basketball champions, now fly to away "
            "games via Warsaw. Pärnu, the seaside resort, expects fewer Russian tourists this "
            "summer."
        ),
        {
            "NARVA": ("EE", None),
            "Narva": ("EE", None),
            "Ivangorod": ("RU", None),
            "Russian": ("RU", None),
            "Narva#2": ("EE", None),
            "Russian#2": None,
            "Sillamäe": ("EE", None),
            "Saint Petersburg": ("RU", None),
            "Valga": ("EE", None),
            "Latvia": ("LV", None),
            "Valka": ("LV", None),
            "Riga": ("LV", None),
            "Russia": ("RU", None),
            "Tartu": ("EE", None),
            "Dorpat": ("EE", None),
            "Daugavpils": ("LV", None),
            "Dvinsk": ("LV", None),
            "Belarusian": ("BY", None),
            "Lithuanian": ("LT", None),
            "Vilnius": ("LT", None),
            "Estonian": ("EE", None),
            "Riga#2": None,
            "Liepāja": ("LV", None),
            "Pskov": ("RU", None),
            "Ventspils": ("LV", None),
            "Klaipėda": ("LT", None),
            "Kaunas": None,
            "Pärnu": ("EE", None),
        },
    ),
    (
        "i",
        (
            "HUẾ, Vietnam — Floodwaters swamped the old imperial capital of Huế for a third day on "
            "Wednesday after more than 1.5 metres of rain fell in two days, and soldiers ferried "
            "food in boats past the walls of the citadel. In Hội An, 30 km south of Da Nang, the "
            "river rose to the eaves of the old merchant houses, and hotels moved their guests out "
            'by boat. "I have never seen it this high," said Nguyen Van Vinh, 58, who rows '
            "tourists along the Thu Bon river. Further north, Vinh and Hà Tĩnh escaped with heavy "
            "rain, while Quảng Ngãi and Quy Nhơn were bracing for more. Vietnam Airlines cancelled "
            "all flights into Huế, and SHB Da Nang postponed its league match at home to Hanoi FC. "
            "Prime Minister Pham Minh Chinh flew in from Hanoi and ordered reservoirs upstream to "
            "release water gradually. Japan and South Korea pledged emergency aid, and Laos, whose "
            "southern provinces border the region, sent rescue boats. The government said 47 "
            "people had died and 12 were missing."
        ),
        {
            "HUẾ": ("VN", None),
            "Huế": ("VN", None),
            "Hội An": ("VN", None),
            "Da Nang": ("VN", None),
            "Vinh": None,
            "Vinh#2": ("VN", None),
            "Hà Tĩnh": ("VN", None),
            "Quảng Ngãi": ("VN", None),
            "Quy Nhơn": ("VN", None),
            "Vietnam#2": None,
            "Huế#2": ("VN", None),
            "Da Nang#2": None,
            "Hanoi": None,
            "Hanoi#2": ("VN", None),
            "Laos": ("LA", None),
        },
    ),
    (
        "j",
        (
            "DJIBOUTI — Ethiopia signed a deal on Tuesday to route part of its fuel imports "
            "through Berbera, the Gulf of Aden port in Somaliland, easing its dependence on "
            "Djibouti, which handles about 90% of the landlocked country's trade. Tankers will "
            "unload at Berbera and trucks will carry the fuel to Jijiga and on to Dire Dawa and "
            "Harar, avoiding the crowded corridor through Dikhil and Galafi. Ethiopian Airlines "
            "already flies daily to Hargeisa. In Adama, the transport hub south-east of Addis "
            'Ababa, hauliers welcomed the news. "The Djibouti road is full of broken-down trucks," '
            "said driver Dessie Alemu, who was waiting to load in Kombolcha, south-east of Dessie. "
            "The ports authority played down the deal, pointing to its new terminal at Tadjourah. "
            "The Somali government in Mogadishu, which regards Somaliland as part of its "
            "territory, called the agreement illegal. Eritrea, whose port of Assab lies a day's "
            "drive from the Ethiopian border, was not mentioned."
        ),
        {
            "DJIBOUTI": ("DJ", None),
            "Ethiopia": ("ET", None),
            "Berbera": ("SO", None),
            "Somaliland": ("SO", None),
            "Djibouti": ("DJ", None),
            "Berbera#2": ("SO", None),
            "Jijiga": ("ET", None),
            "Dire Dawa": ("ET", None),
            "Harar": ("ET", None),
            "Dikhil": ("DJ", None),
            "Galafi": ("DJ", None),
            "Ethiopian": None,
            "Hargeisa": ("SO", None),
            "Adama": ("ET", None),
            "Addis Ababa": ("ET", None),
            "Djibouti#2": ("DJ", None),
            "Dessie": None,
            "Kombolcha": ("ET", None),
            "Dessie#2": ("ET", None),
            "Tadjourah": ("DJ", None),
            "Somali": ("SO", None),
            "Mogadishu": ("SO", None),
            "Somaliland#2": ("SO", None),
            "Assab": ("ER", None),
            "Ethiopian#2": ("ET", None),
        },
    ),
]
# First run of batch 18: 189/217
_A18 = "BATH, Maine — A nor'easter kno"
_B18 = "LIBERIA, Costa Rica — Flights "
_C18 = "CIUDAD VICTORIA, Mexico — Farm"
_D18 = "BOGO, Philippines — Rescuers i"
_E18 = "KATHERINE, Northern Territory "
_F18 = "LONDON, Ontario — Auto parts m"
_G18 = "ANTAKYA, Turkey — Turkey hande"
_H18 = "NARVA, Estonia — Estonia will "
_I18 = "HUẾ, Vietnam — Floodwaters swa"
_J18 = "DJIBOUTI — Ethiopia signed a d"
BATCH_18_XFAIL: dict[tuple[str, str], str] = {
    (_B18, "Colón"): "Colón, Costa Rica (9,700 people) over the Panamanian port (77,000) in a "
    "story filed from Costa Rica; the Panamanian district that used to win by its population is "
    "now read as its seat, the town it is named after",
    (_A18, "New Brunswick"): "first run: 'New Brunswick': New Brunswick in US",
    (_C18, "Matamoros"): "Matamoros, Coahuila (07) for the first mention: the second's town "
    "apposition now reads it as the town and one sense per discourse gives both the same one "
    "(the first run had the first right and the second wrong, 'Matamoros, 28')",
    (_D18, "Medellín#2"): "first run: 'Medellín#2': Medellin in PH",
    (_D18, "Bogo#2"): "first run: 'Bogo#2' not found as a place (overlap: None)",
    (_E18, "Katherine#2"): "first run: 'Katherine#2' not found as a place (overlap: None)",
    (_F18, "Stratford"): "first run: 'Stratford' not found as a place (overlap: None)",
    (_F18, "Stratford-upon-Avon"): (
        "first run: 'Stratford-upon-Avon' not found as a place (overlap: None)"
    ),
    (_G18, "Antioch"): "first run: 'Antioch' not found as a place (overlap: None)",
    (_H18, "Lithuanian"): "first run: 'Lithuanian' not found as a place (overlap: None)",
    (_I18, "Vinh#2"): "first run: 'Vinh#2' not found as a place (overlap: None)",
    (_I18, "Quy Nhơn"): "first run: 'Quy Nhơn' not found as a place (overlap: None)",
    (_I18, "Hanoi"): (
        "first run: 'Hanoi' should be no place, got Candidate(name='Hanoi', lat=21.0245, "
        "lon=105.84117, kind='city', country_code='VN', admin1='44', population=8053663, "
        "geonames_id=1581130, feature_code='PPLC', match='primary', score=8.5889, admin2='')"
    ),
}
BATCH_18_NAMES = _named_params(18, BATCH_18, BATCH_18_XFAIL)


# --- batch 19 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 7-18 cover
# little: (a) a hailstorm on the Kansas wheat: 'LIBERAL, Kan.' and Liberal twice (once opening
# a sentence), Plains, Sublette, Ulysses the Grant County seat, Greensburg (bigger namesakes in
# Pennsylvania and Indiana), a farmer named Wayne Pratt near the town of Pratt, Sterling and
# Newton opening a sentence, the Hutchinson News, Ottawa and Eureka in Kansas, Kansas State
# University in Manhattan, Kansas City, Missouri; (b) the Sahel juntas' joint force: Say
# opening a sentence, Manga and Kaya, Fada N'Gourma with its apostrophe, Ouaga and Bobo for the
# two cities, Bobo-Dioulasso, a driver named Dosso from Dosso, Air Burkina, Nigerien beside
# Nigerian, Upper Volta; (c) a diesel blockade in Bolivia: Sucre the capital and a driver named
# Sucre, La Plata its founding name (an Argentine city today), Bolívar the La Paz club (a
# Venezuelan state and a Colombian department), 'the two La Paz football clubs', Potosí, La
# Quiaca across the border, Chilean Calama and Antofagasta; (d) Kiruna's move in Swedish
# Lapland: Crown Princess Victoria and a café owner named Victoria, Luleå the port and Luleå
# Hockey, Skellefteå AIK, Boden, Jukkasjärvi, Tornio and its Swedish name Torneå, Narvik; (e)
# drought in Iran: Isfahan and Esfahan, Persepolis the Tehran club, 'the Tehran football club',
# the Shiraz grape beside Shiraz, Arak opening a sentence, Kerman (a namesake in California),
# Bam, Ahwaz for Ahvaz, 'speak Persian', Persia; (f) spring floods in Kazakhstan: Petropavl and
# its Russian name Petropavlovsk beside Petropavlovsk-Kamchatsky, Oral (Uralsk), Atyrau
# (Guryev), Rudny, Tobol the town, the river and FC Tobol, Ishim the Russian town after the
# river, Orsk, Kurgan, Astana as Akmola and Nur-Sultan; (g) floods in New Zealand's North
# Island: Whanganui once Wanganui, Stratford in Taranaki, New Plymouth and Plymouth in Devon,
# Hamilton, Cambridge and Thames in the Waikato, a farmer named Levin near Levin, 'Hamilton's
# Super Rugby side', 'the Wellington-based Hurricanes'; (h) a tsunami warning across the
# Pacific: Nuku'alofa, Ha'apai and Vava'u with their apostrophes, Samoa beside American Samoa,
# Western Samoa and Samoa Airways, Fiji Airways, an official named Noumea beside Nouméa, Santo
# for Espiritu Santo, New Hebrides, the Gilbert and Ellice Islands; (i) wildfires in North
# Macedonia: Bitola once Monastir beside Monastir in Tunisia, Veles once Titov Veles, Edessa in
# Greece (Şanlıurfa's old name), Vardar the Skopje club, 'Albanian-speaking', the Greek region
# of Macedonia beside North Macedonia; (j) a cyclone on Madagascar's vanilla coast: Antsiranana
# as Diego-Suarez and a grower named Diego, Madagascar Airlines, Tana, Tamatave, Majunga,
# Tuléar, Fort-Dauphin, Malagasy, Réunion and Mayotte.
# Decisions (as in batches 7-18): a dateline is a place; a club, an airline, a newspaper or a
# university named after a place is no place ('Air Burkina', 'Fiji Airways', 'Samoa Airways',
# 'Madagascar Airlines', 'Luleå Hockey', 'Skellefteå AIK', 'FC Tobol', 'Persepolis', 'Vardar',
# 'Bolívar', 'the Hutchinson News', 'Kansas State University'), nor a person's first name or
# surname (Wayne Pratt, Moussa Dosso, Marco Sucre, Victoria, Victoria Lindqvist, Ruth Levin,
# Noumea Tuilagi, Diego Randrianarisoa), nor a grape named after a city (the Shiraz grape), nor
# a language ('speak Persian', 'Albanian-speaking'); a club's home town written as such is a
# place ('the two La Paz football clubs', 'the Tehran football club', 'the Skopje football
# club', 'the Kostanay football club', "Hamilton's Super Rugby side", 'the Wellington-based
# Hurricanes'); a nationality adjective is its country (Nigerien, Nigerian, Chilean, Norwegian,
# Finnish, Afghan, Russian in 'the Russian town', Kazakh, Samoan, Macedonian, Greek,
# Portuguese, Malagasy); a historical, short or other-language name is the current place
# (Upper Volta is Burkina Faso, Ouaga Ouagadougou, Bobo Bobo-Dioulasso, La Plata Sucre, Torneå
# Tornio, Esfahan Isfahan, Ahwaz Ahvaz, Persia Iran, Petropavlovsk Petropavl, Uralsk Oral,
# Guryev Atyrau, Akmola and Nur-Sultan Astana, Wanganui Whanganui, Western Samoa Samoa, New
# Hebrides Vanuatu, the Gilbert Islands Kiribati's island group, the Ellice Islands Tuvalu,
# Santo Luganville's island, Monastir Bitola, Titov Veles Veles, Diego-Suarez Antsiranana, Tana
# Antananarivo, Tamatave Toamasina, Majunga Mahajanga, Tuléar Toliara, Fort-Dauphin Tôlanaro).
# Bare names in a text that has settled the state or region keep it (Kansas's towns after
# 'LIBERAL, Kan.'; the Waikato's and Taranaki's towns after 'WHANGANUI, New Zealand'; Bitola's
# neighbours in North Macedonia). Not keyed: the Zayandeh Rud, the Helmand, the Ishim, Ural and
# Tobol as rivers, the Torne river, the Coromandel Peninsula, the Tikveš wine
# country, Faleolo airport, the salt flat, the easy dateline countries, the countries named
# only in passing (except where a trap), and easy towns and regions left out to keep the
# batch near 190 names (Dodge City, Wichita, Lawrence, Djibo, Dori, Niamey, Abuja,
# Chuquisaca, Antofagasta, Haparanda, Jokkmokk, Yazd, Mashhad, Aktobe, Taranaki, Waikato,
# Matamata, Neiafu, Lalomanu, Mulifanua, Kavadarci, Struga, Tetovo, Sambava, Andapa).
# Admin1 codes are GeoNames': US two-letter states (KS, OK, MO); KZ 05 Astana, 06
# Atyrau, 07 West Kazakhstan, 13 Kostanay, 16 North Kazakhstan; RU 40 Kurgan, 55 Orenburg (Orsk), 78
# Tyumen, 92 Kamchatka; NZ E8 Bay of Plenty, F3 Manawatū-Whanganui, F9 Taranaki, G1 Waikato,
# G2 Wellington; GB ENG England. All other countries are checked at country level.
BATCH_19: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "LIBERAL, Kan. — Hail the size of baseballs shredded ripening wheat across southwest "
            "Kansas on Monday, days before the harvest was due to begin, and farmers around "
            "Liberal said they had lost half their crop. Liberal opened its civic center to "
            "families whose roofs were torn off. Further north, the storm flattened grain bins in "
            "Plains and Sublette and cut power to most of Ulysses, the Grant County seat. It then "
            "tracked northeast past Dodge City and dropped a tornado near Greensburg, the town "
            "rebuilt with wind turbines and green roofs after it was all but wiped out in 2007. "
            '"I\'ve farmed here 41 years and never seen the like," said Wayne Pratt, who grows '
            "wheat and milo outside Pratt. Sterling and Newton recorded gusts of 80 mph, and the "
            "Hutchinson News said the outage had idled its presses. Wichita's airport closed for "
            "two hours. Ottawa, south of Lawrence, escaped with heavy rain, as did Eureka. "
            "Agronomists at Kansas State University in Manhattan put the losses at $200 million. "
            "Across the Oklahoma line, Guymon reported flash flooding. Governor Laura Kelly, who "
            "was in Kansas City, Missouri, for a trade conference, said she would seek federal "
            "aid."
        ),
        {
            "LIBERAL": ("US", "KS"),
            "Kansas": ("US", "KS"),
            "Liberal": ("US", "KS"),
            "Liberal#2": ("US", "KS"),
            "Plains": ("US", "KS"),
            "Sublette": ("US", "KS"),
            "Ulysses": ("US", "KS"),
            "Grant County": ("US", "KS"),
            "Greensburg": ("US", "KS"),
            "Wayne": None,
            "Pratt": None,
            "Pratt#2": ("US", "KS"),
            "Sterling": ("US", "KS"),
            "Newton": ("US", "KS"),
            "Hutchinson": None,
            "Ottawa": ("US", "KS"),
            "Eureka": ("US", "KS"),
            "Kansas#2": None,
            "Manhattan": ("US", "KS"),
            "Guymon": ("US", "OK"),
            "Kansas City": ("US", "MO"),
        },
    ),
    (
        "b",
        (
            "OUAGADOUGOU, Burkina Faso — Burkina Faso, Mali and Niger will send the first 1,500 "
            "troops of their joint force to the 'three borders' zone next month, officials said "
            "on Monday, after a weekend of attacks that killed at least 60 soldiers and "
            "civilians. Gunmen ambushed a fuel convoy near Djibo on Saturday and overran an army "
            "post outside Dori, while in Niger the market in Téra was set on fire. Say, a river "
            "town south of Niamey, will host the force's training camp, and Nigerien officers "
            "will command the first rotation. In Kaya, where tens of thousands of displaced "
            "people have settled since 2019, aid groups said food stocks would last two weeks. "
            "Manga, further south, has taken in families from Fada N'Gourma, which has been "
            'under blockade since March. "Between Ouaga and Bobo the road is still open, but '
            'nowhere else," said Moussa Dosso, a lorry driver from Dosso, in south-western '
            "Niger, who hauls onions to Bobo-Dioulasso. Air Burkina has suspended its flights "
            "to Niamey. Mali's contingent will gather in Gao before moving to Ménaka. The junta "
            "in the country once called Upper Volta accuses Nigerian smugglers of arming the "
            "fighters, a charge officials in Abuja deny."
        ),
        {
            "OUAGADOUGOU": ("BF", None),
            "Burkina Faso#2": ("BF", None),
            "Niger": ("NE", None),
            "Téra": ("NE", None),
            "Say": ("NE", None),
            "Nigerien": ("NE", None),
            "Kaya": ("BF", None),
            "Manga": ("BF", None),
            "Fada N'Gourma": ("BF", None),
            "Ouaga": ("BF", None),
            "Bobo": ("BF", None),
            "Dosso": None,
            "Dosso#2": ("NE", None),
            "Bobo-Dioulasso": ("BF", None),
            "Burkina#3": None,
            "Gao": ("ML", None),
            "Ménaka": ("ML", None),
            "Upper Volta": ("BF", None),
            "Nigerian": ("NG", None),
        },
    ),
    (
        "c",
        (
            "UYUNI, Bolivia — Truckers blocked the road between Uyuni and Potosí on Tuesday in "
            "protest at diesel shortages, stranding hundreds of tourists who had come to see the "
            "salt flat and halting lorries carrying lithium carbonate from the state plant on "
            "its southern edge. The blockade also cut the route south to Tupiza and Villazón, "
            "where the bridge to La Quiaca in Argentina was closed to traffic. In Sucre, the "
            "constitutional capital, which was founded as La Plata in 1538, lawmakers from "
            "Chuquisaca demanded that the government in La Paz import more fuel. Oruro and "
            "Huanuni, where tin miners joined the protest, had no diesel on sale. Bolívar and The "
            "Strongest, the two La Paz football clubs, postponed league matches in Potosí and "
            'Cochabamba. "We have waited four days at the pump," said Marco Sucre, a minibus '
            "driver who takes tourists out to the salt works at Colchani. A Chilean haulier that "
            "trucks lithium to the port of Antofagasta by way of Calama said it was losing $1 "
            "million a day. Tourist agencies in San Pedro de Atacama, across the border, said "
            "they had stopped selling trips to the salt flat."
        ),
        {
            "UYUNI": ("BO", None),
            "Uyuni": ("BO", None),
            "Potosí": ("BO", None),
            "Tupiza": ("BO", None),
            "Villazón": ("BO", None),
            "La Quiaca": ("AR", None),
            "Sucre": ("BO", None),
            "La Plata": ("BO", None),
            "La Paz": ("BO", None),
            "Huanuni": ("BO", None),
            "Bolívar": None,
            "La Paz#2": ("BO", None),
            "Potosí#2": ("BO", None),
            "Sucre#2": None,
            "Colchani": ("BO", None),
            "Chilean": ("CL", None),
            "Calama": ("CL", None),
            "San Pedro de Atacama": ("CL", None),
        },
    ),
    (
        "d",
        (
            "KIRUNA, Sweden — The last shops in Kiruna's old centre closed on Friday as the "
            "Arctic mining town finished moving its high street three kilometres east, away from "
            "the cracks spreading from the iron ore mine beneath it. Crown Princess Victoria, who "
            "toured the new centre last year, sent a message of thanks to residents. State miner "
            "LKAB says the ground under the old streets will begin to give way within a decade. "
            "Gällivare, 80 km to the south, is emptying its suburb of Malmberget for the same "
            "reason. Ore trains still run west over the mountains to Narvik, the ice-free "
            "Norwegian port, and south-east to Luleå, passing Boden, the garrison town where the "
            "lines meet. In Jukkasjärvi, the Icehotel on the Torne river drew a record 80,000 "
            "visitors last winter, and Sámi herders from Jokkmokk say the mine's waste heaps "
            "block their reindeer's routes. Luleå Hockey and Skellefteå AIK have pledged part of "
            "their gate money to a fund for displaced families. Further east, Haparanda and "
            "Tornio, its Finnish twin across the river, which Swedes still call Torneå, share a "
            'bus station and a shopping centre. Pajala hopes its own iron mine will reopen. "We '
            'are used to moving," said Victoria Lindqvist, 34, whose café has moved twice.'
        ),
        {
            "KIRUNA": ("SE", None),
            "Kiruna": ("SE", None),
            "Victoria": None,
            "Gällivare": ("SE", None),
            "Malmberget": ("SE", None),
            "Narvik": ("NO", None),
            "Norwegian": ("NO", None),
            "Luleå": ("SE", None),
            "Boden": ("SE", None),
            "Jukkasjärvi": ("SE", None),
            "Luleå#2": None,
            "Skellefteå": None,
            "Tornio": ("FI", None),
            "Finnish": ("FI", None),
            "Torneå": ("FI", None),
            "Pajala": ("SE", None),
            "Victoria#2": None,
        },
    ),
    (
        "e",
        (
            "ISFAHAN, Iran — Farmers in Isfahan protested for a third day on Sunday over water "
            "piped from the dried-up Zayandeh Rud to steel mills and to Yazd, as Iran's worst "
            "drought in half a century forced the authorities to cut night-time supplies to "
            "Tehran. Esfahan province officials said reservoirs held 6% of their capacity. In "
            "Mashhad, the holy city in the north-east, taps ran dry for six hours a day, and "
            "Arak, the industrial city south-west of the capital, rationed water to its "
            "factories. Persepolis, the Tehran football club, played Sepahan behind closed doors "
            "in Isfahan on Friday after fans clashed outside the stadium. In Shiraz, tourism "
            "officials said visitors had fallen by a third; the vineyards that some say gave the "
            "Shiraz grape its name were dug up long ago. Kerman and Bam, which was rebuilt after "
            "the 2003 earthquake, have drilled hundreds of new wells. Farmers around Zabol blame "
            "dams on the Helmand river in Afghanistan, and many Afghan labourers, who speak "
            "Persian, have gone home. In Ahwaz, the capital of oil-rich Khuzestan, power cuts "
            'lasted eight hours. "The Persia of gardens is turning into a desert," said '
            "hydrologist Mina Karimi."
        ),
        {
            "ISFAHAN": ("IR", None),
            "Isfahan": ("IR", None),
            "Tehran": ("IR", None),
            "Esfahan": ("IR", None),
            "Arak": ("IR", None),
            "Persepolis": None,
            "Tehran#2": ("IR", None),
            "Isfahan#2": ("IR", None),
            "Shiraz": ("IR", None),
            "Shiraz#2": None,
            "Kerman": ("IR", None),
            "Bam": ("IR", None),
            "Zabol": ("IR", None),
            "Afghan": ("AF", None),
            "Persian": None,
            "Ahwaz": ("IR", None),
            "Khuzestan": ("IR", None),
            "Persia": ("IR", None),
        },
    ),
    (
        "f",
        (
            "PETROPAVL, Kazakhstan — The Ishim river crested in Petropavl on Saturday, flooding "
            "several thousand homes, as Kazakhstan's worst spring floods in 80 years moved north "
            "towards Russia. Soldiers stacked sandbags along the embankments of the city, which "
            "many residents still call Petropavlovsk, a name it shares with "
            "Petropavlovsk-Kamchatsky on Russia's Pacific coast. Downstream, the Russian town of "
            "Ishim, in the Tyumen region, was preparing to evacuate. In the west, Oral, the city "
            "known as Uralsk in Soviet times, was cut off on its southern side, and water reached "
            "the outskirts of Atyrau, the oil town once called Guryev. Kostanay and Rudny lost "
            "their road link to Tobol, a town of 7,000 that shares its name with the river that "
            "flooded it. Aktobe escaped with damage to bridges. Across the border, a dam burst in "
            "Orsk flooded 6,000 homes, Orenburg declared an emergency, and officials in Kurgan "
            "evacuated villages along the Tobol. President Kassym-Jomart Tokayev flew in from "
            "Astana, the capital known as Akmola until 1998 and as Nur-Sultan from 2019 to 2022. "
            "FC Tobol, the Kostanay football club, opened its stadium to evacuees. Kazakh "
            "officials said more than 100,000 people had been evacuated."
        ),
        {
            "PETROPAVL": ("KZ", "16"),
            "Petropavl": ("KZ", "16"),
            "Petropavlovsk": ("KZ", "16"),
            "Petropavlovsk-Kamchatsky": ("RU", "92"),
            "Russian": ("RU", None),
            "Ishim#2": ("RU", "78"),
            "Oral": ("KZ", "07"),
            "Uralsk": ("KZ", "07"),
            "Atyrau": ("KZ", "06"),
            "Guryev": ("KZ", "06"),
            "Kostanay": ("KZ", "13"),
            "Rudny": ("KZ", "13"),
            "Tobol": ("KZ", "13"),
            "Orsk": ("RU", "55"),
            "Kurgan": ("RU", "40"),
            "Astana": ("KZ", "05"),
            "Akmola": ("KZ", "05"),
            "Nur-Sultan": ("KZ", "05"),
            "Tobol#3": None,
            "Kostanay#2": ("KZ", "13"),
            "Kazakh": ("KZ", None),
        },
    ),
    (
        "g",
        (
            "WHANGANUI, New Zealand — The river that gave Whanganui its name burst its banks on "
            "Thursday for the second time in three years, forcing 2,000 people from their homes "
            "in the city that was spelt Wanganui until the Geographic Board added the h. Heavy "
            "rain also flooded farms around Hāwera and Stratford, the Taranaki town whose streets "
            "are named after Shakespeare's characters, and closed State Highway 3 north of New "
            "Plymouth, which was named after Plymouth in Devon. In the Waikato, Hamilton had its "
            "wettest day since 1958, and a slip cut the road between Cambridge and Matamata, home "
            "of the Hobbiton film set. Thames, at the foot of the Coromandel Peninsula, escaped "
            "the worst. Palmerston North's airport closed for three hours. \"We lost 40 ewes in "
            "one paddock,\" said Ruth Levin, who farms near Levin. The Chiefs, Hamilton's Super "
            "Rugby side, moved Saturday's match against the Wellington-based Hurricanes to "
            "Tauranga. Civil Defence said the river would stay high until Sunday."
        ),
        {
            "WHANGANUI": ("NZ", "F3"),
            "Whanganui": ("NZ", "F3"),
            "Wanganui": ("NZ", "F3"),
            "Hāwera": ("NZ", "F9"),
            "Stratford": ("NZ", "F9"),
            "New Plymouth": ("NZ", "F9"),
            "Plymouth#2": ("GB", "ENG"),
            "Devon": ("GB", "ENG"),
            "Hamilton": ("NZ", "G1"),
            "Cambridge": ("NZ", "G1"),
            "Thames": ("NZ", "G1"),
            "Palmerston North": ("NZ", "F3"),
            "Levin": None,
            "Levin#2": ("NZ", "F3"),
            "Hamilton#2": ("NZ", "G1"),
            "Wellington": ("NZ", "G2"),
            "Tauranga": ("NZ", "E8"),
        },
    ),
    (
        "h",
        (
            "NUKU'ALOFA, Tonga — A magnitude 7.3 earthquake struck between Tonga's Ha'apai and "
            "Vava'u island groups early on Tuesday, sending thousands of people in Nuku'alofa "
            "running for higher ground and setting off tsunami warnings from Samoa to Fiji. In "
            "Neiafu, the main town of Vava'u, the wharf cracked and an inter-island ferry was "
            "told to stay at sea. Waves of 40 cm reached Pago Pago, in American Samoa, and police "
            "in Samoa, which was called Western Samoa until 1997, cleared the beach at Lalomanu. "
            "Fiji Airways turned back a flight bound for Tonga, and Samoa Airways kept its planes "
            'on the ground at Faleolo airport near Mulifanua. "People remembered 2022 and did '
            'not wait," said Noumea Tuilagi, a Samoan disaster official. The warning also '
            "reached Vanuatu, the former New Hebrides, where people in Port Vila and in "
            "Luganville, on Santo, were told to keep away from the shore. Kiribati, whose main "
            "islands were once the Gilbert Islands, and Tuvalu, the former Ellice Islands, "
            "lifted their alerts within two hours. France offered surveillance aircraft from "
            "Nouméa, in New Caledonia."
        ),
        {
            "NUKU'ALOFA": ("TO", None),
            "Tonga#2": ("TO", None),
            "Ha'apai": ("TO", None),
            "Vava'u": ("TO", None),
            "Nuku'alofa": ("TO", None),
            "Samoa": ("WS", None),
            "Pago Pago": ("AS", None),
            "American Samoa": ("AS", None),
            "Samoa#3": ("WS", None),
            "Western Samoa": ("WS", None),
            "Fiji#2": None,
            "Tonga#3": ("TO", None),
            "Samoa#5": None,
            "Noumea": None,
            "Samoan": ("WS", None),
            "New Hebrides": ("VU", None),
            "Port Vila": ("VU", None),
            "Luganville": ("VU", None),
            "Santo": ("VU", None),
            "Gilbert Islands": ("KI", None),
            "Ellice Islands": ("TV", None),
            "Nouméa": ("NC", None),
        },
    ),
    (
        "i",
        (
            "BITOLA, North Macedonia — Firefighters fought wildfires on the slopes above Bitola "
            "for a third day on Wednesday as temperatures reached 42C and the government declared "
            "a 30-day state of crisis. Smoke hung over the old bazaar of Bitola, which the "
            "Ottomans called Monastir and which was known as the city of consuls for the foreign "
            "missions that once lined its main street. Fires also burned in the tobacco fields "
            "around Prilep and near Kavadarci, in the Tikveš wine country. Veles, called Titov "
            "Veles in Yugoslav times, recorded the highest temperature in the country. Two "
            "Canadair planes flew in from Greece, where crews in Florina and Edessa had their own "
            "fires under control, and Serbia sent helicopters from Niš. In Ohrid and Struga, "
            "hotel owners said few tourists had cancelled, although a charter flight from "
            "Monastir, in Tunisia, was diverted to Skopje. Vardar, the Skopje football club, "
            "postponed a friendly in Strumica. In Tetovo and Gostivar, in the mostly "
            "Albanian-speaking west, volunteers carried water to villages. Thessaloniki, the "
            'capital of the Greek region of Macedonia, offered to send more planes. "Macedonian '
            'firefighters are exhausted," the interior minister said.'
        ),
        {
            "BITOLA": ("MK", None),
            "Bitola": ("MK", None),
            "Bitola#2": ("MK", None),
            "Monastir": ("MK", None),
            "Prilep": ("MK", None),
            "Veles": ("MK", None),
            "Titov Veles": ("MK", None),
            "Florina": ("GR", None),
            "Edessa": ("GR", None),
            "Niš": ("RS", None),
            "Ohrid": ("MK", None),
            "Monastir#2": ("TN", None),
            "Skopje": ("MK", None),
            "Vardar": None,
            "Skopje#2": ("MK", None),
            "Strumica": ("MK", None),
            "Albanian": None,
            "Thessaloniki": ("GR", None),
            "Greek": ("GR", None),
            "Macedonia#2": ("GR", None),
            "Macedonian": ("MK", None),
        },
    ),
    (
        "j",
        (
            "SAMBAVA, Madagascar — Cyclone Faida tore through Madagascar's vanilla coast on "
            "Monday, flattening curing sheds in Sambava and Antalaha, where much of the world's "
            "vanilla is prepared, and cutting the road south to Maroantsetra. In Antsiranana, "
            "still widely called Diego-Suarez after the Portuguese navigators who charted its "
            "bay, the port was closed for two days, and Nosy Be, the resort island off the "
            'north-west coast, lost power. "The beans were still on the vines. Now everything is '
            'on the ground," said Diego Randrianarisoa, who grows vanilla near Andapa. '
            "Madagascar Airlines cancelled its flights from Tana, as the capital Antananarivo is "
            "known, and the Malagasy government sent rice by ship from Toamasina, the port once "
            "called Tamatave. The storm is forecast to weaken over the highlands before reaching "
            "Mahajanga, still Majunga to older French speakers, on Wednesday. In the far south, "
            "Toliara, long Tuléar on French maps, and Fort-Dauphin face drought instead. France "
            "sent relief supplies from Réunion and Mayotte, and traders in Moroni, the capital of "
            "the Comoros, said ferries had been cancelled."
        ),
        {
            "SAMBAVA": ("MG", None),
            "Madagascar#2": ("MG", None),
            "Maroantsetra": ("MG", None),
            "Antsiranana": ("MG", None),
            "Diego-Suarez": ("MG", None),
            "Portuguese": ("PT", None),
            "Nosy Be": ("MG", None),
            "Diego#2": None,
            "Madagascar#3": None,
            "Tana": ("MG", None),
            "Antananarivo": ("MG", None),
            "Malagasy": ("MG", None),
            "Toamasina": ("MG", None),
            "Tamatave": ("MG", None),
            "Mahajanga": ("MG", None),
            "Majunga": ("MG", None),
            "Toliara": ("MG", None),
            "Tuléar": ("MG", None),
            "Fort-Dauphin": ("MG", None),
            "Réunion": ("RE", None),
            "Moroni": ("KM", None),
        },
    ),
]
# First run of batch 19: 161/195
_A19 = "LIBERAL, Kan. — Hail the size "
_B19 = "OUAGADOUGOU, Burkina Faso — Bu"
_C19 = "UYUNI, Bolivia — Truckers bloc"
_D19 = "KIRUNA, Sweden — The last shop"
_E19 = "ISFAHAN, Iran — Farmers in Isf"
_F19 = "PETROPAVL, Kazakhstan — The Is"
_G19 = "WHANGANUI, New Zealand — The r"
_H19 = "NUKU'ALOFA, Tonga — A magnitud"
_I19 = "BITOLA, North Macedonia — Fire"
_J19 = "SAMBAVA, Madagascar — Cyclone "
BATCH_19_XFAIL: dict[tuple[str, str], str] = {
    (_A19, "Sterling"): "first run: 'Sterling' not found as a place (overlap: None)",
    (_A19, "Kansas#2"): (
        "first run: 'Kansas#2' should be no place, got Candidate(name='Kansas', lat=38.48437, "
        "lon=-98.38085, kind='admin', country_code='US', admin1='KS', population=2366787, "
        "geonames_id=4273857, feature_code='ADM1', match='primary', score=8.5245, admin2='')"
    ),
    (_B19, "Ouaga"): (
        "first run: 'Ouaga' not found as a place (overlap: None); known since "
        "data/other_names.csv, but the model tags 'Between Ouaga and Bobo the road' as a work"
    ),
    (_C19, "Calama"): "first run: 'Calama' not found as a place (overlap: None)",
    (_E19, "Persia"): (
        "first run: 'Persia' not found as a place (overlap: None); known since "
        "data/other_names.csv, but untagged in '\"The Persia of gardens is' with no place cue"
    ),
    (_F19, "Petropavlovsk"): (
        "the text says the Kazakh city shares the name with Petropavlovsk-Kamchatsky, now found "
        "(a hyphenated town tagged as a firm); 'Petropavlovsk' then reads as that firm place"
    ),
    (_G19, "Wanganui"): "first run: 'Wanganui' not found as a place (overlap: None)",
    (_H19, "Ha'apai"): 'first run: "Ha\'apai" not found as a place (overlap: None)',
    (_H19, "Vava'u"): 'first run: "Vava\'u" not found as a place (overlap: None)',
    (_H19, "Santo"): (
        "first run: 'Santo' not found as a place (overlap: None); a known alternate of "
        "Luganville, untagged after 'on'"
    ),
}
BATCH_19_NAMES = _named_params(19, BATCH_19, BATCH_19_XFAIL)


# --- batch 20 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 7-19 cover
# little: (a) a wildfire in New Mexico: 'RUIDOSO, N.M.', Roswell (a bigger Roswell in
# Georgia), Santa Fe (a bigger Santa Fe in Argentina), Las Vegas, N.M. and Las Vegas, Nevada in
# one sentence, Carlsbad and Artesia (bigger namesakes in California), Socorro (bigger ones in
# Brazil and Colombia), Truth or Consequences, Lincoln and Otero counties, Mescalero the
# village beside the Mescalero Apache reservation, Washington as the place of a government,
# Mexico the country, a spokeswoman named Georgia and the Albuquerque Isotopes; (b) floods in
# north Wales: 'MOLD, Wales' and Mold opening a sentence, Flint and Flint, Michigan, Hope the
# village and 'Hope of a quick recovery' opening a sentence, Bangor in Gwynedd and Bangor in
# Northern Ireland, Wrexham the city and Wrexham AFC, Newport County the club, a nurse named
# Chelsea, Cardiff as the seat of the Welsh Government, Chester across the border; (c)
# floods on the Vesdre in Belgium: Spa the town and Spa Monopole the bottler, Liège also
# called Luik and Standard Liège the club, Mons known in Dutch as Bergen (a bigger Bergen in
# Norway), Anderlecht as a club, 'German-speaking' and 'Flemish speakers' as languages beside
# 'the German border' and 'Dutch rescuers', Limburg beside Maastricht (a Dutch province of the
# same name), Brussels as the government, a baker named Florence; (d) the insurgency in
# Mozambique's Cabo Delgado: 'PEMBA' and Pemba once Porto Amélia, Palma the gas town beside an
# aid worker 'from Palma' (Mallorca's capital), Gaza the Mozambican province with its capital
# Xai-Xai, Maputo once Lourenço Marques, Rwandan, Portuguese, Spanish and Tanzanian as
# countries, Mtwara across the border; (e) US tariffs and Japan's car towns: 'TOYOTA, Japan'
# and the city once called Koromo beside Toyota Motor, Kobe Steel, Sapporo the brewer and its
# beer, Kariya, Anjo, Okazaki and Nagoya in Aichi, Hamamatsu in Shizuoka, Hiroshima as Mazda's
# home, Ota in Gunma (a bigger Ōta ward in Tokyo), Long Beach and Indiana; (f) wildfires in
# southern Chile: 'LOS ÁNGELES, Chile' and Los Ángeles (the bigger one in California),
# Victoria the Araucanía town and a forest engineer named Victoria, Concepción the city and the
# University of Concepción, Arauco the forestry company (a town and a province of that name),
# Biobío and Araucanía, Neuquén, Santiago as the place of arrival, Mexican as Mexico; (g) monsoon
# landslides in Nepal: Mustang and Upper Mustang, Jomsom, Myagdi, Baglung, Bharatpur in Chitwan
# beside the Rajasthan town of the same name (named only by description), Birgunj across from
# Raxaul, the Kathmandu Post beside Kathmandu as the government, Gurkha recruits, Tibet,
# Lumbini, Everest on the border, a guide surnamed Sherpa; (h) an oil spill on Tobago:
# 'SCARBOROUGH, Tobago' and Scarborough in North Yorkshire, Trinidad the island (towns named
# Trinidad in Bolivia and Cuba) and the Trinidad and Tobago Coast Guard, San Fernando (in the
# Philippines, Spain and California too), Point Fortin, Chaguanas, Arima, Couva, Grenada,
# Güiria in Venezuela, a beach-chair man named Sydney; (i) a record snowfall in Quebec: the
# 'QUEBEC' dateline, Quebec City, Quebec as the government and the Quebec Remparts, Hydro-Québec,
# the Montreal Canadiens beside Montreal, the Rimouski Océanic, Ottawa as the government,
# Trois-Rivières and Saint-Jean-sur-Richelieu with hyphens and accents, Magog, Laval (a Laval in
# France), a pensioner named Florence; (j) a wildfire near Athens: Marathon the town (twice, once
# opening a sentence) that named the race, Nea Makri, Rafina, Varnavas, Piraeus beside
# Olympiacos, Corinth (a Corinth in Mississippi), Sparta (bigger Spartas in the US), Olympia
# (the capital of Washington state), Rhodes, Patras, the Peloponnese, Kalamata olives.
# Decisions (as in batches 7-19): a dateline is a place; a club, a company, a brand, a
# newspaper or a university named after a place is no place ('the Albuquerque Isotopes',
# 'Wrexham AFC', 'Newport County', 'Spa Monopole', 'Standard Liège', 'Anderlecht', 'Toyota
# Motor', 'Kobe Steel', 'Sapporo', 'Sapporo beer', 'the University of Concepción', 'Arauco and
# CMPC', 'The Kathmandu Post', 'the Montreal Canadiens', 'the Quebec Remparts', 'the Rimouski
# Océanic', 'Hydro-Québec', 'the Trinidad and Tobago Coast Guard'), nor a person's first name or
# surname (Georgia Baca, Chelsea Morris, Florence Lejeune, Victoria Painemal, Pasang Sherpa,
# Sydney Baptiste, Florence Gagnon), nor a product named after a town ('Kalamata olives'), nor
# a people or soldiers' name ('Gurkha recruits'), nor a sentence-initial word that is no place
# ('Hope of a quick recovery'), nor a language ('German-speaking east', 'Flemish speakers',
# 'known in Dutch as Bergen'); a nationality adjective is its country (Portuguese, Rwandan,
# Spanish, Tanzanian, Mexican, British, Greek, 'the German border', 'Dutch rescuers'); a
# capital named for its government is the capital (Washington, Cardiff, Brussels, Maputo,
# Kathmandu, Ottawa) and a province named for its government the province ('Quebec would ask
# Ottawa'); a historical or other-language name is the current place (Koromo is Toyota, Porto
# Amélia Pemba, Lourenço Marques Maputo, Luik Liège, Bergen Mons). 'A Spanish aid worker from
# Palma' is Palma de Mallorca; Limburg beside Antwerp in a Belgian story is the Belgian
# province; a bare Trinidad for the island is the country Trinidad and Tobago (the gazetteer
# may hold it only inside the country's name: a knowledge case, like Santo in batch 19);
# Everest accepts Nepal or China. Not keyed: Palma in Mozambique, Mocímboa da Praia and Metuge
# (the gazetteer holds no entry under those names), Chicoutimi, Jonquière and La Baie (merged
# into Saguenay), Beni, the Hondo valley, the Vesdre, the Wurm, the Dee, the Kali Gandaki and
# the Narayani, the Gulf of Paria, the Messalo and the Rovuma, Evia, the Beauce and the Eastern
# Townships, the easy dateline countries, countries named only in passing, and easy towns left
# out to keep the batch near 170 names (Capitan, Las Cruces, Alamogordo, Holywell, Ruthin,
# Rhyl, Prestatyn, Holyhead, Dublin, Llandudno Junction, Buckley, Pepinster, Trooz, Eupen,
# Chaudfontaine, Marche-en-Famenne, Aachen, Montepuez, Nampula, Anjo, Okazaki, Nagoya,
# Nacimiento, Temuco, Collipulli, Jomsom, Myagdi, Baglung, Panama, Guyana, Chaguanas, Arima,
# Couva, Sherbrooke, Magog, Gatineau, Drummondville, Victoriaville, Rafina, Italy, Spain,
# Argentina).
# Admin1 codes are GeoNames': US two-letter states (NM, NV, DC, MI, CA, IN, MA); GB ENG England,
# NIR Northern Ireland, WLS Wales; BE BRU Brussels, VLG Flanders, WAL Wallonia; MZ 02 Gaza; JP 01
# Aichi, 10 Gunma, 11 Hiroshima, 37 Shizuoka; CL 04 Araucanía, 06 Biobío, 12 Santiago
# Metropolitan; IN 24 Rajasthan, 34 Bihar; CN 14 Tibet; TT 11 Tobago; CA 08 Ontario, 10 Quebec.
# All other countries are checked at country level.
BATCH_20: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "RUIDOSO, N.M. — A wind-driven wildfire forced the evacuation of Ruidoso on Tuesday "
            "for the second summer running, sending thousands of residents and tourists down the "
            "mountain to Roswell, where the convention center became a shelter. The fire started "
            "on the Mescalero Apache reservation near the village of Mescalero and jumped into "
            "Lincoln County overnight, threatening Capitan and the ranches of the Hondo valley. "
            "Gov. Michelle Lujan Grisham, speaking in Santa Fe, said she had asked Washington for "
            "a federal disaster declaration. Crews came from Las Cruces and from Las Vegas, N.M., "
            "whose residents lived through the state's largest recorded fire in 2022, and a "
            "hotshot team from Las Vegas, Nevada, landed at Roswell on Wednesday. Carlsbad and "
            "Artesia sent water tankers, and Alamogordo's hospital, in neighboring Otero County, "
            "took in patients from the Ruidoso clinic. Smoke drifted as far as Socorro and Truth "
            'or Consequences. "We have planes coming from Mexico," said fire spokeswoman '
            "Georgia Baca. The Albuquerque Isotopes, the city's minor-league baseball team, will "
            "give Friday's gate receipts to families who lost their homes."
        ),
        {
            "RUIDOSO": ("US", "NM"),
            "Ruidoso": ("US", "NM"),
            "Roswell": ("US", "NM"),
            "Mescalero#2": ("US", "NM"),
            "Lincoln County": ("US", "NM"),
            "Santa Fe": ("US", "NM"),
            "Washington": ("US", "DC"),
            "Las Vegas": ("US", "NM"),
            "Las Vegas#2": ("US", "NV"),
            "Roswell#2": ("US", "NM"),
            "Carlsbad": ("US", "NM"),
            "Artesia": ("US", "NM"),
            "Otero County": ("US", "NM"),
            "Socorro": ("US", "NM"),
            "Truth or Consequences": ("US", "NM"),
            "Mexico": ("MX", None),
            "Georgia": None,
            "Albuquerque": None,
        },
    ),
    (
        "b",
        (
            "MOLD, Wales — Mold's high street lay under half a metre of water on Sunday after the "
            "River Alyn burst its banks, and Flintshire council opened a leisure centre to about "
            "200 people. Flint, on the Dee estuary, lost power overnight, and the A55 was closed "
            "between Holywell and St Asaph. Hope, a village between Mold and Wrexham, was cut off "
            "for most of the day. Hope of a quick recovery faded as forecasters warned of more "
            "rain on Tuesday. In Denbighshire, the old jail in Ruthin was flooded, and sandbags "
            "were stacked along the seafront at Rhyl and Prestatyn. Ferries from Holyhead to "
            "Dublin were cancelled, and the railway to Bangor was closed at Llandudno Junction. "
            "Bangor, in Northern Ireland, escaped the worst, but sailings to Belfast were also "
            "halted. Wrexham AFC postponed Saturday's match against Newport County, whose fans "
            'were already on their way north. "It was like the water crisis in Flint, Michigan, '
            'except it came in through the front door," said Chelsea Morris, a nurse from '
            "Buckley. The Welsh Government in Cardiff said it would release emergency funds. "
            "Across the border in England, Chester racecourse was under water."
        ),
        {
            "MOLD": ("GB", "WLS"),
            "Mold": ("GB", "WLS"),
            "Flintshire": ("GB", "WLS"),
            "Flint": ("GB", "WLS"),
            "St Asaph": ("GB", "WLS"),
            "Hope": ("GB", "WLS"),
            "Mold#2": ("GB", "WLS"),
            "Wrexham": ("GB", "WLS"),
            "Hope#2": None,
            "Denbighshire": ("GB", "WLS"),
            "Bangor": ("GB", "WLS"),
            "Bangor#2": ("GB", "NIR"),
            "Belfast": ("GB", "NIR"),
            "Wrexham#2": None,
            "Newport": None,
            "Flint#2": ("US", "MI"),
            "Chelsea": None,
            "Cardiff": ("GB", "WLS"),
            "Chester": ("GB", "ENG"),
        },
    ),
    (
        "c",
        (
            "VERVIERS, Belgium — The Vesdre burst its banks for the second time in four years on "
            "Thursday, flooding the lower town of Verviers and forcing 1,500 people from their "
            "homes in Pepinster and Trooz, where many families had only just finished rebuilding "
            "after the deadly floods of July 2021. Spa, the resort that gave its name to health "
            "spas everywhere, was cut off for several hours, and Spa Monopole halted bottling at "
            "its mineral water plant. Engineers at the dam above Eupen, in the German-speaking "
            "east, began releasing water on Wednesday night. Downstream, Chaudfontaine and the "
            "southern suburbs of Liège, which Flemish speakers call Luik, were put on alert, and "
            "Standard Liège postponed Sunday's home game against Anderlecht. Soldiers were sent "
            "from the barracks at Marche-en-Famenne and from Mons, known in Dutch as Bergen, and "
            "Dutch rescuers drove in from Maastricht with pumps. Fire crews from Limburg and "
            "Antwerp joined them on Friday. Prime Minister Bart De Wever, who visited Pepinster, "
            "said Brussels would pay for a new flood barrier. In Aachen, across the German "
            'border, the Wurm also rose. "We know this story; we lived it," said Florence '
            "Lejeune, 58, who runs a bakery in Verviers."
        ),
        {
            "VERVIERS": ("BE", "WAL"),
            "Verviers": ("BE", "WAL"),
            "Spa": ("BE", "WAL"),
            "Spa#2": None,
            "German": None,
            "Liège": ("BE", "WAL"),
            "Flemish": None,
            "Luik": ("BE", "WAL"),
            "Liège#2": None,
            "Anderlecht": None,
            "Mons": ("BE", "WAL"),
            "Dutch": None,
            "Bergen": ("BE", "WAL"),
            "Dutch#2": ("NL", None),
            "Maastricht": ("NL", None),
            "Limburg": ("BE", "VLG"),
            "Antwerp": ("BE", "VLG"),
            "Brussels": ("BE", "BRU"),
            "German#2": ("DE", None),
            "Florence": None,
        },
    ),
    (
        "d",
        (
            "PEMBA, Mozambique — Islamic State-linked insurgents raided two villages near "
            "Mocímboa da Praia on Saturday, killing at least five people and sending hundreds "
            "fleeing south toward Pemba, the capital of Cabo Delgado province, which was called "
            "Porto Amélia under Portuguese rule. Rwandan troops, who have guarded the coast since "
            "2021, said they had pushed the fighters back into the forest along the Messalo "
            "river. TotalEnergies said the attack would not delay the restart of its $20 billion "
            'gas project near Palma. "People arrive here with nothing," said Marta Ferrer, a '
            "Spanish aid worker from Palma who runs a camp in Metuge. Other families have walked "
            "west to Montepuez, the ruby-mining town, and some have reached Nampula and Niassa "
            "province. The government in Maputo, the capital once known as Lourenço Marques, "
            "says the insurgency is contained. Tanzania has tightened checks at the bridge over "
            "the Rovuma, and Tanzanian police in Mtwara arrested six suspected recruiters. "
            "President Daniel Chapo, who was in Xai-Xai, the capital of the southern province of "
            "Gaza, to open a hospital, promised to send more troops north."
        ),
        {
            "PEMBA": ("MZ", None),
            "Pemba": ("MZ", None),
            "Cabo Delgado": ("MZ", None),
            "Porto Amélia": ("MZ", None),
            "Portuguese": ("PT", None),
            "Rwandan": ("RW", None),
            "Spanish": ("ES", None),
            "Palma#2": ("ES", None),
            "Niassa": ("MZ", None),
            "Maputo": ("MZ", None),
            "Lourenço Marques": ("MZ", None),
            "Tanzania": ("TZ", None),
            "Tanzanian": ("TZ", None),
            "Mtwara": ("TZ", None),
            "Xai-Xai": ("MZ", "02"),
            "Gaza": ("MZ", "02"),
        },
    ),
    (
        "e",
        (
            "TOYOTA, Japan — Toyota Motor said on Wednesday it would cut output at three plants "
            "in Aichi prefecture next month as U.S. tariffs bite, a blow to the city that took "
            "the company's name in 1959. Until then Toyota was a silk-spinning town called "
            "Koromo. Parts makers in Kariya, home of Denso, and in Anjo and Okazaki expect orders "
            "to fall by a fifth, and at Nagoya port car carriers bound for Long Beach sailed "
            "half-loaded. Suzuki and Yamaha, both based in Hamamatsu, in neighbouring Shizuoka, "
            "have warned on profits, and Mazda, whose home is Hiroshima, said it would cut "
            "overtime. Kobe Steel lowered its forecast, and shares in Sapporo fell 3% after the "
            "brewer said U.S. sales of Sapporo beer had slowed. Subaru, which builds cars in Ota, "
            'in Gunma, plans to move more production to its plant in Indiana. "Without the '
            'factories this would be a farm town again," said Kenji Yamada, who runs a noodle '
            "shop near the Motomachi plant."
        ),
        {
            "TOYOTA": ("JP", "01"),
            "Toyota": None,
            "Aichi": ("JP", "01"),
            "Toyota#2": ("JP", "01"),
            "Koromo": ("JP", "01"),
            "Kariya": ("JP", "01"),
            "Long Beach": ("US", "CA"),
            "Hamamatsu": ("JP", "37"),
            "Shizuoka": ("JP", "37"),
            "Hiroshima": ("JP", "11"),
            "Kobe": None,
            "Sapporo": None,
            "Sapporo#2": None,
            "Ota": ("JP", "10"),
            "Gunma": ("JP", "10"),
            "Indiana": ("US", "IN"),
        },
    ),
    (
        "f",
        (
            "LOS ÁNGELES, Chile — Wildfires fanned by 40C heat and strong winds tore through pine "
            "and eucalyptus plantations around Los Ángeles on Sunday, and the government declared "
            "a state of catastrophe in the Biobío and Araucanía regions. Nacimiento and Mulchén "
            "were evacuated overnight. Further south, the fire reached the outskirts of Victoria, "
            "a farming town of 25,000, and crews from Temuco, Angol and Collipulli cut firebreaks "
            'until dawn. "The wind changed three times in an hour," said forest engineer '
            "Victoria Painemal. Concepción, the regional capital, was blanketed in smoke, and the "
            "University of Concepción moved its exams online. Argentina sent firefighters from "
            "Neuquén, and a Mexican crew flew into Santiago on Monday. The forestry companies "
            "Arauco and CMPC said they had lost thousands of hectares of trees; Arauco, which "
            "employs 6,000 people in the region, said it had sent its own fire crews to "
            "Cañete. The fires have killed 13 people, among them two volunteer firefighters."
        ),
        {
            "LOS ÁNGELES": ("CL", "06"),
            "Los Ángeles": ("CL", "06"),
            "Biobío": ("CL", "06"),
            "Araucanía": ("CL", "04"),
            "Mulchén": ("CL", "06"),
            "Victoria": ("CL", "04"),
            "Angol": ("CL", "04"),
            "Victoria#2": None,
            "Concepción": ("CL", "06"),
            "Concepción#2": None,
            "Neuquén": ("AR", None),
            "Mexican": ("MX", None),
            "Santiago": ("CL", "12"),
            "Arauco": None,
            "Arauco#2": None,
            "Cañete": ("CL", "06"),
        },
    ),
    (
        "g",
        (
            "POKHARA, Nepal — Landslides set off by three days of monsoon rain killed at least 22 "
            "people in western Nepal and trapped about 1,500 trekkers and pilgrims on the road to "
            "Mustang, officials said on Tuesday. The highway from Beni up the Kali Gandaki gorge "
            "to Jomsom was blocked in 14 places, and flights between Pokhara and Jomsom were "
            "grounded by low cloud. In Myagdi district a bus slid into the river, and in Baglung "
            "several houses were buried. Upper Mustang, the walled former kingdom on the old salt "
            "route to Tibet, was cut off. Army helicopters flew 40 injured people to Pokhara, "
            "where British Army officers postponed the final selection of Gurkha recruits. "
            "Further south, the Narayani flooded parts of Bharatpur, the Chitwan city that shares "
            "its name with a bird-sanctuary town in India's Rajasthan, and hundreds of lorries "
            "were stuck at Birgunj, across the border from Raxaul. The Kathmandu Post said the "
            "government in Kathmandu had ignored warnings from forecasters. Hotels in Lumbini, "
            'where the Buddha was born, reported cancellations. "This is the worst I have seen '
            'since I came down from Everest," said mountain guide Pasang Sherpa.'
        ),
        {
            "POKHARA": ("NP", None),
            "Mustang": ("NP", None),
            "Pokhara": ("NP", None),
            "Mustang#2": ("NP", None),
            "Tibet": ("CN", "14"),
            "British": ("GB", None),
            "Gurkha": None,
            "Bharatpur": ("NP", None),
            "Chitwan": ("NP", None),
            "India": ("IN", None),
            "Rajasthan": ("IN", "24"),
            "Birgunj": ("NP", None),
            "Raxaul": ("IN", "34"),
            "Kathmandu": None,
            "Kathmandu#2": ("NP", None),
            "Lumbini": ("NP", None),
            "Everest": ("NP|CN", None),
            "Sherpa": None,
        },
    ),
    (
        "h",
        (
            "SCARBOROUGH, Tobago — Oil from a capsized barge blackened beaches along Tobago's "
            "southern coast for a fifth day on Tuesday, and fishermen in Scarborough, the "
            "island's capital, kept their boats ashore. The barge, towed by a tug from Panama to "
            "Guyana, overturned on a reef off the island last Wednesday. Prime Minister Keith "
            "Rowley called the spill a national emergency and flew over from Port of Spain to see "
            "the clean-up. Heritage Petroleum sent booms from its terminal at Point Fortin, on "
            "Trinidad's south-western tip, and volunteers came from San Fernando and Chaguanas. "
            'Arima and Couva opened collection points for donations. "We are a small island; we '
            "can't afford this,\" said Sydney Baptiste, who rents out beach chairs near the "
            "airport. Grenada, 150 km to the north-west, put its coast guard on alert, and "
            "officials in Güiria, across the Gulf of Paria in Venezuela, said no oil had reached "
            "them. A "
            "British holidaymaker from Scarborough, in North Yorkshire, spent her week washing "
            "oiled pelicans. The Trinidad and Tobago Coast Guard said the tug's crew had been "
            "detained."
        ),
        {
            "SCARBOROUGH": ("TT", "11"),
            "Tobago": ("TT", "11"),
            "Tobago#2": ("TT", "11"),
            "Scarborough": ("TT", "11"),
            "Port of Spain": ("TT", None),
            "Point Fortin": ("TT", None),
            "Trinidad": ("TT", None),
            "San Fernando": ("TT", None),
            "Sydney": None,
            "Grenada": ("GD", None),
            "Güiria": ("VE", None),
            "British": ("GB", None),
            "Scarborough#2": ("GB", "ENG"),
            "North Yorkshire": ("GB", "ENG"),
            "Trinidad#2": None,
            "Tobago#3": None,
        },
    ),
    (
        "i",
        (
            "QUEBEC — The provincial capital dug out on Monday from the heaviest snowfall in its "
            "records after 75 centimetres fell on Quebec City and Lévis in 36 hours. Premier "
            "François Legault said Quebec would ask Ottawa for soldiers to help clear roads in "
            "the Beauce and the Eastern Townships, where Sherbrooke and Magog got nearly as much "
            "snow. Hydro-Québec said 300,000 homes had lost power. Trois-Rivières closed its "
            "schools, and the Montreal Canadiens' flight to Boston was cancelled, leaving the "
            "team stuck in Montreal overnight. Laval and Gatineau escaped with 20 centimetres. In "
            "Saguenay, the city formed in 2002 by merging Chicoutimi, Jonquière and La Baie, the "
            "roof of a curling rink collapsed. Drummondville and Victoriaville called off their "
            "winter carnivals, and the Quebec Remparts postponed Tuesday's game against the "
            'Rimouski Océanic. "I have lived here for 80 years and never shovelled this much," '
            "said Florence Gagnon, 86, who moved to the capital from Saint-Jean-sur-Richelieu "
            "after the war."
        ),
        {
            "QUEBEC": ("CA", "10"),
            "Quebec City": ("CA", "10"),
            "Lévis": ("CA", "10"),
            "Quebec#2": ("CA", "10"),
            "Ottawa": ("CA", "08"),
            "Québec": None,
            "Trois-Rivières": ("CA", "10"),
            "Montreal": None,
            "Boston": ("US", "MA"),
            "Montreal#2": ("CA", "10"),
            "Laval": ("CA", "10"),
            "Saguenay": ("CA", "10"),
            "Quebec#3": None,
            "Rimouski": None,
            "Florence": None,
            "Saint-Jean-sur-Richelieu": ("CA", "10"),
        },
    ),
    (
        "j",
        (
            "ATHENS — A wildfire driven by gale-force winds tore through pine forest north-east "
            "of Athens on Monday, forcing thousands of people to flee Marathon, Nea Makri and "
            "Rafina and sending ash over the capital. The fire broke out on Sunday afternoon near "
            "Varnavas and raced south toward the sea. Marathon, where the Athenians beat the "
            "Persians in 490 BC and which gave its name to the long-distance race, was emptied "
            'by police loudspeaker. "I have run the marathon route 20 times, and this morning I '
            'could not see the road," said Yannis Kotsis, 64. Olympiacos, the Piraeus football '
            "club, opened its training centre to evacuees. Firefighting planes flew in from "
            "Italy and Spain. A second blaze near Corinth closed the motorway to Patras for four "
            "hours, and a third was contained outside Sparta, in the Peloponnese. Greek crews "
            "have fought huge fires every summer since 2021, when flames destroyed forests on "
            "Evia and came within metres of the ancient stadium at Olympia. Tour operators said "
            "bookings to Rhodes, where 20,000 tourists fled fires in 2023, were holding up, and "
            "exporters said prices of Kalamata olives had not moved."
        ),
        {
            "ATHENS": ("GR", None),
            "Athens": ("GR", None),
            "Marathon": ("GR", None),
            "Nea Makri": ("GR", None),
            "Varnavas": ("GR", None),
            "Marathon#2": ("GR", None),
            "Piraeus": ("GR", None),
            "Corinth": ("GR", None),
            "Patras": ("GR", None),
            "Sparta": ("GR", None),
            "Peloponnese": ("GR", None),
            "Greek": ("GR", None),
            "Olympia": ("GR", None),
            "Rhodes": ("GR", None),
            "Kalamata": None,
        },
    ),
]
# First run of batch 20: 151/170
_A20 = "RUIDOSO, N.M. — A wind-driven "
_B20 = "MOLD, Wales — Mold's high stre"
_C20 = "VERVIERS, Belgium — The Vesdre"
_D20 = "PEMBA, Mozambique — Islamic St"
_E20 = "TOYOTA, Japan — Toyota Motor s"
_F20 = "LOS ÁNGELES, Chile — Wildfires"
_G20 = "POKHARA, Nepal — Landslides se"
_H20 = "SCARBOROUGH, Tobago — Oil from"
_I20 = "QUEBEC — The provincial capita"
_J20 = "ATHENS — A wildfire driven by "
BATCH_20_XFAIL: dict[tuple[str, str], str] = {
    (
        _A20,
        "Truth or Consequences",
    ): "first run: 'Truth or Consequences' not found as a place (overlap: None)",
    (
        _B20,
        "Newport",
    ): (
        "first run: 'Newport' should be no place, got Candidate(name='Newport County', "
        "lat=41.552, lon=-71.28662, kind='admin', country_code='US', admin1='RI', "
        "population=85692, geonames_id=5223601, feature_code='ADM2', match='primary', "
        "score=5.972, admin2='005')"
    ),
    (
        _C20,
        "Anderlecht",
    ): (
        "first run: 'Anderlecht' should be no place, got Candidate(name='Anderlecht', "
        "lat=50.83619, lon=4.31454, kind='city', country_code='BE', admin1='BRU', "
        "population=160553, geonames_id=2803201, feature_code='PPLA4', match='primary', "
        "score=8.5974, admin2='BRU')"
    ),
    (_C20, "Bergen"): "first run: 'Bergen': Bergen in NL",
    (
        _E20,
        "Sapporo",
    ): (
        "first run: 'Sapporo' should be no place, got Candidate(name='Sapporo', lat=43.06667, "
        "lon=141.35, kind='city', country_code='JP', admin1='12', population=1973832, "
        "geonames_id=2128295, feature_code='PPLA', match='primary', score=7.2772, "
        "admin2='2128291')"
    ),
    (_G20, "Mustang#2"): "first run: 'Mustang#2' not found as a place (overlap: None)",
    (_H20, "Trinidad"): "first run: 'Trinidad': Trinidad in BO",
    (
        _H20,
        "Trinidad#2",
    ): (
        "first run: 'Trinidad#2' should be no place, got Candidate(name='Trinidad and Tobago', "
        "lat=11.0, lon=-61.0, kind='country', country_code='TT', admin1='', population=1389858, "
        "geonames_id=3573591, feature_code='PCLI', match='primary', score=8.2857, admin2='')"
    ),
    (
        _H20,
        "Tobago#3",
    ): (
        "first run: 'Tobago#3' should be no place, got Candidate(name='Trinidad and Tobago', "
        "lat=11.0, lon=-61.0, kind='country', country_code='TT', admin1='', population=1389858, "
        "geonames_id=3573591, feature_code='PCLI', match='primary', score=8.2857, admin2='')"
    ),
    (
        _I20,
        "Montreal",
    ): (
        "first run: 'Montreal' should be no place, got Candidate(name='Montréal', lat=45.50884, "
        "lon=-73.58781, kind='city', country_code='CA', admin1='10', population=1762949, "
        "geonames_id=6077243, feature_code='PPLA2', match='primary', score=9.8553, admin2='06')"
    ),
    (_J20, "Peloponnese"): "first run: 'Peloponnese' not found as a place (overlap: None)",
    (_J20, "Olympia"): "first run: 'Olympia': Olympia in US",
    (
        _J20,
        "Kalamata",
    ): (
        "first run: 'Kalamata' should be no place, got Candidate(name='Kalamata', lat=37.03913, "
        "lon=22.11265, kind='city', country_code='GR', admin1='ESYE25', population=54100, "
        "geonames_id=261604, feature_code='PPLA2', match='primary', score=8.1398, admin2='40')"
    ),
}
BATCH_20_NAMES = _named_params(20, BATCH_20, BATCH_20_XFAIL)


# --- batch 21 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 7-20 cover
# little: (a) a Libyan fuel cargo for north Lebanon: 'TRIPOLI, Lebanon' and Tripoli in Lebanon
# three times (once as "Tripoli's harbour") beside 'Misrata, 200 km east of Tripoli, Libya' in
# the same text, Tripoli SC the club, Beirut as a government, Tyre after Sidon (a common word
# in English), Akkar, Zgharta, Batroun, Byblos, Benghazi as a rival seat, the utility
# Electricité du Liban (French for Lebanon), demonyms (Libyan, Israeli, Lebanese); (b) a lake-
# effect snowstorm: 'BUFFALO, N.Y.' and Buffalo opening a sentence beside the Buffalo Bills and
# 'Buffalo wings' opening another, Hamburg, N.Y. twice and Hamburg, Germany, the Miami
# Dolphins, Lackawanna (a county of that name in Pennsylvania), Batavia (once the name of
# Jakarta), Albany as the state government, Niagara Falls, N.Y. (a bigger one in Ontario),
# Fort Erie and St. Catharines, Rochester opening a sentence; (c) Shannon Airport activists
# tried in Ennis: Shannon as an airport, an estuary, a judge's first name and the town, Clare
# as 'County Clare', as the county alone and as a solicitor's first name, Kerry twice (once in
# 'Kerry-born'), Limerick twice, Galway the city and Galway United, Dublin as a place and as the
# government, Dingle, Tralee, 'American troops'; (d) a railway through the Hajar mountains:
# 'SOHAR, Oman', Sohar twice, Abu Dhabi twice, Al Ain, 'the Emirati side', Muscat as a
# government and as the old seat of empire, Oman Air, Sur (Arabic for Tyre) the Omani port,
# Nizwa, Salalah, Dhofar the province and the Dhofar club, Duqm, Sharjah, Gwadar sold to
# Pakistan in 1958 and Zanzibar; (e) the Grand Egyptian Museum: the museum's 'Egyptian' beside
# 'the Egyptian capital', Giza, Luxor that the Greeks called Thebes (a Thebes in Greece),
# Memphis the ruined capital and Memphis, Tennessee, Cairo and Cairo, Illinois, Aswan,
# Alexandria, Zamalek the club; (f) a heat wave in the Deccan: 'HYDERABAD, India' and
# Hyderabad twice beside the Sunrisers Hyderabad and Hyderabad in Sindh, Secunderabad, the
# Chennai Super Kings beside Chennai once Madras, Bengaluru once Bangalore, Telangana, Nagpur,
# Warangal, Karachi, Lahore, New Delhi as a government; (g) a truckers' blockade in Argentina:
# 'CÓRDOBA, Argentina', the province and the city of Córdoba beside Córdoba in Andalusia,
# Talleres and Belgrano the clubs (Belgrano also a barrio and a town), Rosario the port, Rosario
# Central the club and a farmer named Rosario, Villa María twice, Río Cuarto, Santa Fe the
# province (a Santa Fe in New Mexico), San Luis, Mendoza, Buenos Aires as the government,
# Chicago's traders; (h) a hurricane on the Alabama coast: 'MOBILE, Ala.', Mobile opening a
# sentence as the city and 'Mobile phone' opening the next, Mobile Bay, Daphne the town and a
# woman named Daphne, Fairhope, Orange Beach, Gulf Shores, Dauphin Island, Bayou La Batre,
# Pensacola, Biloxi, Montgomery and Washington as governments, the University of South
# Alabama; (i) an earthquake in Alaska: Homer the town (twice, once opening a sentence) and a
# deckhand named Homer, Seward the town (twice) and William Seward, Palmer the town and a
# trooper named Palmer, Utqiaġvik with its letter ġ and its old name Barrow (a
# Barrow-in-Furness in England), the Anchorage Daily News, the Kenai Peninsula, Kamchatka;
# (j) a heritage flight on the Kangaroo Route: 'SYDNEY', Calcutta twice and Kolkata, Ceylon
# and Colombo, Batavia for Jakarta, Bombay, Darwin the city and Charles Darwin, Canberra and
# Whitehall as governments, 'a British colony', a passenger named Adelaide, Perth (a Perth in
# Scotland) and London.
# Decisions (as in batches 7-20): a dateline is a place; a club, a company, a utility, an
# airline, a museum, a newspaper or a university named after a place is no place ('Tripoli
# SC', 'the Buffalo Bills', 'the Miami Dolphins', 'Galway United', 'Oman Air', 'the Dhofar
# club', 'the Grand Egyptian Museum', 'Zamalek', 'the Sunrisers Hyderabad', 'the Chennai Super
# Kings', 'Talleres and Belgrano', 'Rosario Central', 'the University of South Alabama', 'The
# Anchorage Daily News', 'Electricité du Liban'), nor a food named after a town ('Buffalo
# wings'), nor a person's first name or surname (Shannon Fitzgerald, Clare Nolan, Rosario
# Gómez, Daphne Ladner, Homer Castillo, Dana Palmer, William Seward, Charles Darwin, Adelaide
# Morgan), nor a sentence-initial word that is no place ('Mobile phone service'); a
# nationality adjective is its country (Libyan, Israeli, Lebanese, American, Emirati,
# 'the Egyptian capital', 'a British colony'); a capital or a building named for its
# government is the capital's place (Beirut, Albany, Dublin, Muscat, New Delhi, Buenos Aires,
# Washington, Montgomery, Canberra; Whitehall is Britain, like Downing Street); a historical
# name is the current place (Thebes is Luxor, Madras Chennai, Bangalore Bengaluru, Calcutta
# Kolkata, Ceylon Sri Lanka, Batavia Jakarta, Bombay Mumbai, Barrow Utqiaġvik); 'Kerry-born' is
# the county; 'the ruins of Memphis' is the ancient city in Egypt and 'Zanzibar, ruled from
# Muscat' Tanzania today; Mendoza is the province or its capital (either is AR). Not keyed:
# Shannon Airport and the Shannon estuary (a facility and a river: either reading is
# defensible), the first 'British' (inside 'British India'), 'Oman' in the dateline and in
# "Oman's", Libya and Lebanon beside their Tripolis, 'the Port of Mobile' (a port authority or
# the port), the Hajar mountains, Deir Ammar, the Niagara River, the Old City, Tahrir Square,
# Cook Inlet, the Timor Sea, and easy names left out to keep the batch near 170 (Hermel, Iraq,
# Syrian, West Seneca, Pennsylvania, Ontario, Cork, Dubai, Riyadh, Vijayawada, Andhra Pradesh,
# Marcos Juárez, Foley, Florida, Mississippi, Valdez, Talkeetna, Singapore, Britain).
# Admin1 codes are GeoNames': US two-letter states (NY, MI, IL, TN, AL, FL, MS, DC, AK); CA 08
# Ontario; GB ENG England; IE C Connacht, L Leinster, M Munster; IN 07 Delhi, 16 Maharashtra, 19
# Karnataka; AU 01 Australian Capital Territory, 02 New South Wales, 03 Northern Territory, 08
# Western Australia. All other countries are checked at country level.
BATCH_21: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "TRIPOLI, Lebanon — A tanker carrying 30,000 tonnes of Libyan fuel oil docked in "
            "Tripoli on Monday, easing power cuts that have left much of northern Lebanon with two "
            "hours of state electricity a day. The ship loaded at Misrata, 200 km east of Tripoli, "
            "Libya, under a swap deal that Beirut has struggled to pay for. Fishermen in Tripoli's "
            "harbour district watched it come in. Generators in Akkar, Zgharta and Batroun were "
            "switched off for the first time in weeks. In the south, Sidon and Tyre, where Israeli "
            "strikes damaged substations last year, are still waiting for supplies. Electricité du "
            "Liban said the oil would be burned at the Deir Ammar plant north of the city. "
            "Officials in Benghazi, who answer to a rival government in the east, said they had "
            'not approved the deal. "Every tonne is argued over," said Rania Haddad, an engineer '
            "from Byblos. Lebanese ministers hope Iraq will renew its own fuel deal, and Syrian "
            "smugglers are selling diesel across the border near Hermel. Tripoli SC, the city's "
            "football club, is collecting money for families who cannot pay their generator bills."
        ),
        {
            "TRIPOLI": ("LB", None),
            "Libyan": ("LY", None),
            "Tripoli": ("LB", None),
            "Misrata": ("LY", None),
            "Tripoli#2": ("LY", None),
            "Beirut": ("LB", None),
            "Tripoli#3": ("LB", None),
            "Akkar": ("LB", None),
            "Zgharta": ("LB", None),
            "Batroun": ("LB", None),
            "Sidon": ("LB", None),
            "Tyre": ("LB", None),
            "Israeli": ("IL", None),
            "Liban": None,
            "Benghazi": ("LY", None),
            "Byblos": ("LB", None),
            "Lebanese": ("LB", None),
            "Tripoli#4": None,
        },
    ),
    (
        "b",
        (
            "BUFFALO, N.Y. — Buffalo dug out on Sunday from a lake-effect storm that dropped "
            "nearly two metres of snow on its southern suburbs in three days. Hamburg and Orchard "
            "Park got the most, and the Buffalo Bills' home game against the Miami Dolphins was "
            "moved to Detroit. Buffalo wings went uneaten at bars across Cheektowaga as plows "
            "struggled to reach side streets. Gov. Kathy Hochul, who lives in Hamburg, flew in "
            "from Albany and said the National Guard would send 500 troops. Lackawanna and West "
            "Seneca banned driving, and the Thruway was closed from Batavia to the Pennsylvania "
            'line. "I lived through the blizzard of \'77, and this is close," said Dan Kowalski, '
            "81, a retiree in Niagara Falls, N.Y. In Hamburg, Germany, a choir that was due to fly "
            "out on Monday for a sister-city visit postponed its trip. Across the Niagara River, "
            "Fort Erie and St. Catharines in Ontario got only a dusting. Rochester, 120 km to the "
            "east, had rain."
        ),
        {
            "BUFFALO": ("US", "NY"),
            "Buffalo": ("US", "NY"),
            "Hamburg": ("US", "NY"),
            "Orchard Park": ("US", "NY"),
            "Buffalo#2": None,
            "Miami": None,
            "Detroit": ("US", "MI"),
            "Buffalo#3": None,
            "Cheektowaga": ("US", "NY"),
            "Hamburg#2": ("US", "NY"),
            "Albany": ("US", "NY"),
            "Lackawanna": ("US", "NY"),
            "Batavia": ("US", "NY"),
            "Niagara Falls": ("US", "NY"),
            "Hamburg#3": ("DE", None),
            "Fort Erie": ("CA", "08"),
            "St. Catharines": ("CA", "08"),
            "Rochester": ("US", "NY"),
        },
    ),
    (
        "c",
        (
            "ENNIS, Ireland — Three peace activists who cut through a fence at Shannon Airport to "
            "inspect a U.S. military charter plane were acquitted of criminal damage by a jury in "
            "Ennis on Thursday. The airport, on the Shannon estuary in County Clare, has been used "
            "by American troops on their way to and from the Middle East since 2001, which "
            "campaigners say breaches Ireland's neutrality. The defendants, two from Limerick and "
            "one from Tralee, in Kerry, said they had acted to prevent a greater harm. Judge "
            'Shannon Fitzgerald told the jury that the case turned on intent. "The people of '
            "Clare have spoken,\" said Clare Nolan, the activists' solicitor, outside the "
            "courthouse. Supporters had travelled from Galway, Cork and Dublin, and a minibus came "
            "up from Dingle. The government in Dublin said the flights carried no weapons and were "
            "lawful. Campaigners plan to march from Limerick to the town of Shannon next month. A "
            "Kerry-born folk singer, Eileen Moriarty, led the crowd in a song, and Galway United's "
            "supporters' trust sent a message of support."
        ),
        {
            "ENNIS": ("IE", "M"),
            "Ennis": ("IE", "M"),
            "County Clare": ("IE", "M"),
            "American": ("US", None),
            "Limerick": ("IE", "M"),
            "Tralee": ("IE", "M"),
            "Kerry": ("IE", "M"),
            "Shannon#3": None,
            "Clare#2": ("IE", "M"),
            "Clare#3": None,
            "Galway": ("IE", "C"),
            "Dublin": ("IE", "L"),
            "Dingle": ("IE", "M"),
            "Dublin#2": ("IE", "L"),
            "Limerick#2": ("IE", "M"),
            "Shannon#4": ("IE", "M"),
            "Kerry#2": ("IE", "M"),
            "Galway#2": None,
        },
    ),
    (
        "d",
        (
            "SOHAR, Oman — Engineers began boring the first tunnel of a railway that will link the "
            "port of Sohar with Abu Dhabi through the Hajar mountains, Oman's transport ministry "
            "said on Monday. The line will cut the trip from Sohar to Al Ain, the oasis city on "
            "the Emirati side of the border, to under an hour. Muscat and Abu Dhabi each own a "
            "third of the project. Oman Air expects to lose some passengers, and Sur, the "
            "dhow-building town on the eastern tip of the country, has asked for a branch line, as "
            "has Nizwa, the old capital of the interior. Salalah, 1,000 km to the south in Dhofar "
            "province, is not on the route, and fans of the Dhofar club complain that the south is "
            "always forgotten. Duqm, where a refinery opened in 2024, hopes to be linked later. "
            "Traders in Sharjah and Dubai say goods from the port now take a day by lorry. Oman's "
            "empire once stretched from Gwadar, which it sold to Pakistan in 1958, to Zanzibar, "
            'which was ruled from Muscat until 1856. "My grandfather crossed these mountains by '
            'camel," said engineer Khalid al-Balushi.'
        ),
        {
            "SOHAR": ("OM", None),
            "Sohar": ("OM", None),
            "Abu Dhabi": ("AE", None),
            "Sohar#2": ("OM", None),
            "Al Ain": ("AE", None),
            "Emirati": ("AE", None),
            "Muscat": ("OM", None),
            "Abu Dhabi#2": ("AE", None),
            "Oman#3": None,
            "Sur": ("OM", None),
            "Nizwa": ("OM", None),
            "Salalah": ("OM", None),
            "Dhofar": ("OM", None),
            "Dhofar#2": None,
            "Duqm": ("OM", None),
            "Sharjah": ("AE", None),
            "Gwadar": ("PK", None),
            "Zanzibar": ("TZ", None),
            "Muscat#2": ("OM", None),
        },
    ),
    (
        "e",
        (
            "CAIRO — The Grand Egyptian Museum, on the desert plateau beside the pyramids of Giza, "
            "drew 19,000 visitors on its first Saturday, and hotels in Cairo reported their "
            "busiest autumn in a decade. Its star exhibit is the treasure of Tutankhamun, moved "
            "from the old museum on Tahrir Square and from storerooms in Luxor, the city the "
            "ancient Greeks called Thebes. A colossal statue of Ramses II, which stood for half a "
            "century in front of the main railway station, was found in the ruins of Memphis, the "
            "first capital of the pharaohs, 20 km south of the modern city. Tour operators in "
            "Aswan and Alexandria expect bookings to rise, and EgyptAir has added flights from "
            'Riyadh and Dubai. "I came from Memphis, Tennessee, and I had to see the real one," '
            "said Darlene Brooks, 63, a retired teacher. Police closed the road to the museum for "
            "an hour on Friday when fans of Al Ahly and Zamalek clashed after a derby. A group of "
            "visitors from Cairo, Illinois, a river town that took its name from the Egyptian "
            "capital, was greeted with garlands by museum staff."
        ),
        {
            "CAIRO": ("EG", None),
            "Egyptian": None,
            "Giza": ("EG", None),
            "Cairo": ("EG", None),
            "Luxor": ("EG", None),
            "Thebes": ("EG", None),
            "Memphis": ("EG", None),
            "Aswan": ("EG", None),
            "Alexandria": ("EG", None),
            "Memphis#2": ("US", "TN"),
            "Tennessee": ("US", "TN"),
            "Zamalek": None,
            "Cairo#2": ("US", "IL"),
            "Illinois": ("US", "IL"),
            "Egyptian#2": ("EG", None),
        },
    ),
    (
        "f",
        (
            "HYDERABAD, India — The temperature in Hyderabad reached 46C on Tuesday, the highest "
            "in the city's records, and the Telangana government closed schools for the rest of "
            "the week. Power demand in Hyderabad and its twin city, Secunderabad, broke the record "
            "set last May. The Sunrisers Hyderabad moved Wednesday's match against the Chennai "
            "Super Kings to a late-evening start. The heat stretched from Nagpur to Vijayawada, "
            "and doctors in Warangal reported dozens of cases of heatstroke. Across the border, "
            "Hyderabad in Pakistan's Sindh province recorded 49C, and the Edhi Foundation said its "
            "morgues in Karachi were full. Bengaluru, which was called Bangalore until 2014, "
            "stayed at a comparatively mild 36C, and Madras, as Chennai was known until 1996, had "
            'a sea breeze. Mango growers in Andhra Pradesh began picking early. "My grandfather '
            'came from Lahore in 1947 and never complained about the heat," said Anil Reddy, 52, '
            "who sells fans in the Old City. The weather office in New Delhi said relief would "
            "come with the monsoon in June."
        ),
        {
            "HYDERABAD": ("IN", None),
            "Hyderabad": ("IN", None),
            "Telangana": ("IN", None),
            "Hyderabad#2": ("IN", None),
            "Secunderabad": ("IN", None),
            "Hyderabad#3": None,
            "Chennai": None,
            "Nagpur": ("IN", "16"),
            "Warangal": ("IN", None),
            "Hyderabad#4": ("PK", None),
            "Sindh": ("PK", None),
            "Karachi": ("PK", None),
            "Bengaluru": ("IN", "19"),
            "Bangalore": ("IN", "19"),
            "Madras": ("IN", None),
            "Chennai#2": ("IN", None),
            "Lahore": ("PK", None),
            "New Delhi": ("IN", "07"),
        },
    ),
    (
        "g",
        (
            "CÓRDOBA, Argentina — Grain truckers blocked roads across the south of Córdoba "
            "province on Monday in a protest over freight rates, and farmers said soybeans were "
            "piling up in silo bags. The city of Córdoba, founded in 1573 and named after Córdoba "
            "in Spain's Andalusia, was ringed by pickets, and Talleres and Belgrano, its two "
            "biggest football clubs, cancelled training. Río Cuarto and Villa María were the worst "
            "affected, and growers around Marcos Juárez said they could not get their crop to "
            "port. The protest spread east into Santa Fe province, where the terminals around "
            "Rosario handled a third of the usual number of trucks, and Rosario Central asked fans "
            "not to drive to Sunday's match. \"I have 40 tonnes waiting and nowhere to send "
            'them," said Rosario Gómez, 61, who farms near Villa María. The government in Buenos '
            "Aires called the truckers' union to talks. Mendoza's wine producers, 600 km to the "
            "west, said the blockade had not reached them, but San Luis reported empty fuel "
            "stations. Traders in Chicago said soybean prices rose 1% on the news."
        ),
        {
            "CÓRDOBA": ("AR", None),
            "Córdoba": ("AR", None),
            "Córdoba#2": ("AR", None),
            "Córdoba#3": ("ES", None),
            "Talleres": None,
            "Belgrano": None,
            "Río Cuarto": ("AR", None),
            "Villa María": ("AR", None),
            "Santa Fe": ("AR", None),
            "Rosario": ("AR", None),
            "Rosario#2": None,
            "Rosario#3": None,
            "Villa María#2": ("AR", None),
            "Buenos Aires": ("AR", None),
            "Mendoza": ("AR", None),
            "San Luis": ("AR", None),
            "Chicago": ("US", "IL"),
        },
    ),
    (
        "h",
        (
            "MOBILE, Ala. — Mobile was spared a direct hit when Hurricane Nadine swung east before "
            "landfall on Wednesday night, but the storm surge flooded downtown streets and the "
            "causeway across Mobile Bay. Mobile phone service failed across much of Baldwin "
            "County, where Daphne, Fairhope and Foley lost power. Orange Beach and Gulf Shores "
            "took the worst of the wind, and Dauphin Island was cut off when its bridge was "
            'closed. "We rode out Ivan here in 2004, and this felt worse," said Daphne Ladner, '
            "70, who lives near Bayou La Batre. The eye came ashore near Pensacola, Florida, while "
            "Biloxi, Mississippi, reported only light damage. Gov. Kay Ivey said she had asked "
            "Washington for a federal emergency declaration and would fly down from Montgomery on "
            "Thursday. The University of South Alabama canceled classes for the rest of the week, "
            "and the Port of Mobile said it would reopen on Friday."
        ),
        {
            "MOBILE": ("US", "AL"),
            "Mobile": ("US", "AL"),
            "Mobile Bay": ("US", "AL"),
            "Mobile#3": None,
            "Baldwin County": ("US", "AL"),
            "Daphne": ("US", "AL"),
            "Fairhope": ("US", "AL"),
            "Orange Beach": ("US", "AL"),
            "Gulf Shores": ("US", "AL"),
            "Dauphin Island": ("US", "AL"),
            "Daphne#2": None,
            "Bayou La Batre": ("US", "AL"),
            "Pensacola": ("US", "FL"),
            "Biloxi": ("US", "MS"),
            "Washington": ("US", "DC"),
            "Montgomery": ("US", "AL"),
            "Alabama": None,
        },
    ),
    (
        "i",
        (
            "ANCHORAGE, Alaska — A magnitude 7.4 earthquake struck beneath Cook Inlet early on "
            "Saturday, cracking highways around Anchorage and sending residents of Homer and "
            "Seward to higher ground after a tsunami warning. The warning, lifted three hours "
            "later, also covered Kodiak and Valdez. Homer, the fishing town at the end of the road "
            'down the Kenai Peninsula, recorded a 40-cm wave in its harbour. "The boats all '
            'lifted at once," said Homer Castillo, a deckhand. Schools in Palmer and Wasilla were '
            "closed for inspections, and state trooper Dana Palmer said a bridge near Talkeetna "
            "had shifted. Seward, named after William Seward, the secretary of state who bought "
            "Alaska from Russia in 1867, lost power for six hours. The quake was felt in Fairbanks "
            "and as far away as Juneau, 900 km to the south-east. Nothing was felt in Utqiaġvik, "
            "the northernmost town in the United States, which was called Barrow until 2016. The "
            "Anchorage Daily News said its presses were damaged, and Russian scientists said the "
            "quake had not been felt on Kamchatka."
        ),
        {
            "ANCHORAGE": ("US", "AK"),
            "Anchorage": ("US", "AK"),
            "Homer": ("US", "AK"),
            "Seward": ("US", "AK"),
            "Kodiak": ("US", "AK"),
            "Homer#2": ("US", "AK"),
            "Kenai Peninsula": ("US", "AK"),
            "Homer#3": None,
            "Palmer": ("US", "AK"),
            "Wasilla": ("US", "AK"),
            "Palmer#2": None,
            "Seward#2": ("US", "AK"),
            "Seward#3": None,
            "Fairbanks": ("US", "AK"),
            "Juneau": ("US", "AK"),
            "Utqiaġvik": ("US", "AK"),
            "Barrow": ("US", "AK"),
            "Anchorage#2": None,
            "Kamchatka": ("RU", None),
        },
    ),
    (
        "j",
        (
            "SYDNEY — A Qantas Boeing 787 retracing the route of the airline's first scheduled "
            "flights to Britain landed in Sydney on Sunday, 78 years after a Lockheed "
            "Constellation made the trip in four days. The original service refuelled at Karachi, "
            "then part of British India, and at Calcutta, and its passengers spent a night in "
            "Singapore, still a British colony. The heritage flight left London on Wednesday and "
            "called at Kolkata, as Calcutta has officially been known since 2001, and at Colombo, "
            "the capital of what was Ceylon until 1972. It flew over Jakarta, known as Batavia "
            "under Dutch rule, without stopping, and crossed the Timor Sea to Darwin, which was "
            "named after the naturalist Charles Darwin. Canberra sent the transport minister to "
            'meet the plane, and Whitehall issued a statement calling the route "a thread between '
            'two nations". "My father flew this route as a navigator in 1948, when you still '
            'changed planes in Bombay," said Adelaide Morgan, 81, who was on board with her '
            "grandson. Qantas now flies non-stop from Perth to London."
        ),
        {
            "SYDNEY": ("AU", "02"),
            "Sydney": ("AU", "02"),
            "Karachi": ("PK", None),
            "Calcutta": ("IN", None),
            "British#2": ("GB", None),
            "London": ("GB", "ENG"),
            "Kolkata": ("IN", None),
            "Calcutta#2": ("IN", None),
            "Colombo": ("LK", None),
            "Ceylon": ("LK", None),
            "Jakarta": ("ID", None),
            "Batavia": ("ID", None),
            "Darwin": ("AU", "03"),
            "Darwin#2": None,
            "Canberra": ("AU", "01"),
            "Whitehall": ("GB", None),
            "Bombay": ("IN", "16"),
            "Adelaide": None,
            "Perth": ("AU", "08"),
            "London#2": ("GB", "ENG"),
        },
    ),
]

# first run on 129681e: 157 of 179 names right (.877); the misses are strict xfails
_A21 = "TRIPOLI, Lebanon — A tanker ca"
_B21 = "BUFFALO, N.Y. — Buffalo dug ou"
_C21 = "ENNIS, Ireland — Three peace a"
_D21 = "SOHAR, Oman — Engineers began "
_E21 = "CAIRO — The Grand Egyptian Mus"
_F21 = "HYDERABAD, India — The tempera"
_G21 = "CÓRDOBA, Argentina — Grain tru"
_H21 = "MOBILE, Ala. — Mobile was spar"
_I21 = "ANCHORAGE, Alaska — A magnitud"
_J21 = "SYDNEY — A Qantas Boeing 787 r"
_A21 = "TRIPOLI, Lebanon — A tanker ca"
_B21 = "BUFFALO, N.Y. — Buffalo dug ou"
_C21 = "ENNIS, Ireland — Three peace a"
_D21 = "SOHAR, Oman — Engineers began "
_E21 = "CAIRO — The Grand Egyptian Mus"
_F21 = "HYDERABAD, India — The tempera"
_G21 = "CÓRDOBA, Argentina — Grain tru"
_H21 = "MOBILE, Ala. — Mobile was spar"
_I21 = "ANCHORAGE, Alaska — A magnitud"
_J21 = "SYDNEY — A Qantas Boeing 787 r"
BATCH_21_XFAIL: dict[tuple[str, str], str] = {
    (_B21, "Buffalo#3"): (
        "first run on 129681e: 'Buffalo#3' should be no place, got Buffalo (US, NY)"
    ),
    (_D21, "Duqm"): ("first run on 129681e: 'Duqm' not found as a place (overlap: None)"),
    (_E21, "Thebes"): ("first run on 129681e: 'Thebes' not found as a place (overlap: None)"),
    (_E21, "Memphis"): ("first run on 129681e: 'Memphis' Memphis in US"),
    (_G21, "Belgrano"): (
        "first run on 129681e: 'Belgrano' should be no place, got Belgrano (AR, 07)"
    ),
    (_H21, "Mobile Bay"): (
        "first run on 129681e: 'Mobile Bay' not found as a place (overlap: None)"
    ),
    (_H21, "Mobile#3"): (
        "first run on 129681e: 'Mobile#3' should be no place, got Mobile (US, AL)"
    ),
    (_I21, "Seward#2"): ("first run on 129681e: 'Seward#2' not found as a place (overlap: None)"),
    (_I21, "Kamchatka"): ("first run on 129681e: 'Kamchatka' not found as a place (overlap: None)"),
}
BATCH_21_NAMES = _named_params(21, BATCH_21, BATCH_21_XFAIL)


# --- batch 22 (blind) --------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 7-21 cover
# little: (a) wildfire smoke in Oregon: 'SALEM, Ore.' and Salem twice (bigger Salems in
# Massachusetts and in India), Albany and Eugene in the Willamette Valley (a bigger Albany in
# New York), Bend opening a sentence and again after 'north-west of', Sisters the town, Madras,
# Oregon (Chennai's old name), Dallas, Oregon, a retired logger named Eugene, Portland, Maine
# beside the Portland Timbers, Oregon State University in Corvallis, Washington as the federal
# government and Olympia as Washington state's, Medford; (b) floods in Rio Grande do Sul: 'PORTO
# ALEGRE, Brazil' and Porto Alegre twice (once in 'the Porto Alegre football club'), Montenegro
# the town beside Montenegro the Balkan country, Rio Grande the port after 'Rio Grande do Sul',
# Lajeado, Estrela, Canoas, São Leopoldo, Santa Maria (namesakes the world over), a civil
# defence man surnamed Brasil, Brasília as the government, Santa Catarina, Paraná the state (an
# Argentine city of that name); (c) Thames floods: 'READING, England' and Reading the town
# beside 'Reading the Environment Agency's warnings' and 'Reading FC' opening sentences,
# Caversham, Henley-on-Thames and Goring-on-Thames with their hyphens, Wallingford, Marlow the
# town and a boatbuilder named Marlow, Oxford as a birthplace, Maidenhead, Windsor and Windsor,
# Ontario, Bath opening a sentence, Newbury, Westminster as the government; (d) Syrian farmers
# home for the wheat harvest: 'HOMS, Syria', Homs, Hama, Qusayr, "Lebanon's Bekaa valley",
# Damascus as the government, Aleppo the city beside Aleppo pepper, Raqqa, Deir ez-Zor with its
# hyphen, 'the Turkish border', Jordan the country opening a sentence and an aid worker named
# Jordan, Syrian, Russian, Tartus, the Kremlin, Latakia; (e) the Magh Mela at Prayagraj:
# 'PRAYAGRAJ, India' and Prayagraj once Allahabad, Indian Railways, Lucknow as a city, as the
# seat of the state government and in the Lucknow Super Giants, Delhi, Gaya, a pilgrim named
# Kashi beside Kashi for Varanasi, Ayodhya, Uttar Pradesh, 'Nepali pilgrims', Mauritius, Nashik
# in Maharashtra; (f) floods in northern Tasmania, whose towns are named after British ones:
# 'LAUNCESTON, Australia' and Launceston twice beside Launceston in Cornwall, Perth (far bigger
# ones in Western Australia and Scotland) twice, once as "Perth's volunteer fire captain", a
# fire captain named Sydney, Longford (a Longford in Ireland), Swansea (a bigger one in Wales),
# Devonport (one in England), Hobart as the state government and Canberra as the federal one,
# Brisbane, the Spirit of Tasmania ferries, Geelong, 'the Tasmanian city'; (g) fuel smuggled out
# of Nigeria: 'LAGOS, Nigeria' and Lagos twice beside Lagos in the Algarve, Benin the country
# twice (once as "Benin's") beside Benin City in Edo State, Niger State beside Niger the
# country, Seme, Abuja twice (once as the government), 'an Ibadan taxi driver', Kano Pillars the
# club, Cotonou, Portuguese; (h) a hurricane in eastern Cuba: 'SANTIAGO DE CUBA, Cuba', Santiago
# de Cuba, "Santiago's port" and Santiago, Chile, Jamaica, Guantánamo with its accent, Baracoa,
# Granma the newspaper opening a sentence and Granma province, Bayamo, Havana as the government
# and Havana Club the rum, a woman surnamed Holguín beside the city of Holguín, Trinidad the
# Cuban town opening a sentence beside Trinidad and Tobago, Miami; (i) the Oder in flood:
# 'SŁUBICE, Poland' with its Ł and Słubice, Frankfurt an der Oder, "Frankfurt's mayor" for it
# and Frankfurt am Main far to the west, 'the German town' and 'German engineers', Kostrzyn,
# Szczecin once Stettin, Wrocław once Breslau, Polish, Brandenburg the state (a town of that
# name), Potsdam, Berlin and Warsaw as governments, Energie Cottbus the club; (j) Merapi
# erupting: 'YOGYAKARTA, Indonesia' and Yogyakarta twice, its short name Jogja and the club PSIM
# Yogyakarta, Solo opening two sentences (the city, also called Surakarta, and 'Solo hikers')
# and the club Persis Solo, Sleman, Magelang, Klaten, 'a German climber', Bali, Jakarta twice
# (once as the seat of a national agency), a tourist named Florence from Lyon.
# Decisions (as in batches 7-21): a dateline is a place; a club, a university, a railway, a
# ferry, a newspaper or a brand named after a place is no place ('the Portland Timbers', 'Oregon
# State University', 'Reading FC', 'Indian Railways', 'the Lucknow Super Giants', 'the Spirit of
# Tasmania', 'Kano Pillars', 'Granma, the Communist Party newspaper', 'Havana Club rum',
# 'Energie Cottbus', 'PSIM Yogyakarta', 'Persis Solo'), nor a food named after a city ('Aleppo
# pepper'), nor a person's first name or surname (Eugene Whitlock, Jorge Brasil, Kenneth Marlow,
# Jordan Reyes, Kashi Nath Tiwari, Sydney Cox, Yanelis Holguín, Florence Martin), nor a
# sentence-initial word that is no place ('Reading the ... warnings', 'Solo hikers'); a club's
# home town written as such is a place ('the Porto Alegre football club'), and so is a town
# naming a person's home ('an Ibadan taxi driver'); a nationality adjective is its country
# (Turkish, Syrian, Russian, Nepali, Portuguese, Polish, German; 'the Tasmanian city' is
# Australia, checked at country level); a capital or a building named for its government is the
# capital's place (Washington, Olympia, Brasília, Westminster, Damascus, the Kremlin, Lucknow,
# Hobart, Canberra, Abuja, Havana, Potsdam, Berlin, Warsaw, Jakarta); a historical or other name
# is the current place (Allahabad is Prayagraj, Kashi Varanasi, Stettin Szczecin, Breslau
# Wrocław, Surakarta Solo, Jogja Yogyakarta); a town named like a bigger place is the town the
# text means (Salem, Albany, Eugene, Madras and Dallas in Oregon; Montenegro in Brazil; Perth,
# Longford and Swansea in Tasmania; "Perth's volunteer fire captain" the Tasmanian town;
# "Frankfurt's mayor" Frankfurt an der Oder; "Santiago's port" Santiago de Cuba; Seme the
# Nigerian side of the border post); 'the port of Rio Grande' is the Brazilian city. Not keyed:
# rivers, valleys and mountains (the Cascades, the Caí, the Taquari, the Thames, the Avon, the
# Kennet, the Bekaa, the Ganges, the Yamuna, the Oder, Mount Merapi), 'Syria' in "Syria's",
# 'Cuba' and 'Nigeria' in datelines, Maine, Ontario, 'the English market town', Chile, the Port
# Harcourt refinery (the facility or the city: either reading is defensible), the Borobudur
# temple, the Midland Highway, 'the Germans', and easy names left out to keep the batch near 170
# (Prineville, Seattle, Eldorado do Sul, Idlib, Patna, Deloraine, Westbury, Opole, Boyolali,
# Surabaya).
# Admin1 codes are GeoNames': US two-letter states (OR, ME, DC, WA, FL); CA 08 Ontario; GB ENG
# England; IN 07 Delhi, 16 Maharashtra; AU 01 Australian Capital Territory, 04 Queensland, 06
# Tasmania, 07 Victoria. All other countries are checked at country level (Brazil, Syria,
# Germany, Poland, Cuba, Nigeria and Indonesia among them, whose codes were not certain enough
# to key).
BATCH_22: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "SALEM, Ore. — Smoke from wildfires in the Cascades turned the sky orange over Salem "
            "on Tuesday, and schools from Albany to Eugene stayed shut for a second day. Bend, on "
            "the dry side of the mountains, recorded the worst air quality in the country, and "
            "residents of Sisters, a town of 3,000 north-west of Bend, were told to be ready to "
            "leave. Crews from Madras and Prineville were sent to the fire line, and a strike "
            'team from Portland, Maine, flew in overnight. "The smoke just sits in the valley," '
            "said Eugene Whitlock, 71, a retired logger in Dallas, a small city west of Salem. "
            "Oregon State University in Corvallis cancelled classes, and the Portland Timbers "
            "postponed Saturday's match. Gov. Tina Kotek asked Washington for a federal emergency "
            "declaration, and officials in Olympia warned that the smoke would reach Seattle by "
            "Thursday. In Medford, 300 km to the south, the air was clear. Forecasters expect "
            "rain on Friday."
        ),
        {
            "SALEM": ("US", "OR"),
            "Salem": ("US", "OR"),
            "Albany": ("US", "OR"),
            "Eugene": ("US", "OR"),
            "Bend": ("US", "OR"),
            "Sisters": ("US", "OR"),
            "Bend#2": ("US", "OR"),
            "Madras": ("US", "OR"),
            "Portland": ("US", "ME"),
            "Eugene#2": None,
            "Dallas": ("US", "OR"),
            "Salem#2": ("US", "OR"),
            "Oregon": None,
            "Corvallis": ("US", "OR"),
            "Portland#2": None,
            "Washington": ("US", "DC"),
            "Olympia": ("US", "WA"),
            "Medford": ("US", "OR"),
        },
    ),
    (
        "b",
        (
            "PORTO ALEGRE, Brazil — Rivers rose again across Rio Grande do Sul on Monday, "
            "flooding low-lying districts of Porto Alegre and cutting off Lajeado and Estrela in "
            "the Taquari valley for the third time this year. In Montenegro, a town of 65,000 on "
            "the Caí river, firefighters moved 2,000 people to schools on higher ground, and the "
            "Balkan country of Montenegro, whose name the town shares, sent a message of "
            "sympathy. Canoas and São Leopoldo, north of the state capital, reopened the shelters "
            'they had closed in June. "The water comes faster every time," said Jorge Brasil, a '
            "civil defence coordinator in Eldorado do Sul. Santa Maria, in the centre of the "
            "state, had 180 mm of rain in two days, and the port of Rio Grande, 300 km to the "
            "south, suspended grain loading. Grêmio, the Porto Alegre football club, offered its "
            "stadium as a shelter. Brasília promised 2 billion reais in emergency credit, and "
            "neighbouring Santa Catarina sent rescue boats. The rain is forecast to move north "
            "into Paraná on Wednesday."
        ),
        {
            "PORTO ALEGRE": ("BR", None),
            "Rio Grande do Sul": ("BR", None),
            "Porto Alegre": ("BR", None),
            "Lajeado": ("BR", None),
            "Estrela": ("BR", None),
            "Montenegro": ("BR", None),
            "Montenegro#2": ("ME", None),
            "Canoas": ("BR", None),
            "São Leopoldo": ("BR", None),
            "Brasil": None,
            "Santa Maria": ("BR", None),
            "Rio Grande#2": ("BR", None),
            "Porto Alegre#2": ("BR", None),
            "Brasília": ("BR", None),
            "Santa Catarina": ("BR", None),
            "Paraná": ("BR", None),
        },
    ),
    (
        "c",
        (
            "READING, England — The Thames burst its banks at Reading on Friday after a week of "
            "heavy rain, flooding riverside streets in Caversham and closing the main road to "
            "Henley-on-Thames. Reading the Environment Agency's warnings on Thursday night, "
            "residents of Wallingford and Goring-on-Thames began stacking sandbags before the "
            "water arrived. Reading FC said its stadium, on the southern edge of the town, was "
            "dry and that Saturday's match would go ahead. In Marlow, the lock keeper said the "
            "river was at its highest since 2014. \"I've lived on this river for 40 years and "
            'never seen it run so fast," said boatbuilder Kenneth Marlow, 67, who was born in '
            "Oxford. Downstream, Maidenhead and Windsor were on flood alert, and a tourist from "
            "Windsor, Ontario, said she had been turned away from the castle. Bath, on the Avon "
            "to the west, escaped the worst, but Newbury, on the Kennet, had its wettest week on "
            "record. Ministers in Westminster promised money for new flood defences."
        ),
        {
            "READING": ("GB", "ENG"),
            "Reading": ("GB", "ENG"),
            "Caversham": ("GB", "ENG"),
            "Henley-on-Thames": ("GB", "ENG"),
            "Reading#2": None,
            "Wallingford": ("GB", "ENG"),
            "Goring-on-Thames": ("GB", "ENG"),
            "Reading#3": None,
            "Marlow": ("GB", "ENG"),
            "Marlow#2": None,
            "Oxford": ("GB", "ENG"),
            "Maidenhead": ("GB", "ENG"),
            "Windsor": ("GB", "ENG"),
            "Windsor#2": ("CA", "08"),
            "Bath": ("GB", "ENG"),
            "Newbury": ("GB", "ENG"),
            "Westminster": ("GB", None),
        },
    ),
    (
        "d",
        (
            "HOMS, Syria — Farmers who fled Syria's war are coming home to harvest wheat around "
            "Homs and Hama for the first time in a decade, but many are finding their fields "
            "mined and their wells pumped dry. Mahmoud al-Hassan, 58, returned in March from a "
            "camp in Lebanon's Bekaa valley to his land near Qusayr. \"My father planted here, "
            'and his father," he said. Damascus has promised to buy the crop at a fixed price, '
            "but mills in Aleppo say the government has not paid for last year's grain. Growers "
            "in Raqqa and Deir ez-Zor, in the east, sell instead to traders who truck the wheat "
            "across the Turkish border. Jordan, which hosts about 600,000 Syrian refugees, said "
            '40,000 had gone home this year. "People want to go back, but they need the mines '
            'cleared first," said Jordan Reyes, an aid worker with a demining charity. The price '
            "of Aleppo pepper, a staple of the region's kitchens, has doubled. Russian warships "
            "still use the port of Tartus under a lease the Kremlin wants to keep, and olive "
            "growers in Latakia and Idlib expect a good crop."
        ),
        {
            "HOMS": ("SY", None),
            "Homs": ("SY", None),
            "Hama": ("SY", None),
            "Lebanon": ("LB", None),
            "Qusayr": ("SY", None),
            "Damascus": ("SY", None),
            "Aleppo": ("SY", None),
            "Raqqa": ("SY", None),
            "Deir ez-Zor": ("SY", None),
            "Turkish": ("TR", None),
            "Jordan": ("JO", None),
            "Syrian": ("SY", None),
            "Jordan#2": None,
            "Aleppo#2": None,
            "Russian": ("RU", None),
            "Tartus": ("SY", None),
            "Kremlin": ("RU", None),
            "Latakia": ("SY", None),
        },
    ),
    (
        "e",
        (
            "PRAYAGRAJ, India — About 35 million Hindu pilgrims bathed where the Ganges meets the "
            "Yamuna in Prayagraj on Wednesday, officials said, the busiest day of this year's "
            "Magh Mela fair. Many older pilgrims still call the city Allahabad, its name until "
            '2018. Indian Railways ran 300 extra trains from Patna, Lucknow and Delhi. "I have '
            'come here from Gaya every year since 1990," said Kashi Nath Tiwari, 72, a retired '
            "clerk. Many pilgrims go on to Varanasi, the holy city Hindus also call Kashi, 120 km "
            "to the east, and to Ayodhya, where a new temple opened in 2024. The Uttar Pradesh "
            "government in Lucknow said 60,000 police were on duty, and the Lucknow Super Giants "
            "cricket team sent players to hand out water. Nepali pilgrims crossed the border by "
            "the busload, and a group of 200 came from Mauritius. Nashik, in Maharashtra, will "
            "host the next Kumbh Mela in 2027."
        ),
        {
            "PRAYAGRAJ": ("IN", None),
            "Prayagraj": ("IN", None),
            "Allahabad": ("IN", None),
            "Indian": None,
            "Lucknow": ("IN", None),
            "Delhi": ("IN", "07"),
            "Gaya": ("IN", None),
            "Kashi": None,
            "Varanasi": ("IN", None),
            "Kashi#2": ("IN", None),
            "Ayodhya": ("IN", None),
            "Uttar Pradesh": ("IN", None),
            "Lucknow#2": ("IN", None),
            "Lucknow#3": None,
            "Nepali": ("NP", None),
            "Mauritius": ("MU", None),
            "Nashik": ("IN", "16"),
            "Maharashtra": ("IN", "16"),
        },
    ),
    (
        "f",
        (
            "LAUNCESTON, Australia — Floods cut northern Tasmania in two on Thursday after more "
            "than 250 mm of rain fell in two days on the hills west of Launceston. The city's "
            "levees held, but farms around Longford and Perth, a town of 3,000 people 20 km south "
            "of Launceston, went under, and the Midland Highway was closed. Deloraine and "
            'Westbury were evacuated overnight. "It is 2016 all over again," said Perth\'s '
            "volunteer fire captain, Sydney Cox, who spent the night pulling sheep out of the "
            "water. The state government in Hobart declared a disaster zone, and Canberra sent "
            "army reservists from Brisbane. The Spirit of Tasmania ferries kept sailing between "
            "Devonport and Geelong. Swansea, on the drier east coast, had barely 10 mm. In "
            "Launceston, Cornwall, the English market town the Tasmanian city is named after, a "
            "church held a collection for the flood victims."
        ),
        {
            "LAUNCESTON": ("AU", "06"),
            "Tasmania": ("AU", "06"),
            "Launceston": ("AU", "06"),
            "Longford": ("AU", "06"),
            "Perth": ("AU", "06"),
            "Launceston#2": ("AU", "06"),
            "Perth#2": ("AU", "06"),
            "Sydney": None,
            "Hobart": ("AU", "06"),
            "Canberra": ("AU", "01"),
            "Brisbane": ("AU", "04"),
            "Tasmania#2": None,
            "Devonport": ("AU", "06"),
            "Geelong": ("AU", "07"),
            "Swansea": ("AU", "06"),
            "Launceston#3": ("GB", "ENG"),
            "Cornwall": ("GB", "ENG"),
            "Tasmanian": ("AU", None),
        },
    ),
    (
        "g",
        (
            "LAGOS, Nigeria — Petrol queues stretched for kilometres in Lagos and Abuja on Monday "
            "as depots rationed supplies, and officials blamed smugglers who truck cheap fuel "
            "across the border to Benin, where it sells for twice the price. Customs officers at "
            "Seme seized 40 tankers last week. In Benin City, the capital of Edo State, 300 km to "
            "the east and not to be confused with the neighbouring country, filling stations shut "
            "by noon. Farmers in Niger State said they could not run their pumps, and traders in "
            "Niger, the landlocked country to the north, reported the same shortage. The Port "
            'Harcourt refinery, restarted last year, is idle again. "I slept in my car," said '
            "Ibadan taxi driver Tunde Okafor. Kano Pillars postponed a league match. In Cotonou, "
            "Benin's commercial capital, roadside sellers raised their prices. Lagos took its "
            "name from Lagos, the Algarve town from which Portuguese sailors set out in the 15th "
            "century. The government in Abuja said supplies would improve by Friday."
        ),
        {
            "LAGOS": ("NG", None),
            "Lagos": ("NG", None),
            "Abuja": ("NG", None),
            "Benin": ("BJ", None),
            "Seme": ("NG", None),
            "Benin City": ("NG", None),
            "Edo State": ("NG", None),
            "Niger State": ("NG", None),
            "Niger#2": ("NE", None),
            "Ibadan": ("NG", None),
            "Kano": None,
            "Cotonou": ("BJ", None),
            "Benin#3": ("BJ", None),
            "Lagos#2": ("NG", None),
            "Lagos#3": ("PT", None),
            "Algarve": ("PT", None),
            "Portuguese": ("PT", None),
            "Abuja#2": ("NG", None),
        },
    ),
    (
        "h",
        (
            "SANTIAGO DE CUBA, Cuba — Hurricane Olga tore the roofs from thousands of homes in "
            "eastern Cuba on Wednesday and left Santiago de Cuba, the island's second city, "
            "without power, a day after it battered Jamaica. Santiago's port was closed, and in "
            "Guantánamo, 80 km to the east, the sea swept over the seafront. Baracoa, the "
            "island's oldest town, was cut off when a bridge collapsed. Granma, the Communist "
            "Party newspaper, said nobody had died in Granma province, but two people were "
            'missing near Bayamo. The government in Havana sent 500 linemen from the west. "We '
            'have nothing left but the walls," said Yanelis Holguín, 41, whose house in the city '
            "of Holguín lost its roof. Trinidad, the colonial town on the south coast, was "
            "spared, as was Trinidad and Tobago, far to the south-east. Relatives in Miami "
            "organised flights of supplies, and a rescue team flew in from Santiago, Chile. "
            "Exports of Havana Club rum will not be affected, the state distiller said."
        ),
        {
            "SANTIAGO DE CUBA": ("CU", None),
            "Santiago de Cuba": ("CU", None),
            "Jamaica": ("JM", None),
            "Santiago#2": ("CU", None),
            "Guantánamo": ("CU", None),
            "Baracoa": ("CU", None),
            "Granma": None,
            "Granma#2": ("CU", None),
            "Bayamo": ("CU", None),
            "Havana": ("CU", None),
            "Holguín": None,
            "Holguín#2": ("CU", None),
            "Trinidad": ("CU", None),
            "Trinidad and Tobago": ("TT", None),
            "Miami": ("US", "FL"),
            "Santiago#3": ("CL", None),
            "Havana#2": None,
        },
    ),
    (
        "i",
        (
            "SŁUBICE, Poland — The Oder rose to within 20 cm of the top of the flood walls "
            "between Słubice and Frankfurt an der Oder on Sunday, and soldiers on both banks "
            "filled sandbags through the night. Frankfurt's mayor said the German town's "
            "riverside quarter would be evacuated if the water rose further. Downstream, Kostrzyn "
            "and Szczecin, the port the Germans called Stettin, were bracing for the crest later "
            "in the week. Upstream, Wrocław, the city once known as Breslau, was drying out after "
            "its worst flood since 1997, and Opole reopened its schools. Polish and German "
            "engineers met on the bridge between the two towns. The Brandenburg state government "
            "in Potsdam asked Berlin for more troops, and Warsaw released emergency funds. "
            "Energie Cottbus called off Saturday's match so that its players could fill sandbags. "
            "Bankers in Frankfurt am Main, 550 km to the west, said insurers faced claims of up "
            "to 2 billion euros."
        ),
        {
            "SŁUBICE": ("PL", None),
            "Słubice": ("PL", None),
            "Frankfurt an der Oder": ("DE", None),
            "Frankfurt#2": ("DE", None),
            "German": ("DE", None),
            "Kostrzyn": ("PL", None),
            "Szczecin": ("PL", None),
            "Stettin": ("PL", None),
            "Wrocław": ("PL", None),
            "Breslau": ("PL", None),
            "Polish": ("PL", None),
            "German#2": ("DE", None),
            "Brandenburg": ("DE", None),
            "Potsdam": ("DE", None),
            "Berlin": ("DE", None),
            "Warsaw": ("PL", None),
            "Cottbus": None,
            "Frankfurt am Main": ("DE", None),
        },
    ),
    (
        "j",
        (
            "YOGYAKARTA, Indonesia — Mount Merapi sent avalanches of hot ash 3 km down its slopes "
            "on Tuesday, and officials moved 6,000 villagers in Sleman and Magelang to shelters. "
            "Ash dusted Yogyakarta and the towns of Klaten and Boyolali to the east. Solo, the "
            "royal city also known as Surakarta, closed its airport for six hours. Solo hikers "
            "have been banned from the mountain since a German climber died there in March. "
            "Jogja, as residents call Yogyakarta, kept its airport open, and tour operators said "
            'the Borobudur temple would reopen on Thursday. "The mountain gives us soil and '
            'takes our houses," said Made Sukadana, a jeep guide who moved from Bali 20 years '
            "ago. PSIM Yogyakarta and Persis Solo postponed Saturday's derby. The disaster agency "
            "in Jakarta raised the alert to its second-highest level, and flights from Jakarta to "
            "Surabaya were routed around the ash. Florence Martin, a tourist from Lyon, said she "
            "had watched the glow from her hotel."
        ),
        {
            "YOGYAKARTA": ("ID", None),
            "Sleman": ("ID", None),
            "Magelang": ("ID", None),
            "Yogyakarta": ("ID", None),
            "Klaten": ("ID", None),
            "Solo": ("ID", None),
            "Surakarta": ("ID", None),
            "Solo#2": None,
            "German": ("DE", None),
            "Jogja": ("ID", None),
            "Yogyakarta#2": ("ID", None),
            "Bali": ("ID", None),
            "Yogyakarta#3": None,
            "Solo#3": None,
            "Jakarta": ("ID", None),
            "Jakarta#2": ("ID", None),
            "Florence": None,
            "Lyon": ("FR", None),
        },
    ),
]

_A22 = "SALEM, Ore. — Smoke from wildf"
_B22 = "PORTO ALEGRE, Brazil — Rivers "
_C22 = "READING, England — The Thames "
_D22 = "HOMS, Syria — Farmers who fled"
_E22 = "PRAYAGRAJ, India — About 35 mi"
_F22 = "LAUNCESTON, Australia — Floods"
_G22 = "LAGOS, Nigeria — Petrol queues"
_H22 = "SANTIAGO DE CUBA, Cuba — Hurri"
_I22 = "SŁUBICE, Poland — The Oder ros"
_J22 = "YOGYAKARTA, Indonesia — Mount "
BATCH_22_XFAIL: dict[tuple[str, str], str] = {
    (_A22, "Oregon"): ("first run on dbd9b87: 'Oregon' should be no place, got Oregon (US, OR)"),
    (_B22, "Montenegro#2"): ("first run on dbd9b87: 'Montenegro#2' Montenegro in BR"),
    (_C22, "Caversham"): ("first run on dbd9b87: 'Caversham' Caversham in AU"),
    (_C22, "Goring-on-Thames"): (
        "first run on dbd9b87: 'Goring-on-Thames' not found as a place (overlap: Goring)"
    ),
    (_C22, "Bath"): ("first run on dbd9b87: 'Bath' not found as a place (overlap: None)"),
    (_E22, "Nepali"): ("first run on dbd9b87: 'Nepali' not found as a place (overlap: None)"),
    (_F22, "Tasmania#2"): (
        "first run on dbd9b87: 'Tasmania#2' should be no place, got Tasmania (AU, 06)"
    ),
    (_F22, "Swansea"): ("first run on dbd9b87: 'Swansea' not found as a place (overlap: None)"),
    (_F22, "Tasmanian"): ("first run on dbd9b87: 'Tasmanian' not found as a place (overlap: None)"),
    (_G22, "Seme"): ("first run on dbd9b87: 'Seme' Semi in BJ"),
    (_G22, "Algarve"): ("first run on dbd9b87: 'Algarve' not found as a place (overlap: None)"),
    (_H22, "Jamaica"): ("first run on dbd9b87: 'Jamaica' Jamaica in CU"),
    (_H22, "Granma"): ("first run on dbd9b87: 'Granma' should be no place, got Granma (CU, 09)"),
    (_H22, "Holguín#2"): ("first run on dbd9b87: 'Holguín#2' not found as a place (overlap: None)"),
    (_H22, "Havana#2"): (
        "first run on dbd9b87: 'Havana#2' should be no place, got Havana (CU, 02)"
    ),
    (_J22, "Jogja"): ("first run on dbd9b87: 'Jogja' not found as a place (overlap: None)"),
    (_J22, "Yogyakarta#3"): (
        "first run on dbd9b87: 'Yogyakarta#3' should be no place, got Yogyakarta (ID, 10)"
    ),
}
BATCH_22_NAMES = _named_params(22, BATCH_22, BATCH_22_XFAIL)


# --- batch 23 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 21 and 22 do
# not cover: (a) a hurricane in the Florida Keys: 'MARATHON, Fla.' and Marathon the city twice
# beside 'Marathon runner' opening a sentence, the Florida Keys, Key West, Key Largo,
# Islamorada, Orlando the city beside a fishing guide named Orlando, Tallahassee and Washington
# as governments, Naples, Florida beside Naples, Italy, 'Italian tourists', Havana, the Miami
# Heat; (b) power cuts in Zambia: 'LUSAKA, Zambia', Zambia and Lusaka as the government,
# Livingstone the town, 'Livingstone hotel owner' and David Livingstone, the Victoria Falls
# beside the Zimbabwean town of Victoria Falls, Kabwe once Broken Hill beside Broken Hill in
# New South Wales, Chipata once Fort Jameson, Kitwe and 'Power Dynamos, the Kitwe football
# club', 'a Scottish missionary'; (c) coffee pickers in Colombia: 'ARMENIA, Colombia' and
# Armenia the city three times beside Armenia the country, Quindío, Salento (also a region of
# Italy), Circasia (Circassia in the Caucasus), Calarcá, Montenegro the Colombian town,
# Manizales twice (once in 'the Manizales football club'), a grower named Córdoba beside the
# town of Córdoba in Quindío, Cartago (Spanish for Carthage, and a city in Costa Rica), Once
# Caldas the club, Bogotá as the seat of a federation; (d) housing for a submarine yard in
# Connecticut: 'NEW LONDON, Conn.' and New London beside London, England, Groton twice (once
# opening a sentence), Norwich, Bristol and Manchester (English cities of those names), Mystic
# opening a sentence, a welder named Madison, Providence, Hartford and Washington as
# governments, 'British engineers', Canberra, England; (e) wildfires in Galicia: 'OURENSE,
# Spain', Galicia (also the old Austrian province now split between Poland and Ukraine),
# Santiago de Compostela and Santiago for it, a pilgrim named Santiago and Santiago, Chile,
# Madrid as a place and as the government, Melide (a Melide in Switzerland), Tui, Ferrol, A
# Coruña with its article, Celta Vigo the club, Rzeszów and Poland; (f) the EU against
# Hungary: 'BRUSSELS' and Brussels three times for the Commission, Budapest and Warsaw as
# governments, Luxembourg, Strasbourg and Frankfurt as the seats of a court and a bank, The
# Hague and Berlin as governments, the Kremlin, demonyms (Polish, Hungarian, Dutch, German);
# (g) tornadoes in Missouri: 'JOPLIN, Mo.' and Joplin twice, Mexico, Missouri twice (once in
# 'Mexico resident') beside Mexico City, Columbia (not the District nor Colombia),
# Independence the city beside Independence Day, Liberty and Cuba opening sentences, Lebanon,
# Carthage, Kansas City twice (once in "Kansas City's football team"), Jefferson City as the
# government; (h) the Semipalatinsk test site remembered: 'SEMEY, Kazakhstan', Semey twice and
# Semipalatinsk as the test site and as the city's old name, Moscow as the Soviet government,
# Kurchatov the town beside the physicist Igor Kurchatov, Oskemen once Ust-Kamenogorsk, Astana
# once Nur-Sultan beside Astana the cycling team, Almaty once Alma-Ata, Hiroshima, Pavlodar;
# (i) a gale in central Scotland: 'HAMILTON, Scotland' and Hamilton the town beside Hamilton
# Academical, the driver Lewis Hamilton and Hamilton, Ontario, Motherwell the town beside
# Motherwell the club, Livingston, Edinburgh as a place and as the government, Falkirk,
# Stirling, Stornoway, the Isle of Lewis beside Lewis the first name, Glasgow; (j) floods in
# Pampanga: 'SAN FERNANDO, Philippines' and San Fernando, Pampanga beside San Fernando, La
# Union, Mexico the Pampanga town, Angeles the city beside a farmer named Angeles and Los
# Angeles, Bacolor, Guagua, Lubao, Manila, Malacañang as the government, Olongapo, 'a Filipino
# nurse', Bulacan.
# Decisions (as in batches 7-22): a dateline is a place; a club or a sports team named after a
# place is no place ('the Miami Heat', 'Once Caldas', 'Celta Vigo', 'Hamilton Academical',
# 'Motherwell, the neighbouring town's football club', 'Astana, the professional cycling
# team'), nor a person's first name or surname (Orlando Pérez, David Livingstone, Luis Córdoba,
# Madison Clarke, Santiago Herrera, Igor Kurchatov, Lewis Hamilton, Angeles Dizon), nor a
# sentence-initial word that is no place ('Marathon runner', 'Independence Day'); a club's home
# town written as such is a place ('the Kitwe football club', 'the Manizales football club',
# "Kansas City's football team"), and so is a town naming a person's home ('Livingstone hotel
# owner', 'Mexico resident'); a nationality adjective is its country (Italian, Scottish,
# Zimbabwean, British, Polish, Hungarian, Dutch, German, Filipino); a capital or a building
# named for its government is the capital's place (Tallahassee, Washington, Lusaka,
# Hartford, Madrid, Brussels for the Commission, Budapest, Warsaw, The Hague, Berlin, the
# Kremlin, Moscow for the Soviet state, Astana, Edinburgh, Malacañang), and the seat of a court
# or a bank is its city (Luxembourg, Strasbourg, Frankfurt; Luxembourg is LU read as the city or
# the country); a country named for its government is the country ('Zambia will cut
# electricity'); a former name is the current place (Broken Hill is Kabwe, Fort Jameson
# Chipata, Semipalatinsk Semey, Ust-Kamenogorsk Oskemen, Nur-Sultan Astana, Alma-Ata Almaty);
# a town named like a bigger or better-known place is the town the text means (Marathon,
# Naples and Orlando in Florida; Armenia, Montenegro, Salento, Circasia, Córdoba and Cartago in
# Colombia; New London, Norwich, Bristol and Manchester in Connecticut; Mexico, Columbia,
# Independence, Liberty, Carthage, Lebanon and Cuba in Missouri; Hamilton, Livingston and
# Stirling in Scotland; Mexico and Angeles in Pampanga; Melide and Tui in Galicia); 'the
# Semipalatinsk test site' is in Kazakhstan whether it is read as the site or as the city, and
# 'the Zimbabwean town of Victoria Falls' is the town. Not keyed: the Victoria Falls themselves
# and Lake Kariba (a waterfall and a lake on a border), rivers, bays and roads (the Thames River
# in Connecticut, the Missouri River, Subic Bay, the Overseas Highway, Route 66, Interstate
# 44), countries in datelines, the second 'Galicia' (the historical region, whose gazetteer
# entry is uncertain), 'Florida' in "Florida's", 'the Keys', the Caucasus, Lanarkshire (a
# historical county), Ontario, Clark International Airport, Electric Boat, Power Dynamos, and
# easy names left out to keep the batch near 170 (Homestead, Ndola, the Copperbelt, South
# Africa, Mozambique, Filandia, Pereira, Valle del Cauca, Venezuela, Rhode Island, Suffolk,
# Lugo, Chile, 'Polish pilgrims', the second Hungary, Budapest and Hungarian, Vienna,
# Bratislava, Italy in (h), 'The Scottish government', Tarlac).
# Admin1 codes are GeoNames': US two-letter states (FL, DC, CT, RI, MO, CA); GB ENG England,
# SCT Scotland; CA 08 Ontario; AU 01 Australian Capital Territory, 02 New South Wales. All
# other countries are checked at country level (Zambia, Zimbabwe, Colombia, Armenia, Spain,
# Portugal, Poland, Chile, Hungary, Kazakhstan and the Philippines among them, whose codes were
# not certain enough to key).
BATCH_23: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "MARATHON, Fla. — Hurricane Rafael drove a surge of seawater across the middle "
            "Florida Keys on Tuesday, flooding Marathon and cutting the only road to Key West "
            "when a bridge approach washed away. Marathon, a city of 9,000 spread over a string "
            "of low islands, had water a metre deep in its streets. Marathon runner Elena Ruiz, "
            "34, said she had swum out of her house with her dog on her back. In Islamorada, 40 "
            "km to the north-east, boats were tossed onto the Overseas Highway, and Key Largo "
            "lost power overnight. Homestead, on the mainland, opened shelters for 3,000 people, "
            'and thousands more drove north to Orlando. "I have ridden out six storms here and '
            'this was the worst," said fishing guide Orlando Pérez, 58. The state government in '
            "Tallahassee asked Washington for a major disaster declaration. Naples, on Florida's "
            "Gulf coast, escaped with heavy rain, while travel agents in Naples, Italy, said "
            "Italian tourists were cancelling trips to the Keys. Havana reported flooding along "
            "its seafront, and the Miami Heat called off Wednesday's game."
        ),
        {
            "MARATHON": ("US", "FL"),
            "Florida Keys": ("US", "FL"),
            "Marathon": ("US", "FL"),
            "Key West": ("US", "FL"),
            "Marathon#2": ("US", "FL"),
            "Marathon#3": None,
            "Islamorada": ("US", "FL"),
            "Key Largo": ("US", "FL"),
            "Orlando": ("US", "FL"),
            "Orlando#2": None,
            "Tallahassee": ("US", "FL"),
            "Washington": ("US", "DC"),
            "Naples": ("US", "FL"),
            "Naples#2": ("IT", None),
            "Italian": ("IT", None),
            "Havana": ("CU", None),
            "Miami": None,
        },
    ),
    (
        "b",
        (
            "LUSAKA, Zambia — Zambia will cut electricity to homes for up to 20 hours a day "
            "from Monday because the drought has left Lake Kariba too low to run the turbines at "
            "the Kariba dam, the state power company ZESCO said. Livingstone, the tourist town "
            "beside the Victoria Falls, will be spared during the day so that its hotels can keep "
            "running, but copper mines around Kitwe and Ndola on the Copperbelt will lose a third "
            "of their supply. Kabwe, known in colonial times as Broken Hill, has had no mains "
            "water for a week because its pumps have stopped. Broken Hill, the mining city in New "
            'South Wales that shares its old name, sent a message of support. "Our town is named '
            'after a Scottish missionary, and now we need a miracle of electricity," said '
            "Livingstone hotel owner Bwalya Mwansa. David Livingstone reached the falls in 1855. "
            "Across the river, the Zimbabwean town of Victoria Falls has had the same cuts. In "
            "Chipata, once called Fort Jameson, millers have bought diesel generators. Power "
            "Dynamos, the Kitwe football club, will play its home games in daylight. Lusaka has "
            "asked South Africa and Mozambique to sell it more power."
        ),
        {
            "LUSAKA": ("ZM", None),
            "Zambia#2": ("ZM", None),
            "Livingstone": ("ZM", None),
            "Kitwe": ("ZM", None),
            "Kabwe": ("ZM", None),
            "Broken Hill": ("ZM", None),
            "Broken Hill#2": ("AU", "02"),
            "New South Wales": ("AU", "02"),
            "Scottish": ("GB", None),
            "Livingstone#2": ("ZM", None),
            "Livingstone#3": None,
            "Zimbabwean": ("ZW", None),
            "Victoria Falls#2": ("ZW", None),
            "Chipata": ("ZM", None),
            "Fort Jameson": ("ZM", None),
            "Kitwe#2": ("ZM", None),
            "Lusaka": ("ZM", None),
        },
    ),
    (
        "c",
        (
            "ARMENIA, Colombia — Coffee farmers in the hills around Armenia are leaving ripe "
            "cherries on the bushes because they cannot find enough pickers, even though prices "
            "are near record highs. Armenia, the capital of Quindío department, shares its name "
            "with Armenia, the country in the Caucasus, and local historians still argue about "
            "why. In Salento, a hill town full of backpackers, guesthouses are hiring workers "
            "away from the farms, and growers in Circasia, Filandia and Calarcá tell the same "
            "story. Montenegro, west of Armenia, has lost half its pickers to building sites in "
            'Pereira and Manizales. "Young people do not want to bend over a bush for ten '
            'hours," said grower Luis Córdoba, 61, whose family has farmed near the town of '
            "Córdoba, south of Calarcá, since the 1940s. Workers from Cartago, in the Valle del "
            "Cauca, and from Venezuela fill some of the gaps. Once Caldas, the Manizales football "
            "club, lets pickers in free on match days. The National Federation of Coffee Growers "
            "in Bogotá said the harvest would be 10 percent smaller than last year's."
        ),
        {
            "ARMENIA": ("CO", None),
            "Armenia": ("CO", None),
            "Armenia#2": ("CO", None),
            "Quindío": ("CO", None),
            "Armenia#3": ("AM", None),
            "Salento": ("CO", None),
            "Circasia": ("CO", None),
            "Calarcá": ("CO", None),
            "Montenegro": ("CO", None),
            "Armenia#4": ("CO", None),
            "Manizales": ("CO", None),
            "Córdoba": None,
            "Córdoba#2": ("CO", None),
            "Cartago": ("CO", None),
            "Caldas": None,
            "Manizales#2": ("CO", None),
            "Bogotá": ("CO", None),
        },
    ),
    (
        "d",
        (
            "NEW LONDON, Conn. — General Dynamics' Electric Boat shipyard in Groton plans to "
            "hire 5,000 people this year to build submarines, and towns along the Thames River in "
            "eastern Connecticut are scrambling to house them. New London, across the river from "
            "the yard, has approved 900 apartments, and Norwich, 20 km upstream, is turning an "
            "old textile mill into flats. Mystic, the seaport village known for its maritime "
            'museum, says rents have risen by half since 2021. "My grandfather built submarines '
            'here and bought a house on one paycheck," said welder Madison Clarke, 29, who '
            "shares a three-bedroom flat with four co-workers. Some workers commute 90 minutes "
            "from Bristol and Manchester, in the centre of the state, or from Providence, Rhode "
            "Island. Hartford has promised $50 million for housing, and lawmakers in Washington "
            "have added money for the yard to the defence budget. The yard is also training "
            "British engineers for the AUKUS submarine pact, and officials from London and "
            "Canberra visited in March. Groton takes its name from a village in Suffolk, England."
        ),
        {
            "NEW LONDON": ("US", "CT"),
            "Groton": ("US", "CT"),
            "Connecticut": ("US", "CT"),
            "New London": ("US", "CT"),
            "Norwich": ("US", "CT"),
            "Mystic": ("US", "CT"),
            "Madison": None,
            "Bristol": ("US", "CT"),
            "Manchester": ("US", "CT"),
            "Providence": ("US", "RI"),
            "Hartford": ("US", "CT"),
            "Washington": ("US", "DC"),
            "British": ("GB", None),
            "London#2": ("GB", "ENG"),
            "Canberra": ("AU", "01"),
            "Groton#2": ("US", "CT"),
            "England": ("GB", "ENG"),
        },
    ),
    (
        "e",
        (
            "OURENSE, Spain — Wildfires fanned by a heatwave burned through 40,000 hectares of "
            "forest in Galicia on Wednesday, closing the high-speed railway between Madrid and "
            "Santiago de Compostela and forcing the evacuation of villages around Ourense. "
            "Santiago, the pilgrimage city where the Camino ends, was shrouded in smoke, and "
            "pilgrims on the last stages of the walk were bussed in from Melide. Lugo, 100 km to "
            'the east, recorded 42 C, the highest temperature in its history. "I came to walk, '
            'not to run from fire," said Santiago Herrera, a pilgrim from Santiago, Chile. '
            "Firefighters from Portugal crossed the border at Tui to help, and water-bombing "
            "planes from Ferrol and A Coruña flew until dark. Madrid sent 500 soldiers from the "
            "army's emergency unit, and Celta Vigo postponed Sunday's match. A group of Polish "
            "pilgrims from Rzeszów, in the part of Poland once called Galicia under Austrian "
            "rule, were among those evacuated."
        ),
        {
            "OURENSE": ("ES", None),
            "Galicia": ("ES", None),
            "Madrid": ("ES", None),
            "Santiago de Compostela": ("ES", None),
            "Ourense": ("ES", None),
            "Santiago#2": ("ES", None),
            "Melide": ("ES", None),
            "Santiago#3": None,
            "Santiago#4": ("CL", None),
            "Portugal": ("PT", None),
            "Tui": ("ES", None),
            "Ferrol": ("ES", None),
            "A Coruña": ("ES", None),
            "Madrid#2": ("ES", None),
            "Vigo": None,
            "Rzeszów": ("PL", None),
            "Poland": ("PL", None),
        },
    ),
    (
        "f",
        (
            "BRUSSELS — The European Commission took Hungary to court on Wednesday over a law "
            "that restricts foreign-funded civic groups, a week after the EU's highest court in "
            "Luxembourg struck down a similar Polish law. Brussels had given Budapest two months "
            "to change the law and said the reply had not been good enough. A Hungarian "
            'government spokesman called the move "another attack by Brussels bureaucrats on a '
            'sovereign nation". Warsaw, which rewrote its own law after the ruling, urged '
            "Budapest to do the same. The Dutch government in The Hague and the German government "
            'in Berlin backed the Commission, while the Kremlin praised Hungary for "standing up '
            'to Brussels". The European Court of Human Rights in Strasbourg, which is not an EU '
            "body, is hearing a separate complaint by Hungarian journalists. In Frankfurt, "
            "European Central Bank officials said frozen EU funds were weighing on the forint. "
            "Vienna and Bratislava stayed silent."
        ),
        {
            "BRUSSELS": ("BE", None),
            "Hungary": ("HU", None),
            "Luxembourg": ("LU", None),
            "Polish": ("PL", None),
            "Brussels": ("BE", None),
            "Budapest": ("HU", None),
            "Hungarian": ("HU", None),
            "Brussels#2": ("BE", None),
            "Warsaw": ("PL", None),
            "Dutch": ("NL", None),
            "The Hague": ("NL", None),
            "German": ("DE", None),
            "Berlin": ("DE", None),
            "Kremlin": ("RU", None),
            "Brussels#3": ("BE", None),
            "Strasbourg": ("FR", None),
            "Frankfurt": ("DE", None),
        },
    ),
    (
        "g",
        (
            "JOPLIN, Mo. — Tornadoes tore across Missouri on Sunday night, killing four people "
            "and damaging hundreds of homes from Joplin, in the south-west corner of the state, "
            "to Mexico, a city of 11,000 north-east of Columbia. Independence, the Kansas City "
            "suburb where Harry Truman grew up, lost power to 30,000 homes, and Independence Day "
            "fireworks across the county were called off. Liberty, on the other side of the "
            "Missouri River, had a tornado on the ground for 12 minutes. In Carthage, the "
            "courthouse clock tower lost its roof, and Lebanon, on Interstate 44, opened its "
            "civic centre to 400 people. Cuba, a town of 3,000 known for the murals along its "
            'stretch of Route 66, escaped with hail. "We heard it coming like a train," said '
            "Mexico resident Josefina Ortiz, who moved there from Mexico City in 2010. Joplin was "
            "devastated by a tornado that killed 161 people in 2011. Gov. Mike Kehoe declared a "
            "state of emergency from Jefferson City, and Kansas City's football team, the Chiefs, "
            "pledged $1 million for relief."
        ),
        {
            "JOPLIN": ("US", "MO"),
            "Missouri": ("US", "MO"),
            "Joplin": ("US", "MO"),
            "Mexico": ("US", "MO"),
            "Columbia": ("US", "MO"),
            "Independence": ("US", "MO"),
            "Kansas City": ("US", "MO"),
            "Independence#2": None,
            "Liberty": ("US", "MO"),
            "Carthage": ("US", "MO"),
            "Lebanon": ("US", "MO"),
            "Cuba": ("US", "MO"),
            "Mexico#2": ("US", "MO"),
            "Mexico City": ("MX", None),
            "Joplin#2": ("US", "MO"),
            "Jefferson City": ("US", "MO"),
            "Kansas City#2": ("US", "MO"),
        },
    ),
    (
        "h",
        (
            "SEMEY, Kazakhstan — Hundreds of survivors of Soviet nuclear testing gathered in "
            "Semey on Thursday to mark 35 years since the last explosion at the Semipalatinsk "
            "test site, where Moscow detonated more than 450 nuclear bombs between 1949 and 1989. "
            "Semey was called Semipalatinsk until 2007, and many older residents still use the "
            "old name. Kurchatov, the once-secret town built for the test site's scientists and "
            "named after the physicist Igor Kurchatov, now houses the country's National Nuclear "
            'Centre. "My mother watched the clouds rise from our yard," said Aigul Bekova, 68, '
            "who came from Oskemen, the city once known as Ust-Kamenogorsk. President "
            "Kassym-Jomart Tokayev sent a message from Astana, which was called Nur-Sultan from "
            "2019 to 2022, and a delegation of survivors came from Hiroshima. In Almaty, the "
            "former capital once known as Alma-Ata, students laid flowers at a monument. Astana, "
            "the professional cycling team, wore black armbands at a race in Italy. Pavlodar, 350 "
            "km to the north, held a minute's silence."
        ),
        {
            "SEMEY": ("KZ", None),
            "Semey": ("KZ", None),
            "Semipalatinsk": ("KZ", None),
            "Moscow": ("RU", None),
            "Semey#2": ("KZ", None),
            "Semipalatinsk#2": ("KZ", None),
            "Kurchatov": ("KZ", None),
            "Kurchatov#2": None,
            "Oskemen": ("KZ", None),
            "Ust-Kamenogorsk": ("KZ", None),
            "Astana": ("KZ", None),
            "Nur-Sultan": ("KZ", None),
            "Hiroshima": ("JP", None),
            "Almaty": ("KZ", None),
            "Alma-Ata": ("KZ", None),
            "Astana#2": None,
            "Pavlodar": ("KZ", None),
        },
    ),
    (
        "i",
        (
            "HAMILTON, Scotland — Gales of up to 140 km an hour brought down trees and power "
            "lines across central Scotland on Monday, leaving 80,000 homes without electricity. "
            "In Hamilton, a falling chimney crushed two parked cars, and Hamilton Academical "
            "called off Tuesday's match because part of a stand had lost its roof. Motherwell's "
            "railway station was closed after glass panels blew out, and Motherwell, the "
            "neighbouring town's football club, offered its car park to stranded drivers. "
            "Livingston, the new town west of Edinburgh, evacuated its shopping centre. Falkirk "
            "and Stirling had flooding, and ferries to Stornoway, on the Isle of Lewis, were "
            "cancelled for a second day. The Scottish government in Edinburgh opened its "
            'emergency room. "It sounded like the roof was being torn off the world," said '
            "pensioner Ina Craig, 74. Racing driver Lewis Hamilton, who was to open a karting "
            "track near Glasgow on Saturday, postponed the visit. Hamilton, Ontario, where many "
            "emigrants from Lanarkshire settled, sent a message of support."
        ),
        {
            "HAMILTON": ("GB", "SCT"),
            "Scotland#2": ("GB", "SCT"),
            "Hamilton": ("GB", "SCT"),
            "Hamilton#2": None,
            "Motherwell": ("GB", "SCT"),
            "Motherwell#2": None,
            "Livingston": ("GB", "SCT"),
            "Edinburgh": ("GB", "SCT"),
            "Falkirk": ("GB", "SCT"),
            "Stirling": ("GB", "SCT"),
            "Stornoway": ("GB", "SCT"),
            "Isle of Lewis": ("GB", "SCT"),
            "Edinburgh#2": ("GB", "SCT"),
            "Lewis#2": None,
            "Hamilton#3": None,
            "Glasgow": ("GB", "SCT"),
            "Hamilton#4": ("CA", "08"),
        },
    ),
    (
        "j",
        (
            "SAN FERNANDO, Philippines — Floodwater reached the rooftops in parts of Pampanga "
            "province on Tuesday after a week of monsoon rain, and officials in San Fernando, the "
            "provincial capital, said 200,000 people had left their homes. The towns of Bacolor, "
            "Guagua and Lubao were cut off, and in Mexico, a rice-farming town that takes its "
            "name from the country across the Pacific, boats ferried food along the main street. "
            "Angeles, 20 km to the north, stayed mostly dry, and Clark International Airport kept "
            'flying. "We moved the pigs into the church," said farmer Angeles Dizon, 52. San '
            "Fernando, La Union, a different city of the same name 200 km to the north, sent "
            "rescue boats. Manila was drenched too, and Malacañang suspended classes and "
            "government work in the capital. Olongapo, on Subic Bay, had landslides. A Filipino "
            "nurse in Los Angeles started an online fund that raised $80,000 in a day. Tarlac and "
            "Bulacan also declared a state of calamity."
        ),
        {
            "SAN FERNANDO": ("PH", None),
            "Pampanga": ("PH", None),
            "San Fernando": ("PH", None),
            "Bacolor": ("PH", None),
            "Guagua": ("PH", None),
            "Lubao": ("PH", None),
            "Mexico": ("PH", None),
            "Angeles": ("PH", None),
            "Angeles#2": None,
            "San Fernando#2": ("PH", None),
            "La Union": ("PH", None),
            "Manila": ("PH", None),
            "Malacañang": ("PH", None),
            "Olongapo": ("PH", None),
            "Filipino": ("PH", None),
            "Los Angeles": ("US", "CA"),
            "Bulacan": ("PH", None),
        },
    ),
]

_A23 = "MARATHON, Fla. — Hurricane Raf"
_B23 = "LUSAKA, Zambia — Zambia will c"
_C23 = "ARMENIA, Colombia — Coffee far"
_D23 = "NEW LONDON, Conn. — General Dy"
_E23 = "OURENSE, Spain — Wildfires fan"
_F23 = "BRUSSELS — The European Commis"
_G23 = "JOPLIN, Mo. — Tornadoes tore a"
_H23 = "SEMEY, Kazakhstan — Hundreds o"
_I23 = "HAMILTON, Scotland — Gales of "
_J23 = "SAN FERNANDO, Philippines — Fl"
BATCH_23_XFAIL: dict[tuple[str, str], str] = {
    (_A23, "Florida Keys"): (
        "first run on d7225ef: 'Florida Keys' not found as a place (overlap: None)"
    ),
    (_A23, "Marathon#3"): (
        "first run on d7225ef: 'Marathon#3' should be no place, got Marathon (US, FL)"
    ),
    (_A23, "Havana"): ("first run on d7225ef: 'Havana' Havana in US"),
    (_B23, "Livingstone"): (
        "first run on d7225ef: 'Livingstone' not found as a place (overlap: None)"
    ),
    (_B23, "Broken Hill#2"): (
        "first run on d7225ef: 'Broken Hill#2' not found as a place (overlap: None)"
    ),
    (_B23, "Livingstone#2"): (
        "first run on d7225ef: 'Livingstone#2' not found as a place (overlap: None)"
    ),
    (_C23, "Armenia#3"): ("first run on d7225ef: 'Armenia#3' Armenia in CO"),
    (_C23, "Caldas"): ("first run on d7225ef: 'Caldas' should be no place, got Caldas (CO, 02)"),
    (_E23, "Santiago de Compostela"): (
        "first run on d7225ef: 'Santiago de Compostela' not found as a place (overlap: None)"
    ),
    (_E23, "Santiago#2"): (
        "first run on d7225ef: 'Santiago#2' not found as a place (overlap: None)"
    ),
    (_H23, "Semipalatinsk"): (
        "first run on d7225ef: 'Semipalatinsk' not found as a place (overlap: None)"
    ),
    (_H23, "Kurchatov"): ("first run on d7225ef: 'Kurchatov' not found as a place (overlap: None)"),
    (_I23, "Motherwell"): (
        "first run on d7225ef: 'Motherwell' not found as a place (overlap: None)"
    ),
    (_J23, "Malacañang"): (
        "first run on d7225ef: 'Malacañang' not found as a place (overlap: None)"
    ),
    (_J23, "Filipino"): ("first run on d7225ef: 'Filipino' not found as a place (overlap: None)"),
}
BATCH_23_NAMES = _named_params(23, BATCH_23, BATCH_23_XFAIL)


# --- batch 24 (blind) ------------------------------------------------------------------------
# Written before running the pipeline on them, in ten regions and topics batches 21-23 do not
# cover: (a) a storm on the Kent coast: 'DEAL, England' and Deal the town twice beside 'Deal
# with the sea wall' opening a quoted sentence, Kent the county beside a coastguard volunteer
# named Kent, Sandwich twice (a town named like the food, once opening a sentence), Dover twice
# (a Dover in Delaware), Ramsgate, Calais, Folkestone, 'French fishing boats', Canterbury
# (a region of New Zealand too), Westminster as the government, Margate; (b) a windstorm on
# Vancouver Island: 'VICTORIA, British Columbia' and Victoria as the provincial capital and as
# its government beside a café owner named Victoria and Victoria, Australia, Sidney the town
# twice (a far bigger Sydney), Duncan the town beside a welder named Duncan, Hope the town twice
# beside 'Hope of reopening' opening a sentence, Vancouver Island, Vancouver beside the Vancouver
# Canucks, Ottawa as the government, Port Angeles (a far bigger Los Angeles) in Washington
# state; (c) a rail plan for western Massachusetts: 'SPRINGFIELD, Mass.' and Springfield
# four times beside Springfield, Missouri, Boston as a place and as the state government
# beside the Boston Celtics, Worcester twice beside Worcester in England, Framingham, Palmer
# (a surname too), Pittsfield, Holyoke, a nurse named Georgia, Washington as the government,
# Hartford without its state; (d) a poor season on Georgia's Black Sea coast: 'BATUMI, Georgia'
# and Georgia the country twice beside Savannah, Georgia and a teacher named Georgia, Batumi
# beside Dinamo Batumi, Tbilisi as a place and as the government, Adjara, Kobuleti, Kutaisi,
# Poti, Trabzon, Sochi, Russian and Turkish; (e) a maize shortage in Zimbabwe, told with its
# colonial names: 'MUTARE, Zimbabwe' and Mutare twice, once Umtali, Masvingo the former Fort
# Victoria beside a farmer named Victoria, Gweru once Gwelo, Kwekwe still called Que Que,
# Harare as the government, Bulawayo twice (once in 'the Bulawayo football club'), Mozambique,
# Manica (a town and a province of Mozambique), Beira; (f) Greenland and the U.S. base:
# 'NUUK, Greenland', Greenland and Nuuk for the island's government, Washington and the White
# House, Copenhagen twice and Christiansborg for the Danish state, Brussels, Ottawa and the
# Kremlin as governments, Pituffik once Thule (twice), Ilulissat, Danish and Greenlandic;
# (g) a spring frost in Central Otago, whose towns carry British names and first names:
# 'ALEXANDRA, New Zealand' and Alexandra the town beside a grower named Alexandra, Cromwell,
# Clyde (a river in Scotland), Roxburgh (a Roxburgh in the Scottish Borders), Milton the town
# beside a packhouse manager named Milton, Gore (a surname too), Canterbury the New Zealand
# region (an English city), Wellington as the government, Dunedin, Queenstown, Christchurch,
# Auckland, Southland; (h) blackouts in Venezuela: 'VALENCIA, Venezuela' and Valencia twice
# beside a plant manager named Valencia and Valencia, Spain, Carabobo as the state and as
# the battlefield, Bolívar the state beside Simón Bolívar, Mérida (bigger ones in Mexico
# and Spain), Maracay, Puerto Cabello, Caracas as the government, Maracaibo, Barquisimeto, 'A
# Spanish-owned tile maker'; (i) border checks on the Oder: 'FRANKFURT AN DER ODER, Germany'
# and Frankfurt twice for it beside Frankfurt am Main, Słubice twice with its ł, Gubin,
# Zgorzelec, Görlitz, Berlin and Warsaw as governments, Brandenburg the state (a town of that
# name on the Havel), Eisenhüttenstadt once Stalinstadt, Energie Cottbus the club, Poland and
# Germany; (j) floods in central Vietnam: 'HUE, Vietnam' and Hue twice (once opening a sentence)
# beside a noodle seller named Hue, Hoi An and Da Nang as two-word names, Quang Tri, Quang Binh,
# Quang Ngai, Dong Hoi, Hanoi as the government, Ho Chi Minh City once Saigon, Laos, Vietnamese.
# Decisions (as in batches 7-23): a dateline is a place; a club named after a place is no
# place ('the Vancouver Canucks', 'The Boston Celtics', 'Dinamo Batumi', 'Energie Cottbus'),
# nor a person's first name or surname (Kent Morris, Duncan Reid, Victoria Nguyen, Georgia
# Thompson, Georgia Peters, Victoria Moyo, Alexandra McKay, Milton Reid, Luisa Valencia,
# Simón Bolívar, Nguyen Thi Hue), nor a sentence-initial word that is no place ('Deal with
# the sea wall', 'Hope of reopening'); a club's home town written as such is a place ('the
# Bulawayo football club'), and so is a town opening a sentence (Deal, Sandwich, Sidney, Hope,
# Springfield, Mutare, Kwekwe, Alexandra, Clyde, Valencia, Hue); a nationality adjective
# is its country (French, Russian, Turkish, Danish, Greenlandic, Spanish, Vietnamese);
# a capital or a building named for its government is the capital's place (Westminster,
# Victoria for British Columbia's government, Ottawa, Boston for the state of Massachusetts,
# Washington, the White House, Tbilisi, Harare, Copenhagen, Christiansborg, Brussels, the
# Kremlin, Wellington, Caracas, Berlin, Warsaw, Hanoi, and Nuuk for Greenland's government);
# a former name is the current place (Umtali is Mutare, Fort Victoria Masvingo, Gwelo Gweru,
# Que Que Kwekwe, Thule Pituffik, Stalinstadt Eisenhüttenstadt, Saigon Ho Chi Minh City); a
# town named like a bigger or better-known place is the town the text means (Victoria, Sidney,
# Duncan and Hope in British Columbia; Springfield, Worcester and Palmer in Massachusetts;
# Hartford, 40 km south of Springfield, in Connecticut; Alexandra, Cromwell, Clyde, Roxburgh,
# Milton, Gore and Canterbury in New Zealand; Valencia and Mérida in Venezuela), 'Frankfurt'
# in a story datelined Frankfurt an der Oder is that town (Germany either way), and Georgia in
# a Batumi story is the country unless the text names the US state ('Savannah, Georgia'). Not
# keyed: rivers, seas, canyons and dams (the River Stour, the Fraser Canyon, the Black Sea,
# the Guri dam, the Oder), 'the Interior', the Cattle Market, the Hall of Fame, countries and
# provinces in datelines, 'one Georgia deserves another' (both Georgias at once), the Arctic,
# Asia, the European Union, the Nguyen dynasty, plural demonyms (Israelis, Ukrainians, Russians,
# Americans), 'U.S.', and easy names left out to keep the batch near 170 (Nanaimo, Australia,
# Massachusetts, Chicopee, New Haven, Missouri, England in (c), the third Springfield, the
# second and third Boston, Warsaw, Budapest and Russia in (d), Lusaka, Pretoria, the third
# Greenland, the second Washington, the United States, Polish twice, Guben, the second Spanish).
# Admin1 codes are GeoNames': US two-letter states (MA, DC, CT, MO, WA, GA); GB ENG England;
# CA 02 British Columbia, 08 Ontario; AU 07 Victoria. All other countries are checked at
# country level (France, Georgia, Russia, Turkey, Poland, Zimbabwe, Mozambique, Greenland,
# Denmark, Belgium, New Zealand, Venezuela, Spain, Germany, Vietnam and Laos), whose codes
# were not certain enough to key.
BATCH_24: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "DEAL, England — Storm-driven waves smashed a 40-metre hole in the sea wall at "
            "Deal on Monday night, flooding seafront homes and forcing the coastguard to move "
            "35 residents out of a care home. Deal, a town of 30,000 on the Kent coast, was "
            "hit hardest, but shingle was thrown across roads from Dover to Ramsgate. "
            "Sandwich, 8 km to the north, flooded when the River Stour backed up behind a "
            'closed sluice. "I have lived in Sandwich for 70 years and never seen water in the '
            'Cattle Market," said retired butcher Peter Ashby. Ferries between Dover and '
            "Calais were suspended for 18 hours, and lorries queued on the motorway back "
            "towards Folkestone, while French fishing boats sheltered in the harbour. "
            "Canterbury opened a leisure centre to evacuees. Westminster promised emergency "
            "funding, and the floods minister visited Margate, where the storm tore the roof "
            'off a seafront arcade. "Deal with the sea wall now, or you will be dealing with '
            'this every winter," said coastguard volunteer Kent Morris, 52.'
        ),
        {
            "DEAL": ("GB", "ENG"),
            "Deal": ("GB", "ENG"),
            "Deal#2": ("GB", "ENG"),
            "Kent": ("GB", "ENG"),
            "Dover": ("GB", "ENG"),
            "Ramsgate": ("GB", "ENG"),
            "Sandwich": ("GB", "ENG"),
            "Sandwich#2": ("GB", "ENG"),
            "Dover#2": ("GB", "ENG"),
            "Calais": ("FR", None),
            "Folkestone": ("GB", "ENG"),
            "French": ("FR", None),
            "Canterbury": ("GB", "ENG"),
            "Westminster": ("GB", "ENG"),
            "Margate": ("GB", "ENG"),
            "Deal#3": None,
            "Kent#2": None,
        },
    ),
    (
        "b",
        (
            "VICTORIA, British Columbia — Ferry sailings between Vancouver Island and the "
            "mainland were cancelled for a third day on Tuesday as winds of up to 110 km/h "
            "lashed the coast, stranding thousands of travellers on both sides of the strait. "
            "In Victoria, the provincial capital, a falling tree crushed two cars outside the "
            "legislature, and the ferry terminal north of Sidney closed after a vessel snapped "
            "its mooring lines. Sidney, a seaside town of 12,000, lost power overnight, as did "
            'much of Duncan and Nanaimo. "I came over for a job interview and I have slept in '
            'my car for two nights," said Duncan Reid, 29, a welder from Hope. Hope, at the '
            "foot of the Fraser Canyon 150 km east of Vancouver, has problems of its own after "
            "a rockslide closed the highway to the Interior. Hope of reopening the road before "
            "the weekend faded on Tuesday as more rain fell. Victoria has asked Ottawa for "
            "help with the cleanup. Across the strait, the storm flooded the ferry dock at "
            "Port Angeles, in Washington state. Victoria Nguyen, who runs a café near the "
            "harbour, said her windows had been taped since Sunday. The Vancouver Canucks "
            "postponed Wednesday's game, and relatives in Victoria, Australia, followed the "
            "news online."
        ),
        {
            "VICTORIA": ("CA", "02"),
            "Vancouver Island": ("CA", "02"),
            "Victoria": ("CA", "02"),
            "Sidney": ("CA", "02"),
            "Sidney#2": ("CA", "02"),
            "Duncan": ("CA", "02"),
            "Duncan#2": None,
            "Hope": ("CA", "02"),
            "Hope#2": ("CA", "02"),
            "Vancouver#2": ("CA", "02"),
            "Hope#3": None,
            "Victoria#2": ("CA", "02"),
            "Ottawa": ("CA", "08"),
            "Port Angeles": ("US", "WA"),
            "Washington": ("US", "WA"),
            "Victoria#3": None,
            "Vancouver#3": None,
            "Victoria#4": ("AU", "07"),
        },
    ),
    (
        "c",
        (
            "SPRINGFIELD, Mass. — Passenger trains between Boston and Springfield will run "
            "eight times a day from 2028 under a $220 million plan announced on Thursday, the "
            "biggest expansion of rail service across Massachusetts in decades. Springfield, "
            "the city where basketball was invented, now has a single daily train to Boston "
            "that takes longer than the drive. The new service will stop at Worcester, "
            "Framingham and Palmer, and a later phase would extend it west to Pittsfield. "
            "Worcester's mayor said the trains would bring thousands of commuters into the "
            "city, which shares its name with Worcester in England, the home of the sauce. "
            'Holyoke and Chicopee asked for stations of their own. "People in Springfield have '
            'been told to wait for 30 years," said Georgia Thompson, 44, a nurse who drives to '
            "Boston three days a week. The Boston Celtics, whose greatest players are "
            "enshrined in the Hall of Fame in Springfield, backed the plan. The state "
            "government in Boston will pay 60 percent of the cost and Washington the rest. "
            "Hartford, 40 km to the south, already has hourly trains to New Haven. Officials "
            "in Springfield, Missouri, said they had taken dozens of calls from confused "
            "residents."
        ),
        {
            "SPRINGFIELD": ("US", "MA"),
            "Boston": ("US", "MA"),
            "Springfield": ("US", "MA"),
            "Springfield#2": ("US", "MA"),
            "Worcester": ("US", "MA"),
            "Framingham": ("US", "MA"),
            "Palmer": ("US", "MA"),
            "Pittsfield": ("US", "MA"),
            "Worcester#2": ("US", "MA"),
            "Worcester#3": ("GB", "ENG"),
            "Holyoke": ("US", "MA"),
            "Georgia": None,
            "Boston#4": None,
            "Springfield#4": ("US", "MA"),
            "Boston#5": ("US", "MA"),
            "Washington": ("US", "DC"),
            "Hartford": ("US", "CT"),
            "Springfield#5": ("US", "MO"),
        },
    ),
    (
        "d",
        (
            "BATUMI, Georgia — Georgia's Black Sea resorts are bracing for their worst summer "
            "in a decade after Russian tour operators cut flights and a political crisis in "
            "Tbilisi kept many Western visitors away, hotel owners said on Wednesday. In "
            "Batumi, the capital of the Adjara region, dozens of new high-rise hotels stand "
            "half empty, and Kobuleti, 30 km up the coast, has closed two of its three beach "
            'clubs. "Last year we had Israelis, Ukrainians and Russians. This year I have my '
            'cousins," said hotelier Nino Beridze, 50. Tbilisi has promised tax breaks, and '
            "the airport at Kutaisi will add flights from Warsaw and Budapest. Turkish "
            "day-trippers still cross the border to shop, and lorries from Trabzon queue at "
            "the port of Poti. Georgia is trying to sell itself as an alternative to Sochi, "
            "across the sea in Russia. Dinamo Batumi, the city's football club, will play "
            "European matches at home for the first time. A group of tourists from Savannah, "
            'Georgia, said they had come partly because of the name. "We thought one Georgia '
            'deserves another," said Georgia Peters, 61, a retired teacher.'
        ),
        {
            "BATUMI": ("GE", None),
            "Georgia#2": ("GE", None),
            "Russian": ("RU", None),
            "Tbilisi": ("GE", None),
            "Batumi": ("GE", None),
            "Adjara": ("GE", None),
            "Kobuleti": ("GE", None),
            "Tbilisi#2": ("GE", None),
            "Kutaisi": ("GE", None),
            "Turkish": ("TR", None),
            "Trabzon": ("TR", None),
            "Poti": ("GE", None),
            "Georgia#3": ("GE", None),
            "Sochi": ("RU", None),
            "Batumi#2": None,
            "Savannah": ("US", "GA"),
            "Georgia#4": ("US", "GA"),
            "Georgia#6": None,
        },
    ),
    (
        "e",
        (
            "MUTARE, Zimbabwe — Maize meal prices have doubled in eastern Zimbabwe since "
            "January as drought cut the harvest, traders in Mutare said on Friday. Mutare, "
            "known as Umtali until 1982, sits on the border with Mozambique, and many families "
            "now cross to Manica to buy cheaper grain. Lorries carrying imported maize from "
            "the port of Beira have been held up for days at the border post. In Masvingo, the "
            "former Fort Victoria, a 10-kg bag of maize meal costs 14 dollars, and in Gweru, "
            "once Gwelo, millers say they are working two days a week. Harare has banned grain "
            'exports and asked Lusaka and Pretoria for help. "We used to feed our neighbours," '
            "said farmer Victoria Moyo, 58. In Bulawayo, the second city, queues formed "
            "outside supermarkets on Thursday, and Highlanders, the Bulawayo football club, "
            "handed out food parcels after its match against Dynamos. Kwekwe, still called Que "
            "Que on some old road signs, has opened a soup kitchen. Officials said the next "
            "harvest would be better if the rains came on time."
        ),
        {
            "MUTARE": ("ZW", None),
            "Zimbabwe#2": ("ZW", None),
            "Mutare": ("ZW", None),
            "Mutare#2": ("ZW", None),
            "Umtali": ("ZW", None),
            "Mozambique": ("MZ", None),
            "Manica": ("MZ", None),
            "Beira": ("MZ", None),
            "Masvingo": ("ZW", None),
            "Fort Victoria": ("ZW", None),
            "Gweru": ("ZW", None),
            "Gwelo": ("ZW", None),
            "Harare": ("ZW", None),
            "Victoria#2": None,
            "Bulawayo": ("ZW", None),
            "Bulawayo#2": ("ZW", None),
            "Kwekwe": ("ZW", None),
            "Que Que": ("ZW", None),
        },
    ),
    (
        "f",
        (
            "NUUK, Greenland — Greenland's government told Washington on Monday that the "
            'island was "not for sale or rent", after the White House said it wanted to expand '
            "the U.S. military presence at Pituffik Space Base, the former Thule Air Base in "
            "the far north-west. Copenhagen, which handles the island's foreign and defence "
            'policy, said any deal would need the approval of Nuuk. "Decisions about our land '
            "are made here, not in Washington and not in Copenhagen,\" Greenland's premier told "
            "reporters. Danish officials said Christiansborg would debate more Arctic defence "
            "spending next week. Brussels offered to open a European Union office in Nuuk, and "
            "Ottawa said it would send a coastguard ship on a friendship visit. The Kremlin "
            "accused the United States of militarising the Arctic. In Ilulissat, where tourism "
            'has boomed, residents were divided. "The Americans have been at Thule since the '
            '1950s. Nothing is new," said fisherman Hans Kleist, 63. Greenlandic students plan '
            "to march on Saturday to the U.S. consulate, which reopened in 2020."
        ),
        {
            "NUUK": ("GL", None),
            "Greenland#2": ("GL", None),
            "Washington": ("US", "DC"),
            "White House": ("US", "DC"),
            "Pituffik": ("GL", None),
            "Thule": ("GL", None),
            "Copenhagen": ("DK", None),
            "Nuuk": ("GL", None),
            "Copenhagen#2": ("DK", None),
            "Danish": ("DK", None),
            "Christiansborg": ("DK", None),
            "Brussels": ("BE", None),
            "Ottawa": ("CA", "08"),
            "Kremlin": ("RU", None),
            "Ilulissat": ("GL", None),
            "Thule#2": ("GL", None),
            "Greenlandic": ("GL", None),
        },
    ),
    (
        "g",
        (
            "ALEXANDRA, New Zealand — A late spring frost has destroyed up to half of the "
            "apricot and cherry crop in Central Otago, growers said on Tuesday, the heaviest "
            "losses in the region's orchards in more than a decade. Alexandra, a town of 6,000 "
            "that often records the country's hottest and coldest days in the same year, fell "
            "to minus 6 C before dawn on Sunday. In Cromwell, 35 km to the north-west, "
            "orchardists ran frost fans and hired helicopters to stir the air, but many "
            "blossoms were lost. Clyde, the old gold-mining town between the two, reported "
            'similar damage. "You can\'t fight the sky," said grower Alexandra McKay, 47, whose '
            "family has farmed near Roxburgh since the 1890s. Fruit from the region is trucked "
            "to Dunedin for export or flown out of Queenstown to Asia, and supermarkets in "
            "Christchurch and Auckland expect higher prices. Wellington declared the frost an "
            "adverse event, unlocking tax relief for growers. Farther south, dairy farmers "
            "around Milton and in Gore, Southland's second town, said frosted pasture would "
            "cut milk output. Growers in Canterbury, to the north, were spared. Packhouse "
            "manager Milton Reid said he would hire half the usual number of backpackers."
        ),
        {
            "ALEXANDRA": ("NZ", None),
            "Central Otago": ("NZ", None),
            "Alexandra": ("NZ", None),
            "Cromwell": ("NZ", None),
            "Clyde": ("NZ", None),
            "Alexandra#2": None,
            "Roxburgh": ("NZ", None),
            "Dunedin": ("NZ", None),
            "Queenstown": ("NZ", None),
            "Christchurch": ("NZ", None),
            "Auckland": ("NZ", None),
            "Wellington": ("NZ", None),
            "Milton": ("NZ", None),
            "Gore": ("NZ", None),
            "Southland": ("NZ", None),
            "Canterbury": ("NZ", None),
            "Milton#2": None,
        },
    ),
    (
        "h",
        (
            "VALENCIA, Venezuela — Rolling blackouts returned to Valencia on Wednesday, idling "
            "factories in Venezuela's main industrial city for up to eight hours a day, "
            "business leaders said. Valencia, the capital of Carabobo state, is home to many "
            "of the country's car, tyre and food plants, and the cuts have also hit Maracay, "
            "50 km to the east, and the port of Puerto Cabello. The state power company blamed "
            "low water behind the Guri dam in Bolívar state. Caracas, which has spared the "
            'capital from the cuts, said normal supply would return by May. "We make pasta for '
            'half the country and we cannot run the machines," said plant manager Luisa '
            "Valencia, 52. Maracaibo, in the far west, suffered the longest outages during the "
            "2019 blackout and again gets power for only part of the day. A Spanish-owned tile "
            "maker said it would move some production to its home plant in Valencia, Spain. "
            "Barquisimeto and Mérida have also had cuts. Near the city lies the battlefield of "
            "Carabobo, where Simón Bolívar defeated Spanish forces in 1821."
        ),
        {
            "VALENCIA": ("VE", None),
            "Venezuela#2": ("VE", None),
            "Valencia": ("VE", None),
            "Valencia#2": ("VE", None),
            "Carabobo": ("VE", None),
            "Maracay": ("VE", None),
            "Puerto Cabello": ("VE", None),
            "Bolívar": ("VE", None),
            "Caracas": ("VE", None),
            "Valencia#3": None,
            "Maracaibo": ("VE", None),
            "Spanish": ("ES", None),
            "Valencia#4": ("ES", None),
            "Spain": ("ES", None),
            "Barquisimeto": ("VE", None),
            "Mérida": ("VE", None),
            "Carabobo#2": ("VE", None),
            "Bolívar#2": None,
        },
    ),
    (
        "i",
        (
            "FRANKFURT AN DER ODER, Germany — Queues of up to 20 km formed on the motorway "
            "bridge between Poland and Germany on Monday after Berlin extended checks at its "
            "eastern border for another six months, and commuters in the twin towns on the "
            "Oder said their daily lives were being cut in two. Frankfurt, a city of 57,000, "
            "and Słubice, its Polish neighbour across the river, share a bus line, a "
            'university campus and a heating network. "I live in Słubice and teach in '
            'Frankfurt. Now I leave home an hour earlier," said teacher Marta Nowak, 39. '
            "Warsaw has protested, and Polish police began checks of their own at Gubin and "
            "Zgorzelec, across the river from Guben and Görlitz. Bankers in Frankfurt am Main "
            "warned that the checks would cost the economy billions. The state government of "
            "Brandenburg said it would ask for the checks to be eased, while businesses in "
            "Eisenhüttenstadt, founded in the 1950s as Stalinstadt, reported missing "
            "deliveries. Energie Cottbus, the football club, said its fans had waited four "
            "hours at the border on the way to a friendly."
        ),
        {
            "FRANKFURT AN DER ODER": ("DE", None),
            "Poland": ("PL", None),
            "Germany#2": ("DE", None),
            "Berlin": ("DE", None),
            "Frankfurt": ("DE", None),
            "Słubice": ("PL", None),
            "Słubice#2": ("PL", None),
            "Frankfurt#2": ("DE", None),
            "Warsaw": ("PL", None),
            "Gubin": ("PL", None),
            "Zgorzelec": ("PL", None),
            "Görlitz": ("DE", None),
            "Frankfurt am Main": ("DE", None),
            "Brandenburg": ("DE", None),
            "Eisenhüttenstadt": ("DE", None),
            "Stalinstadt": ("DE", None),
            "Cottbus": None,
        },
    ),
    (
        "j",
        (
            "HUE, Vietnam — Floodwaters rose to the walls of the old imperial citadel in Hue "
            "on Monday after four days of torrential rain in central Vietnam, and at least 19 "
            "people died across the region, officials said. Hue, the capital of the Nguyen "
            "dynasty until 1945, has recorded 1,200 mm of rain since Thursday, and boats "
            "replaced motorbikes in much of the city. In Hoi An, 130 km to the south, tourists "
            "were ferried out of hotels in the old town, and Da Nang airport cancelled 40 "
            "flights. Quang Tri province, to the north, reported landslides that cut the main "
            "north-south railway, and in Dong Hoi, the capital of Quang Binh, schools were "
            'closed. "The water came up to the second floor in one night," said Nguyen Thi '
            "Hue, 56, a noodle seller. Hanoi sent troops and rescue boats, and Ho Chi Minh "
            "City, once Saigon, sent a convoy of aid trucks. Quang Ngai and Laos, across the "
            "mountains, also reported flooding. Vietnamese forecasters warned of more rain by "
            "the weekend."
        ),
        {
            "HUE": ("VN", None),
            "Vietnam#2": ("VN", None),
            "Hue": ("VN", None),
            "Hue#2": ("VN", None),
            "Hoi An": ("VN", None),
            "Da Nang": ("VN", None),
            "Quang Tri": ("VN", None),
            "Dong Hoi": ("VN", None),
            "Quang Binh": ("VN", None),
            "Hue#3": None,
            "Hanoi": ("VN", None),
            "Ho Chi Minh City": ("VN", None),
            "Saigon": ("VN", None),
            "Quang Ngai": ("VN", None),
            "Laos": ("LA", None),
            "Vietnamese": ("VN", None),
        },
    ),
]

_A24 = "DEAL, England — Storm-driven w"
_B24 = "VICTORIA, British Columbia — F"
_C24 = "SPRINGFIELD, Mass. — Passenger"
_D24 = "BATUMI, Georgia — Georgia's Bl"
_E24 = "MUTARE, Zimbabwe — Maize meal "
_F24 = "NUUK, Greenland — Greenland's "
_G24 = "ALEXANDRA, New Zealand — A lat"
_H24 = "VALENCIA, Venezuela — Rolling "
_I24 = "FRANKFURT AN DER ODER, Germany"
_J24 = "HUE, Vietnam — Floodwaters ros"
BATCH_24_XFAIL: dict[tuple[str, str], str] = {
    (_A24, "Kent"): ("first run on 75ee82f: 'Kent' not found as a place (overlap: None)"),
    (_A24, "Deal#3"): ("first run on 75ee82f: 'Deal#3' should be no place, got Deal (GB, ENG)"),
    (_B24, "Sidney"): ("first run on 75ee82f: 'Sidney' Port Orchard in US"),
    (_B24, "Sidney#2"): ("first run on 75ee82f: 'Sidney#2' Port Orchard in US"),
    (_B24, "Hope#2"): ("first run on 75ee82f: 'Hope#2' not found as a place (overlap: None)"),
    (_C24, "Worcester#2"): (
        "first run on 75ee82f: 'Worcester#2' not found as a place (overlap: None)"
    ),
    (_D24, "Turkish"): ("first run on 75ee82f: 'Turkish' not found as a place (overlap: None)"),
    (_F24, "Thule"): ("first run on 75ee82f: 'Thule' not found as a place (overlap: None)"),
    (_F24, "Christiansborg"): (
        "first run on 75ee82f: 'Christiansborg' not found as a place (overlap: None)"
    ),
    (_F24, "Greenlandic"): (
        "first run on 75ee82f: 'Greenlandic' not found as a place (overlap: None)"
    ),
    (_G24, "ALEXANDRA"): ("first run on 75ee82f: 'ALEXANDRA' Alexandra in AU"),
    (_G24, "Alexandra"): ("first run on 75ee82f: 'Alexandra' Alexandra in AU"),
    (_G24, "Auckland"): ("first run on 75ee82f: 'Auckland' not found as a place (overlap: None)"),
    (_G24, "Canterbury"): ("first run on 75ee82f: 'Canterbury' Canterbury in AU"),
    (_H24, "Maracaibo"): ("first run on 75ee82f: 'Maracaibo' not found as a place (overlap: None)"),
    (_I24, "Stalinstadt"): (
        "first run on 75ee82f: 'Stalinstadt' not found as a place (overlap: None)"
    ),
    (_J24, "Quang Binh"): (
        "first run on 75ee82f: 'Quang Binh' not found as a place (overlap: None)"
    ),
    (_J24, "Quang Ngai"): (
        "first run on 75ee82f: 'Quang Ngai' not found as a place (overlap: None)"
    ),
}
BATCH_24_NAMES = _named_params(24, BATCH_24, BATCH_24_XFAIL)


# Written before running the pipeline on them, in ten regions and topics batches 21-24 do not
# cover, each keyed name a (country code, GeoNames admin1 code or None) pair, or None when the
# mention must not be taken as a place; "Name#2" is the second occurrence of the exact string
# in the text (the dateline included, and occurrences inside longer names counted, as in 'the
# London Knights'). (a) a flood on the Thames in Ontario: 'LONDON, Ontario' and London twice
# for that city beside 'The London Knights' (the hockey club) and London, England, Toronto,
# Detroit (Michigan), Chatham, Stratford and Windsor (all named like English towns), Paris the
# Ontario town opening a sentence, a baker named Sydney, Kitchener, Woodstock (the festival
# was in New York), Sarnia, Ottawa and Queen's Park as governments; (b) the
# Tay in flood at Perth: 'PERTH, Scotland' and Perth three times for the Scottish city beside
# Perth, Western Australia, Scotland's kings, Dundee, Pitlochry, Aberfeldy, Inverness, Crieff,
# Blairgowrie, St Johnstone the football club (no place, though a Johnstone exists), Holyrood
# and Edinburgh for the Scottish government, Westminster for the British one, a farmer named
# Murray (a river in Australia); (c) a signal failure on the Great Western line: 'READING,
# England' and Reading twice for the town (once in 'Reading station') beside 'Reading the
# departure board' opening a quoted sentence, Bath twice for the city (once opening a
# sentence) beside Bath Rugby, London twice, a nurse named Chelsea, Swindon, Paddington,
# Slough, Oxford, Didcot, Bristol, Twyford, Cardiff in Wales; (d) a hurricane on the Alabama
# coast: 'MOBILE, Ala.' and Mobile twice for the city (once opening a sentence) beside 'Mobile
# phone networks' opening a sentence, Dauphin Island, Daphne (a first name too) opening a
# sentence, Fairhope, Pensacola and Florida, Biloxi, Gulfport and Mississippi (the state, not
# the river), a waitress named Savannah, Montgomery and Washington as governments, New
# Orleans, Alabama; (e) a ferry from Lebanon's Tripoli: 'TRIPOLI, Lebanon' and Tripoli three
# times for the Lebanese city beside Tripoli in Libya, Lebanon twice, Beirut as a place and
# as the government, Mersin and Turkish, Homs, Hama, Syria and Damascus as the government,
# Akkar, Byblos (Jbeil), Batroun; (f) a football title in Argentina: 'CÓRDOBA, Argentina' and
# Córdoba twice for the Argentine city beside Córdoba in Spain, the clubs Belgrano (a general
# and a district of Buenos Aires) and Real Madrid, a bus driver named Rosario beside the city
# of Rosario, Santiago del Estero beside Santiago, Chile, Argentine and Argentina, Buenos Aires,
# the Casa Rosada as the government, Río Cuarto and Villa María with their accents; (g) a metro
# in Hyderabad: 'HYDERABAD, India' and Hyderabad twice for the Indian city beside the
# Sunrisers Hyderabad cricket team and Hyderabad in Sindh twice, Telangana, Indian, Bengaluru
# once Bangalore, Secunderabad, New Delhi as the government, Chennai once Madras, Warangal,
# Pakistan, Karachi; (h) a cold snap in Kazakhstan, told with its former names: 'ASTANA,
# Kazakhstan' and Astana as a place, opening a sentence and as the government beside the
# Astana cycling team, Tselinograd and Nur-Sultan (hyphenated) for Astana, Almaty once
# Alma-Ata, Oskemen still Ust-Kamenogorsk, Ekibastuz, Ulaanbaatar, Russian and the Kremlin,
# Spain; (i) the race from Marathon: 'MARATHON, Greece' and Marathon twice for the town (once
# opening a sentence) beside 'Marathon running' opening a sentence, Athens three times as a
# place and once as the government, Greece, Greek, Nea Makri, Pikermi, Sparta, a Kenyan
# runner named Florence and a Greek runner named Olympia, Ethiopian; (j) a tug strike at the
# coal port of Newcastle in New South Wales: 'NEWCASTLE, Australia' and Newcastle three times
# for it beside the Newcastle Knights (the rugby league club) and Newcastle upon Tyne in
# England, New South Wales, Sydney the city (a person in (a)), a businesswoman named Adelaide,
# Canberra as the government, Maitland, Muswellbrook, Gladstone (a surname too) and
# Queensland, Japan.
# Decisions (as in batches 7-24): a dateline is a place; a club or team named after a place is
# no place ('The London Knights', 'St Johnstone', 'Bath Rugby', 'Belgrano', 'Real Madrid',
# 'the Sunrisers Hyderabad cricket team', 'the Astana cycling team', 'the Newcastle Knights'),
# nor a person's first name (Sydney Clarke, Murray Scott, Chelsea Ward, Savannah Price, Rosario
# Díaz, Florence Chepkoech, Olympia Karali, Adelaide Brooks), nor a sentence-initial word that
# is no place ('Reading the departure board', 'Mobile phone networks', 'Marathon running');
# a town opening a sentence is a place (Paris, Woodstock, Windsor, Perth, Reading, Bath,
# Mobile, Daphne, Tripoli, Córdoba, Hyderabad, Astana, Almaty, Marathon, Newcastle), and so
# is a town's station ('Reading station'); a nationality adjective is its country (Turkish,
# Argentine, Indian, Russian, Greek, Kenyan, Ethiopian); a capital or a building named for
# its government is the capital's place (Ottawa, Queen's Park, Holyrood, Edinburgh,
# Westminster, Montgomery, Washington, Beirut, Damascus, the Casa Rosada, New Delhi, Astana,
# the Kremlin, Athens, Canberra); a former name is the current place (Bangalore is Bengaluru,
# Madras Chennai, Tselinograd and Nur-Sultan Astana, Alma-Ata Almaty, Ust-Kamenogorsk
# Oskemen); a town named like a bigger or better-known place is the town the text means
# (London, Paris, Stratford, Windsor, Chatham and Woodstock in Ontario; Perth in Scotland
# until the text names Western Australia; Tripoli in Lebanon until it names Libya; Córdoba in
# Argentina until it names Spain; Hyderabad in India until it names Sindh; Newcastle in New
# South Wales until it names Newcastle upon Tyne; Daphne, Montgomery and Mobile in Alabama).
# Not keyed: rivers, lakes, parks, coasts, valleys and stadiums (the Thames River, the Grand
# River, the River Tay, the North Inch, the Gulf Coast, the Hussain Sagar lake, the Irtysh, the
# Panathenaic Stadium, the Hunter Valley), the Great Western main line, Big Ben, Talleres (a
# club whose name is no place), countries, provinces and states in datelines ('Ontario',
# 'Scotland', 'Ala.', 'Lebanon', 'Kazakhstan' ...), 'Kazakh' (its string also opens
# 'Kazakhstan'), plural demonyms (Persians), the Olympics, and easy names left out to keep
# the batch near 170 (England in the quote in (a), Holyrood the second time, Birmingham,
# Turkish the second time, Belgrano the second time, Mumbai, Pavlodar, Russian the second
# time, South Korea, China). 175 names are keyed.
# Admin1 codes are GeoNames': US two-letter states (MI, AL, FL, MS, DC, LA); GB ENG England,
# SCT Scotland, WLS Wales; CA 08 Ontario; AU 01 Australian Capital Territory, 02 New South
# Wales, 04 Queensland, 08 Western Australia. All other countries are checked at country
# level (Lebanon, Turkey, Libya, Syria, Argentina, Chile, Spain, India, Pakistan, Kazakhstan,
# Mongolia, Russia, Greece, Kenya, Ethiopia, Japan), whose codes were not certain enough to
# key.
BATCH_25: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "LONDON, Ontario — The Thames River rose nearly three metres in two days of "
            "heavy rain, flooding parkland and basements in the west end of London and closing "
            "six bridges, city officials said on Wednesday. London, a city of 420,000 halfway "
            "between Toronto and Detroit, has not seen such a flood since 1937. Downstream, "
            "Chatham braced for the crest on Friday, and farmers near Stratford said fields "
            "sown last week were under water. Paris, a town of 14,000 on the Grand River, "
            'closed its main street as a precaution. "My cousins in England keep asking '
            'whether Big Ben is under water," said Sydney Clarke, 34, who runs a bakery near '
            "the forks of the river. The London Knights moved Thursday's hockey game to "
            "Kitchener. Ottawa sent military engineers, and Queen's Park promised emergency "
            "money. Woodstock, 45 km to the east, opened its arena to evacuees, and Sarnia "
            "sent pumps. Windsor, at the far end of the highway, was spared. Relatives in "
            "London, England, followed the news online."
        ),
        {
            "LONDON": ("CA", "08"),
            "London": ("CA", "08"),
            "Toronto": ("CA", "08"),
            "Detroit": ("US", "MI"),
            "London#2": ("CA", "08"),
            "Chatham": ("CA", "08"),
            "Stratford": ("CA", "08"),
            "Paris": ("CA", "08"),
            "Sydney": None,
            "London#3": None,
            "Kitchener": ("CA", "08"),
            "Ottawa": ("CA", "08"),
            "Queen's Park": ("CA", "08"),
            "Woodstock": ("CA", "08"),
            "Sarnia": ("CA", "08"),
            "Windsor": ("CA", "08"),
            "London#4": ("GB", "ENG"),
            "England#2": ("GB", "ENG"),
        },
    ),
    (
        "b",
        (
            "PERTH, Scotland — The River Tay burst its banks in Perth on Sunday for the "
            "second time this winter, flooding the North Inch park and closing the main road "
            "to Dundee. Perth, a city of 47,000 that was once the seat of Scotland's kings, "
            "has spent millions on flood walls since the great flood of 1993. Upstream, "
            "Pitlochry and Aberfeldy were cut off for several hours, and trains between Perth "
            "and Inverness were cancelled. St Johnstone postponed Saturday's home match, and "
            "Crieff and Blairgowrie opened church halls to people forced from their homes. "
            '"Holyrood keeps promising money for defences and Westminster keeps blaming '
            'Holyrood," said sheep farmer Murray Scott, 58, whose fields lie under a metre of '
            "water. Edinburgh said it would send an emergency team on Monday. A family "
            "visiting from Perth, Western Australia, said they had flown 15,000 km to see the "
            "rain."
        ),
        {
            "PERTH": ("GB", "SCT"),
            "Perth": ("GB", "SCT"),
            "Dundee": ("GB", "SCT"),
            "Perth#2": ("GB", "SCT"),
            "Scotland#2": ("GB", "SCT"),
            "Pitlochry": ("GB", "SCT"),
            "Aberfeldy": ("GB", "SCT"),
            "Perth#3": ("GB", "SCT"),
            "Inverness": ("GB", "SCT"),
            "St Johnstone": None,
            "Crieff": ("GB", "SCT"),
            "Blairgowrie": ("GB", "SCT"),
            "Holyrood": ("GB", "SCT"),
            "Westminster": ("GB", "ENG"),
            "Murray": None,
            "Edinburgh": ("GB", "SCT"),
            "Perth#4": ("AU", "08"),
            "Western Australia": ("AU", "08"),
        },
    ),
    (
        "c",
        (
            "READING, England — Reading station was closed for most of Monday after a signal "
            "failure west of London left thousands of passengers stranded on the Great Western "
            "main line, rail officials said. Reading, 60 km west of the capital, is the "
            "busiest interchange on the line, and the queue for taxis stretched round the "
            'block. "Reading the departure board was pointless, because every train just said '
            'delayed," said Chelsea Ward, 27, a nurse trying to get to work in Swindon. Trains '
            "from Paddington terminated at Slough, and passengers for Oxford were put on buses "
            "at Didcot. Services to Bristol and Bath were cancelled until late afternoon, and "
            "Bath Rugby supporters travelling to a match in London had to hire coaches. Bath, "
            "where hotels depend on weekend visitors, said the day had cost local businesses "
            "thousands of pounds. Passengers bound for Cardiff were told to travel by way of "
            "Birmingham. Engineers replaced a burnt-out cable near Twyford, and trains began "
            "running again at 5 p.m."
        ),
        {
            "READING": ("GB", "ENG"),
            "Reading": ("GB", "ENG"),
            "London": ("GB", "ENG"),
            "Reading#2": ("GB", "ENG"),
            "Reading#3": None,
            "Chelsea": None,
            "Swindon": ("GB", "ENG"),
            "Paddington": ("GB", "ENG"),
            "Slough": ("GB", "ENG"),
            "Oxford": ("GB", "ENG"),
            "Didcot": ("GB", "ENG"),
            "Bristol": ("GB", "ENG"),
            "Bath": ("GB", "ENG"),
            "Bath#2": None,
            "London#2": ("GB", "ENG"),
            "Bath#3": ("GB", "ENG"),
            "Cardiff": ("GB", "WLS"),
            "Twyford": ("GB", "ENG"),
        },
    ),
    (
        "d",
        (
            "MOBILE, Ala. — Hurricane Tobias made landfall near Dauphin Island early on "
            "Tuesday with winds of 165 km/h, flooding downtown Mobile and cutting power to "
            "300,000 homes along the Gulf Coast. Mobile, a port city of 185,000, had ordered "
            "low-lying neighbourhoods evacuated on Monday. Mobile phone networks failed across "
            "much of the county for several hours, leaving families unable to reach relatives. "
            "Daphne, across the bay, lost its fishing pier, and the streets of Fairhope were "
            "under a metre of water. In Pensacola, Florida, 90 km to the east, the storm tore "
            "the roofs off two hotels, and casinos in Biloxi and Gulfport, Mississippi, closed "
            'for a second day. "We rode it out in the bathtub with the dog," said Savannah '
            "Price, 31, a waitress. Montgomery declared a state of emergency for six counties, "
            "and Washington approved federal disaster aid on Tuesday evening. New Orleans, "
            "which had braced for a direct hit, escaped with heavy rain. Alabama's governor "
            "toured the damage by helicopter."
        ),
        {
            "MOBILE": ("US", "AL"),
            "Dauphin Island": ("US", "AL"),
            "Mobile": ("US", "AL"),
            "Mobile#2": ("US", "AL"),
            "Mobile#3": None,
            "Daphne": ("US", "AL"),
            "Fairhope": ("US", "AL"),
            "Pensacola": ("US", "FL"),
            "Florida": ("US", "FL"),
            "Biloxi": ("US", "MS"),
            "Gulfport": ("US", "MS"),
            "Mississippi": ("US", "MS"),
            "Savannah": None,
            "Montgomery": ("US", "AL"),
            "Washington": ("US", "DC"),
            "New Orleans": ("US", "LA"),
            "Alabama": ("US", "AL"),
        },
    ),
    (
        "e",
        (
            "TRIPOLI, Lebanon — A ferry service between Tripoli and the Turkish port of "
            "Mersin resumed on Thursday after a three-year pause, bringing some hope to "
            "traders in Lebanon's poorest city. Tripoli, 85 km north of Beirut, has long "
            "complained that the capital gets all the investment, and Beirut has promised this "
            'year to dredge the harbour. "Please write Tripoli in Lebanon, not Tripoli in '
            'Libya. Our customers keep booking the wrong flights," said shipping agent Omar '
            "Dandashi. Lorries from Homs and Hama in Syria queued at the port gates to load "
            "onto the first sailing, and farmers in Akkar hope to sell potatoes to Turkish "
            "buyers. Damascus welcomed the link, which cuts days off the overland journey. "
            "Byblos and Batroun, further down the coast, have asked for a stop of their own. "
            "The ferry, which carries 300 passengers and 80 lorries, will sail twice a week."
        ),
        {
            "TRIPOLI": ("LB", None),
            "Tripoli": ("LB", None),
            "Turkish": ("TR", None),
            "Mersin": ("TR", None),
            "Lebanon#2": ("LB", None),
            "Tripoli#2": ("LB", None),
            "Beirut": ("LB", None),
            "Beirut#2": ("LB", None),
            "Tripoli#3": ("LB", None),
            "Lebanon#3": ("LB", None),
            "Tripoli#4": ("LY", None),
            "Libya": ("LY", None),
            "Homs": ("SY", None),
            "Hama": ("SY", None),
            "Syria": ("SY", None),
            "Akkar": ("LB", None),
            "Damascus": ("SY", None),
            "Byblos": ("LB", None),
            "Batroun": ("LB", None),
        },
    ),
    (
        "f",
        (
            "CÓRDOBA, Argentina — Tens of thousands of fans filled the streets of Córdoba "
            "on Sunday night after Belgrano, one of the city's two big football clubs, won the "
            "Argentine league for the first time, beating a club from Buenos Aires 2-1 in the "
            "final. Córdoba, Argentina's second-largest city, has long resented the grip of "
            "the capital's clubs on the game. The Casa Rosada sent its congratulations, and "
            "fans drove in from Río Cuarto and Villa María to join the party. Supporters of "
            "Talleres, the city's other big club, stayed at home. \"I waited 50 years for "
            'this," said Rosario Díaz, 52, a bus driver who travelled to Rosario, where the '
            "final was played. Belgrano's coach, a former Real Madrid defender, was carried on "
            "the players' shoulders. Fans in Santiago del Estero, and even in Santiago, Chile, "
            "held parties of their own. In Spain, the mayor of Córdoba congratulated the club "
            "on social media."
        ),
        {
            "CÓRDOBA": ("AR", None),
            "Córdoba": ("AR", None),
            "Belgrano": None,
            "Argentine": ("AR", None),
            "Buenos Aires": ("AR", None),
            "Córdoba#2": ("AR", None),
            "Argentina#2": ("AR", None),
            "Casa Rosada": ("AR", None),
            "Río Cuarto": ("AR", None),
            "Villa María": ("AR", None),
            "Rosario": None,
            "Rosario#2": ("AR", None),
            "Real Madrid": None,
            "Santiago del Estero": ("AR", None),
            "Santiago#2": ("CL", None),
            "Chile": ("CL", None),
            "Spain": ("ES", None),
            "Córdoba#3": ("ES", None),
        },
    ),
    (
        "g",
        (
            "HYDERABAD, India — Hyderabad opened the first 12-km stretch of its airport "
            "metro line on Monday, cutting the trip from the old city to the airport to 35 "
            "minutes. Hyderabad, the capital of Telangana and home to the Indian campuses of "
            "several global tech firms, has been racing Bengaluru, which many still call "
            "Bangalore, for investment. A second line will link Secunderabad, the old British "
            "cantonment across the Hussain Sagar lake, by 2029. New Delhi paid a fifth of the "
            "cost. Players of the Sunrisers Hyderabad cricket team rode the first train. "
            "Chennai, once Madras, and Mumbai are building similar lines, and Warangal has "
            "asked for a suburban rail link. In Pakistan, the city of Hyderabad in Sindh "
            'province is still waiting for a bus rapid transit line. "We share a name and a '
            'biryani, but not a metro," said Ali Raza, a teacher who commutes between '
            "Hyderabad and Karachi."
        ),
        {
            "HYDERABAD": ("IN", None),
            "Hyderabad": ("IN", None),
            "Hyderabad#2": ("IN", None),
            "Telangana": ("IN", None),
            "Indian": ("IN", None),
            "Bengaluru": ("IN", None),
            "Bangalore": ("IN", None),
            "Secunderabad": ("IN", None),
            "New Delhi": ("IN", None),
            "Hyderabad#3": None,
            "Chennai": ("IN", None),
            "Madras": ("IN", None),
            "Warangal": ("IN", None),
            "Pakistan": ("PK", None),
            "Hyderabad#4": ("PK", None),
            "Sindh": ("PK", None),
            "Hyderabad#5": ("PK", None),
            "Karachi": ("PK", None),
        },
    ),
    (
        "h",
        (
            "ASTANA, Kazakhstan — Temperatures fell to minus 45 degrees Celsius on Tuesday "
            "in Astana, where schools were closed and buses ran half-empty along the capital's "
            "frozen boulevards. Astana, called Tselinograd in Soviet times and Nur-Sultan from "
            "2019 to 2022, is the second-coldest capital in the world after Ulaanbaatar. A "
            "boiler failure left 40,000 people without heating in Ekibastuz, and power plants "
            "in Pavlodar burned coal around the clock. Almaty, the former capital once known "
            "as Alma-Ata, was spared the worst of the cold, but smog kept flights grounded. In "
            "Oskemen, still marked as Ust-Kamenogorsk on many Russian maps, the Irtysh froze "
            "in two days. Astana ordered regional governors to keep power stations running at "
            "full load, and the Kremlin offered to send electricity through the Russian grid. "
            "Riders of the Astana cycling team, training in Spain, posted pictures from the "
            "sunshine. Forecasters said the cold would ease by the weekend."
        ),
        {
            "ASTANA": ("KZ", None),
            "Astana": ("KZ", None),
            "Astana#2": ("KZ", None),
            "Tselinograd": ("KZ", None),
            "Nur-Sultan": ("KZ", None),
            "Ulaanbaatar": ("MN", None),
            "Ekibastuz": ("KZ", None),
            "Almaty": ("KZ", None),
            "Alma-Ata": ("KZ", None),
            "Oskemen": ("KZ", None),
            "Ust-Kamenogorsk": ("KZ", None),
            "Russian": ("RU", None),
            "Astana#3": ("KZ", None),
            "Kremlin": ("RU", None),
            "Astana#4": None,
            "Spain": ("ES", None),
        },
    ),
    (
        "i",
        (
            "MARATHON, Greece — More than 20,000 runners set off from Marathon on Sunday on "
            "the 42-km course to the Panathenaic Stadium in Athens, following the road of the "
            "messenger who, legend says, ran to announce victory over the Persians in 490 BC. "
            "Marathon, a town of 9,000 on the plain where the battle was fought, lays on "
            "breakfast for the runners every year. Marathon running has boomed in Greece since "
            "the 2004 Olympics, organisers said. The course climbs through Nea Makri and "
            "Pikermi before dropping into Athens, where crowds lined the last few kilometres. "
            "Kenyan runner Florence Chepkoech, 29, won the women's race in 2 hours 27 minutes, "
            "and Greek runner Olympia Karali finished fourth. The men's race went to an "
            "Ethiopian, Tesfaye Alemu, for the second year running. Athens has promised to "
            "repave the course before next year's race. Next weekend, 400 ultra-runners will "
            "race 246 km from Athens to Sparta."
        ),
        {
            "MARATHON": ("GR", None),
            "Marathon": ("GR", None),
            "Athens": ("GR", None),
            "Marathon#2": ("GR", None),
            "Marathon#3": None,
            "Greece#2": ("GR", None),
            "Nea Makri": ("GR", None),
            "Pikermi": ("GR", None),
            "Athens#2": ("GR", None),
            "Kenyan": ("KE", None),
            "Florence": None,
            "Greek": ("GR", None),
            "Olympia": None,
            "Ethiopian": ("ET", None),
            "Athens#3": ("GR", None),
            "Athens#4": ("GR", None),
            "Sparta": ("GR", None),
        },
    ),
    (
        "j",
        (
            "NEWCASTLE, Australia — Coal exports from Newcastle, the world's biggest coal "
            "port, were halted for a third day on Friday as a strike by tugboat crews left 40 "
            "bulk carriers waiting at anchor off the coast of New South Wales. Newcastle, 160 "
            "km north of Sydney, ships coal from the mines of the Hunter Valley to Japan, "
            'South Korea and China. Canberra urged both sides to accept mediation. "Every day '
            'those ships sit out there costs us money," said Adelaide Brooks, 45, who runs a '
            "marine supply firm. Mines near Maitland and Muswellbrook cut shifts, and players "
            "of the Newcastle Knights rugby league team brought pies to the picket line. "
            "Newcastle takes its name from Newcastle upon Tyne, the old coal port in the north "
            "of England. Some ships were diverted to Gladstone, in Queensland, where the port "
            "said it could take six more."
        ),
        {
            "NEWCASTLE": ("AU", "02"),
            "Newcastle": ("AU", "02"),
            "New South Wales": ("AU", "02"),
            "Newcastle#2": ("AU", "02"),
            "Sydney": ("AU", "02"),
            "Japan": ("JP", None),
            "Canberra": ("AU", "01"),
            "Adelaide": None,
            "Maitland": ("AU", "02"),
            "Muswellbrook": ("AU", "02"),
            "Newcastle#3": None,
            "Newcastle#4": ("AU", "02"),
            "Newcastle upon Tyne": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Gladstone": ("AU", "04"),
            "Queensland": ("AU", "04"),
        },
    ),
]

_A25 = "LONDON, Ontario — The Thames R"
_B25 = "PERTH, Scotland — The River Ta"
_C25 = "READING, England — Reading sta"
_D25 = "MOBILE, Ala. — Hurricane Tobia"
_E25 = "TRIPOLI, Lebanon — A ferry ser"
_F25 = "CÓRDOBA, Argentina — Tens of t"
_G25 = "HYDERABAD, India — Hyderabad o"
_H25 = "ASTANA, Kazakhstan — Temperatu"
_I25 = "MARATHON, Greece — More than 2"
_J25 = "NEWCASTLE, Australia — Coal ex"
BATCH_25_XFAIL: dict[tuple[str, str], str] = {
    (_A25, "Chatham"): ("first run on 810797c: 'Chatham' Chatham in GB"),
    (_A25, "London#3"): (
        "first run on 810797c: 'London#3' should be no place, got London (CA, 08)"
    ),
    (_A25, "Queen's Park"): (
        'first run on 810797c: "Queen\'s Park" not found as a place (overlap: None)'
    ),
    (_A25, "Windsor"): ("first run on 810797c: 'Windsor' not found as a place (overlap: None)"),
    (_B25, "Holyrood"): ("first run on 810797c: 'Holyrood' not found as a place (overlap: None)"),
    (_B25, "Westminster"): ("first run on 810797c: 'Westminster' Westminster in AU"),
    (_B25, "Edinburgh"): ("first run on 810797c: 'Edinburgh' not found as a place (overlap: None)"),
    (_C25, "Reading#3"): (
        "first run on 810797c: 'Reading#3' should be no place, got Reading (GB, ENG)"
    ),
    (_C25, "Paddington"): ("first run on 810797c: 'Paddington' Paddington in AU"),
    (_D25, "Mobile#3"): (
        "first run on 810797c: 'Mobile#3' should be no place, got Mobile (US, AL)"
    ),
    (_D25, "Daphne"): ("first run on 810797c: 'Daphne' not found as a place (overlap: None)"),
    (_E25, "Byblos"): ("first run on 810797c: 'Byblos' not found as a place (overlap: None)"),
    (_F25, "Buenos Aires"): (
        "first run on 810797c: 'Buenos Aires' not found as a place (overlap: None)"
    ),
    (_F25, "Casa Rosada"): (
        "first run on 810797c: 'Casa Rosada' not found as a place (overlap: None)"
    ),
    (_F25, "Rosario#2"): ("first run on 810797c: 'Rosario#2' not found as a place (overlap: None)"),
    (_F25, "Córdoba#3"): ("first run on 810797c: 'Córdoba#3' Córdoba in AR"),
    (_G25, "Hyderabad#5"): ("first run on 810797c: 'Hyderabad#5' Hyderābād in IN"),
    (_H25, "Ulaanbaatar"): (
        "first run on 810797c: 'Ulaanbaatar' not found as a place (overlap: None)"
    ),
    (_H25, "Astana#4"): (
        "first run on 810797c: 'Astana#4' should be no place, got Astana (KZ, 05)"
    ),
    (_I25, "Marathon#3"): (
        "first run on 810797c: 'Marathon#3' should be no place, got Marathónas (GR, ESYE31)"
    ),
}
BATCH_25_NAMES = _named_params(25, BATCH_25, BATCH_25_XFAIL)


# --- batch 26 (blind) -----------------------------------------------------------------------------
# Trap articles for batch 26, written before running the pipeline on them, in ten regions and
# topics batches 21-25 do not cover; each keyed name is a (country code, GeoNames admin1 code or
# None) pair, or None when the mention must not be taken as a place; "Name#2" is the second
# occurrence of the exact string in the text (the dateline included, and occurrences inside longer
# names counted, as in 'the Buffalo Bills' or 'Lake Erie'). (a) lake-effect snow in Buffalo:
# 'BUFFALO, N.Y.' and Buffalo twice for the city (once opening a sentence) beside the Buffalo
# Bills (the football club), Hamburg the town south of the city (a far bigger Hamburg in Germany)
# opening a sentence, Orchard Park, Cheektowaga, Lackawanna, Rochester, Syracuse (named like the
# Sicilian city), Albany and Washington as governments, Erie the Pennsylvania city after 'Lake
# Erie' (the lake, not keyed, holds the first 'Erie'), Niagara Falls, Toronto, Detroit (where the
# game moves), a plough driver named Dallas; (b) a flash flood in Nice: 'NICE, France' and Nice
# twice for the city (once opening a sentence) beside '"Nice weather for ducks' opening a quoted
# sentence and the football club OGC Nice, France the second time, Cannes, Menton, Monaco,
# Villefranche-sur-Mer and Saint-Laurent-du-Var (hyphenated), a tour guide named Florence,
# Marseille (the opposing club's city, named as a place), Antibes, Paris and the Elysee as the
# government, Italian, Genoa; (c) a tornado in Athens, Georgia: 'ATHENS, Ga.' and Athens twice for
# the college town (once opening a sentence) beside Athens in Greece, Georgia four times (inside
# 'the University of Georgia', not keyed; inside 'the Georgia Bulldogs', the football team, no
# place; the state; the country, 'the other Georgia'), Atlanta as the state government's seat,
# Macon, Gainesville (one in Florida too), Savannah the city beside a student named Savannah, Rome
# the Georgia town opening a sentence, Tbilisi, Greece, Washington as the government; (d)
# bushfires in Victoria: 'MELBOURNE, Australia' and Melbourne twice for the city beside Melbourne
# Victory (the football club) and Melbourne in Florida, Victoria for the state beside a nurse
# named Victoria and the capital of British Columbia, Daylesford, Ballarat, Bendigo, Geelong,
# Canberra as the government, Sydney, New South Wales, Florida; (e) a blackout in San Jose: 'SAN
# JOSE, Calif.' and San Jose twice for the city beside the San Jose Sharks (the hockey club) and
# San José in Costa Rica, Santa Clara, Cupertino, Milpitas, Fremont, Palo Alto, Sacramento as the
# state government, Oakland, Fresno, San Francisco, Costa Rica; (f) a nor'easter in Portland,
# Maine: 'PORTLAND, Maine' and Portland twice for the city beside Portland in Oregon, Maine the
# second time, Nova Scotia, Halifax, Bath (the Maine shipyard town, an English city too) opening a
# sentence, Brunswick (a German city too) and Lewiston, Augusta as the state government beside a
# fisherman's wife named Augusta, Bangor (a Welsh town too), Boston, Old Orchard Beach, New
# Hampshire, Oregon; (g) drought in Kingston, Jamaica: 'KINGSTON, Jamaica' and Kingston twice for
# the city beside Kingston upon Thames (its 'Kingston' not keyed on its own) and Kingston in
# Ontario, Spanish Town, Portmore, Montego Bay, Ocho Rios, Mandeville, Port Antonio, Jamaican,
# London, Ontario, Cuba, Haiti; (h) a storm surge in Alexandria: 'ALEXANDRIA, Egypt' and
# Alexandria twice for the city beside Alexandria in Virginia, Cairo as the government, Port Said,
# Damietta, Rosetta (the former name of Rashid, both keyed), Marsa Matruh, Abu Qir, Egyptian,
# Greek, Virginia, Libya, Tanta; (i) a leather slump in León, Mexico: 'LEÓN, Mexico' and León
# twice for the city beside the football club Club León and León in Spain, Guanajuato (the state),
# Silao, Irapuato, Celaya, Guadalajara, Mexico City as the government, Aguascalientes, Mexican,
# Chinese, Vietnamese, Spain, Italian; (j) a cyclone in Darwin: 'DARWIN, Australia' and Darwin
# twice for the city beside the naturalist Charles Darwin, Katherine the town beside a nurse named
# Katherine, Palmerston (a New Zealand town and a British prime minister too), Alice Springs, the
# Northern Territory, Canberra as the government, Dili and Timor-Leste, Indonesian, Kupang,
# Jakarta; the Royal Darwin Hospital's 'Darwin' is not keyed. Decisions (as in batches 7-25): a
# dateline is a place; a club or team named after a place is no place ('the Buffalo Bills', 'OGC
# Nice', 'the Georgia Bulldogs', 'Melbourne Victory', 'the San Jose Sharks', 'Club León'), nor a
# person's first name (Dallas Moore, Florence Martin, Savannah Price, Victoria Nguyen, Augusta
# Pelletier, Katherine Walsh) or surname (Charles Darwin), nor a sentence-initial word that is no
# place ('"Nice weather for ducks'); a town opening a sentence is a place (Buffalo, Hamburg, Nice,
# Athens, Rome, Bath, Portland, Kingston, Alexandria, León, Katherine); a nationality adjective is
# its country (Italian, Jamaican, Egyptian, Greek, Mexican, Chinese, Indonesian); a capital or a
# building named for its government is the capital's place (Albany, Washington, Paris, the Elysee,
# Atlanta, Canberra, Sacramento, Augusta, Cairo, Mexico City); a former name is the current place
# (Rosetta is Rashid); a town named like a bigger or better-known place is the town the text means
# (Hamburg, Syracuse and Rome in New York and Georgia; Athens in Georgia until the text names
# Greece; Melbourne in Victoria until it names Florida; Victoria the Australian state until it
# names British Columbia; San Jose in California, San José with its accent in Costa Rica; Portland
# in Maine until it names Oregon; Bath, Brunswick and Bangor in Maine; Kingston in Jamaica until
# it names Ontario; Alexandria in Egypt until it names Virginia; León in Mexico until it names
# Spain; Palmerston and Katherine in the Northern Territory). Not keyed: lakes, rivers, seas,
# regions, valleys, stadiums, universities and parks (Lake Erie, the Kennebec, the Mediterranean,
# Silicon Valley, the Old Port, the Nile, the University of Georgia, the Thruway), countries,
# provinces and states in datelines ('N.Y.', 'France', 'Ga.', 'Australia', 'Calif.', 'Maine',
# 'Jamaica', 'Egypt', 'Mexico'), 'Jamaica' and 'Mexico' elsewhere (their strings also open
# 'Jamaican' and 'Mexico City'), the 'Kingston' inside 'Kingston upon Thames' on its own, the
# 'Darwin' of the Royal Darwin Hospital. 166 names are keyed. Admin1 codes are GeoNames': US
# two-letter states (NY, PA, MI, DC, GA, FL, CA, ME, NH, MA, OR, VA); GB ENG England; CA 02
# British Columbia, 07 Nova Scotia, 08 Ontario; AU 01 Australian Capital Territory, 02 New South
# Wales, 03 Northern Territory, 07 Victoria. All other countries are checked at country level
# (France, Monaco, Italy, Greece, Georgia, Costa Rica, Jamaica, Egypt, Libya, Cuba, Haiti, Mexico,
# Spain, China, Vietnam, Timor-Leste, Indonesia), whose codes were not certain enough to key.
BATCH_26: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "BUFFALO, N.Y. — Lake-effect snow buried Buffalo under more than a metre and a "
            "half of snow by Sunday, stranding drivers on the Thruway and closing schools for "
            "a third day, officials said. Buffalo, a city of 275,000 at the eastern end of "
            "Lake Erie, is used to heavy snow, but not this much this early. The Buffalo Bills "
            "moved Sunday's game to Detroit. Hamburg, a suburb south of the city, measured 1.9 "
            "metres, and Orchard Park, Cheektowaga and Lackawanna asked residents not to drive. "
            '"I have been plowing for 30 hours and the street fills in behind me," said '
            "Dallas Moore, 45, a city plough driver. Rochester and Syracuse escaped with a "
            "dusting. Albany sent 200 National Guard troops, and Washington approved federal "
            "emergency aid. Erie, Pennsylvania, sent six ploughs up the interstate. Traffic "
            "from Niagara Falls, N.Y., across the border to Toronto was slowed by blowing snow."
        ),
        {
            "BUFFALO": ("US", "NY"),
            "Buffalo": ("US", "NY"),
            "Buffalo#2": ("US", "NY"),
            "Buffalo#3": None,
            "Detroit": ("US", "MI"),
            "Hamburg": ("US", "NY"),
            "Orchard Park": ("US", "NY"),
            "Cheektowaga": ("US", "NY"),
            "Lackawanna": ("US", "NY"),
            "Dallas": None,
            "Rochester": ("US", "NY"),
            "Syracuse": ("US", "NY"),
            "Albany": ("US", "NY"),
            "Washington": ("US", "DC"),
            "Erie#2": ("US", "PA"),
            "Pennsylvania": ("US", "PA"),
            "Niagara Falls": ("US", "NY"),
            "Toronto": ("CA", "08"),
        },
    ),
    (
        "b",
        (
            "NICE, France — Torrential rain flooded the airport road and the lower town of "
            "Nice on Tuesday, forcing the cancellation of dozens of flights, officials said. "
            "Nice, France's fifth-largest city, recorded 180 mm of rain in six hours. Trains "
            "along the coast between Cannes and Menton were halted, and the road to Monaco was "
            'closed by a landslide near Villefranche-sur-Mer. "Nice weather for ducks, not for '
            'tourists," said Florence Martin, a tour guide stranded at the station with a '
            "group of 40. OGC Nice postponed Wednesday's league match against Marseille. "
            "Antibes and Saint-Laurent-du-Var opened gymnasiums to families whose homes were "
            "flooded. Paris declared a natural disaster in 14 towns, and the Elysee said the "
            "president would visit on Thursday. Italian firefighters from Genoa crossed the "
            "border with pumps and boats."
        ),
        {
            "NICE": ("FR", None),
            "Nice": ("FR", None),
            "Nice#2": ("FR", None),
            "France#2": ("FR", None),
            "Cannes": ("FR", None),
            "Menton": ("FR", None),
            "Monaco": ("MC", None),
            "Villefranche-sur-Mer": ("FR", None),
            "Nice#3": None,
            "Florence": None,
            "Nice#4": None,
            "Marseille": ("FR", None),
            "Antibes": ("FR", None),
            "Saint-Laurent-du-Var": ("FR", None),
            "Paris": ("FR", None),
            "Elysee": ("FR", None),
            "Italian": ("IT", None),
            "Genoa": ("IT", None),
        },
    ),
    (
        "c",
        (
            "ATHENS, Ga. — Hundreds of students were moved out of dormitories at the "
            "University of Georgia on Friday after a tornado tore through the east side of "
            "Athens, officials said. Athens, a college town of 128,000 about 110 km east of "
            "Atlanta, had not been hit by a tornado in 20 years. The Georgia Bulldogs moved "
            "Saturday's football game to the afternoon, and Georgia Governor Brian Kemp "
            "declared a state of emergency in 11 counties. Storms also damaged roofs in Macon "
            "and Gainesville, while Savannah, on the coast, escaped. Rome, in the northwest of "
            "the state, reported hail the size of "
            'golf balls. "The wind sounded like a train coming through the hallway," said '
            "Savannah Price, 19, a sophomore. A student from Tbilisi, in the other Georgia, said "
            "she had "
            "never seen anything like it. Greek students called relatives in Athens, Greece, "
            "to say they were safe. Washington promised federal help."
        ),
        {
            "ATHENS": ("US", "GA"),
            "Athens": ("US", "GA"),
            "Athens#2": ("US", "GA"),
            "Atlanta": ("US", "GA"),
            "Georgia#2": None,
            "Georgia#3": ("US", "GA"),
            "Macon": ("US", "GA"),
            "Gainesville": ("US", "GA"),
            "Rome": ("US", "GA"),
            "Savannah": ("US", "GA"),
            "Savannah#2": None,
            "Tbilisi": ("GE", None),
            "Georgia#4": ("GE", None),
            "Greek": ("GR", None),
            "Athens#3": ("GR", None),
            "Greece": ("GR", None),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "d",
        (
            "MELBOURNE, Australia — Bushfires forced thousands of people from towns west of "
            "Melbourne on Thursday as temperatures passed 45 C across Victoria, fire officials "
            "said. Melbourne recorded its hottest February day on record, and smoke closed "
            "roads near Ballarat and Bendigo. Geelong opened relief centres at its showgrounds. "
            '"We packed the dog and the photo albums and left," said Victoria Nguyen, 52, a '
            "nurse from Daylesford. Melbourne Victory cancelled training for the week. Canberra "
            "sent army helicopters, and firefighters arrived from Sydney and elsewhere in New "
            "South Wales and from "
            "Victoria, the capital of British Columbia, which has sent crews every summer "
            "since 2020. Relatives in Melbourne, Florida, followed the fires on television. "
            "Officials said more than 120,000 hectares had burned."
        ),
        {
            "MELBOURNE": ("AU", "07"),
            "Melbourne": ("AU", "07"),
            "Victoria": ("AU", "07"),
            "Melbourne#2": ("AU", "07"),
            "Ballarat": ("AU", "07"),
            "Bendigo": ("AU", "07"),
            "Geelong": ("AU", "07"),
            "Victoria#2": None,
            "Daylesford": ("AU", "07"),
            "Melbourne#3": None,
            "Canberra": ("AU", "01"),
            "Sydney": ("AU", "02"),
            "New South Wales": ("AU", "02"),
            "Victoria#3": ("CA", "02"),
            "British Columbia": ("CA", "02"),
            "Melbourne#4": ("US", "FL"),
            "Florida": ("US", "FL"),
        },
    ),
    (
        "e",
        (
            "SAN JOSE, Calif. — A substation fire left about 200,000 homes and businesses in "
            "San Jose without power on Monday, shutting traffic lights and stranding workers "
            "in office towers, the utility said. San Jose, the largest city in Silicon Valley, "
            "saw outages spread to Santa Clara, Cupertino and Milpitas within minutes. Fremont "
            "and Palo Alto were not affected. The San Jose Sharks postponed their evening "
            "game. Sacramento ordered an inquiry, and the utility's headquarters in Oakland "
            "said crews from San Francisco and Fresno had been sent south. A flight from San "
            "José, Costa "
            "Rica, landed on emergency lighting at the airport, passengers said. Power was "
            "restored to most customers by midnight."
        ),
        {
            "SAN JOSE": ("US", "CA"),
            "San Jose": ("US", "CA"),
            "San Jose#2": ("US", "CA"),
            "Santa Clara": ("US", "CA"),
            "Cupertino": ("US", "CA"),
            "Milpitas": ("US", "CA"),
            "Fremont": ("US", "CA"),
            "Palo Alto": ("US", "CA"),
            "San Jose#3": None,
            "Sacramento": ("US", "CA"),
            "Oakland": ("US", "CA"),
            "San Francisco": ("US", "CA"),
            "Fresno": ("US", "CA"),
            "San José": ("CR", None),
            "Costa Rica": ("CR", None),
        },
    ),
    (
        "f",
        (
            "PORTLAND, Maine — A nor'easter drove waves over the seawall in Portland on "
            "Saturday, flooding the Old Port and cutting power to 150,000 customers across "
            "Maine. Portland, the state's largest city, had not seen such a storm surge since "
            "1978. Ferries to Nova Scotia were cancelled, and Halifax reported gusts of 130 "
            "km/h. Bath, home of the navy shipyard, closed its bridge over the Kennebec, and "
            "Brunswick and Lewiston opened warming centres. Augusta declared a state of "
            "emergency, and Bangor ran out of sandbags. Flights out of Boston were cancelled. "
            '"The whole wharf shook," said Augusta Pelletier, 61, whose husband fishes for '
            "lobster. Old Orchard Beach lost its pier, and New Hampshire sent line crews. "
            "Relatives in Portland, Oregon, saw the flooding on the news before "
            "friends in town did."
        ),
        {
            "PORTLAND": ("US", "ME"),
            "Portland": ("US", "ME"),
            "Maine#2": ("US", "ME"),
            "Portland#2": ("US", "ME"),
            "Nova Scotia": ("CA", "07"),
            "Halifax": ("CA", "07"),
            "Bath": ("US", "ME"),
            "Brunswick": ("US", "ME"),
            "Lewiston": ("US", "ME"),
            "Augusta": ("US", "ME"),
            "Bangor": ("US", "ME"),
            "Boston": ("US", "MA"),
            "Augusta#2": None,
            "Old Orchard Beach": ("US", "ME"),
            "New Hampshire": ("US", "NH"),
            "Portland#3": ("US", "OR"),
            "Oregon": ("US", "OR"),
        },
    ),
    (
        "g",
        (
            "KINGSTON, Jamaica — Taps ran dry across much of Kingston on Tuesday as the worst "
            "drought in a decade left the city's reservoirs at a fifth of their capacity, the "
            "water authority said. Kingston, home to about 600,000 people, will get piped water "
            "only three days a week until the rains come. Spanish Town and Portmore were put on "
            "the same schedule, and trucks carried water to schools. Hotels in Montego Bay and "
            "Ocho Rios said they had enough for now, but farmers around Mandeville said crops "
            "were failing. Port Antonio, in the wetter northeast, was spared. Jamaican "
            "officials asked residents to reuse bath water. Community groups in Kingston upon "
            "Thames, in south-west London, and in Kingston, Ontario, have started raising "
            "money for water tanks. Cuba and Haiti have also had little rain since October."
        ),
        {
            "KINGSTON": ("JM", None),
            "Kingston": ("JM", None),
            "Kingston#2": ("JM", None),
            "Spanish Town": ("JM", None),
            "Portmore": ("JM", None),
            "Montego Bay": ("JM", None),
            "Ocho Rios": ("JM", None),
            "Mandeville": ("JM", None),
            "Port Antonio": ("JM", None),
            "Jamaican": ("JM", None),
            "Kingston upon Thames": ("GB", "ENG"),
            "London": ("GB", "ENG"),
            "Kingston#4": ("CA", "08"),
            "Ontario": ("CA", "08"),
            "Cuba": ("CU", None),
            "Haiti": ("HT", None),
        },
    ),
    (
        "h",
        (
            "ALEXANDRIA, Egypt — Waves driven by a winter storm broke over the seafront road "
            "in Alexandria on Sunday, flooding ground-floor shops and toppling two old "
            "buildings, officials said. Alexandria, founded by Alexander the Great in 331 BC, "
            "is losing beach to the rising Mediterranean faster than any other Egyptian city, "
            "scientists say. Cairo ordered the port closed for two days and sent army pumps. "
            "Port Said and Damietta also reported flooding, and fishermen at Rosetta, now "
            "called Rashid, kept their boats in harbour. Abu Qir, where the Nile fleet was "
            "sunk in 1798, was cut off by water on the coast road, and the road west to Marsa "
            "Matruh and Libya was closed. Greek divers working on sunken ruins said their "
            "boats were damaged. The city of Alexandria, Virginia, which is twinned with its "
            "namesake, offered help. Trains to Tanta were suspended."
        ),
        {
            "ALEXANDRIA": ("EG", None),
            "Alexandria": ("EG", None),
            "Alexandria#2": ("EG", None),
            "Egyptian": ("EG", None),
            "Cairo": ("EG", None),
            "Port Said": ("EG", None),
            "Damietta": ("EG", None),
            "Rosetta": ("EG", None),
            "Rashid": ("EG", None),
            "Abu Qir": ("EG", None),
            "Marsa Matruh": ("EG", None),
            "Libya": ("LY", None),
            "Greek": ("GR", None),
            "Alexandria#3": ("US", "VA"),
            "Virginia": ("US", "VA"),
            "Tanta": ("EG", None),
        },
    ),
    (
        "i",
        (
            "LEÓN, Mexico — Shoe factories in León have laid off more than 8,000 workers "
            "this year as cheap Chinese and Vietnamese imports flood the market, the leather "
            "chamber said on Wednesday. León, which makes seven of every ten pairs of shoes "
            "sold in "
            "the country, has lost a fifth of its workshops since 2019. Fans of Club León "
            "hung a banner at Saturday's match reading 'Buy Mexican'. Suppliers in Silao, "
            "Irapuato, Celaya and Guadalajara said orders had halved, and the government of "
            "Guanajuato "
            "asked Mexico City to raise tariffs on imported footwear. Tanneries in "
            "Aguascalientes have cut shifts. A delegation of shoemakers from León, in "
            "northern Spain, visited last month to study the city's training schools, and "
            "Italian machinery makers have opened a showroom near the airport."
        ),
        {
            "LEÓN": ("MX", None),
            "León": ("MX", None),
            "Chinese": ("CN", None),
            "Vietnamese": ("VN", None),
            "León#2": ("MX", None),
            "León#3": None,
            "Mexican": ("MX", None),
            "Silao": ("MX", None),
            "Irapuato": ("MX", None),
            "Celaya": ("MX", None),
            "Guadalajara": ("MX", None),
            "Guanajuato": ("MX", None),
            "Mexico City": ("MX", None),
            "Aguascalientes": ("MX", None),
            "León#4": ("ES", None),
            "Spain": ("ES", None),
            "Italian": ("IT", None),
        },
    ),
    (
        "j",
        (
            "DARWIN, Australia — Cyclone Mira brought down trees and power lines across "
            "Darwin on Monday, the strongest storm to hit the city since Cyclone Tracy "
            "flattened it on Christmas Day 1974. Darwin, named after the naturalist Charles "
            "Darwin, who never saw it, recorded gusts of 190 km/h. Palmerston, 20 km to the "
            "southeast, lost power to every home. Katherine, 320 km south, braced for floods "
            'as the storm weakened over land. "The roof just lifted off and flew into the '
            "neighbour's yard,\" said Katherine Walsh, 29, a nurse at the Royal Darwin "
            "Hospital. Alice Springs sent generators north, and Canberra promised disaster "
            "payments for the Northern Territory. Flights to Dili in Timor-Leste and to the "
            "Indonesian city of Kupang were cancelled until Wednesday, and Jakarta offered "
            "military transport planes."
        ),
        {
            "DARWIN": ("AU", "03"),
            "Darwin": ("AU", "03"),
            "Darwin#2": ("AU", "03"),
            "Darwin#3": None,
            "Palmerston": ("AU", "03"),
            "Katherine": ("AU", "03"),
            "Katherine#2": None,
            "Alice Springs": ("AU", "03"),
            "Canberra": ("AU", "01"),
            "Northern Territory": ("AU", "03"),
            "Dili": ("TL", None),
            "Timor-Leste": ("TL", None),
            "Indonesian": ("ID", None),
            "Kupang": ("ID", None),
            "Jakarta": ("ID", None),
        },
    ),
]

_A26 = "BUFFALO, N.Y. — Lake-effect sn"
_B26 = "NICE, France — Torrential rain"
_C26 = "ATHENS, Ga. — Hundreds of stud"
_D26 = "MELBOURNE, Australia — Bushfir"
_E26 = "SAN JOSE, Calif. — A substatio"
_F26 = "PORTLAND, Maine — A nor'easter"
_G26 = "KINGSTON, Jamaica — Taps ran d"
_H26 = "ALEXANDRIA, Egypt — Waves driv"
_I26 = "LEÓN, Mexico — Shoe factories "
_J26 = "DARWIN, Australia — Cyclone Mi"
BATCH_26_XFAIL: dict[tuple[str, str], str] = {
    (_A26, "Buffalo#3"): (
        "first run on 036a785: 'Buffalo#3' should be no place, got Buffalo (US, NY)"
    ),
    (_B26, "Cannes"): ("first run on 036a785: 'Cannes' not found as a place (overlap: None)"),
    (_B26, "Nice#3"): ("first run on 036a785: 'Nice#3' should be no place, got Nice (FR, 93)"),
    (_C26, "Georgia#2"): (
        "first run on 036a785: 'Georgia#2' should be no place, got Georgia (US, GA)"
    ),
    (_C26, "Georgia#4"): ("first run on 036a785: 'Georgia#4' Georgia in US"),
    (_C26, "Washington"): ("first run on 036a785: 'Washington' Washington, GA"),
    (_D26, "Victoria#3"): ("first run on 036a785: 'Victoria#3' Victoria in AU"),
    (_F26, "Bath"): ("first run on 036a785: 'Bath' not found as a place (overlap: None)"),
    (_G26, "Spanish Town"): (
        "first run on 036a785: 'Spanish Town' not found as a place (overlap: Spain)"
    ),
    (_G26, "Portmore"): ("first run on 036a785: 'Portmore' not found as a place (overlap: None)"),
    (_I26, "León#2"): ("first run on 036a785: 'León#2' not found as a place (overlap: None)"),
    (_I26, "León#4"): ("first run on 036a785: 'León#4' not found as a place (overlap: None)"),
}
BATCH_26_NAMES = _named_params(26, BATCH_26, BATCH_26_XFAIL)


# --- batch 27 (blind) -----------------------------------------------------------------------------
# Trap articles for batch 27, written before running the pipeline on them, in ten towns and
# topics batches 21-26 do not cover; each keyed name is a (country code, GeoNames admin1 code or
# None) pair, or None when the mention must not be taken as a place; "Name#2" is the second
# occurrence of the exact string in the text (the dateline included, case-sensitive, and
# occurrences inside longer names counted, as in 'North Sydney', 'Granada CF' or
# 'Lincolnshire'). (a) an oil slump in Odessa, Texas: 'ODESSA, Texas' and Odessa three times for
# the city beside Odesa, the Ukrainian port (spelt the Ukrainian way, keyed with Ukrainian and
# Ukraine), Midland, Crane (a common word) opening a sentence, Wink (a common word too), Kermit
# (a first name too), Monahans, Big Spring, Lubbock, a pipe fitter named Austin beside Austin as
# the state government, Washington as the federal government, Houston, New Mexico; 'West Texas'
# and the Permian Basin are not keyed; (b) harbour ice in Sydney, Nova Scotia: 'SYDNEY, Nova
# Scotia' and Sydney for the town (its first 'Sydney' is inside North Sydney, keyed as North
# Sydney) beside a baker named Sydney and Sydney in Australia, Sydney Mines (a longer name),
# Newfoundland twice (the island and an adjective), Port aux Basques (GeoNames 'Channel-Port aux
# Basques'), St. John's, Halifax, Glace Bay, Louisbourg, Baddeck, New Waterford (a Waterford in
# Ireland too), Ottawa as the government, Quebec City; Cape Breton Island is not keyed; (c) the
# Hall of Fame weekend in Canton, Ohio: 'CANTON, Ohio' and Canton twice for the city, North
# Canton, Canton as the old Western name of Guangzhou (a former name is the current place),
# Guangzhou, Chinese, the Cleveland Browns (a club) beside Cleveland the city, Louisville (the
# Ohio town, a far bigger one in Kentucky) opening a sentence, Akron, Massillon, Youngstown,
# Wooster, Columbus as the state government, Pittsburgh, Hong Kong; (d) fire smoke in Santa
# Cruz, Bolivia: 'SANTA CRUZ, Bolivia' and Santa Cruz beside its full name Santa Cruz de la
# Sierra, Santa Cruz de Tenerife and Santa Cruz in California, a taxi driver named Cruz,
# Bolivia's (the second 'Bolivia'), Montero, Warnes, Concepción (one in Chile and Paraguay too),
# San Ignacio de Velasco, La Paz as the government, Brasília as Brazil's government,
# Cochabamba twice, Sucre, Madrid, Brazilian, Paraguayan; the Chiquitania region is not keyed;
# (e) a tourism slump in Granada, Nicaragua: 'GRANADA, Nicaragua' and Granada twice for the
# city beside the football club Granada CF and Granada in Spain (with Andalusia), Managua twice
# (the capital, then the government), Spanish, Spain, Masaya, San Juan del Sur, León (the
# Nicaraguan city; batch 26 had the Mexican one), Rivas, Jinotepe, Costa Rica, San José (the
# Costa Rican capital, Costa Rica named just before), Panama City; Lake Nicaragua is not keyed;
# (f) an oil-money housing squeeze in Georgetown, Guyana: 'GEORGETOWN, Guyana' and Georgetown
# twice beside Georgetown University (not keyed, a university) and George Town in Penang
# (Malaysia), New Amsterdam (a name that holds Amsterdam), Linden the bauxite town beside a
# teacher named Linden, Caracas as Venezuela's government, Venezuelan, Houston in
# 'Houston-based' (hyphenated), Bartica, Lethem, Paramaribo, Suriname, Port of Spain,
# Washington; the Berbice and Demerara rivers and the Essequibo region are not keyed; (g) a
# steelworks closure in Newport, Wales: 'NEWPORT, Wales' and Newport twice for the city beside
# the football club Newport County and Newport in Rhode Island, Llanwern, Port Talbot, Cwmbran,
# Caerleon, Risca, a crane driver named Jordan, Cardiff as the Welsh government, Westminster
# and London as the British government, Welsh, Swansea, Monmouth, Chepstow, Bristol; the River
# Usk and the Severn are not keyed; (h) a labour shortage in Warsaw, Indiana: 'WARSAW, Ind.' and
# Warsaw for the town beside Warsaw in Poland and the Warsaw Pact (an alliance, no place),
# Indiana (its string also opens 'Indianapolis', the state government, keyed on its own), Peru
# (the Indiana town named like a country) opening a sentence, Syracuse (the Indiana town, a
# bigger one in New York and a city in Sicily), Fort Wayne, Goshen, Winona Lake, Elkhart, South
# Bend, Chicago, a manager named Carmen, Poland, Polish; (i) a hurricane threat in Panama City,
# Florida: 'PANAMA CITY, Fla.' and Panama City twice for the city beside Panama City in Panama
# (the third 'Panama City'; the country is the fifth 'Panama', counting the ones inside
# 'Panama City' and 'Panamanian'), Panamanian, Mexico Beach (a town whose name holds Mexico)
# beside Mexico the country (the second 'Mexico'), Cancún, Tallahassee as the state government,
# Port St. Joe, Apalachicola, Destin, Niceville, a woman named Georgia beside the state of
# Georgia, Alabama, Mobile (a common word), Pensacola, Dothan, Washington; Hurricane Michael and
# the Gulf are not keyed; (j) a river flood in Boston, England: 'BOSTON, England' and Boston
# twice for the Lincolnshire town beside Boston in Massachusetts and the Boston Celtics (a
# club), England the second time, Lincolnshire (whose string holds the first 'Lincoln') and
# Lincoln the city (the second), a nurse named Holland (a name for the Netherlands too),
# Spalding, Sleaford, Skegness, Grantham, Peterborough, London as the government, Lithuania,
# Lithuanian, Poland, Massachusetts; the River Witham and the fens are not keyed.
# Decisions (as in batches 7-26): a dateline is a place; a club or team named after a place is
# no place (the Cleveland Browns, Granada CF, Newport County, the Boston Celtics), nor an
# alliance named after a city (the Warsaw Pact), nor a person's first name (Austin Kelley,
# Sydney MacNeil, Cruz Mamani, Linden Boyce, Jordan Price, Carmen Diaz, Georgia Mays) or surname
# (Grace Holland); a town opening a sentence is a place (Crane, Kermit, Louisville,
# Montero, Cochabamba, León, Rivas, New Amsterdam, Bartica, George Town, Newport, Cardiff,
# Monmouth, Warsaw, Peru, Port St. Joe, Panama City, Spalding, Lincoln, Grantham); a
# nationality adjective is its country (Ukrainian, Chinese, Brazilian, Paraguayan, Spanish,
# Venezuelan, Polish, Panamanian, Lithuanian; Welsh is checked at country level) and
# 'Newfoundland grocers' is the island's province; a capital or a building named for its
# government is the capital's place (Austin, Washington, Ottawa, Columbus, La Paz, Brasília,
# Managua, Caracas, Cardiff, Westminster, London, Indianapolis, Tallahassee); a former name is
# the current place (Canton for Guangzhou); a town named like a bigger or better-known place is
# the town the text means (Odessa in Texas until the text names Odesa; Sydney in Nova Scotia
# until it names Australia; Canton in Ohio until it names Guangzhou; Louisville in Ohio; Santa
# Cruz in Bolivia until it names California; Concepción and Sucre in Bolivia; Granada in
# Nicaragua until it names Andalusia; León in Nicaragua; San José in Costa Rica; Linden in
# Guyana; Newport in Wales until it names Rhode Island; Warsaw in Indiana until it names Poland;
# Peru and Syracuse in Indiana; Panama City in Florida until it names Panama; Mobile in
# Alabama; Boston in England until it names Massachusetts). Not keyed: lakes, rivers, regions,
# basins, islands, universities and storms (Lake Nicaragua, the Berbice, the Demerara, the
# Usk, the Severn, the Witham, the Permian Basin, West Texas, the Chiquitania, the Essequibo
# region, Cape Breton Island, Georgetown University, Hurricane Michael, the Gulf), states,
# provinces and countries in datelines ('Texas', 'Nova Scotia', 'Ohio', 'Bolivia', 'Nicaragua',
# 'Guyana', 'Wales', 'Ind.', 'Fla.', 'England'), 'Ala.' after Dothan, the 'Santa Cruz' inside
# Santa Cruz de la Sierra and Santa Cruz de Tenerife and the 'Sydney' inside North Sydney and
# Sydney Mines on their own (their full names are keyed), the 'Canton' inside North Canton, the
# 'Amsterdam' inside New Amsterdam, the 'Waterford' inside New Waterford, the 'Mexico' inside
# Mexico Beach and New Mexico, the 'Panama' inside Panama City and Panamanian, the 'Lithuania'
# inside Lithuanian, the 'Indiana' inside Indianapolis. 187 names are keyed. Admin1 codes are
# GeoNames': US two-letter states (TX, DC, NM, OH, PA, CA, IN, IL, FL, GA, AL, RI, MA); CA 05
# Newfoundland and Labrador, 07 Nova Scotia, 08 Ontario, 10 Quebec; AU 02 New South Wales; GB
# ENG England, WLS Wales. All other countries are checked at country level (Ukraine, Australia,
# China, Hong Kong, Bolivia, Brazil, Spain, Paraguay, Nicaragua, Costa Rica, Panama, Guyana,
# Venezuela, Suriname, Trinidad and Tobago, Malaysia, Poland, Mexico, Lithuania), whose codes
# were not certain enough to key.
# Two keys renumbered when the batch was wired, before its first run, to count whole words
# as `_occurrence` does: 'Panama#5' -> 'Panama#4' and 'Lincoln#2' -> 'Lincoln' (the writer
# counted 'Panamanian' and 'Lincolnshire'); the names meant are unchanged.
BATCH_27: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "ODESSA, Texas — Oil field workers in Odessa are bracing for layoffs after crude "
            "prices fell below $55 a barrel, the steepest drop since 2020, drilling contractors "
            "said on Tuesday. Odessa, a city of 115,000 in the Permian Basin, boomed with shale, "
            "and hotels in Midland, 30 km to the east, are already half empty. Crane, a small "
            "town to the south, lost its last working rig last week. Kermit and Monahans have "
            "frozen hiring, and Wink, the West Texas town where Roy Orbison grew up, has put its "
            'new school gym on hold. "We have seen this movie before," said Austin Kelley, 38, a '
            "pipe fitter. Austin has promised no new taxes on drillers, and Washington said it "
            "would buy oil for the strategic reserve. Big Spring and Lubbock reported falling "
            "sales tax receipts. A few residents have family ties to Odesa, the Ukrainian port "
            "whose name the city is said to have borrowed, and a church in Odessa has sent "
            "generators to Ukraine. Houston oil executives warned that cuts could spread to New "
            "Mexico."
        ),
        {
            "ODESSA": ("US", "TX"),
            "Odessa": ("US", "TX"),
            "Odessa#2": ("US", "TX"),
            "Midland": ("US", "TX"),
            "Crane": ("US", "TX"),
            "Kermit": ("US", "TX"),
            "Monahans": ("US", "TX"),
            "Wink": ("US", "TX"),
            "Austin": None,
            "Austin#2": ("US", "TX"),
            "Washington": ("US", "DC"),
            "Big Spring": ("US", "TX"),
            "Lubbock": ("US", "TX"),
            "Odesa": ("UA", None),
            "Ukrainian": ("UA", None),
            "Odessa#3": ("US", "TX"),
            "Ukraine": ("UA", None),
            "Houston": ("US", "TX"),
            "New Mexico": ("US", "NM"),
        },
    ),
    (
        "b",
        (
            "SYDNEY, Nova Scotia — The ferry link between Cape Breton Island and Newfoundland "
            "was suspended on Thursday after ice jammed the harbour at North Sydney, leaving "
            "trucks queued for kilometres, the ferry operator said. Sydney, the largest town on "
            "the island, has not seen harbour ice this thick since 2015. Freight bound for Port "
            "aux Basques was sent through Halifax instead, five hours' drive away. Glace Bay and "
            'Louisbourg closed schools as a second storm moved in. "My bakery runs out of flour '
            'in three days," said Sydney MacNeil, 44, who owns a shop near the waterfront. '
            "Ottawa said a coast guard icebreaker would arrive from Quebec City by Saturday. "
            "Relatives in Sydney, Australia, posted photographs of a beach in summer heat to "
            "cheer people up. Newfoundland grocers in St. John's said their shelves were "
            "thinning. Baddeck opened a warming centre, and Sydney Mines and New Waterford lost "
            "power for part of the night."
        ),
        {
            "SYDNEY": ("CA", "07"),
            "Newfoundland": ("CA", "05"),
            "North Sydney": ("CA", "07"),
            "Sydney#2": ("CA", "07"),
            "Port aux Basques": ("CA", "05"),
            "Halifax": ("CA", "07"),
            "Glace Bay": ("CA", "07"),
            "Louisbourg": ("CA", "07"),
            "Sydney#3": None,
            "Ottawa": ("CA", "08"),
            "Quebec City": ("CA", "10"),
            "Sydney#4": ("AU", "02"),
            "Australia": ("AU", None),
            "Newfoundland#2": ("CA", "05"),
            "St. John's": ("CA", "05"),
            "Baddeck": ("CA", "07"),
            "Sydney Mines": ("CA", "07"),
            "New Waterford": ("CA", "07"),
        },
    ),
    (
        "c",
        (
            "CANTON, Ohio — Thousands of fans filled the streets of Canton on Saturday as "
            "eight former players were enshrined in the Pro Football Hall of Fame, the city's "
            "biggest weekend of the year. Canton, where the league that became the NFL was "
            "founded in 1920, has about 70,000 residents, and hotels as far away as Akron and "
            "Massillon were fully booked. Cleveland Browns fans drove down the interstate in "
            'orange jerseys. "I\'ve come every summer since I was a boy," said Dale Fisher, 67, '
            "of North Canton. Louisville, a town of 9,000 just east of the city, ran shuttle "
            "buses. Columbus sent state troopers to help with traffic. A delegation of sports "
            "officials from Guangzhou, the southern Chinese city once known to Western traders "
            "as Canton, watched the parade and signed a youth coaching agreement. The visitors "
            "will travel on to Pittsburgh and fly home via Hong Kong. Cleveland, 100 km to the "
            "north, hosted a concert for the new members on Friday, and Youngstown and Wooster "
            "reported record traffic."
        ),
        {
            "CANTON": ("US", "OH"),
            "Canton": ("US", "OH"),
            "Canton#2": ("US", "OH"),
            "Akron": ("US", "OH"),
            "Massillon": ("US", "OH"),
            "Cleveland": None,
            "North Canton": ("US", "OH"),
            "Louisville": ("US", "OH"),
            "Columbus": ("US", "OH"),
            "Guangzhou": ("CN", None),
            "Chinese": ("CN", None),
            "Canton#4": ("CN", None),
            "Pittsburgh": ("US", "PA"),
            "Hong Kong": ("HK", None),
            "Cleveland#2": ("US", "OH"),
            "Youngstown": ("US", "OH"),
            "Wooster": ("US", "OH"),
        },
    ),
    (
        "d",
        (
            "SANTA CRUZ, Bolivia — Smoke from forest fires closed the airport in Santa Cruz on "
            "Monday for the third time this month, stranding thousands of travellers, officials "
            "said. Santa Cruz de la Sierra, Bolivia's largest city and the heart of its soy and "
            "cattle economy, recorded its worst air quality on record. Montero and Warnes, north "
            "of the city, told schools to keep children indoors, and Concepción and San Ignacio "
            "de Velasco, in the Chiquitania forest region, reported fires a few kilometres from "
            "their old Jesuit missions. La Paz declared a national emergency and asked Brasília "
            'for water bombers. Cochabamba and Sucre sent firefighters. "You cannot see the end '
            'of the street," said Cruz Mamani, 52, a taxi driver. Flights from Santa Cruz de '
            "Tenerife and Madrid were diverted to Cochabamba. A university in Santa Cruz, "
            "California, offered to lend satellite analysts. Brazilian and Paraguayan crews are "
            "fighting fires on their side of the border."
        ),
        {
            "SANTA CRUZ": ("BO", None),
            "Santa Cruz": ("BO", None),
            "Santa Cruz de la Sierra": ("BO", None),
            "Bolivia#2": ("BO", None),
            "Montero": ("BO", None),
            "Warnes": ("BO", None),
            "Concepción": ("BO", None),
            "San Ignacio de Velasco": ("BO", None),
            "La Paz": ("BO", None),
            "Brasília": ("BR", None),
            "Cochabamba": ("BO", None),
            "Sucre": ("BO", None),
            "Cruz#3": None,
            "Santa Cruz de Tenerife": ("ES", None),
            "Madrid": ("ES", None),
            "Cochabamba#2": ("BO", None),
            "Santa Cruz#4": ("US", "CA"),
            "California": ("US", "CA"),
            "Brazilian": ("BR", None),
            "Paraguayan": ("PY", None),
        },
    ),
    (
        "e",
        (
            "GRANADA, Nicaragua — Tourism operators in Granada say bookings have fallen by "
            "half this year as visa rules tighten and airlines cut flights to Managua, the "
            "chamber of commerce said on Wednesday. Granada, founded in 1524 on the shore of "
            "Lake Nicaragua and named after the Spanish city, depends on visitors for most of "
            "its jobs. Hotels in Masaya and San Juan del Sur reported similar drops, and tour "
            "boats to the volcano islands sat idle. Managua said the figures were exaggerated. "
            '"We used to get Granada CF fans from Spain here every winter," said a hostel owner '
            "whose bar is decorated with the football club's scarves. León, the old colonial "
            "rival in the northwest, has lost a third of its hostels. Rivas and Jinotepe said "
            "bus traffic from Costa Rica had slowed. Some tour guides have left for San José "
            "and Panama City in search of work. A twinning delegation from Granada, in "
            "Andalusia, that came for a festival last year has not returned."
        ),
        {
            "GRANADA": ("NI", None),
            "Granada": ("NI", None),
            "Managua": ("NI", None),
            "Granada#2": ("NI", None),
            "Spanish": ("ES", None),
            "Masaya": ("NI", None),
            "San Juan del Sur": ("NI", None),
            "Managua#2": ("NI", None),
            "Granada#3": None,
            "Spain": ("ES", None),
            "León": ("NI", None),
            "Rivas": ("NI", None),
            "Jinotepe": ("NI", None),
            "Costa Rica": ("CR", None),
            "San José": ("CR", None),
            "Panama City": ("PA", None),
            "Granada#4": ("ES", None),
            "Andalusia": ("ES", None),
        },
    ),
    (
        "f",
        (
            "GEORGETOWN, Guyana — Rents in Georgetown have doubled in three years as oil money "
            "pours into the country, pushing teachers and nurses out of the capital, a housing "
            "survey found on Friday. Georgetown, a city of wooden colonial houses below sea "
            "level, now has more than 400 foreign oil companies registered. New Amsterdam, "
            "across the Berbice River, and Linden, the bauxite town up the Demerara, have seen "
            'prices climb too. "I grew up here and I can\'t afford it," said Linden Boyce, 31, a '
            "teacher. Caracas renewed its claim to the Essequibo region this week, and "
            "Venezuelan troops held exercises near the border. Houston-based Exxon said output "
            "would rise again next year. Bartica and Lethem reported a building boom. Some "
            "families have moved to Paramaribo in Suriname or to Port of Spain. Students from "
            "Georgetown University in Washington, who visited in March, called the boom a test "
            "case. George Town, the capital of Penang in Malaysia, sent urban planners last year."
        ),
        {
            "GEORGETOWN": ("GY", None),
            "Georgetown": ("GY", None),
            "Georgetown#2": ("GY", None),
            "New Amsterdam": ("GY", None),
            "Linden": ("GY", None),
            "Linden#2": None,
            "Caracas": ("VE", None),
            "Venezuelan": ("VE", None),
            "Houston": ("US", "TX"),
            "Bartica": ("GY", None),
            "Lethem": ("GY", None),
            "Paramaribo": ("SR", None),
            "Suriname": ("SR", None),
            "Port of Spain": ("TT", None),
            "Washington": ("US", "DC"),
            "George Town": ("MY", None),
            "Penang": ("MY", None),
            "Malaysia": ("MY", None),
        },
    ),
    (
        "g",
        (
            "NEWPORT, Wales — The last blast furnace at the Llanwern steelworks outside "
            "Newport was shut down on Monday, ending six decades of iron making on the site and "
            "costing 900 jobs, the company said. Newport, a city of 160,000 on the River Usk, "
            "grew on coal and steel, and Port Talbot, further west, closed its own furnaces last "
            'year. Workers from Cwmbran, Caerleon and Risca gathered at the gates at dawn. "My '
            'grandfather worked here, and so did my father," said Jordan Price, 29, a crane '
            "driver. Cardiff promised retraining money, and Westminster said it would help pay "
            "for an electric arc furnace by 2028. Newport County players wore black armbands at "
            "Saturday's match. Welsh unions called a rally in Swansea. Monmouth and Chepstow "
            "businesses expect to lose suppliers. Engineers from Bristol, across the Severn, "
            "said some workers could find jobs there. The mayor of Newport, Rhode Island, sent a "
            "message of support to its namesake. London said the closure was a commercial "
            "decision."
        ),
        {
            "NEWPORT": ("GB", "WLS"),
            "Llanwern": ("GB", "WLS"),
            "Newport": ("GB", "WLS"),
            "Newport#2": ("GB", "WLS"),
            "Port Talbot": ("GB", "WLS"),
            "Cwmbran": ("GB", "WLS"),
            "Caerleon": ("GB", "WLS"),
            "Risca": ("GB", "WLS"),
            "Jordan": None,
            "Cardiff": ("GB", "WLS"),
            "Westminster": ("GB", "ENG"),
            "Newport#3": None,
            "Welsh": ("GB", None),
            "Swansea": ("GB", "WLS"),
            "Monmouth": ("GB", "WLS"),
            "Chepstow": ("GB", "WLS"),
            "Bristol": ("GB", "ENG"),
            "Newport#4": ("US", "RI"),
            "Rhode Island": ("US", "RI"),
            "London": ("GB", "ENG"),
        },
    ),
    (
        "h",
        (
            "WARSAW, Ind. — The small Indiana city that calls itself the orthopedic capital of "
            "the world has more than 1,200 jobs it cannot fill at makers of artificial hips and "
            "knees, the chamber of commerce said on Thursday. Warsaw, a city of 16,000 people, "
            "is home to three of the largest implant companies, and they now run buses to bring "
            "in workers from Fort Wayne and Goshen. Winona Lake, next door, approved 600 new "
            "apartments in June. Peru, an hour to the southwest, has offered to retrain workers "
            "laid off at its own plants, and Syracuse, a lake town to the north, is building a "
            'new school. "We could hire 50 machinists tomorrow," said Carmen Diaz, a plant '
            "manager. Indianapolis approved tax credits for housing. A trade delegation from "
            "Warsaw, Poland, toured the factories in May and invited Polish engineers to apply. "
            "Older residents still laugh about the Cold War years, when the Warsaw Pact made the "
            "town's name a joke. Elkhart and South Bend are competing for the same workers, and "
            "some commute from Chicago."
        ),
        {
            "WARSAW": ("US", "IN"),
            "Indiana": ("US", "IN"),
            "Warsaw": ("US", "IN"),
            "Fort Wayne": ("US", "IN"),
            "Goshen": ("US", "IN"),
            "Winona Lake": ("US", "IN"),
            "Peru": ("US", "IN"),
            "Syracuse": ("US", "IN"),
            "Carmen": None,
            "Indianapolis": ("US", "IN"),
            "Warsaw#2": ("PL", None),
            "Poland": ("PL", None),
            "Polish": ("PL", None),
            "Warsaw#3": None,
            "Elkhart": ("US", "IN"),
            "South Bend": ("US", "IN"),
            "Chicago": ("US", "IL"),
        },
    ),
    (
        "i",
        (
            "PANAMA CITY, Fla. — Residents of Panama City boarded up windows on Tuesday as "
            "Hurricane Delia strengthened in the Gulf, seven years after Hurricane Michael "
            "wrecked much of the city. Panama City ordered low-lying neighbourhoods emptied by "
            "nightfall, and Mexico Beach, where Michael came ashore in 2018, told its 1,000 "
            "residents to leave. Tallahassee opened shelters across the state, and the air force "
            "moved its fighter jets inland. Port St. Joe and Apalachicola closed their bridges "
            "to traffic, while Destin and Niceville, to the west, remained under a hurricane "
            'watch. "Nobody here has forgotten Michael," said Georgia Mays, 58, who rebuilt her '
            "house twice. Shelters in Georgia and Alabama were taking evacuees. The storm "
            "brushed Cancún in Mexico on Sunday, and a Panamanian freighter bound for Panama "
            "City, Panama, turned back to Mobile. Pensacola and Dothan, Ala., expect heavy rain. "
            "Washington approved emergency aid."
        ),
        {
            "PANAMA CITY": ("US", "FL"),
            "Panama City": ("US", "FL"),
            "Panama City#2": ("US", "FL"),
            "Mexico Beach": ("US", "FL"),
            "Tallahassee": ("US", "FL"),
            "Port St. Joe": ("US", "FL"),
            "Apalachicola": ("US", "FL"),
            "Destin": ("US", "FL"),
            "Niceville": ("US", "FL"),
            "Georgia": None,
            "Georgia#2": ("US", "GA"),
            "Alabama": ("US", "AL"),
            "Cancún": ("MX", None),
            "Mexico#2": ("MX", None),
            "Panamanian": ("PA", None),
            "Panama City#3": ("PA", None),
            "Panama#4": ("PA", None),
            "Mobile": ("US", "AL"),
            "Pensacola": ("US", "FL"),
            "Dothan": ("US", "AL"),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "j",
        (
            "BOSTON, England — The River Witham overtopped its banks near Boston on Sunday "
            "after a week of heavy rain, flooding farmland and forcing 300 families from their "
            "homes, the Environment Agency said. Boston, a port and market town of 70,000 in "
            "Lincolnshire, sits on some of the flattest land in England, and the tower of its "
            "medieval church, known as the Stump, can be seen for miles across the fens. "
            "Spalding and Sleaford opened rest centres, and the coast road to Skegness was "
            "closed. Lincoln, upstream, had its wettest October on record. London sent soldiers "
            'with sandbags. "I\'ve lived here since 1962 and never seen it this high," said Grace '
            "Holland, a retired nurse. Many of the town's field workers come from Lithuania and "
            "Poland, and a Lithuanian church hall became a shelter. Relatives in Boston, "
            "Massachusetts, which was named after the town by Puritan settlers, raised money "
            "online, and the Boston Celtics posted a message of support. Grantham and "
            "Peterborough sent fire crews."
        ),
        {
            "BOSTON": ("GB", "ENG"),
            "Boston": ("GB", "ENG"),
            "Boston#2": ("GB", "ENG"),
            "Lincolnshire": ("GB", "ENG"),
            "England#2": ("GB", "ENG"),
            "Spalding": ("GB", "ENG"),
            "Sleaford": ("GB", "ENG"),
            "Skegness": ("GB", "ENG"),
            "Lincoln": ("GB", "ENG"),
            "London": ("GB", "ENG"),
            "Holland": None,
            "Lithuania": ("LT", None),
            "Poland": ("PL", None),
            "Lithuanian": ("LT", None),
            "Boston#3": ("US", "MA"),
            "Massachusetts": ("US", "MA"),
            "Boston#4": None,
            "Grantham": ("GB", "ENG"),
            "Peterborough": ("GB", "ENG"),
        },
    ),
]

_A27 = "ODESSA, Texas — Oil field work"
_B27 = "SYDNEY, Nova Scotia — The ferr"
_C27 = "CANTON, Ohio — Thousands of fa"
_D27 = "SANTA CRUZ, Bolivia — Smoke fr"
_E27 = "GRANADA, Nicaragua — Tourism o"
_F27 = "GEORGETOWN, Guyana — Rents in "
_G27 = "NEWPORT, Wales — The last blas"
_H27 = "WARSAW, Ind. — The small India"
_I27 = "PANAMA CITY, Fla. — Residents "
_J27 = "BOSTON, England — The River Wi"
BATCH_27_XFAIL: dict[tuple[str, str], str] = {
    (_A27, "Monahans"): ("first run on 562385a: 'Monahans' not found as a place (overlap: None)"),
    (_A27, "Austin#2"): ("first run on 562385a: 'Austin#2' not found as a place (overlap: None)"),
    (_B27, "North Sydney"): ("first run on 562385a: 'North Sydney' North Sydney in AU"),
    (_B27, "Louisbourg"): ("first run on 562385a: 'Louisbourg' Harrisburg in US"),
    (_B27, "Newfoundland#2"): (
        "first run on 562385a: 'Newfoundland#2' not found as a place (overlap: None)"
    ),
    (_B27, "St. John's"): (
        'first run on 562385a: "St. John\'s" not found as a place (overlap: Saint John)'
    ),
    (_B27, "New Waterford"): ("first run on 562385a: 'New Waterford' New Waterford in US"),
    (_C27, "Canton#4"): ("first run on 562385a: 'Canton#4' Canton in US"),
    (_D27, "Cochabamba"): (
        "first run on 562385a: 'Cochabamba' not found as a place (overlap: None)"
    ),
    (_E27, "León"): ("first run on 562385a: 'León' not found as a place (overlap: None)"),
    (_E27, "Jinotepe"): ("first run on 562385a: 'Jinotepe' not found as a place (overlap: None)"),
    (_E27, "Panama City"): ("first run on 562385a: 'Panama City' Panama City in US"),
    (_F27, "Bartica"): ("first run on 562385a: 'Bartica' not found as a place (overlap: None)"),
    (_F27, "Lethem"): ("first run on 562385a: 'Lethem' not found as a place (overlap: None)"),
    (_G27, "Llanwern"): ("first run on 562385a: 'Llanwern' not found as a place (overlap: None)"),
    (_G27, "Westminster"): (
        "first run on 562385a: 'Westminster' not found as a place (overlap: None)"
    ),
    (_G27, "Newport#3"): (
        "first run on 562385a: 'Newport#3' should be no place, got Newport County (US, RI)"
    ),
    (_G27, "Welsh"): ("first run on 562385a: 'Welsh' not found as a place (overlap: None)"),
    (_G27, "Newport#4"): ("first run on 562385a: 'Newport#4' Newport in GB"),
    (_I27, "Port St. Joe"): (
        "first run on 562385a: 'Port St. Joe' not found as a place (overlap: None)"
    ),
}
BATCH_27_NAMES = _named_params(27, BATCH_27, BATCH_27_XFAIL)


# --- batch 28 (blind) -----------------------------------------------------------------------------
# Trap articles for batch 28, written before running the pipeline on them, in ten places and
# topics batches 21-26 do not cover; each keyed name is a (country code, GeoNames admin1 code or
# None) pair, or None when the mention must not be taken as a place; "Name#2" is the second
# occurrence of the exact string in the text (the dateline included, and occurrences inside longer
# names counted, as in 'the London Knights' or 'Newcastle upon Tyne'). (a) a flood in London,
# Ontario: 'LONDON, Ontario' and London twice for the city beside the London Knights (the hockey
# club) and London in England, England twice, Toronto, Detroit, a bookseller named Chelsea,
# Stratford (a Stratford-upon-Avon in England), Woodstock (the festival's is in New York),
# St. Thomas (islands of that name in the Caribbean), Windsor, Sarnia, Queen's Park as the
# Ontario government, Ottawa as the federal government, Canadian, Kitchener, Cambridge (a far
# older one in England); (b) drought in Springfield, Illinois: 'SPRINGFIELD, Ill.' and Springfield
# four times for the Illinois capital (once as 'Springfield lawmakers', the state government)
# beside Springfield in Missouri, central Illinois (the second 'Illinois' is the Illinois River,
# not keyed), Normal (a common word) opening a sentence, Bloomington (one in Indiana too), Lincoln
# twice as people (the 16th president, a farmer named Lincoln) and once as the town named after
# him, Decatur twice (once opening a sentence), Washington twice (the capital Lincoln moved to and
# the federal government), Peoria, Champaign, Missouri, Chicago; (c) a heat wave in Perth: 'PERTH,
# Australia' and Perth twice for the city beside Perth in Scotland, York the West Australian town
# beside York in England, Northam, Fremantle beside the Fremantle Dockers (the football club),
# a nurse named Kimberley (a region of Western Australia and a South African city), Mandurah,
# Bunbury, Kalgoorlie, Albany (the West Australian port, not New York's capital), Canberra as the
# government, Adelaide, Scotland, England; (d) a bakery closing in Reading, Pennsylvania:
# 'READING, Pa.' and Reading twice for the city (once opening a sentence) beside 'Reading the
# letter' (a verb opening a quoted sentence) and Reading in England, Pennsylvania, Lancaster and
# York (both English cities too), Lebanon (the Pennsylvania town, not the country), Allentown,
# Bethlehem (the Pennsylvania city, not the West Bank town), Hershey, Harrisburg as the state
# government, Philadelphia, Puerto Rico, the Dominican Republic, England; (e) a grass fire in
# Moscow, Idaho: 'MOSCOW, Idaho' and Moscow three times for the college town (the third as 'our
# Moscow') beside Moscow in Russia, Idaho the second time, Pullman, Washington twice (the state
# and the federal government), Troy (the ancient city is in Turkey) opening a sentence, Kazan,
# Russia, Boise as the state government, Lewiston (one in Maine too), Coeur d'Alene (an
# apostrophe in a three-word name), Spokane inside "Spokane's"; (f) a water cut in Durham, North
# Carolina: 'DURHAM, N.C.' and Durham twice for the city beside the Durham Bulls (the baseball
# club) and Durham in England, Charlotte the city beside a baker named Charlotte, Raleigh the
# capital beside Sir Walter Raleigh, Chapel Hill, Cary, Greensboro, Wilmington (one in Delaware
# too), Asheville, England, Washington as the government; (g) an earthquake in Newcastle, New
# South Wales: 'NEWCASTLE, Australia' and Newcastle three times for the city (once inside
# "Newcastle's") beside the Newcastle Jets (the football club) and Newcastle upon Tyne (its
# inner 'Newcastle' counted but not keyed on its own), Singleton (a common word) opening a
# sentence, Maitland, Cessnock, a nurse named Sydney beside the city of Sydney opening the next
# sentence, Gosford, New South Wales, Canberra as the government, England, Wollongong; (h) a
# tornado in Hope, Arkansas: 'HOPE, Ark.' and Hope three times for the town (once opening a
# sentence) beside '"Hope is about all we have left' (the common word opening a quoted sentence),
# Bill Clinton twice as a person (a town of Clinton in Arkansas too), Arkansas, Texarkana (on the
# state line, keyed at country level), Prescott (one in Arizona too), Nashville (the Arkansas
# town, not Tennessee's capital), Magnolia (a tree), Camden (one in New Jersey and one in London),
# Little Rock as the state government, Washington as the federal government, Texas; (i) a
# mackerel deal struck in Bergen, told with capitals and buildings for governments and with
# demonyms: 'BERGEN, Norway' (a Bergen in New Jersey too) and Bergen for the city, Britain,
# Norway the second time, Scottish twice, Norwegian twice, Iceland, the Faroe Islands, Reykjavik
# and Torshavn as their governments, London, Downing Street and Whitehall as the British
# government, Brussels as the European Union, Ireland, the Netherlands, Peterhead, Oslo, Russian,
# the Kremlin; (j) Congo's independence day, told with former names: 'KINSHASA, Congo' and
# Kinshasa three times beside Leopoldville twice (its name until 1966), Belgium, Brazzaville and
# the Republic of Congo across the river (not keyed: the second 'Congo' inside it, and 'Congo' in
# the dateline), Lubumbashi and Elisabethville, Kisangani and Stanleyville, Goma, Kigali as the
# Rwandan government, Zaire twice (the country's name from 1971 to 1997), Brussels as the
# Belgian government, Belgian. Decisions (as in batches 7-26): a dateline is a place; a club or
# team named after a place is no place ('the London Knights', 'the Fremantle Dockers', 'the
# Durham Bulls', 'the Newcastle Jets'), nor a person's first name (Chelsea Morgan, Lincoln Hayes,
# Kimberley Shaw, Charlotte Pierce, Sydney Walsh) or surname (Abraham Lincoln as 'Lincoln', Sir
# Walter Raleigh, Bill Clinton), nor a sentence-initial word that is no place ('"Reading the
# letter', '"Hope is about'); a town whose name is a common word is a place when the text means
# the town, at the start of a sentence too (Normal, Singleton, Hope, Magnolia, Reading, Troy,
# Decatur); a nationality adjective is its country (Canadian, Russian, Norwegian, Belgian), and
# 'Scottish' is Scotland, the GB admin1 SCT; a capital or a building named for its government is
# the capital's place (Queen's Park for Ontario's government in Toronto, Ottawa, Springfield,
# Washington, Canberra, Harrisburg, Boise, Little Rock, Reykjavik, Torshavn, London, Downing
# Street, Whitehall, Brussels, Oslo, the Kremlin, Kigali); a former name is the current place
# (Leopoldville is Kinshasa, Elisabethville is Lubumbashi, Stanleyville is Kisangani, Zaire is the
# Democratic Republic of the Congo, CD); a town named like a bigger or better-known place is the
# town the text means (London, Stratford, Woodstock, St. Thomas, Windsor and Cambridge in
# Ontario until the text names England; Springfield in Illinois until it names Missouri; Perth,
# York and Albany in Western Australia until it names Scotland and England; Reading, Lancaster,
# York, Lebanon and Bethlehem in Pennsylvania until it names England; Moscow in Idaho except the
# grandmother's, whose granddaughter comes from Russia; Troy and Lewiston in Idaho; Durham in
# North Carolina until it names England; Charlotte and Wilmington in North Carolina; Newcastle in
# New South Wales except Newcastle upon Tyne; Nashville, Prescott, Camden and Magnolia in
# Arkansas); Texarkana, split between Arkansas and Texas, is keyed at country level. Not keyed:
# rivers, valleys, seas, regions, hills, hospitals, festivals, streets named after dates, clubs'
# inner words and events (the Thames, the Grand River, the Illinois River, the Palouse, the Hunter
# River, the Hunter Valley, the John Hunter Hospital, the Atlantic, the Barents Sea, the European
# Union, the Boulevard du 30 Juin, Big Ben, Hurricane Helene), states, provinces and countries in
# datelines ('Ontario', 'Ill.', 'Australia', 'Pa.', 'Idaho', 'N.C.', 'Ark.', 'Norway', 'Congo'),
# the inner 'Newcastle' of 'Newcastle upon Tyne' and the inner 'Congo' of 'the Republic of
# Congo'. 180 names are keyed. Admin1 codes are GeoNames': US two-letter states (AR, DC, IL, ID,
# MI, MO, NC, PA, TX, WA); CA 08 Ontario; GB ENG England and SCT Scotland; AU 01 Australian
# Capital Territory, 02 New South Wales, 05 South Australia, 08 Western Australia. All other
# countries are checked at country level (Canada for 'Canadian', Russia, Puerto Rico (PR), the
# Dominican Republic, Britain, Norway, Iceland, the Faroe Islands (FO), Ireland, the Netherlands,
# Belgium, the Democratic Republic of the Congo (CD), the Republic of the Congo (CG), Rwanda), and
# Texarkana at country level.
BATCH_28: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "LONDON, Ontario — The Thames River burst its banks in London on Saturday after "
            "three days of heavy rain, flooding hundreds of basements and closing bridges into "
            "the city centre, officials said. London, a city of 420,000 halfway between Toronto "
            "and Detroit, had not seen flooding this bad since 1937. The London Knights "
            "postponed Sunday's hockey game. "
            '"People from England always ask if we have a Big Ben too," said Chelsea Morgan, '
            "31, bailing water out of her bookshop near the forks of the river. Upstream, "
            "Stratford and Woodstock reported washed-out roads, and St. Thomas opened an arena "
            "as a shelter. Windsor and Sarnia sent pumps, Queen's Park promised emergency money "
            "within a week, and Ottawa put the army on standby. Newcomers from London, England, "
            "joked that the Canadian Thames was by far the wilder of the two. Kitchener and "
            "Cambridge, farther east on the Grand River, escaped the worst of the rain."
        ),
        {
            "LONDON": ("CA", "08"),
            "London": ("CA", "08"),
            "London#2": ("CA", "08"),
            "Toronto": ("CA", "08"),
            "Detroit": ("US", "MI"),
            "London#3": None,
            "England": ("GB", "ENG"),
            "Chelsea": None,
            "Stratford": ("CA", "08"),
            "Woodstock": ("CA", "08"),
            "St. Thomas": ("CA", "08"),
            "Windsor": ("CA", "08"),
            "Sarnia": ("CA", "08"),
            "Queen's Park": ("CA", "08"),
            "Ottawa": ("CA", "08"),
            "London#4": ("GB", "ENG"),
            "England#2": ("GB", "ENG"),
            "Canadian": ("CA", None),
            "Kitchener": ("CA", "08"),
            "Cambridge": ("CA", "08"),
        },
    ),
    (
        "b",
        (
            "SPRINGFIELD, Ill. — Farmers across central Illinois are bringing in the smallest "
            "corn crop in a decade after a summer-long drought, and grain elevators around "
            "Springfield stand half empty, traders said on Tuesday. Springfield, the state "
            "capital, had its driest August since 1936. Normal, the college town beside "
            "Bloomington, ran short of water and banned lawn sprinklers. "
            '"Lincoln would not recognise these fields," said Lincoln Hayes, 58, who grows corn '
            "and soybeans near Decatur, speaking of the 16th president, who practised law in "
            "Springfield before he moved to Washington. In Lincoln, the town named after him "
            "before he was elected, the county fair cancelled its tractor pull. Barges on the "
            "Illinois River could not load fully at Peoria, and grain dealers in Champaign said "
            "prices had jumped. Springfield lawmakers asked Washington for disaster aid, and a "
            "cousin in Springfield, Missouri, sent hay for the Hayes family's cattle. Chicago "
            "traders pushed December corn futures up 4 percent. Decatur, home to two large "
            "grain processing plants, cut its night shifts."
        ),
        {
            "SPRINGFIELD": ("US", "IL"),
            "Illinois": ("US", "IL"),
            "Springfield": ("US", "IL"),
            "Springfield#2": ("US", "IL"),
            "Normal": ("US", "IL"),
            "Bloomington": ("US", "IL"),
            "Lincoln": None,
            "Lincoln#2": None,
            "Decatur": ("US", "IL"),
            "Springfield#3": ("US", "IL"),
            "Washington": ("US", "DC"),
            "Lincoln#3": ("US", "IL"),
            "Peoria": ("US", "IL"),
            "Champaign": ("US", "IL"),
            "Springfield#4": ("US", "IL"),
            "Washington#2": ("US", "DC"),
            "Springfield#5": ("US", "MO"),
            "Missouri": ("US", "MO"),
            "Chicago": ("US", "IL"),
            "Decatur#2": ("US", "IL"),
        },
    ),
    (
        "c",
        (
            "PERTH, Australia — Perth sweltered through a fifth straight day above 40 C on "
            "Thursday, and bushfires threatened farms east of the city near York and Northam, "
            "fire officials said. Perth, often called the most isolated big city in the world, "
            "had never had such a run of heat in February. Fremantle opened its library and town "
            "hall as cooling centres, and the Fremantle Dockers moved training to the evening. "
            '"I moved here from Perth in Scotland for the sunshine, but this is ridiculous," '
            "said Kimberley Shaw, 38, a nurse at a city hospital. Mandurah and Bunbury, on the "
            "coast to the south, set heat records, and Kalgoorlie, in the goldfields, reached "
            "46 C. In Albany, on the south coast, a sea breeze kept the temperature in the 20s. "
            "Canberra sent two firefighting aircraft, and crews flew in from Adelaide. "
            "Relatives in York, England, followed the fires on television."
        ),
        {
            "PERTH": ("AU", "08"),
            "Perth": ("AU", "08"),
            "York": ("AU", "08"),
            "Northam": ("AU", "08"),
            "Perth#2": ("AU", "08"),
            "Fremantle": ("AU", "08"),
            "Fremantle#2": None,
            "Perth#3": ("GB", "SCT"),
            "Scotland": ("GB", "SCT"),
            "Kimberley": None,
            "Mandurah": ("AU", "08"),
            "Bunbury": ("AU", "08"),
            "Kalgoorlie": ("AU", "08"),
            "Albany": ("AU", "08"),
            "Canberra": ("AU", "01"),
            "Adelaide": ("AU", "05"),
            "York#2": ("GB", "ENG"),
            "England": ("GB", "ENG"),
        },
    ),
    (
        "d",
        (
            "READING, Pa. — A snack-food maker said on Monday it would close its bakery in "
            "Reading, cutting 600 jobs in a city that has lost much of its factory work over "
            "the past 40 years. Reading, whose railroad once gave its name to a square on the "
            "Monopoly board, has been one of the poorest cities in Pennsylvania since the "
            "1990s. Production will move to plants in Lancaster and York. "
            '"Reading the letter, I thought of my father, who worked on that line for 35 '
            'years," said Marisol Cruz, 47, a packer. Many of the workers came to the city from '
            "Puerto Rico and the Dominican Republic, and some commute from Lebanon, a town of "
            "26,000 to the west, or from Allentown. The company closed a smaller plant in "
            "Bethlehem in 2019. Hershey, home of the chocolate maker, said it was hiring. "
            "Harrisburg offered retraining grants, and Philadelphia's port said it would lose "
            "rail business. The company's British unit, based in Reading, England, is not "
            "affected."
        ),
        {
            "READING": ("US", "PA"),
            "Reading": ("US", "PA"),
            "Reading#2": ("US", "PA"),
            "Pennsylvania": ("US", "PA"),
            "Lancaster": ("US", "PA"),
            "York": ("US", "PA"),
            "Reading#3": None,
            "Puerto Rico": ("PR", None),
            "Dominican Republic": ("DO", None),
            "Lebanon": ("US", "PA"),
            "Allentown": ("US", "PA"),
            "Bethlehem": ("US", "PA"),
            "Hershey": ("US", "PA"),
            "Harrisburg": ("US", "PA"),
            "Philadelphia": ("US", "PA"),
            "Reading#4": ("GB", "ENG"),
            "England": ("GB", "ENG"),
        },
    ),
    (
        "e",
        (
            "MOSCOW, Idaho — A grass fire driven by dry winds burned across wheat fields east of "
            "Moscow on Wednesday, forcing about 300 families from their homes, officials said. "
            "Moscow, a university town of 26,000 in the rolling Palouse hills, lies 13 km from "
            "Pullman, across the state line in Washington, which sent fire crews to help. Troy, "
            "a town of 900 just east of the flames, was told to be ready to leave. "
            '"My grandmother in Moscow called to ask if I was alive," said Anya Petrova, 20, an '
            'exchange student from Kazan, in Russia. "She saw our Moscow on the news and '
            'thought it was hers." Idaho Governor Brad Little sent National Guard helicopters '
            "from Boise, and smoke drifted over Lewiston and Coeur d'Alene. Spokane's airport "
            "reported thick haze. Washington, D.C., approved federal money to fight the fire, "
            "which had burned 2,400 hectares by evening."
        ),
        {
            "MOSCOW": ("US", "ID"),
            "Moscow": ("US", "ID"),
            "Moscow#2": ("US", "ID"),
            "Pullman": ("US", "WA"),
            "Washington": ("US", "WA"),
            "Troy": ("US", "ID"),
            "Moscow#3": ("RU", None),
            "Kazan": ("RU", None),
            "Russia": ("RU", None),
            "Moscow#4": ("US", "ID"),
            "Idaho#2": ("US", "ID"),
            "Boise": ("US", "ID"),
            "Lewiston": ("US", "ID"),
            "Coeur d'Alene": ("US", "ID"),
            "Spokane": ("US", "WA"),
            "Washington#2": ("US", "DC"),
        },
    ),
    (
        "f",
        (
            "DURHAM, N.C. — A broken water main left most of Durham without drinkable water on "
            "Monday, closing schools and forcing hospitals to truck in supplies, city officials "
            "said. Durham, a city of 290,000 that grew rich on tobacco, expects repairs to take "
            "at least three days. The Durham Bulls moved Tuesday's baseball game to Charlotte. "
            '"We are boiling water on the stove like it is 1900," said Charlotte Pierce, 44, who '
            "runs a bakery downtown. Chapel Hill and Cary, which share parts of the regional "
            "system, asked residents to save water. Raleigh, the state capital named after Sir "
            "Walter Raleigh, sent 20 tanker trucks, and Greensboro and Wilmington offered "
            "bottled water. Asheville, still rebuilding its own pipes after Hurricane Helene, "
            "sent two engineers. A visiting historian from Durham, England, said she now "
            "understood how medieval monks had lived. Washington sent a team from the Army "
            "Corps of Engineers."
        ),
        {
            "DURHAM": ("US", "NC"),
            "Durham": ("US", "NC"),
            "Durham#2": ("US", "NC"),
            "Durham#3": None,
            "Charlotte": ("US", "NC"),
            "Charlotte#2": None,
            "Chapel Hill": ("US", "NC"),
            "Cary": ("US", "NC"),
            "Raleigh": ("US", "NC"),
            "Raleigh#2": None,
            "Greensboro": ("US", "NC"),
            "Wilmington": ("US", "NC"),
            "Asheville": ("US", "NC"),
            "Durham#4": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "g",
        (
            "NEWCASTLE, Australia — A magnitude 5.1 earthquake shook Newcastle before dawn on "
            "Sunday, cracking walls, toppling chimneys and setting off car alarms across the "
            "city, officials said. Newcastle, a coal port of 170,000 at the mouth of the Hunter "
            "River, was last struck by a deadly quake in 1989, when 13 people died. The "
            "Newcastle Jets postponed their home game. Singleton, Maitland and Cessnock in the "
            "Hunter Valley reported cracked roads and broken shop windows. "
            '"The whole house jumped as if a truck had hit it," said Sydney Walsh, 23, a nurse '
            "on night shift at the John Hunter Hospital. Sydney, 160 km to the south, felt only "
            "a faint tremor, and Gosford reported no damage. The New South Wales premier flew in "
            "by helicopter, and Canberra offered federal help. The city takes its name from "
            "Newcastle upon Tyne in England, whose lord mayor sent a message of support. "
            "Newcastle's harbour, the world's biggest coal export port, kept working. "
            "Wollongong sent structural engineers."
        ),
        {
            "NEWCASTLE": ("AU", "02"),
            "Newcastle": ("AU", "02"),
            "Newcastle#2": ("AU", "02"),
            "Newcastle#3": None,
            "Singleton": ("AU", "02"),
            "Maitland": ("AU", "02"),
            "Cessnock": ("AU", "02"),
            "Sydney": None,
            "Sydney#2": ("AU", "02"),
            "Gosford": ("AU", "02"),
            "New South Wales": ("AU", "02"),
            "Canberra": ("AU", "01"),
            "Newcastle upon Tyne": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Newcastle#5": ("AU", "02"),
            "Wollongong": ("AU", "02"),
        },
    ),
    (
        "h",
        (
            "HOPE, Ark. — A tornado tore through Hope late on Friday, flattening dozens of homes "
            "and the roof of a middle school in the small town best known as the birthplace of "
            "Bill Clinton, officials said. Hope, a town of 8,000 in southwest Arkansas that "
            "also calls itself the watermelon capital of the world, reported no deaths, but 14 "
            "people were taken to hospitals in Texarkana. "
            '"Hope is about all we have left," said Pastor Dale Rivers, 61, standing in what '
            "remained of his church. Prescott, 25 km to the northeast, and Nashville, to the "
            "west, reported downed power lines, and Magnolia and Camden sent crews to clear "
            "roads. Little Rock sent 200 National Guard troops, and Washington approved "
            "emergency aid on Saturday. Clinton, who lived in Hope until he was four, said his "
            "prayers were with his home town. Storms also damaged barns across the state line "
            "in Texas."
        ),
        {
            "HOPE": ("US", "AR"),
            "Hope": ("US", "AR"),
            "Clinton": None,
            "Hope#2": ("US", "AR"),
            "Arkansas": ("US", "AR"),
            "Texarkana": ("US", None),
            "Hope#3": None,
            "Prescott": ("US", "AR"),
            "Nashville": ("US", "AR"),
            "Magnolia": ("US", "AR"),
            "Camden": ("US", "AR"),
            "Little Rock": ("US", "AR"),
            "Washington": ("US", "DC"),
            "Clinton#2": None,
            "Hope#4": ("US", "AR"),
            "Texas": ("US", "TX"),
        },
    ),
    (
        "i",
        (
            "BERGEN, Norway — Britain, Norway and the European Union agreed on Thursday to cut "
            "mackerel catches in the northeast Atlantic by a fifth next year, ending a row that "
            "had kept Scottish boats out of Norwegian waters since March. The deal, struck after "
            "three days of talks in Bergen, still needs the approval of Iceland and the Faroe "
            "Islands, which have set their own quotas for years. Reykjavik said it would study "
            "the text, while Torshavn called the cut unfair to small island communities. London "
            "hailed the agreement as a victory for Scottish fishermen, and Downing Street said "
            "the prime minister had spoken to his Norwegian counterpart by telephone. Brussels "
            "said the deal protected jobs in Ireland and the Netherlands. Skippers in Peterhead "
            'were cautious. "Whitehall signs the deals, but it is our boats that stay tied up," '
            "said Ewan Mackay, 52, who has fished out of the port for 30 years. Oslo also agreed "
            "to let Russian trawlers keep their quota in the Barents Sea, a decision the Kremlin "
            "welcomed."
        ),
        {
            "BERGEN": ("NO", None),
            "Britain": ("GB", None),
            "Norway#2": ("NO", None),
            "Scottish": ("GB", "SCT"),
            "Norwegian": ("NO", None),
            "Bergen": ("NO", None),
            "Iceland": ("IS", None),
            "Faroe Islands": ("FO", None),
            "Reykjavik": ("IS", None),
            "Torshavn": ("FO", None),
            "London": ("GB", "ENG"),
            "Scottish#2": ("GB", "SCT"),
            "Downing Street": ("GB", "ENG"),
            "Norwegian#2": ("NO", None),
            "Brussels": ("BE", None),
            "Ireland": ("IE", None),
            "Netherlands": ("NL", None),
            "Peterhead": ("GB", "SCT"),
            "Whitehall": ("GB", "ENG"),
            "Oslo": ("NO", None),
            "Russian": ("RU", None),
            "Kremlin": ("RU", None),
        },
    ),
    (
        "j",
        (
            "KINSHASA, Congo — Crowds packed the Boulevard du 30 Juin in Kinshasa on Monday to "
            "mark 65 years of independence from Belgium, with a military parade and a speech by "
            "President Felix Tshisekedi that dwelt on the war in the east. Kinshasa, which was "
            "called Leopoldville until 1966, has grown from about 400,000 people at "
            "independence to more than 17 million. Across the river, Brazzaville, the capital "
            "of the Republic of Congo, held a smaller ceremony. In Lubumbashi, known as "
            "Elisabethville in colonial times, copper miners marched with flags, and "
            "Kisangani, the former Stanleyville, held a concert on the riverbank. There were no "
            "celebrations in Goma, which M23 rebels have held since January. Kigali denies "
            'backing the rebels. "My grandfather was born in Leopoldville, I was born in Zaire, '
            'and my children were born in Kinshasa," said Jean-Pierre Mbala, 58, a retired '
            'teacher. "Three names, one city." Zaire was the name Mobutu Sese Seko gave the '
            "country in 1971. Brussels sent a junior minister, and Belgian television broadcast "
            "the parade live."
        ),
        {
            "KINSHASA": ("CD", None),
            "Kinshasa": ("CD", None),
            "Belgium": ("BE", None),
            "Kinshasa#2": ("CD", None),
            "Leopoldville": ("CD", None),
            "Brazzaville": ("CG", None),
            "Republic of Congo": ("CG", None),
            "Lubumbashi": ("CD", None),
            "Elisabethville": ("CD", None),
            "Kisangani": ("CD", None),
            "Stanleyville": ("CD", None),
            "Goma": ("CD", None),
            "Kigali": ("RW", None),
            "Leopoldville#2": ("CD", None),
            "Zaire": ("CD", None),
            "Kinshasa#3": ("CD", None),
            "Zaire#2": ("CD", None),
            "Brussels": ("BE", None),
            "Belgian": ("BE", None),
        },
    ),
]

_A28 = "LONDON, Ontario — The Thames R"
_B28 = "SPRINGFIELD, Ill. — Farmers ac"
_C28 = "PERTH, Australia — Perth swelt"
_D28 = "READING, Pa. — A snack-food ma"
_E28 = "MOSCOW, Idaho — A grass fire d"
_F28 = "DURHAM, N.C. — A broken water "
_G28 = "NEWCASTLE, Australia — A magni"
_H28 = "HOPE, Ark. — A tornado tore th"
_I28 = "BERGEN, Norway — Britain, Norw"
_J28 = "KINSHASA, Congo — Crowds packe"
BATCH_28_XFAIL: dict[tuple[str, str], str] = {
    (_A28, "Queen's Park"): (
        'first run on 562385a: "Queen\'s Park" not found as a place (overlap: None)'
    ),
    (_B28, "Lincoln"): ("first run on 562385a: 'Lincoln' should be no place, got Lincoln (US, IL)"),
    (_B28, "Washington"): ("first run on 562385a: 'Washington' Washington, IL"),
    (_D28, "Reading#2"): ("first run on 562385a: 'Reading#2' not found as a place (overlap: None)"),
    (_D28, "Reading#3"): (
        "first run on 562385a: 'Reading#3' should be no place, got Reading (US, PA)"
    ),
    (_D28, "Hershey"): ("first run on 562385a: 'Hershey' not found as a place (overlap: None)"),
    (_E28, "Washington"): ("first run on 562385a: 'Washington' Washington, DC"),
    (_E28, "Moscow#3"): ("first run on 562385a: 'Moscow#3' Moscow in US"),
    (_E28, "Idaho#2"): ("first run on 562385a: 'Idaho#2' not found as a place (overlap: None)"),
    (_H28, "Hope#3"): ("first run on 562385a: 'Hope#3' should be no place, got Hope (US, AR)"),
    (_I28, "Scottish"): ("first run on 562385a: 'Scottish' United Kingdom, "),
    (_I28, "Reykjavik"): ("first run on 562385a: 'Reykjavik' not found as a place (overlap: None)"),
    (_I28, "Scottish#2"): ("first run on 562385a: 'Scottish#2' United Kingdom, "),
    (_J28, "Republic of Congo"): (
        "first run on 562385a: 'Republic of Congo' not found as a place (overlap: Democratic "
        "Republic of the Congo)"
    ),
    (_J28, "Kisangani"): ("first run on 562385a: 'Kisangani' not found as a place (overlap: None)"),
    (_J28, "Stanleyville"): (
        "first run on 562385a: 'Stanleyville' not found as a place (overlap: None)"
    ),
    (_J28, "Kigali"): ("first run on 562385a: 'Kigali' not found as a place (overlap: None)"),
}
BATCH_28_NAMES = _named_params(28, BATCH_28, BATCH_28_XFAIL)


# --- batch 29 (blind) -----------------------------------------------------------------------------
# Trap articles for batch 29, written before running the pipeline on them, in ten places and
# topics the earlier trap batches do not use as datelines; each keyed name is a (country code,
# GeoNames admin1 code or None) pair, or None when the mention must not be taken as a place;
# "Name#2" is the second occurrence of the exact string in the text (case-sensitive, whole words
# as `_occurrence` counts them, the dateline included, and occurrences inside longer names
# counted, as in 'Plymouth Argyle', 'Navi Mumbai' or 'Santiago de Compostela', but not inside
# longer words, as 'Warwick' in 'Warwickshire', 'Venezuela' in 'Venezuelan' or 'Chile' in
# 'Chilean'). (a) pecan orchards after a hurricane in Albany, Georgia: 'ALBANY, Ga.' and Albany
# twice for the city beside Albany, New York (the third 'Albany'), Georgia the state (the first),
# a grower named Georgia (the second) and Georgia the country in the Caucasus (the third) with
# Tbilisi, Leesburg (one in Virginia and one in Florida too), Tifton, Moultrie, Cordele, Dublin
# (the Georgia town, not Ireland's capital) opening a sentence, Americus, Atlanta as the state
# government, Washington as the federal government, Mexico, Macon and Valdosta; the Flint River
# and the Caucasus are not keyed; (b) the Mayflower replica back in Plymouth, Massachusetts:
# 'PLYMOUTH, Mass.' and Plymouth twice for the town beside Plymouth in England (the third and
# fourth, "The older Plymouth's"), the football club Plymouth Argyle (the fifth), Mystic (a common
# word) and Connecticut, Southampton, England, a guide named Kingston Lowell (both names are
# Massachusetts towns too) beside the town of Kingston (the second), Duxbury, Boston as the state
# government, Provincetown, Leiden and Dutch; the Mayflower, the Pilgrims and Cape Cod are not
# keyed; (c) fuel queues in Tripoli, Libya: 'TRIPOLI, Libya' and Tripoli three times for the
# Libyan capital (the fifth as 'the Tripoli authorities', the government) beside Tripoli in
# Lebanon (the third), the football club Al-Ahli Tripoli (the fourth) and Tripoli in Greece (the
# sixth, 'in the Peloponnese', after 'Greek'), Lebanon, Benghazi, a taxi driver named Salem (a
# city in Oregon and one in India), Misrata, Tunis, Istanbul, Rome and Ankara as the Italian and
# Turkish governments, Valletta as Malta's, Maltese, Greek, Sabratha, Libyan; the Mediterranean,
# the United Nations, Mitiga airport and the Peloponnese are not keyed; (d) a flood anniversary
# march in Valencia, Spain: 'VALENCIA, Spain' and Valencia twice for the Spanish city (the second
# opening a sentence) beside the football club Valencia CF (the third) and Valencia in Venezuela
# (the fourth) with Venezuelan and Venezuela, Paiporta twice, Catarroja, Alfafar, Sedavi,
# Barcelona, Alicante, Zaragoza, Real Madrid (a club, the first 'Madrid') beside Madrid as the
# Spanish government twice (once opening a quoted sentence), Chiva; a marcher named Rosa Llorens
# is not keyed; (e) a Grey Cup parade in Hamilton, Ontario: 'HAMILTON, Ontario' and Hamilton twice
# for the city beside the Hamilton Tiger-Cats (a club, the second), Hamilton in Bermuda (the
# fourth) and in New Zealand (the fifth), the racing driver Lewis Hamilton (the sixth), the
# Winnipeg Blue Bombers (a club, the first 'Winnipeg') beside Winnipeg the city, Burlington (one
# in Vermont too), Brantford, Stoney Creek, Ancaster, Grimsby (an English port too), Bermuda, New
# Zealand, the Toronto Argonauts (a club), Queen's Park as the Ontario government, Ottawa as the
# federal government, Guelph; Lake Ontario, the Grey Cup and Parliament Hill are not keyed; (f) a
# ballpark roof repaired in St. Petersburg, Florida: 'ST. PETERSBURG, Fla.' and St. Petersburg
# twice for the city beside St. Petersburg in Russia (the third) and Leningrad (its Soviet name,
# Russia's city), the Tampa Bay Rays (a club, the first 'Tampa') beside Tampa the city, Russia
# twice, a council member named Florence, Clearwater, Sarasota, Venice and Naples (the Florida
# towns) beside Naples in Italy (the second) and Italian and Italy, Tallahassee as the state
# government, Washington as the federal government; Tropicana Field and Hurricane Milton are not
# keyed; (g) a smog emergency in Santiago, Chile: 'SANTIAGO, Chile' and Santiago twice for the
# Chilean capital beside Santiago de Compostela (keyed whole, the inner 'Santiago' being the third
# and not keyed on its own) and a teacher named Santiago Fuentes (the fourth), the football club
# Universidad de Chile (the second 'Chile', the first being the dateline's), Spanish, Rancagua,
# Talca, Temuco, Valparaiso as the seat of Congress, Concepcion (one in Paraguay too) and Los
# Angeles (the Chilean town in Biobio, not California's city), Chilean, Mendoza and Argentina; the
# Andes, the Camino and the club Colo-Colo are not keyed; (h) warehouses in Rugby, England:
# 'RUGBY, England' and Rugby three times for the town (twice opening a sentence) beside 'Rugby
# union fans' (the sport, the third) and Rugby in North Dakota (the fifth), Warwickshire, a
# forklift driver named Warwick (a town near by), Crick (a common word) opening a sentence,
# Daventry, Lutterworth, Coventry, Leicester beside the Leicester Tigers (a club, the second),
# Northampton, London as the British government, North Dakota; the motorways and North America are
# not keyed; (i) an African Union summit in Addis Ababa, told with capitals for governments and
# with demonyms: 'ADDIS ABABA, Ethiopia' and Addis Ababa, Ethiopia three times (after the
# dateline's), Cairo as the Egyptian government, Egyptian, Ethiopian twice, Asmara as Eritrea's
# government, Mogadishu as Somalia's, Nairobi as Kenya's, Kenyan twice, Djibouti (the country or
# its capital, keyed at country level), Brussels as the European Union, Chinese in 'Chinese-built'
# (hyphenated), Eritrean, Egypt; the African Union, its headquarters and the Blue Nile are not
# keyed; (j) monsoon floods in Mumbai, told with former names: 'MUMBAI, India' and Mumbai twice
# for the city beside Bombay (its former name), Navi Mumbai (a separate planned city, keyed whole;
# its inner 'Mumbai', the third, not keyed on its own), the Mumbai Indians (a cricket club, the
# fourth), 'Bombay duck' (a fish, the second 'Bombay'), Pune twice (the second in 'Pune-based',
# hyphenated), Madras and Calcutta (the old names of Chennai and Kolkata, which follow),
# Bangalore, Thane, New Delhi as the government.
#
# Decisions (as in batches 7-28): a dateline is a place; a club or team named after a place is no
# place (Plymouth Argyle, Al-Ahli Tripoli, Valencia CF, Real Madrid, the Hamilton Tiger-Cats, the
# Winnipeg Blue Bombers, the Toronto Argonauts, the Tampa Bay Rays, Universidad de Chile, the
# Leicester Tigers, the Mumbai Indians), nor a person's first name (Georgia Pruitt, Kingston
# Lowell, Salem, Florence Martin, Santiago Fuentes, Warwick Blake) or surname (Lowell, Lewis
# Hamilton), nor a sport named like a town ('Rugby union fans'), nor a fish named after a city
# ('Bombay duck'); a town whose name is a common word is a place when the text means the town, at
# the start of a sentence too (Mystic, Crick, Dublin, Rugby); a nationality adjective is its
# country (Dutch, Maltese, Greek, Libyan, Venezuelan, Italian, Spanish, Chilean, Egyptian,
# Ethiopian, Kenyan, Chinese, Eritrean); a capital or a building named for its government is the
# capital's place (Atlanta, Washington, Boston, Rome, Ankara, Valletta, the Tripoli authorities,
# Madrid, Queen's Park, Ottawa, Tallahassee, Valparaiso for the Congress, London, Cairo, Asmara,
# Mogadishu, Nairobi, Brussels, New Delhi); a former name is the current place (Leningrad is St.
# Petersburg in Russia, Bombay is Mumbai, Madras is Chennai, Calcutta is Kolkata; Bangalore, the
# older spelling of Bengaluru, is that city); a town named like a bigger or better-known place is
# the town the text means (Albany, Georgia, Leesburg, Dublin and Macon in Georgia until the text
# names New York and the country of Georgia; Plymouth, Kingston and Mystic in New England until it
# names England; Tripoli in Libya except where it names Lebanon and the Peloponnese; Valencia in
# Spain until it names Venezuela; Hamilton, Burlington and Grimsby in Ontario except where it
# names Bermuda and New Zealand; St. Petersburg, Venice and Naples in Florida until it names
# Russia and Italy; Santiago, Concepcion and Los Angeles in Chile; Rugby in England until it names
# North Dakota). Not keyed: rivers, lakes, seas, regions, mountain ranges, airports, stadiums,
# monuments, organisations, events, ships and storms (the Flint River, the Caucasus, Cape Cod, the
# Mayflower, the Mediterranean, the United Nations, Mitiga airport, the Peloponnese, Lake Ontario,
# Parliament Hill, the Grey Cup, Tropicana Field, Hurricane Milton, the Andes, the Camino,
# Colo-Colo, North America, the African Union, the Blue Nile), states, provinces and countries in
# datelines ('Ga.', 'Mass.', 'Libya', 'Spain', 'Ontario', 'Fla.', 'Chile', 'England', 'Ethiopia',
# 'India'), the inner 'Santiago' of 'Santiago de Compostela' and the inner 'Mumbai' of 'Navi
# Mumbai'. 184 names are keyed. Admin1 codes are GeoNames': US two-letter states (CT, DC, FL, GA,
# MA, ND, NY); CA 03 Manitoba and 08 Ontario; GB ENG England. All other countries are checked at
# country level (Mexico, Georgia (GE), the Netherlands, Libya, Lebanon, Tunisia, Turkey, Italy,
# Malta, Greece, Spain, Venezuela, Bermuda (BM), New Zealand, Russia, Chile, Argentina, Ethiopia,
# Egypt, Eritrea, Somalia, Kenya, Djibouti, Belgium, China, India), whose admin1 codes were not
# certain enough to key.
BATCH_29: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "ALBANY, Ga. — Pecan growers around Albany are still clearing fallen trees a year "
            "after a hurricane flattened orchards across southwest Georgia, and many say they "
            "will not replant. Albany, a city of 70,000 on the Flint River, sits in the middle of "
            "the state's pecan country, which grows about a third of the nation's crop. \"Folks "
            'up in Albany, New York, think pecans grow on Christmas cards," said Georgia Pruitt, '
            "61, whose family has farmed near Leesburg for four generations. Growers in Tifton "
            "and Moultrie reported the same losses, and a shelling plant in Cordele cut a shift. "
            "Dublin, two hours to the northeast, sent work crews, and Americus opened a warehouse "
            "for salvaged nuts. Atlanta promised low-interest loans, but farmers said federal "
            "money from Washington was slow to arrive. Exporters said overseas buyers had turned "
            "to pecans from Mexico. A delegation from Georgia, the country in the Caucasus, "
            "toured a farm last month to study irrigation for its own orchards near Tbilisi. "
            "Macon and Valdosta held job fairs for laid-off farmhands."
        ),
        {
            "ALBANY": ("US", "GA"),
            "Albany": ("US", "GA"),
            "Georgia": ("US", "GA"),
            "Albany#2": ("US", "GA"),
            "Albany#3": ("US", "NY"),
            "New York": ("US", "NY"),
            "Georgia#2": None,
            "Leesburg": ("US", "GA"),
            "Tifton": ("US", "GA"),
            "Moultrie": ("US", "GA"),
            "Cordele": ("US", "GA"),
            "Dublin": ("US", "GA"),
            "Americus": ("US", "GA"),
            "Atlanta": ("US", "GA"),
            "Washington": ("US", "DC"),
            "Mexico": ("MX", None),
            "Georgia#3": ("GE", None),
            "Tbilisi": ("GE", None),
            "Macon": ("US", "GA"),
            "Valdosta": ("US", "GA"),
        },
    ),
    (
        "b",
        (
            "PLYMOUTH, Mass. — The wooden replica of the Mayflower returned to its berth in "
            "Plymouth on Wednesday after a winter of repairs at a shipyard in Mystic, "
            "Connecticut, in time for the summer tourist season. Plymouth, where the Pilgrims "
            "came ashore in 1620, expects more than a million visitors this year. The Pilgrims "
            "had sailed from Southampton and then from Plymouth in England, and the two towns "
            "still swap school groups every summer. The older Plymouth's football club, Plymouth "
            'Argyle, sent a signed shirt for the museum. "Half our visitors think the rock is the '
            'ship," said Kingston Lowell, 24, a guide on the dock. Traffic backed up through '
            "neighbouring Kingston and Duxbury as crowds came to watch a tug bring the ship in. "
            "Boston approved money for a new seawall. Provincetown, at the tip of Cape Cod, "
            "reminded visitors that the Mayflower anchored there first. The Pilgrims had lived "
            "for a decade in Leiden before the voyage, and a Dutch choir will sing at the harbour "
            "in July."
        ),
        {
            "PLYMOUTH": ("US", "MA"),
            "Plymouth": ("US", "MA"),
            "Mystic": ("US", "CT"),
            "Connecticut": ("US", "CT"),
            "Plymouth#2": ("US", "MA"),
            "Southampton": ("GB", "ENG"),
            "Plymouth#3": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Plymouth#4": ("GB", "ENG"),
            "Plymouth#5": None,
            "Kingston": None,
            "Lowell": None,
            "Kingston#2": ("US", "MA"),
            "Duxbury": ("US", "MA"),
            "Boston": ("US", "MA"),
            "Provincetown": ("US", "MA"),
            "Leiden": ("NL", None),
            "Dutch": ("NL", None),
        },
    ),
    (
        "c",
        (
            "TRIPOLI, Libya — Long queues formed at petrol stations across Tripoli on Sunday "
            "after clashes between rival armed groups closed the road to the city's main fuel "
            "depot, residents said. Tripoli, a city of more than a million people on the "
            "Mediterranean coast, is the seat of the government recognised by the United Nations, "
            'while a rival administration rules the east from Benghazi. "My cousin in Tripoli in '
            'Lebanon sends me pictures of his queues, so at least we are not alone," said Salem, '
            "a taxi driver. Flights from Mitiga airport to Misrata, Tunis and Istanbul were "
            "delayed, and Al-Ahli Tripoli postponed its league match. Rome and Ankara, which both "
            "back the Tripoli authorities, called for calm, and Valletta said Maltese ferries "
            "would keep running. A Greek tourist from Tripoli in the Peloponnese, who had come to "
            "see the ruins at Sabratha, said he had never seen queues like it. Libyan officials "
            "promised the depot would reopen within two days."
        ),
        {
            "TRIPOLI": ("LY", None),
            "Tripoli": ("LY", None),
            "Tripoli#2": ("LY", None),
            "Benghazi": ("LY", None),
            "Tripoli#3": ("LB", None),
            "Lebanon": ("LB", None),
            "Salem": None,
            "Misrata": ("LY", None),
            "Tunis": ("TN", None),
            "Istanbul": ("TR", None),
            "Tripoli#4": None,
            "Rome": ("IT", None),
            "Ankara": ("TR", None),
            "Tripoli#5": ("LY", None),
            "Valletta": ("MT", None),
            "Maltese": ("MT", None),
            "Greek": ("GR", None),
            "Tripoli#6": ("GR", None),
            "Sabratha": ("LY", None),
            "Libyan": ("LY", None),
        },
    ),
    (
        "d",
        (
            "VALENCIA, Spain — Tens of thousands of people marched through Valencia on "
            "Saturday, a year after flash floods killed more than 220 people in the towns on its "
            "southern edge, and called for the regional leader to be put on trial. Valencia "
            "itself was mostly spared when the rain came, but in Paiporta, where 45 people "
            "drowned, mud still marks the walls of ground-floor flats. Buses brought marchers "
            "from Catarroja, Alfafar and Sedavi, and volunteers who had shovelled mud last year "
            "came back from Barcelona, Alicante and Zaragoza. Valencia CF players wore black "
            "armbands at their home match, and Real Madrid held a minute's silence. \"Madrid sent "
            'the soldiers five days late," said Rosa Llorens, 54, who lost her shop in Chiva, '
            "where the storm first broke. A Venezuelan choir, whose singers come from Valencia, "
            "Venezuela, and have settled in Paiporta, sang at the end of the march. The "
            "government in Madrid says it has paid out more than 3 billion euros in aid."
        ),
        {
            "VALENCIA": ("ES", None),
            "Valencia": ("ES", None),
            "Valencia#2": ("ES", None),
            "Paiporta": ("ES", None),
            "Catarroja": ("ES", None),
            "Alfafar": ("ES", None),
            "Sedavi": ("ES", None),
            "Barcelona": ("ES", None),
            "Alicante": ("ES", None),
            "Zaragoza": ("ES", None),
            "Valencia#3": None,
            "Madrid": None,
            "Madrid#2": ("ES", None),
            "Chiva": ("ES", None),
            "Venezuelan": ("VE", None),
            "Valencia#4": ("VE", None),
            "Venezuela": ("VE", None),
            "Paiporta#2": ("ES", None),
            "Madrid#3": ("ES", None),
        },
    ),
    (
        "e",
        (
            "HAMILTON, Ontario — Tens of thousands of fans lined the streets of Hamilton on "
            "Tuesday to welcome home the Hamilton Tiger-Cats, who beat the Winnipeg Blue Bombers "
            "in Winnipeg on Sunday to win the Grey Cup for the first time since 1999. Hamilton, a "
            "steel city at the western end of Lake Ontario, gave schoolchildren the afternoon "
            "off. The team's owner cut short a holiday in Hamilton, Bermuda, to ride on the lead "
            "float. Fans drove in from Burlington and Brantford, and buses came from Stoney "
            "Creek, Ancaster and Grimsby. A family visiting from Hamilton, New Zealand, joined "
            'the crowd in borrowed jerseys. "Even Lewis Hamilton never got a welcome like this," '
            "said Maria Costa, 52, who works at the last steel mill in the city. Fans of the "
            "Toronto Argonauts, the team's oldest rivals, were hard to find. Queen's Park sent "
            "its congratulations, Ottawa promised the players a visit to Parliament Hill, and "
            "Guelph lit its city hall in black and gold."
        ),
        {
            "HAMILTON": ("CA", "08"),
            "Hamilton": ("CA", "08"),
            "Hamilton#2": None,
            "Winnipeg": None,
            "Winnipeg#2": ("CA", "03"),
            "Hamilton#3": ("CA", "08"),
            "Hamilton#4": ("BM", None),
            "Bermuda": ("BM", None),
            "Burlington": ("CA", "08"),
            "Brantford": ("CA", "08"),
            "Stoney Creek": ("CA", "08"),
            "Ancaster": ("CA", "08"),
            "Grimsby": ("CA", "08"),
            "Hamilton#5": ("NZ", None),
            "New Zealand": ("NZ", None),
            "Hamilton#6": None,
            "Toronto": None,
            "Queen's Park": ("CA", "08"),
            "Ottawa": ("CA", "08"),
            "Guelph": ("CA", "08"),
        },
    ),
    (
        "f",
        (
            "ST. PETERSBURG, Fla. — The Tampa Bay Rays will play their home games in St. "
            "Petersburg again next season now that crews have finished replacing the roof of "
            "Tropicana Field, which Hurricane Milton shredded last year, city officials said on "
            "Monday. St. Petersburg spent $55 million on the repairs while the team played across "
            'the bay in Tampa at a spring training ballpark. "We had people calling from St. '
            'Petersburg, Russia, asking whether our city had been destroyed," said council member '
            "Florence Martin. Clearwater, to the north, reopened parks damaged by the storm, and "
            "Sarasota, Venice and Naples, farther down the coast, reported record bookings. An "
            "Italian couple who run a pizzeria downtown said friends in Naples, Italy, had seen "
            "the storm on the news and feared for them. Tallahassee approved a loan for the "
            "stadium, and Washington paid for part of the cleanup. The city was named in 1888 by "
            "a railway builder from Russia after the city where he had lived, which was called "
            "Leningrad from 1924 to 1991."
        ),
        {
            "ST. PETERSBURG": ("US", "FL"),
            "Tampa": None,
            "St. Petersburg": ("US", "FL"),
            "St. Petersburg#2": ("US", "FL"),
            "Tampa#2": ("US", "FL"),
            "St. Petersburg#3": ("RU", None),
            "Russia": ("RU", None),
            "Florence": None,
            "Clearwater": ("US", "FL"),
            "Sarasota": ("US", "FL"),
            "Venice": ("US", "FL"),
            "Naples": ("US", "FL"),
            "Italian": ("IT", None),
            "Naples#2": ("IT", None),
            "Italy": ("IT", None),
            "Tallahassee": ("US", "FL"),
            "Washington": ("US", "DC"),
            "Russia#2": ("RU", None),
            "Leningrad": ("RU", None),
        },
    ),
    (
        "g",
        (
            "SANTIAGO, Chile — Authorities in Santiago declared an environmental emergency on "
            "Wednesday, ordering 40 percent of cars off the road and banning wood-burning stoves, "
            "as smog trapped by the Andes reached its worst level in a decade. Santiago, home to "
            "nearly 7 million people, sits in a basin where cold winter air holds pollution close "
            "to the ground. A derby between Colo-Colo and Universidad de Chile was moved to the "
            'afternoon. "I walked the Camino to Santiago de Compostela last year and breathed '
            'better in a Spanish cow barn," said Santiago Fuentes, 41, a teacher who cycles to '
            "work with a mask. Rancagua and Talca, to the south, also reported high readings, and "
            "Temuco, where most homes burn wood for heat, declared its own alert. Lawmakers in "
            "Valparaiso debated a national ban on wood stoves. Concepcion and Los Angeles, "
            "farther south, escaped with rain. Chilean doctors said hospital visits for asthma "
            "had doubled in a week, and Mendoza, across the Andes in Argentina, reported a haze."
        ),
        {
            "SANTIAGO": ("CL", None),
            "Santiago": ("CL", None),
            "Santiago#2": ("CL", None),
            "Chile#2": None,
            "Santiago de Compostela": ("ES", None),
            "Spanish": ("ES", None),
            "Santiago#4": None,
            "Rancagua": ("CL", None),
            "Talca": ("CL", None),
            "Temuco": ("CL", None),
            "Valparaiso": ("CL", None),
            "Concepcion": ("CL", None),
            "Los Angeles": ("CL", None),
            "Chilean": ("CL", None),
            "Mendoza": ("AR", None),
            "Argentina": ("AR", None),
        },
    ),
    (
        "h",
        (
            "RUGBY, England — Rugby, the Warwickshire market town where the sport is said to "
            "have been born when a schoolboy picked up the ball in 1823, is now better known for "
            "its warehouses. Rugby has added more than 8,000 jobs in five years as online "
            "retailers build giant sheds beside the motorways that meet on its edge. Rugby union "
            "fans still come to see the school's playing field, but most newcomers arrive to work "
            'night shifts. "Say you live in Rugby and people ask which position you play," said '
            "Warwick Blake, 33, a forklift driver. Crick, a village just across the county line, "
            "hosts one of the largest rail freight terminals in the country, and Daventry and "
            "Lutterworth have filled with depots too. Workers commute from Coventry and "
            "Leicester, where the Leicester Tigers train, and a few from as far as Northampton. "
            "London has promised money for a new railway station. In Rugby, North Dakota, which "
            "calls itself the centre of North America, the mayor sent a letter of greeting."
        ),
        {
            "RUGBY": ("GB", "ENG"),
            "Rugby": ("GB", "ENG"),
            "Warwickshire": ("GB", "ENG"),
            "Rugby#2": ("GB", "ENG"),
            "Rugby#3": None,
            "Rugby#4": ("GB", "ENG"),
            "Warwick": None,
            "Crick": ("GB", "ENG"),
            "Daventry": ("GB", "ENG"),
            "Lutterworth": ("GB", "ENG"),
            "Coventry": ("GB", "ENG"),
            "Leicester": ("GB", "ENG"),
            "Leicester#2": None,
            "Northampton": ("GB", "ENG"),
            "London": ("GB", "ENG"),
            "Rugby#5": ("US", "ND"),
            "North Dakota": ("US", "ND"),
        },
    ),
    (
        "i",
        (
            "ADDIS ABABA, Ethiopia — African Union leaders ended a two-day summit in Addis "
            "Ababa on Sunday without a deal in the dispute over Ethiopia's giant dam on the Blue "
            "Nile, and Cairo warned that it would defend its share of the river's water. Egyptian "
            "officials walked out of a closed session on Saturday after the Ethiopian prime "
            'minister called the dam "a matter of national survival." Asmara sent only a junior '
            "minister, and Mogadishu complained about Ethiopian troops on its border. Nairobi "
            "offered to host talks next month, and a Kenyan envoy shuttled between the "
            "delegations late into the night. Djibouti, whose port handles most of Ethiopia's "
            "trade, asked for a new railway line. Brussels pledged money for drought relief. The "
            "summit met in the Chinese-built African Union headquarters, a gift finished in 2012. "
            'Eritrean diplomats left before the closing speech. "We will not leave Ethiopia '
            'without water, and Egypt will not go thirsty either," a Kenyan minister said.'
        ),
        {
            "ADDIS ABABA": ("ET", None),
            "Addis Ababa": ("ET", None),
            "Ethiopia#2": ("ET", None),
            "Cairo": ("EG", None),
            "Egyptian": ("EG", None),
            "Ethiopian": ("ET", None),
            "Asmara": ("ER", None),
            "Mogadishu": ("SO", None),
            "Ethiopian#2": ("ET", None),
            "Nairobi": ("KE", None),
            "Kenyan": ("KE", None),
            "Djibouti": ("DJ", None),
            "Ethiopia#3": ("ET", None),
            "Brussels": ("BE", None),
            "Chinese": ("CN", None),
            "Eritrean": ("ER", None),
            "Ethiopia#4": ("ET", None),
            "Egypt": ("EG", None),
            "Kenyan#2": ("KE", None),
        },
    ),
    (
        "j",
        (
            "MUMBAI, India — Mumbai's suburban trains carried a record 8.2 million passengers "
            "on Monday as monsoon rains flooded roads across the city, railway officials said. "
            "Mumbai, still called Bombay by many older residents, receives most of its yearly "
            "rain between June and September. Navi Mumbai, the planned city across the harbour, "
            "opened its new airport to diverted flights, and the Mumbai Indians postponed a "
            "charity match. Fishermen in the old villages of the city said boats had stayed in "
            "port for a week and that there was no Bombay duck, the small dried fish, to be "
            'found. Flights were also diverted to Pune. "My sisters call every hour from Madras '
            'and Calcutta," said Ashok Rao, 72, who still uses the old names for Chennai and '
            "Kolkata. Bangalore sent pumps, and Thane, just to the north, closed its schools. New "
            "Delhi promised army help if the rain continued. A Pune-based forecaster said the "
            "heaviest rain was still to come."
        ),
        {
            "MUMBAI": ("IN", None),
            "Mumbai": ("IN", None),
            "Mumbai#2": ("IN", None),
            "Bombay": ("IN", None),
            "Navi Mumbai": ("IN", None),
            "Mumbai#4": None,
            "Bombay#2": None,
            "Pune": ("IN", None),
            "Madras": ("IN", None),
            "Calcutta": ("IN", None),
            "Chennai": ("IN", None),
            "Kolkata": ("IN", None),
            "Bangalore": ("IN", None),
            "Thane": ("IN", None),
            "New Delhi": ("IN", None),
            "Pune#2": ("IN", None),
        },
    ),
]

_A29 = "ALBANY, Ga. — Pecan growers ar"
_B29 = "PLYMOUTH, Mass. — The wooden r"
_C29 = "TRIPOLI, Libya — Long queues f"
_D29 = "VALENCIA, Spain — Tens of thou"
_E29 = "HAMILTON, Ontario — Tens of th"
_F29 = "ST. PETERSBURG, Fla. — The Tam"
_G29 = "SANTIAGO, Chile — Authorities "
_H29 = "RUGBY, England — Rugby, the Wa"
_I29 = "ADDIS ABABA, Ethiopia — Africa"
_J29 = "MUMBAI, India — Mumbai's subur"
BATCH_29_XFAIL: dict[tuple[str, str], str] = {
    (_A29, "Washington"): ("first run on 63dd8e8: 'Washington' Washington, GA"),
    (_A29, "Georgia#3"): ("first run on 63dd8e8: 'Georgia#3' Georgia in US"),
    (_B29, "Plymouth#4"): ("first run on 63dd8e8: 'Plymouth#4' Plymouth County in US"),
    (_C29, "Tripoli#4"): (
        "first run on 63dd8e8: 'Tripoli#4' should be no place, got Tripoli (LY, 77)"
    ),
    (_C29, "Valletta"): ("first run on 63dd8e8: 'Valletta' not found as a place (overlap: None)"),
    (_C29, "Tripoli#6"): ("first run on 63dd8e8: 'Tripoli#6' Tripoli in LY"),
    (_D29, "Valencia#4"): ("first run on 63dd8e8: 'Valencia#4' Valencia in ES"),
    (_E29, "Hamilton#2"): (
        "first run on 63dd8e8: 'Hamilton#2' should be no place, got Hamilton (CA, 08)"
    ),
    (_E29, "Stoney Creek"): ("first run on 63dd8e8: 'Stoney Creek' Fredonia in US"),
    (_E29, "Queen's Park"): (
        'first run on 63dd8e8: "Queen\'s Park" not found as a place (overlap: None)'
    ),
    (_F29, "ST. PETERSBURG"): (
        "first run on 63dd8e8: 'ST. PETERSBURG' not found as a place (overlap: Petersburg)"
    ),
    (_F29, "Clearwater"): (
        "first run on 63dd8e8: 'Clearwater' not found as a place (overlap: None)"
    ),
    (_G29, "Santiago#2"): (
        "first run on 63dd8e8: 'Santiago#2' not found as a place (overlap: None)"
    ),
    (_H29, "Warwickshire"): (
        "first run on 63dd8e8: 'Warwickshire' not found as a place (overlap: None)"
    ),
    (_H29, "Rugby#3"): ("first run on 63dd8e8: 'Rugby#3' should be no place, got Rugby (GB, ENG)"),
    (_J29, "Mumbai#4"): (
        "first run on 63dd8e8: 'Mumbai#4' should be no place, got Mumbai (IN, 16)"
    ),
    (_J29, "Bombay#2"): (
        "first run on 63dd8e8: 'Bombay#2' should be no place, got Mumbai (IN, 16)"
    ),
    (_J29, "Bangalore"): ("first run on 63dd8e8: 'Bangalore' not found as a place (overlap: None)"),
}
BATCH_29_NAMES = _named_params(29, BATCH_29, BATCH_29_XFAIL)


# --- batch 30 (blind) -----------------------------------------------------------------------------
# Trap articles for batch 30, written before running the pipeline on them, in ten places and
# topics batch 28 does not cover; each keyed name is a (country code, GeoNames admin1 code or
# None) pair, or None when the mention must not be taken as a place; "Name#2" is the second
# occurrence of the exact string in the text (the dateline included, and occurrences inside longer
# names counted, as in 'Sunrisers Hyderabad', 'Real Madrid' or 'Vancouver Island'; the match is
# case-sensitive, so the capitalised dateline 'PARIS' is a string of its own). No keyed name
# occurs inside a longer word in its article (no 'Georgian' beside 'Georgia', no 'Australia'
# beside 'Australian'). (a) a heat wave in Paris, Texas: 'PARIS, Texas' and Paris three times
# for the town (the first 'Paris', inside the bicycle rally 'the Tour de Paris', not keyed)
# beside Paris in France, Texas the second time, France, a cafe owner named Hugo beside Hugo,
# the Oklahoma town across the Red River, Oklahoma, Dallas, Sherman and Tyler (all three also
# surnames or first names), Detroit (the Texas village, not Michigan's city) opening a sentence,
# Clarksville (one in Tennessee too), Bonham, Austin as the state government; (b) Georgian wine
# shipped to Georgia: 'TBILISI, Georgia' (the country in the dateline not keyed) and Georgia six
# more times, three for the country and three for the US state ('Savannah, Georgia', "their
# Georgia" in a quote, 'Athens, Georgia'), Kakheti twice (a region of the country), Poti,
# Telavi, Batumi, Savannah twice for the port city beside a sommelier named Savannah, Atlanta
# twice (once in a quote), Athens (the Georgia college town, not Greece's capital), Columbus (the
# Georgia city on the Alabama line, not Ohio's), Alabama, the United States, Moscow and the
# Kremlin as the Russian government, Tbilisi as the Georgian government; (c) Mardi Gras in Mobile,
# Alabama: 'MOBILE, Ala.' and Mobile twice for the city beside '"Mobile phones' (the common word
# opening a quoted sentence), a mother named Daphne beside Daphne the city across the bay,
# Fairhope, Spanish Fort (a multi-word town holding a demonym), Prichard, Pensacola, Florida,
# Biloxi, Mississippi (the state, not the river), Montgomery as the state government, Dauphin
# Island and Gulf Shores (multi-word towns), New Orleans, the United States; (d) a ferry strike in
# Victoria, British Columbia: 'VICTORIA, British Columbia' and Victoria three times for the city
# (the third as the provincial government accused by the union) beside Victoria Day (a holiday)
# and a nurse named Victoria, the Australian state of Victoria and Melbourne, 'Australian' as a
# demonym, Vancouver (the first 'Vancouver', inside 'Vancouver Island', not keyed), Sidney (the
# ferry town, also a first name), Nanaimo, Delta (a common word and an airline) opening a
# sentence, Tsawwassen, Ottawa as the federal government, British Columbia the second time;
# (e) the Niemeyer fairground reopening in Tripoli, Lebanon: 'TRIPOLI, Lebanon' and Tripoli twice
# for the Lebanese city beside Tripoli in Libya, Lebanon the second time, Libya three times, Beirut
# twice (the second as the government), Byblos, Batroun, El Mina, Zgharta, Halba, Brasilia;
# (f) a hailstorm in Cordoba, Argentina: 'CORDOBA, Argentina' and Córdoba twice for the province
# and the city beside Córdoba in Spain, Argentina the second time, a kiosk owner named Rosario
# Mendoza beside the cities of Rosario and Mendoza (the latter opening a sentence), the Belgrano
# stadium (a club named after a general, also a Buenos Aires district), Villa María, Río Cuarto,
# Villa Carlos Paz (a town holding a person's name), Buenos Aires and the Casa Rosada as the
# national government, Spain; (g) a cricket win in Hyderabad, India: 'HYDERABAD, India' and
# Hyderabad twice for the Indian city beside Sunrisers Hyderabad (the team) and Hyderabad in
# Sindh, Pakistan, Mumbai Indians (the team) beside Mumbai's fans (the city), Telangana,
# Secunderabad, Sindh, Karachi, and former names beside current ones (Bengaluru and Bangalore,
# Chennai and Madras, Bombay); (h) the Parthenon sculptures, told with capitals and buildings for
# governments: 'ATHENS' and Athens for the Greek government, Greece, Greek, London, Downing
# Street and Whitehall as the British government, Britain, Constantinople (Istanbul's former
# name), Palermo (its museum) and the Vatican, Lord Elgin (a person) and 'the Elgin Marbles'
# (named after him) beside Elgin, the town in Scotland, Scotland; (i) Astana's anniversary, told
# with former names: 'ASTANA, Kazakhstan' and Astana twice, Kazakhstan the second time,
# Akmolinsk, Tselinograd twice, Akmola twice, Nur-Sultan twice (a hyphenated former name) beside
# Nursultan Nazarbayev (the person it was named after), Alma-Ata and Almaty, Oskemen and
# Ust-Kamenogorsk, Semey and Semipalatinsk, Tashkent, Bishkek, Moscow as the Russian government;
# (j) a football match in Valencia, Spain: 'VALENCIA, Spain' and Valencia beside the Valencia
# club (twice, once as 'Valencia's supporters' club') and Valencia in Venezuela, Spain the second
# time, Paiporta and Catarroja (flooded suburbs), Venezuela, Caracas, Real Madrid twice and
# 'Madrid's coach' (the club) beside Madrid the city, Girona, Villarreal and Barcelona as clubs,
# a fan named Florence beside Florence in Italy.
# Decisions (as in batches 7-28): a dateline is a place (the city in capitals), but the
# state, province or country in a dateline is not keyed ('Texas', 'Georgia', 'Ala.', 'British
# Columbia', 'Lebanon', 'Argentina', 'India', 'Kazakhstan', 'Spain'); a club, team or event
# named after a place is no place ('Sunrisers Hyderabad', 'Mumbai Indians', 'Real Madrid', the
# Valencia club, 'Madrid's coach', Girona, Villarreal and Barcelona as clubs, the Belgrano
# stadium, 'Victoria Day'; 'the Tour de Paris' is not keyed), nor a person's first name (Hugo
# Ramirez, Savannah Brooks, Daphne Roberts, Victoria Chen, Rosario Mendoza, Florence Diaz) or
# surname (Mendoza, Lord Elgin, Nursultan Nazarbayev), nor a thing named after a person ('the
# Elgin Marbles'), nor a common word opening a sentence ('"Mobile phones'); a town whose name is
# a common word is a place when the text means the town, at the start of a sentence too
# (Detroit, Delta, Mendoza, Mobile); a nationality adjective is its country ('Australian',
# 'Greek'); a capital or a building named for its government is the capital's place (Austin,
# Montgomery, Ottawa, Victoria for the province, Beirut, Buenos Aires, the Casa Rosada, Athens,
# London, Downing Street, Whitehall, Moscow, the Kremlin, Tbilisi); a former name is the current
# place (Constantinople is Istanbul, Akmolinsk, Tselinograd, Akmola and Nur-Sultan are Astana,
# Alma-Ata is Almaty, Ust-Kamenogorsk is Oskemen, Semipalatinsk is Semey, Bangalore is
# Bengaluru, Madras is Chennai, Bombay is Mumbai); a town named like a bigger or better-known
# place is the town the text means (Paris, Detroit, Clarksville, Tyler and Sherman in Texas and
# Hugo in Oklahoma; Savannah, Athens and Columbus in Georgia and Georgia the state where the text
# says so; Victoria in British Columbia except the Australian state; Sidney and Delta in British
# Columbia; Tripoli in Lebanon until the text names Libya; Córdoba in Argentina until it names
# Spain; Rosario and Mendoza in Argentina; Hyderabad in India except the one in Sindh; Elgin in
# Scotland; Valencia in Spain except the one in Venezuela; Florence in Italy). Not keyed: rivers,
# seas, lakes, bays, islands that are no towns, regions named as such, landmarks, stadiums,
# museums, events and holidays (the Red River, the Eiffel Tower, the Black Sea, Vancouver Island,
# the Ishim river, the Acropolis, the British Museum, the Mestalla, the Estadio names, the
# Mediterranean, the Tour de Paris, Asia, Europe), 'Lamar County', the inner 'Madrid' of 'Real
# Madrid' and the inner 'Vancouver' of 'Vancouver Island'. 177 names are keyed. Admin1 codes
# are GeoNames': US two-letter states (AL, FL, GA, LA, MS, OK, TX); CA 02 British Columbia, 08
# Ontario; AU 07 Victoria; GB ENG England and SCT Scotland. All other countries are checked at
# country level (France, Georgia (GE), Russia, Lebanon, Libya, Brazil, Argentina, Spain,
# Venezuela, India, Pakistan, Greece, Turkey, Italy, the Vatican (VA), Kazakhstan, Uzbekistan,
# Kyrgyzstan, Australia for 'Australian').
BATCH_30: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "PARIS, Texas — Organisers called off the Tour de Paris bicycle rally on Saturday "
            "as the temperature in Paris reached 43 C, the hottest June day on record in the "
            "northeast Texas town. Paris, a town of 25,000 a few miles south of the Red River, "
            "is best known for its 20-metre copy of the Eiffel Tower topped with a giant red "
            "cowboy hat. "
            '"Every summer people come all the way from Paris, France, to take a picture of '
            'that hat," said Hugo Ramirez, 29, who runs a coffee shop on the town square. About '
            "900 riders had signed up, from Dallas, Sherman and Tyler, and a club from Hugo, just "
            "across the river in Oklahoma, had hired a bus. Detroit, a village of 700 a short "
            "drive to the east, opened its church hall as a cooling centre, and Clarksville and "
            "Bonham handed out bottled water. Austin put 40 counties under a heat emergency, and "
            "forecasters said the heat would last through Wednesday. Organisers said the ride "
            "would be held in October instead."
        ),
        {
            "PARIS": ("US", "TX"),
            "Paris#2": ("US", "TX"),
            "Texas#2": ("US", "TX"),
            "Paris#3": ("US", "TX"),
            "Paris#4": ("FR", None),
            "France": ("FR", None),
            "Hugo": None,
            "Dallas": ("US", "TX"),
            "Sherman": ("US", "TX"),
            "Tyler": ("US", "TX"),
            "Hugo#2": ("US", "OK"),
            "Oklahoma": ("US", "OK"),
            "Detroit": ("US", "TX"),
            "Clarksville": ("US", "TX"),
            "Bonham": ("US", "TX"),
            "Austin": ("US", "TX"),
        },
    ),
    (
        "b",
        (
            "TBILISI, Georgia — The first container of amber wine from Georgia's Kakheti region "
            "to be sold straight to restaurants in the United States left the Black Sea port of "
            "Poti on Monday, bound for Savannah, Georgia, exporters said. The 12,000 bottles, "
            "made in clay jars buried in the ground as Georgia's wine makers have done for 8,000 "
            "years, will be trucked from Savannah to a distributor in Atlanta. "
            '"Everyone in Atlanta asks me whether I mean their Georgia or mine," said Nino '
            "Beridze, 44, who runs a family winery near Telavi. Her business partner, Savannah "
            "Brooks, a sommelier from Athens, Georgia, first tasted Kakheti wine at a festival in "
            "Batumi in 2019. Georgia lost its biggest market in 2006, when Moscow banned its "
            "wine, and the Kremlin has used trade as a weapon ever since. Tbilisi has courted "
            "buyers in Asia and Europe to make up for it. A second shipment will go next spring "
            "to Columbus, on the Alabama line."
        ),
        {
            "TBILISI": ("GE", None),
            "Georgia#2": ("GE", None),
            "Kakheti": ("GE", None),
            "United States": ("US", None),
            "Poti": ("GE", None),
            "Savannah": ("US", "GA"),
            "Georgia#3": ("US", "GA"),
            "Georgia#4": ("GE", None),
            "Savannah#2": ("US", "GA"),
            "Atlanta": ("US", "GA"),
            "Atlanta#2": ("US", "GA"),
            "Georgia#5": ("US", "GA"),
            "Telavi": ("GE", None),
            "Savannah#3": None,
            "Athens": ("US", "GA"),
            "Georgia#6": ("US", "GA"),
            "Kakheti#2": ("GE", None),
            "Batumi": ("GE", None),
            "Georgia#7": ("GE", None),
            "Moscow": ("RU", None),
            "Kremlin": ("RU", None),
            "Tbilisi": ("GE", None),
            "Columbus": ("US", "GA"),
            "Alabama": ("US", "AL"),
        },
    ),
    (
        "c",
        (
            "MOBILE, Ala. — Mobile opened its Mardi Gras season on Friday night with a parade "
            "of lit floats through the downtown streets, and police said about 80,000 people "
            "lined the route. Mobile, which says it held the first Mardi Gras celebration in "
            "what is now the United States in 1703, likes to remind New Orleans that it came "
            "second. "
            '"Mobile phones were useless, the crowd was so thick," said Daphne Roberts, 36, who '
            "drove in from Daphne, across the bay, with her two sons. Families came from "
            "Fairhope, Spanish Fort and Prichard, and marching bands travelled from Pensacola, in "
            "Florida, and Biloxi, in Mississippi. Montgomery sent state troopers to help with "
            "traffic. Dauphin Island and Gulf Shores will hold smaller parades next weekend. Moon "
            "pies, the marshmallow cakes thrown from the floats, ran out before 9 p.m., and "
            "street sweepers worked until dawn."
        ),
        {
            "MOBILE": ("US", "AL"),
            "Mobile": ("US", "AL"),
            "Mobile#2": ("US", "AL"),
            "United States": ("US", None),
            "New Orleans": ("US", "LA"),
            "Mobile#3": None,
            "Daphne": None,
            "Daphne#2": ("US", "AL"),
            "Fairhope": ("US", "AL"),
            "Spanish Fort": ("US", "AL"),
            "Prichard": ("US", "AL"),
            "Pensacola": ("US", "FL"),
            "Florida": ("US", "FL"),
            "Biloxi": ("US", "MS"),
            "Mississippi": ("US", "MS"),
            "Montgomery": ("US", "AL"),
            "Dauphin Island": ("US", "AL"),
            "Gulf Shores": ("US", "AL"),
        },
    ),
    (
        "d",
        (
            "VICTORIA, British Columbia — Ferries between Vancouver Island and the mainland were "
            "cancelled for a second day on Tuesday by a strike of ship engineers, stranding "
            "thousands of travellers in Victoria ahead of the Victoria Day long weekend. "
            "Victoria, the provincial capital, relies on the ferries for most of its fresh food, "
            "and grocers warned that shelves could be bare by Friday. "
            '"I came over for a wedding and now I cannot get home," said Victoria Chen, 27, a '
            "nurse from Melbourne, in the Australian state of Victoria, who was booked on a "
            "flight out of Vancouver on Wednesday. Lines of cars stretched for kilometres outside "
            "the terminal near Sidney, and the route from Nanaimo was also shut. Delta, on the "
            "mainland side, opened a school gym for truck drivers stuck at the Tsawwassen "
            "terminal. Ottawa said it would not step in, and the union accused Victoria of "
            "dragging its feet on wages. It is the largest transport strike in British Columbia "
            "in a decade."
        ),
        {
            "VICTORIA": ("CA", "02"),
            "Victoria": ("CA", "02"),
            "Victoria#2": None,
            "Victoria#3": ("CA", "02"),
            "Victoria#4": None,
            "Melbourne": ("AU", "07"),
            "Australian": ("AU", None),
            "Victoria#5": ("AU", "07"),
            "Vancouver#2": ("CA", "02"),
            "Sidney": ("CA", "02"),
            "Nanaimo": ("CA", "02"),
            "Delta": ("CA", "02"),
            "Tsawwassen": ("CA", "02"),
            "Ottawa": ("CA", "08"),
            "Victoria#6": ("CA", "02"),
            "British Columbia#2": ("CA", "02"),
        },
    ),
    (
        "e",
        (
            "TRIPOLI, Lebanon — Lebanon's second city reopened its modernist fairground on "
            "Saturday after a three-year restoration, hoping the concrete domes and arches "
            "designed by the architect Oscar Niemeyer will bring visitors back to Tripoli. The "
            "fair, begun in the 1960s and left unfinished when civil war broke out in 1975, was "
            "put on the list of world heritage in danger in 2023. "
            '"When I tell people abroad that I am from Tripoli, they always ask me about '
            'Libya," said Rana Khoury, 33, an architect who worked on the restoration. Visitors '
            "came by bus from Beirut, Byblos and Batroun, and a delegation flew in from "
            "Brasilia, the capital Niemeyer also designed. Beirut promised money for a tram line "
            "from the fair to the port at El Mina, and scouts from Zgharta and Halba guided "
            "visitors around the site. Tripoli in Libya, its namesake across the Mediterranean, "
            "sent a message of congratulations, and architects in Libya asked for copies of the "
            "restoration plans."
        ),
        {
            "TRIPOLI": ("LB", None),
            "Lebanon#2": ("LB", None),
            "Tripoli": ("LB", None),
            "Tripoli#2": ("LB", None),
            "Libya": ("LY", None),
            "Beirut": ("LB", None),
            "Byblos": ("LB", None),
            "Batroun": ("LB", None),
            "Brasilia": ("BR", None),
            "Beirut#2": ("LB", None),
            "El Mina": ("LB", None),
            "Zgharta": ("LB", None),
            "Halba": ("LB", None),
            "Tripoli#3": ("LY", None),
            "Libya#2": ("LY", None),
            "Libya#3": ("LY", None),
        },
    ),
    (
        "f",
        (
            "CORDOBA, Argentina — A hailstorm flattened soybean and maize fields across Córdoba "
            "province on Wednesday and smashed car windows in the provincial capital, officials "
            "said. Córdoba, Argentina's second-largest city, was pelted for 20 minutes with "
            "hailstones the size of golf balls. "
            '"I thought the roof was going to fall in on us," said Rosario Mendoza, 51, who runs '
            "a kiosk near the Belgrano stadium. Farmers around Villa María and Río Cuarto lost "
            "up to half of their harvest, and Villa Carlos Paz, the lakeside resort west of the "
            "city, closed its mountain roads. Rosario, the grain port to the east, said soybean "
            "deliveries would fall this month. Buenos Aires promised emergency credit, and the "
            "Casa Rosada said the president would fly over the area on Thursday. A flamenco "
            "troupe visiting from Córdoba, in Spain, cancelled its show. Mendoza, across the "
            "plains to the west, sent insurance inspectors."
        ),
        {
            "CORDOBA": ("AR", None),
            "Córdoba": ("AR", None),
            "Córdoba#2": ("AR", None),
            "Argentina#2": ("AR", None),
            "Rosario": None,
            "Mendoza": None,
            "Belgrano": None,
            "Villa María": ("AR", None),
            "Río Cuarto": ("AR", None),
            "Villa Carlos Paz": ("AR", None),
            "Rosario#2": ("AR", None),
            "Buenos Aires": ("AR", None),
            "Casa Rosada": ("AR", None),
            "Córdoba#3": ("ES", None),
            "Spain": ("ES", None),
            "Mendoza#2": ("AR", None),
        },
    ),
    (
        "g",
        (
            "HYDERABAD, India — Sunrisers Hyderabad beat Mumbai Indians by six wickets on Sunday "
            "to reach the final of the Indian Premier League, and fans danced in the streets of "
            "the old city until dawn. Hyderabad, the capital of Telangana and home to the local "
            "offices of most big technology companies, last won the title in 2016. Traffic was "
            "jammed across the lake to Secunderabad for hours after the match. "
            '"My grandfather came from Hyderabad in Sindh in 1947, and he always said this '
            'Hyderabad had the better biryani," said Arif Siddiqui, 60, waving an orange flag '
            "outside the stadium. His cousins in Karachi watched the match on a video call. The "
            "final will be played on Saturday in Bengaluru, which many fans still call "
            "Bangalore, against the winner of Tuesday's match in Chennai, the city once known as "
            "Madras. Mumbai's fans, many of whom still call their city Bombay, flew home quietly."
        ),
        {
            "HYDERABAD": ("IN", None),
            "Hyderabad": None,
            "Mumbai": None,
            "Hyderabad#2": ("IN", None),
            "Telangana": ("IN", None),
            "Secunderabad": ("IN", None),
            "Hyderabad#3": ("PK", None),
            "Sindh": ("PK", None),
            "Hyderabad#4": ("IN", None),
            "Karachi": ("PK", None),
            "Bengaluru": ("IN", None),
            "Bangalore": ("IN", None),
            "Chennai": ("IN", None),
            "Madras": ("IN", None),
            "Mumbai#2": ("IN", None),
            "Bombay": ("IN", None),
        },
    ),
    (
        "h",
        (
            "ATHENS — Greece renewed its demand on Thursday for the return of the Parthenon "
            'sculptures after London said a long-term loan was "not on the table", the latest '
            "turn in a dispute that has lasted two centuries. Athens opened a glass-walled "
            "museum at the foot of the Acropolis in 2009 with a top-floor gallery left waiting "
            "for the pieces. The sculptures were removed between 1801 and 1812 by agents of Lord "
            "Elgin, Britain's ambassador in Constantinople, then the Ottoman capital, and sold to "
            "the British Museum in 1816. Downing Street said the museum's trustees, not "
            "ministers, decide on loans, while Whitehall officials said privately that the law "
            "forbids giving the pieces away. Greek officials point out that Palermo returned a "
            "fragment in 2022 and the Vatican sent back three more in 2023. "
            '"My pupils in Elgin were shocked that people still call them the Elgin Marbles," '
            "said Fiona Grant, 49, a history teacher visiting from the town in Scotland."
        ),
        {
            "ATHENS": ("GR", None),
            "Greece": ("GR", None),
            "London": ("GB", "ENG"),
            "Athens": ("GR", None),
            "Elgin": None,
            "Britain": ("GB", None),
            "Constantinople": ("TR", None),
            "Downing Street": ("GB", "ENG"),
            "Whitehall": ("GB", "ENG"),
            "Greek": ("GR", None),
            "Palermo": ("IT", None),
            "Vatican": ("VA", None),
            "Elgin#2": ("GB", "SCT"),
            "Elgin#3": None,
            "Scotland": ("GB", "SCT"),
        },
    ),
    (
        "i",
        (
            "ASTANA, Kazakhstan — Astana marked 27 years as Kazakhstan's capital on Sunday with "
            "fireworks over the Ishim river and a parade through the new government quarter. The "
            "city has had five names in less than 200 years: it was founded as Akmolinsk, became "
            "Tselinograd in 1961, Akmola in 1992 and Astana in 1998, and was renamed Nur-Sultan "
            "in 2019 in honour of the former president, Nursultan Nazarbayev, before the old "
            "name came back in 2022. Nazarbayev moved the capital from Alma-Ata, now Almaty, in "
            "1997. "
            "\"My passport says Tselinograd, my son's says Akmola and my granddaughter's says "
            'Nur-Sultan," said Galina Orlova, 74, a retired teacher. Mayors from Oskemen, the '
            "former Ust-Kamenogorsk, and Semey, once Semipalatinsk, joined the parade, and "
            "delegations came from Tashkent and Bishkek. Moscow sent a message of "
            "congratulations."
        ),
        {
            "ASTANA": ("KZ", None),
            "Astana": ("KZ", None),
            "Kazakhstan#2": ("KZ", None),
            "Akmolinsk": ("KZ", None),
            "Tselinograd": ("KZ", None),
            "Akmola": ("KZ", None),
            "Astana#2": ("KZ", None),
            "Nur-Sultan": ("KZ", None),
            "Nursultan": None,
            "Alma-Ata": ("KZ", None),
            "Almaty": ("KZ", None),
            "Tselinograd#2": ("KZ", None),
            "Akmola#2": ("KZ", None),
            "Nur-Sultan#2": ("KZ", None),
            "Oskemen": ("KZ", None),
            "Ust-Kamenogorsk": ("KZ", None),
            "Semey": ("KZ", None),
            "Semipalatinsk": ("KZ", None),
            "Tashkent": ("UZ", None),
            "Bishkek": ("KG", None),
            "Moscow": ("RU", None),
        },
    ),
    (
        "j",
        (
            "VALENCIA, Spain — Valencia beat Real Madrid 2-1 at the Mestalla on Saturday, their "
            "first home league win over the champions in six years, and thousands of fans poured "
            "into the streets of the old town. Valencia, Spain's third-largest city, is still "
            "rebuilding suburbs such as Paiporta and Catarroja that were wrecked by the floods "
            "of October 2024, and the club gave 5,000 tickets to families from the flooded "
            "towns. "
            '"I flew in from Valencia in Venezuela just for this game," said Florence Diaz, 40, '
            "who was named after the Italian city of Florence, where her parents met. Madrid's "
            "coach blamed the referee. Girona and Villarreal both lost, leaving Barcelona four "
            "points clear at the top. Real Madrid's players flew back to Madrid on Sunday "
            "morning. Valencia's supporters' club in Caracas, one of the oldest abroad, held its "
            "own party."
        ),
        {
            "VALENCIA": ("ES", None),
            "Valencia": None,
            "Real Madrid": None,
            "Valencia#2": ("ES", None),
            "Spain#2": ("ES", None),
            "Paiporta": ("ES", None),
            "Catarroja": ("ES", None),
            "Valencia#3": ("VE", None),
            "Venezuela": ("VE", None),
            "Florence": None,
            "Florence#2": ("IT", None),
            "Madrid#2": None,
            "Girona": None,
            "Villarreal": None,
            "Barcelona": None,
            "Real Madrid#2": None,
            "Madrid#4": ("ES", None),
            "Valencia#4": None,
            "Caracas": ("VE", None),
        },
    ),
]

_A30 = "PARIS, Texas — Organisers call"
_B30 = "TBILISI, Georgia — The first c"
_C30 = "MOBILE, Ala. — Mobile opened i"
_D30 = "VICTORIA, British Columbia — F"
_E30 = "TRIPOLI, Lebanon — Lebanon's s"
_F30 = "CORDOBA, Argentina — A hailsto"
_G30 = "HYDERABAD, India — Sunrisers H"
_H30 = "ATHENS — Greece renewed its de"
_I30 = "ASTANA, Kazakhstan — Astana ma"
_J30 = "VALENCIA, Spain — Valencia bea"
BATCH_30_XFAIL: dict[tuple[str, str], str] = {
    (_A30, "Hugo#2"): ("first run on 63dd8e8: 'Hugo#2' not found as a place (overlap: None)"),
    (_B30, "Georgia#3"): ("first run on 63dd8e8: 'Georgia#3' Georgia in GE"),
    (_B30, "Georgia#4"): ("first run on 63dd8e8: 'Georgia#4' Georgia in US"),
    (_B30, "Georgia#5"): ("first run on 63dd8e8: 'Georgia#5' Georgia in GE"),
    (_B30, "Georgia#6"): ("first run on 63dd8e8: 'Georgia#6' Georgia in GE"),
    (_C30, "Mobile#2"): ("first run on 63dd8e8: 'Mobile#2' not found as a place (overlap: None)"),
    (_C30, "Mobile#3"): (
        "first run on 63dd8e8: 'Mobile#3' should be no place, got Mobile (US, AL)"
    ),
    (_D30, "Victoria#5"): (
        "first run on 63dd8e8: 'Victoria#5' not found as a place (overlap: None)"
    ),
    (_D30, "Sidney"): ("first run on 63dd8e8: 'Sidney' Sydney in AU"),
    (_D30, "Victoria#6"): (
        "first run on 63dd8e8: 'Victoria#6' not found as a place (overlap: None)"
    ),
    (_E30, "El Mina"): ("first run on 63dd8e8: 'El Mina' not found as a place (overlap: None)"),
    (_E30, "Halba"): ("first run on 63dd8e8: 'Halba' not found as a place (overlap: None)"),
    (_F30, "Rosario#2"): ("first run on 63dd8e8: 'Rosario#2' not found as a place (overlap: None)"),
    (_F30, "Casa Rosada"): (
        "first run on 63dd8e8: 'Casa Rosada' not found as a place (overlap: None)"
    ),
    (_F30, "Mendoza#2"): ("first run on 63dd8e8: 'Mendoza#2' not found as a place (overlap: None)"),
    (_G30, "Hyderabad"): (
        "first run on 63dd8e8: 'Hyderabad' should be no place, got Hyderābād (IN, 40)"
    ),
    (_H30, "Palermo"): ("first run on 63dd8e8: 'Palermo' not found as a place (overlap: None)"),
    (_I30, "Akmola"): ("first run on 63dd8e8: 'Akmola' not found as a place (overlap: None)"),
    (_I30, "Akmola#2"): ("first run on 63dd8e8: 'Akmola#2' not found as a place (overlap: None)"),
    (_I30, "Nur-Sultan#2"): (
        "first run on 63dd8e8: 'Nur-Sultan#2' not found as a place (overlap: None)"
    ),
    (_J30, "Real Madrid"): (
        "first run on 63dd8e8: 'Real Madrid' should be no place, got Madrid (ES, 29)"
    ),
    (_J30, "Paiporta"): ("first run on 63dd8e8: 'Paiporta' not found as a place (overlap: None)"),
    (_J30, "Catarroja"): ("first run on 63dd8e8: 'Catarroja' not found as a place (overlap: None)"),
    (_J30, "Girona"): ("first run on 63dd8e8: 'Girona' should be no place, got Girona (ES, 56)"),
    (_J30, "Villarreal"): (
        "first run on 63dd8e8: 'Villarreal' should be no place, got Vila-real (ES, 60)"
    ),
    (_J30, "Barcelona"): (
        "first run on 63dd8e8: 'Barcelona' should be no place, got Barcelona (ES, 56)"
    ),
    (_J30, "Valencia#4"): (
        "first run on 63dd8e8: 'Valencia#4' should be no place, got Valencia (ES, 60)"
    ),
}
BATCH_30_NAMES = _named_params(30, BATCH_30, BATCH_30_XFAIL)


# --- batch 31 (blind) -----------------------------------------------------------------------------
# Trap articles for batch 31, written before running the pipeline on them, in ten places and
# topics the earlier batches do not cover; each keyed name is a (country code, GeoNames admin1
# code or None) pair, or None when the mention must not be taken as a place; "Name#2" is the
# second occurrence of the exact string in the text (the dateline included, and occurrences
# inside longer names counted, as in 'the Alabama Crimson Tide', 'the Wellington Phoenix',
# 'Lake Chad' or 'the Phoenix Suns'; the match is case-sensitive, so the capitalised dateline
# 'NAPLES' is a string of its own, and 'San Jose' and 'San José' are two strings). No keyed name
# occurs inside a longer word in its article (no 'Nigeria' beside 'Niger', no 'Oporto' beside
# 'Porto', no 'Costa Rican' beside 'Costa Rica').
# (a) red tide in Naples, Florida: 'NAPLES, Fla.' and Naples three times for the Florida city
# beside Naples in Italy (in a quote, with Italy named), Florida, Marco Island, Venice twice (the
# Florida city, named after the Italian one, which is not named), 'Italian' as a demonym, Chicago,
# Toronto, Bonita Springs, Fort Myers and Cape Coral (multi-word towns), Tallahassee as the state
# government, Sarasota; Vesuvius (a volcano) and the Gulf coast not keyed;
# (b) the Iron Bowl crowds in Birmingham, Alabama: 'BIRMINGHAM, Ala.' and Birmingham twice for
# the city beside Birmingham, England, Alabama twice as the football team (inside 'the Alabama
# Crimson Tide' and as the subject of a quote), Auburn as the team ('the Auburn Tigers') and as
# the town (the third; the second, 'an Auburn graduate', not keyed), a fan named Selma beside
# Selma the town, Tuscaloosa, Dothan, Bessemer, Hoover (also a surname), Mobile, Georgia the US
# state ('the Georgia line'), Montgomery as the governor's seat, England; Atlanta and Nashville
# named but not keyed;
# (c) the port of Yangon, told with former names: 'YANGON, Myanmar' and Yangon, Rangoon twice,
# Burma and Myanmar (the second 'Myanmar', the first being the dateline's), Naypyitaw twice (the
# second as the government), Mawlamyine and Moulmein, Pathein and Bassein (also an old name of
# Vasai in India), Bago and Pegu, Mandalay, Sittwe and Akyab, Kolkata and Calcutta, Washington
# and Brussels as the American government and the European Union; 'British India', the Bay of
# Bengal, the delta, Bangkok and Singapore not keyed;
# (d) apple tariffs, told with Washington the capital and Washington the state: 'WASHINGTON' and
# Washington four times (the state, the capital in 'Washington, D.C.', the state again as
# 'another Washington', and a lawyer named Kevin Washington), the White House (the first), Capitol
# Hill and Foggy Bottom as the government's building and quarter, New Delhi, India three times,
# 'American' as a demonym, Wenatchee (the first), Yakima, Olympia (the capital of Washington
# state, named like the Greek sanctuary) as the state government, Spokane, Beijing and Ottawa as
# governments; the second White House and Wenatchee, Mexico, Vietnam and Hanoi not keyed;
# (e) a football match in Porto: 'PORTO, Portugal' and Porto three times (the club, the city, the
# club's supporters' club), Benfica three times as the club (also a district of Lisbon), Braga as
# a waitress's surname and as the club, Famalicao and Estoril as clubs, 'Portuguese' as a
# demonym, London, Lisbon, Vila Nova de Gaia, Matosinhos, Maia, Seixal (the club's training
# ground), Paris, France; Sporting, the Douro and the Eiffel Tower not keyed;
# (f) floods in Nelson, New Zealand: 'NELSON, New Zealand' and Nelson four times (the city three
# times, named after the British admiral, and a man named Nelson Hamilton), Hamilton as his
# surname and as the city, Wellington three times (the city, the government, and the football
# club 'the Wellington Phoenix', whose Phoenix is no place either), Auckland as the club 'Auckland
# FC', Richmond (one in Virginia and one in London too), Blenheim (a palace in England too),
# Brightwater, Motueka, Picton, 'Australian' as a demonym; the South Island and Christchurch not
# keyed;
# (g) a heat wave in Phoenix, Arizona: 'PHOENIX' and Phoenix twice (the city and the team 'the
# Phoenix Suns'), Surprise (a common word, opening a sentence) and Goodyear (a tyre maker), Mesa
# (opening a quoted sentence), a nurse named Rosa Chandler beside Chandler the city (opening a
# sentence), Tempe, Scottsdale, Glendale (one in California too), Peoria (the Arizona suburb, not
# the Illinois city, which the text names), Illinois, Sun City, 'the Arizona Cardinals' (a team),
# Flagstaff, Tucson;
# (h) floods on the Niger river: 'NIAMEY, Niger' and Niamey twice (as an ally and for its mayor),
# Niger the third time for the country (the second, the river, not keyed), a hydrologist named
# Chad beside Chad the country (the third 'Chad', inside 'Lake Chad', not keyed), 'Canadian' as a
# demonym, Tillaberi, Gaya (a Gaya in India too), Benin twice, Cotonou, Dosso, Zinder, Maradi,
# Agadez, Ouagadougou and Bamako as governments; the Sahara not keyed;
# (i) a blizzard in Nebraska: 'LINCOLN, Neb.' and Lincoln twice (the city and the state
# government), Nebraska, Grand Island, Kearney, Hastings, Columbus and Norfolk (all named like
# better-known places), Beatrice as the town (opening a sentence) and as a woman's name, York
# twice (the Nebraska town and York in England), England, 'Polish' as a demonym, Sidney; the
# Great Plains, the Panhandle and Omaha not keyed;
# (j) an earthquake in Costa Rica: 'SAN JOSE, Costa Rica' and Costa Rica the second time, San
# José twice for the capital beside San Jose, California, California, a software engineer named
# Daniel Heredia beside Heredia the city, Cartago (the first; a Cartago in Colombia too),
# Alajuela (the first), Puntarenas, Liberia (the city, not the country), Limon, Managua and
# Panama City (a Panama City in Florida too) as governments; the Caribbean not keyed.
# Decisions (as in batches 7-30): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('Fla.', 'Ala.', 'Myanmar', 'Portugal', 'New
# Zealand', 'Niger', 'Neb.', 'Costa Rica'); a club or team named after a place is no place ('the
# Alabama Crimson Tide', 'Alabama has won', 'the Auburn Tigers', Porto, Benfica, Braga, Famalicao
# and Estoril as clubs, "Porto's supporters' club", 'the Wellington Phoenix', 'Auckland FC', 'the
# Phoenix Suns', 'the Arizona Cardinals'), nor is a person's first name or surname (Selma
# Jackson, Ana Braga, Nelson Hamilton, Rosa Chandler, Chad Morrison, Beatrice Hall, Daniel
# Heredia, Kevin Washington); a town whose name is a common word or a company is a place when the
# text means the town, at the start of a sentence too (Surprise, Goodyear, Mesa, Chandler,
# Beatrice, Hoover, Mobile); a nationality adjective is its country ('Italian', 'American',
# 'Portuguese', 'Australian', 'Canadian', 'Polish'); a capital, a building or a quarter named for
# its government is the capital's place (Tallahassee, Montgomery, Naypyitaw, Washington and
# Brussels in (c), the White House, Capitol Hill, Foggy Bottom, Olympia, Beijing, Ottawa,
# Wellington, Ouagadougou, Bamako, Niamey, Lincoln, Managua, Panama City); a former name is the
# current place (Rangoon is Yangon, Burma is Myanmar, Moulmein is Mawlamyine, Bassein is Pathein,
# Pegu is Bago, Akyab is Sittwe, Calcutta is Kolkata); a town named like a bigger or better-known
# place is the town the text means (Naples and Venice in Florida except Naples in Italy;
# Birmingham in Alabama except Birmingham, England; Auburn and Selma in Alabama; Georgia the US
# state; Washington the state where the text says so; Olympia in Washington; Nelson, Richmond,
# Blenheim, Hamilton and Wellington in New Zealand; Glendale and Peoria in Arizona; Gaya in
# Niger; Lincoln, York, Columbus, Norfolk, Hastings, Beatrice and Sidney in Nebraska except York
# in England; San José in Costa Rica and San Jose in California; Liberia and Cartago in Costa
# Rica). Not keyed: rivers, seas, lakes, bays, deltas, islands that are no towns, regions named
# as such, volcanoes, landmarks, roads and events (the Gulf coast, Vesuvius, the Iron Bowl,
# Interstate 20, Interstate 80, the Bay of Bengal, the Douro, the Eiffel Tower, the South Island,
# the Niger river, Lake Chad, the Sahara, the Great Plains, the Panhandle, the Caribbean), a
# historical entity ('British India'), names left unkeyed to keep the batch near 170 (Atlanta,
# Nashville, Bangkok, Singapore, the second White House and Wenatchee, Mexico, Vietnam, Hanoi,
# Christchurch, Omaha, the second Cartago and Alajuela) and readings that are unsure ('an Auburn
# graduate', 'the British admiral', 'the British'). 180 names are keyed. Admin1 codes are
# GeoNames': US two-letter states and the District of Columbia (AL, AZ, CA, DC, FL, GA, IL, NE,
# WA); CA 08 Ontario; GB ENG England. All other countries are checked at country level (Italy,
# New Zealand, Australia, Myanmar, India, Belgium, China, Canada for 'Canadian', Portugal,
# France, Niger, Chad, Benin, Burkina Faso, Mali, Poland, Costa Rica, Nicaragua, Panama).
BATCH_31: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "NAPLES, Fla. — Naples closed its pier and beaches on Tuesday after a bloom of red "
            "tide killed tens of thousands of fish along the Gulf coast of Florida, and health "
            "officials warned of coughing fits from the toxic spray from Marco Island north to "
            "Venice. Naples, a city of 20,000 known for its golf courses and for winter visitors "
            'from Chicago and Toronto, has now had three blooms in five years. "Naples in Italy '
            'has a volcano, and we have dead fish," said Enzo Russo, 63, who grew up beneath '
            "Vesuvius and runs a pizza restaurant near the pier. Bulldozers pushed rotting mullet "
            "into piles on the sand at Bonita Springs, and Fort Myers and Cape Coral asked boaters "
            "to stay off the water. In Venice, which took its name from the Italian city, "
            "beachgoers said the air made their eyes sting. Tallahassee declared an emergency in "
            "four counties, and a marine laboratory in Sarasota said the bloom could last into the "
            "winter. Hotel bookings in Naples fell by a third last week, the tourism office said."
        ),
        {
            "NAPLES": ("US", "FL"),
            "Naples": ("US", "FL"),
            "Florida": ("US", "FL"),
            "Marco Island": ("US", "FL"),
            "Venice": ("US", "FL"),
            "Naples#2": ("US", "FL"),
            "Chicago": ("US", "IL"),
            "Toronto": ("CA", "08"),
            "Naples#3": ("IT", None),
            "Italy": ("IT", None),
            "Bonita Springs": ("US", "FL"),
            "Fort Myers": ("US", "FL"),
            "Cape Coral": ("US", "FL"),
            "Venice#2": ("US", "FL"),
            "Italian": ("IT", None),
            "Tallahassee": ("US", "FL"),
            "Sarasota": ("US", "FL"),
            "Naples#4": ("US", "FL"),
        },
    ),
    (
        "b",
        (
            "BIRMINGHAM, Ala. — Hotels in Birmingham were fully booked on Friday as supporters "
            "of the Alabama Crimson Tide and the Auburn Tigers poured in for the Iron Bowl, the "
            "annual football game between the state's two biggest universities, which will be "
            "played in Tuscaloosa on Saturday. Birmingham, an hour's drive north-east of the "
            "stadium, has become the overflow camp for fans who could not find a room closer to "
            'the game. "Alabama has won the last three, and I came to watch that streak end," '
            "said Selma Jackson, 58, an Auburn graduate who drove up from Dothan. Traffic on "
            "Interstate 20 backed up for miles, and police in Bessemer and Hoover added patrols. A "
            "pub named after Birmingham, England, offered free pints to anyone wearing the scarf "
            "of either side. Fans flew in from Atlanta and Nashville, a marching band came by bus "
            "from Selma, and a group from Mobile chartered two coaches. Auburn, the college town "
            "near the Georgia line where the Tigers play, will host the game next year. The "
            "governor's office in Montgomery asked state troopers to keep the roads open."
        ),
        {
            "BIRMINGHAM": ("US", "AL"),
            "Birmingham": ("US", "AL"),
            "Alabama": None,
            "Auburn": None,
            "Tuscaloosa": ("US", "AL"),
            "Birmingham#2": ("US", "AL"),
            "Alabama#2": None,
            "Selma": None,
            "Dothan": ("US", "AL"),
            "Bessemer": ("US", "AL"),
            "Hoover": ("US", "AL"),
            "Birmingham#3": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Selma#2": ("US", "AL"),
            "Mobile": ("US", "AL"),
            "Auburn#3": ("US", "AL"),
            "Georgia": ("US", "GA"),
            "Montgomery": ("US", "AL"),
        },
    ),
    (
        "c",
        (
            "YANGON, Myanmar — Twenty years after the generals moved the seat of government to "
            "Naypyitaw, Yangon remains the country's commercial heart, and its river port handled "
            "a record 30 million tonnes of cargo last year, officials said on Monday. The city was "
            "called Rangoon until 1989, when the military government also changed the country's "
            'name in English from Burma to Myanmar. "My grandfather still says Rangoon, and he '
            'still calls Mawlamyine Moulmein," said Thiri Aung, 31, a clerk at a shipping agency. '
            "Rice barges come down through the delta from Pathein, which the British called "
            "Bassein, trucks bring timber from Bago, once known as Pegu, and jade arrives by road "
            "from Mandalay. Coastal ships sail on to Sittwe, the former Akyab, and across the Bay "
            "of Bengal to Kolkata, which was still Calcutta when both ports belonged to British "
            "India. Exports to Bangkok and Singapore have doubled in a decade, but sanctions "
            "imposed after the 2021 coup keep most Western buyers away, and Naypyitaw has yet to "
            "win back investors from Washington or Brussels."
        ),
        {
            "YANGON": ("MM", None),
            "Naypyitaw": ("MM", None),
            "Yangon": ("MM", None),
            "Rangoon": ("MM", None),
            "Burma": ("MM", None),
            "Myanmar#2": ("MM", None),
            "Rangoon#2": ("MM", None),
            "Mawlamyine": ("MM", None),
            "Moulmein": ("MM", None),
            "Pathein": ("MM", None),
            "Bassein": ("MM", None),
            "Bago": ("MM", None),
            "Pegu": ("MM", None),
            "Mandalay": ("MM", None),
            "Sittwe": ("MM", None),
            "Akyab": ("MM", None),
            "Kolkata": ("IN", None),
            "Calcutta": ("IN", None),
            "Naypyitaw#2": ("MM", None),
            "Washington": ("US", "DC"),
            "Brussels": ("BE", None),
        },
    ),
    (
        "d",
        (
            "WASHINGTON — Apple growers from Washington state pressed the White House on "
            "Wednesday to settle a tariff fight with New Delhi before the autumn harvest, warning "
            "that India's 50% duty on American fruit had all but closed their second-largest "
            'export market. "People in Washington, D.C., forget there is another Washington, and '
            'it grows their apples," said Marla Jensen, 55, whose family orchard near Wenatchee '
            "shipped 40 containers of fruit to India in 2023 and none this year. Orchards around "
            "Wenatchee and Yakima produce about two-thirds of the country's apples. Capitol Hill "
            "has held two hearings on the dispute, and Foggy Bottom says talks are under way, but "
            "growers fear Beijing and Ottawa will follow India's lead. Olympia has set aside $10 "
            "million to help farmers find buyers in Mexico and Vietnam, and a trade mission from "
            "Spokane flew to Hanoi last month. Kevin Washington, a lawyer for the growers' "
            "association, said the White House had promised an answer by the end of the month."
        ),
        {
            "WASHINGTON": ("US", "DC"),
            "Washington": ("US", "WA"),
            "White House": ("US", "DC"),
            "New Delhi": ("IN", None),
            "India": ("IN", None),
            "American": ("US", None),
            "Washington#2": ("US", "DC"),
            "Washington#3": ("US", "WA"),
            "Wenatchee": ("US", "WA"),
            "India#2": ("IN", None),
            "Yakima": ("US", "WA"),
            "Capitol Hill": ("US", "DC"),
            "Foggy Bottom": ("US", "DC"),
            "Beijing": ("CN", None),
            "Ottawa": ("CA", "08"),
            "India#3": ("IN", None),
            "Olympia": ("US", "WA"),
            "Spokane": ("US", "WA"),
            "Washington#4": None,
        },
    ),
    (
        "e",
        (
            "PORTO, Portugal — Porto beat Benfica 2-0 on Sunday night to go top of the "
            "Portuguese league, and thousands of fans celebrated until dawn on the riverfront of "
            "the city that gave the club its name. Porto, whose merchants have shipped port wine "
            "to London since the 17th century, has not seen its club win the title in three years. "
            '"My father was born in Lisbon and supports Benfica, so tonight I will not call '
            'him," said Ana Braga, 34, a waitress from Vila Nova de Gaia, just across the Douro. '
            "Fans drove in from Matosinhos and Maia and filled every bar in the old town. "
            "Elsewhere, Sporting were held 1-1 by Braga, and Famalicao beat Estoril 3-1. Benfica's "
            "coach said his players would regroup at the club's training ground in Seixal before "
            "Thursday's European match. Porto's supporters' club in Paris, one of dozens in "
            "France, watched the game on a big screen near the Eiffel Tower."
        ),
        {
            "PORTO": ("PT", None),
            "Porto": None,
            "Benfica": None,
            "Portuguese": ("PT", None),
            "Porto#2": ("PT", None),
            "London": ("GB", "ENG"),
            "Lisbon": ("PT", None),
            "Benfica#2": None,
            "Braga": None,
            "Vila Nova de Gaia": ("PT", None),
            "Matosinhos": ("PT", None),
            "Maia": ("PT", None),
            "Braga#2": None,
            "Famalicao": None,
            "Estoril": None,
            "Benfica#3": None,
            "Seixal": ("PT", None),
            "Porto#3": None,
            "Paris": ("FR", None),
            "France": ("FR", None),
        },
    ),
    (
        "f",
        (
            "NELSON, New Zealand — Floodwaters cut off hundreds of homes around Nelson on "
            "Saturday after a month's rain fell in two days, and soldiers used army trucks to "
            "ferry residents out of low-lying streets in Richmond and Brightwater, officials said. "
            "Nelson, a city of 55,000 at the top of the South Island named after the British "
            'admiral, declared a state of emergency for the second time in a month. "The river '
            'came in the back door and went out the front," said Nelson Hamilton, 67, a retired '
            "orchard worker whose house in Motueka was flooded to the windowsills. Slips closed "
            "the roads to Blenheim and Picton, stranding ferry passengers bound for Wellington, "
            "and Wellington promised emergency money for farmers. Rescue teams flew in from "
            "Christchurch and Hamilton, and a team of Australian flood specialists arrived on "
            "Friday. The Wellington Phoenix postponed a pre-season match in Nelson against "
            "Auckland FC. Forecasters said more rain would fall on Monday."
        ),
        {
            "NELSON": ("NZ", None),
            "Nelson": ("NZ", None),
            "Richmond": ("NZ", None),
            "Brightwater": ("NZ", None),
            "Nelson#2": ("NZ", None),
            "Nelson#3": None,
            "Hamilton": None,
            "Motueka": ("NZ", None),
            "Blenheim": ("NZ", None),
            "Picton": ("NZ", None),
            "Wellington": ("NZ", None),
            "Wellington#2": ("NZ", None),
            "Hamilton#2": ("NZ", None),
            "Australian": ("AU", None),
            "Wellington#3": None,
            "Phoenix": None,
            "Nelson#4": ("NZ", None),
            "Auckland": None,
        },
    ),
    (
        "g",
        (
            "PHOENIX — Phoenix reached 47 C (117 F) on Sunday, its 20th straight day above 43 C, "
            "and the county medical examiner said heat had killed at least 60 people in the area "
            "this summer. Surprise, a fast-growing suburb to the north-west, opened two more "
            "cooling centres, and Goodyear asked residents to run dishwashers and washing machines "
            'only at night. "Mesa is an oven after dark, the asphalt never cools down," said '
            "Rosa Chandler, 44, a nurse who drives to a hospital in Tempe before dawn. Chandler, "
            "to the south-east, handed out free water at bus stops, and Scottsdale and Glendale "
            "kept their libraries open until midnight. In Peoria, not the Illinois city but a "
            "suburb of 190,000 on the edge of the desert, a power cut left 3,000 homes without air "
            "conditioning for six hours. Volunteers went door to door in Sun City, a retirement "
            "town, to check on elderly residents. The Phoenix Suns and the Arizona Cardinals paid "
            "for 5,000 electric fans. Even Flagstaff, two hours to the north in the mountains, "
            "reached 33 C, and Tucson hit 45 C."
        ),
        {
            "PHOENIX": ("US", "AZ"),
            "Phoenix": ("US", "AZ"),
            "Surprise": ("US", "AZ"),
            "Goodyear": ("US", "AZ"),
            "Mesa": ("US", "AZ"),
            "Chandler": None,
            "Tempe": ("US", "AZ"),
            "Chandler#2": ("US", "AZ"),
            "Scottsdale": ("US", "AZ"),
            "Glendale": ("US", "AZ"),
            "Peoria": ("US", "AZ"),
            "Illinois": ("US", "IL"),
            "Sun City": ("US", "AZ"),
            "Phoenix#2": None,
            "Arizona": None,
            "Flagstaff": ("US", "AZ"),
            "Tucson": ("US", "AZ"),
        },
    ),
    (
        "h",
        (
            "NIAMEY, Niger — The Niger river rose to its highest level in half a century on "
            "Wednesday, flooding neighbourhoods on both banks of the capital and forcing more than "
            "20,000 people from their homes, officials said. Upstream, the water had already "
            "swamped rice fields around Tillaberi, and downstream the government feared for Gaya, "
            'on the border with Benin. "I have measured this river for 12 years and never seen it '
            'like this," said Chad Morrison, 41, a Canadian hydrologist who works for a regional '
            "water agency. Chad, Niger's neighbour to the east, has also been hit by floods, and "
            "fishermen around Lake Chad have lost their boats. Trucks carrying food from Cotonou, "
            "the port in Benin, were stuck behind a collapsed bridge near Dosso. Zinder and "
            "Maradi, in the south, reported heavy rain, and Agadez, on the edge of the Sahara, "
            "recorded its wettest August. Ouagadougou and Bamako, allies of Niamey in a pact of "
            "military governments, sent messages of support. Niamey's mayor said schools would "
            "stay closed until September."
        ),
        {
            "NIAMEY": ("NE", None),
            "Tillaberi": ("NE", None),
            "Gaya": ("NE", None),
            "Benin": ("BJ", None),
            "Chad": None,
            "Canadian": ("CA", None),
            "Chad#2": ("TD", None),
            "Niger#3": ("NE", None),
            "Cotonou": ("BJ", None),
            "Benin#2": ("BJ", None),
            "Dosso": ("NE", None),
            "Zinder": ("NE", None),
            "Maradi": ("NE", None),
            "Agadez": ("NE", None),
            "Ouagadougou": ("BF", None),
            "Bamako": ("ML", None),
            "Niamey": ("NE", None),
            "Niamey#2": ("NE", None),
        },
    ),
    (
        "i",
        (
            "LINCOLN, Neb. — A blizzard shut Interstate 80 across most of Nebraska on Tuesday, "
            "stranding hundreds of truckers between Lincoln and Grand Island and cutting power to "
            "40,000 homes, officials said. Kearney and Hastings recorded 45 cm of snow, and drifts "
            "two metres high blocked roads around Columbus and Norfolk. Beatrice, south of the "
            'capital, lost power for most of the day. "We ran out of coffee by noon," said '
            "Beatrice Hall, 73, who helps at a church shelter in the town. York, a town of 8,000 "
            "on the interstate, opened its high school gym to 300 stranded drivers, among them a "
            "Polish truck driver and a couple from York, in England, who were touring the Great "
            'Plains by car. "We came for the open spaces, not for this," said Martin Clegg, 61. '
            "In Omaha, schools closed for a second day, and Sidney, out in the Panhandle, reported "
            "wind gusts of 110 km/h. Lincoln sent 200 National Guard soldiers to help clear the "
            "roads."
        ),
        {
            "LINCOLN": ("US", "NE"),
            "Nebraska": ("US", "NE"),
            "Lincoln": ("US", "NE"),
            "Grand Island": ("US", "NE"),
            "Kearney": ("US", "NE"),
            "Hastings": ("US", "NE"),
            "Columbus": ("US", "NE"),
            "Norfolk": ("US", "NE"),
            "Beatrice": ("US", "NE"),
            "Beatrice#2": None,
            "York": ("US", "NE"),
            "Polish": ("PL", None),
            "York#2": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Sidney": ("US", "NE"),
            "Lincoln#2": ("US", "NE"),
        },
    ),
    (
        "j",
        (
            "SAN JOSE, Costa Rica — A magnitude 6.1 earthquake shook central Costa Rica on "
            "Thursday night, cracking walls in San José and cutting power to thousands of homes "
            "in Cartago and Alajuela, emergency officials said. There were no reports of deaths. "
            '"The whole building swayed like a boat," said Daniel Heredia, 29, a software '
            "engineer who moved to San José from San Jose, California, two years ago and works "
            "for a chip maker in Heredia. The quake was centred 20 km south of Cartago, the "
            "colonial capital until 1823, at a depth of 30 km. Flights at the international "
            "airport outside Alajuela were halted for two hours, and the ferry from Puntarenas "
            "stopped running. Liberia, in the north-west, felt only a light shake, as did Limon on "
            "the Caribbean coast. Managua and Panama City offered rescue teams, and a seismologist "
            "said aftershocks could continue for weeks."
        ),
        {
            "SAN JOSE": ("CR", None),
            "Costa Rica#2": ("CR", None),
            "San José": ("CR", None),
            "Cartago": ("CR", None),
            "Alajuela": ("CR", None),
            "Heredia": None,
            "San José#2": ("CR", None),
            "San Jose": ("US", "CA"),
            "California": ("US", "CA"),
            "Heredia#2": ("CR", None),
            "Puntarenas": ("CR", None),
            "Liberia": ("CR", None),
            "Limon": ("CR", None),
            "Managua": ("NI", None),
            "Panama City": ("PA", None),
        },
    ),
]

_A31 = "NAPLES, Fla. — Naples closed i"
_B31 = "BIRMINGHAM, Ala. — Hotels in B"
_C31 = "YANGON, Myanmar — Twenty years"
_D31 = "WASHINGTON — Apple growers fro"
_E31 = "PORTO, Portugal — Porto beat B"
_F31 = "NELSON, New Zealand — Floodwat"
_G31 = "PHOENIX — Phoenix reached 47 C"
_H31 = "NIAMEY, Niger — The Niger rive"
_I31 = "LINCOLN, Neb. — A blizzard shu"
_J31 = "SAN JOSE, Costa Rica — A magni"
BATCH_31_XFAIL: dict[tuple[str, str], str] = {
    (_B31, "Alabama#2"): (
        "first run on e8ad63c: 'Alabama#2' should be no place, got Alabama (US, AL)"
    ),
    (_C31, "Mawlamyine"): (
        "first run on e8ad63c: 'Mawlamyine' not found as a place (overlap: None)"
    ),
    (_C31, "Moulmein"): ("first run on e8ad63c: 'Moulmein' not found as a place (overlap: None)"),
    (_D31, "Washington"): ("first run on e8ad63c: 'Washington' Washington, DC"),
    (_D31, "Washington#3"): ("first run on e8ad63c: 'Washington#3' Washington, DC"),
    (_D31, "Foggy Bottom"): (
        "first run on e8ad63c: 'Foggy Bottom' not found as a place (overlap: None)"
    ),
    (_E31, "Porto"): ("first run on e8ad63c: 'Porto' should be no place, got Porto (PT, 17)"),
    (_E31, "Porto#2"): ("first run on e8ad63c: 'Porto#2' not found as a place (overlap: None)"),
    (_E31, "Porto#3"): ("first run on e8ad63c: 'Porto#3' should be no place, got Porto (PT, 17)"),
    (_G31, "Goodyear"): ("first run on e8ad63c: 'Goodyear' not found as a place (overlap: None)"),
    (_G31, "Chandler#2"): (
        "first run on e8ad63c: 'Chandler#2' not found as a place (overlap: None)"
    ),
    (_H31, "Chad#2"): ("first run on e8ad63c: 'Chad#2' not found as a place (overlap: None)"),
    (_H31, "Zinder"): ("first run on e8ad63c: 'Zinder' not found as a place (overlap: None)"),
    (_H31, "Maradi"): ("first run on e8ad63c: 'Maradi' not found as a place (overlap: None)"),
    (_I31, "Norfolk"): ("first run on e8ad63c: 'Norfolk' Norfolk in GB"),
    (_I31, "Lincoln#2"): ("first run on e8ad63c: 'Lincoln#2' not found as a place (overlap: None)"),
    (_J31, "Panama City"): ("first run on e8ad63c: 'Panama City' Panama City in US"),
}
BATCH_31_NAMES = _named_params(31, BATCH_31, BATCH_31_XFAIL)


# Trap articles for batch 32, written before running the pipeline on them, in ten places and
# topics the earlier batches do not cover; each keyed name is a (country code, GeoNames admin1
# code or None) pair, or None when the mention must not be taken as a place; "Name#2" is the
# second occurrence of the exact string in the text (the dateline included, and occurrences
# inside longer names counted, as in 'Hurricane Florence', 'the Toledo Mud Hens', 'the Kansas
# City Chiefs', 'Real Madrid' or 'Lord Salisbury'; the match is case-sensitive, so the
# capitalised dateline 'FLORENCE' is a string of its own, and the lower-case 'cheddar' in (b) is
# no occurrence of 'Cheddar'). No keyed name occurs inside a longer word in its article (no
# 'Jacob' beside 'Jacobabad', no 'Benazir' beside 'Benazirabad', no 'London' beside
# 'Londonderry' in (i), no 'Victoria' keyed beside 'Fort Victoria' or 'Victoria Falls' in (c)).
# (a) a river flood in Florence, South Carolina: 'FLORENCE, S.C.' and Florence six times (the
# city three times, 'Hurricane Florence' the storm and a woman named Florence Grant, both no
# place, and 'Florence, Alabama'), Alabama, 'Italian' as a demonym for the Italian city that is
# not named, Darlington (an English town too), Marion and Dillon (opening a sentence, a first
# name and a surname too), Mullins (a surname too), Columbia as the state government (beside the
# country Colombia, not named), Charleston (one in West Virginia too), Myrtle Beach, Conway and
# Sumter (a surname and a general); the Pee Dee River and Interstate 95 not keyed, Hartsville
# left unkeyed;
# (b) a cheese fair in Wells, Somerset, whose towns have common words for names: 'WELLS,
# England' and Wells three times (the city twice and a farmer named Tom Wells), England the
# second time (the first is the dateline's), Cheddar the village (the cheese written 'cheddar'
# is no occurrence, and the second 'Cheddar', "Cheddar's own stall", is left unkeyed), Street
# (a town, opening a sentence), Frome, Shepton Mallet, Glastonbury (the first; the second not
# keyed), Bath (in a quote), Bristol, Taunton as the county council's seat, Yeovil, a woman
# named Chelsea (a London district and a club too), London, Westminster as the government,
# Somerset; Bridgwater left unkeyed;
# (c) street names in Harare, told with former names: 'HARARE, Zimbabwe' and Harare (the first;
# the second left unkeyed), Salisbury five times (the old name of Harare three times, Lord
# Salisbury the prime minister, no place, and the English cathedral city), England, Rhodesia
# (the former name of the country), London as the British government, Gwelo and Gweru, Que Que
# and Kwekwe, Fort Victoria and Masvingo, Umtali and Mutare (the first mention of each),
# Victoria Falls (a town named after the falls); Sinoia, Chinhoyi, Bulawayo, the second
# Masvingo and Mutare, the Zambezi, 'British' and the second 'Zimbabwe' not keyed;
# (d) the tuna port of Victoria, Seychelles: 'VICTORIA, Seychelles' and Victoria four times (the
# capital, Queen Victoria, no place, 'Victoria in Canada', the capital of British Columbia, and
# 'the state of Victoria in Australia'; the fifth, inside 'Lake Victoria', not keyed), Canada,
# Australia, 'Spanish' and 'French' as demonyms, London, Bermeo and Concarneau (fishing ports),
# Mauritius, Abu Dhabi, New Delhi and Beijing as governments, Seychelles the second time (the
# first is the dateline's); the Indian Ocean, Europe and Madagascar not keyed;
# (e) an algae bloom at Toledo, Ohio: 'TOLEDO, Ohio' and Toledo three times (the city, 'the
# Toledo Mud Hens', a team, no place, and 'Toledo, Spain', its sister city), Spain, Defiance
# twice (a common word; the second, 'Defiance farmer', the town), Napoleon three times (the
# town twice and Napoleon Bonaparte, no place), Bowling Green (a Kentucky city too), Sandusky,
# Michigan, Detroit, Windsor (the Canadian city, not the English town), 'Canadian' as a
# demonym, Columbus as the state government, Lima (opening a sentence; the Peruvian capital is
# not named); Lake Erie and the Maumee River not keyed, Findlay left unkeyed;
# (f) a stadium fight in Kansas City: 'KANSAS CITY, Mo.' and 'Kansas City' four times (the
# Missouri city, 'the Kansas City Chiefs' and 'The Kansas City Royals', teams, no place, and
# 'Kansas City, Kansas'), Kansas three times as the state (the third, fifth and sixth
# occurrences of 'Kansas'; the others are inside 'Kansas City'), Missouri, Topeka as the Kansas
# government (the first; the second not keyed), Jefferson City as the Missouri government,
# Independence (a common word, the first and third; the second not keyed), Liberty (opening a
# list), Lee's Summit, Lawrence twice (a man's first name, no place, and the Kansas city),
# Wichita; Arrowhead Stadium not keyed, Olathe and Overland Park left unkeyed;
# (g) a cup derby in Saint-Etienne, told with hyphenated names and clubs: 'SAINT-ETIENNE,
# France' and Saint-Etienne twice as the club, Lyon three times (the club, then the city twice),
# a striker named Mathis Lens (Lens a French town and club too) twice, Saint-Chamond, Firminy,
# Montbrison, Clermont-Ferrand, Le Puy-en-Velay, Vienne (the French town, whose name is the
# French name of Vienna), Marseille and Andrezieux-Boutheon as clubs, Paris as the government,
# Roanne; the French Cup, the Part-Dieu station, Lille and Villeurbanne not keyed;
# (h) floods in Hyderabad, Sindh: 'HYDERABAD, Pakistan' and Hyderabad three times (the Sindh
# city twice and the Indian city), 'Indian' as a demonym, Sindh, Sukkur, Larkana, Dadu, Dubai,
# Jacobabad (named after a British general), Nawabshah and Shaheed Benazirabad (its new name),
# Islamabad as the federal government, Karachi, Mirpur Khas, Punjab (the Pakistani province,
# upstream on the Indus, not the Indian state); the Indus not keyed, Thatta left unkeyed;
# (i) a cancer centre for Derry, told with the city's two names and government metonyms:
# 'BELFAST' and Belfast twice (the third not keyed), Stormont as the Northern Ireland
# government, Derry three times and Londonderry, Westminster and Downing Street as the British
# government, Dublin as the Irish government, Donegal (county or town, Ireland either way),
# Letterkenny, a nurse named Shannon (an Irish town and river too), Strabane, Omagh, Brussels
# as the European Union; Limavady and Coleraine left unkeyed;
# (j) the Madrid derby and other games: 'MADRID' and Madrid four times ('Real Madrid' and
# 'Atletico Madrid', clubs, no place, then the city twice, the second in a quote), 'Spanish'
# as a demonym, Alcala de Henares, Getafe twice (the club, then the town), Girona, Sevilla,
# Villarreal, 'Athletic Bilbao' and 'Celta Vigo' as clubs, Seville the city, a player named
# Jordan Hayes (a country and a river too), 'the Boston Celtics' (a team), Mexico City;
# 'Brazilian', 'American', London and Buenos Aires left unkeyed.
# Decisions (as in batches 7-31): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('S.C.', 'England' in (b), 'Zimbabwe',
# 'Seychelles', 'Ohio', 'Mo.', 'France', 'Pakistan'); a club or team named after a place is no
# place ('the Toledo Mud Hens', 'the Kansas City Chiefs', 'The Kansas City Royals',
# Saint-Etienne, Lyon, Marseille and Andrezieux-Boutheon as clubs, 'Real Madrid', 'Atletico
# Madrid', Getafe, Girona, Sevilla and Villarreal as clubs, 'Athletic Bilbao', 'Celta Vigo',
# 'the Boston Celtics'), nor is a storm named like a place ('Hurricane Florence'), nor a
# person's first name, surname or title (Florence Grant, Tom Wells, Chelsea Morgan, Lord
# Salisbury, Napoleon Bonaparte, Lawrence Miller, Mathis Lens, Shannon Doherty, Jordan Hayes,
# Queen Victoria); a town whose name is a common word or a name is a place when the text
# means the town, at the start of a sentence too (Street, Defiance, Napoleon, Independence,
# Liberty, Marion, Dillon, Lima); a nationality adjective is its country ('Italian',
# 'Spanish', 'French', 'Canadian', 'Indian'); a capital, a seat, a building or a quarter
# named for its government is that place (Columbia, Taunton, Westminster, London in (c), Abu
# Dhabi, New Delhi, Beijing, Columbus, Topeka, Jefferson City, Paris, Islamabad, Stormont,
# Downing Street, Dublin, Brussels); a former name is the current place (Salisbury is Harare,
# Rhodesia is Zimbabwe, Gwelo is Gweru, Que Que is Kwekwe, Fort Victoria is Masvingo, Umtali
# is Mutare, Nawabshah and Shaheed Benazirabad are one town, Londonderry is Derry); a town
# named like a bigger or better-known place is the town the text means (Florence, Darlington,
# Columbia and Charleston in South Carolina except 'Florence, Alabama'; Wells, Street and Bath
# in England; Salisbury in Zimbabwe except the English cathedral city; Victoria in Seychelles
# except Canada's and Australia's; Toledo in Ohio except 'Toledo, Spain'; Lima, Defiance and
# Bowling Green in Ohio; Windsor in Ontario; Kansas City in Missouri except 'Kansas City,
# Kansas'; Lawrence in Kansas; Vienne in France; Hyderabad in Pakistan except the Indian city;
# Punjab in Pakistan; Seville in Spain). Not keyed: rivers, lakes, oceans, roads, stations,
# stadiums and events (the Pee Dee River, Interstate 95, Lake Victoria, the Indian Ocean, Lake
# Erie, the Maumee River, Arrowhead Stadium, the Part-Dieu station, the French Cup, the Indus,
# the Zambezi), regions named as such (Europe), readings that are unsure ('British', the
# second 'Cheddar' in "Cheddar's own stall") and names left unkeyed to keep the batch near 170
# (Hartsville, Bridgwater, Sinoia, Chinhoyi, Bulawayo, Madagascar, Findlay, Olathe, Overland
# Park, Lille, Villeurbanne, Thatta, Limavady, Coleraine, 'Brazilian', 'American', London and
# Buenos Aires in (j), and the later mentions named above). 178 names are keyed. Admin1 codes
# are GeoNames': US two-letter states (AL, KS, MI, MO, OH, SC); GB ENG England and GB NIR
# Northern Ireland; CA 02 British Columbia and CA 08 Ontario. All other countries are checked
# at country level (Italy, Zimbabwe, Seychelles, Australia, Spain, France, Mauritius, United
# Arab Emirates, India, China, Canada for 'Canadian', Pakistan, Ireland, Belgium, Mexico).
BATCH_32: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "FLORENCE, S.C. — Florence opened three shelters on Monday as the Pee Dee River rose "
            "toward record levels after four days of rain, and towns downstream told families "
            "living near the water to leave. Forecasters expect the river to crest near Florence "
            "on Wednesday, higher than during Hurricane Florence in 2018, when floods closed "
            'Interstate 95 for a week. "Everybody says that storm was named after us, and nobody '
            'laughs about it anymore," said Florence Grant, 67, who carried her cat into a '
            "church shelter in Darlington. Marion and Dillon closed their schools, and a bridge "
            "on the road to Mullins washed away overnight. Columbia sent 200 National Guard "
            "soldiers, and trucks of bottled water arrived from Charleston and Myrtle Beach. "
            "Florence, a railway town named after the daughter of a railroad president, shares "
            "its name with the Italian city and with Florence, Alabama, whose mayor offered to "
            "send pumps. Hartsville said its paper mill was still running. In Conway, people "
            "filled sandbags for the second time in a month, and Sumter braced for strong winds."
        ),
        {
            "FLORENCE": ("US", "SC"),
            "Florence": ("US", "SC"),
            "Florence#2": ("US", "SC"),
            "Florence#3": None,
            "Florence#4": None,
            "Darlington": ("US", "SC"),
            "Marion": ("US", "SC"),
            "Dillon": ("US", "SC"),
            "Mullins": ("US", "SC"),
            "Columbia": ("US", "SC"),
            "Charleston": ("US", "SC"),
            "Myrtle Beach": ("US", "SC"),
            "Florence#5": ("US", "SC"),
            "Italian": ("IT", None),
            "Florence#6": ("US", "AL"),
            "Alabama": ("US", "AL"),
            "Conway": ("US", "SC"),
            "Sumter": ("US", "SC"),
        },
    ),
    (
        "b",
        (
            "WELLS, England — Wells, which calls itself England's smallest city, ran out of hotel "
            "rooms on Saturday as thousands of visitors arrived for a cheese fair on the green "
            "beside its cathedral, the first held there in 40 years. Stallholders drove in from "
            "Cheddar, the village below the gorge that gave the world its favourite cheese, and "
            "from Frome, Shepton Mallet and Glastonbury. Street, a shoe-making town two miles "
            'from Glastonbury, sent its brass band. "People in Bath think Wells is a village '
            'with a cathedral stuck on it," said Tom Wells, 52, a goat farmer who shares his '
            "surname with the city. Trains from Bristol were full by mid-morning, and the county "
            "council in Taunton laid on extra buses from Bridgwater and Yeovil. Chelsea Morgan, "
            "29, came down from London with a cool bag and went home with 6 kg of cheese. A "
            "farming minister sent from Westminster cut the ribbon and praised Somerset's "
            '"proper cheddar". Cheddar\'s own stall sold out by noon.'
        ),
        {
            "WELLS": ("GB", "ENG"),
            "Wells": ("GB", "ENG"),
            "England#2": ("GB", "ENG"),
            "Cheddar": ("GB", "ENG"),
            "Frome": ("GB", "ENG"),
            "Shepton Mallet": ("GB", "ENG"),
            "Glastonbury": ("GB", "ENG"),
            "Street": ("GB", "ENG"),
            "Bath": ("GB", "ENG"),
            "Wells#2": ("GB", "ENG"),
            "Wells#3": None,
            "Bristol": ("GB", "ENG"),
            "Taunton": ("GB", "ENG"),
            "Yeovil": ("GB", "ENG"),
            "Chelsea": None,
            "London": ("GB", "ENG"),
            "Westminster": ("GB", "ENG"),
            "Somerset": ("GB", "ENG"),
        },
    ),
    (
        "c",
        (
            "HARARE, Zimbabwe — Harare's city council voted on Tuesday to strip colonial names "
            "from the last 30 streets in the centre that still carry them, 43 years after the "
            "capital itself stopped being Salisbury. The city was named in 1890 after Lord "
            "Salisbury, then the British prime minister, whose title came from the cathedral city "
            "of Salisbury in England. It was from Salisbury that the white minority government "
            'of Rhodesia broke with London in 1965. "My father was born in Salisbury and I was '
            'born in Harare, and we never moved house," said taxi driver Tendai Moyo, 44. Most '
            "towns dropped their colonial names in the early 1980s: Gwelo became Gweru, Que Que "
            "became Kwekwe, Fort Victoria became Masvingo, Umtali became Mutare and Sinoia "
            "became Chinhoyi. Bulawayo kept its name, and so did Victoria Falls, a resort town on "
            "the Zambezi that still carries the queen's name. Councillors in Masvingo and Mutare "
            "have asked for similar votes. Zimbabwe's local government ministry said the new "
            "street names would honour fighters of the 1970s independence war."
        ),
        {
            "HARARE": ("ZW", None),
            "Harare": ("ZW", None),
            "Salisbury": ("ZW", None),
            "Salisbury#2": None,
            "Salisbury#3": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Salisbury#4": ("ZW", None),
            "Rhodesia": ("ZW", None),
            "London": ("GB", "ENG"),
            "Salisbury#5": ("ZW", None),
            "Gwelo": ("ZW", None),
            "Gweru": ("ZW", None),
            "Que Que": ("ZW", None),
            "Kwekwe": ("ZW", None),
            "Fort Victoria": ("ZW", None),
            "Masvingo": ("ZW", None),
            "Umtali": ("ZW", None),
            "Mutare": ("ZW", None),
            "Victoria Falls": ("ZW", None),
        },
    ),
    (
        "d",
        (
            "VICTORIA, Seychelles — Victoria, one of the world's smallest capitals, has become "
            "the busiest tuna port in the Indian Ocean, with Spanish and French purse seiners "
            "landing more than 300,000 tonnes a year for its cannery, port officials said on "
            "Wednesday. The town was named after Queen Victoria in 1841, and the silver clock "
            'tower at its centre is a copy of one in London. "We get letters meant for Victoria '
            "in Canada, for the state of Victoria in Australia, and once for a fisherman on Lake "
            'Victoria," said harbour master Marie-Claire Hoareau. Most of the seiners are '
            "registered in Bermeo and Concarneau, and their catch is frozen on board and canned "
            "or shipped on to Mauritius, Madagascar and Europe. A new cold store is being built "
            "with a loan from Abu Dhabi, while New Delhi and Beijing have both offered to pay for "
            'a longer quay. "Everyone wants a piece of the harbour," said Hoareau, adding that '
            "Seychelles would decide for itself."
        ),
        {
            "VICTORIA": ("SC", None),
            "Victoria": ("SC", None),
            "Spanish": ("ES", None),
            "French": ("FR", None),
            "Victoria#2": None,
            "London": ("GB", "ENG"),
            "Victoria#3": ("CA", "02"),
            "Canada": ("CA", None),
            "Victoria#4": ("AU", None),
            "Australia": ("AU", None),
            "Bermeo": ("ES", None),
            "Concarneau": ("FR", None),
            "Mauritius": ("MU", None),
            "Abu Dhabi": ("AE", None),
            "New Delhi": ("IN", None),
            "Beijing": ("CN", None),
            "Seychelles#2": ("SC", None),
        },
    ),
    (
        "e",
        (
            "TOLEDO, Ohio — Toledo told its 270,000 residents on Thursday that their tap water "
            "was safe to drink despite a bloom of toxic algae spreading across the western end of "
            "Lake Erie, 11 years after a similar bloom left the city without drinking water for "
            "three days. Runoff from farms around Defiance, Napoleon and Findlay feeds the algae "
            "every summer, scientists say. Napoleon, a town of 8,000 on the Maumee River named "
            'after Napoleon Bonaparte, has paid farmers to plant winter cover crops. "We are '
            'upstream, so everybody blames us," said Defiance farmer Dale Fischer. Researchers '
            "from Bowling Green flew drones over the bloom, which stretched east toward Sandusky "
            "and north to the Michigan shore. Detroit and the Canadian city of Windsor take their "
            "water far from the bloom. Columbus has set aside $30 million for wetlands to trap "
            "phosphorus. The Toledo Mud Hens handed out free bottled water at Thursday's game "
            "anyway, and a delegation from Toledo, Spain, the city's sister city, toured the "
            "treatment plant. Lima, an hour to the south, said its reservoirs were clear."
        ),
        {
            "TOLEDO": ("US", "OH"),
            "Toledo": ("US", "OH"),
            "Defiance": ("US", "OH"),
            "Napoleon": ("US", "OH"),
            "Napoleon#2": ("US", "OH"),
            "Napoleon#3": None,
            "Defiance#2": ("US", "OH"),
            "Bowling Green": ("US", "OH"),
            "Sandusky": ("US", "OH"),
            "Michigan": ("US", "MI"),
            "Detroit": ("US", "MI"),
            "Canadian": ("CA", None),
            "Windsor": ("CA", "08"),
            "Columbus": ("US", "OH"),
            "Toledo#2": None,
            "Toledo#3": ("ES", None),
            "Spain": ("ES", None),
            "Lima": ("US", "OH"),
        },
    ),
    (
        "f",
        (
            "KANSAS CITY, Mo. — Kansas City's mayor said on Monday that the city would fight to "
            "keep the Kansas City Chiefs after lawmakers in Topeka offered to pay for most of a "
            "new stadium in Kansas, just across the state line. The Chiefs have played at "
            "Arrowhead Stadium on the Missouri side since 1972, and sites have been proposed in "
            'Kansas City, Kansas, and in the suburbs of Olathe and Overland Park. "My '
            "grandfather drove in from Independence for every home game, and Independence is "
            'still Chiefs country," said season ticket holder Lawrence Miller, 61. Jefferson '
            "City has so far offered far less than Topeka. Independence, Liberty and Lee's "
            "Summit want a say in any deal because their residents would pay part of the sales "
            "tax. Officials in Lawrence, home of the state's flagship university, said a stadium "
            "on the Kansas side would also draw fans from Wichita. The Kansas City Royals, the "
            "city's baseball team, face the same choice."
        ),
        {
            "KANSAS CITY": ("US", "MO"),
            "Kansas City": ("US", "MO"),
            "Kansas City#2": None,
            "Topeka": ("US", "KS"),
            "Kansas#3": ("US", "KS"),
            "Missouri": ("US", "MO"),
            "Kansas City#3": ("US", "KS"),
            "Kansas#5": ("US", "KS"),
            "Independence": ("US", "MO"),
            "Lawrence": None,
            "Jefferson City": ("US", "MO"),
            "Independence#3": ("US", "MO"),
            "Liberty": ("US", "MO"),
            "Lee's Summit": ("US", "MO"),
            "Lawrence#2": ("US", "KS"),
            "Kansas#6": ("US", "KS"),
            "Wichita": ("US", "KS"),
            "Kansas City#4": None,
        },
    ),
    (
        "g",
        (
            "SAINT-ETIENNE, France — Saint-Etienne knocked Lyon out of the French Cup on Sunday "
            "with a stoppage-time header by 19-year-old striker Mathis Lens, and thousands of "
            "fans poured into the streets of the old coal-mining city to celebrate. "
            "Saint-Etienne, relegated from the top flight in the spring, had not beaten its "
            "richer neighbour in six years. Supporters drove in from Saint-Chamond, Firminy and "
            'Montbrison, and a busload of students came from Clermont-Ferrand. "People in Lyon '
            'think we are their suburb, but tonight we are kings," said Nadia Benali, 38, who '
            "travelled from Le Puy-en-Velay. Police in Lyon reported scuffles near the Part-Dieu "
            "station, and trains to Vienne and Villeurbanne ran late. In other ties, Marseille "
            "beat Lille 3-0, and Andrezieux-Boutheon, an amateur club from just north of the "
            "city, went out on penalties. Paris has promised money to turn the old mines into a "
            "science park, and the mayor said the win was worth more than any grant. Lens grew "
            "up in Roanne and joined the club at 12."
        ),
        {
            "SAINT-ETIENNE": ("FR", None),
            "Saint-Etienne": None,
            "Lyon": None,
            "Lens": None,
            "Saint-Etienne#2": None,
            "Saint-Chamond": ("FR", None),
            "Firminy": ("FR", None),
            "Montbrison": ("FR", None),
            "Clermont-Ferrand": ("FR", None),
            "Lyon#2": ("FR", None),
            "Le Puy-en-Velay": ("FR", None),
            "Lyon#3": ("FR", None),
            "Vienne": ("FR", None),
            "Marseille": None,
            "Andrezieux-Boutheon": None,
            "Paris": ("FR", None),
            "Lens#2": None,
            "Roanne": ("FR", None),
        },
    ),
    (
        "h",
        (
            "HYDERABAD, Pakistan — Hospitals in Hyderabad ran short of beds on Wednesday as "
            "floodwater from the swollen Indus reached villages on the edge of the city, and "
            "officials warned that the crest had yet to pass Sindh's second-largest city. The "
            "river broke through an embankment near Sukkur on Sunday and has since flooded cotton "
            'and rice fields around Larkana and Dadu. "When I tell people in Dubai that I am from '
            'Hyderabad, they ask me about software companies," said Asif Soomro, 36, a '
            "shopkeeper who, like many here, is tired of being confused with the Indian city of "
            "Hyderabad. Jacobabad, named after the British general John Jacob, said 40,000 people "
            "were living in tents. In Nawabshah, renamed Shaheed Benazirabad in 2008 in honour of "
            "the assassinated prime minister, schools were turned into shelters. Islamabad has "
            "promised 20 billion rupees in relief, and aid trucks from Karachi reached Thatta and "
            "Mirpur Khas on Tuesday. Farmers in Punjab, upstream, said most of their crops had "
            "been saved."
        ),
        {
            "HYDERABAD": ("PK", None),
            "Hyderabad": ("PK", None),
            "Sindh": ("PK", None),
            "Sukkur": ("PK", None),
            "Larkana": ("PK", None),
            "Dadu": ("PK", None),
            "Dubai": ("AE", None),
            "Hyderabad#2": ("PK", None),
            "Indian": ("IN", None),
            "Hyderabad#3": ("IN", None),
            "Jacobabad": ("PK", None),
            "Nawabshah": ("PK", None),
            "Shaheed Benazirabad": ("PK", None),
            "Islamabad": ("PK", None),
            "Karachi": ("PK", None),
            "Mirpur Khas": ("PK", None),
            "Punjab": ("PK", None),
        },
    ),
    (
        "i",
        (
            "BELFAST — Stormont ministers agreed on Thursday to pay for a new cancer centre in "
            "Derry, ending a two-year row over claims that the northwest had been left behind by "
            "Belfast. The city is called Londonderry by most unionists, on the signs at its "
            "railway station and in its official title, and Derry by most nationalists and "
            "nearly everyone who lives there. Westminster will cover a third of the 120 million "
            "pound cost, a Downing Street spokesman said, and Dublin has offered money for a "
            "cross-border unit that would also treat patients from Donegal and Letterkenny. "
            '"In Derry we wait and in Belfast they decide," said Shannon Doherty, 41, a nurse '
            "who drives patients to Belfast twice a week. Patients from Strabane, Limavady, "
            "Coleraine and Omagh now make round trips of up to four hours for radiotherapy. "
            "Brussels has set aside peace-programme funds for the cross-border part of the plan."
        ),
        {
            "BELFAST": ("GB", "NIR"),
            "Stormont": ("GB", "NIR"),
            "Derry": ("GB", "NIR"),
            "Belfast": ("GB", "NIR"),
            "Londonderry": ("GB", "NIR"),
            "Derry#2": ("GB", "NIR"),
            "Westminster": ("GB", "ENG"),
            "Downing Street": ("GB", "ENG"),
            "Dublin": ("IE", None),
            "Donegal": ("IE", None),
            "Letterkenny": ("IE", None),
            "Derry#3": ("GB", "NIR"),
            "Belfast#2": ("GB", "NIR"),
            "Shannon": None,
            "Strabane": ("GB", "NIR"),
            "Omagh": ("GB", "NIR"),
            "Brussels": ("BE", None),
        },
    ),
    (
        "j",
        (
            "MADRID — Real Madrid beat Atletico Madrid 3-1 on Saturday to go four points clear at "
            "the top of the Spanish league, and car horns sounded across Madrid until well after "
            "midnight. Brazilian winger Thiago Ramos scored twice for Real, who have now won six "
            'derbies in a row. "Half of Madrid is crying tonight, and it is the better half," '
            "said Atletico fan Lucia Moreno, 27, who had come in from Alcala de Henares. "
            "Elsewhere, Getafe lost 2-0 at home to Girona, and fans in Getafe, a working-class "
            "suburb south of the capital, booed their coach. Sevilla drew 1-1 with Villarreal in "
            "Seville, and Athletic Bilbao beat Celta Vigo 2-0. Real's basketball team, meanwhile, "
            "signed American forward Jordan Hayes from the Boston Celtics. Saturday's derby was "
            "watched by 78,000 fans, many of whom had flown in from London, Mexico City and "
            "Buenos Aires."
        ),
        {
            "MADRID": ("ES", None),
            "Madrid": None,
            "Madrid#2": None,
            "Spanish": ("ES", None),
            "Madrid#3": ("ES", None),
            "Madrid#4": ("ES", None),
            "Alcala de Henares": ("ES", None),
            "Getafe": None,
            "Girona": None,
            "Getafe#2": ("ES", None),
            "Sevilla": None,
            "Villarreal": None,
            "Seville": ("ES", None),
            "Bilbao": None,
            "Vigo": None,
            "Jordan": None,
            "Boston": None,
            "Mexico City": ("MX", None),
        },
    ),
]

_A32 = "FLORENCE, S.C. — Florence open"
_B32 = "WELLS, England — Wells, which "
_C32 = "HARARE, Zimbabwe — Harare's ci"
_D32 = "VICTORIA, Seychelles — Victori"
_E32 = "TOLEDO, Ohio — Toledo told its"
_F32 = "KANSAS CITY, Mo. — Kansas City"
_G32 = "SAINT-ETIENNE, France — Saint-"
_H32 = "HYDERABAD, Pakistan — Hospital"
_I32 = "BELFAST — Stormont ministers a"
_J32 = "MADRID — Real Madrid beat Atle"
BATCH_32_XFAIL: dict[tuple[str, str], str] = {
    (_D32, "Seychelles#2"): (
        "first run (b758098): 'Seychelles#2' not found as a place (overlap: None)"
    ),
    (_G32, "Saint-Etienne"): (
        "first run (b758098): 'Saint-Etienne' should be no place, got Saint-Étienne (FR, 84)"
    ),
    (_G32, "Saint-Etienne#2"): (
        "first run (b758098): 'Saint-Etienne#2' should be no place, got Saint-Étienne (FR, 84)"
    ),
    (_H32, "Jacobabad"): ("first run (b758098): 'Jacobabad' not found as a place (overlap: None)"),
    (_H32, "Shaheed Benazirabad"): (
        "first run (b758098): 'Shaheed Benazirabad' not found as a place (overlap: None)"
    ),
    (_I32, "Stormont"): ("first run (b758098): 'Stormont' not found as a place (overlap: None)"),
    (_I32, "Londonderry"): (
        "first run (b758098): 'Londonderry' not found as a place (overlap: None)"
    ),
    (_J32, "Madrid"): ("first run (b758098): 'Madrid' should be no place, got Madrid (ES, 29)"),
    (_J32, "Girona"): ("first run (b758098): 'Girona' should be no place, got Girona (ES, 56)"),
}
BATCH_32_NAMES = _named_params(32, BATCH_32, BATCH_32_XFAIL)


# Blind trap batch 33: ten articles written before the code was run on them, about topics the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or
# None) pair, or None when the mention must not be taken as a place; "Name#2" is the second
# occurrence of the exact string in the text (the dateline included, and occurrences inside
# longer names counted, as in 'the Stone of Scone', 'Savannah Brooks', 'Abraham Lincoln',
# 'Mobile Bay', 'the Reading Railroad', 'Boston Celtics', 'Santiago del Estero', 'Little
# Saigon' or 'the Athens Marathon'; the match is case-sensitive, so the capitalised dateline
# 'PERTH' is a string of its own, and the lower-case 'normal' in (c) is no occurrence of
# 'Normal'). No keyed name occurs inside a longer word in its article (no 'Perthshire' beside
# 'Perth' in (a), no 'Georgian' beside 'Georgia' in (b), no 'Lincoln' keyed beside
# 'Lincolnshire' in (h), where 'Lincoln' alone does not occur, no 'Libyan' beside 'Libya' in (f), no
# 'Spartathlon' beside 'Sparta' in (j)).
# (a) a whisky festival in Perth, Scotland: 'PERTH, Scotland' and Perth three times (the
# Scottish city twice, the first and the third, and 'Perth in Western Australia'), Western
# Australia, 'Australian' as a demonym, Crieff, Pitlochry, Dundee, Stirling (a surname too),
# Edinburgh, Scone three times (the village near Perth, 'the Stone of Scone', an object, no
# place, and 'Scone in New South Wales'), New South Wales, Holyrood as the Scottish government,
# London as the British government, 'St Johnstone', Perth's football club (a club named after
# the city's old name, no place); Aberfeldy, Inverness, Aberdeen and 'Scottish' left unkeyed;
# (b) wine from Georgia the country sold in Georgia the US state: 'TBILISI' and Tbilisi,
# Georgia five times (the country, the first, second and fifth; the state, the third and
# fourth, 'Athens, Georgia' the college town), Atlanta twice, Savannah twice (the city, then
# a sommelier named Savannah Brooks, no place), Sighnaghi, Poti, Moscow and 'Kremlin' as the
# Russian government, Brussels as the European Union, Athens (the Georgia town, not the Greek
# capital), Washington as the US government; the Black Sea not keyed, Telavi, Kutaisi, Batumi
# and 'American' left unkeyed;
# (c) a rail grant from Springfield, Illinois: 'SPRINGFIELD, Ill.' and Springfield four times
# (the state government, 'Springfield, Massachusetts', 'Springfield, Missouri' and 'the
# Springfield of The Simpsons', a fictional town, no place), Chicago, St. Louis, Pontiac (a
# Michigan city and a car too), Bloomington (an Indiana city too), Normal twice (a common word,
# the town both times, the second opening a quote), Lincoln twice (the town, then Abraham
# Lincoln, no place), Peoria, Decatur, Illinois, Massachusetts, Missouri, Washington as the
# federal government; Joliet, Carlinville and Alton left unkeyed;
# (d) carnival in Mobile, Alabama: 'MOBILE, Ala.' and Mobile four times (the city the first,
# second and fourth; the third, inside 'Mobile Bay', not keyed), New Orleans twice, 'French' as
# a demonym, Daphne twice (the town, then a woman named Daphne Carter, no place), Fairhope,
# Pensacola, Florida, Biloxi, Mississippi (the state), Birmingham (the Alabama city, not the
# English one), Montgomery as the state government (a surname too), Louisiana, Washington as
# the federal government; the Great Lakes not keyed, Prichard left unkeyed;
# (e) Reading's failed bid for city status: 'READING, England' and Reading three times (the
# town, 'Reading, Pennsylvania', and 'the Reading Railroad' of Monopoly, a railway company, no
# place), England the second time (the first is the dateline's), Colchester, Milton Keynes,
# Wrexham, Stanley in the Falklands (a first name too), Falklands, Douglas on the Isle of Man
# (a first name too), Isle of Man, Bangor (the Northern Ireland town, not the Welsh one or the
# one in Maine), Northern Ireland, Whitehall as the British government, London, Pennsylvania,
# Oxford (the first; the second not keyed); the Thames Valley not keyed, Doncaster,
# Wokingham, Newbury, Slough and 'English' left unkeyed;
# (f) a soap market in Tripoli, Lebanon: 'TRIPOLI, Lebanon' and Tripoli three times (the
# Lebanese city the first and third, 'the other Tripoli, in Libya' the second), Lebanon the
# second time, Libya, Venice, Paris and Rome as donors' cities, Beirut as the Lebanese
# government, Byblos, Sidon, Tyre (opening a sentence; a common word too), Homs, 'Syrian' as a
# demonym, Benghazi, Damascus; Batroun and Zgharta left unkeyed;
# (g) the founding day of Córdoba, Argentina: 'CÓRDOBA, Argentina' and Córdoba twice (the
# Argentine city, then 'Córdoba in Spain'; the third, in a quote meaning both, not keyed),
# Spain, 'Argentine' and 'Spanish' as demonyms, Seville, Talleres twice and Belgrano as clubs
# (Belgrano a person and a Buenos Aires district too), Santiago (a striker named Santiago
# Molina, no place), Rosario twice (a woman named Rosario Vega, no place, then the city),
# Santiago del Estero, Villa Carlos Paz, Alta Gracia, Buenos Aires as the national government,
# Granada (the Spanish city, not the Nicaraguan one); Madrid, Mendoza and 'Andalusian' left
# unkeyed;
# (h) a delegation from Boston, Massachusetts, in Boston, Lincolnshire: 'BOSTON, England' and
# Boston three times (the English town, 'Boston, Massachusetts', and 'the Boston Celtics', a
# team, no place), Lincolnshire, Massachusetts twice, Holland as the Netherlands, Plymouth
# twice ('Plymouth, Massachusetts', then 'Plymouth in Devon'), Devon, Cambridge (the
# Massachusetts city, 'just across the river from the American city'), 'Polish' and
# 'Lithuanian' as demonyms, Spalding, Britain, Brussels as the European Union, London;
# the Stump, the Mayflower and the European Union not keyed, Skegness and 'American' left
# unkeyed;
# (i) the metro of Ho Chi Minh City, told with the city's old name: 'HO CHI MINH CITY' and 'Ho
# Chi Minh City' twice, 'Ho Chi Minh' the second time (the leader, no place; the first and third
# occurrences are inside 'Ho Chi Minh City'), Saigon the first, third and fourth time (the
# city; the second, inside 'the Saigon River', and the fifth, inside 'Little Saigon', not
# keyed), Thu Duc, Binh Duong, Tokyo as the Japanese government, Hanoi twice (the Vietnamese
# government, then the city), Da Nang, Can Tho, Hue (opening a sentence; a common word too),
# Westminster (the California city, not the London district), California, 'Vietnamese' as a
# demonym; the Ben Thanh market not keyed;
# (j) the battlefield town of Marathon, Greece: 'MARATHON, Greece' and Marathon three times
# (the town the first, 'Marathon, Florida' the third; the second, inside 'the Athens Marathon',
# a race, not keyed), Athens the second and third time (the city; the first, inside the race's
# name, not keyed), Olympia twice (a mayor named Olympia Karra, no place, then the ancient
# site), Nea Makri, Rafina, 'Kenyan' and 'Ethiopian' as demonyms, Florida, Sparta twice,
# Thessaloniki; 'Athenians' and 'Persian' not keyed.
# Decisions (as in batches 7-32): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('Scotland', 'Ill.', 'Ala.', 'England',
# 'Lebanon', 'Argentina', 'Greece'); a club or team named after a place is no place ('St
# Johnstone', Talleres, Belgrano, 'the Boston Celtics'), nor is an object, a railway company
# or a fictional town named like a place ('the Stone of Scone', 'the Reading Railroad', 'the
# Springfield of The Simpsons'), nor a person's first name or surname (Savannah Brooks, Abraham
# Lincoln, Daphne Carter, Santiago Molina, Rosario Vega, Ho Chi Minh, Olympia Karra); a town
# whose name is a common word or a name is a place when the text means the town, at the start
# of a sentence or a quote too (Normal, Stirling, Tyre, Hue, Mobile, Reading, Marathon, Stanley,
# Douglas, Daphne); a nationality adjective is its country ('Australian', 'French', 'Syrian',
# 'Argentine', 'Spanish', 'Polish', 'Lithuanian', 'Vietnamese', 'Kenyan',
# 'Ethiopian'); a capital, a seat, a building or a quarter named for its government is that
# place (Holyrood, London in (a), Moscow, 'Kremlin', Brussels, Washington, Springfield the
# first time, Montgomery, Whitehall, Beirut, Buenos Aires, Tokyo, Hanoi the first time); a
# former name is the current place (Saigon is Ho Chi Minh City, Holland is the Netherlands);
# a town named like a bigger or better-known place is the town the text means (Perth in
# Scotland except the Western Australian city; Scone in Scotland except the one in New South
# Wales; Georgia the country except where the state is meant; Athens and Savannah in Georgia,
# US; Springfield in Illinois except Massachusetts' and Missouri's; Bloomington, Normal,
# Lincoln and Pontiac in Illinois; Birmingham in Alabama; Reading in England except
# Pennsylvania's; Bangor in Northern Ireland; Tripoli in Lebanon except Libya's; Córdoba in
# Argentina except Spain's; Granada in Spain; Boston in England except Massachusetts';
# Plymouth in Massachusetts, then in Devon; Cambridge in Massachusetts; Westminster in
# California; Marathon in Greece except Florida's). Not keyed: seas, rivers, bays, lakes,
# markets, towers, ships, races and unions (the Black Sea, Mobile Bay, the Great Lakes, the
# Thames Valley, the Saigon River, the Ben Thanh market, the Stump, the Mayflower, the Athens
# Marathon, the European Union), readings that are unsure (the third Córdoba, in a quote
# meaning both cities; 'Scottish', 'American', 'English', 'Andalusian', 'Persian' and
# 'Athenians') and names left unkeyed to keep the batch near 170 (Aberfeldy, Inverness, Aberdeen,
# Telavi, Kutaisi, Batumi, Joliet, Carlinville, Alton, Prichard, Doncaster,
# Wokingham, Newbury, Slough, the second Oxford, Batroun, Zgharta, Madrid, Mendoza, Skegness).
# 177 names are keyed. Admin1 codes are GeoNames': US two-letter states (AL, CA, DC, FL, GA,
# IL, LA, MA, MO, MS, PA); GB ENG England, GB SCT Scotland, GB WLS Wales and GB NIR Northern
# Ireland. All other countries are checked at country level (Australia, Georgia, Russia,
# Belgium, France, Falkland Islands, Isle of Man, Lebanon, Libya, Italy, Syria, Argentina,
# Spain, Netherlands, Poland, Lithuania, Vietnam, Japan, Greece, Kenya, Ethiopia).
BATCH_33: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "PERTH, Scotland — Perth will stage a three-day whisky and music festival in "
            "September, the city council said on Tuesday, and its tourist office has already "
            "taken dozens of calls from travellers who thought it meant Perth in Western "
            'Australia. "We get their letters, their emails and now and then one of their '
            'tourists," said council leader Grant Laidlaw. The Australian city took its name in '
            "1829 from the Scottish one, the birthplace of the colonial secretary who chose it. "
            "Distilleries from Crieff, Pitlochry and Aberfeldy will pour drams at the festival, "
            "and extra trains will run from Dundee, Stirling and Edinburgh. Scone, two miles up "
            "the road, where Scottish kings were once crowned, will hold a dance in the grounds "
            "of its palace, and the Stone of Scone will be on show in the city's new museum. "
            "Horse breeders from Scone in New South Wales, named after the Scottish village, "
            "have promised to fly over. Holyrood has given 200,000 pounds and London nothing, "
            "Laidlaw complained. St Johnstone, Perth's football club, will lend its ground for "
            "the concerts. Inverness and Aberdeen are already bidding to host the festival in "
            "2027."
        ),
        {
            "PERTH": ("GB", "SCT"),
            "Perth": ("GB", "SCT"),
            "Perth#2": ("AU", None),
            "Western Australia": ("AU", None),
            "Australian": ("AU", None),
            "Crieff": ("GB", "SCT"),
            "Pitlochry": ("GB", "SCT"),
            "Dundee": ("GB", "SCT"),
            "Stirling": ("GB", "SCT"),
            "Edinburgh": ("GB", "SCT"),
            "Scone": ("GB", "SCT"),
            "Scone#2": None,
            "Scone#3": ("AU", None),
            "New South Wales": ("AU", None),
            "Holyrood": ("GB", "SCT"),
            "London": ("GB", "ENG"),
            "St Johnstone": None,
            "Perth#3": ("GB", "SCT"),
        },
    ),
    (
        "b",
        (
            "TBILISI — Georgia's winemakers have found an unlikely new market in the American "
            "state that shares their country's name, exporters said on Wednesday. Shipments "
            "from Georgia to Georgia, as the trade jokes, rose fivefold last year, led by "
            "restaurants in Atlanta and Savannah that pour amber wines fermented in buried "
            'clay jars. "Half the customers order it for the name and come back for the '
            'wine," said Savannah Brooks, a sommelier in Atlanta. Most of the wine comes from '
            "the eastern valleys around Telavi and Sighnaghi and is trucked through Tbilisi to "
            "the port of Poti, on the Black Sea. Moscow banned the country's wine in 2006, and "
            "although the Kremlin lifted the ban seven years later, growers have looked west "
            "ever since. Brussels cut tariffs under a free trade deal, and a bar in Athens, "
            "Georgia, the college town, now holds a week of amber wine tastings every spring. "
            "Kutaisi and Batumi have started wine festivals aimed at American visitors. "
            "Washington's new tariffs on European wine do not apply to Georgia, traders said."
        ),
        {
            "TBILISI": ("GE", None),
            "Georgia": ("GE", None),
            "Georgia#2": ("GE", None),
            "Georgia#3": ("US", "GA"),
            "Atlanta": ("US", "GA"),
            "Savannah": ("US", "GA"),
            "Savannah#2": None,
            "Atlanta#2": ("US", "GA"),
            "Sighnaghi": ("GE", None),
            "Tbilisi": ("GE", None),
            "Poti": ("GE", None),
            "Moscow": ("RU", None),
            "Kremlin": ("RU", None),
            "Brussels": ("BE", None),
            "Athens": ("US", "GA"),
            "Georgia#4": ("US", "GA"),
            "Washington": ("US", "DC"),
            "Georgia#5": ("GE", None),
        },
    ),
    (
        "c",
        (
            "SPRINGFIELD, Ill. — Springfield agreed on Thursday to spend $1.2 billion on faster "
            "trains between Chicago and St. Louis, and mayors of the towns along the line said "
            "the money was long overdue. Trains on the route stop at Joliet, Pontiac, "
            "Bloomington and Normal, a college town whose name visitors take for a joke, before "
            'they reach the state capital. "Normal is anything but normal on a Friday night," '
            "said its mayor, Ellen Brandt. Lincoln, the only town named after Abraham Lincoln "
            "before he became president, wants a new station, and south of the capital "
            "Carlinville and Alton want longer platforms. Peoria and Decatur, which lost their "
            "passenger trains decades ago, complained that the plan does nothing for them. "
            "Illinois officials say visitors often confuse the capital with Springfield, "
            "Massachusetts, where basketball was invented, or with Springfield, Missouri, and "
            "tourists still ask for directions to the Springfield of The Simpsons. Washington "
            "is expected to pay about a third of the cost."
        ),
        {
            "SPRINGFIELD": ("US", "IL"),
            "Springfield": ("US", "IL"),
            "Chicago": ("US", "IL"),
            "St. Louis": ("US", "MO"),
            "Pontiac": ("US", "IL"),
            "Bloomington": ("US", "IL"),
            "Normal": ("US", "IL"),
            "Normal#2": ("US", "IL"),
            "Lincoln": ("US", "IL"),
            "Lincoln#2": None,
            "Peoria": ("US", "IL"),
            "Decatur": ("US", "IL"),
            "Illinois": ("US", "IL"),
            "Springfield#2": ("US", "MA"),
            "Massachusetts": ("US", "MA"),
            "Springfield#3": ("US", "MO"),
            "Missouri": ("US", "MO"),
            "Springfield#4": None,
            "Washington": ("US", "DC"),
        },
    ),
    (
        "d",
        (
            "MOBILE, Ala. — Mobile opened its carnival season on Friday with the first of 40 "
            "parades, and the city's oldest mystic society reminded visitors that Mardi Gras "
            "was celebrated here years before New Orleans was founded. French settlers held a "
            "first celebration in 1703, when Mobile was the capital of a colony that stretched "
            "north to the Great Lakes. Hotels were full from Daphne to Fairhope on the eastern "
            "shore of Mobile Bay, and visitors drove in from Pensacola, Florida, and Biloxi, "
            'Mississippi. "We left Birmingham at six in the morning and it was worth every '
            'mile," said Daphne Carter, 31, catching beads with her two sons. Montgomery sent '
            "state troopers to help police the crowds, and nearby Prichard lent its high school "
            "marching band. Mobile still argues with New Orleans over who held the first "
            "carnival, though Louisiana's biggest city draws ten times the crowds. Several "
            "floats this year mock Washington, where Congress is fighting over the budget. The "
            "parades run until Fat Tuesday."
        ),
        {
            "MOBILE": ("US", "AL"),
            "Mobile": ("US", "AL"),
            "New Orleans": ("US", "LA"),
            "French": ("FR", None),
            "Mobile#2": ("US", "AL"),
            "Daphne": ("US", "AL"),
            "Fairhope": ("US", "AL"),
            "Pensacola": ("US", "FL"),
            "Florida": ("US", "FL"),
            "Biloxi": ("US", "MS"),
            "Mississippi": ("US", "MS"),
            "Birmingham": ("US", "AL"),
            "Daphne#2": None,
            "Montgomery": ("US", "AL"),
            "Mobile#4": ("US", "AL"),
            "New Orleans#2": ("US", "LA"),
            "Louisiana": ("US", "LA"),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "e",
        (
            "READING, England — Reading has lost another bid to become a city, and its council "
            "leader said on Monday that the town, one of the largest in England without the "
            'title, would simply try again. "We have a university, a famous music festival '
            'and more people than half the cities in the country," said council leader Mark '
            "Penrose. In the last round the title went to Colchester, Doncaster, Milton Keynes "
            "and Wrexham, and overseas to Stanley in the Falklands and Douglas on the Isle of "
            "Man, while Bangor became the newest city in Northern Ireland. Penrose said "
            "Whitehall had once again overlooked the Thames Valley. Commuters from Wokingham, "
            "Newbury and Slough pour into the town every morning, and fast trains reach London "
            "in 25 minutes. Reading, Pennsylvania, named after the English town by the sons of "
            "William Penn, became a city in 1847, a fact its residents enjoy pointing out. "
            'Board-game players know the name from the Reading Railroad in Monopoly. "We are '
            'bigger than Oxford, and nobody calls Oxford a town," Penrose said.'
        ),
        {
            "READING": ("GB", "ENG"),
            "Reading": ("GB", "ENG"),
            "England#2": ("GB", "ENG"),
            "Colchester": ("GB", "ENG"),
            "Milton Keynes": ("GB", "ENG"),
            "Wrexham": ("GB", "WLS"),
            "Stanley": ("FK", None),
            "Falklands": ("FK", None),
            "Douglas": ("IM", None),
            "Isle of Man": ("IM", None),
            "Bangor": ("GB", "NIR"),
            "Northern Ireland": ("GB", "NIR"),
            "Whitehall": ("GB", "ENG"),
            "London": ("GB", "ENG"),
            "Reading#2": ("US", "PA"),
            "Pennsylvania": ("US", "PA"),
            "Reading#3": None,
            "Oxford": ("GB", "ENG"),
        },
    ),
    (
        "f",
        (
            "TRIPOLI, Lebanon — Tripoli reopened its restored soap market on Saturday, the last "
            "of the Mamluk-era souks in Lebanon's second city to be repaired after decades of "
            'neglect and street fighting. "People abroad hear the name and think of the other '
            'Tripoli, in Libya," said soap maker Khaled Sabbagh, whose family has boiled olive '
            'oil and laurel in the souk for six generations. "Our soap was sold in Venice six '
            'hundred years ago." The work was paid for by donors in Paris and Rome and by a '
            "fund run from Beirut, which has little money of its own. Merchants from Batroun, "
            "Byblos and Zgharta came to the opening, and a delegation drove up from Sidon. "
            "Tyre, the southern port, sent fishermen with a gift of sea salt. A century ago "
            "Tripoli was the end of a railway line from Homs, and traders still buy laurel oil "
            "across the Syrian border. Sabbagh's brother sells the family's soap from a "
            "warehouse in Benghazi, and Damascus, he said, was once their biggest market."
        ),
        {
            "TRIPOLI": ("LB", None),
            "Tripoli": ("LB", None),
            "Lebanon#2": ("LB", None),
            "Tripoli#2": ("LY", None),
            "Libya": ("LY", None),
            "Venice": ("IT", None),
            "Paris": ("FR", None),
            "Rome": ("IT", None),
            "Beirut": ("LB", None),
            "Byblos": ("LB", None),
            "Sidon": ("LB", None),
            "Tyre": ("LB", None),
            "Tripoli#3": ("LB", None),
            "Homs": ("SY", None),
            "Syrian": ("SY", None),
            "Benghazi": ("LY", None),
            "Damascus": ("SY", None),
        },
    ),
    (
        "g",
        (
            "CÓRDOBA, Argentina — Córdoba marked 452 years since its founding on Sunday with a "
            "visit from the mayor of Córdoba in Spain, the Andalusian city after which the "
            'Argentine one was named in 1573. "Yours has the mosque, ours has the mountains," '
            "the host mayor told his guest at a dinner in the old Jesuit quarter. The city's "
            "founder, Jerónimo Luis de Cabrera, was born in Seville, and some of his descendants "
            "still live in Madrid, the visitors said. Fans of Talleres and Belgrano, the city's "
            "rival football clubs, marched together in the parade, led by Talleres striker "
            'Santiago Molina. "Today there is only one Córdoba," said Rosario Vega, 68, who sold '
            "flags from a stall. Buses brought visitors from Rosario, Mendoza and Santiago del "
            "Estero, and crowds filled the hill towns of Villa Carlos Paz and Alta Gracia, where "
            "Che Guevara spent part of his childhood. Buenos Aires sent the interior minister, "
            "and the Spanish embassy flew in a flamenco troupe from Granada."
        ),
        {
            "CÓRDOBA": ("AR", None),
            "Córdoba": ("AR", None),
            "Córdoba#2": ("ES", None),
            "Spain": ("ES", None),
            "Argentine": ("AR", None),
            "Seville": ("ES", None),
            "Talleres": None,
            "Belgrano": None,
            "Talleres#2": None,
            "Santiago": None,
            "Rosario": None,
            "Rosario#2": ("AR", None),
            "Santiago del Estero": ("AR", None),
            "Villa Carlos Paz": ("AR", None),
            "Alta Gracia": ("AR", None),
            "Buenos Aires": ("AR", None),
            "Spanish": ("ES", None),
            "Granada": ("ES", None),
        },
    ),
    (
        "h",
        (
            "BOSTON, England — Boston welcomed a delegation from its much larger namesake on "
            "Friday as the Lincolnshire market town began five years of events leading up to "
            "the 400th anniversary of Boston, Massachusetts, founded in 1630 by Puritans, "
            'several of them from here. "We gave you your name, your first ministers and your '
            'stubbornness," the mayor told the visitors beneath the parish church tower that '
            "everyone in town calls the Stump. In 1607 a group of religious dissenters was "
            "jailed in the town's guildhall after trying to flee to Holland; some of them later "
            "founded Plymouth, Massachusetts, having sailed on the Mayflower from Plymouth in "
            "Devon. The American group included a retired player for the Boston Celtics and a "
            "councillor from Cambridge, just across the river from the American city. About a "
            "quarter of the town's people were born abroad, many of them Polish and Lithuanian "
            "workers who pick vegetables in the flat fields between Spalding and Skegness. In "
            "the 2016 referendum the town voted more heavily than anywhere else in Britain to "
            "leave the European Union, and Brussels is rarely mentioned kindly at the market. "
            "The visitors go on to London on Sunday."
        ),
        {
            "BOSTON": ("GB", "ENG"),
            "Boston": ("GB", "ENG"),
            "Lincolnshire": ("GB", "ENG"),
            "Boston#2": ("US", "MA"),
            "Massachusetts": ("US", "MA"),
            "Holland": ("NL", None),
            "Plymouth": ("US", "MA"),
            "Massachusetts#2": ("US", "MA"),
            "Plymouth#2": ("GB", "ENG"),
            "Devon": ("GB", "ENG"),
            "Boston#3": None,
            "Cambridge": ("US", "MA"),
            "Polish": ("PL", None),
            "Lithuanian": ("LT", None),
            "Spalding": ("GB", "ENG"),
            "Britain": ("GB", None),
            "Brussels": ("BE", None),
            "London": ("GB", "ENG"),
        },
    ),
    (
        "i",
        (
            "HO CHI MINH CITY — Ho Chi Minh City's first metro line carried its 10 millionth "
            "passenger on Monday, officials said, five months after the long-delayed line "
            "opened. The 20-km line, 17 years in the making, runs from the Ben Thanh market in "
            "the centre past Thu Duc to a depot near the border with Binh Duong province. Most "
            "residents still call the city Saigon, half a century after it was renamed in "
            "honour of Ho Chi Minh, the revolutionary leader, and the old name lives on in the "
            'Saigon River and on the labels of the local beer. "My grandmother says Saigon, my '
            'daughter says Saigon, only the ticket machines say Ho Chi Minh City," said '
            "commuter Tran Thi Hoa, 41. Tokyo lent most of the $1.7 billion cost, and Hanoi has "
            "approved six more lines. Hanoi itself opened its first elevated line in 2021, and "
            "Da Nang and Can Tho are studying tram systems. Hue, the old imperial capital, "
            "wants electric buses. In Westminster, California, where the largest Vietnamese "
            "community outside the country lives, shops in Little Saigon sold metro T-shirts."
        ),
        {
            "HO CHI MINH CITY": ("VN", None),
            "Ho Chi Minh City": ("VN", None),
            "Thu Duc": ("VN", None),
            "Binh Duong": ("VN", None),
            "Saigon": ("VN", None),
            "Ho Chi Minh#2": None,
            "Saigon#3": ("VN", None),
            "Saigon#4": ("VN", None),
            "Ho Chi Minh City#2": ("VN", None),
            "Tokyo": ("JP", None),
            "Hanoi": ("VN", None),
            "Hanoi#2": ("VN", None),
            "Da Nang": ("VN", None),
            "Can Tho": ("VN", None),
            "Hue": ("VN", None),
            "Westminster": ("US", "CA"),
            "California": ("US", "CA"),
            "Vietnamese": ("VN", None),
        },
    ),
    (
        "j",
        (
            "MARATHON, Greece — Marathon reopened the burial mound of the 192 Athenians who "
            "died fighting a Persian army here in 490 BC on Sunday, after two years of "
            "restoration, a month before the Athens Marathon. The race, which drew 60,000 "
            "runners last year, starts a few hundred metres from the mound and follows the road "
            'a messenger is said to have run to Athens with news of the victory. "Everyone '
            'knows the word, but few people know the town," said the mayor, Olympia Karra. '
            "Hotels in Nea Makri and Rafina are full for race weekend, and Kenyan and Ethiopian "
            "runners are again expected to fight for the men's title. Marathon, Florida, a town "
            "in the Keys named after the effort of building a railway across the sea, sent a "
            "plaque of coral stone. For the 2004 Games the flame lit at Olympia was carried past "
            "the mound, and a longer race now runs each September from Athens to Sparta, 246 km "
            "away. Runners from Sparta and from Thessaloniki laid wreaths beside the mound."
        ),
        {
            "MARATHON": ("GR", None),
            "Marathon": ("GR", None),
            "Athens#2": ("GR", None),
            "Olympia": None,
            "Nea Makri": ("GR", None),
            "Rafina": ("GR", None),
            "Kenyan": ("KE", None),
            "Ethiopian": ("ET", None),
            "Marathon#3": ("US", "FL"),
            "Florida": ("US", "FL"),
            "Olympia#2": ("GR", None),
            "Athens#3": ("GR", None),
            "Sparta": ("GR", None),
            "Sparta#2": ("GR", None),
            "Thessaloniki": ("GR", None),
        },
    ),
]

_A33 = "PERTH, Scotland — Perth will s"
_B33 = "TBILISI — Georgia's winemakers"
_C33 = "SPRINGFIELD, Ill. — Springfiel"
_D33 = "MOBILE, Ala. — Mobile opened i"
_E33 = "READING, England — Reading has"
_F33 = "TRIPOLI, Lebanon — Tripoli reo"
_G33 = "CÓRDOBA, Argentina — Córdoba m"
_H33 = "BOSTON, England — Boston welco"
_I33 = "HO CHI MINH CITY — Ho Chi Minh"
_J33 = "MARATHON, Greece — Marathon re"
BATCH_33_XFAIL: dict[tuple[str, str], str] = {
    (_A33, "Scone"): ("first run (093cfbd): 'Scone' not found as a place (overlap: None)"),
    (_A33, "Holyrood"): ("first run (093cfbd): 'Holyrood' not found as a place (overlap: None)"),
    (_B33, "Georgia"): ("first run (093cfbd): 'Georgia' Georgia in US"),
    (_B33, "Georgia#2"): ("first run (093cfbd): 'Georgia#2' Georgia in US"),
    (_B33, "Washington"): ("first run (093cfbd): 'Washington' Washington, GA"),
    (_B33, "Georgia#5"): ("first run (093cfbd): 'Georgia#5' Georgia in US"),
    (_C33, "Normal#2"): ("first run (093cfbd): 'Normal#2' not found as a place (overlap: None)"),
    (_C33, "Springfield#4"): (
        "first run (093cfbd): 'Springfield#4' should be no place, got Springfield (US, IL)"
    ),
    (_C33, "Washington"): ("first run (093cfbd): 'Washington' Washington, IL"),
    (_E33, "Stanley"): ("first run (093cfbd): 'Stanley' Stanley in GB"),
    (_E33, "Whitehall"): ("first run (093cfbd): 'Whitehall' not found as a place (overlap: None)"),
    (_E33, "Oxford"): ("first run (093cfbd): 'Oxford' not found as a place (overlap: None)"),
    (_G33, "Belgrano"): (
        "first run (093cfbd): 'Belgrano' should be no place, got Belgrano (AR, 07)"
    ),
    (_H33, "Holland"): ("first run (093cfbd): 'Holland' Holland in US"),
    (_H33, "Cambridge"): ("first run (093cfbd): 'Cambridge' Cambridge in GB"),
    (_H33, "Spalding"): ("first run (093cfbd): 'Spalding' not found as a place (overlap: None)"),
    (_I33, "Binh Duong"): (
        "first run (093cfbd): 'Binh Duong' not found as a place (overlap: None)"
    ),
    (_I33, "Ho Chi Minh#2"): (
        "first run (093cfbd): 'Ho Chi Minh#2' should be no place, got Hồ Chí Minh (VN, 79)"
    ),
    (_I33, "Can Tho"): ("first run (093cfbd): 'Can Tho' not found as a place (overlap: None)"),
    (_J33, "Olympia#2"): ("first run (093cfbd): 'Olympia#2' Olympia in US"),
}
BATCH_33_NAMES = _named_params(33, BATCH_33, BATCH_33_XFAIL)


# Blind trap batch 34: ten articles written before the code was run on them, about topics the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or
# None) pair, or None when the mention must not be taken as a place; "Name#2" is the second
# occurrence of the exact string in the text (the dateline included, and occurrences inside
# longer names counted, as in 'Stratford-upon-Avon', 'Kent County', 'the Halifax Panthers',
# 'Charlotte FC', 'Real Cartagena', 'the Madras High Court', 'Luxembourg City', 'Battle Creek'
# or 'the Battle of Stalingrad'; the match is case-sensitive, so the capitalised dateline
# 'DOVER' is a string of its own, and the lower-case 'madras' (a cloth) in (f) and 'battle' in
# (h) are no occurrences of 'Madras' and 'Battle'). No keyed name occurs inside a longer word in
# its article (no 'Yorkshire' keyed inside 'West Yorkshire' in (c), no 'Stalin' inside
# 'Stalingrad' and no 'Volga' inside 'Volgograd' in (i), no 'Homeric' beside 'Homer' in (j)).
# (a) Delaware towns named after English places: 'DOVER, Del.' and Dover three times (the
# Delaware capital the first and third, 'Dover in Kent' the second), Kent (the English county;
# 'Kent County', the Delaware county around Dover, keyed as a whole, holds the second 'Kent'),
# Lewes twice (the Delaware beach town, then 'Lewes in East Sussex'), East Sussex, Newark twice
# (the Delaware college town, then 'Newark, New Jersey'), New Jersey, Smyrna twice (the Delaware
# town, then 'the ancient port of Smyrna, now Izmir in Turkey', the former name of Izmir),
# Izmir, Milford and Wilmington (Delaware's, not Connecticut's or North Carolina's), Kent
# County, Washington as the federal government; Delaware three times (the second inside
# 'Delaware Bay'), Calais, England twice, Turkey, Philadelphia, Baltimore and 'English' left
# unkeyed;
# (b) Shakespeare's birthday in Stratford-upon-Avon: 'STRATFORD-UPON-AVON, England' and
# 'Stratford-upon-Avon' (which holds the first 'Stratford'), Stratford four more times
# ('Stratford, Ontario' the second and 'drive to Stratford' from Toronto the third, both the
# Canadian town; 'take the train to Stratford' from London the fourth and 'Stratford in east
# London' the fifth, both in England), Ontario, Toronto, Hamlet twice (the play, no place, the
# second opening a sentence; a hamlet is a kind of village too), London the first time,
# Elsinore (the English name of Helsingør), Denmark, Helsingor, Birmingham, Coventry, Warwick
# (the English town, not Rhode Island's or Queensland's), Verona (the Italian city, not the New
# Jersey or Wisconsin one); London the second time ('east London'), 'Canadian' twice,
# 'Danish', 'English', the Royal Shakespeare Company and the Olympic Park left unkeyed;
# (c) an exhibition in Halifax, West Yorkshire: 'HALIFAX, England' and Halifax six times (the
# town the first; 'the Halifax', a bank, the second and third; 'Halifax, Nova Scotia' the
# fourth; 'the Earl of Halifax', a person's title, the fifth; 'The Halifax Panthers', a rugby
# league club, the sixth), West Yorkshire, Nova Scotia, Dartmouth twice (the Nova Scotia town
# across the harbour, then 'Dartmouth in Devon'), 'Canadian' as a demonym, Devon, Hebden Bridge,
# Sowerby Bridge, Todmorden, Bradford, Leeds; Lloyds (a bank named after a person), the Piece
# Hall, Manchester and Canada left unkeyed;
# (d) the NBA draft seen from Charlotte, North Carolina: 'CHARLOTTE, N.C.' and Charlotte three
# times ('The Charlotte Hornets', a team, 'Charlotte Reed', a woman, and 'Charlotte FC', a club,
# none of them a place), Durham (the North Carolina city, not the English one), Houston twice (a
# player named Houston Reed, no place, then the Texas city), Chapel Hill, Texas, Raleigh,
# Brooklyn (where the draft is held), Sydney (a player named Sydney Okafor, no place), Jackson
# (a player named Jackson Miles, no place), Memphis (inside 'the Memphis Grizzlies', a team),
# Greensboro, Winston-Salem, Carolina (inside 'the Carolina Panthers', a team), Asheville;
# Lagos and the Spectrum Center left unkeyed;
# (e) a book fair in Cartagena, Colombia: 'CARTAGENA, Colombia' and Cartagena six times (the
# Colombian city the first, 'Cartagena in Spain' the second; the third, 'which Cartagena came
# first', meaning both, not keyed; the fourth inside 'Cartagena de Indias', the Colombian
# city's full name, keyed as a whole; 'Real Cartagena' and 'FC Cartagena', clubs, the fifth and
# sixth), Spain, 'Spanish' the first time (the Spanish port), Magdalena (a woman named Magdalena
# Ortiz, no place, though a Colombian department and river share the name), Barranquilla, Santa
# Marta, Medellin, Cali, Bogota as the national government, Murcia (the Spanish region),
# Panama, Venezuela, Aracataca; 'Spanish' the second and third time, 'Carthaginians', Cuba,
# Jamaica and Gabriel Garcia Marquez left unkeyed;
# (f) Madras Day in Chennai: 'CHENNAI, India' and Chennai the first and second time (the city;
# the third inside 'the Chennai Super Kings', a cricket team, no place; the fourth, in 'Chennai
# Day', a proposed anniversary, not keyed), Madras the second, third and fourth time (the
# second and third inside 'the Madras High Court' and 'the Madras Regiment', a court and a
# regiment, no places; the fourth, 'born in Madras', the city under its former name; the first,
# inside 'Madras Day', not keyed), Bombay and Calcutta as former names of Mumbai and Kolkata,
# Pondicherry (the former name) and Puducherry, 'French' as a demonym, Bangalore, Hyderabad
# (the Indian city, not the one in Sindh), Delhi as the Indian government, London, New York,
# Tamil Nadu; India (in the dateline and inside 'the East India Company'), Mumbai, Kolkata, the
# Coromandel Coast and Fort St George left unkeyed;
# (g) park-and-ride for commuters into Luxembourg: 'LUXEMBOURG' and Luxembourg four times (the
# country the first and fourth, 'the province of Luxembourg, a region of Belgium' the second,
# the third inside 'Luxembourg City', keyed as a whole), 'French' twice and 'Belgian' as
# demonyms, France, Thionville, Metz, Arlon, Trier, Germany, Esch-sur-Alzette, Schengen (the
# village), Brussels as the European Commission, Paris as the French government; 'German',
# Belgium, the Moselle (a river and a French department) and 'the Grand Duchy' left unkeyed;
# (h) English towns whose names are common words: 'RYE, England' and Rye twice (opening a
# sentence both times; the grain is not named), Sandwich three times (the Kent town the first
# and second, 'Sandwich in Massachusetts' the third), Kent, Battle three times (the East Sussex
# town the first and second, the third inside 'Battle Creek', keyed as a whole; 'the battle of
# 1066' in lower case no occurrence), Hastings twice (the second opening a sentence; a surname
# too), Hythe (the Kent town, not the Hampshire one), Calais, Folkestone, Massachusetts, Battle
# Creek, Michigan, Deal (opening a sentence; a common word too); Chicago, King Harold and the
# Cinque Ports left unkeyed;
# (i) Volgograd's wartime name: 'VOLGOGRAD, Russia' and Volgograd, Stalingrad the first and
# third time (the city under its former name; the second inside 'the Battle of Stalingrad', a
# battle, and the fourth, 'a metro station called Stalingrad' in Paris, not keyed), Tsaritsyn
# (its first name), 'Kremlin' as the Russian government, Rostov-on-Don, Saratov, Coventry twice,
# Dresden, Paris, Brussels, Berlin as the German government, Astrakhan, Samara (a first name
# too), New York; the Volga, 'Soviet', 'English', Nikita Khrushchev, the Motherland and the
# Statue of Liberty left unkeyed;
# (j) a cycling route through the classical town names of Central New York: 'ITHACA, N.Y.' and
# Ithaca three times (the New York city the first and second, 'The real Ithaca, a Greek island'
# the third), Homer three times (the village the first and third, the poet the second, no
# place), Syracuse twice (the New York city, then 'Syracuse in Sicily'), Cicero (the New York
# town, not the orator or the Illinois town), Troy twice (a man named Troy Whitman, no place,
# then the city on the Hudson), Ovid (the village, not the poet), 'Greek' the second time (the
# island's country), Sicily, Albany twice (the city, then the state government), Toronto;
# 'Greek' the first time and 'Roman' (ancient peoples), Ulysses (a town whose populated place
# is unsure), Central New York, America, the Cayuga, Seneca and Oneida lakes, the Hudson, the
# Ionian Sea and Pittsburgh left unkeyed.
# Decisions (as in batches 7-33): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('Del.', 'England', 'N.C.', 'Colombia',
# 'India', 'Russia', 'N.Y.'); a club or team named after a place is no place ('The Halifax
# Panthers', 'The Charlotte Hornets', 'the Memphis Grizzlies', 'the Carolina Panthers',
# 'Charlotte FC', 'Real Cartagena', 'FC Cartagena', 'the Chennai Super Kings'), nor is a bank, a
# court or a regiment named after a place ('the Halifax', 'the Madras High Court', 'the Madras
# Regiment'), nor a play (Hamlet), nor a person's first name, surname or title (Houston Reed,
# Charlotte Reed, Sydney Okafor, Jackson Miles, Magdalena Ortiz, the Earl of Halifax, Homer the
# poet, Troy Whitman); a town whose name is a common word is a place when the text means the
# town, at the start of a sentence too (Rye, Sandwich, Battle, Deal, Hastings); a nationality
# adjective is its country ('Canadian', 'Spanish', 'French', 'Belgian', 'Greek' for the
# island); a capital or a seat named for its government is that place (Washington, Bogota,
# Delhi, Brussels, Paris, 'Kremlin', Berlin, Albany the second time); a former name is the
# current place (Smyrna for Izmir, Elsinore for Helsingør, Madras for Chennai, Bombay, Calcutta,
# Pondicherry, Stalingrad and Tsaritsyn for Volgograd); a name inside a longer place name is
# keyed as the longer name ('Stratford-upon-Avon', 'Kent County', 'Cartagena de Indias',
# 'Luxembourg City', 'Battle Creek'); a town named like a bigger or better-known place is the
# town the text means (Dover, Lewes, Newark, Smyrna, Milford and Wilmington in Delaware, except
# 'Dover in Kent', 'Lewes in East Sussex', 'Newark, New Jersey' and the ancient Smyrna;
# Stratford in Ontario the second and third time and in London the fourth and fifth; Halifax in
# England except Nova Scotia's; Dartmouth in Nova Scotia, then in Devon; Durham in North
# Carolina; Cartagena in Colombia except Spain's; Hyderabad in India; the province of Luxembourg
# in Belgium; Sandwich in Kent except Massachusetts'; Ithaca, Homer, Syracuse, Cicero, Troy and
# Ovid in New York, except the Greek Ithaca and the Sicilian Syracuse). Not keyed: seas,
# rivers, bays, lakes, coasts, forts, halls, churches, parks, arenas, companies, events and
# anniversaries (Delaware Bay, the Moselle, the Volga, the Hudson, the Ionian Sea, the Cayuga,
# Seneca and Oneida lakes, the Coromandel Coast, Fort St George, the Piece Hall, Holy Trinity
# Church, the Olympic Park, the Spectrum Center, the Royal Shakespeare Company, the East India
# Company, the Cinque Ports, the Battle of Stalingrad, Madras Day and Chennai Day), readings
# that are unsure (the third Cartagena, meaning both; 'English', 'Soviet', 'Roman' and the
# first 'Greek'; the metro station called Stalingrad; Ulysses) and names left unkeyed to keep
# the batch near 170 (listed with each article).
# 179 names are keyed. Admin1 codes are GeoNames': US two-letter states (DC, DE, MA, MI, NC, NJ,
# NY, TX) and GB ENG England. All other countries are checked at country level (Turkey, Canada,
# Denmark, Italy, Colombia, Spain, Panama, Venezuela, India, France, Luxembourg, Belgium,
# Germany, Russia, Greece).
BATCH_34: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "DOVER, Del. — Dover wants tourists to know it is not the port with the white "
            "cliffs. Delaware's capital launched a campaign on Tuesday pairing its towns with "
            "their English namesakes, starting with an exchange of school choirs with Dover in "
            "Kent, where ferries leave for Calais. Lewes, the beach town at the mouth of Delaware "
            "Bay, is twinned with Lewes in East Sussex, and its mayor said visitors from England "
            "are often surprised to find a lighthouse instead of a castle. Newark, home of the "
            "state university, wants the campaign to stress that it is pronounced differently "
            "from Newark, New Jersey, whose airport many Delaware travelers use. Smyrna, north of "
            "the capital, took its name from the ancient port of Smyrna, now Izmir in Turkey, and "
            "Milford and Wilmington are looking for partners in England as well. Kent County, "
            'which surrounds Dover, shares its name with the English county. "Philadelphia and '
            'Baltimore get the visitors; we get the mix-ups," said state tourism director Carla '
            "Hughes. Washington has promised a small grant for the exchanges."
        ),
        {
            "DOVER": ("US", "DE"),
            "Dover": ("US", "DE"),
            "Dover#2": ("GB", "ENG"),
            "Kent": ("GB", "ENG"),
            "Lewes": ("US", "DE"),
            "Lewes#2": ("GB", "ENG"),
            "East Sussex": ("GB", "ENG"),
            "Newark": ("US", "DE"),
            "Newark#2": ("US", "NJ"),
            "New Jersey": ("US", "NJ"),
            "Smyrna": ("US", "DE"),
            "Smyrna#2": ("TR", None),
            "Izmir": ("TR", None),
            "Milford": ("US", "DE"),
            "Wilmington": ("US", "DE"),
            "Kent County": ("US", "DE"),
            "Dover#3": ("US", "DE"),
            "Washington": ("US", "DC"),
        },
    ),
    (
        "b",
        (
            "STRATFORD-UPON-AVON, England — Stratford-upon-Avon marked Shakespeare's birthday "
            "on Wednesday with its usual parade, and for the first time actors from Stratford, "
            "Ontario, marched beside the Royal Shakespeare Company. The Canadian town, named "
            "after its English model in the 1830s, has run its own theatre festival since 1953 "
            'and now sells more tickets than its namesake. "People in Toronto drive to Stratford '
            "for Hamlet. People in London take the train to Stratford and find a shopping "
            'centre," joked festival director Naomi Achebe, referring to Stratford in east '
            "London, home of the 2012 Olympic Park. The Canadian troupe will perform in the town "
            "until June. Hamlet, which opens their season, will later tour to Elsinore, the "
            "Danish castle town where the play is set, known in Denmark as Helsingor. Visitors "
            "from Birmingham and Coventry filled the streets, and the council said hotels as far "
            "away as Warwick were booked. Verona, the setting of Romeo and Juliet, sent its "
            "deputy mayor. Holy Trinity Church, where Shakespeare is buried, stayed open until "
            "midnight."
        ),
        {
            "STRATFORD-UPON-AVON": ("GB", "ENG"),
            "Stratford-upon-Avon": ("GB", "ENG"),
            "Stratford#2": ("CA", None),
            "Ontario": ("CA", None),
            "Toronto": ("CA", None),
            "Stratford#3": ("CA", None),
            "Hamlet": None,
            "London": ("GB", "ENG"),
            "Stratford#4": ("GB", "ENG"),
            "Stratford#5": ("GB", "ENG"),
            "Hamlet#2": None,
            "Elsinore": ("DK", None),
            "Denmark": ("DK", None),
            "Helsingor": ("DK", None),
            "Birmingham": ("GB", "ENG"),
            "Coventry": ("GB", "ENG"),
            "Warwick": ("GB", "ENG"),
            "Verona": ("IT", None),
        },
    ),
    (
        "c",
        (
            "HALIFAX, England — Halifax is tired of being mistaken for a bank. The West "
            "Yorkshire town, whose name has been carried since 1853 by a building society that is "
            "now part of Lloyds, opened an exhibition on Saturday in the Piece Hall about the "
            'cloth trade that made it rich. "Half the visitors think the Halifax was named after '
            'us, and the other half think we were named after the Halifax," said curator Shabana '
            "Iqbal. The show includes letters from Halifax, Nova Scotia, founded in 1749 and "
            "named after the Earl of Halifax, and woollen uniforms lent by a museum in Dartmouth, "
            "the town across the harbour from the Canadian city, which shares its name with "
            "Dartmouth in Devon. Weavers from Hebden Bridge, Sowerby Bridge and Todmorden once "
            "carried their cloth into the hall to sell it. The Halifax Panthers rugby league club "
            "will play a match in the square in July. Bradford and Leeds, the bigger cities to "
            "the east, lent looms, and a television drama about the diarist Anne Lister has "
            "brought coach parties from Manchester and even from Canada."
        ),
        {
            "HALIFAX": ("GB", "ENG"),
            "Halifax": ("GB", "ENG"),
            "West Yorkshire": ("GB", "ENG"),
            "Halifax#2": None,
            "Halifax#3": None,
            "Halifax#4": ("CA", None),
            "Nova Scotia": ("CA", None),
            "Halifax#5": None,
            "Dartmouth": ("CA", None),
            "Canadian": ("CA", None),
            "Dartmouth#2": ("GB", "ENG"),
            "Devon": ("GB", "ENG"),
            "Hebden Bridge": ("GB", "ENG"),
            "Sowerby Bridge": ("GB", "ENG"),
            "Todmorden": ("GB", "ENG"),
            "Halifax#6": None,
            "Bradford": ("GB", "ENG"),
            "Leeds": ("GB", "ENG"),
        },
    ),
    (
        "d",
        (
            "CHARLOTTE, N.C. — The Charlotte Hornets drafted a point guard from Durham with the "
            "ninth pick on Wednesday night, and fans hope he will stay longer than the last local "
            "star. Houston Reed, 19, who played one season at Chapel Hill, said he was named "
            'after the Texas city where his parents met. "People ask if I ever lived in Houston. '
            'I never even visited," he said. His mother, Charlotte Reed, a nurse from Raleigh, '
            "wept in the green room at the draft in Brooklyn. Reed will join Sydney Okafor, a "
            "center born in Lagos, and Jackson Miles, a guard who came in a trade with the "
            "Memphis Grizzlies. The team plans a new practice centre in Greensboro, and its minor "
            "league affiliate may move to Winston-Salem. The Hornets have not reached the "
            "playoffs since 2016, and crowds at the Spectrum Center fell last season while the "
            "Carolina Panthers and Charlotte FC drew record numbers. Asheville, still rebuilding "
            "after Hurricane Helene, will host a preseason game in October."
        ),
        {
            "CHARLOTTE": ("US", "NC"),
            "Charlotte": None,
            "Durham": ("US", "NC"),
            "Houston": None,
            "Chapel Hill": ("US", "NC"),
            "Texas": ("US", "TX"),
            "Houston#2": ("US", "TX"),
            "Charlotte#2": None,
            "Raleigh": ("US", "NC"),
            "Brooklyn": ("US", "NY"),
            "Sydney": None,
            "Jackson": None,
            "Memphis": None,
            "Greensboro": ("US", "NC"),
            "Winston-Salem": ("US", "NC"),
            "Carolina": None,
            "Charlotte#3": None,
            "Asheville": ("US", "NC"),
        },
    ),
    (
        "e",
        (
            "CARTAGENA, Colombia — Cartagena opened its first international book fair on "
            "Thursday inside the walls of the old city, and organisers from Cartagena in Spain "
            "sent a delegation to remind visitors which Cartagena came first. The Spanish port, "
            "founded by Carthaginians more than 2,200 years ago, gave its name to Cartagena de "
            'Indias in 1533. "They have the older name, we have the better beaches," said the '
            "fair's director, Magdalena Ortiz. Writers came from Barranquilla, where Gabriel "
            "Garcia Marquez worked as a journalist, and from Santa Marta, Medellin and Cali. "
            "Bogota paid for half the fair, and the regional government of Murcia sent 40 Spanish "
            "authors. The football club Real Cartagena lent its stadium for an outdoor reading, "
            "while FC Cartagena, its namesake in the Spanish second division, sent signed shirts. "
            "Visitors from Panama and Venezuela queued for hours, and next year's fair will "
            "devote a day to writers from Cuba and Jamaica. Aracataca, the novelist's birthplace, "
            "will hold a smaller fair in March."
        ),
        {
            "CARTAGENA": ("CO", None),
            "Cartagena": ("CO", None),
            "Cartagena#2": ("ES", None),
            "Spain": ("ES", None),
            "Spanish": ("ES", None),
            "Cartagena de Indias": ("CO", None),
            "Magdalena": None,
            "Barranquilla": ("CO", None),
            "Santa Marta": ("CO", None),
            "Medellin": ("CO", None),
            "Cali": ("CO", None),
            "Bogota": ("CO", None),
            "Murcia": ("ES", None),
            "Cartagena#5": None,
            "Cartagena#6": None,
            "Panama": ("PA", None),
            "Venezuela": ("VE", None),
            "Aracataca": ("CO", None),
        },
    ),
    (
        "f",
        (
            "CHENNAI, India — Chennai marked Madras Day on Friday, 386 years after the East "
            "India Company acquired a strip of sand on the Coromandel Coast and began building "
            "Fort St George, and the anniversary revived an old argument about names. The city "
            "dropped its colonial name in 1996, a year after Bombay became Mumbai and five years "
            "before Calcutta became Kolkata, yet the Madras High Court and the Madras Regiment "
            'still carry it. "I was born in Madras and I live in Chennai, and I have never moved '
            'house," said historian Lakshmi Venkatesan. Fans of the Chennai Super Kings, the '
            "city's cricket team, joined a heritage walk past the old Company warehouses. "
            "Visitors drove up from Pondicherry, the former French enclave 150 km down the coast "
            "that is now officially Puducherry, and others flew in from Bangalore and Hyderabad. "
            "Delhi sent a junior culture minister. A checked cotton cloth still sold in London "
            "and New York as madras was first woven in villages near the fort. Tamil Nadu's "
            "culture department wants the anniversary renamed Chennai Day."
        ),
        {
            "CHENNAI": ("IN", None),
            "Chennai": ("IN", None),
            "Bombay": ("IN", None),
            "Calcutta": ("IN", None),
            "Madras#2": None,
            "Madras#3": None,
            "Madras#4": ("IN", None),
            "Chennai#2": ("IN", None),
            "Chennai#3": None,
            "Pondicherry": ("IN", None),
            "French": ("FR", None),
            "Puducherry": ("IN", None),
            "Bangalore": ("IN", None),
            "Hyderabad": ("IN", None),
            "Delhi": ("IN", None),
            "London": ("GB", "ENG"),
            "New York": ("US", "NY"),
            "Tamil Nadu": ("IN", None),
        },
    ),
    (
        "g",
        (
            "LUXEMBOURG — Luxembourg agreed on Monday to pay for 5,000 new park-and-ride spaces "
            "on the French, Belgian and German sides of its borders, as the traffic jams of "
            "cross-border commuters grow worse every winter. More than 230,000 people drive into "
            "the Grand Duchy each working day, about half of them from France, many from "
            'Thionville and Metz. "I sit in the car longer than I sit at my desk," said Sophie '
            "Marchal, who commutes from Arlon, the capital of the province of Luxembourg, a "
            "region of Belgium that shares the country's name. Trier, across the Moselle in "
            "Germany, wants a faster train to Luxembourg City. Esch-sur-Alzette, the country's "
            "second city, will get a tram line to the capital, and the village of Schengen, where "
            "the agreement that abolished border checks was signed in 1985, will get a car park "
            "for 600 cars. The plan needs approval from Brussels because of rules on state aid. "
            "Paris wants a share of the income tax Luxembourg collects from French workers."
        ),
        {
            "LUXEMBOURG": ("LU", None),
            "Luxembourg": ("LU", None),
            "French": ("FR", None),
            "Belgian": ("BE", None),
            "France": ("FR", None),
            "Thionville": ("FR", None),
            "Metz": ("FR", None),
            "Arlon": ("BE", None),
            "Luxembourg#2": ("BE", None),
            "Trier": ("DE", None),
            "Germany": ("DE", None),
            "Luxembourg City": ("LU", None),
            "Esch-sur-Alzette": ("LU", None),
            "Schengen": ("LU", None),
            "Brussels": ("BE", None),
            "Paris": ("FR", None),
            "Luxembourg#4": ("LU", None),
            "French#2": ("FR", None),
        },
    ),
    (
        "h",
        (
            "RYE, England — Rye has joined two neighbours whose names also puzzle foreign "
            "visitors in a joint bid for tourism money, the town council said on Thursday. "
            "Sandwich, the Kent town that gave its title to the earl whose name went on the "
            "snack, and Battle, which grew up around the abbey built where King Harold died in "
            '1066, will share a marketing budget of 300,000 pounds. "Tourists from Chicago ask me '
            'where the bakery is," said council leader Helen Marsh. Rye and Sandwich were both '
            "members of the Cinque Ports, the medieval league that supplied ships to the crown, "
            "along with Hastings and Hythe. Hastings, though the battle of 1066 was fought six "
            "miles away at Battle, has declined to join. Visitors who arrive by ferry from Calais "
            "usually drive straight past on the motorway to Folkestone. The three towns have also "
            "written to Sandwich in Massachusetts and to Battle Creek, Michigan, offering to swap "
            "brochures. Deal, whose name is also an everyday word, said it might join next year."
        ),
        {
            "RYE": ("GB", "ENG"),
            "Rye": ("GB", "ENG"),
            "Sandwich": ("GB", "ENG"),
            "Kent": ("GB", "ENG"),
            "Battle": ("GB", "ENG"),
            "Rye#2": ("GB", "ENG"),
            "Sandwich#2": ("GB", "ENG"),
            "Hastings": ("GB", "ENG"),
            "Hythe": ("GB", "ENG"),
            "Hastings#2": ("GB", "ENG"),
            "Battle#2": ("GB", "ENG"),
            "Calais": ("FR", None),
            "Folkestone": ("GB", "ENG"),
            "Sandwich#3": ("US", "MA"),
            "Massachusetts": ("US", "MA"),
            "Battle Creek": ("US", "MI"),
            "Michigan": ("US", "MI"),
            "Deal": ("GB", "ENG"),
        },
    ),
    (
        "i",
        (
            "VOLGOGRAD, Russia — Volgograd will go on calling itself Stalingrad on six days a "
            "year, including Feb. 2, the anniversary of the Soviet victory in the Battle of "
            "Stalingrad in 1943, city officials said on Tuesday. The city on the Volga was "
            "founded as Tsaritsyn, renamed after the Soviet leader in 1925 and given its present "
            "name in 1961, when Nikita Khrushchev was removing the dictator's name from maps. The "
            "Kremlin said any permanent change was a matter for local people. Veterans' groups in "
            "Rostov-on-Don and Saratov welcomed the decision. Coventry, the English city that "
            "twinned with Stalingrad in 1944 when both lay in ruins, and which later twinned with "
            'Dresden too, said the link would continue. "Our friendship was with the people, not '
            'with the name on the map," said a Coventry councillor, Ruth Adeyemi. Paris still has '
            "a metro station called Stalingrad, and an avenue in Brussels carries the name too. "
            "Berlin made no comment. Tourists from Astrakhan and Samara visit the hilltop "
            "memorial each year, where a statue of the Motherland stands almost twice as tall as "
            "the copper figure of the Statue of Liberty in New York."
        ),
        {
            "VOLGOGRAD": ("RU", None),
            "Volgograd": ("RU", None),
            "Stalingrad": ("RU", None),
            "Tsaritsyn": ("RU", None),
            "Kremlin": ("RU", None),
            "Rostov-on-Don": ("RU", None),
            "Saratov": ("RU", None),
            "Coventry": ("GB", "ENG"),
            "Stalingrad#3": ("RU", None),
            "Dresden": ("DE", None),
            "Coventry#2": ("GB", "ENG"),
            "Paris": ("FR", None),
            "Brussels": ("BE", None),
            "Berlin": ("DE", None),
            "Astrakhan": ("RU", None),
            "Samara": ("RU", None),
            "New York": ("US", "NY"),
        },
    ),
    (
        "j",
        (
            "ITHACA, N.Y. — Ithaca has a gorge, a university and, its tourism office says, more "
            "classical neighbours than any town in America. A cycling route opened on Saturday "
            "links the small towns of Central New York that settlers named in the 1790s after "
            "Greek and Roman heroes and writers. Riders leave Ithaca for Homer, a village of "
            "3,000 people, then pass through Syracuse on the way to Cicero, where the route ends "
            'near Oneida Lake. "Homer never came here, but our cows are epic," said Troy Whitman, '
            "who runs a bike shop in Homer. A second loop passes Ovid and Ulysses between Cayuga "
            "and Seneca lakes. The real Ithaca, a Greek island in the Ionian Sea, sent its mayor "
            "to the opening, and the mayor of Syracuse in Sicily sent a video message. Troy, a "
            "city on the Hudson near Albany, asked to be included, though it lies about 170 miles "
            "east. The state tourism office in Albany paid for the signs. Visitors from Toronto "
            "and Pittsburgh make up a quarter of the riders, the organisers said."
        ),
        {
            "ITHACA": ("US", "NY"),
            "Ithaca": ("US", "NY"),
            "Ithaca#2": ("US", "NY"),
            "Homer": ("US", "NY"),
            "Syracuse": ("US", "NY"),
            "Cicero": ("US", "NY"),
            "Homer#2": None,
            "Troy": None,
            "Homer#3": ("US", "NY"),
            "Ovid": ("US", "NY"),
            "Ithaca#3": ("GR", None),
            "Greek#2": ("GR", None),
            "Syracuse#2": ("IT", None),
            "Sicily": ("IT", None),
            "Troy#2": ("US", "NY"),
            "Albany": ("US", "NY"),
            "Albany#2": ("US", "NY"),
            "Toronto": ("CA", None),
        },
    ),
]

_A34 = "DOVER, Del. — Dover wants tour"
_B34 = "STRATFORD-UPON-AVON, England —"
_C34 = "HALIFAX, England — Halifax is "
_D34 = "CHARLOTTE, N.C. — The Charlott"
_E34 = "CARTAGENA, Colombia — Cartagen"
_F34 = "CHENNAI, India — Chennai marke"
_G34 = "LUXEMBOURG — Luxembourg agreed"
_H34 = "RYE, England — Rye has joined "
_I34 = "VOLGOGRAD, Russia — Volgograd "
_J34 = "ITHACA, N.Y. — Ithaca has a go"
BATCH_34_XFAIL: dict[tuple[str, str], str] = {
    (_A34, "Lewes"): ("first run (ad13ae6): 'Lewes' Lewes in GB"),
    (_A34, "Lewes#2"): ("first run (ad13ae6): 'Lewes#2' not found as a place (overlap: None)"),
    (_A34, "Smyrna#2"): ("first run (ad13ae6): 'Smyrna#2' Smyrna in US"),
    (_B34, "Stratford-upon-Avon"): (
        "first run (ad13ae6): 'Stratford-upon-Avon' not found as a place (overlap: None)"
    ),
    (_B34, "Stratford#4"): ("first run (ad13ae6): 'Stratford#4' Stratford in CA"),
    (_B34, "Stratford#5"): ("first run (ad13ae6): 'Stratford#5' Stratford in CA"),
    (_B34, "Helsingor"): ("first run (ad13ae6): 'Helsingor' not found as a place (overlap: None)"),
    (_B34, "Verona"): ("first run (ad13ae6): 'Verona' not found as a place (overlap: None)"),
    (_C34, "West Yorkshire"): ("first run (ad13ae6): 'West Yorkshire' Yorkshire in US"),
    (_C34, "Halifax#2"): (
        "first run (ad13ae6): 'Halifax#2' should be no place, got Halifax (GB, ENG)"
    ),
    (_C34, "Halifax#3"): (
        "first run (ad13ae6): 'Halifax#3' should be no place, got Halifax (GB, ENG)"
    ),
    (_C34, "Dartmouth"): ("first run (ad13ae6): 'Dartmouth' Dartmouth in GB"),
    (_E34, "Cartagena de Indias"): (
        "first run (ad13ae6): 'Cartagena de Indias' not found as a place (overlap: None)"
    ),
    (_F34, "Madras#2"): (
        "first run (ad13ae6): 'Madras#2' should be no place, got Chennai (IN, 25)"
    ),
    (_F34, "Delhi"): ("first run (ad13ae6): 'Delhi' not found as a place (overlap: None)"),
    (_G34, "LUXEMBOURG"): ("first run (ad13ae6): 'LUXEMBOURG' Luxembourg in BE"),
    (_G34, "Luxembourg"): ("first run (ad13ae6): 'Luxembourg' Luxembourg in BE"),
    (_G34, "Luxembourg#4"): ("first run (ad13ae6): 'Luxembourg#4' Luxembourg in BE"),
    (_H34, "Hastings"): ("first run (ad13ae6): 'Hastings' not found as a place (overlap: None)"),
    (_H34, "Hythe"): ("first run (ad13ae6): 'Hythe' not found as a place (overlap: None)"),
    (_H34, "Hastings#2"): (
        "first run (ad13ae6): 'Hastings#2' not found as a place (overlap: None)"
    ),
    (_H34, "Deal"): ("first run (ad13ae6): 'Deal' not found as a place (overlap: None)"),
    (_I34, "Stalingrad"): (
        "first run (ad13ae6): 'Stalingrad' not found as a place (overlap: None)"
    ),
    (_I34, "Coventry"): ("first run (ad13ae6): 'Coventry' Coventry in US"),
    (_I34, "Stalingrad#3"): (
        "first run (ad13ae6): 'Stalingrad#3' not found as a place (overlap: None)"
    ),
    (_I34, "Coventry#2"): (
        "first run (ad13ae6): 'Coventry#2' not found as a place (overlap: None)"
    ),
    (_J34, "Homer#2"): ("first run (ad13ae6): 'Homer#2' should be no place, got Homer (US, NY)"),
    (_J34, "Ithaca#3"): ("first run (ad13ae6): 'Ithaca#3' Ithaca in US"),
    (_J34, "Syracuse#2"): ("first run (ad13ae6): 'Syracuse#2' Syracuse in US"),
    (_J34, "Troy#2"): ("first run (ad13ae6): 'Troy#2' not found as a place (overlap: None)"),
}
BATCH_34_NAMES = _named_params(34, BATCH_34, BATCH_34_XFAIL)


# Blind trap batch 35: ten articles written before the code was run on them, about themes the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or None)
# pair, or None when the mention must not be taken as a place; "Name#2" is the second occurrence of
# the exact string in the text (the dateline included, whole words as `_occurrence` counts them, and
# occurrences inside longer names counted, as in 'San Miguel de Allende', 'La Carlota', 'Greater
# Buenos Aires', 'the Penrith Panthers', 'Brittany Ferries', 'the Gare de Lyon' or 'Deutsch-Wagram';
# the match is case-sensitive, so the capitalised dateline 'SAN MIGUEL' is a string of its own, and
# the lower-case 'cognac' in (h) is no occurrence of 'Cognac'). No keyed name is counted inside a
# longer word ('Pakistani' and 'Indian' in (e) are no occurrences of 'Pakistan' and 'India',
# 'Philippines' in (a) none of 'Philippine').
# (a) towns named after a saint across countries: 'SAN MIGUEL, El Salvador' and San Miguel seven
# times (the Salvadoran city the first; the second and third inside 'San Miguel de Allende' in
# Mexico and 'San Miguel de Tucumán' in Argentina, each keyed whole; the fourth the farming town in
# the Philippine province of Bulacan; the fifth inside 'San Miguel de la Frontera', the founding
# name of the Salvadoran city, keyed whole; the sixth inside 'San Miguel Arcángel', a statue of the
# archangel, no place; the seventh 'San Miguel beer', a brand, no place), Tucumán twice (the first
# inside 'San Miguel de Tucumán', the second the same city by its short name), Bulacan, Usulután,
# Santa Rosa de Lima (a town holding a saint's name and a capital's), San Vicente (one in Argentina
# and one in the Philippines too), San Salvador as the government, Santa Ana twice (the Salvadoran
# city, then 'Santa Ana in California'), California; Mexico, 'Argentine', 'Philippine', the
# Philippines, La Unión, Honduras, 'Spanish-speaking' and Pilsener (a beer named after Plzeň) left
# unkeyed;
# (b) Spanish city names in the sugar towns of Negros: 'CADIZ, Philippines' and Cadiz (the city in
# Negros Occidental) beside Cádiz with its accent (the Andalusian port), Negros Occidental,
# Victorias, Escalante (one in Spain and one in Utah too), Valladolid twice (the Negros town, then
# 'Valladolid in Castile', the Spanish city), Murcia twice (the Negros town, the second in a
# planter's quote, 'Our Murcia'), Carlota twice (a planter named Carlota Villanueva, no place, then
# inside 'La Carlota', keyed whole), Bacolod, San Carlos (the Negros city, not one of the many
# elsewhere), Toledo (the Cebu city, not Spain's or Ohio's), Cebu, 'Spanish' the second time ('a
# Spanish film crew'); Negros Island, Spain, 'Andalusian', Sagay, Silay, Manila as the government,
# Castile and 'Spanish' the first time ('named after Spanish cities') left unkeyed;
# (c) car models named after places: 'TUCSON, Ariz.' and Tucson four times (the city the first and
# the fourth, inside "Tucson's"; the Hyundai model the second, 'The Tucson', and the third, 'buy a
# Tucson', no places), Montgomery (the Alabama city where the cars are built), Phoenix, Santa Fe
# twice (the model, then 'Santa Fe, New Mexico'), Santa Cruz twice (the pickup, then 'Santa Cruz,
# California'), Malibu twice ('a dealer in Malibu', then the Chevrolet Malibu, no place), Durango
# twice ('Durango, Colorado', then the Dodge Durango, no place), Kona (the model, no place, though a
# Hawaiian coast carries the name), Nogales twice (the city in Sonora, then 'Nogales, Arizona');
# Hyundai, Alabama, New Mexico, California, Colorado, Hawaii, the Big Island, Sonora, Arizona and
# 'American' left unkeyed;
# (d) clubs and people named after the suburbs of Buenos Aires: 'LANÚS, Argentina' and Lanús twice
# (the club the first, 'Lanús beat Banfield', no place; the city the second), Banfield three times
# (the club the first and third, 'the Banfield team bus'; the district of Lomas de Zamora the
# second), Buenos Aires (inside 'Greater Buenos Aires', Argentina either way), Lomas de Zamora,
# Moreno twice (a striker named Gonzalo Moreno, no place, then the suburb), Pilar twice (a club
# doctor named Pilar Sosa, no place, then the town), Quilmes three times (the city the first, the
# club the second, the beer the third), Avellaneda, Mercedes (the maker of a bus, no place, though
# towns in Argentina and Uruguay carry the name); Racing and Independiente (clubs named after no
# place) left unkeyed;
# (e) the two Kartarpurs and the two Punjabs: 'DERA BABA NANAK, India' and Dera Baba Nanak twice
# (the Indian border town), Pakistan the first time, Kartarpur the second and third time (the second
# the Pakistani village of the gurdwara, the third 'a town near Jalandhar', India's Kartarpur; the
# first, inside 'the Kartarpur corridor', a border crossing, not keyed), Punjab twice (Pakistan's
# province, then India's state), Narowal, India the second time (inside "India's"; the first is the
# dateline's), Gurdaspur, Jalandhar, Lahore, Nankana Sahib, Hasan Abdal, Gujrat (the Pakistani city)
# beside Gujarat (the Indian state); Pakistan the second time, Guru Nanak (a person, whose name also
# closes 'Dera Baba Nanak'), Amritsar, New Delhi and Islamabad as governments, 'Sikh', 'Pakistani'
# and 'Indian' left unkeyed;
# (f) Australian towns with English names in a flood: 'WINDSOR, Australia' and Windsor three times
# (the New South Wales town the first, 'Windsor in England' the second, 'Windsor, Ontario' the
# third), Macquarie twice (the governor, a person, the second opening a quoted sentence, though a
# port, a lake and a river carry his name), England, Richmond (the Hawkesbury town, not London's or
# Virginia's), Wilberforce twice (the town, then William Wilberforce, a person), Pitt Town, Penrith
# twice (the city on the Nepean, then inside 'the Penrith Panthers', a rugby league club), Sydney,
# Canberra as the federal government, Ontario, New South Wales; Lachlan (the governor's first name,
# a river too), the Hawkesbury River, the Nepean, 'Canadian' and 'English' left unkeyed;
# (g) ferries named after places: 'PORTSMOUTH, England' and Portsmouth four times (the English port
# the first three times, 'Portsmouth, New Hampshire' the fourth), Brittany twice (inside 'Brittany
# Ferries', a company, the first; the region of France the second), Saint-Malo the first and third
# time (the ship the first, no place; the Breton port the third; the second, 'which Saint-Malo they
# had booked', meaning both, not keyed), Salamanca twice (the ship, then the Spanish city in a
# purser's quote), 'Spanish' (the city's country), Bilbao, Santoña (the ship, no place), Santander,
# Roscoff, Cherbourg, New Hampshire; Cantabria, Plymouth, Caen, England the second time and
# 'English' left unkeyed;
# (h) spirits and wines named after places: 'COGNAC, France' and Cognac twice (the brandy the first,
# 'Cognac sales', no place; the town the second), China the first time, Beijing as the government,
# Jarnac, Segonzac, Champagne the second time (the sparkling wine, no place; the first, inside 'the
# Grande Champagne vineyards', a vineyard area, not keyed), Reims, Bordeaux twice ('A bottle of
# Bordeaux' in a quote, the wine, no place; then the city), Angoulême, Paris twice as the
# government, Brussels as the European Union, Washington as the US government, Marsala (the Sicilian
# port; its wine only in a description); the lower-case 'cognac', the Charente, 'European',
# 'Sicilian' and China the second time left unkeyed;
# (i) stations, streets and bridges of Paris named after places: 'PARIS' and Paris (the city hall),
# Lyon three times (inside 'the Gare de Lyon' the first and third, a station, no place; the city the
# second), Austerlitz twice (inside 'the Gare d'Austerlitz', a station, no place; then the town of
# the battle, now Slavkov u Brna, keyed as its current place), Slavkov u Brna, Iéna (inside 'the
# Pont d'Iéna', a bridge, no place), Jena, Wagram twice (inside 'the Avenue de Wagram', an avenue,
# no place; the second inside 'Deutsch-Wagram', keyed whole), Vienna, Rivoli twice (inside 'the Rue
# de Rivoli', a street, no place; the second inside 'Rivoli Veronese', keyed whole, not the bigger
# Rivoli near Turin), Strasbourg twice (inside 'the Boulevard de Strasbourg', a boulevard, no place;
# then the city), London; the Czech Republic, Germany, Verona, Napoleon, the Austrians, the Gare de
# l'Est and Waterloo (the battle or the town, unsure) left unkeyed;
# (j) Oregon towns whose names are common words or first names: 'ROSEBURG, Ore.' and Roseburg,
# Grants Pass, California the first time, Drain (a common word opening a sentence, the town), Riddle
# twice (the town opening a sentence, then '"Riddle me this' opening a quoted sentence, a common
# word), Myrtle Creek, Winston twice (a fire captain named Winston Hale, no place, then the town),
# Glendale twice (the Oregon town, then 'the big Glendale in California'), Rogue River ('the town of
# Rogue River', not the river), Eugene twice (the city, then a crew boss named Eugene Park, no
# place), Salem as the state government (one in Massachusetts too), Sutherlin (opening a sentence);
# Canyonville, Medford, Washington state, Interstate 5 and California the second time left unkeyed.
# Decisions (as in batches 7-34): a dateline is a place (the city in capitals), but the country,
# state or province in a dateline is not keyed ('El Salvador', 'Philippines', 'Ariz.', 'Argentina',
# 'India', 'Australia', 'England', 'France', 'Ore.'); a product, brand, company or ship named after
# a place is no place (the Tucson, the Santa Fe, the Santa Cruz, the Chevrolet Malibu, the Dodge
# Durango, the Kona, a Mercedes bus, Quilmes the beer, San Miguel beer, Brittany Ferries, the ships
# Saint-Malo, Salamanca and Santoña, and Cognac, Champagne and Bordeaux as drinks), nor is a club
# (Lanús, Banfield and Quilmes as football clubs, the Penrith Panthers), a saint's statue (San
# Miguel Arcángel) or a station, street, avenue, boulevard or bridge ('the Gare de Lyon', 'the Gare
# d'Austerlitz', 'the Pont d'Iéna', 'the Avenue de Wagram', 'the Rue de Rivoli', 'the Boulevard de
# Strasbourg'), nor a person's first name or surname (Carlota Villanueva, Gonzalo Moreno, Pilar
# Sosa, Lachlan Macquarie, William Wilberforce, Winston Hale, Eugene Park), nor a common word
# opening a sentence ('"Riddle me this'); a town whose name is a common word is a place when the
# text means the town, at the start of a sentence too (Drain, Riddle, Sutherlin); a nationality
# adjective is its country when it names a place's country ('Spanish' for a film crew and for a
# university city); a capital named for its government is that place (San Salvador, Canberra,
# Beijing, Paris, Brussels, Washington, Salem); a founding or former name is the current place (San
# Miguel de la Frontera for San Miguel, Austerlitz for Slavkov u Brna); a name inside a longer place
# name is keyed as the longer name ('San Miguel de Allende', 'San Miguel de Tucumán', 'San Miguel de
# la Frontera', 'La Carlota', 'Deutsch-Wagram', 'Rivoli Veronese'), and 'Buenos Aires' inside
# 'Greater Buenos Aires' is Argentina either way; a town named like a bigger or better-known place
# is the town the text means (San Miguel in El Salvador, except the Mexican, Argentine and
# Philippine ones; Santa Ana in El Salvador until 'Santa Ana in California'; Cadiz, Valladolid,
# Murcia, Escalante, San Carlos and Toledo in the Philippines, except Cádiz with its accent and
# 'Valladolid in Castile'; Montgomery in Alabama; Santa Fe in New Mexico; Santa Cruz and Malibu in
# California; Durango in Colorado; Nogales in Sonora, then in Arizona; Lanús, Banfield, Moreno,
# Pilar and Quilmes in Argentina; Kartarpur in Pakistan, then near Jalandhar in India; Punjab in
# Pakistan, then in India; Gujrat in Pakistan beside Gujarat in India; Windsor, Richmond and Penrith
# in New South Wales, except 'Windsor in England' and 'Windsor, Ontario'; Portsmouth in England,
# except New Hampshire's; Winston, Glendale and Eugene in Oregon, except 'the big Glendale in
# California'). Not keyed: islands, rivers, coasts, corridors, vineyard areas and highways (Negros
# Island, the Hawkesbury River, the Nepean, the Charente, the Kartarpur corridor, Grande Champagne,
# the Big Island, Interstate 5), readings that are unsure ('which Saint-Malo they had booked',
# meaning both; Waterloo; 'named after Spanish cities') and names left unkeyed to keep the batch
# near 170 (listed with each article).
# 172 names are keyed. Admin1 codes are GeoNames': US two-letter states (AL, AZ, CA, CO, DC, NH, NM,
# OR), GB ENG England, AU 01 Australian Capital Territory and 02 New South Wales, and CA 08 Ontario.
# All other countries are checked at country level (El Salvador, Mexico, Argentina, the Philippines,
# Spain, India, Pakistan, France, China, Belgium, Italy, the Czech Republic, Germany, Austria).
BATCH_35: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "SAN MIGUEL, El Salvador — San Miguel crowned the queen of its November carnival on "
            "Saturday, and for the first time the city invited delegations from its namesakes "
            "across the Spanish-speaking world. A dance troupe came from San Miguel de Allende in "
            "Mexico, and a brass band from San Miguel de Tucumán, the Argentine city that everyone "
            "calls simply Tucumán. Even San Miguel, a farming town in the Philippine province of "
            "Bulacan, sent two dancers. The city was founded in 1530 as San Miguel de la Frontera "
            "and named, like the others, after the archangel, and a statue of San Miguel Arcángel "
            "was carried at the head of the parade. Buses brought visitors from Usulután, La Unión "
            "and Santa Rosa de Lima, and hotels were full as far away as San Vicente. San Salvador "
            "sent the tourism minister. Santa Ana, the country's second city, held a rival fair "
            "the same night, and a radio host joked that nobody would confuse it with Santa Ana in "
            "California. Stalls sold San Miguel beer from the Philippines beside the local "
            "Pilsener, and traders crossed from Honduras with coffee and hammocks."
        ),
        {
            "SAN MIGUEL": ("SV", None),
            "San Miguel": ("SV", None),
            "San Miguel de Allende": ("MX", None),
            "San Miguel de Tucumán": ("AR", None),
            "Tucumán#2": ("AR", None),
            "San Miguel#4": ("PH", None),
            "Bulacan": ("PH", None),
            "San Miguel de la Frontera": ("SV", None),
            "San Miguel#6": None,
            "Usulután": ("SV", None),
            "Santa Rosa de Lima": ("SV", None),
            "San Vicente": ("SV", None),
            "San Salvador": ("SV", None),
            "Santa Ana": ("SV", None),
            "Santa Ana#2": ("US", "CA"),
            "California": ("US", "CA"),
            "San Miguel#7": None,
        },
    ),
    (
        "b",
        (
            "CADIZ, Philippines — Cadiz opened the sugar milling season on Monday with a mass at "
            "the port and a parade of cane trucks, as planters on Negros Island hope for better "
            "prices after two years of drought. The city on the northern coast of Negros "
            "Occidental took its name from Cádiz, the Andalusian port, and this year its mayor "
            "invited a delegation from Spain to the festival. Mills in Victorias, Sagay and Silay "
            "started crushing the same week, and cane growers in Escalante expect their biggest "
            "harvest in a decade. Farther south, the planters of Valladolid and Murcia, two towns "
            'named after Spanish cities, are still waiting for rain. "Our Murcia grows more sugar '
            'than theirs grows lemons," said a planter, Carlota Villanueva. La Carlota, south of '
            "Bacolod, the provincial capital, will host the regional sugar congress in January. On "
            "the east coast, San Carlos hires cane cutters who arrive by ferry from Toledo, a city "
            "across the strait in Cebu. Manila has promised to limit sugar imports until the "
            "harvest is in. A Spanish film crew recording the festival said it would travel on to "
            "Valladolid in Castile next."
        ),
        {
            "CADIZ": ("PH", None),
            "Cadiz": ("PH", None),
            "Negros Occidental": ("PH", None),
            "Cádiz": ("ES", None),
            "Victorias": ("PH", None),
            "Escalante": ("PH", None),
            "Valladolid": ("PH", None),
            "Murcia": ("PH", None),
            "Murcia#2": ("PH", None),
            "Carlota": None,
            "La Carlota": ("PH", None),
            "Bacolod": ("PH", None),
            "San Carlos": ("PH", None),
            "Toledo": ("PH", None),
            "Cebu": ("PH", None),
            "Spanish#2": ("ES", None),
            "Valladolid#2": ("ES", None),
        },
    ),
    (
        "c",
        (
            "TUCSON, Ariz. — Tucson car dealers say their best-selling SUV this year shares the "
            "city's name, and they want its maker to notice. The Tucson, a compact crossover that "
            "Hyundai builds in Montgomery, Alabama, outsold every other model at local dealerships "
            'in the first half of the year. "People come down from Phoenix and buy a Tucson here '
            'just for the photo with the sign," said dealer Marisol Ortega. The bigger Santa Fe '
            "sells well in Santa Fe, New Mexico, and the small Santa Cruz pickup has a following "
            "in Santa Cruz, California, according to registration data. Not every namesake works: "
            "a dealer in Malibu said he had not sold a new Chevrolet Malibu in years, and buyers "
            "in Durango, Colorado, prefer pickups to the Dodge Durango. Hyundai's Kona, named "
            "after the coffee-growing coast of Hawaii's Big Island, sells mostly to young buyers "
            "in cities. Shoppers also drive up from Nogales, Sonora, across the border from "
            "Nogales, Arizona, because prices are lower on the American side. Tucson's city "
            "council has asked Hyundai to launch next year's model in the city."
        ),
        {
            "TUCSON": ("US", "AZ"),
            "Tucson": ("US", "AZ"),
            "Tucson#2": None,
            "Montgomery": ("US", "AL"),
            "Phoenix": ("US", "AZ"),
            "Tucson#3": None,
            "Santa Fe": None,
            "Santa Fe#2": ("US", "NM"),
            "Santa Cruz": None,
            "Santa Cruz#2": ("US", "CA"),
            "Malibu": ("US", "CA"),
            "Malibu#2": None,
            "Durango": ("US", "CO"),
            "Durango#2": None,
            "Kona": None,
            "Nogales": ("MX", None),
            "Nogales#2": ("US", "AZ"),
            "Tucson#4": ("US", "AZ"),
        },
    ),
    (
        "d",
        (
            "LANÚS, Argentina — Lanús beat Banfield 2-1 on Sunday in the southern derby of Greater "
            "Buenos Aires, a rivalry between two clubs named after neighbouring towns a few "
            "minutes apart by train. Lanús, a city of 450,000 people just south of the capital, "
            "celebrated into the night, and Banfield, a leafy district of Lomas de Zamora, was "
            "quiet. The winner came from striker Gonzalo Moreno, whose surname is also that of a "
            "working-class suburb on the western edge of the metropolis, and his grandmother came "
            "from Moreno by train to watch him. The club doctor, Pilar Sosa, drove in from Pilar, "
            "60 km to the north-west. In Quilmes, the next city along the river, fans of Quilmes, "
            "who play in the second division, watched in bars that sell Quilmes, the beer brewed "
            "there since 1890. Avellaneda, home of Racing and Independiente, will host the next "
            "derby weekend. Police said stones were thrown at the Banfield team bus, a 20-year-old "
            "Mercedes, as it left the stadium, and two people were arrested."
        ),
        {
            "LANÚS": ("AR", None),
            "Lanús": None,
            "Banfield": None,
            "Buenos Aires": ("AR", None),
            "Lanús#2": ("AR", None),
            "Banfield#2": ("AR", None),
            "Lomas de Zamora": ("AR", None),
            "Moreno": None,
            "Moreno#2": ("AR", None),
            "Pilar": None,
            "Pilar#2": ("AR", None),
            "Quilmes": ("AR", None),
            "Quilmes#2": None,
            "Quilmes#3": None,
            "Avellaneda": ("AR", None),
            "Banfield#3": None,
            "Mercedes": None,
        },
    ),
    (
        "e",
        (
            "DERA BABA NANAK, India — Hundreds of Sikh pilgrims walked from Dera Baba Nanak across "
            "the border into Pakistan on Wednesday through the Kartarpur corridor to pray at the "
            "gurdwara in Kartarpur where Guru Nanak, the founder of their faith, spent his last "
            "years. The shrine stands in Pakistan's Punjab, in Narowal district, about 4 km from "
            "the border, while Dera Baba Nanak lies in India's Punjab, in Gurdaspur district. Some "
            "pilgrims still confuse it with Kartarpur, a town near Jalandhar founded by a later "
            'guru, which has no link to the shrine. "My grandfather could see the gurdwara from '
            'his fields but never reached it," said Harjit Kaur, 71, who came by bus from '
            "Amritsar. Many pilgrims hope for visas to Lahore and to Nankana Sahib, where Guru "
            "Nanak was born, and to Hasan Abdal, farther north. New Delhi and Islamabad renewed "
            "the corridor agreement last year despite tensions. A tour operator from Gujrat, a "
            "Pakistani city often mixed up with the Indian state of Gujarat, said he hoped to "
            "bring pilgrims the other way."
        ),
        {
            "DERA BABA NANAK": ("IN", None),
            "Dera Baba Nanak": ("IN", None),
            "Pakistan": ("PK", None),
            "Kartarpur#2": ("PK", None),
            "Punjab": ("PK", None),
            "Narowal": ("PK", None),
            "Dera Baba Nanak#2": ("IN", None),
            "India#2": ("IN", None),
            "Punjab#2": ("IN", None),
            "Gurdaspur": ("IN", None),
            "Kartarpur#3": ("IN", None),
            "Jalandhar": ("IN", None),
            "Lahore": ("PK", None),
            "Nankana Sahib": ("PK", None),
            "Hasan Abdal": ("PK", None),
            "Gujrat": ("PK", None),
            "Gujarat": ("IN", None),
        },
    ),
    (
        "f",
        (
            "WINDSOR, Australia — Windsor was cut off by floodwater on Thursday for the third time "
            "in five years as the Hawkesbury River rose to its highest level since 2022. The town, "
            "one of five that Governor Lachlan Macquarie laid out on high ground in 1810, takes "
            "its name from Windsor in England. Richmond, its neighbour, lost power overnight, and "
            "residents of Wilberforce, named after the anti-slavery campaigner William "
            "Wilberforce, and of Pitt Town were told to leave. Upstream at Penrith, where the "
            "river is called the Nepean, the Penrith Panthers rugby league club opened its car "
            "park to evacuees' caravans. "
            '"Macquarie picked the high ground. We built on the low ground," said emergency '
            "volunteer Ken Doyle. Sydney, 60 km to the south-east, recorded its wettest day of the "
            "year, and Canberra promised disaster payments. The mayor of Windsor, Ontario, a "
            "Canadian city named after the same English town, sent a message of support. The "
            "government of New South Wales has declared a natural disaster in six council areas."
        ),
        {
            "WINDSOR": ("AU", "02"),
            "Windsor": ("AU", "02"),
            "Macquarie": None,
            "Windsor#2": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Richmond": ("AU", "02"),
            "Wilberforce": ("AU", "02"),
            "Wilberforce#2": None,
            "Pitt Town": ("AU", "02"),
            "Penrith": ("AU", "02"),
            "Penrith#2": None,
            "Macquarie#2": None,
            "Sydney": ("AU", "02"),
            "Canberra": ("AU", "01"),
            "Windsor#3": ("CA", "08"),
            "Ontario": ("CA", "08"),
            "New South Wales": ("AU", "02"),
        },
    ),
    (
        "g",
        (
            "PORTSMOUTH, England — Brittany Ferries' new hybrid ship, the Saint-Malo, left "
            "Portsmouth on Tuesday night on her first regular crossing to the port whose name she "
            "carries, and passengers joked about which Saint-Malo they had booked. The hybrid ship "
            "can sail in and out of Saint-Malo on battery power alone, and replaces a 35-year-old "
            "vessel on the route. The company names its ships after places on its routes and "
            "beyond: the Salamanca, named after the Spanish university city far from any coast, "
            "sails from Portsmouth to Bilbao, and the Santoña, named after a fishing town in "
            'Cantabria, runs to Santander. "Children ask me when we arrive in Salamanca. I tell '
            'them they will need a train," said a purser, Yann Le Gall. Other ships link Plymouth '
            "with Roscoff and Portsmouth with Caen and Cherbourg. A group from Portsmouth, New "
            "Hampshire, a city named after the English port, toured the ship last month. Brittany, "
            "where farmers founded the company in 1972 to sell their cauliflowers abroad, still "
            "sends much of its produce to England this way."
        ),
        {
            "PORTSMOUTH": ("GB", "ENG"),
            "Brittany": None,
            "Saint-Malo": None,
            "Portsmouth": ("GB", "ENG"),
            "Saint-Malo#3": ("FR", None),
            "Salamanca": None,
            "Spanish": ("ES", None),
            "Portsmouth#2": ("GB", "ENG"),
            "Bilbao": ("ES", None),
            "Santoña": None,
            "Santander": ("ES", None),
            "Salamanca#2": ("ES", None),
            "Roscoff": ("FR", None),
            "Cherbourg": ("FR", None),
            "Portsmouth#4": ("US", "NH"),
            "New Hampshire": ("US", "NH"),
            "Brittany#2": ("FR", None),
        },
    ),
    (
        "h",
        (
            "COGNAC, France — Cognac sales to China fell by a third last year, and the town that "
            "gave the brandy its name is counting the cost. Cognac, a town of 18,000 people on the "
            "Charente, lives off the distilleries along its riverbank, and two of them cut shifts "
            "this month after Beijing imposed duties on European brandy. In Jarnac, 15 km "
            "upstream, orders for new barrels have halved. Growers around Segonzac, in the heart "
            "of the Grande Champagne vineyards, have begun pulling up vines. The name has nothing "
            "to do with Champagne, the sparkling wine made around Reims; here it means open chalky "
            'country. "A bottle of Bordeaux is a wine. A bottle of cognac is twenty years in a '
            'barrel," said a cellar master, Élodie Marchand. Angoulême, the departmental capital, '
            "has asked Paris for help, and Paris has asked Brussels to negotiate. Exporters also "
            "fear that Washington could add tariffs of its own. A delegation from Marsala, the "
            "Sicilian port that gave its name to a fortified wine, came last week to compare "
            "notes. Bordeaux, 120 km to the south, has troubles of its own: its wine sales to "
            "China have fallen for five years."
        ),
        {
            "COGNAC": ("FR", None),
            "Cognac": None,
            "China": ("CN", None),
            "Cognac#2": ("FR", None),
            "Beijing": ("CN", None),
            "Jarnac": ("FR", None),
            "Segonzac": ("FR", None),
            "Champagne#2": None,
            "Reims": ("FR", None),
            "Bordeaux": None,
            "Angoulême": ("FR", None),
            "Paris": ("FR", None),
            "Paris#2": ("FR", None),
            "Brussels": ("BE", None),
            "Washington": ("US", "DC"),
            "Marsala": ("IT", None),
            "Bordeaux#2": ("FR", None),
        },
    ),
    (
        "i",
        (
            "PARIS — Paris city hall began fixing plaques on Monday to explain the foreign names "
            "of its stations, streets and bridges, after a survey found that most tourists could "
            'not say where they came from. "Many visitors think the Gare de Lyon is in Lyon," said '
            "deputy mayor Claire Dumas. The Gare d'Austerlitz is named after Napoleon's 1805 "
            "victory at Austerlitz, now Slavkov u Brna in the Czech Republic, whose mayor attended "
            "the ceremony, and the Pont d'Iéna after his victory of 1806 at Jena, in Germany. The "
            "Avenue de Wagram recalls a battle of 1809 at Deutsch-Wagram, outside Vienna, and the "
            "Rue de Rivoli a victory over the Austrians in 1797 at Rivoli Veronese, near Verona. "
            "The Boulevard de Strasbourg leads to the Gare de l'Est, where trains leave for "
            "Strasbourg. Critics said the city should not celebrate Napoleon's wars; supporters "
            "replied that London has a station named after Waterloo. The first plaques went up at "
            "the Gare de Lyon, where 100 million passengers a year change trains."
        ),
        {
            "PARIS": ("FR", None),
            "Paris": ("FR", None),
            "Lyon": None,
            "Lyon#2": ("FR", None),
            "Austerlitz": None,
            "Austerlitz#2": ("CZ", None),
            "Slavkov u Brna": ("CZ", None),
            "Iéna": None,
            "Jena": ("DE", None),
            "Wagram": None,
            "Deutsch-Wagram": ("AT", None),
            "Vienna": ("AT", None),
            "Rivoli": None,
            "Rivoli Veronese": ("IT", None),
            "Strasbourg": None,
            "Strasbourg#2": ("FR", None),
            "London": ("GB", "ENG"),
            "Lyon#3": None,
        },
    ),
    (
        "j",
        (
            "ROSEBURG, Ore. — A wildfire closed Interstate 5 between Roseburg and Grants Pass on "
            "Tuesday, stranding hundreds of trucks on the main road between California and "
            "Washington state. Drain, a town of 1,100 people 35 miles to the north, opened its "
            "school gym to stranded drivers. Riddle and Canyonville were told to be ready to "
            'leave, and Myrtle Creek, where the fire started on Sunday, lost power. "Riddle me '
            'this: how does a fire jump a four-lane freeway?" asked a trucker stuck at a rest '
            "area. Fire captain Winston Hale, whose crew came from Winston, said the flames "
            "crossed the highway near Glendale, a town of 800 that is often confused with the big "
            "Glendale in California. Residents of the town of Rogue River were told to stay "
            "indoors because of smoke. Crews came from Eugene and Medford, and a crew boss named "
            "Eugene Park said the wind would turn overnight. Salem declared a state of emergency "
            "for the county. Sutherlin opened a second shelter at its community center."
        ),
        {
            "ROSEBURG": ("US", "OR"),
            "Roseburg": ("US", "OR"),
            "Grants Pass": ("US", "OR"),
            "California": ("US", "CA"),
            "Drain": ("US", "OR"),
            "Riddle": ("US", "OR"),
            "Myrtle Creek": ("US", "OR"),
            "Riddle#2": None,
            "Winston": None,
            "Winston#2": ("US", "OR"),
            "Glendale": ("US", "OR"),
            "Glendale#2": ("US", "CA"),
            "Rogue River": ("US", "OR"),
            "Eugene": ("US", "OR"),
            "Eugene#2": None,
            "Salem": ("US", "OR"),
            "Sutherlin": ("US", "OR"),
        },
    ),
]

_A35 = "SAN MIGUEL, El Salvador — San "
_B35 = "CADIZ, Philippines — Cadiz ope"
_C35 = "TUCSON, Ariz. — Tucson car dea"
_D35 = "LANÚS, Argentina — Lanús beat "
_E35 = "DERA BABA NANAK, India — Hundr"
_F35 = "WINDSOR, Australia — Windsor w"
_G35 = "PORTSMOUTH, England — Brittany"
_H35 = "COGNAC, France — Cognac sales "
_I35 = "PARIS — Paris city hall began "
_J35 = "ROSEBURG, Ore. — A wildfire cl"
BATCH_35_XFAIL: dict[tuple[str, str], str] = {
    (_A35, "San Miguel de la Frontera"): (
        "first run (7148820): 'San Miguel de la Frontera' not found as a place (overlap: None)"
    ),
    (_A35, "Santa Ana"): ("first run (7148820): 'Santa Ana' Santa Ana in US"),
    (_B35, "Murcia#2"): ("first run (7148820): 'Murcia#2' not found as a place (overlap: None)"),
    (_B35, "Valladolid#2"): (
        "first run (7148820): 'Valladolid#2' not found as a place (overlap: None)"
    ),
    (_C35, "Tucson#2"): ("first run (7148820): 'Tucson#2' should be no place, got Tucson (US, AZ)"),
    (_C35, "Tucson#3"): ("first run (7148820): 'Tucson#3' should be no place, got Tucson (US, AZ)"),
    (_C35, "Santa Fe"): (
        "first run (7148820): 'Santa Fe' should be no place, got Santa Fe (US, NM)"
    ),
    (_C35, "Santa Cruz"): (
        "first run (7148820): 'Santa Cruz' should be no place, got Santa Cruz (US, CA)"
    ),
    (_C35, "Malibu#2"): ("first run (7148820): 'Malibu#2' should be no place, got Malibu (US, CA)"),
    (_D35, "Buenos Aires"): (
        "first run (7148820): 'Buenos Aires' not found as a place (overlap: None)"
    ),
    (_D35, "Moreno#2"): ("first run (7148820): 'Moreno#2' not found as a place (overlap: None)"),
    (_D35, "Quilmes#2"): (
        "first run (7148820): 'Quilmes#2' should be no place, got Quilmes (AR, 01)"
    ),
    (_D35, "Quilmes#3"): (
        "first run (7148820): 'Quilmes#3' should be no place, got Quilmes (AR, 01)"
    ),
    (_D35, "Avellaneda"): (
        "first run (7148820): 'Avellaneda' not found as a place (overlap: None)"
    ),
    (_D35, "Banfield#3"): (
        "first run (7148820): 'Banfield#3' should be no place, got Banfield (AR, 01)"
    ),
    (_E35, "Kartarpur#2"): ("first run (7148820): 'Kartarpur#2' Kartārpur in IN"),
    (_E35, "Punjab"): ("first run (7148820): 'Punjab' not found as a place (overlap: None)"),
    (_F35, "Penrith#2"): (
        "first run (7148820): 'Penrith#2' should be no place, got Penrith (AU, 02)"
    ),
    (_G35, "Saint-Malo"): (
        "first run (7148820): 'Saint-Malo' should be no place, got Saint-Malo (FR, 53)"
    ),
    (_G35, "Cherbourg"): ("first run (7148820): 'Cherbourg' not found as a place (overlap: None)"),
    (_H35, "Cognac"): ("first run (7148820): 'Cognac' should be no place, got Cognac (FR, 75)"),
    (_H35, "Bordeaux"): (
        "first run (7148820): 'Bordeaux' should be no place, got Bordeaux (FR, 75)"
    ),
    (_I35, "Slavkov u Brna"): (
        "first run (7148820): 'Slavkov u Brna' not found as a place (overlap: None)"
    ),
    (_J35, "Riddle"): ("first run (7148820): 'Riddle' not found as a place (overlap: None)"),
}
BATCH_35_NAMES = _named_params(35, BATCH_35, BATCH_35_XFAIL)


# Blind trap batch 36: ten articles written before the code was run on them, about themes the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or None)
# pair, or None when the mention must not be taken as a place; "Name#2" is the second occurrence of
# the exact string in the text (the dateline included, and occurrences inside longer names counted,
# as in 'Paris-Beauvais', 'Frankfurt-Hahn', 'Brussels South Charleroi', 'the Toronto Star', 'the Red
# Deer River', 'Medina Sidonia', 'FC Utrecht' or 'Old Lyme'; the match is case-sensitive, so the
# capitalised dateline 'NAZARETH' is a string of its own, and a country in a dateline counts as an
# occurrence: 'ALGECIRAS, Spain' holds the first 'Spain'). No keyed name occurs inside a longer word
# in its article (no 'Norway' in 'Norwegian', no 'Sverdlov' keyed beside 'Sverdlovsk', no 'Kalinin'
# beside a 'Kaliningrad', which the text avoids).
# (a) Biblical town names in Pennsylvania's Lehigh Valley: 'NAZARETH, Pa.' and Nazareth five times
# (the borough the first, 'Nazareth in Israel' the second, 'Nazareth got its own fame' the third,
# the lyric 'I pulled into Nazareth', which the text says meant this town, the fourth; 'Nazareth,
# the Scottish rock band', no place, the fifth), Israel, Bethlehem four times (the Pennsylvania city
# the first and third, 'Bethlehem's tourism director'; the second, 'letters addressed to Bethlehem
# that were meant for the Holy Land', meaning both, not keyed; the fourth inside 'Bethlehem Steel',
# a company, no place), Emmaus, Dunfermline (the band's home), Egypt (a Pennsylvania village near
# Allentown, not the country) opening a sentence, Allentown, Ephrata, Easton, Philadelphia; 'Pa.',
# 'the Christmas City' (a nickname), 'Moravian', the Holy Land, the Golden Gate Bridge, 'Scottish',
# Lancaster County, The Band and the Martin guitars left unkeyed;
# (b) Dutch names in South Africa: 'MIDDELBURG, South Africa' and Middelburg three times (the
# Mpumalanga town the first, 'Middelburg in Zeeland' the second, 'Middelburg in the Eastern Cape'
# the third, a third town), Zeeland the first time (a Dutch province), 'Dutch' the first time ('the
# Dutch provincial capital') as a demonym, Ermelo (the Mpumalanga town, not the one in Gelderland),
# Gelderland, Utrecht twice (the KwaZulu-Natal town the first, inside 'FC Utrecht', a club, no
# place, the second), KwaZulu-Natal, Amsterdam (the Mpumalanga village under its former name, not
# the Dutch capital) and eMvelo, its new name, Eswatini, Dordrecht (the Eastern Cape town, not the
# Dutch one), Witbank (the former name of eMalahleni), the Netherlands, Pretoria; 'South Africa' in
# the dateline, the Eastern Cape twice, Zeeland the second time, 'Dutch' the second to fifth time
# ('Dutch and Boer names' a language and a people, the others left to keep the batch near 170),
# 'Boer' and maps left unkeyed;
# (c) newspapers named after cities, at a press prize in Dublin: 'DUBLIN' and Dublin, Toronto twice
# (inside 'the Toronto Star', a newspaper, no place, then the city), Kyiv three times (inside 'the
# Kyiv Independent' twice, a newspaper, then the city), Sydney twice (inside 'The Sydney Morning
# Herald', then the city), Hamilton (the Ontario city, beside Toronto), Washington (inside 'The
# Washington Post', no place), Texas, Chicago (inside 'the Chicago Tribune'), Boston twice (inside
# 'The Boston Globe', then the city), Manchester (inside 'the Manchester Guardian', the newspaper's
# old name), London, Lisbon; 'Irish' inside 'The Irish Times', 'the Star', 'the Herald', The
# Guardian and Russia (left to keep the batch near 170) left unkeyed;
# (d) airports named after a far town: 'BEAUVAIS, France' and Beauvais twice (the first inside
# 'Paris-Beauvais', an airport, not keyed; the town the second), Paris twice (inside
# 'Paris-Beauvais' the first, not keyed; the sign 'Paris: 85 km' the second, the city), Frankfurt
# twice (inside 'Frankfurt-Hahn' the first, not keyed; the city the second), Charleroi three times
# (inside 'Brussels South Charleroi' the first, not keyed; the town the second and third, 'a
# Charleroi hotel owner'), Brussels twice (inside the airport's name the first, not keyed; the city
# in a quote the second), 'Belgian' as a demonym, Treviso and Venice twice each (inside
# 'Venice-Treviso' the first, not keyed; the towns the second), Oslo twice (inside 'Oslo-Torp' the
# first, not keyed; the city the second), Sandefjord, Weeze (the German town opening a sentence; the
# second inside 'Düsseldorf-Weeze', not keyed), 'Dutch' as a demonym (the border), Nyköping,
# Stockholm twice (inside 'Stockholm-Skavsta' the first, not keyed; the city the second), Bergamo;
# 'France' in the dateline, 'American', the Hunsrück, Hahn, Torp, Skavsta, Düsseldorf and 'Milan's'
# (an airport's claim) left unkeyed;
# (e) Arabic place names in Spain and the Maghreb: 'ALGECIRAS, Spain' and Algeciras twice, Spain the
# second time ('Spain's summer operation'), 'Moroccan' twice as a demonym, Tangier, Tarifa (named
# after a man, Tarif ibn Malik, whose name is not keyed), Ceuta (a Spanish enclave in Africa),
# 'Spanish' the first time ('the Spanish enclave'), Gibraltar the second time ('Gibraltar itself';
# the first inside 'the Strait of Gibraltar', a strait, not keyed), Medina three times (a ferry
# captain named Rafael Medina, no place, the first; the second inside 'Medina Sidonia', the
# Andalusian town, keyed as a whole; the Saudi city the third), Guadalajara (the Spanish city, not
# the Mexican one), 'Mexican' (the Mexican city's country), Almería, Nador, Saudi Arabia; 'Spain' in
# the dateline, 'Spanish' the second time (passports), 'Arabic', 'Berber', 'African', 'Roman', the
# Moors, Jabal Tariq and Tariq left unkeyed;
# (f) Scandinavian names in the US Midwest: 'STOUGHTON, Wis.' and Stoughton (the Wisconsin city, not
# the Massachusetts town), Norway twice (the country the first, 'Norway, a small city in the Upper
# Peninsula of Michigan' the second), Gjøvik (the Norwegian sister city), Madison (the state
# Capitol), Westby, La Crosse, Mount Horeb (a Biblical name too), Decorah, Oslo, Michigan, Denmark
# (the Wisconsin village near Green Bay, not the country), Green Bay twice (the city the first; 'who
# play Green Bay twice a season', the Packers, no place, the second), Lindsborg, Kansas, Minnesota
# (inside 'the Minnesota Vikings', a team, no place); 'Wis.', Syttende Mai, 'Scandinavian',
# 'Norwegian-American', Iowa (left to keep the batch near 170), the Upper Peninsula, 'Danish' and
# 'Little Sweden' (a nickname) left unkeyed;
# (g) Soviet names given up around 1991, at a timetable exhibition: 'YEKATERINBURG, Russia' and
# Yekaterinburg, Sverdlovsk (its Soviet name), Gorky twice (the city's old name the first, the
# writer Maxim Gorky, no place, the second), Nizhny Novgorod, Kuibyshev (Samara's old name) and
# Samara, Kalinin twice (Tver's old name the first, the head of state Mikhail Kalinin, no place, the
# second), Tver, Zagorsk (Sergiyev Posad's old name) and Sergiyev Posad, Ulyanovsk, Tolyatti (the
# city) beside Togliatti (the Italian communist it is named after, no place), Ordzhonikidze
# (Vladikavkaz's old name) and Vladikavkaz; 'Russia' in the dateline, 'Soviet' twice, Yakov
# Sverdlov, Moscow (left to keep the batch near 170), Lenin, the Volga, 'Italian' and the Caucasus
# left unkeyed;
# (h) viruses named after places, at a conference in Marburg: 'MARBURG, Germany' and Marburg four
# times (the city the first, second and fourth; the third inside 'the Marburg virus', no place),
# Frankfurt (Frankfurt am Main, where the 1967 outbreak also struck), Belgrade, Uganda, Norwalk
# twice (inside 'Norwalk virus' the first, no place; 'Norwalk, Ohio' the second, not the California
# or Connecticut city), Ohio, Coxsackie twice (inside 'the Coxsackie viruses' the first, no place;
# the village in New York the second), Zika (the virus, no place), Entebbe, Hendra (the Brisbane
# suburb), Brisbane, Lyme the first time (inside 'Lyme disease', no place), Connecticut, Mexico;
# 'Germany' in the dateline, Lyme the second and third time (the Connecticut town and inside 'Old
# Lyme', towns the gazetteer holds no entry for, while a Lyme in New Hampshire is there), the
# Hudson, New York (the state, left to keep the batch near 170), the World Health Organization and
# 'Mexican flu' left unkeyed;
# (i) prairie towns named after the rivers that flood them: 'RED DEER, Alberta' and Red Deer four
# times (the city the first and fourth, 'Red Deer's mayor'; the second inside 'the Red Deer River',
# a river, not keyed; the third inside 'the Red Deer Rebels', a hockey team, no place), Sylvan Lake
# (a town named like a lake), Innisfail, Drumheller, Calgary, Lethbridge, Medicine Hat twice (the
# city the first, inside 'the Medicine Hat Tigers', a team, no place, the second), Saskatchewan the
# second time (the province; the first inside 'the South Saskatchewan', a river, not keyed), Swift
# Current, Moose Jaw the second time (the city; the first inside 'the Moose Jaw River', not keyed),
# Edmonton and Regina as the provincial governments; 'Alberta' in the dateline, the Bow, the Elbow
# and the Oldman left unkeyed;
# (j) bands named after places, at a rock festival in Wichita: 'WICHITA, Kan.' and Wichita, Kansas
# twice (the band the first, opening the story, no place; 'its home state of Kansas' the second),
# Topeka twice, Boston (the band, no place), Massachusetts, Chicago (the band), Europe (the Swedish
# band, no place), Stockholm, Alabama twice (the country group the first, no place; 'Fort Payne,
# Alabama' the second), Fort Payne, Texas (a band from Glasgow, no place), Glasgow, Asia (the band,
# no place), Denver; 'Kan.', 'Swedish' (left to keep the batch near 170) and the song titles left
# unkeyed.
# Decisions (as in batches 7-35): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('Pa.', 'South Africa', 'France', 'Spain', 'Wis.',
# 'Russia', 'Germany', 'Alberta', 'Kan.'); a newspaper, a company, a club, a team or a band named
# after a place is no place (the Toronto Star, the Kyiv Independent, The Sydney Morning Herald, The
# Washington Post, the Chicago Tribune, The Boston Globe, the Manchester Guardian, Bethlehem Steel,
# FC Utrecht, the Red Deer Rebels, the Medicine Hat Tigers, the Minnesota Vikings, Green Bay for the
# Packers, Nazareth, Kansas, Boston, Chicago, Europe, Alabama, Texas and Asia the bands), nor is a
# virus or a disease named after a place (the Marburg virus, Norwalk virus, the Coxsackie viruses,
# Zika, Lyme disease), nor a person's name (Rafael Medina, Maxim Gorky, Mikhail Kalinin, Palmiro
# Togliatti); an airport named after a far town is not keyed, but the towns named on their own are
# places (Paris, Beauvais, Frankfurt, Brussels, Charleroi, Venice, Treviso, Oslo, Stockholm the
# second time); a town whose name is a country's or a Biblical place's is the town the text means
# (Egypt and Nazareth in Pennsylvania, Bethlehem and Emmaus in Pennsylvania, Norway in Michigan,
# Denmark in Wisconsin), at the start of a sentence too (Egypt, Norway, Weeze); a nationality
# adjective is its country ('Dutch', 'Belgian', 'Moroccan', 'Spanish', 'Mexican'); a capital or a
# seat named for its government is that place (Edmonton, Regina); a former name is the current place
# (Amsterdam for eMvelo, Witbank for eMalahleni, Sverdlovsk, Gorky, Kuibyshev, Kalinin, Zagorsk and
# Ordzhonikidze); a name inside a longer place name is keyed as the longer name ('Medina Sidonia');
# a town named like a bigger or better-known place is the town the text means (Ermelo, Utrecht,
# Dordrecht and the first and third Middelburg in South Africa; Hamilton in Ontario; Stoughton in
# Wisconsin; Norwalk in Ohio; Guadalajara in Spain; Frankfurt am Main). Not keyed: seas, straits,
# rivers, creeks, hills, airports, museums, songs, nicknames and events (the Strait of Gibraltar,
# the Red Deer, Moose Jaw, South Saskatchewan, Bow, Elbow and Oldman rivers, the Hudson, the Volga,
# the Hunsrück, Paris-Beauvais, Frankfurt-Hahn, Brussels South Charleroi, Venice-Treviso, Oslo-Torp,
# Düsseldorf-Weeze, Stockholm-Skavsta, 'the Christmas City', 'Little Sweden', Syttende Mai),
# readings that are unsure (the second Bethlehem, meaning both; 'Dutch and Boer names'; the second
# 'Spanish'; 'Milan's' airport; Lyme and Old Lyme, which the gazetteer lacks; 'Irish', 'Scottish',
# 'Scandinavian', 'Soviet', 'Italian', 'Arabic', 'Roman') and names left unkeyed to keep the batch
# near 170 (listed with each article).
# 179 names are keyed. Admin1 codes are GeoNames': US two-letter states (AL, CO, CT, IA, KS, MA, MI,
# NY, OH, PA, TX, WI), GB ENG England and SCT Scotland, and Canada's numeric codes (01 Alberta, 08
# Ontario, 11 Saskatchewan). All other countries are checked at country level (Israel, South Africa,
# the Netherlands, Eswatini, Ireland, Ukraine, Australia, Portugal, France, Germany, Belgium, Italy,
# Norway, Sweden, Spain, Morocco, Gibraltar, Mexico, Saudi Arabia, Russia, Serbia, Uganda).
BATCH_36: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "NAZARETH, Pa. — Nazareth will light a Christmas star above its guitar factory this "
            "year, borrowing an idea from the neighbour that calls itself the Christmas City. The "
            "borough was settled in 1740 by Moravian missionaries, who named it after Nazareth in "
            "Israel and went on to found Bethlehem, ten miles to the south, on Christmas Eve 1741, "
            'and later Emmaus. "Every December we get letters addressed to Bethlehem that were '
            "meant for the Holy Land, and we answer every one,\" said Bethlehem's tourism "
            "director, Linda Fogel. Bethlehem Steel, which made the girders of the Golden Gate "
            "Bridge, closed its furnaces in 1995, and the plant is now a casino. Nazareth got its "
            'own fame from a song: when The Band sang "I pulled into Nazareth" in 1968, Robbie '
            "Robertson meant this town, the home of the Martin guitars he played. Nazareth, the "
            "Scottish rock band from Dunfermline, took its name from the same line. Egypt, a "
            "village near Allentown, and Ephrata, in Lancaster County, have asked to join the "
            "lighting next year, and a church choir from Easton will sing. Visitors from "
            "Philadelphia fill the inns every weekend in December."
        ),
        {
            "NAZARETH": ("US", "PA"),
            "Nazareth": ("US", "PA"),
            "Nazareth#2": ("IL", None),
            "Israel": ("IL", None),
            "Bethlehem": ("US", "PA"),
            "Emmaus": ("US", "PA"),
            "Bethlehem#3": ("US", "PA"),
            "Bethlehem#4": None,
            "Nazareth#3": ("US", "PA"),
            "Nazareth#4": ("US", "PA"),
            "Nazareth#5": None,
            "Dunfermline": ("GB", "SCT"),
            "Egypt": ("US", "PA"),
            "Allentown": ("US", "PA"),
            "Ephrata": ("US", "PA"),
            "Easton": ("US", "PA"),
            "Philadelphia": ("US", "PA"),
        },
    ),
    (
        "b",
        (
            "MIDDELBURG, South Africa — Middelburg signed a twinning agreement on Friday with "
            "Middelburg in Zeeland, the Dutch provincial capital whose name it has carried since "
            "the 1870s, and its mayor promised to look up a third namesake, Middelburg in the "
            'Eastern Cape. "We get their post, and they get our coal trucks on their maps," joked '
            "the municipal manager, Sipho Mahlangu. Dutch and Boer names are scattered across the "
            "region. Ermelo, an hour to the south-east, shares its name with a town in Gelderland, "
            "and Utrecht in KwaZulu-Natal was named after the Dutch university city when it was "
            "the capital of a tiny Boer republic in the 1850s. Amsterdam, a village near the "
            "border with Eswatini, has since been renamed eMvelo. The Dutch delegation also "
            "visited Dordrecht, a farming town in the Eastern Cape, and a youth team from FC "
            'Utrecht will play in Witbank next month. "Most people in the Netherlands have no idea '
            "these towns exist,\" said Zeeland's deputy governor, Anouk de Vries, who drove up "
            "from Pretoria with the Dutch ambassador."
        ),
        {
            "MIDDELBURG": ("ZA", None),
            "Middelburg": ("ZA", None),
            "Middelburg#2": ("NL", None),
            "Zeeland": ("NL", None),
            "Dutch": ("NL", None),
            "Middelburg#3": ("ZA", None),
            "Ermelo": ("ZA", None),
            "Gelderland": ("NL", None),
            "Utrecht": ("ZA", None),
            "KwaZulu-Natal": ("ZA", None),
            "Amsterdam": ("ZA", None),
            "Eswatini": ("SZ", None),
            "eMvelo": ("ZA", None),
            "Dordrecht": ("ZA", None),
            "Utrecht#2": None,
            "Witbank": ("ZA", None),
            "Netherlands": ("NL", None),
            "Pretoria": ("ZA", None),
        },
    ),
    (
        "c",
        (
            "DUBLIN — Reporters from the Toronto Star, the Kyiv Independent and The Sydney Morning "
            "Herald shared an international prize for investigative journalism at a ceremony in "
            "Dublin on Thursday night, hosted by The Irish Times. The Star's team spent two years "
            "tracing deaths in care homes in Toronto and Hamilton, while the Kyiv Independent's "
            "reporters, who still work from Kyiv through air-raid alerts, documented the "
            "deportation of children to Russia. \"Our paper carries a city's name, but our readers "
            "live all over the world,\" said the Herald's editor, who flew in from Sydney. A "
            "special mention went to The Washington Post for a series on gun sales in Texas, and "
            "another to the Chicago Tribune for an investigation into lead pipes. The Boston "
            "Globe, which won last year, sent a reporter from Boston to hand over the trophy. The "
            "jury was chaired by a former editor of The Guardian, which was called the Manchester "
            "Guardian until 1959 and moved to London in 1964. Next year's ceremony will be held in "
            "Lisbon."
        ),
        {
            "DUBLIN": ("IE", None),
            "Toronto": None,
            "Kyiv": None,
            "Sydney": None,
            "Dublin": ("IE", None),
            "Toronto#2": ("CA", "08"),
            "Hamilton": ("CA", "08"),
            "Kyiv#2": None,
            "Kyiv#3": ("UA", None),
            "Sydney#2": ("AU", None),
            "Washington": None,
            "Texas": ("US", "TX"),
            "Chicago": None,
            "Boston": None,
            "Boston#2": ("US", "MA"),
            "Manchester": None,
            "London": ("GB", "ENG"),
            "Lisbon": ("PT", None),
        },
    ),
    (
        "d",
        (
            "BEAUVAIS, France — Passengers landing at Paris-Beauvais airport this week found a new "
            'sign in the arrivals hall: "Paris: 85 km". The airport put it up after a survey found '
            "that one foreign traveller in five thought they had landed in the capital. Beauvais, "
            "a cathedral town of 55,000 people, earns more from the airport's coaches than from "
            "its tourists. It is not alone. Frankfurt-Hahn sits on a former American air base in "
            "the Hunsrück hills, 120 km west of Frankfurt, and travellers to Brussels South "
            "Charleroi often discover too late that Charleroi is an hour from the Belgian capital "
            'by bus. "Brussels is not next door, but the beer is the same," said a Charleroi hotel '
            "owner, Marc Dubois. Budget airlines also fly to Venice-Treviso, though Treviso is 30 "
            "km from Venice, and to Oslo-Torp, 110 km south of Oslo near Sandefjord. Weeze, a "
            "small town near the Dutch border, has sold its airport as Düsseldorf-Weeze for years, "
            "and Stockholm-Skavsta is closer to Nyköping than to Stockholm. Bergamo, whose airport "
            "calls itself Milan's, is at least a city of 120,000 people."
        ),
        {
            "BEAUVAIS": ("FR", None),
            "Paris#2": ("FR", None),
            "Beauvais#2": ("FR", None),
            "Frankfurt#2": ("DE", None),
            "Charleroi#2": ("BE", None),
            "Belgian": ("BE", None),
            "Brussels#2": ("BE", None),
            "Charleroi#3": ("BE", None),
            "Treviso#2": ("IT", None),
            "Venice#2": ("IT", None),
            "Oslo#2": ("NO", None),
            "Sandefjord": ("NO", None),
            "Weeze": ("DE", None),
            "Dutch": ("NL", None),
            "Nyköping": ("SE", None),
            "Stockholm#2": ("SE", None),
            "Bergamo": ("IT", None),
        },
    ),
    (
        "e",
        (
            "ALGECIRAS, Spain — Spain's summer operation to carry nearly 3 million Moroccan "
            "migrants and their cars across the Strait of Gibraltar began on Monday, with the "
            "first ferries leaving Algeciras for Tangier before dawn. Algeciras, whose name comes "
            "from the Arabic for the green island, is the busiest of the ports. Smaller ferries "
            "sail from Tarifa, named after the Berber commander Tarif ibn Malik, who landed there "
            "in 710, and others cross to Ceuta, the Spanish enclave on the African coast. "
            'Gibraltar itself takes its name from Jabal Tariq, the mountain of Tariq. "Half the '
            "towns on this coast have Arabic names, and half my passengers have Spanish "
            'passports," said a ferry captain, Rafael Medina. Drivers coming from the north pass '
            "Medina Sidonia, whose name joins the Arabic word for a city to an old Roman one, and "
            "some come from as far as Guadalajara, named by the Moors for its river of stones and "
            "not to be confused with the Mexican city. Families from Almería often take the ferry "
            "to Nador instead. The captain's own surname, he said, comes from Medina, the city in "
            "Saudi Arabia where the Prophet is buried. The Moroccan interior ministry said the "
            "crossings would run until mid-September."
        ),
        {
            "ALGECIRAS": ("ES", None),
            "Spain#2": ("ES", None),
            "Moroccan": ("MA", None),
            "Algeciras": ("ES", None),
            "Tangier": ("MA", None),
            "Algeciras#2": ("ES", None),
            "Tarifa": ("ES", None),
            "Ceuta": ("ES", None),
            "Spanish": ("ES", None),
            "Gibraltar#2": ("GI", None),
            "Medina": None,
            "Medina Sidonia": ("ES", None),
            "Guadalajara": ("ES", None),
            "Mexican": ("MX", None),
            "Almería": ("ES", None),
            "Nador": ("MA", None),
            "Medina#3": ("SA", None),
            "Saudi Arabia": ("SA", None),
            "Moroccan#2": ("MA", None),
        },
    ),
    (
        "f",
        (
            "STOUGHTON, Wis. — Stoughton expects 20,000 visitors this weekend for Syttende Mai, "
            "its celebration of the day in 1814 when Norway adopted its constitution, and this "
            "year the guest of honour is the mayor of its sister city, Gjøvik. Runners in the "
            "festival's 20-mile race set off at dawn from the state Capitol in Madison. Other "
            "towns with Scandinavian roots are sending floats: Westby, in the hills near La "
            "Crosse, Mount Horeb, which calls itself the troll capital of the world, and Decorah, "
            'across the state line in Iowa, home of a museum of Norwegian-American life. "Visitors '
            'from Oslo tell us our lefse is better than theirs," said the festival chairwoman, '
            "Karen Solberg. Norway, a small city in the Upper Peninsula of Michigan, is sending "
            "its high school band, and so is Denmark, a village near Green Bay settled by Danish "
            "farmers. Lindsborg, Kansas, which bills itself as Little Sweden, sent a troupe of "
            "folk dancers. Fans of the Minnesota Vikings, who play Green Bay twice a season, are "
            "asked to leave their horned helmets at home."
        ),
        {
            "STOUGHTON": ("US", "WI"),
            "Stoughton": ("US", "WI"),
            "Norway": ("NO", None),
            "Gjøvik": ("NO", None),
            "Madison": ("US", "WI"),
            "Westby": ("US", "WI"),
            "La Crosse": ("US", "WI"),
            "Mount Horeb": ("US", "WI"),
            "Decorah": ("US", "IA"),
            "Oslo": ("NO", None),
            "Norway#2": ("US", "MI"),
            "Michigan": ("US", "MI"),
            "Denmark": ("US", "WI"),
            "Green Bay": ("US", "WI"),
            "Lindsborg": ("US", "KS"),
            "Kansas": ("US", "KS"),
            "Minnesota": None,
            "Green Bay#2": None,
        },
    ),
    (
        "g",
        (
            "YEKATERINBURG, Russia — A museum in Yekaterinburg has opened an exhibition of Soviet "
            "railway tickets and timetables, and visitors are finding that half the stations on "
            "them no longer exist under those names. The city itself appears as Sverdlovsk, the "
            "name it carried from 1924 until 1991 in honour of the Bolshevik Yakov Sverdlov. "
            "Trains on the old boards run to Gorky, now Nizhny Novgorod again, which took the name "
            "of the writer Maxim Gorky in 1932; to Kuibyshev, which became Samara; and to Kalinin, "
            "named after the Soviet head of state Mikhail Kalinin, which became Tver in 1990. "
            'Zagorsk, the monastery town north of Moscow, is today Sergiyev Posad. "Grandmothers '
            'come in and read the timetables aloud like poetry," said the curator, Olga Lebedeva. '
            "Some names survived: Ulyanovsk, where Lenin was born, still carries his family name, "
            "and Tolyatti, the car-making city on the Volga, is still named after the Italian "
            "communist Palmiro Togliatti. Ordzhonikidze, now Vladikavkaz, drew the most visitors "
            "from the Caucasus."
        ),
        {
            "YEKATERINBURG": ("RU", None),
            "Yekaterinburg": ("RU", None),
            "Sverdlovsk": ("RU", None),
            "Gorky": ("RU", None),
            "Nizhny Novgorod": ("RU", None),
            "Gorky#2": None,
            "Kuibyshev": ("RU", None),
            "Samara": ("RU", None),
            "Kalinin": ("RU", None),
            "Kalinin#2": None,
            "Tver": ("RU", None),
            "Zagorsk": ("RU", None),
            "Sergiyev Posad": ("RU", None),
            "Ulyanovsk": ("RU", None),
            "Tolyatti": ("RU", None),
            "Togliatti": None,
            "Ordzhonikidze": ("RU", None),
            "Vladikavkaz": ("RU", None),
        },
    ),
    (
        "h",
        (
            "MARBURG, Germany — Scientists from 40 countries met in Marburg this week for a "
            "conference on viruses named after places, and the host city opened it with an apology "
            'of sorts. "Marburg is a university town with a castle and a lot of students. '
            'Unfortunately, most people know it from the Marburg virus," said the deputy mayor, '
            "Anna Keller. The virus was identified in 1967 after laboratory workers in Marburg, "
            "Frankfurt and Belgrade fell ill while handling monkeys imported from Uganda. Other "
            "viruses took their names from even smaller places. Norwalk virus, the classic winter "
            "vomiting bug, is named after Norwalk, Ohio, where it struck an elementary school in "
            "1968, and the Coxsackie viruses after Coxsackie, a village on the Hudson in New York. "
            "Zika was first found in a monkey in a forest near Entebbe, and Hendra, a horse-racing "
            "suburb of Brisbane, lent its name to a virus in 1994. Lyme disease is named after "
            "Lyme and Old Lyme in Connecticut. Since 2015 the World Health Organization has told "
            "scientists to avoid place names altogether, after Mexico objected to talk of a "
            "Mexican flu in 2009."
        ),
        {
            "MARBURG": ("DE", None),
            "Marburg": ("DE", None),
            "Marburg#2": ("DE", None),
            "Marburg#3": None,
            "Marburg#4": ("DE", None),
            "Frankfurt": ("DE", None),
            "Belgrade": ("RS", None),
            "Uganda": ("UG", None),
            "Norwalk": None,
            "Norwalk#2": ("US", "OH"),
            "Ohio": ("US", "OH"),
            "Coxsackie": None,
            "Coxsackie#2": ("US", "NY"),
            "Zika": None,
            "Entebbe": ("UG", None),
            "Hendra": ("AU", None),
            "Brisbane": ("AU", None),
            "Lyme": None,
            "Connecticut": ("US", "CT"),
            "Mexico": ("MX", None),
        },
    ),
    (
        "i",
        (
            "RED DEER, Alberta — Red Deer declared a state of local emergency on Sunday after the "
            "Red Deer River rose more than two metres in a day, and the arena of the Red Deer "
            "Rebels, the city's junior hockey team, was turned into a shelter for 300 people. "
            "Others found rooms in hotels in Sylvan Lake, and Innisfail, 30 km to the south, sent "
            "sandbags. The river, which gave the city its name, is expected to crest downstream at "
            "Drumheller on Tuesday. In Calgary, where the Bow and Elbow rivers flooded much of "
            "downtown in 2013, officials said the reservoirs were holding, and Lethbridge, on the "
            "Oldman, was spared. Medicine Hat, on the South Saskatchewan, expects its peak on "
            "Thursday, and the Medicine Hat Tigers have postponed a summer camp. Across the border "
            "in Saskatchewan, heavy rain swelled the creek that gave Swift Current its name, and "
            'the Moose Jaw River spilled into parks in Moose Jaw. "Every town out here is named '
            "after the water that floods it,\" said Red Deer's mayor, Dana Hollister. Edmonton "
            "promised disaster aid on Monday, and Regina said it would match it."
        ),
        {
            "RED DEER": ("CA", "01"),
            "Red Deer": ("CA", "01"),
            "Red Deer#3": None,
            "Sylvan Lake": ("CA", "01"),
            "Innisfail": ("CA", "01"),
            "Drumheller": ("CA", "01"),
            "Calgary": ("CA", "01"),
            "Lethbridge": ("CA", "01"),
            "Medicine Hat": ("CA", "01"),
            "Medicine Hat#2": None,
            "Saskatchewan#2": ("CA", "11"),
            "Swift Current": ("CA", "11"),
            "Moose Jaw#2": ("CA", "11"),
            "Red Deer#4": ("CA", "01"),
            "Edmonton": ("CA", "01"),
            "Regina": ("CA", "11"),
        },
    ),
    (
        "j",
        (
            "WICHITA, Kan. — Kansas closed a three-day classic rock festival in Wichita on "
            'Saturday night, and the crowd sang every word of "Carry On Wayward Son" as if the '
            "band had never left home. The group was formed in Topeka in the early 1970s, took its "
            "name from its home state of Kansas and has sold more than 30 million records. The "
            "festival's line-up read like an atlas. Boston, whose guitarist recorded much of the "
            "band's first album in his basement in Massachusetts, played on Friday, and Chicago "
            'brought its horn section on Thursday. Europe, the Swedish band behind "The Final '
            'Countdown", flew in from Stockholm, and Alabama, the country group from Fort Payne, '
            'Alabama, drew the biggest crowd of the weekend. "We get asked for directions a lot," '
            "joked the singer of Texas, a band from Glasgow. Asia pulled out because of illness. "
            "Organisers said fans came from as far as Denver, and next year's festival will move "
            "to Topeka."
        ),
        {
            "WICHITA": ("US", "KS"),
            "Kansas": None,
            "Wichita": ("US", "KS"),
            "Topeka": ("US", "KS"),
            "Kansas#2": ("US", "KS"),
            "Boston": None,
            "Massachusetts": ("US", "MA"),
            "Chicago": None,
            "Europe": None,
            "Stockholm": ("SE", None),
            "Alabama": None,
            "Fort Payne": ("US", "AL"),
            "Alabama#2": ("US", "AL"),
            "Texas": None,
            "Glasgow": ("GB", "SCT"),
            "Asia": None,
            "Denver": ("US", "CO"),
            "Topeka#2": ("US", "KS"),
        },
    ),
]

_A36 = "NAZARETH, Pa. — Nazareth will "
_B36 = "MIDDELBURG, South Africa — Mid"
_C36 = "DUBLIN — Reporters from the To"
_D36 = "BEAUVAIS, France — Passengers "
_E36 = "ALGECIRAS, Spain — Spain's sum"
_F36 = "STOUGHTON, Wis. — Stoughton ex"
_G36 = "YEKATERINBURG, Russia — A muse"
_H36 = "MARBURG, Germany — Scientists "
_I36 = "RED DEER, Alberta — Red Deer d"
_J36 = "WICHITA, Kan. — Kansas closed "
BATCH_36_XFAIL: dict[tuple[str, str], str] = {
    (_A36, "Bethlehem"): ("first run (334ee5d): 'Bethlehem' not found as a place (overlap: None)"),
    (_A36, "Bethlehem#3"): (
        "first run (334ee5d): 'Bethlehem#3' not found as a place (overlap: None)"
    ),
    (_A36, "Nazareth#5"): (
        "first run (334ee5d): 'Nazareth#5' should be no place, got Nazareth (US, PA)"
    ),
    (_B36, "Ermelo"): ("first run (334ee5d): 'Ermelo' Ermelo in NL"),
    (_B36, "Amsterdam"): ("first run (334ee5d): 'Amsterdam' Amsterdam in NL"),
    (_B36, "Dordrecht"): ("first run (334ee5d): 'Dordrecht' Dordrecht in NL"),
    (_C36, "London"): ("first run (334ee5d): 'London' London in CA"),
    (_C36, "Lisbon"): ("first run (334ee5d): 'Lisbon' Lisbon in US"),
    (_D36, "Charleroi#2"): (
        "first run (334ee5d): 'Charleroi#2' not found as a place (overlap: None)"
    ),
    (_D36, "Charleroi#3"): (
        "first run (334ee5d): 'Charleroi#3' not found as a place (overlap: None)"
    ),
    (_D36, "Bergamo"): ("first run (334ee5d): 'Bergamo' not found as a place (overlap: None)"),
    (_E36, "Tangier"): ("first run (334ee5d): 'Tangier' not found as a place (overlap: None)"),
    (_E36, "Gibraltar#2"): (
        "first run (334ee5d): 'Gibraltar#2' not found as a place (overlap: None)"
    ),
    (_F36, "Norway"): ("first run (334ee5d): 'Norway' Norway in US"),
    (_F36, "Westby"): ("first run (334ee5d): 'Westby' not found as a place (overlap: None)"),
    (_F36, "Green Bay#2"): (
        "first run (334ee5d): 'Green Bay#2' should be no place, got Green Bay (US, WI)"
    ),
    (_G36, "Ordzhonikidze"): (
        "first run (334ee5d): 'Ordzhonikidze' not found as a place (overlap: None)"
    ),
    (_G36, "Vladikavkaz"): (
        "first run (334ee5d): 'Vladikavkaz' not found as a place (overlap: None)"
    ),
    (_I36, "Innisfail"): ("first run (334ee5d): 'Innisfail' Innisfail in AU"),
    (_I36, "Swift Current"): (
        "first run (334ee5d): 'Swift Current' not found as a place (overlap: None)"
    ),
    (_J36, "Kansas"): ("first run (334ee5d): 'Kansas' should be no place, got Kansas (US, KS)"),
    (_J36, "Kansas#2"): ("first run (334ee5d): 'Kansas#2' Kansas, IL"),
    (_J36, "Boston"): ("first run (334ee5d): 'Boston' should be no place, got Boston (US, MA)"),
    (_J36, "Chicago"): ("first run (334ee5d): 'Chicago' should be no place, got Chicago (US, IL)"),
    (_J36, "Glasgow"): ("first run (334ee5d): 'Glasgow' Glasgow in US"),
    (_J36, "Asia"): ("first run (334ee5d): 'Asia' should be no place, got Asia (, )"),
}
BATCH_36_NAMES = _named_params(36, BATCH_36, BATCH_36_XFAIL)

# Blind trap batch 37: ten articles written before the code was run on them, about topics the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or None)
# pair, or None when the mention must not be taken as a place; "Name#2" is the second occurrence of
# the exact string in the text (the dateline included, and occurrences inside longer names counted,
# as in 'Hurricane Milton', 'West Country Farmhouse Cheddar', 'the Bakewell pudding class', 'Miami
# University', 'the lower Chubut valley', 'the Santa Fe railroad', 'the Bank of Baroda', 'the
# Marshall Islands', 'the Gilbert Islands', 'Norfolk Island' or 'Zebre Parma'; the match is
# case-sensitive, so the capitalised dateline 'MILTON' is a string of its own). No keyed name occurs
# inside a longer word in its article (no 'Welsh' keyed beside 'Welshman' in (f), no 'Oxford' in the
# article (d) that names Oxfordshire).
# (a) towns that share their names with hurricanes: 'MILTON, Fla.' and Milton five times (the
# Florida town the first and third; the second inside 'Hurricane Milton' and the fourth in a list of
# retired storm names, no places; the fifth 'Milton, Massachusetts'), Pensacola, Siesta Key and
# Sarasota (where the storm came ashore), Harvey twice (the Louisiana town across the river from New
# Orleans, then 'Hurricane Harvey', no place), New Orleans, Houston, Sandy twice (the Utah city,
# then 'Hurricane Sandy', no place), Florence twice (the South Carolina city, then 'Hurricane
# Florence', no place), South Carolina, Massachusetts; 'Fla.', the Blackwater River, Louisiana, Salt
# Lake City, New York, New Jersey, the third Harvey, Sandy and Florence (in the list of retired
# names, like the fourth Milton) and Debby Walsh (a clerk whose first name was a storm's in 2024)
# left unkeyed;
# (b) Army posts named like towns: 'FORT BRAGG, Calif.' and Fort Bragg twice (the California town
# the first, the North Carolina post, a populated place in GeoNames, the second), North Carolina
# twice, Fort Hood (the Texas post), Texas twice, Killeen, Fort Lee twice (the Virginia post the
# first, the New Jersey borough the second), Virginia, New Jersey, Fayetteville (North Carolina's,
# not Arkansas's), Fort Worth (a city named after an Army post); 'Calif.', the Mendocino coast,
# Braxton Bragg, Roland Bragg and Fitz Lee (men; no key on 'Bragg' or 'Lee'), 'Confederate', the
# Pentagon, the George Washington Bridge and Fort Liberty (the post's name from 2023 to 2025,
# unsure) left unkeyed;
# (c) cheeses named after towns: 'CHEDDAR, England' and Cheddar four times (the Somerset village the
# first; inside 'West Country Farmhouse Cheddar', in 'the only Cheddar' and in 'American Cheddar',
# cheeses, the second to fourth), Gouda (the Dutch town), Edam twice (the town, then 'balls of
# Edam', a cheese), Stilton three times (the Cambridgeshire village the first and third, the cheese
# the second), Cambridgeshire, Gorgonzola twice (the town near Milan, then the cheese), Milan,
# Gruyères (the Swiss town; the cheese is not named), Caerphilly (the Welsh town), Bath; Somerset,
# the Mendip Hills, 'Dutch', Italy, Switzerland, 'Welsh', the West Country, 'American', Bristol,
# Wells and Wisconsin left unkeyed;
# (d) cakes and buns named after towns, told with towns whose names are common words opening
# sentences: 'BAKEWELL, England' and Bakewell twice (the Derbyshire town, opening a sentence, then
# inside 'the Bakewell pudding class', a pudding), Derbyshire, Eccles (the town near Manchester, a
# surname too), Manchester, Banbury, Oxfordshire, Bath (opening a sentence), Chelsea twice (the
# London district opening a sentence, then 'Chelsea buns'), Dundee, Scotland, Shrewsbury, Reading
# (opening a sentence), March (the Cambridgeshire town opening a sentence, a month too); 'British',
# London, Paris and Vienna (the jury's chefs) left unkeyed;
# (e) universities and their towns: 'OXFORD, Ohio' and Oxford three times (the Ohio town the first
# and second, 'Oxford, Mississippi' the third), Miami three times (inside 'Miami University', named
# after a people, the first; the Florida city the second; 'the Miami people' the third), Mississippi
# the first time, Durham three times (a librarian named Grace Durham, no place; the English city;
# 'Durham, North Carolina'), North Carolina, Princeton twice (the New Jersey town, then 'Princeton,
# British Columbia'), British Columbia, Athens (the Ohio city, not the Greek capital or the Georgia
# city), Yale and Harvard (universities named after benefactors, no places), Harvard the second time
# (the Illinois city); 'Ohio' three times (in the dateline, in 'Athens, Ohio' and inside 'Ohio
# University'), Cincinnati, 'English', 'Mississippi' inside 'the University of Mississippi',
# England, 'American', Duke, New Jersey and Illinois left unkeyed;
# (f) the Welsh towns of Patagonia: 'TRELEW, Argentina' and Trelew, Cardiff, Bala (the Welsh town,
# not the Ontario one), Aberystwyth, Lewis twice (in 'Lewis's town' and Lewis Jones, a man's first
# name, no place, though Lewis is a Scottish island too), Liverpool, Puerto Madryn and Porth Madryn
# (its Welsh name), Gaiman, Dolavon, Rawson (the provincial capital, a surname too), 'Argentine' as
# the country, Trevelin, Chubut the second time (the province), Wales; 'Welsh' six times (the sixth
# inside 'Welshman'), Patagonia, the Mimosa (a ship), Buenos Aires, the Andes, Esquel and the first
# Chubut (inside 'the lower Chubut valley', a valley) left unkeyed;
# (g) Spanish names in Colorado and New Mexico: 'PUEBLO, Colo.' and Pueblo (the Colorado city; a
# Spanish common word), Colorado the first time, New Mexico, Salida (the Colorado town, Spanish for
# exit, not the California one), Alamosa, Trinidad three times (the Colorado town; 'the Caribbean
# island of Trinidad'; 'Trinidad in Cuba'), Raton, Taos, Santa Fe twice (the New Mexico capital,
# then 'the Santa Fe railroad', no place), Argentina, Albuquerque, Alburquerque (the Spanish town),
# Las Cruces, Socorro (the New Mexico city, not the Texas or Colombian one); 'Colo.', the Arkansas
# River, 'Spanish' four times, 'Caribbean', Cuba, Extremadura, Rosa Medina and the second 'Colorado'
# (a word in a quote) left unkeyed;
# (h) Indian cities under old and new names: 'VADODARA, India' and Vadodara, Baroda twice (inside
# 'the Bank of Baroda' and 'the Baroda cricket team', a bank and a team, no places), Mysore twice
# (the city's former name, then 'Mysore Pak', a sweet, no place), Mysuru, Belgaum and Belagavi,
# Trivandrum and Thiruvananthapuram, Cochin twice (the city's former name, then 'Cochin Shipyard', a
# company), Kochi twice (the Kerala city, then 'Kochi in Japan'), Simla and Shimla, Benares and
# Varanasi; 'India', 'Gujarati', Karnataka, Kerala, Japan, Ahmedabad and Karnavati (a proposed name)
# left unkeyed;
# (i) Pacific island groups named after men: 'NUKU'ALOFA, Tonga' and Nuku'alofa, the Marshall
# Islands, Marshall the second time (John Marshall, a captain), Kiribati, Gilbert the second time
# (Thomas Gilbert, a captain) and the third ('Gilbert, Arizona'), Arizona, the Cook Islands, Cook
# the second and third time (James Cook), the Solomon Islands, Solomon the second time (King
# Solomon), Norfolk Island, Norfolk the second time ('a duchess of Norfolk', a title) and the third
# ('Norfolk, Virginia'), Pitcairn (the Pennsylvania borough), the Pitcairn Islands, Tonga the second
# time ("Tonga's postmaster", the country); 'Tonga' in the dateline, 'Pacific', 'British', the
# Gilbert Islands (the old name of part of Kiribati), 'Spanish', Virginia and Pittsburgh left
# unkeyed;
# (j) rugby teams named after provinces and cities: 'LIMERICK, Ireland' and Limerick twice, Munster
# four times (the team the first, in 'the Munster coach' the second, 'Munster, Indiana' the third
# and 'Munster in Alsace' the fourth), Leinster, Ulster and Connacht (teams, no places, though
# provinces too), Belfast, Galway, Parma (inside 'Zebre Parma', a team), Edinburgh and Cardiff
# (teams), Durban, Pretoria, Indiana; 'Ireland' in the dateline, the Bulls, the Sharks, Thomond
# Park, the United Rugby Championship, 'Scottish', Benetton, Treviso, Chicago, 'Dutch', Alsace and
# Dublin left unkeyed.
# Decisions (as in batches 7-36): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('Fla.', 'Calif.', 'England', 'Ohio', 'Argentina',
# 'Colo.', 'India', 'Tonga', 'Ireland'); a storm is no place though it carries a town's name
# ('Hurricane Milton', 'Hurricane Harvey', 'Hurricane Sandy', 'Hurricane Florence', and Milton in a
# list of retired names), nor is a cheese, a cake or a sweet (Edam, Stilton, Gorgonzola and Cheddar
# as cheeses, the Bakewell pudding, Chelsea buns, Mysore Pak), a team (Munster, Leinster, Ulster,
# Connacht, Zebre Parma, Edinburgh, Cardiff), a university named after a people or a benefactor
# (Miami University, Yale, Harvard), a bank, a company or a railroad ('the Bank of Baroda', the
# Baroda team, Cochin Shipyard, the Santa Fe railroad), or a person's first name, surname or title
# (Grace Durham, Lewis Jones and 'Lewis's town', John Marshall, Thomas Gilbert, James Cook, King
# Solomon, a duchess of Norfolk, 'the Miami people'); a military post that GeoNames holds as a
# populated place is that place (Fort Bragg in North Carolina, Fort Hood, Fort Lee in Virginia); a
# town whose name is a common word is a place when the text means the town, at the start of a
# sentence too (Bath, Chelsea, Reading, March, Pueblo, Salida); a nationality adjective is its
# country ('Argentine'); a former or other-language name is the current place (Mysore, Belgaum,
# Trivandrum, Cochin, Simla and Benares for Mysuru, Belagavi, Thiruvananthapuram, Kochi, Shimla and
# Varanasi, Porth Madryn for Puerto Madryn); a name inside a longer place name is keyed as the
# longer name ('Marshall Islands', 'Cook Islands', 'Solomon Islands', 'Norfolk Island', 'Pitcairn
# Islands', 'Siesta Key'); a town named like a bigger or better-known place is the town the text
# means (Milton in Florida except the fifth in Massachusetts; Harvey in Louisiana; Sandy in Utah;
# Florence in South Carolina; Fort Bragg in California, then North Carolina; Fort Lee in Virginia,
# then New Jersey; Fayetteville in North Carolina; Oxford in Ohio, then Mississippi; Miami in
# Florida; Durham in England, then North Carolina; Princeton in New Jersey, then British Columbia;
# Athens in Ohio; Harvard in Illinois; Bala in Wales; Trinidad in Colorado, then the island and
# Cuba; Salida in Colorado; Socorro in New Mexico; Kochi in Kerala, then Japan; Gilbert in Arizona;
# Norfolk in Virginia; Pitcairn in Pennsylvania; Munster in Indiana and in Alsace). Not keyed:
# rivers, valleys, coasts, hills, bridges, stadiums, competitions, island groups under old names and
# regions (the Blackwater River, the Arkansas River, the lower Chubut valley, the Mendocino coast,
# the Mendip Hills, the George Washington Bridge, Thomond Park, the United Rugby Championship, the
# Gilbert Islands, the West Country, Patagonia, the Andes, Alsace), languages and peoples ('Welsh',
# 'Gujarati', 'Spanish', 'Dutch'), readings that are unsure (Fort Liberty, the second 'Colorado',
# 'Ohio University', 'the University of Mississippi', 'English', 'American', 'British', 'Scottish',
# Karnavati) and names left unkeyed to keep the batch near 170 (listed with each article).
# 178 names are keyed. Admin1 codes are GeoNames': US two-letter states (AZ, CA, CO, FL, IL, IN, LA,
# MA, MS, NC, NJ, NM, OH, PA, SC, TX, UT, VA), GB ENG England, WLS Wales, SCT Scotland and NIR
# Northern Ireland, and CA 02 British Columbia. All other countries are checked at country level
# (the Netherlands, Italy, Switzerland, Argentina, Trinidad and Tobago, Cuba, Spain, India, Japan,
# Tonga, the Marshall Islands, Kiribati, the Cook Islands, the Solomon Islands, Norfolk Island, the
# Pitcairn Islands, Ireland, South Africa, France).
BATCH_37: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "MILTON, Fla. — Milton, a town of 10,000 people on the Blackwater River north-east of "
            "Pensacola, is tired of condolences. Hurricane Milton never came near it: the storm "
            "came ashore last October at Siesta Key, south of Sarasota, about 350 miles down the "
            'coast. "We still get cards asking if the church roof held," said the town clerk, '
            "Debby Walsh. Milton is not the only namesake. Harvey, Louisiana, across the river "
            "from New Orleans, stayed dry in 2017 while Hurricane Harvey drowned Houston. Sandy, a "
            "city of 90,000 outside Salt Lake City, sold T-shirts after Hurricane Sandy hit New "
            "York and New Jersey in 2012. Florence, South Carolina, was less lucky: Hurricane "
            "Florence flooded its farms and roads in 2018. Forecasters retire the names of deadly "
            "storms, so no future hurricane will be called Milton, Harvey, Sandy or Florence. "
            "Walsh said the town council in Milton, Massachusetts, had written to offer sympathy "
            'too. "They got our mail for a week," she said.'
        ),
        {
            "MILTON": ("US", "FL"),
            "Milton": ("US", "FL"),
            "Pensacola": ("US", "FL"),
            "Milton#2": None,
            "Siesta Key": ("US", "FL"),
            "Sarasota": ("US", "FL"),
            "Milton#3": ("US", "FL"),
            "Harvey": ("US", "LA"),
            "New Orleans": ("US", "LA"),
            "Harvey#2": None,
            "Houston": ("US", "TX"),
            "Sandy": ("US", "UT"),
            "Sandy#2": None,
            "Florence": ("US", "SC"),
            "South Carolina": ("US", "SC"),
            "Florence#2": None,
            "Milton#4": None,
            "Milton#5": ("US", "MA"),
            "Massachusetts": ("US", "MA"),
        },
    ),
    (
        "b",
        (
            "FORT BRAGG, Calif. — Fort Bragg, a fishing and timber town of 7,000 on the Mendocino "
            "coast, was named in 1857 after Braxton Bragg, the Confederate general whose name the "
            "Army took off its biggest base two years ago. When the Pentagon restored the name "
            "Fort Bragg to the post in North Carolina this year, it said the base now honored a "
            'different man, Roland Bragg, a private who won the Silver Star in World War II. "They '
            'found a better Bragg. We are still stuck with the old one," said a city council '
            "member, Lena Ortiz. The Army also brought back Fort Hood in Texas, now named for a "
            "World War I officer, to the relief of shopkeepers in Killeen, and Fort Lee in "
            "Virginia, whose namesake is now Fitz Lee, a Black private who won the Medal of Honor "
            "in 1898. In Fort Lee, New Jersey, a borough at the foot of the George Washington "
            "Bridge, nobody was asked. Fayetteville, the city outside the North Carolina base, had "
            "only just repainted its signs for Fort Liberty. Fort Worth, the Texas city that grew "
            "up around an Army post, never had to choose."
        ),
        {
            "FORT BRAGG": ("US", "CA"),
            "Fort Bragg": ("US", "CA"),
            "Fort Bragg#2": ("US", "NC"),
            "North Carolina": ("US", "NC"),
            "Fort Hood": ("US", "TX"),
            "Texas": ("US", "TX"),
            "Killeen": ("US", "TX"),
            "Fort Lee": ("US", "VA"),
            "Virginia": ("US", "VA"),
            "Fort Lee#2": ("US", "NJ"),
            "New Jersey": ("US", "NJ"),
            "Fayetteville": ("US", "NC"),
            "North Carolina#2": ("US", "NC"),
            "Fort Worth": ("US", "TX"),
            "Texas#2": ("US", "TX"),
        },
    ),
    (
        "c",
        (
            "CHEDDAR, England — Cheddar, the Somerset village at the foot of the Mendip Hills, "
            "held a fair on Saturday for towns whose names went round the world on a cheese. A "
            "farmer from Gouda brought wheels of the Dutch cheese, and the deputy mayor of Edam "
            "handed out red-waxed balls of Edam. The pub landlord from Stilton admitted that "
            "Stilton cannot legally be made in Stilton, which lies in Cambridgeshire, outside the "
            "three counties allowed to use the name. From Italy came a dairyman from Gorgonzola, a "
            "town near Milan where little Gorgonzola is made today, and from Switzerland a "
            "cheesemaker from Gruyères. Caerphilly, the Welsh town, sent its mayor and its crumbly "
            "white cheese. West Country Farmhouse Cheddar is the only Cheddar with a protected "
            "designation of origin, and the organisers banned blocks of American Cheddar from the "
            'stalls. "Everyone knows the cheese. Almost nobody knows the village," said the '
            "organiser, Sue Denby. Visitors came from Bristol, Bath and Wells, and a coach party "
            "arrived from Wisconsin."
        ),
        {
            "CHEDDAR": ("GB", "ENG"),
            "Cheddar": ("GB", "ENG"),
            "Gouda": ("NL", None),
            "Edam": ("NL", None),
            "Edam#2": None,
            "Stilton": ("GB", "ENG"),
            "Stilton#2": None,
            "Stilton#3": ("GB", "ENG"),
            "Cambridgeshire": ("GB", "ENG"),
            "Gorgonzola": ("IT", None),
            "Milan": ("IT", None),
            "Gorgonzola#2": None,
            "Gruyères": ("CH", None),
            "Caerphilly": ("GB", "WLS"),
            "Cheddar#2": None,
            "Cheddar#3": None,
            "Cheddar#4": None,
            "Bath": ("GB", "ENG"),
        },
    ),
    (
        "d",
        (
            "BAKEWELL, England — Bakewell has invited the other towns that lent their names to "
            "British cakes and buns to a baking contest next month, the Derbyshire town's council "
            "said on Monday. Entries in the Bakewell pudding class filled within an hour. Eccles, "
            "near Manchester, will bring its flaky currant cakes, and Banbury, in Oxfordshire, its "
            "spiced pastries. Bath, whose sugar-topped buns date from the 18th century, has "
            "entered a team of bakers. Chelsea, the London district, sent no one, though Chelsea "
            "buns will be judged all the same. Dundee, which gave its name to a fruit cake studded "
            "with almonds, will send a baker from Scotland, and Shrewsbury its crisp biscuits. "
            "Reading, whose only link to baking is a biscuit factory that closed in 1976, asked to "
            "take part anyway. March, a fenland town with no cake to its name, offered to judge. "
            '"Everyone knows the cakes. Nobody can find the towns," said the organiser, Pat Moss. '
            "Two pastry chefs from Paris and Vienna will sit on the jury."
        ),
        {
            "BAKEWELL": ("GB", "ENG"),
            "Bakewell": ("GB", "ENG"),
            "Derbyshire": ("GB", "ENG"),
            "Bakewell#2": None,
            "Eccles": ("GB", "ENG"),
            "Manchester": ("GB", "ENG"),
            "Banbury": ("GB", "ENG"),
            "Oxfordshire": ("GB", "ENG"),
            "Bath": ("GB", "ENG"),
            "Chelsea": ("GB", "ENG"),
            "Chelsea#2": None,
            "Dundee": ("GB", "SCT"),
            "Scotland": ("GB", "SCT"),
            "Shrewsbury": ("GB", "ENG"),
            "Reading": ("GB", "ENG"),
            "March": ("GB", "ENG"),
        },
    ),
    (
        "e",
        (
            "OXFORD, Ohio — Miami University welcomed 4,300 new students to Oxford this week, and, "
            "as every autumn, a few admitted they had expected palm trees. The university, founded "
            "in 1809, is 35 miles from Cincinnati and more than 1,100 miles from Miami, and takes "
            "its name from the Miami people who once lived in the valley. Oxford itself was named "
            "after the English university town, as was Oxford, Mississippi, home of the University "
            'of Mississippi. "We get their mail, and they get our football fans," said a campus '
            "librarian, Grace Durham. The town has signed a friendship pact with Durham, in "
            "northern England, whose university draws many American students, rather than with "
            "Durham, North Carolina, home of Duke. Princeton, the New Jersey town, already has a "
            "partner in Princeton, British Columbia. The mayor of Athens, Ohio, home of Ohio "
            "University, sent congratulations. Yale and Harvard were named after benefactors "
            "rather than towns, though there is a Harvard in Illinois."
        ),
        {
            "OXFORD": ("US", "OH"),
            "Miami": None,
            "Oxford": ("US", "OH"),
            "Miami#2": ("US", "FL"),
            "Miami#3": None,
            "Oxford#2": ("US", "OH"),
            "Oxford#3": ("US", "MS"),
            "Mississippi": ("US", "MS"),
            "Durham": None,
            "Durham#2": ("GB", "ENG"),
            "Durham#3": ("US", "NC"),
            "North Carolina": ("US", "NC"),
            "Princeton": ("US", "NJ"),
            "Princeton#2": ("CA", "02"),
            "British Columbia": ("CA", "02"),
            "Athens": ("US", "OH"),
            "Yale": None,
            "Harvard": None,
            "Harvard#2": ("US", "IL"),
        },
    ),
    (
        "f",
        (
            "TRELEW, Argentina — Trelew marked 160 years since Welsh settlers landed in Patagonia "
            "with a choir festival on Monday that drew singers from Cardiff, Bala and Aberystwyth. "
            "The town's name means Lewis's town in Welsh, after Lewis Jones, who built the railway "
            "that made it. In 1865 about 150 settlers sailed from Liverpool on the Mimosa and "
            "landed at what is now Puerto Madryn, Porth Madryn to the settlers, named after the "
            "Welsh estate of one of the colony's backers. They dug their first irrigation ditches "
            "in the lower Chubut valley. In Gaiman, up the valley, tea houses serve Welsh cakes to "
            "coach parties from Buenos Aires, and chapels around Dolavon still hold services in "
            "Welsh. Rawson, the provincial capital, is named after an Argentine minister, not a "
            "Welshman. Later settlers crossed the desert to the Andes and founded Trevelin, near "
            "Esquel; its name means mill town. A few thousand people in Chubut still speak the "
            'language, and teachers from Wales arrive every year. "Our grandparents built a little '
            "country here,\" said the choir's director, Eluned Roberts."
        ),
        {
            "TRELEW": ("AR", None),
            "Trelew": ("AR", None),
            "Cardiff": ("GB", "WLS"),
            "Bala": ("GB", "WLS"),
            "Aberystwyth": ("GB", "WLS"),
            "Lewis": None,
            "Lewis#2": None,
            "Liverpool": ("GB", "ENG"),
            "Puerto Madryn": ("AR", None),
            "Porth Madryn": ("AR", None),
            "Gaiman": ("AR", None),
            "Dolavon": ("AR", None),
            "Rawson": ("AR", None),
            "Argentine": ("AR", None),
            "Trevelin": ("AR", None),
            "Chubut#2": ("AR", None),
            "Wales": ("GB", "WLS"),
        },
    ),
    (
        "g",
        (
            "PUEBLO, Colo. — Pueblo, the old steel city on the Arkansas River, on Tuesday opened a "
            "driving route through the Spanish place names of southern Colorado and northern New "
            "Mexico. Drivers start in Salida, whose name is Spanish for exit, and head south "
            "through Alamosa, named for its cottonwoods, to Trinidad, which shares its name with "
            "the Caribbean island of Trinidad and with Trinidad in Cuba. Across the state line the "
            "route passes Raton and Taos on the way to Santa Fe, the oldest state capital in the "
            "country, whose namesake in Argentina is a provincial capital of 400,000 people. "
            "Visitors often ask about the Santa Fe railroad, whose main line bypassed the city. "
            "The route ends in Albuquerque, whose spelling lost an r from that of Alburquerque, "
            "the town in Extremadura that gave a Spanish duke his title. Las Cruces and Socorro "
            'want a second leg. "Colorado itself is a Spanish word," said a state tourism '
            'official, Rosa Medina. "We just stopped translating."'
        ),
        {
            "PUEBLO": ("US", "CO"),
            "Pueblo": ("US", "CO"),
            "Colorado": ("US", "CO"),
            "New Mexico": ("US", "NM"),
            "Salida": ("US", "CO"),
            "Alamosa": ("US", "CO"),
            "Trinidad": ("US", "CO"),
            "Trinidad#2": ("TT", None),
            "Trinidad#3": ("CU", None),
            "Raton": ("US", "NM"),
            "Taos": ("US", "NM"),
            "Santa Fe": ("US", "NM"),
            "Argentina": ("AR", None),
            "Santa Fe#2": None,
            "Albuquerque": ("US", "NM"),
            "Alburquerque": ("ES", None),
            "Las Cruces": ("US", "NM"),
            "Socorro": ("US", "NM"),
        },
    ),
    (
        "h",
        (
            "VADODARA, India — Vadodara has used its Gujarati name officially since 1974, yet the "
            "city's best-known company is still the Bank of Baroda, and the Baroda cricket team "
            "still plays under the old name. The same split runs through Karnataka, where Mysore "
            "became Mysuru and Belgaum became Belagavi in 2014, but Mysore Pak, a sweet of gram "
            "flour and ghee, kept its name. In Kerala, Trivandrum has been Thiruvananthapuram "
            "since 1991 and Cochin has been Kochi since 1996, though Cochin Shipyard never changed "
            "its name. Travel agents say a few tourists each year book flights to Kochi in Japan "
            'by mistake. "The new names are for the signboards. The old ones are for the heart," '
            "said a historian, Meera Desai. Simla became Shimla long ago, and Benares is now "
            "Varanasi. Officials in Ahmedabad, which some politicians want renamed Karnavati, say "
            "no change is planned."
        ),
        {
            "VADODARA": ("IN", None),
            "Vadodara": ("IN", None),
            "Baroda": None,
            "Baroda#2": None,
            "Mysore": ("IN", None),
            "Mysuru": ("IN", None),
            "Belgaum": ("IN", None),
            "Belagavi": ("IN", None),
            "Mysore#2": None,
            "Trivandrum": ("IN", None),
            "Thiruvananthapuram": ("IN", None),
            "Cochin": ("IN", None),
            "Kochi": ("IN", None),
            "Cochin#2": None,
            "Kochi#2": ("JP", None),
            "Simla": ("IN", None),
            "Shimla": ("IN", None),
            "Benares": ("IN", None),
            "Varanasi": ("IN", None),
        },
    ),
    (
        "i",
        (
            "NUKU'ALOFA, Tonga — A Pacific stamp fair opened in Nuku'alofa on Thursday with a "
            "display of island groups named after men who never lived on them. The Marshall "
            "Islands take their name from John Marshall, a British captain who sailed through them "
            "in 1788, and the Gilbert Islands, now part of Kiribati, from his fellow captain "
            "Thomas Gilbert. A dealer from Gilbert, Arizona, a city of 270,000 named after a local "
            "landowner, brought letters franked in both places. The Cook Islands honour James "
            "Cook, and the Solomon Islands were named by a Spanish explorer who hoped to find the "
            "riches of King Solomon there. Norfolk Island, which Cook named after a duchess of "
            "Norfolk, sent two of its three postal clerks; a collector from Norfolk, Virginia, "
            "came to meet them. Pitcairn, a borough near Pittsburgh, has asked the Pitcairn "
            'Islands to twin with it. "Every island here was named twice, once by us and once by a '
            "stranger,\" said Tonga's postmaster, Sione Fifita."
        ),
        {
            "NUKU'ALOFA": ("TO", None),
            "Nuku'alofa": ("TO", None),
            "Marshall Islands": ("MH", None),
            "Marshall#2": None,
            "Kiribati": ("KI", None),
            "Gilbert#2": None,
            "Gilbert#3": ("US", "AZ"),
            "Arizona": ("US", "AZ"),
            "Cook Islands": ("CK", None),
            "Cook#2": None,
            "Solomon Islands": ("SB", None),
            "Solomon#2": None,
            "Norfolk Island": ("NF", None),
            "Cook#3": None,
            "Norfolk#2": None,
            "Norfolk#3": ("US", "VA"),
            "Pitcairn": ("US", "PA"),
            "Pitcairn Islands": ("PN", None),
            "Tonga#2": ("TO", None),
        },
    ),
    (
        "j",
        (
            "LIMERICK, Ireland — Munster beat the Bulls 31-24 at Thomond Park in Limerick on "
            "Saturday to go top of the United Rugby Championship. Leinster slipped to second after "
            "losing 20-17 to Ulster in Belfast, while Connacht, playing at home in Galway, beat "
            "Zebre Parma by 30 points. Edinburgh drew with Cardiff in the Scottish capital, and "
            "the Sharks flew home to Durban after losing to Benetton in Treviso. The Bulls, who "
            "play in Pretoria, had not lost since March, and the crowd of 26,000 in Limerick was "
            'the biggest of the season. "People here follow the team the way other places follow a '
            "religion,\" said the Munster coach, Declan Foley. A supporters' club from Munster, "
            "Indiana, a town near Chicago settled by Dutch farmers, flew over for the match, as "
            "did a fan from Munster in Alsace, a town better known for its cheese. Dublin will "
            "host the final in June."
        ),
        {
            "LIMERICK": ("IE", None),
            "Munster": None,
            "Limerick": ("IE", None),
            "Leinster": None,
            "Ulster": None,
            "Belfast": ("GB", "NIR"),
            "Connacht": None,
            "Galway": ("IE", None),
            "Parma": None,
            "Edinburgh": None,
            "Cardiff": None,
            "Durban": ("ZA", None),
            "Pretoria": ("ZA", None),
            "Limerick#2": ("IE", None),
            "Munster#2": None,
            "Munster#3": ("US", "IN"),
            "Indiana": ("US", "IN"),
            "Munster#4": ("FR", None),
        },
    ),
]

_A37 = "MILTON, Fla. — Milton, a town "
_B37 = "FORT BRAGG, Calif. — Fort Brag"
_C37 = "CHEDDAR, England — Cheddar, th"
_D37 = "BAKEWELL, England — Bakewell h"
_E37 = "OXFORD, Ohio — Miami Universit"
_F37 = "TRELEW, Argentina — Trelew mar"
_G37 = "PUEBLO, Colo. — Pueblo, the ol"
_H37 = "VADODARA, India — Vadodara has"
_I37 = "NUKU'ALOFA, Tonga — A Pacific "
_J37 = "LIMERICK, Ireland — Munster be"
BATCH_37_XFAIL: dict[tuple[str, str], str] = {
    (_B37, "Fort Bragg#2"): ("first run (042c7e8): 'Fort Bragg#2' Fort Bragg, CA"),
    (_C37, "Edam#2"): ("first run (042c7e8): 'Edam#2' should be no place, got Edam (NL, 07)"),
    (_C37, "Stilton#2"): (
        "first run (042c7e8): 'Stilton#2' should be no place, got Stilton (GB, ENG)"
    ),
    (_C37, "Gorgonzola#2"): (
        "first run (042c7e8): 'Gorgonzola#2' should be no place, got Gorgonzola (IT, 09)"
    ),
    (_C37, "Cheddar#2"): (
        "first run (042c7e8): 'Cheddar#2' should be no place, got Cheddar (GB, ENG)"
    ),
    (_C37, "Cheddar#3"): (
        "first run (042c7e8): 'Cheddar#3' should be no place, got Cheddar (GB, ENG)"
    ),
    (_C37, "Cheddar#4"): (
        "first run (042c7e8): 'Cheddar#4' should be no place, got Cheddar (GB, ENG)"
    ),
    (_D37, "Derbyshire"): (
        "first run (042c7e8): 'Derbyshire' not found as a place (overlap: None)"
    ),
    (_D37, "Bakewell#2"): (
        "first run (042c7e8): 'Bakewell#2' should be no place, got Bakewell (GB, ENG)"
    ),
    (_D37, "Bath"): ("first run (042c7e8): 'Bath' not found as a place (overlap: None)"),
    (_D37, "Chelsea#2"): (
        "first run (042c7e8): 'Chelsea#2' should be no place, got Chelsea (GB, ENG)"
    ),
    (_D37, "Reading"): ("first run (042c7e8): 'Reading' not found as a place (overlap: None)"),
    (_E37, "Miami"): ("first run (042c7e8): 'Miami' should be no place, got Miami County (US, OH)"),
    (_E37, "Miami#2"): ("first run (042c7e8): 'Miami#2' Miami County, OH"),
    (_E37, "Miami#3"): ("first run (042c7e8): 'Miami#3' should be no place, got Miami (US, FL)"),
    (_E37, "Durham#2"): ("first run (042c7e8): 'Durham#2' not found as a place (overlap: None)"),
    (_E37, "Harvard#2"): ("first run (042c7e8): 'Harvard#2' not found as a place (overlap: None)"),
    (_G37, "Trinidad#2"): ("first run (042c7e8): 'Trinidad#2' Trinidad in US"),
    (_G37, "Santa Fe#2"): (
        "first run (042c7e8): 'Santa Fe#2' should be no place, got Santa Fe (US, NM)"
    ),
    (_G37, "Alburquerque"): ("first run (042c7e8): 'Alburquerque' Albuquerque in US"),
    (_H37, "Baroda#2"): (
        "first run (042c7e8): 'Baroda#2' should be no place, got Vadodara (IN, 09)"
    ),
    (_H37, "Mysore"): ("first run (042c7e8): 'Mysore' not found as a place (overlap: None)"),
    (_H37, "Cochin"): ("first run (042c7e8): 'Cochin' not found as a place (overlap: None)"),
    (_H37, "Kochi"): ("first run (042c7e8): 'Kochi' Kochi in JP"),
    (_H37, "Simla"): ("first run (042c7e8): 'Simla' not found as a place (overlap: None)"),
    (_H37, "Shimla"): ("first run (042c7e8): 'Shimla' not found as a place (overlap: None)"),
    (_I37, "Norfolk#2"): (
        "first run (042c7e8): 'Norfolk#2' should be no place, got Norfolk (US, VA)"
    ),
    (_J37, "Ulster"): ("first run (042c7e8): 'Ulster' should be no place, got Ulster (IE, U)"),
    (_J37, "Galway"): ("first run (042c7e8): 'Galway' not found as a place (overlap: None)"),
    (_J37, "Munster#2"): (
        "first run (042c7e8): 'Munster#2' should be no place, got Munster (US, IN)"
    ),
    (_J37, "Munster#4"): ("first run (042c7e8): 'Munster#4' Munster in US"),
}
BATCH_37_NAMES = _named_params(37, BATCH_37, BATCH_37_XFAIL)

# Blind trap batch 38: ten articles written before the code was run on them, about themes the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or None)
# pair, or None when the mention must not be taken as a place; "Name#2" is the second occurrence of
# the exact string in the text (the dateline included, whole words as `_occurrence` counts them, and
# occurrences inside longer names counted, as in 'Marquis de Lafayette', 'Diet of Worms', 'Rot-Weiss
# Essen', 'City of New Orleans', 'Texas Eagle', 'Newcastle upon Tyne', 'Stone of Scone', 'Canton
# Fair', 'Peking University', 'Maastricht Treaty', 'Avenida 9 de Julio', 'Kansas City', 'Liberty
# Bell' or 'Fort Rotterdam'; the match is case-sensitive, so the capitalised datelines 'LAFAYETTE',
# 'HAMM', 'CHICAGO', 'NEWCASTLE', 'GUANGZHOU', 'LONDON', 'MAASTRICHT', '9 DE JULIO', 'INDEPENDENCE'
# and 'JAKARTA' are strings of their own). No keyed name is counted inside a longer word, and each
# keyed string occurs as often as a plain substring as it does as a whole word (the apostrophe of
# "Hamm's" and "Chicago's" ends the word).
# (a) French names in Louisiana's Acadiana: 'LAFAYETTE, La.' and Lafayette three times (the
# Louisiana city the first; the second inside 'the Marquis de Lafayette', a person, no place;
# 'Lafayette, Indiana' the third), Quebec (the province or its capital, both in admin1 10), Indiana,
# Baton Rouge, Breaux Bridge, Opelousas, Eunice (a first name too), Abbeville twice (the Louisiana
# rice town, then 'Abbeville in northern France', its founder's home town), France, Thibodaux, Houma
# (not the Tongan village), New Iberia, Louisiana, New Orleans (in a quote, the city), Moncton and
# New Brunswick (admin1 04); 'French' twice (a general's nationality and a language), Avery Island
# (an island), Acadiana (a cultural region, unsure), 'Acadian' and Canada left unkeyed;
# (b) German towns whose names read oddly in English: 'HAMM, Germany' and Hamm three times (the
# Westphalian town the first and second; the third inside "Hamm's", an American beer named after its
# brewer, no place), Essen four times (the city the first three; the fourth inside 'Rot-Weiss
# Essen', a football club, no place), Worms twice (the Rhine city, then 'the Diet of Worms of 1521',
# an assembly, no place), Hof (the Bavarian town, not the Austrian villages), Bavaria, Marl (the
# mining town, a soil too), Halle twice ('Halle in Westphalia' the first, 'Halle an der Saale' the
# second, both Germany), Dortmund, Münster, St. Paul and Minnesota; Germany in the dateline, the
# Ruhr, the Rhine, Westphalia, 'Czech', 'English', 'German' and 'American' left unkeyed;
# (c) named trains leaving Chicago: 'CHICAGO' and Chicago (inside "Chicago's Union Station", the
# city), New Orleans twice (inside 'The City of New Orleans', a train, no place, then the city),
# Memphis, Texas (inside 'the Texas Eagle', a train, no place), San Antonio, California (inside 'The
# California Zephyr', a train, no place), Denver, Emeryville, San Francisco, Seattle, Portland
# (Oregon's, the Empire Builder's western end, not Maine's), Hiawatha (a train named after a poem's
# hero, no place, though towns in Iowa and Kansas share the name), Milwaukee, Quincy twice ('Quincy,
# Illinois', then 'Quincy near Boston' in Massachusetts), Illinois, Boston, Pontiac twice (the
# Michigan city, then 'driven a Pontiac', a car, no place), Detroit; Amtrak, Union Station, the
# Empire Builder, the Carl Sandburg, the Wolverine and Longfellow left unkeyed;
# (d) Hunter Valley towns named after British places: 'NEWCASTLE, Australia' and Newcastle four
# times (the New South Wales city the first; the second inside 'Newcastle upon Tyne', keyed as a
# whole; 'Newcastle United' and 'the Newcastle Knights', clubs, the third and fourth, no places),
# Maitland twice, Morpeth twice (the village near Maitland, then 'Morpeth in Northumberland'),
# Northumberland, Scone four times (the horse town the first and fourth, 'Scone in Perthshire' the
# second, 'the Stone of Scone', a stone, the third, no place), Perthshire, Aberdeen twice (the New
# South Wales town, then 'Aberdeen in Scotland'), Scotland, Singleton (a surname too), Muswellbrook,
# Cessnock, Sydney; Australia in the dateline, the Hunter Valley, Britain, 'English' and 'Scottish'
# left unkeyed;
# (e) Chinese cities under old and new names: 'GUANGZHOU, China' and Guangzhou, Canton three times
# (inside 'The Canton Fair', a trade show, no place; then the city under its old name; then 'Canton,
# Ohio'), Ohio, Hong Kong, Macau, Xiamen and Amoy, Shantou and Swatow, Peking twice (inside 'Peking
# duck', a dish, and 'Peking University', a university, no places), Tianjin and Tientsin, Beijing as
# the government; China in the dateline, 'American', 'English' and 'Western' left unkeyed;
# (f) children named after places: 'LONDON' and England, Wales, then as names, no places, Florence,
# Austin, Brooklyn, Sydney, India, Paris, Georgia, Milan and Chelsea the first time, Chelsea the
# second time ('when Chelsea won the FA Cup', a club), Florence the second time ('never been to
# Florence', the Italian city), Austin the second time ('Austin, Texas') and the third (a boy),
# Texas, Sydney the second time (Sydney Carter, a woman) and the third ('named after Sydney, where
# her parents met', the Australian city), Bristol; the Office for National Statistics and the FA Cup
# left unkeyed;
# (g) treaties and battles named after towns, at an exhibition in Maastricht: 'MAASTRICHT,
# Netherlands' and Maastricht twice (the city, then inside 'the Maastricht Treaty', a treaty, no
# place), Versailles (inside 'the Treaty of Versailles', no place), Paris, Utrecht twice (inside
# 'the Treaty of Utrecht', no place, then the city's archives), Waterloo twice (inside 'the Battle
# of Waterloo', a battle, no place, then the Belgian town), Brussels, Nice (opening a sentence, the
# city, a common word too), Dayton twice (inside 'the Dayton accords', no place, then 'Dayton,
# Ohio'), Bosnia, Ohio, Schengen (the village), Luxembourg; 'Belgian' left unkeyed;
# (h) Argentine and Uruguayan towns named after dates: '9 DE JULIO, Argentina' and '9 de Julio'
# twice (the Buenos Aires province town, then inside 'Avenida 9 de Julio', a street, no place), 'San
# Miguel de Tucumán', Buenos Aires (the capital), '25 de Mayo' twice (the neighbouring town in
# Buenos Aires province, then '25 de Mayo in La Pampa'), La Pampa, Bragado, Chivilcoy, Uruguay
# twice, '25 de Agosto', Florida (the Uruguayan department, not the US state), 'Treinta y Tres',
# Rosario twice (Rosario Ledesma, a woman, no place, then the Argentine city); Argentina in the
# dateline, 'July 9, 1816' and 'May 1810' as dates left unkeyed;
# (i) Missouri towns whose names are common words: 'INDEPENDENCE, Mo.' and Independence three times
# (the Missouri city the first; inside 'Independence Day', a holiday, no place, the second;
# 'Independence, Kansas' the third), Liberty three times (the Missouri town opening a sentence; the
# second and third inside 'the Liberty Bell' and 'the Liberty Memorial', a bell and a monument, no
# places), Philadelphia, Peculiar (opening a sentence), 'Kansas City' twice, Lexington (the Missouri
# river town, not Kentucky's or Massachusetts'), Harrisonville, Kansas the second time (the state;
# the first and third are inside 'Kansas City'); Harry Truman, the Missouri River, the Declaration
# and 'Mo.' left unkeyed;
# (j) Dutch names in Indonesia and their namesakes: 'JAKARTA' and Jakarta twice, Batavia four times
# (Jakarta under its Dutch name the first; the East India Company ship, no place, the second;
# 'Batavia, New York' the third and 'Batavia, Illinois' the fourth), Bogor and Buitenzorg, Makassar,
# Rotterdam twice (inside 'Fort Rotterdam', a fortress, no place, then the Dutch city), Western
# Australia, Lelystad, New York, Illinois, Netherlands, Amsterdam; 'Dutch', 'Indonesian', 'American'
# and the East India Company left unkeyed.
# Decisions (as in batches 7-37): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('La.', 'Germany', 'Australia', 'China',
# 'Netherlands', 'Argentina', 'Mo.'); a club named after a place is no place ('Rot-Weiss Essen',
# 'Newcastle United', 'the Newcastle Knights', Chelsea the second time), nor a train ('The City of
# New Orleans', 'the Texas Eagle', 'The California Zephyr', 'The Hiawatha'), a ship ('the Batavia'),
# a car ('a Pontiac'), a beer ("Hamm's"), a dish ('Peking duck'), a university ('Peking
# University'), a trade show ('The Canton Fair'), a street ('Avenida 9 de Julio'), a stone, a bell,
# a monument or a fortress ('the Stone of Scone', 'the Liberty Bell', 'the Liberty Memorial', 'Fort
# Rotterdam'), a treaty, accord, assembly or battle ('the Maastricht Treaty', 'the Treaty of
# Versailles', 'the Treaty of Utrecht', 'the Dayton accords', 'the Diet of Worms', 'the Battle of
# Waterloo'), a holiday ('Independence Day') or a person's name or title ('the Marquis de
# Lafayette', Florence, Austin, Brooklyn, Sydney, India, Paris, Georgia, Milan and Chelsea as
# children's names, Sydney Carter, Rosario Ledesma); a town whose name is a common word is a place
# when the text means the town, at the start of a sentence too (Marl, Nice, Liberty, Peculiar,
# Independence); a capital named for its government is that place (Beijing); a former name is the
# current place (Canton for Guangzhou, Amoy for Xiamen, Swatow for Shantou, Tientsin for Tianjin,
# Buitenzorg for Bogor, Batavia for Jakarta); a name inside a longer place name is keyed as the
# longer name ('Newcastle upon Tyne', 'Kansas City'); a town named like a bigger or better-known
# place is the town the text means (Lafayette in Louisiana except Indiana's; Abbeville in Louisiana,
# then in France; Halle in Westphalia, then on the Saale; Quincy in Illinois, then in Massachusetts;
# Newcastle, Morpeth, Scone and Aberdeen in New South Wales except the English and Scottish ones
# named beside their county or country; Canton, Ohio; Florence in Italy, Austin in Texas, Sydney in
# Australia; Waterloo in Belgium; Dayton in Ohio; 25 de Mayo in Buenos Aires province, then in La
# Pampa; Florida in Uruguay; Rosario in Argentina; Independence in Missouri, then in Kansas;
# Lexington in Missouri; Batavia in Java, New York and Illinois). Not keyed: rivers, valleys,
# islands, regions, stations, companies and dates (the Ruhr, the Rhine, Westphalia, the Hunter
# Valley, Avery Island, Acadiana, Union Station, Amtrak, the East India Company, the Office for
# National Statistics, the Missouri River), nationality adjectives and languages ('French',
# 'English', 'German', 'American', 'Czech', 'Scottish', 'Western', 'Belgian', 'Dutch', 'Indonesian',
# 'Acadian'), readings that are unsure (Acadiana) and the 'Kansas' inside 'Kansas City'. 186 names
# are keyed. Admin1 codes are GeoNames': US two-letter states (CA, CO, IL, IN, KS, LA, MA, MI, MN,
# MO, NY, OH, OR, PA, TN, TX, WA, WI), Canada 04 New Brunswick and 10 Quebec, and GB ENG England,
# SCT Scotland and WLS Wales. All other countries are checked at country level (France, Germany,
# Australia, China, Hong Kong, Macau, Italy, Netherlands, Belgium, Bosnia and Herzegovina,
# Luxembourg, Argentina, Uruguay, Indonesia).
BATCH_38: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "LAFAYETTE, La. — Lafayette opened its spring music festival on Thursday with a parade "
            "past the statue of the Marquis de Lafayette, the French general the city was renamed "
            "after in 1884. Bands came from Quebec and from Lafayette, Indiana, whose mayor joked "
            "that his city had the same hero but none of the food. Baton Rouge sent a brass band, "
            "and accordion players drove in from Breaux Bridge, Opelousas and Eunice. Abbeville, "
            "the rice town to the south, brought a choir that sang in French; it is named after "
            "Abbeville in northern France, the home town of its founder, a Capuchin priest. "
            "Thibodaux and Houma sent floats hung with shrimp nets, and New Iberia brought hot "
            'sauce from nearby Avery Island. "People think Louisiana is New Orleans," said '
            'festival director Claire Broussard. "Out here we are Acadiana." Visitors from Moncton '
            "in New Brunswick, a centre of Acadian life in Canada, marched with their flag."
        ),
        {
            "LAFAYETTE": ("US", "LA"),
            "Lafayette": ("US", "LA"),
            "Lafayette#2": None,
            "Quebec": ("CA", "10"),
            "Lafayette#3": ("US", "IN"),
            "Indiana": ("US", "IN"),
            "Baton Rouge": ("US", "LA"),
            "Breaux Bridge": ("US", "LA"),
            "Opelousas": ("US", "LA"),
            "Eunice": ("US", "LA"),
            "Abbeville": ("US", "LA"),
            "Abbeville#2": ("FR", None),
            "France": ("FR", None),
            "Thibodaux": ("US", "LA"),
            "Houma": ("US", "LA"),
            "New Iberia": ("US", "LA"),
            "Louisiana": ("US", "LA"),
            "New Orleans": ("US", "LA"),
            "Moncton": ("CA", "04"),
            "New Brunswick": ("CA", "04"),
        },
    ),
    (
        "b",
        (
            "HAMM, Germany — Hamm is tired of the jokes. The railway town on the edge of the Ruhr, "
            "whose name English speakers read as a cured meat, on Monday launched a tourism "
            "campaign with other German towns whose names look odd in English. Essen, whose name "
            'means "to eat", is offering food tours; Worms, on the Rhine, promises that its '
            "cathedral, and not the Diet of Worms of 1521, is the main attraction; and Hof, in "
            "Bavaria near the Czech border, has printed T-shirts. Marl, a former mining town, and "
            "Halle in Westphalia joined too, though Halle an der Saale, the larger city in the "
            "east, declined. The launch in Hamm drew visitors from Dortmund and Münster, and a "
            "brewery historian recalled that Hamm's, the American beer, was founded in St. Paul, "
            'Minnesota, by a German immigrant. "Nobody in Essen laughs at Essen," said the '
            "organiser, Jürgen Kaiser. Fans of Rot-Weiss Essen, the city's football club, handed "
            "out scarves."
        ),
        {
            "HAMM": ("DE", None),
            "Hamm": ("DE", None),
            "Essen": ("DE", None),
            "Worms": ("DE", None),
            "Worms#2": None,
            "Hof": ("DE", None),
            "Bavaria": ("DE", None),
            "Marl": ("DE", None),
            "Halle": ("DE", None),
            "Halle#2": ("DE", None),
            "Hamm#2": ("DE", None),
            "Dortmund": ("DE", None),
            "Münster": ("DE", None),
            "Hamm#3": None,
            "St. Paul": ("US", "MN"),
            "Minnesota": ("US", "MN"),
            "Essen#2": ("DE", None),
            "Essen#3": ("DE", None),
            "Essen#4": None,
        },
    ),
    (
        "c",
        (
            "CHICAGO — Amtrak's long-distance trains left Chicago's Union Station on time on "
            "Friday for the first time in a week, after a signal failure that stranded thousands "
            "of passengers. The City of New Orleans, the overnight train made famous by a 1970s "
            "song, pulled out first for Memphis and New Orleans, followed by the Texas Eagle, "
            "bound for San Antonio. The California Zephyr left for Denver and its terminus at "
            "Emeryville, across the bay from San Francisco, and the Empire Builder for Seattle and "
            "Portland. The Hiawatha, named after the hero of a Longfellow poem, resumed its hourly "
            "runs to Milwaukee, and the Carl Sandburg its trips to Quincy, Illinois, a river town "
            "often confused with Quincy near Boston. Passengers for Pontiac, the Detroit suburb "
            "that gave its name to a car, boarded the Wolverine. One of them, a retired engineer, "
            "said he had driven a Pontiac for 40 years and wished he had driven it this week."
        ),
        {
            "CHICAGO": ("US", "IL"),
            "Chicago": ("US", "IL"),
            "New Orleans": None,
            "Memphis": ("US", "TN"),
            "New Orleans#2": ("US", "LA"),
            "Texas": None,
            "San Antonio": ("US", "TX"),
            "California": None,
            "Denver": ("US", "CO"),
            "Emeryville": ("US", "CA"),
            "San Francisco": ("US", "CA"),
            "Seattle": ("US", "WA"),
            "Portland": ("US", "OR"),
            "Hiawatha": None,
            "Milwaukee": ("US", "WI"),
            "Quincy": ("US", "IL"),
            "Illinois": ("US", "IL"),
            "Quincy#2": ("US", "MA"),
            "Boston": ("US", "MA"),
            "Pontiac": ("US", "MI"),
            "Detroit": ("US", "MI"),
            "Pontiac#2": None,
        },
    ),
    (
        "d",
        (
            "NEWCASTLE, Australia — Newcastle will hold a British heritage weekend next month for "
            "the Hunter Valley towns that took their names from Britain, the council said on "
            "Monday. The city, named after Newcastle upon Tyne, will welcome a delegation from the "
            "English city, and local supporters of Newcastle United plan a screening of a match, "
            "though the Newcastle Knights rugby league club has the bigger following. Maitland "
            "will stage a pipe band contest. Morpeth, a river port village near Maitland, shares "
            "its name with Morpeth in Northumberland, and Scone, the horse-breeding town up the "
            "valley, with Scone in Perthshire, where Scottish kings were crowned on the Stone of "
            "Scone. Aberdeen, a town of 2,000 people south of Scone, will send its mayor to "
            "Aberdeen in Scotland next year. Singleton, Muswellbrook and Cessnock will run coach "
            "tours from Sydney."
        ),
        {
            "NEWCASTLE": ("AU", None),
            "Newcastle": ("AU", None),
            "Newcastle upon Tyne": ("GB", "ENG"),
            "Newcastle#3": None,
            "Newcastle#4": None,
            "Maitland": ("AU", None),
            "Morpeth": ("AU", None),
            "Maitland#2": ("AU", None),
            "Morpeth#2": ("GB", "ENG"),
            "Northumberland": ("GB", "ENG"),
            "Scone": ("AU", None),
            "Scone#2": ("GB", "SCT"),
            "Perthshire": ("GB", "SCT"),
            "Scone#3": None,
            "Aberdeen": ("AU", None),
            "Scone#4": ("AU", None),
            "Aberdeen#2": ("GB", "SCT"),
            "Scotland": ("GB", "SCT"),
            "Singleton": ("AU", None),
            "Muswellbrook": ("AU", None),
            "Cessnock": ("AU", None),
            "Sydney": ("AU", None),
        },
    ),
    (
        "e",
        (
            "GUANGZHOU, China — The Canton Fair opened in Guangzhou on Tuesday with fewer American "
            "buyers than in any spring since the pandemic. The fair, the country's oldest trade "
            "show, still goes by the city's old English name; Canton was the only port open to "
            "Western merchants for much of the 18th century. A furniture importer from Canton, "
            "Ohio, said he had come every year since 2004 and liked the name on his badge. Traders "
            "from Hong Kong and Macau filled the halls, as did exporters from Xiamen, once known "
            "abroad as Amoy, and from Shantou, the former Swatow. Restaurants near the fairground "
            "were serving Peking duck to visitors, and economists from Peking University held a "
            "forum on tariffs. A delegation from Tianjin, the old Tientsin, promoted its port, and "
            "officials from Beijing said the fair had signed more deals than last year."
        ),
        {
            "GUANGZHOU": ("CN", None),
            "Canton": None,
            "Guangzhou": ("CN", None),
            "Canton#2": ("CN", None),
            "Canton#3": ("US", "OH"),
            "Ohio": ("US", "OH"),
            "Hong Kong": ("HK", None),
            "Macau": ("MO", None),
            "Xiamen": ("CN", None),
            "Amoy": ("CN", None),
            "Shantou": ("CN", None),
            "Swatow": ("CN", None),
            "Peking": None,
            "Peking#2": None,
            "Tianjin": ("CN", None),
            "Tientsin": ("CN", None),
            "Beijing": ("CN", None),
        },
    ),
    (
        "f",
        (
            "LONDON — Parents in England and Wales are naming their children after places more "
            "than ever, the Office for National Statistics said on Wednesday. Florence was among "
            "the 20 most popular girls' names last year, and Austin, Brooklyn and Sydney all "
            "climbed the lists. India, Paris and Georgia were in the top 200 for girls, and Milan "
            "rose among boys, helped by footballers of that name. Chelsea, a favourite in the late "
            '1990s when Chelsea won the FA Cup, has fallen out of the top 500. "Most parents have '
            'never been to Florence," said a name researcher, Helen Marsh, although a holiday in '
            "Austin, Texas, had inspired one couple she interviewed. Sydney Carter, a midwife in "
            "Bristol, said she was named after Sydney, where her parents met, and called her own "
            "son Austin."
        ),
        {
            "LONDON": ("GB", "ENG"),
            "England": ("GB", "ENG"),
            "Wales": ("GB", "WLS"),
            "Florence": None,
            "Austin": None,
            "Brooklyn": None,
            "Sydney": None,
            "India": None,
            "Paris": None,
            "Georgia": None,
            "Milan": None,
            "Chelsea": None,
            "Chelsea#2": None,
            "Florence#2": ("IT", None),
            "Austin#2": ("US", "TX"),
            "Texas": ("US", "TX"),
            "Sydney#2": None,
            "Bristol": ("GB", "ENG"),
            "Sydney#3": ("AU", None),
            "Austin#3": None,
        },
    ),
    (
        "g",
        (
            "MAASTRICHT, Netherlands — An exhibition on treaties named after the towns where they "
            "were signed opened in Maastricht on Friday, a few streets from the provincial "
            "government building where the Maastricht Treaty was signed in 1992. Visitors can see "
            "a copy of the Treaty of Versailles, signed at the palace outside Paris in 1919, and a "
            "room on the Treaty of Utrecht of 1713, with documents lent by the city archives in "
            "Utrecht. A section on the Battle of Waterloo has muskets lent by a museum in "
            "Waterloo, the Belgian town south of Brussels. Nice, which gave its name to the treaty "
            "of 2001, sent a video message from its mayor, and a display on the Dayton accords, "
            "which ended the war in Bosnia, includes a table from the air base near Dayton, Ohio, "
            "where they were negotiated. Schengen, the Luxembourg village where the passport-free "
            "zone was agreed, sent a border post."
        ),
        {
            "MAASTRICHT": ("NL", None),
            "Maastricht": ("NL", None),
            "Maastricht#2": None,
            "Versailles": None,
            "Paris": ("FR", None),
            "Utrecht": None,
            "Utrecht#2": ("NL", None),
            "Waterloo": None,
            "Waterloo#2": ("BE", None),
            "Brussels": ("BE", None),
            "Nice": ("FR", None),
            "Dayton": None,
            "Bosnia": ("BA", None),
            "Dayton#2": ("US", "OH"),
            "Ohio": ("US", "OH"),
            "Schengen": ("LU", None),
            "Luxembourg": ("LU", None),
        },
    ),
    (
        "h",
        (
            "9 DE JULIO, Argentina — The town of 9 de Julio marked Independence Day on Wednesday "
            "with a gaucho parade, the 209th anniversary of the declaration signed on July 9, "
            "1816, in San Miguel de Tucumán. The mayor then drove to Buenos Aires for the national "
            "parade down Avenida 9 de Julio, the capital's widest street. Riders came from 25 de "
            "Mayo, a neighbouring town named after the revolution of May 1810, and from 25 de Mayo "
            "in La Pampa, some 700 km to the west, and from Bragado and Chivilcoy. From Uruguay "
            "came a troupe from 25 de Agosto, a town in the department of Florida named after the "
            "date of Uruguay's own declaration in 1825, and from Treinta y Tres, named after the "
            "33 exiles who started that war. Rosario Ledesma, a teacher who organised the parade, "
            "said next year's guests would come from Rosario."
        ),
        {
            "9 DE JULIO": ("AR", None),
            "9 de Julio": ("AR", None),
            "San Miguel de Tucumán": ("AR", None),
            "Buenos Aires": ("AR", None),
            "9 de Julio#2": None,
            "25 de Mayo": ("AR", None),
            "25 de Mayo#2": ("AR", None),
            "La Pampa": ("AR", None),
            "Bragado": ("AR", None),
            "Chivilcoy": ("AR", None),
            "Uruguay": ("UY", None),
            "25 de Agosto": ("UY", None),
            "Florida": ("UY", None),
            "Uruguay#2": ("UY", None),
            "Treinta y Tres": ("UY", None),
            "Rosario": None,
            "Rosario#2": ("AR", None),
        },
    ),
    (
        "i",
        (
            "INDEPENDENCE, Mo. — Independence held its Independence Day parade on Friday under a "
            "heat advisory, and the town of Harry Truman was not alone in claiming the holiday as "
            "its own. Liberty, north of the Missouri River, read the Declaration aloud on its "
            "courthouse steps beside a banner of the Liberty Bell, which hangs in Philadelphia. "
            "Peculiar, a town of 5,000 south of Kansas City, held a parade for the first time, and "
            "its mayor said the town's odd name had been chosen by a 19th-century postmaster whose "
            "first choices were all taken. Lexington, the river town where a Civil War battle was "
            "fought in 1861, staged a re-enactment, and Harrisonville held a fireworks show. "
            "Independence, Kansas, about 150 miles southwest, sent greetings. In Kansas City, "
            "crowds gathered at the Liberty Memorial for a concert."
        ),
        {
            "INDEPENDENCE": ("US", "MO"),
            "Independence": ("US", "MO"),
            "Independence#2": None,
            "Liberty": ("US", "MO"),
            "Liberty#2": None,
            "Philadelphia": ("US", "PA"),
            "Peculiar": ("US", "MO"),
            "Kansas City": ("US", "MO"),
            "Lexington": ("US", "MO"),
            "Harrisonville": ("US", "MO"),
            "Independence#3": ("US", "KS"),
            "Kansas#2": ("US", "KS"),
            "Kansas City#2": ("US", "MO"),
            "Liberty#3": None,
        },
    ),
    (
        "j",
        (
            "JAKARTA — An exhibition on the Dutch names of Indonesian cities opened in Jakarta's "
            "old town on Thursday, in the building that was the city hall of Batavia, as the Dutch "
            "called the port they ruled from 1619. Bogor, the hill town south of the capital, "
            'appears under its colonial name, Buitenzorg, meaning "without worries", and Makassar '
            "has a room on Fort Rotterdam, the fortress at its harbour. The curators borrowed a "
            "model of the Batavia, the East India Company ship wrecked off Western Australia in "
            "1629, from the shipyard in Lelystad that built a full-size replica. Two American "
            "towns sent letters: Batavia, New York, and Batavia, Illinois, both named in the end "
            "after the Latin name for the Netherlands. Officials from Amsterdam and Rotterdam "
            "attended the opening, and the city governor said Jakarta would keep its old town's "
            "Dutch street signs."
        ),
        {
            "JAKARTA": ("ID", None),
            "Jakarta": ("ID", None),
            "Batavia": ("ID", None),
            "Bogor": ("ID", None),
            "Buitenzorg": ("ID", None),
            "Makassar": ("ID", None),
            "Rotterdam": None,
            "Batavia#2": None,
            "Western Australia": ("AU", None),
            "Lelystad": ("NL", None),
            "Batavia#3": ("US", "NY"),
            "New York": ("US", "NY"),
            "Batavia#4": ("US", "IL"),
            "Illinois": ("US", "IL"),
            "Netherlands": ("NL", None),
            "Amsterdam": ("NL", None),
            "Rotterdam#2": ("NL", None),
            "Jakarta#2": ("ID", None),
        },
    ),
]

_A38 = "LAFAYETTE, La. — Lafayette ope"
_B38 = "HAMM, Germany — Hamm is tired "
_C38 = "CHICAGO — Amtrak's long-distan"
_D38 = "NEWCASTLE, Australia — Newcast"
_E38 = "GUANGZHOU, China — The Canton "
_F38 = "LONDON — Parents in England an"
_G38 = "MAASTRICHT, Netherlands — An e"
_H38 = "9 DE JULIO, Argentina — The to"
_I38 = "INDEPENDENCE, Mo. — Independen"
_J38 = "JAKARTA — An exhibition on the"
BATCH_38_XFAIL: dict[tuple[str, str], str] = {
    (_A38, "Abbeville#2"): ("first run (cf9359e): 'Abbeville#2' Abbeville in US"),
    (_B38, "Essen"): ("first run (cf9359e): 'Essen' not found as a place (overlap: None)"),
    (_B38, "Worms"): ("first run (cf9359e): 'Worms' not found as a place (overlap: None)"),
    (_B38, "Hamm#3"): ("first run (cf9359e): 'Hamm#3' should be no place, got Hamm (DE, 07)"),
    (_C38, "New Orleans"): (
        "first run (cf9359e): 'New Orleans' should be no place, got New Orleans (US, LA)"
    ),
    (_C38, "California"): (
        "first run (cf9359e): 'California' should be no place, got California (US, CA)"
    ),
    (_C38, "Quincy#2"): ("first run (cf9359e): 'Quincy#2' Quincy, IL"),
    (_C38, "Pontiac#2"): (
        "first run (cf9359e): 'Pontiac#2' should be no place, got Pontiac (US, MI)"
    ),
    (_D38, "Morpeth"): ("first run (cf9359e): 'Morpeth' Morpeth in GB"),
    (_D38, "Scone#2"): ("first run (cf9359e): 'Scone#2' not found as a place (overlap: None)"),
    (_D38, "Perthshire"): (
        "first run (cf9359e): 'Perthshire' not found as a place (overlap: None)"
    ),
    (_E38, "Amoy"): ("first run (cf9359e): 'Amoy' not found as a place (overlap: None)"),
    (_E38, "Peking"): ("first run (cf9359e): 'Peking' should be no place, got Beijing (CN, 22)"),
    (_F38, "Austin"): ("first run (cf9359e): 'Austin' should be no place, got Austin (US, TX)"),
    (_F38, "Brooklyn"): (
        "first run (cf9359e): 'Brooklyn' should be no place, got Brooklyn (US, NY)"
    ),
    (_F38, "Sydney"): ("first run (cf9359e): 'Sydney' should be no place, got Sydney (AU, 02)"),
    (_F38, "India"): ("first run (cf9359e): 'India' should be no place, got India (IN, )"),
    (_F38, "Paris"): ("first run (cf9359e): 'Paris' should be no place, got Paris (FR, 11)"),
    (_F38, "Georgia"): ("first run (cf9359e): 'Georgia' should be no place, got Georgia (GE, )"),
    (_F38, "Milan"): ("first run (cf9359e): 'Milan' should be no place, got Milan (IT, 09)"),
    (_F38, "Florence#2"): ("first run (cf9359e): 'Florence#2' Florence in US"),
    (_F38, "Sydney#3"): ("first run (cf9359e): 'Sydney#3' Sydney in CA"),
    (_F38, "Austin#3"): ("first run (cf9359e): 'Austin#3' should be no place, got Austin (US, TX)"),
    (_G38, "Utrecht"): ("first run (cf9359e): 'Utrecht' should be no place, got Utrecht (NL, 09)"),
    (_G38, "Nice"): ("first run (cf9359e): 'Nice' not found as a place (overlap: None)"),
    (_G38, "Dayton"): ("first run (cf9359e): 'Dayton' should be no place, got Dayton (US, OH)"),
    (_H38, "9 DE JULIO"): (
        "first run (cf9359e): '9 DE JULIO' not found as a place (overlap: None)"
    ),
    (_H38, "9 de Julio"): (
        "first run (cf9359e): '9 de Julio' not found as a place (overlap: None)"
    ),
    (_H38, "25 de Mayo"): (
        "first run (cf9359e): '25 de Mayo' not found as a place (overlap: Mayo)"
    ),
    (_H38, "25 de Mayo#2"): (
        "first run (cf9359e): '25 de Mayo#2' not found as a place (overlap: Mayo)"
    ),
    (_H38, "25 de Agosto"): (
        "first run (cf9359e): '25 de Agosto' not found as a place (overlap: None)"
    ),
    (_H38, "Florida"): ("first run (cf9359e): 'Florida' Florida in US"),
    (_H38, "Uruguay#2"): ("first run (cf9359e): 'Uruguay#2' Departamento de Uruguay in AR"),
    (_J38, "Batavia#2"): (
        "first run (cf9359e): 'Batavia#2' should be no place, got Jakarta (ID, 04)"
    ),
}
BATCH_38_NAMES = _named_params(38, BATCH_38, BATCH_38_XFAIL)


# Blind trap batch 39: ten articles written before the code was run on them, about themes the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or None)
# pair, or None when the mention must not be taken as a place; "Name#2" is the second occurrence of
# the exact string in the text (the dateline included, whole words as `_occurrence` counts them, and
# occurrences inside longer names counted, as in 'Earl of Cardigan', 'Battle of Balaclava', 'Panama
# hats', 'Harris Tweed', 'Lhasa Apso', 'Tennessee Waltz', 'Congress of Angostura', 'Ciudad Bolívar',
# 'Ciudad Juárez', 'Humboldt Broncos', 'Humboldt County', 'Chattanooga Choo Choo' or 'Lebanon
# bologna'; the match is case-sensitive, so the capitalised datelines 'CARDIGAN', 'ARITA',
# 'CHIHUAHUA', 'CHARLESTON', 'CIUDAD BOLÍVAR', 'UNITY', 'DUBROVNIK', 'KOKOMO', 'DUBNA' and 'LEBANON'
# are strings of their own, and the lower-case 'balaclava' in (a), 'china' in (b), 'bologna' in (j)
# and the element names in (i) are no occurrences). No keyed name is counted inside a longer word,
# and each keyed string occurs as often as a plain substring as it does as a whole word (the
# apostrophe of "Arita's", "Bolívar's", "Unity's" and "Amarillo's" ends the word; no 'Chihuahuas',
# 'Bolivian', 'Venezuelan' or 'Californian' is written).
# (a) clothes and cloth named after places, at a wool festival in Wales: 'CARDIGAN, Wales' and
# Cardigan twice (the Ceredigion town the first; inside 'the 7th Earl of Cardigan', a title, the
# second, no place), Balaclava (inside 'the Battle of Balaclava', a battle, no place), Jersey and
# Guernsey (the Channel Islands, as their own country codes), Jodhpur (the Rajasthan city), Cuenca
# (the Ecuadorean city, not the Spanish one), Ecuador, Panama twice (inside 'Panama hats', hats
# woven in Ecuador, no place; then the country in a quote), Nîmes, France, Harris (inside 'Harris
# Tweed', a cloth, no place), Aberystwyth and Carmarthen; 'Wales' in the dateline, James Brudenell,
# the Light Brigade, the Teifi estuary, 'Indian', the Channel Islands, the Andes, Rosa Guamán and
# 'serge de Nîmes' as a phrase (its Nîmes keyed as the town) left unkeyed;
# (b) porcelain named after towns, at the pottery fair in Arita: 'ARITA, Japan' and Arita three
# times (the Saga town each time, the second in "Arita's own plates"), Imari three times (the port
# town the first; the ware the second, 'called them Imari', and the third, 'Imari vases', no
# places), Amsterdam, Delft, Meissen (the Saxon town), Dresden, Limoges, Jingdezhen, China (in
# "China's porcelain capital", the country), Satsuma (inside 'A Satsuma vase', a ware, no place,
# though a town in Kagoshima prefecture and a fruit share the name), Kagoshima, Stoke-on-Trent,
# Sèvres, Faenza, Fukuoka; 'Japan' in the dateline, 'Japanese', 'European', 'Europe's', 'Chinese',
# 'English', Kyushu and the lower-case 'china' and 'faience' left unkeyed;
# (c) dog breeds named after places, at a dog show in Chihuahua: 'CHIHUAHUA, Mexico' and Chihuahua
# twice (the city, then 'the state of Chihuahua', both Mexico), Akita twice (the dog, no place, then
# 'the mountains of Akita' in Japan), Monterrey, Japan, Newfoundland twice (the dog, no place, then
# the island where the breed hauls nets, in Newfoundland and Labrador, admin1 05), Boston (a dog's
# name, no place), El Paso, Lhasa twice (inside 'A Lhasa Apso', a dog, no place, then the Tibetan
# city), Guadalajara, Labrador (a dog, no place), Torreón, Madrid, Hermosillo; 'Mexico' in the
# dateline, 'Americans', Lorena Ochoa and 'the gun dogs' left unkeyed;
# (d) dances named after places, at a festival in Charleston, South Carolina: 'CHARLESTON, S.C.' and
# Charleston four times (the South Carolina city the first; the dance the second, 'the Charleston,
# the dance that took its name', and the fourth, 'learned the Charleston', no places; 'Charleston,
# West Virginia' the third), New York and London (the ballrooms of the 1920s, the cities), Havana,
# Taranto, Italy, Seville, Memphis, Tennessee (inside 'the Tennessee Waltz', a song, no place), West
# Virginia, Savannah twice (Savannah Brooks, a dancer, no place, then the Georgia city); 'S.C.',
# King Street, 'Black', the habanera, tarantella, flamenco and sevillanas, 'the state capitol' and
# Harlem (a neighbourhood, unsure) left unkeyed;
# (e) places named after independence heroes, at an anniversary in Ciudad Bolívar: 'CIUDAD BOLÍVAR,
# Venezuela' and 'Ciudad Bolívar' (which holds the first 'Bolívar'), Bolívar four more times (Simón
# Bolívar the second, "Bolívar's name" the third and "Bolívar's general" the fifth, a man, no
# places; 'the state of Bolívar' the fourth, the Venezuelan state), Angostura three times (inside
# 'the Congress of Angostura', an assembly, the first, and 'Angostura bitters', a drink, the third,
# no places; the city's name until 1846 the second), Trinidad (the island where the bitters are
# made, Trinidad and Tobago), Bolivia twice (the country, the second in "Bolivia's constitutional
# capital"), Venezuela the second time ("Venezuela's currency", the country), Sucre three times (the
# Bolivian capital the first; Antonio José de Sucre the second and the guide Daniela Sucre the
# third, people, no places), Cumaná, Artigas twice (the Uruguayan city, then José Artigas, a man, no
# place), 'Ciudad Juárez' (which holds the first 'Juárez') and Juárez the second time (Benito
# Juárez, a man, no place); 'Venezuela' in the dateline, Gran Colombia, the Orinoco, 'German',
# 'Uruguayan' and 'Mexican' left unkeyed;
# (f) Saskatchewan towns whose names read like words, with their namesakes: 'UNITY, Sask.' and Unity
# three times (the Saskatchewan town opening a sentence the first and in "Unity's mayor" the third;
# the second, 'Unity is a good word' in a quote, a word rather than the town, unsure and not keyed),
# Saskatchewan the first time (the province), Outlook (opening a sentence), Biggar three times (the
# Saskatchewan town each time, in its welcome sign the second and 'Biggar shares its name with a
# market town in Scotland' the third), New York (the city in the sign), Eston (the Saskatchewan
# village, not the English town), England, Scotland, Hope (the British Columbia town, admin1 02, a
# common word too), British Columbia, Humboldt five times (the Saskatchewan town the first and
# third; inside 'the Humboldt Broncos', a hockey team, the second, and 'Alexander von Humboldt', a
# man, the fourth, no places; the fifth inside 'Humboldt County', keyed as a whole in California),
# California, Kindersley, Rosetown, Regina (the provincial capital, a first name too), Saskatoon;
# 'Sask.', the South Saskatchewan River (which holds the second 'Saskatchewan'), 'German', Carla
# Reimer and the Yellowhead Highway left unkeyed;
# (g) Italian names of Adriatic towns, at a chart exhibition in Dubrovnik: 'DUBROVNIK, Croatia' and
# Dubrovnik, Ragusa twice (Dubrovnik under its Italian name the first, 'their own Ragusa' in Sicily
# the second), Zadar, Zara twice (Zadar under its Italian name the first; the Spanish clothing chain
# the second, no place, though a Turkish town shares the name), Split twice (the Croatian city,
# opening a sentence the second time, a common word too), Spalato, Rijeka, Fiume (Rijeka's Italian
# name, a common Italian word for river), Sicily, Pola and Pula (the Istrian city, not the
# Philippine or Sardinian towns), Cattaro and Kotor, Montenegro, Durazzo and Durrës, Venice,
# Trieste; 'Croatia' in the dateline, 'Venetian', 'Italian', 'Croatian', 'Spanish', 'Roman',
# 'Albanian' and Ivana Marić left unkeyed;
# (h) songs named after towns, at a festival in Kokomo, Indiana: 'KOKOMO, Ind.' and Kokomo three
# times (the Indiana city the first and third; the second the Beach Boys song, no place), Galveston
# three times (the Indiana town north of Kokomo the first; Glen Campbell's song the second, no
# place; 'Galveston, Texas' the third), Texas twice, Peru (the Indiana circus town, not the
# country), Amarillo twice (inside the song 'Is This the Way to Amarillo', no place, then
# "Amarillo's tourism office", the Texas city), Russiaville, Tulsa (Tulsa McCoy, a singer, no
# place), Chattanooga twice (inside 'Chattanooga Choo Choo', a song, no place, then the Tennessee
# city), Jamaica and Aruba (the islands of the song's first line, quoted by the mayor as places);
# 'Ind.', the Beach Boys, the Florida Keys, the Wabash and Glen Campbell left unkeyed;
# (i) chemical elements named after places, at an exhibition in Dubna: 'DUBNA, Russia' and Dubna
# (the science town in Moscow oblast, not the Tula village), Moscow twice (the city, then 'the
# Moscow region', Russia both), Darmstadt (the Hesse city, not the Indiana town), Germany, Berkeley
# three times (the California city the first and second; George Berkeley, a bishop, the third, no
# place), California twice, Copenhagen, Stockholm the first time, Paris, Livermore (the California
# city, not the Maine or Kentucky towns), Tennessee, Japan; 'Russia' in the dateline, the Volga, the
# element names (all lower case), 'Irish', Hafnia (a Latin name, unsure), 'Roman', Ytterby (the
# Swedish village of the quarry, which cities500 may not hold beside the Åland Ytterby), the
# Stockholm archipelago (which holds the second 'Stockholm') and the Oak Ridge laboratory left
# unkeyed;
# (j) a Pennsylvania town named after a country, and its neighbours: 'LEBANON, Pa.' and Lebanon six
# times (the Pennsylvania city the first and third; inside 'Lebanon bologna', a sausage, the second,
# no place; 'Lebanon, the country' the fourth; 'Lebanon, Tennessee' the fifth; the sixth, 'Every
# Lebanon in America', meaning many towns, not keyed), Pennsylvania, Beirut, Bologna (the Italian
# city, opening a sentence), Palmyra (the Pennsylvania borough, not the Syrian ruins), Syria,
# Hershey twice (the Pennsylvania town the first, then Milton Hershey, a man, no place), Milton (a
# first name, no place), Harrisburg, Lancaster (Pennsylvania's, not England's or California's),
# Tennessee; 'Pa.', the Bible, 'Italian', 'Roman' and America left unkeyed.
# Decisions (as in batches 7-38): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('Wales', 'Japan', 'Mexico', 'S.C.', 'Venezuela',
# 'Sask.', 'Croatia', 'Ind.', 'Russia', 'Pa.'); a garment, a cloth, a hat or a ware named after a
# place is no place ('Panama hats', 'Harris Tweed', Imari as a ware, 'A Satsuma vase'), nor a dog
# breed (an Akita, a Newfoundland, a Lhasa Apso, a Labrador), a dance or a song (the Charleston,
# 'the Tennessee Waltz', "Kokomo", "Galveston", 'Is This the Way to Amarillo', 'Chattanooga Choo
# Choo'), a drink or a sausage ('Angostura bitters', 'Lebanon bologna'), a clothing chain (Zara the
# second time), a team ('the Humboldt Broncos'), an assembly or a battle ('the Congress of
# Angostura', 'the Battle of Balaclava'), or a person's name or title ('the 7th Earl of Cardigan',
# Boston the dog, Savannah Brooks, Simón Bolívar, Antonio José de Sucre, Daniela Sucre, José
# Artigas, Benito Juárez, Alexander von Humboldt, Tulsa McCoy, George Berkeley, Milton Hershey); a
# town whose name is a common word is a place when the text means the town, at the start of a
# sentence too (Outlook, Hope, Split, Bologna); a nationality possessive is its country ("China's",
# "Bolivia's", "Venezuela's"); a former or other-language name is the current place (Angostura for
# Ciudad Bolívar, Ragusa for Dubrovnik, Zara for Zadar, Spalato for Split, Fiume for Rijeka, Pola
# for Pula, Cattaro for Kotor, Durazzo for Durrës); a name inside a longer place name is keyed as
# the longer name ('Ciudad Bolívar', 'Ciudad Juárez', 'Humboldt County'); a town named like a bigger
# or better-known place is the town the text means (Cardigan in Wales; Cuenca in Ecuador; Meissen,
# Dresden and Darmstadt in Germany; Charleston in South Carolina, then West Virginia; Savannah in
# Georgia; Artigas in Uruguay; Unity, Biggar, Eston and Humboldt in Saskatchewan, Hope in British
# Columbia; Ragusa in Croatia, then Sicily; Pula in Croatia; Galveston in Indiana, then Texas; Peru
# and Russiaville in Indiana; Berkeley and Livermore in California; Lebanon, Palmyra, Hershey and
# Lancaster in Pennsylvania, Lebanon in Tennessee the fifth time). Not keyed: rivers, estuaries,
# mountains, island groups, archipelagos, streets, highways, laboratories and regions (the Teifi
# estuary, the Channel Islands, the Andes, Kyushu, the Orinoco, the South Saskatchewan River, the
# Yellowhead Highway, King Street, the Wabash, the Florida Keys, the Volga, the Stockholm
# archipelago, the Oak Ridge laboratory, Gran Colombia), nationality adjectives and peoples
# ('Indian', 'Japanese', 'European', 'Chinese', 'English', 'Americans', 'German', 'Uruguayan',
# 'Mexican', 'Venetian', 'Italian', 'Croatian', 'Spanish', 'Roman', 'Albanian', 'Irish'), readings
# that are unsure (Harlem, Hafnia, Ytterby, the second Unity, the sixth Lebanon) and America. 189
# names are keyed. Admin1 codes are GeoNames': US two-letter states (CA, GA, IN, NY, PA, SC, TN, TX,
# WV), Canada 02 British Columbia, 05 Newfoundland and Labrador and 11 Saskatchewan, and GB ENG
# England, SCT Scotland and WLS Wales. All other countries are checked at country level (Jersey,
# Guernsey, India, Ecuador, Panama, France, Japan, the Netherlands, Germany, China, Italy, Mexico,
# Spain, Cuba, Venezuela, Trinidad and Tobago, Bolivia, Uruguay, Croatia, Montenegro, Albania,
# Jamaica, Aruba, Russia, Denmark, Sweden, Lebanon, Syria).
BATCH_39: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "CARDIGAN, Wales — Cardigan has a message for the knitters arriving for its wool "
            "festival this weekend: the sweater was named after an earl, and the earl after the "
            "town. James Brudenell, the 7th Earl of Cardigan, led the Charge of the Light Brigade "
            "at the Battle of Balaclava in 1854, and the knitted waistcoats his officers wore took "
            "his title. The festival on the Teifi estuary has drawn stallholders from Jersey and "
            "Guernsey, the Channel Islands whose names became words for fishermen's sweaters, and "
            "a tailor from Jodhpur, the Indian city that lent its name to riding breeches. Weavers "
            "from Cuenca, in the Andes of Ecuador, are selling Panama hats, which have always been "
            "woven there and got their name from the workers who wore them while digging the "
            'canal. "Every visitor thinks the hats come from Panama," said weaver Rosa Guamán. A '
            "denim stall explains that the cloth began as serge de Nîmes in southern France, and "
            "Harris Tweed jackets hang beside it. Coaches are running from Aberystwyth and "
            "Carmarthen, and a balaclava-knitting class is full. Organisers expect 6,000 visitors, "
            "twice as many as last year."
        ),
        {
            "CARDIGAN": ("GB", "WLS"),
            "Cardigan": ("GB", "WLS"),
            "Cardigan#2": None,
            "Balaclava": None,
            "Jersey": ("JE", None),
            "Guernsey": ("GG", None),
            "Jodhpur": ("IN", None),
            "Cuenca": ("EC", None),
            "Ecuador": ("EC", None),
            "Panama": None,
            "Panama#2": ("PA", None),
            "Nîmes": ("FR", None),
            "France": ("FR", None),
            "Harris": None,
            "Aberystwyth": ("GB", "WLS"),
            "Carmarthen": ("GB", "WLS"),
        },
    ),
    (
        "b",
        (
            "ARITA, Japan — Arita, the hill town where Japanese porcelain was first fired four "
            "centuries ago, opened its spring pottery fair on Tuesday with potters from towns "
            "whose names became the names of their wares. Arita's own plates were once shipped "
            "from the nearby port of Imari, so European buyers called them Imari, and a dealer "
            "from Amsterdam brought a pair of 18th-century Imari vases back for the fair. Potters "
            "came from Delft, whose blue-and-white tiles copied Chinese and Japanese designs, and "
            "from Meissen, near Dresden, where Europe's first hard porcelain was made in 1710. The "
            "stall from Limoges sold out of teacups by noon. Jingdezhen, China's porcelain capital "
            "for a thousand years, sent a delegation of 30. A Satsuma vase from Kagoshima, in the "
            "far south of Kyushu, fetched the fair's highest price, and a potter from "
            "Stoke-on-Trent said English bone china had been invented to compete with the East. "
            "The old royal factory at Sèvres and a majolica workshop from Faenza, which gave its "
            "name to faience, showed smaller pieces. About a million visitors come to Arita during "
            "the week-long fair, filling the trains from Fukuoka."
        ),
        {
            "ARITA": ("JP", None),
            "Arita": ("JP", None),
            "Arita#2": ("JP", None),
            "Imari": ("JP", None),
            "Imari#2": None,
            "Amsterdam": ("NL", None),
            "Imari#3": None,
            "Delft": ("NL", None),
            "Meissen": ("DE", None),
            "Dresden": ("DE", None),
            "Limoges": ("FR", None),
            "Jingdezhen": ("CN", None),
            "China": ("CN", None),
            "Satsuma": None,
            "Kagoshima": ("JP", None),
            "Stoke-on-Trent": ("GB", "ENG"),
            "Sèvres": ("FR", None),
            "Faenza": ("IT", None),
            "Arita#3": ("JP", None),
            "Fukuoka": ("JP", None),
        },
    ),
    (
        "c",
        (
            "CHIHUAHUA, Mexico — Chihuahua wants to be known for more than a handbag dog. The "
            "city, capital of the state of Chihuahua, held its first international dog show on "
            "Saturday, and tourism officials used it to remind visitors that the breed was named "
            "after the state, where Americans found it in the 19th century, and not the other way "
            "round. Sixty of the tiny dogs entered the ring, but best in show went to an Akita "
            "owned by a breeder from Monterrey; the breed comes from the mountains of Akita, in "
            "northern Japan. A Newfoundland called Boston, brought by a family from El Paso, won "
            "the water rescue trial, and its owners said the breed still hauls nets for fishermen "
            "in Newfoundland. A Lhasa Apso from Guadalajara won the small-dog group; the breed "
            "once guarded monasteries around Lhasa. A Labrador from Torreón was placed second "
            'among the gun dogs. The judges flew in from Madrid. "Half the people who come here '
            'ask where the little dogs are," said tour guide Lorena Ochoa. The show will move to '
            "Hermosillo next year."
        ),
        {
            "CHIHUAHUA": ("MX", None),
            "Chihuahua": ("MX", None),
            "Chihuahua#2": ("MX", None),
            "Akita": None,
            "Monterrey": ("MX", None),
            "Akita#2": ("JP", None),
            "Japan": ("JP", None),
            "Newfoundland": None,
            "Boston": None,
            "El Paso": ("US", "TX"),
            "Newfoundland#2": ("CA", "05"),
            "Lhasa": None,
            "Guadalajara": ("MX", None),
            "Lhasa#2": ("CN", None),
            "Labrador": None,
            "Torreón": ("MX", None),
            "Madrid": ("ES", None),
            "Hermosillo": ("MX", None),
        },
    ),
    (
        "d",
        (
            "CHARLESTON, S.C. — Charleston threw itself a party on Friday, a century after the "
            "Charleston, the dance that took its name, swept the ballrooms of New York and London. "
            "Historians trace the step to Black dockworkers on the city's waterfront, and hundreds "
            "of dancers in flapper dresses kicked their heels along King Street. Organisers "
            "invited troupes from other places whose names became dances. A habanera ensemble flew "
            "in from Havana, a tarantella company came from Taranto, in the heel of Italy, and "
            "flamenco dancers from Seville performed sevillanas. A swing band from Memphis closed "
            "the night with the Tennessee Waltz. Even Charleston, West Virginia, which has no "
            'claim on the dance, sent a delegation. "They got the dance, we got the state '
            'capitol," joked its mayor. The lead dancer, Savannah Brooks, drove up from Savannah '
            'with her partner. "My grandmother learned the Charleston in a dance hall in Harlem," '
            "she said. Tickets sold out in two days, and the city plans to make the festival a "
            "yearly event."
        ),
        {
            "CHARLESTON": ("US", "SC"),
            "Charleston": ("US", "SC"),
            "Charleston#2": None,
            "New York": ("US", "NY"),
            "London": ("GB", "ENG"),
            "Havana": ("CU", None),
            "Taranto": ("IT", None),
            "Italy": ("IT", None),
            "Seville": ("ES", None),
            "Memphis": ("US", "TN"),
            "Tennessee": None,
            "Charleston#3": ("US", "WV"),
            "West Virginia": ("US", "WV"),
            "Savannah": None,
            "Savannah#2": ("US", "GA"),
            "Charleston#4": None,
        },
    ),
    (
        "e",
        (
            "CIUDAD BOLÍVAR, Venezuela — Ciudad Bolívar marked the anniversary of the Congress of "
            "Angostura on Saturday, the 1819 assembly at which Simón Bolívar set out his plan for "
            "Gran Colombia. The city on the Orinoco was called Angostura until 1846, and it also "
            "gave its name to Angostura bitters, first mixed here by a German army surgeon and now "
            "made in Trinidad. Bolívar's name is everywhere in the lands he freed: on this city, "
            "on the state of Bolívar around it, on Bolivia and on Venezuela's currency. "
            "Delegations came from Sucre, Bolivia's constitutional capital, named after Bolívar's "
            "general Antonio José de Sucre, and from Cumaná, the general's birthplace, capital of "
            "a state that also bears his name. Visitors from Artigas, the Uruguayan border city "
            "named after the independence hero José Artigas, laid a wreath, and a choir from "
            'Ciudad Juárez, named after the Mexican president Benito Juárez, sang. "Every town '
            'here is a history lesson," said tour guide Daniela Sucre. The governor promised to '
            "restore the old congress building by next year."
        ),
        {
            "CIUDAD BOLÍVAR": ("VE", None),
            "Ciudad Bolívar": ("VE", None),
            "Angostura": None,
            "Bolívar#2": None,
            "Angostura#2": ("VE", None),
            "Angostura#3": None,
            "Trinidad": ("TT", None),
            "Bolívar#3": None,
            "Bolívar#4": ("VE", None),
            "Bolivia": ("BO", None),
            "Venezuela#2": ("VE", None),
            "Sucre": ("BO", None),
            "Bolivia#2": ("BO", None),
            "Bolívar#5": None,
            "Sucre#2": None,
            "Cumaná": ("VE", None),
            "Artigas": ("UY", None),
            "Artigas#2": None,
            "Ciudad Juárez": ("MX", None),
            "Juárez#2": None,
            "Sucre#3": None,
        },
    ),
    (
        "f",
        (
            "UNITY, Sask. — Unity wants drivers to stop reading its road signs as jokes. The town "
            "of 2,500 in west-central Saskatchewan launched a tourism campaign on Monday with "
            "neighbours whose names read like words or puns. Outlook sits on the South "
            'Saskatchewan River, and Biggar is famous for its welcome sign: "New York is big, but '
            'this is Biggar." Eston, a farming village, shares its name with a town in northern '
            "England, and Biggar shares its name with a market town in Scotland. The campaign will "
            "also run in Hope, British Columbia, which made the same kind of pitch a decade ago, "
            "and in Humboldt, where the Humboldt Broncos bus crash of 2018 still weighs on the "
            "town. Humboldt is named after the German naturalist Alexander von Humboldt, as is "
            'Humboldt County in California. "Unity is a good word to put on a T-shirt," said '
            "Unity's mayor, Carla Reimer. Kindersley and Rosetown signed up too, and the "
            "provincial tourism office in Regina paid half the cost. The first billboards go up "
            "next month on the Yellowhead Highway near Saskatoon."
        ),
        {
            "UNITY": ("CA", "11"),
            "Unity": ("CA", "11"),
            "Saskatchewan": ("CA", "11"),
            "Outlook": ("CA", "11"),
            "Biggar": ("CA", "11"),
            "New York": ("US", "NY"),
            "Biggar#2": ("CA", "11"),
            "Eston": ("CA", "11"),
            "England": ("GB", "ENG"),
            "Biggar#3": ("CA", "11"),
            "Scotland": ("GB", "SCT"),
            "Hope": ("CA", "02"),
            "British Columbia": ("CA", "02"),
            "Humboldt": ("CA", "11"),
            "Humboldt#2": None,
            "Humboldt#3": ("CA", "11"),
            "Humboldt#4": None,
            "Humboldt County": ("US", "CA"),
            "California": ("US", "CA"),
            "Unity#3": ("CA", "11"),
            "Kindersley": ("CA", "11"),
            "Rosetown": ("CA", "11"),
            "Regina": ("CA", "11"),
            "Saskatoon": ("CA", "11"),
        },
    ),
    (
        "g",
        (
            "DUBROVNIK, Croatia — Dubrovnik opened an exhibition of Venetian sea charts on "
            "Thursday, and its curators printed a glossary for visitors: on the charts the city is "
            'Ragusa, Zadar is Zara, Split is Spalato and Rijeka is Fiume. "For four centuries this '
            'coast was mapped in Italian," said curator Ivana Marić. The confusion goes on today. '
            "Tourists from Sicily keep asking why their own Ragusa, a baroque town near the "
            "island's southern tip, appears on a Croatian map, and a teenager asked whether Zara, "
            "the Spanish clothing chain with a shop on the main street, had sponsored the show. "
            "Pola, on the charts, is Pula, whose Roman arena hosts summer concerts, and Cattaro is "
            "Kotor, across the border in Montenegro. The southernmost chart shows Durazzo, the "
            "Albanian port now called Durrës. Split lent the museum two charts, and a private "
            "collector in Venice lent six. The exhibition runs until October and then travels to "
            "Trieste."
        ),
        {
            "DUBROVNIK": ("HR", None),
            "Dubrovnik": ("HR", None),
            "Ragusa": ("HR", None),
            "Zadar": ("HR", None),
            "Zara": ("HR", None),
            "Split": ("HR", None),
            "Spalato": ("HR", None),
            "Rijeka": ("HR", None),
            "Fiume": ("HR", None),
            "Sicily": ("IT", None),
            "Ragusa#2": ("IT", None),
            "Zara#2": None,
            "Pola": ("HR", None),
            "Pula": ("HR", None),
            "Cattaro": ("ME", None),
            "Kotor": ("ME", None),
            "Montenegro": ("ME", None),
            "Durazzo": ("AL", None),
            "Durrës": ("AL", None),
            "Split#2": ("HR", None),
            "Venice": ("IT", None),
            "Trieste": ("IT", None),
        },
    ),
    (
        "h",
        (
            "KOKOMO, Ind. — Kokomo has spent nearly 40 years telling visitors it is not an island. "
            'The Beach Boys\' 1988 hit "Kokomo" put the name "off the Florida Keys", and tourists '
            "still turn up at the visitor centre asking for the beach. This weekend the city is "
            "leaning into the joke with a festival of songs named after places. A band from "
            "Galveston, a town of 1,300 just north of Kokomo, opened with Glen Campbell's "
            '"Galveston", a song about the Texas port, and a choir from Peru, the old circus town '
            'on the Wabash, sang "Is This the Way to Amarillo". Volunteers from Russiaville sold '
            "pie. Amarillo's tourism office sent a letter of thanks, and Galveston, Texas, sent a "
            "box of saltwater taffy. A folk singer named Tulsa McCoy closed the night with "
            '"Chattanooga Choo Choo", though she admitted she had never been to Chattanooga. '
            "\"We're not Jamaica, we're not Aruba, and we're fine with that,\" said the mayor, "
            "quoting the song's first line."
        ),
        {
            "KOKOMO": ("US", "IN"),
            "Kokomo": ("US", "IN"),
            "Kokomo#2": None,
            "Galveston": ("US", "IN"),
            "Kokomo#3": ("US", "IN"),
            "Galveston#2": None,
            "Texas": ("US", "TX"),
            "Peru": ("US", "IN"),
            "Amarillo": None,
            "Russiaville": ("US", "IN"),
            "Amarillo#2": ("US", "TX"),
            "Galveston#3": ("US", "TX"),
            "Texas#2": ("US", "TX"),
            "Tulsa": None,
            "Chattanooga": None,
            "Chattanooga#2": ("US", "TN"),
            "Jamaica": ("JM", None),
            "Aruba": ("AW", None),
        },
    ),
    (
        "i",
        (
            "DUBNA, Russia — Dubna, the science town on the Volga north of Moscow, opened an "
            "exhibition on Wednesday about chemical elements named after places, a list on which "
            "it appears itself. Element 105, dubnium, was named after the town's nuclear research "
            "institute in 1997, and element 115, moscovium, after the Moscow region. The curators "
            "set dubnium beside darmstadtium, named after Darmstadt in Germany, and berkelium and "
            "californium, named after Berkeley and the state of California, where they were first "
            "made. Berkeley itself was named after George Berkeley, an Irish bishop and "
            "philosopher. Hafnium takes its name from Hafnia, the Latin name of Copenhagen, "
            "holmium from Stockholm and lutetium from the Roman name of Paris. Four elements come "
            "from a single quarry at Ytterby, a village in the Stockholm archipelago. Livermore, "
            "California, gave its name to livermorium, and element 117, tennessine, honours "
            "Tennessee, where the Oak Ridge laboratory made the target for its discovery. "
            "Nihonium, element 113, was named after Japan. The exhibition runs until December."
        ),
        {
            "DUBNA": ("RU", None),
            "Dubna": ("RU", None),
            "Moscow": ("RU", None),
            "Moscow#2": ("RU", None),
            "Darmstadt": ("DE", None),
            "Germany": ("DE", None),
            "Berkeley": ("US", "CA"),
            "California": ("US", "CA"),
            "Berkeley#2": ("US", "CA"),
            "Berkeley#3": None,
            "Copenhagen": ("DK", None),
            "Stockholm": ("SE", None),
            "Paris": ("FR", None),
            "Livermore": ("US", "CA"),
            "California#2": ("US", "CA"),
            "Tennessee": ("US", "TN"),
            "Japan": ("JP", None),
        },
    ),
    (
        "j",
        (
            "LEBANON, Pa. — Lebanon lowered a 200-pound bologna from a crane at midnight to "
            "welcome the new year, a tradition in the town that gave its name to Lebanon bologna, "
            "a smoked beef sausage sold across Pennsylvania. This year a visitor from Beirut "
            "pressed the button. Lebanon takes its name from the cedars of the Bible, and the "
            "mayor said people still write from Lebanon, the country, asking about the sausage. "
            "Bologna, the Italian city, has nothing to do with it either. Down the road, Palmyra "
            "shares its name with the ruined Roman city in Syria, and Hershey, a few miles further "
            "west, is best known for the chocolate made by the company Milton Hershey founded "
            "there. Revellers drove in from Harrisburg and Lancaster, and a family came from "
            'Lebanon, Tennessee, to see the drop. "Every Lebanon in America is named after the '
            'same mountains," the mayor said.'
        ),
        {
            "LEBANON": ("US", "PA"),
            "Lebanon": ("US", "PA"),
            "Lebanon#2": None,
            "Pennsylvania": ("US", "PA"),
            "Beirut": ("LB", None),
            "Lebanon#3": ("US", "PA"),
            "Lebanon#4": ("LB", None),
            "Bologna": ("IT", None),
            "Palmyra": ("US", "PA"),
            "Syria": ("SY", None),
            "Hershey": ("US", "PA"),
            "Milton": None,
            "Hershey#2": None,
            "Harrisburg": ("US", "PA"),
            "Lancaster": ("US", "PA"),
            "Lebanon#5": ("US", "TN"),
            "Tennessee": ("US", "TN"),
        },
    ),
]
_A39 = "CARDIGAN, Wales — Cardigan has"
_B39 = "ARITA, Japan — Arita, the hill"
_C39 = "CHIHUAHUA, Mexico — Chihuahua "
_D39 = "CHARLESTON, S.C. — Charleston "
_E39 = "CIUDAD BOLÍVAR, Venezuela — Ci"
_F39 = "UNITY, Sask. — Unity wants dri"
_G39 = "DUBROVNIK, Croatia — Dubrovnik"
_H39 = "KOKOMO, Ind. — Kokomo has spen"
_I39 = "DUBNA, Russia — Dubna, the sci"
_J39 = "LEBANON, Pa. — Lebanon lowered"
BATCH_39_XFAIL: dict[tuple[str, str], str] = {
    (_A39, "Cardigan#2"): (
        "first run (bd6459c): 'Cardigan#2' should be no place, got Cardigan (GB, WLS)"
    ),
    (_A39, "Ecuador"): ("first run (bd6459c): 'Ecuador' not found as a place (overlap: None)"),
    (_A39, "Panama"): ("first run (bd6459c): 'Panama' should be no place, got Panama (PA, )"),
    (_A39, "Nîmes"): ("first run (bd6459c): 'Nîmes' not found as a place (overlap: None)"),
    (_B39, "Stoke-on-Trent"): (
        "first run (bd6459c): 'Stoke-on-Trent' not found as a place (overlap: None)"
    ),
    (_C39, "Akita"): ("first run (bd6459c): 'Akita' should be no place, got Akita (JP, 02)"),
    (_C39, "Newfoundland"): (
        "first run (bd6459c): 'Newfoundland' should be no place, got Newfoundland (CA, 05)"
    ),
    (_C39, "Boston"): ("first run (bd6459c): 'Boston' should be no place, got Boston (US, MA)"),
    (_C39, "Labrador"): (
        "first run (bd6459c): 'Labrador' should be no place, got Labrador (AU, 04)"
    ),
    (_D39, "Charleston#2"): (
        "first run (bd6459c): 'Charleston#2' should be no place, got Charleston (US, SC)"
    ),
    (_D39, "London"): ("first run (bd6459c): 'London' London in US"),
    (_D39, "Havana"): ("first run (bd6459c): 'Havana' Havana in US"),
    (_D39, "Seville"): ("first run (bd6459c): 'Seville' Seville in US"),
    (_D39, "Charleston#4"): (
        "first run (bd6459c): 'Charleston#4' should be no place, got Charleston (US, SC)"
    ),
    (_E39, "Angostura#2"): (
        "first run (bd6459c): 'Angostura#2' not found as a place (overlap: None)"
    ),
    (_E39, "Trinidad"): ("first run (bd6459c): 'Trinidad' Trinidad in BO"),
    (_E39, "Bolívar#3"): (
        "first run (bd6459c): 'Bolívar#3' should be no place, got Bolívar (VE, 06)"
    ),
    (_E39, "Bolívar#5"): (
        "first run (bd6459c): 'Bolívar#5' should be no place, got Bolívar (CO, 35)"
    ),
    (_F39, "Humboldt#3"): (
        "first run (bd6459c): 'Humboldt#3' not found as a place (overlap: None)"
    ),
    (_G39, "Zara#2"): ("first run (bd6459c): 'Zara#2' should be no place, got Zadar (HR, 19)"),
    (_G39, "Pola"): ("first run (bd6459c): 'Pola' not found as a place (overlap: None)"),
    (_G39, "Cattaro"): ("first run (bd6459c): 'Cattaro' not found as a place (overlap: None)"),
    (_H39, "Kokomo#2"): ("first run (bd6459c): 'Kokomo#2' should be no place, got Kokomo (US, IN)"),
    (_H39, "Galveston#2"): (
        "first run (bd6459c): 'Galveston#2' should be no place, got Galveston (US, IN)"
    ),
    (_H39, "Amarillo"): (
        "first run (bd6459c): 'Amarillo' should be no place, got Amarillo (US, TX)"
    ),
    (_I39, "Berkeley"): ("first run (bd6459c): 'Berkeley' not found as a place (overlap: None)"),
    (_I39, "Berkeley#2"): (
        "first run (bd6459c): 'Berkeley#2' not found as a place (overlap: None)"
    ),
    (_J39, "Lebanon#2"): (
        "first run (bd6459c): 'Lebanon#2' should be no place, got Lebanon (US, PA)"
    ),
    (_J39, "Lebanon#4"): ("first run (bd6459c): 'Lebanon#4' Lebanon in US"),
}
BATCH_39_NAMES = _named_params(39, BATCH_39, BATCH_39_XFAIL)


# Blind trap batch 40: ten articles written before the code was run on them, about topics the
# earlier batches do not cover; each keyed name is a (country code, GeoNames admin1 code or None)
# pair, or None when the mention must not be taken as a place; "Name#2" is the second occurrence of
# the exact string in the text (the dateline included, and occurrences inside longer names counted,
# as in 'Bristol City', 'the Vienna Philharmonic', 'Portland stone', 'the Kentucky Derby',
# 'Heidelberg Man' or 'Manchester by the Sea'; the match is case-sensitive, so the capitalised
# dateline 'BRISTOL' is a string of its own, and the lower-case species name is no occurrence of
# 'Heidelberg'). No keyed name occurs inside a longer word in its article.
# (a) hotels named after an earl's title, seen from Bristol: 'BRISTOL, England' and Bristol eleven
# times (the city the first and sixth; 'the Bristol', a hotel, the second; 'the Hotel Bristol in
# Vienna' and 'the Bristol in Paris', hotels, the third and fourth; 'the Earl of Bristol', a title,
# the fifth; 'Bristol, Tennessee' and 'Bristol, Virginia', the twin towns on the state line, the
# seventh and eighth; the Oslo hotel the ninth; 'Bristol City', a football club, the eleventh; the
# tenth, the Warsaw hotel, not keyed), Vienna, Paris, Tennessee, Virginia, Derry (the Northern
# Ireland city), Oslo, Warsaw; 'England' in the dateline, Europe, Northern Ireland, Ickworth (a
# house), Suffolk, Bath and Cardiff left unkeyed;
# (b) typefaces named after cities, at a design museum in Geneva: 'GENEVA' and Geneva three times
# (the city the first; the Macintosh font the second and third, no place), Chicago twice (the bold
# font, then the city of a letterpress workshop), Monaco, Toronto, Venice, Athens and New York
# (fonts, no places), Helvetica (a typeface named after the Latin name of the country, no place),
# Switzerland, Basel, Lausanne, Zurich twice, Paris (an airport outside it); Apple, 'Swiss' and
# 'Latin' left unkeyed;
# (c) coffees named after places, at a cupping contest in Antigua Guatemala: 'ANTIGUA, Guatemala'
# and Antigua three times (the Guatemalan town the first; 'Beans sold as Antigua', a coffee, the
# second; 'Antigua, the Caribbean island' the third), Guatemala the second time (the first in the
# dateline), Hamburg, Mocha, Harar, Yirgacheffe and Kona (coffees, no places, though Harar and
# Yirgacheffe are Ethiopian towns and Kona a Hawaiian district), 'Yemeni' (the country of the
# unnamed port), Ethiopia, Santos twice (the coffee, then the football club, no places), 'Brazilian'
# the first time (the country of the unnamed port), Coban and Huehuetenango (the Guatemalan towns);
# Central American, Caribbean, Hawaii, Costa Rica and the second 'Brazilian' left unkeyed;
# (d) symphonies named after cities, at the Salzburg festival: 'SALZBURG, Austria' and Salzburg
# three times (the city each time), Vienna twice (inside 'The Vienna Philharmonic', an orchestra, no
# place, then the city), Linz twice (inside 'Linz Symphony', a work, then the town where it was
# written), Prague three times (inside 'Prague Symphony', then the city twice), London (inside
# 'London Symphony', a work), Oxford twice (inside 'Oxford Symphony', then the university town),
# Leipzig, Dresden, Paris twice (inside 'Paris Symphony', then the city); 'Austria' in the dateline,
# Munich, Milan and 'French' left unkeyed;
# (e) towns divided by borders, at a tram signing in Cieszyn: 'CIESZYN, Poland' and Cieszyn twice,
# Cesky Tesin (the Czech half), 'Polish' the first time and 'Czech' (the two sides), Gorlitz,
# 'German' (the bank of the river), Zgorzelec, Frankfurt (inside 'Frankfurt (Oder)', the town on the
# Oder, not Frankfurt am Main), Slubice, Komarno, Komarom, Gorizia, Nova Gorica, Tornio, Haparanda,
# Brussels as the European Commission; 'Poland' in the dateline, the Olza, the Neisse and the
# Danube, the second 'Polish', Slovakia, Hungary, Italy, Slovenia and Finland left unkeyed;
# (f) films named after towns, at the film festival in Fargo: 'FARGO, N.D.' and Fargo five times
# (the city the first and fourth; the Coen brothers' film the second and third, the television
# series the fifth, no places), Minnesota the first time, Casablanca, Tombstone and Nashville
# (films, no places), Manchester (inside 'Manchester by the Sea', a film), Burbank (the California
# city of the studio lot), Arizona, Gloucester (the Massachusetts city), Calgary (Alberta),
# Tennessee, Moorhead (the Minnesota city across the river), Brainerd (the Minnesota town);
# Massachusetts, North Dakota, the Red River, Bismarck and the second Minnesota left unkeyed;
# (g) building stones named after places, on the Isle of Portland: 'PORTLAND, England' and Portland
# five times (the island of quarry villages the first; inside 'Portland stone' and 'Portland
# cement', materials, the second and third; 'Portland, Oregon' the fourth and 'Portland, Maine' the
# fifth), Dorset, London the first and third time, Oregon, Maine, Bath, Caen and York (inside 'Bath
# stone', 'Caen stone' and 'York stone', materials, no places), Normandy (the French region),
# Carrara (the Tuscan town), Tuscany; St Paul's Cathedral, Buckingham Palace, the British Museum,
# Canterbury Cathedral, the Tower of London (which holds the second 'London'), 'Georgian' and David
# left unkeyed;
# (h) horse races named after places, seen from Derby: 'DERBY, England' and Derby seven times (the
# city the first and fourth; 'the Derby', a race, the second; 'the 12th Earl of Derby', a title, the
# third; 'The Kentucky Derby', a race, the fifth; 'Derby County', a club, the sixth; 'Derby in
# Western Australia', the Kimberley port, the seventh), Epsom twice (the Surrey town), Surrey,
# Knowsley, Liverpool, Kentucky (inside 'The Kentucky Derby', a race, no place), Louisville twice,
# Western Australia; the Market Place, the Downs, the Kimberley, Nottingham and Leicester left
# unkeyed;
# (i) early humans named after places, at an exhibition in Heidelberg: 'HEIDELBERG, Germany' and
# Heidelberg twice (the city, then inside 'Heidelberg Man', a fossil), Mauer (the village where the
# jaw was found), Neanderthal (a skull, no place), Dusseldorf, Peking (inside 'Peking Man', a
# fossil), Beijing, Java twice (inside 'Java Man', a fossil, then the island), 'Dutch' (the army
# doctor's country), France, Siberia, Novosibirsk (for its institute), Mannheim, Karlsruhe;
# 'Germany' in the dateline, Cro-Magnon and the Denisova cave (sites) left unkeyed;
# (j) prisons named after towns, seen from Leavenworth: 'LEAVENWORTH, Kan.' and Leavenworth four
# times (the Kansas city the first and third; the federal penitentiary, no place, the second; the
# Washington town the fourth), Kansas, Folsom, California, Ossining, New York twice (the state each
# time), Sing Sing (a prison, no place), Attica (the New York village, not the Greek region),
# Washington (the state), Topeka, Lawrence (the Kansas city); 'Kan.', the Missouri River,
# 'Americans', Johnny Cash, 'Bavarian' and Alcatraz left unkeyed.
# Decisions (as in batches 7-39): a dateline is a place (the city in capitals), but the state,
# province or country in a dateline is not keyed ('England', 'Guatemala', 'Austria', 'Poland',
# 'N.D.', 'Germany', 'Kan.'); a hotel, a typeface, a coffee, a musical work, an orchestra, a film or
# television series, a building material, a race, a fossil, a prison or a club named after a place
# is no place ('the Hotel Bristol', 'Geneva' the font, 'Monaco', 'Antigua' the coffee, 'Mocha',
# 'Santos', 'the Linz Symphony', 'the Vienna Philharmonic', 'Fargo' the film, 'Casablanca',
# 'Portland stone', 'Caen stone', 'the Derby', 'the Kentucky Derby', 'Heidelberg Man', 'Java Man',
# 'the Neanderthal skull', 'Sing Sing', 'Bristol City', 'Derby County'), nor a title ('the Earl of
# Bristol', 'the 12th Earl of Derby'); a nationality adjective is its country ('Yemeni',
# 'Brazilian', 'Polish', 'Czech', 'German', 'Dutch'); a city named for its institutions is that
# place ('Oxford gave him an honorary degree', 'lent by Novosibirsk', Brussels for the European
# Commission); a name inside a longer name is keyed by the longer name's sense ('Frankfurt (Oder)'
# the town on the Oder, 'Manchester by the Sea' the film); a town named like a bigger or
# better-known place is the town the text means (Bristol in Tennessee and Virginia, Antigua in
# Guatemala except the island, Gloucester in Massachusetts, Derby in Western Australia, Portland in
# Oregon and Maine, Attica in New York, Leavenworth in Washington). Not keyed: rivers, valleys,
# caves, rock shelters, houses, squares, cathedrals, palaces, museums and companies (the Olza, the
# Neisse, the Danube, the Missouri River, the Red River, the Denisova cave, Cro-Magnon, Ickworth,
# the Market Place, St Paul's Cathedral, the Tower of London, the British Museum, Apple), regions
# not keyed elsewhere (Europe, the Kimberley), readings that are unsure (the Warsaw hotel, 'Central
# American', 'Caribbean', 'Georgian', 'Bavarian', Alcatraz) and names left unkeyed to keep the batch
# near 170 (listed with each article).
# 173 names are keyed. Admin1 codes are GeoNames': US two-letter states (AZ, CA, IL, KS, KY, MA, ME,
# MN, ND, NY, OR, TN, VA, WA), GB ENG England and NIR Northern Ireland, and CA 01 Alberta. All other
# countries are checked at country level (Austria, France, Norway, Poland, Switzerland, Guatemala,
# Antigua and Barbuda, Germany, Yemen, Ethiopia, Brazil, Czech Republic, Slovakia, Hungary, Italy,
# Slovenia, Finland, Sweden, Belgium, Australia, China, Indonesia, the Netherlands, Russia).
BATCH_40: list[tuple[str, str, Expected]] = [
    (
        "a",
        (
            "BRISTOL, England — Bristol's hoteliers want the city to claim a share of a famous "
            "name. More than 200 hotels around the world are called the Bristol, from the Hotel "
            "Bristol in Vienna to the Bristol in Paris, and most were named not after the port but "
            "after Frederick Hervey, the Earl of Bristol, a rich 18th-century bishop who toured "
            'Europe demanding the best rooms. "He rarely stayed in Bristol if he could help it," '
            "said historian Joanna Pike. An exhibition about him opens on Monday and will travel "
            "to Bristol, Tennessee, and to Bristol, Virginia, twin towns divided by a state line "
            "down their main street. The earl was also Bishop of Derry, and the Northern Ireland "
            "city has lent letters from his palace there. The Hotel Bristol in Oslo and the "
            "Bristol in Warsaw sent old menus, and Ickworth, his family's house in Suffolk, sent a "
            "portrait. Bristol City, the football club, will host a dinner for the hoteliers, and "
            "coach parties are expected from Bath and Cardiff."
        ),
        {
            "BRISTOL": ("GB", "ENG"),
            "Bristol": ("GB", "ENG"),
            "Bristol#2": None,
            "Bristol#3": None,
            "Vienna": ("AT", None),
            "Bristol#4": None,
            "Paris": ("FR", None),
            "Bristol#5": None,
            "Bristol#6": ("GB", "ENG"),
            "Bristol#7": ("US", "TN"),
            "Tennessee": ("US", "TN"),
            "Bristol#8": ("US", "VA"),
            "Virginia": ("US", "VA"),
            "Derry": ("GB", "NIR"),
            "Bristol#9": None,
            "Oslo": ("NO", None),
            "Warsaw": ("PL", None),
            "Bristol#11": None,
        },
    ),
    (
        "b",
        (
            "GENEVA — Geneva's design museum opened an exhibition on Thursday about typefaces "
            "named after cities, starting with the one that carries its own name. Geneva, a plain "
            "sans-serif drawn for the first Apple Macintosh in 1984, sits beside Chicago, the bold "
            "font of the computer's old menus, and Monaco, the narrow type that programmers still "
            'use. "Apple named its fonts after world cities, so Geneva was always a Swiss font in '
            'spirit," said curator Lukas Meier. The show also explains Helvetica, from the Latin '
            "name of Switzerland, first cut in 1957 by a foundry near Basel. Visitors from "
            "Lausanne and Zurich queued for the opening, and a letterpress workshop in Chicago "
            "lent its wooden type. Toronto, Venice and Athens, three more of the early Mac fonts, "
            "are shown on old screens, and New York, another one, was revived by Apple in 2019. A "
            "second room is devoted to the typeface of the signs at the big airport outside Paris. "
            "The exhibition moves to Zurich in the spring."
        ),
        {
            "GENEVA": ("CH", None),
            "Geneva": ("CH", None),
            "Geneva#2": None,
            "Chicago": None,
            "Monaco": None,
            "Geneva#3": None,
            "Helvetica": None,
            "Switzerland": ("CH", None),
            "Basel": ("CH", None),
            "Lausanne": ("CH", None),
            "Zurich": ("CH", None),
            "Chicago#2": ("US", "IL"),
            "Toronto": None,
            "Venice": None,
            "Athens": None,
            "New York": None,
            "Paris": ("FR", None),
            "Zurich#2": ("CH", None),
        },
    ),
    (
        "c",
        (
            "ANTIGUA, Guatemala — Antigua hosted the Central American coffee cupping championship "
            "on Saturday, and the winning judge said the town's name is a mixed blessing. Beans "
            "sold as Antigua fetch higher prices than coffee from anywhere else in Guatemala, yet "
            'buyers still confuse the colonial town with Antigua, the Caribbean island. "An '
            'importer in Hamburg once asked whether our farms were near the beach," said judge '
            "Claudia Ixcot. The judges also tasted coffees named after places on four continents: "
            "Mocha, named after a Yemeni port where the trade began in the 15th century; Harar and "
            "Yirgacheffe from Ethiopia; Kona from Hawaii; and Santos, named after the Brazilian "
            "port that ships much of the crop. Growers from Cobán and Huehuetenango, who also sell "
            "their beans under their towns' names, came second and third, and a cooperative from "
            "Costa Rica won the espresso prize. Santos, the football club from the same Brazilian "
            "port, sent a signed shirt for the raffle."
        ),
        {
            "ANTIGUA": ("GT", None),
            "Antigua": ("GT", None),
            "Antigua#2": None,
            "Guatemala#2": ("GT", None),
            "Antigua#3": ("AG", None),
            "Hamburg": ("DE", None),
            "Mocha": None,
            "Yemeni": ("YE", None),
            "Harar": None,
            "Yirgacheffe": None,
            "Ethiopia": ("ET", None),
            "Kona": None,
            "Santos": None,
            "Brazilian": ("BR", None),
            "Cobán": ("GT", None),
            "Huehuetenango": ("GT", None),
            "Santos#2": None,
        },
    ),
    (
        "d",
        (
            "SALZBURG, Austria — Salzburg's summer festival will open next month with a cycle of "
            "symphonies named after cities, its director said on Tuesday. The Vienna Philharmonic "
            "will play Mozart's Linz Symphony, written in four days in 1783 when the composer "
            "stopped in Linz on his way back from Salzburg to Vienna, and his Prague Symphony, "
            "first heard in Prague in 1787. Haydn's London Symphony and his Oxford Symphony, which "
            "he conducted when Oxford gave him an honorary degree, follow in the second week. "
            '"Mozart would be amused. He disliked Salzburg and adored Prague," said festival '
            "director Elisabeth Moser. Orchestras from Leipzig and Dresden will also play, and "
            "tickets have sold to visitors from Munich and Milan. Mozart's Paris Symphony, written "
            "in Paris in 1778, will be played by a French youth orchestra on the last night."
        ),
        {
            "SALZBURG": ("AT", None),
            "Salzburg": ("AT", None),
            "Vienna": None,
            "Linz": None,
            "Linz#2": ("AT", None),
            "Salzburg#2": ("AT", None),
            "Vienna#2": ("AT", None),
            "Prague": None,
            "Prague#2": ("CZ", None),
            "London": None,
            "Oxford": None,
            "Oxford#2": ("GB", "ENG"),
            "Salzburg#3": ("AT", None),
            "Prague#3": ("CZ", None),
            "Leipzig": ("DE", None),
            "Dresden": ("DE", None),
            "Paris": None,
            "Paris#2": ("FR", None),
        },
    ),
    (
        "e",
        (
            "CIESZYN, Poland — Cieszyn and Český Těšín, one town until a border was drawn along "
            "the Olza river in 1920, will share a tram line from 2028, the two mayors said on "
            "Wednesday. The Polish side kept most of the old town and the Czech side got the "
            'railway. "We are one town with two names, two currencies and one river," said '
            "Cieszyn's mayor. Other divided towns sent delegates to the signing: Görlitz, on the "
            "German bank of the Neisse, and Zgorzelec, the Polish town across the bridge; "
            "Frankfurt (Oder) and Słubice; Komárno in Slovakia and Komárom in Hungary, which share "
            "a Danube bridge; and Gorizia, in Italy, whose border with Nova Gorica in Slovenia ran "
            "through a railway square until 2004. Delegates from Tornio in Finland said their "
            "neighbour across the river, Haparanda, shares a shopping centre and a school with "
            "them. The European Commission in Brussels will pay half of the tram."
        ),
        {
            "CIESZYN": ("PL", None),
            "Cieszyn": ("PL", None),
            "Český Těšín": ("CZ", None),
            "Polish": ("PL", None),
            "Czech": ("CZ", None),
            "Cieszyn#2": ("PL", None),
            "Görlitz": ("DE", None),
            "German": ("DE", None),
            "Zgorzelec": ("PL", None),
            "Frankfurt": ("DE", None),
            "Słubice": ("PL", None),
            "Komárno": ("SK", None),
            "Komárom": ("HU", None),
            "Gorizia": ("IT", None),
            "Nova Gorica": ("SI", None),
            "Tornio": ("FI", None),
            "Haparanda": ("SE", None),
            "Brussels": ("BE", None),
        },
    ),
    (
        "f",
        (
            "FARGO, N.D. — Fargo has spent almost 30 years explaining that the Coen brothers' film "
            "Fargo was mostly set, and shot, in Minnesota. The city's film festival, which opens "
            "on Wednesday, is leaning into the confusion with a week of films named after real "
            "towns. Casablanca, shot on a studio lot in Burbank, opens the program, followed by "
            "Tombstone, the 1993 western about the Arizona silver town, and Manchester by the Sea, "
            'named after the Massachusetts town near Gloucester. "Nobody in the movie Fargo ever '
            'says they are from Fargo," said festival director Kari Olson. The television series '
            "Fargo, which took its crews to Calgary rather than North Dakota, gets a panel on "
            "Friday. Nashville, Robert Altman's 1975 film, closes the festival with a guest from "
            "the Tennessee city's music trade. Visitors are expected from Moorhead, across the Red "
            "River, and from Bismarck and Brainerd, the Minnesota town where most of the film's "
            "story unfolds."
        ),
        {
            "FARGO": ("US", "ND"),
            "Fargo": ("US", "ND"),
            "Fargo#2": None,
            "Minnesota": ("US", "MN"),
            "Casablanca": None,
            "Burbank": ("US", "CA"),
            "Tombstone": None,
            "Arizona": ("US", "AZ"),
            "Manchester": None,
            "Gloucester": ("US", "MA"),
            "Fargo#3": None,
            "Fargo#4": ("US", "ND"),
            "Fargo#5": None,
            "Calgary": ("CA", "01"),
            "Nashville": None,
            "Tennessee": ("US", "TN"),
            "Moorhead": ("US", "MN"),
            "Brainerd": ("US", "MN"),
        },
    ),
    (
        "g",
        (
            "PORTLAND, England — Quarrymen on Portland, the limestone island off the Dorset coast, "
            "have started cutting blocks for repairs to St Paul's Cathedral in London, which "
            "Christopher Wren rebuilt in Portland stone after the fire of 1666. The stone also "
            "faces Buckingham Palace and the British Museum, and it gave its name to Portland "
            'cement, which is made elsewhere and contains none of it. "People from Portland, '
            'Oregon, and Portland, Maine, ask whether their cities were named after the stone," '
            "said quarry manager Neil Comben. Both were, at some remove, named after the island. "
            "Other stones carry their towns' names too: Bath stone, the honey-coloured limestone "
            "of the Georgian spa city; Caen stone, shipped from Normandy for Canterbury Cathedral "
            "and the Tower of London; and the white marble of Carrara in Tuscany, which "
            "Michelangelo chose for his David. York stone paves many of the squares of London."
        ),
        {
            "PORTLAND": ("GB", "ENG"),
            "Portland": ("GB", "ENG"),
            "Dorset": ("GB", "ENG"),
            "London": ("GB", "ENG"),
            "Portland#2": None,
            "Portland#3": None,
            "Portland#4": ("US", "OR"),
            "Oregon": ("US", "OR"),
            "Portland#5": ("US", "ME"),
            "Maine": ("US", "ME"),
            "Bath": None,
            "Caen": None,
            "Normandy": ("FR", None),
            "Carrara": ("IT", None),
            "Tuscany": ("IT", None),
            "York": None,
            "London#3": ("GB", "ENG"),
        },
    ),
    (
        "h",
        (
            "DERBY, England — Derby wants a share of the race that made its name famous around the "
            "world. The city council said on Thursday it will put up a giant screen in the Market "
            "Place for the Derby, the flat race run on the Downs above Epsom in Surrey since 1780 "
            "and named after the 12th Earl of Derby, who is said to have won a coin toss for the "
            'honour. "Half the world thinks the race is run here," said council leader Amrit Gill. '
            "The earl's family lived at Knowsley, near Liverpool, and never in Derby at all. The "
            "Kentucky Derby, first run in Louisville in 1875, borrowed the name, and the council "
            "has invited a delegation from Louisville to the screening. Derby County, the football "
            "club, will sell tickets, and a racing club from Derby in Western Australia, a port "
            "town in the Kimberley, has sent a video message. Racegoers from Nottingham and "
            "Leicester are expected, and Epsom has promised to lend a trophy."
        ),
        {
            "DERBY": ("GB", "ENG"),
            "Derby": ("GB", "ENG"),
            "Derby#2": None,
            "Epsom": ("GB", "ENG"),
            "Surrey": ("GB", "ENG"),
            "Derby#3": None,
            "Knowsley": ("GB", "ENG"),
            "Liverpool": ("GB", "ENG"),
            "Derby#4": ("GB", "ENG"),
            "Kentucky": None,
            "Derby#5": None,
            "Louisville": ("US", "KY"),
            "Louisville#2": ("US", "KY"),
            "Derby#6": None,
            "Derby#7": ("AU", None),
            "Western Australia": ("AU", None),
            "Epsom#2": ("GB", "ENG"),
        },
    ),
    (
        "i",
        (
            "HEIDELBERG, Germany — Heidelberg's university will show the jaw of Heidelberg Man in "
            "a new exhibition about fossils named after places, the curators said on Monday. The "
            "jawbone, about 600,000 years old, was found in 1907 in a sand pit at Mauer, a village "
            "south-east of the city, and gave its name to a species. The exhibition sets it beside "
            "casts of other finds: the Neanderthal skull found in 1856 in a valley near "
            "Düsseldorf; Peking Man, dug up outside Beijing and lost during the war in 1941; Java "
            "Man, found on the island of Java by a Dutch army doctor; and the Cro-Magnon skeletons "
            "from a rock shelter in France. A cast of a finger bone from the Denisova cave in "
            'Siberia has been lent by Novosibirsk. "Our man is named after a city that did not '
            'exist for another 599,000 years," said curator Anna Bauer. Schoolchildren from '
            "Mannheim and Karlsruhe have booked most of the first week."
        ),
        {
            "HEIDELBERG": ("DE", None),
            "Heidelberg": ("DE", None),
            "Heidelberg#2": None,
            "Mauer": ("DE", None),
            "Neanderthal": None,
            "Düsseldorf": ("DE", None),
            "Peking": None,
            "Beijing": ("CN", None),
            "Java": None,
            "Java#2": ("ID", None),
            "Dutch": ("NL", None),
            "France": ("FR", None),
            "Siberia": ("RU", None),
            "Novosibirsk": ("RU", None),
            "Mannheim": ("DE", None),
            "Karlsruhe": ("DE", None),
        },
    ),
    (
        "j",
        (
            "LEAVENWORTH, Kan. — Leavenworth is tired of being a prison. The city of 37,000 on the "
            "Missouri River launched a campaign on Tuesday to remind Americans that it was the "
            "first city in Kansas, founded in 1854, long before Leavenworth became shorthand for "
            'the federal penitentiary built on its edge. "When people hear you are from '
            'Leavenworth, they ask what you did," said Mayor Dana Kirby. The campaign borrows '
            "ideas from other towns that share their names with jails: Folsom, California, which "
            "holds a Johnny Cash festival; Ossining, New York, home of Sing Sing; and Attica, New "
            "York, a farming village remembered for the prison riot of 1971. Leavenworth, the "
            "Bavarian-style tourist town in Washington state, offered to swap brochures, and "
            "Alcatraz, an island with no town at all, sent a postcard. Visitors from Topeka and "
            "Lawrence will get free tickets to a river festival in June."
        ),
        {
            "LEAVENWORTH": ("US", "KS"),
            "Leavenworth": ("US", "KS"),
            "Kansas": ("US", "KS"),
            "Leavenworth#2": None,
            "Leavenworth#3": ("US", "KS"),
            "Folsom": ("US", "CA"),
            "California": ("US", "CA"),
            "Ossining": ("US", "NY"),
            "New York": ("US", "NY"),
            "Sing Sing": None,
            "Attica": ("US", "NY"),
            "New York#2": ("US", "NY"),
            "Leavenworth#4": ("US", "WA"),
            "Washington": ("US", "WA"),
            "Topeka": ("US", "KS"),
            "Lawrence": ("US", "KS"),
        },
    ),
]
_A40 = "BRISTOL, England — Bristol's h"
_B40 = "GENEVA — Geneva's design museu"
_C40 = "ANTIGUA, Guatemala — Antigua h"
_D40 = "SALZBURG, Austria — Salzburg's"
_E40 = "CIESZYN, Poland — Cieszyn and "
_F40 = "FARGO, N.D. — Fargo has spent "
_G40 = "PORTLAND, England — Quarrymen "
_H40 = "DERBY, England — Derby wants a"
_I40 = "HEIDELBERG, Germany — Heidelbe"
_J40 = "LEAVENWORTH, Kan. — Leavenwort"
BATCH_40_XFAIL: dict[tuple[str, str], str] = {
    (_A40, "Bristol#2"): (
        "first run (b0b5647): 'Bristol#2' should be no place, got Bristol (GB, ENG)"
    ),
    (_A40, "Vienna"): ("first run (b0b5647): 'Vienna' Vienna in US"),
    (_A40, "Bristol#4"): (
        "first run (b0b5647): 'Bristol#4' should be no place, got Bristol (GB, ENG)"
    ),
    (_A40, "Bristol#5"): (
        "first run (b0b5647): 'Bristol#5' should be no place, got Bristol (GB, ENG)"
    ),
    (_A40, "Warsaw"): ("first run (b0b5647): 'Warsaw' Warsaw in US"),
    (_B40, "Geneva#2"): ("first run (b0b5647): 'Geneva#2' should be no place, got Geneva (CH, GE)"),
    (_B40, "Chicago"): ("first run (b0b5647): 'Chicago' should be no place, got Chicago (US, IL)"),
    (_B40, "Monaco"): ("first run (b0b5647): 'Monaco' should be no place, got Monaco (MC, 00)"),
    (_B40, "Geneva#3"): ("first run (b0b5647): 'Geneva#3' should be no place, got Geneva (CH, GE)"),
    (_B40, "Toronto"): ("first run (b0b5647): 'Toronto' should be no place, got Toronto (CA, 08)"),
    (_B40, "Venice"): ("first run (b0b5647): 'Venice' should be no place, got Dayton (US, OH)"),
    (_B40, "Athens"): ("first run (b0b5647): 'Athens' should be no place, got Athens (US, OH)"),
    (_B40, "New York"): (
        "first run (b0b5647): 'New York' should be no place, got New York (US, NY)"
    ),
    (_C40, "Antigua#2"): (
        "first run (b0b5647): 'Antigua#2' should be no place, got Antigua Guatemala (GT, 16)"
    ),
    (_C40, "Antigua#3"): ("first run (b0b5647): 'Antigua#3' Antigua Guatemala in GT"),
    (_C40, "Harar"): ("first run (b0b5647): 'Harar' should be no place, got Harar (ET, 50)"),
    (_C40, "Yirgacheffe"): (
        "first run (b0b5647): 'Yirgacheffe' should be no place, got Yirga Ch’efē (ET, 56)"
    ),
    (_C40, "Kona"): ("first run (b0b5647): 'Kona' should be no place, got Kona (CI, 77)"),
    (_D40, "Prague"): ("first run (b0b5647): 'Prague' should be no place, got Prague (CZ, 52)"),
    (_D40, "London"): ("first run (b0b5647): 'London' should be no place, got London (GB, ENG)"),
    (_D40, "Oxford"): ("first run (b0b5647): 'Oxford' should be no place, got Oxford (GB, ENG)"),
    (_D40, "Paris"): ("first run (b0b5647): 'Paris' should be no place, got Paris (FR, 11)"),
    (_F40, "Fargo#2"): ("first run (b0b5647): 'Fargo#2' should be no place, got Fargo (US, ND)"),
    (_F40, "Tombstone"): (
        "first run (b0b5647): 'Tombstone' should be no place, got Tombstone (US, AZ)"
    ),
    (_F40, "Manchester"): (
        "first run (b0b5647): 'Manchester' should be no place, got Manchester (US, TN)"
    ),
    (_F40, "Fargo#3"): ("first run (b0b5647): 'Fargo#3' should be no place, got Fargo (US, ND)"),
    (_F40, "Fargo#5"): ("first run (b0b5647): 'Fargo#5' should be no place, got Fargo (US, ND)"),
    (_F40, "Nashville"): (
        "first run (b0b5647): 'Nashville' should be no place, got Nashville (US, TN)"
    ),
    (_G40, "Dorset"): ("first run (b0b5647): 'Dorset' not found as a place (overlap: None)"),
    (_G40, "Portland#2"): (
        "first run (b0b5647): 'Portland#2' should be no place, got Portland (GB, ENG)"
    ),
    (_G40, "Portland#3"): (
        "first run (b0b5647): 'Portland#3' should be no place, got Portland (GB, ENG)"
    ),
    (_G40, "Normandy"): ("first run (b0b5647): 'Normandy' Normandy in GB"),
    (_G40, "York"): ("first run (b0b5647): 'York' should be no place, got York (GB, ENG)"),
    (_H40, "Derby#3"): ("first run (b0b5647): 'Derby#3' should be no place, got Derby (US, KS)"),
    (_H40, "Kentucky"): (
        "first run (b0b5647): 'Kentucky' should be no place, got Kentucky (US, KY)"
    ),
    (_I40, "Heidelberg#2"): (
        "first run (b0b5647): 'Heidelberg#2' should be no place, got Heidelberg (DE, 01)"
    ),
    (_I40, "Peking"): ("first run (b0b5647): 'Peking' should be no place, got Beijing (CN, 22)"),
    (_I40, "Java#2"): ("first run (b0b5647): 'Java#2' not found as a place (overlap: None)"),
    (_I40, "Novosibirsk"): (
        "first run (b0b5647): 'Novosibirsk' not found as a place (overlap: None)"
    ),
    (_J40, "Leavenworth#2"): (
        "first run (b0b5647): 'Leavenworth#2' should be no place, got Leavenworth (US, KS)"
    ),
    (_J40, "Leavenworth#4"): ("first run (b0b5647): 'Leavenworth#4' Leavenworth, KS"),
}
BATCH_40_NAMES = _named_params(40, BATCH_40, BATCH_40_XFAIL)


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        *_named_params(7, BATCH_7, BATCH_7_XFAIL),
        *_named_params(8, BATCH_8, BATCH_8_XFAIL),
        *_named_params(9, BATCH_9, BATCH_9_XFAIL),
        *_named_params(10, BATCH_10, BATCH_10_XFAIL),
        *BATCH_11_NAMES,
        *BATCH_12_NAMES,
        *BATCH_13_NAMES,
        *BATCH_14_NAMES,
        *BATCH_15_NAMES,
        *BATCH_16_NAMES,
        *BATCH_17_NAMES,
        *BATCH_18_NAMES,
        *BATCH_19_NAMES,
        *BATCH_20_NAMES,
        *BATCH_21_NAMES,
        *BATCH_22_NAMES,
        *BATCH_23_NAMES,
        *BATCH_24_NAMES,
        *BATCH_25_NAMES,
        *BATCH_26_NAMES,
        *BATCH_27_NAMES,
        *BATCH_28_NAMES,
        *BATCH_29_NAMES,
        *BATCH_30_NAMES,
        *BATCH_31_NAMES,
        *BATCH_32_NAMES,
        *BATCH_33_NAMES,
        *BATCH_34_NAMES,
        *BATCH_35_NAMES,
        *BATCH_36_NAMES,
        *BATCH_37_NAMES,
        *BATCH_38_NAMES,
        *BATCH_39_NAMES,
        *BATCH_40_NAMES,
    ],
)
def test_blind_batch(
    pipeline: Pipeline, text: str, name: str, want: tuple[str, str | None] | None
) -> None:
    """Batches 7-40: the occurrence a key names ("Jackson#3") and its reading."""
    covered, got = reading_at(pipeline, text, name)
    if want is None:
        assert got is None, f"{name!r} should be no place, got {got}"
        return
    country, admin1 = want
    assert covered and got is not None, f"{name!r} not found as a place (overlap: {got})"
    assert got.country_code in country.split("|"), f"{name!r}: {got.name} in {got.country_code}"
    assert admin1 is None or got.admin1 == admin1, f"{name!r}: {got.name}, {got.admin1}"
