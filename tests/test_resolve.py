"""geo.resolve: joint inference over a document's names, on short hand-written texts with the
real gazetteer (mentions are given, so no language model is needed)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.gazetteer import Gazetteer
from geo.models import OPENER_LABEL, Candidate, Document, Mention, Place
from geo.pipeline import AREA_QUALIFIERS
from geo.resolve import resolve, resolve_openers


def mentions_of(text: str, names: list[str]) -> list[Mention]:
    """Every whole-word occurrence of each name, in text order."""
    found = [
        Mention(name, m.start(), m.end())
        for name in names
        for m in re.finditer(rf"\b{re.escape(name)}\b", text)
    ]
    return sorted(found, key=lambda m: m.start)


def lookup(gaz: Gazetteer) -> Callable[[Mention], list[Candidate]]:
    """Candidates as the pipeline finds them: "Northeast Georgia" falls back to "Georgia"."""

    def candidates_for(mention: Mention) -> list[Candidate]:
        first, _, rest = mention.text.partition(" ")
        found = gaz.candidates(mention.text)
        return found or (gaz.candidates(rest) if first.casefold() in AREA_QUALIFIERS else [])

    return candidates_for


def resolved(gaz: Gazetteer, text: str, names: list[str]) -> dict[str, list[Place]]:
    places = resolve(text, mentions_of(text, names), lookup(gaz), None, gaz.demonym)
    out: dict[str, list[Place]] = {}
    for place in places:
        out.setdefault(place.mention.text, []).append(place)
    return out


def where(place: Place) -> tuple[str, str, str]:
    assert place.chosen is not None
    return place.chosen.country_code, place.chosen.admin1, place.chosen.kind


def test_candidates_carry_their_county(real_gazetteer: Gazetteer) -> None:
    paris_il = [c for c in real_gazetteer.candidates("Paris") if c.admin1 == "IL"]
    county = [c for c in real_gazetteer.candidates("Edgar County") if c.admin1 == "IL"]
    assert paris_il and county
    assert paris_il[0].admin2 and paris_il[0].admin2 == county[0].admin2


def test_a_county_named_elsewhere_brings_its_small_town(real_gazetteer: Gazetteer) -> None:
    text = "A Paris man was arrested on Friday. He was held in the Edgar County jail."
    places = resolved(real_gazetteer, text, ["Paris", "Edgar County"])
    assert {where(p) for p in places["Paris"]} == {("US", "IL", "city")}
    assert where(places["Edgar County"][0]) == ("US", "IL", "admin")


def test_two_uncertain_names_lift_each_other(real_gazetteer: Gazetteer) -> None:
    """Neither Richmond (Virginia is larger) nor Madison County (several states) is sure on its
    own; together they are Richmond and Madison County, Kentucky."""
    text = (
        "A Richmond woman was charged on Sunday after a crash on the bypass, Madison County "
        "deputies said."
    )
    places = resolved(real_gazetteer, text, ["Richmond", "Madison County"])
    assert where(places["Richmond"][0]) == ("US", "KY", "city")
    assert where(places["Madison County"][0]) == ("US", "KY", "admin")


def test_a_world_capital_stays_with_one_state_named(real_gazetteer: Gazetteer) -> None:
    text = (
        "Ministers met in Paris on Monday. Delegations from Berlin and Madrid joined them, "
        "and a trade envoy from Texas watched the talks."
    )
    places = resolved(real_gazetteer, text, ["Paris", "Berlin", "Madrid", "Texas"])
    assert where(places["Paris"][0])[0] == "FR"
    assert where(places["Berlin"][0])[0] == "DE"
    assert where(places["Texas"][0]) == ("US", "TX", "admin")


def test_the_state_not_the_country_among_its_counties(real_gazetteer: Gazetteer) -> None:
    """A name does not vote for itself under another spelling ("Georgia" for "Northeast
    Georgia"): the counties decide."""
    text = (
        "Schools in Northeast Georgia are reviewing their policies. Clarke County and Oconee "
        "County have begun; Georgia lawmakers are watching."
    )
    places = resolved(
        real_gazetteer, text, ["Northeast Georgia", "Clarke County", "Oconee County", "Georgia"]
    )
    assert where(places["Georgia"][0]) == ("US", "GA", "admin")
    assert where(places["Northeast Georgia"][0]) == ("US", "GA", "admin")
    assert where(places["Clarke County"][0]) == ("US", "GA", "admin")


def test_the_country_holding_named_places(real_gazetteer: Gazetteer) -> None:
    """Countries get support too: Oaxaca makes "Mexico" the country, not Mexico City."""
    text = "The caravan camped in Oaxaca, in southern Mexico, before it broke up."
    places = resolved(real_gazetteer, text, ["Oaxaca", "Mexico"])
    assert where(places["Mexico"][0]) == ("MX", "", "country")


def test_one_sense_per_discourse(real_gazetteer: Gazetteer) -> None:
    text = "The storm reached Paris, Texas on Monday. Paris schools stayed closed."
    places = resolved(real_gazetteer, text, ["Paris", "Texas"])
    assert [where(p) for p in places["Paris"]] == [("US", "TX", "city")] * 2


def test_support_stays_inside_its_section(real_gazetteer: Gazetteer) -> None:
    """A teaser below the article ("More from ...") is another story: its places are no
    evidence for the article's, though the same places inside the article are."""
    text = "Talks in Athens resumed.\n\nMore news\nKnoxville budget vote in Sevier County"
    split = text.index("More news")
    mentions = mentions_of(text, ["Athens", "Knoxville", "Sevier County"])
    teaser = [replace(m, section="related") if m.start > split else m for m in mentions]

    apart = resolve(text, teaser, lookup(real_gazetteer), None, real_gazetteer.demonym)
    together = resolve(text, mentions, lookup(real_gazetteer), None, real_gazetteer.demonym)
    assert where(apart[0]) == ("GR", "ESYE31", "city")
    assert where(together[0]) == ("US", "TN", "city")


def test_variants_of_one_name_are_no_evidence_for_each_other(real_gazetteer: Gazetteer) -> None:
    """ "South Arlington" is read as Arlington: its Virginia readings must not lift the Virginia
    readings of "Arlington" (the county holds the town), nor the other way round."""
    text = (
        "A woman was killed in Arlington by a neighbor backing up. She was walking in South "
        "Arlington about 7 a.m."
    )
    places = resolved(real_gazetteer, text, ["Arlington", "South Arlington"])
    assert where(places["Arlington"][0]) == ("US", "TX", "city")


def test_a_list_is_no_container_for_a_translated_name(real_gazetteer: Gazetteer) -> None:
    """In "Washington, New York and Boston" New York is the next stop, not the state holding
    Watervliet (GeoNames alternate name "Washington")."""
    text = "After stops in Washington, New York and Boston, the prince flew home."
    places = resolved(real_gazetteer, text, ["Washington", "New York", "Boston"])
    assert where(places["Washington"][0]) == ("US", "DC", "city")


def test_a_neighbouring_town_brings_a_small_town_home(real_gazetteer: Gazetteer) -> None:
    # Middletown, Connecticut borders Cromwell; Charles City, Virginia lies 40 km from
    # Williamsburg. Bigger namesakes elsewhere win without the neighbour.
    text = "He lives in Middletown and works in Cromwell."
    places = resolved(real_gazetteer, text, ["Middletown", "Cromwell"])
    assert {where(p) for p in places["Middletown"]} == {("US", "CT", "city")}
    text = "The show moves from Charles City to Williamsburg next week."
    places = resolved(real_gazetteer, text, ["Charles City", "Williamsburg"])
    assert {where(p) for p in places["Charles City"]} == {("US", "VA", "city")}


def test_confidence_counts_readings_at_the_same_spot() -> None:
    from geo.models import Candidate, Mention
    from geo.resolve import _place

    city = Candidate("Liverpool", 53.41, -2.98, "city", "GB", population=864_000)
    district = Candidate("Liverpool", 53.42, -2.92, "admin", "GB", population=500_000)
    far = Candidate("Liverpool", -33.92, 150.92, "city", "AU", population=27_000)
    mention = Mention("Liverpool", 0, 9, "GPE")
    place = _place(mention, [city, district, far], [5.0, 5.0, 3.0])
    assert place.confidence > 0.9  # the district is the same answer, the Australian town is not


def test_a_neighbouring_name_is_the_country(real_gazetteer: Gazetteer) -> None:
    text = "Bandits in Minna crossed from neighbouring Niger, the Nigerian army said."
    places = resolved(real_gazetteer, text, ["Minna", "Niger"])
    assert where(places["Niger"][0])[0] == "NE"


def test_a_governor_names_a_second_level_division(real_gazetteer: Gazetteer) -> None:
    text = "Quezon Governor Helen Tan declared a state of calamity in the province."
    places = resolved(real_gazetteer, text, ["Quezon"])
    assert where(places["Quezon"][0])[2] == "admin"


def test_an_opener_without_neighbours_is_dropped(real_gazetteer: Gazetteer) -> None:
    text = "Dubrovnik is four hours away. Floods hit Neum and Zadar, but Keller stayed in Texas."
    mentions = [
        replace(m, label=OPENER_LABEL) if m.text in {"Dubrovnik", "Keller"} else m
        for m in mentions_of(text, ["Dubrovnik", "Neum", "Zadar", "Keller", "Texas"])
    ]
    found = resolve_openers(text, mentions, lookup(real_gazetteer), None, real_gazetteer.demonym)
    names = {p.mention.text: p.mention.label for p in found}
    assert names.get("Dubrovnik") == "GAZ" and names.get("Keller") == "GAZ"
    text = text.replace("stayed in Texas", "stayed home")
    mentions = [m for m in mentions if m.text != "Texas"]
    found = resolve_openers(text, mentions, lookup(real_gazetteer), None, real_gazetteer.demonym)
    assert "Keller" not in {p.mention.text for p in found}


def test_an_unknown_venue_lies_at_the_place_its_name_holds(real_gazetteer: Gazetteer) -> None:
    text = (
        "He flew to Kananaskis and Russia. Talks were held at the Pomeroy Kananaskis Mountain "
        "Lodge and the Russia Trade Center."
    )
    names = ["Kananaskis", "Russia", "Pomeroy Kananaskis Mountain Lodge", "Russia Trade Center"]
    found = [replace(m, label="FAC" if " " in m.text else "GPE") for m in mentions_of(text, names)]
    places = resolve(text, found, lookup(real_gazetteer), None, real_gazetteer.demonym)
    by_name = {p.mention.text: p.chosen for p in places}
    lodge = by_name["Pomeroy Kananaskis Mountain Lodge"]
    assert lodge is not None and lodge.name == "Kananaskis"
    assert by_name["Russia Trade Center"] is None  # a venue named after a country may be anywhere


def test_a_container_reading_that_holds_the_name_before_it(real_gazetteer: Gazetteer) -> None:
    text = "The flight was diverted to Goose Bay in Labrador."
    found = resolved(real_gazetteer, text, ["Goose Bay", "Labrador"])
    assert where(found["Labrador"][0]) == ("CA", "", "region")  # not Labrador, Queensland


def test_a_town_noun_or_a_division_word_names_the_level(real_gazetteer: Gazetteer) -> None:
    text = "The convoy reached the Egyptian city of Aswan. Rain fell in Kagoshima prefecture."
    found = resolved(real_gazetteer, text, ["Aswan", "Kagoshima"])
    assert where(found["Aswan"][0])[2] == "city"  # not the governorate
    assert where(found["Kagoshima"][0])[2] == "admin"  # not the city


def test_a_division_named_after_its_seat_gives_way_to_the_town(real_gazetteer: Gazetteer) -> None:
    """A bare name that is both a town and the division named after it ("Pokrovsk Raion",
    "Kabupaten Karawang") is the town, even when the division counts more people."""
    text = "Soldiers pulled back from Pokrovsk to Kramatorsk. Buses left Karawang for Bekasi."
    found = resolved(real_gazetteer, text, ["Pokrovsk", "Kramatorsk", "Karawang", "Bekasi"])
    for name in ("Pokrovsk", "Karawang"):
        chosen = found[name][0].chosen
        assert chosen is not None and (chosen.name, chosen.kind) == (name, "city")
    assert found["Pokrovsk"][0].chosen.country_code == "UA"


def test_an_apposition_calling_it_a_town_gives_the_town(real_gazetteer: Gazetteer) -> None:
    """'Cuba, a town of 3,000': the Missouri town, not the country."""
    text = "Tornadoes hit Rolla in Missouri. Cuba, a town of 3,000 known for its murals, lost power"
    found = resolved(real_gazetteer, text, ["Rolla", "Missouri", "Cuba"])
    chosen = found["Cuba"][0].chosen
    assert chosen is not None and (chosen.country_code, chosen.kind) == ("US", "city")


def test_a_capital_that_acts_as_a_government_is_the_capital_not_a_town_nearby() -> None:
    """'Washington approved emergency aid' in a Georgia story is the US capital, not the
    town of Washington, Georgia; 'the state government in Victoria said' stays local."""
    from geo.pipeline import default_pipeline

    pipeline = default_pipeline()
    story = pipeline.parse(
        Document(
            "t",
            "ATHENS, Ga. (AP) - Floods closed roads around Athens and Augusta, Georgia, on "
            "Monday. Washington approved emergency aid on Tuesday.",
        )
    )
    found = {p.mention.text: (p.chosen.country_code, p.chosen.admin1) for p in story.places}
    assert found["Washington"] == ("US", "DC")


def test_a_country_named_like_a_state_listed_with_a_state_is_the_state() -> None:
    """'Georgia' beside 'Alabama' is the US state, with no other Georgia town to lean on."""
    from geo.pipeline import default_pipeline

    story = default_pipeline().parse(
        Document("t", "PENSACOLA, Fla. (AP) - Shelters in Georgia and Alabama took in evacuees.")
    )
    found = {p.mention.text: (p.chosen.country_code, p.chosen.admin1) for p in story.places}
    assert found["Georgia"] == ("US", "GA")


def test_a_name_stated_as_another_country_s_city_is_that_country_s() -> None:
    """'the Libyan city of Tripoli' in a Lebanese story is Libya's capital; the dateline's
    Tripoli stays Lebanese."""
    from geo.pipeline import default_pipeline

    text = (
        "TRIPOLI, Lebanon — Tripoli's port reopened on Monday after a week of storms, and "
        'fishermen in Batroun and Byblos went back to sea. "People think we are the Libyan '
        'city of Tripoli," said a trader from Akkar.'
    )
    story = default_pipeline().parse(Document("t", text))
    found = [(p.mention.text, p.chosen.country_code) for p in story.places if p.chosen]
    assert [code for name, code in found if name == "Tripoli"] == ["LB", "LY"]


def test_a_city_not_its_same_named_district_among_its_towns(real_gazetteer: Gazetteer) -> None:
    """Wanzhou and Fuling lie in the district named Chongqing, yet "left Chongqing" is the
    city; a text that calls it a municipality means the division."""
    text = (
        "The barge left Chongqing on Monday, stopped at Fuling and Wanzhou, and unloaded its "
        "steel in Yichang."
    )
    chongqing = resolved(real_gazetteer, text, ["Chongqing", "Fuling", "Wanzhou", "Yichang"])
    chosen = chongqing["Chongqing"][0].chosen
    assert chosen is not None and chosen.feature_code == "PPLA"
    text = "Floods hit Chongqing municipality, Fuling and Wanzhou."
    chosen = resolved(real_gazetteer, text, ["Chongqing", "Fuling", "Wanzhou"])["Chongqing"][
        0
    ].chosen
    assert chosen is not None and chosen.kind == "admin"


def test_a_namesake_s_place_lends_no_support(real_gazetteer: Gazetteer) -> None:
    """'Boston, a namesake of the port in Lincolnshire': the county holds the namesake, not the
    Boston of the story; only the namesake's own phrase is set apart ('Hamilton, not to be
    confused with the town in Scotland, after leaving Toronto': Toronto still counts)."""
    text = (
        "The truck reached Boston, a namesake of the port in Lincolnshire, on Friday after a "
        "night in Worcester, Massachusetts."
    )
    places = resolved(
        real_gazetteer, text, ["Boston", "Lincolnshire", "Worcester", "Massachusetts"]
    )
    assert where(places["Boston"][0]) == ("US", "MA", "city")
    text = (
        "Riders reached Hamilton, not to be confused with the town in Scotland, after leaving "
        "Toronto."
    )
    places = resolved(real_gazetteer, text, ["Hamilton", "Scotland", "Toronto"])
    assert where(places["Hamilton"][0])[:2] == ("CA", "08")


def test_a_venue_named_after_its_city_s_possessive_lies_in_that_city(
    real_gazetteer: Gazetteer,
) -> None:
    """'took off from Accra's Kotoka airport': the airport's name is no Finnish Kotka."""
    text = "She took off from Accra's Kotoka airport on Monday."
    places = resolved(real_gazetteer, text, ["Accra", "Kotoka"])
    assert where(places["Kotoka"][0])[:2] == ("GH", "01")


def test_a_city_with_no_county_code_over_its_same_named_division(
    real_gazetteer: Gazetteer,
) -> None:
    """GeoNames gives Toronto no second-level code, yet it is the city its division is named
    after: a London nearby does not make "Toronto" the division."""
    text = "She played London on Thursday and flew on to Toronto on Friday."
    places = resolved(real_gazetteer, text, ["London", "Toronto"])
    chosen = places["Toronto"][0].chosen
    assert chosen is not None and chosen.kind == "city"


def test_a_name_told_bare_after_its_container_keeps_the_container_s_reading() -> None:
    """'LONDON, Ontario ... London, a city of 420,000 ... Friends in England': the bare
    London is the dateline's, not the one the English names lean to."""
    from geo.pipeline import default_pipeline

    text = (
        "LONDON, Ontario (AP) — A tornado tore roofs off homes in the north end of London on "
        "Monday. London, a city of 420,000, last saw such winds in 1996, officials said. "
        "Friends in England, Scotland and Wales called to check on the family, and a church "
        "in Manchester held a collection."
    )
    story = default_pipeline().parse(Document("t", text))
    found = [p.chosen.country_code for p in story.places if p.chosen and p.mention.text == "London"]
    assert found == ["CA", "CA"]
