"""A route that goes round the world between two neighbouring stops takes the reading of the
ambiguous name that lies on its way."""

from __future__ import annotations

from geo.detours import reread_detours
from geo.models import Candidate, Event, Mention, Place, Route, Stop

# two namesakes each: the towns of Tasmania and the English or Scottish ones
LAUNCESTON_GB = Candidate("Launceston", 50.637, -4.360, "city", "GB", "ENG", 9216)
LAUNCESTON_AU = Candidate("Launceston", -41.438, 147.135, "city", "AU", "06", 86404)
PERTH_WA = Candidate("Perth", -31.952, 115.861, "city", "AU", "08", 2_000_000)
PERTH_TAS = Candidate("Perth", -41.573, 147.171, "city", "AU", "06", 2500)
PERTH_SCOT = Candidate("Perth", 56.396, -3.437, "city", "GB", "SCT", 47000)
CAMPBELL_TOWN = Candidate("Campbell Town", -41.929, 147.492, "city", "AU", "06", 900)
HOBART = Candidate("Hobart", -42.879, 147.329, "city", "AU", "06", 216000)
SENTENCE = "She left Launceston, walked through Perth and Campbell Town and reached Hobart."


def place(chosen: Candidate, *others: Candidate, confidence: float = 0.6) -> Place:
    start = SENTENCE.find(chosen.name)
    mention = Mention(chosen.name, start, start + len(chosen.name))
    return Place(mention, chosen, confidence, (chosen, *others))


def walk(places: list[Place], sentence: str = SENTENCE) -> tuple[list[Event], Route]:
    events = [
        Event(None, "", ("Ellen Price",), "walked", "travel", p, sentence, 0, len(sentence))
        for p in places
    ]
    stops = tuple(
        Stop(p.chosen.name, p.chosen.lat, p.chosen.lon, None, "waypoint")
        for p in places
        if p.chosen
    )
    return events, Route("Ellen Price", stops, 0.0)


def chosen(places: list[Place] | None) -> list[tuple[str, str]]:
    assert places is not None
    return [(p.chosen.name, p.chosen.admin1) for p in places if p.chosen]


def test_a_stop_half_a_world_away_takes_the_reading_on_the_way() -> None:
    places = [
        place(LAUNCESTON_AU, LAUNCESTON_GB, confidence=0.95),
        place(PERTH_WA, PERTH_TAS, PERTH_SCOT),
        place(CAMPBELL_TOWN, confidence=1.0),
        place(HOBART, confidence=1.0),
    ]
    events, route = walk(places)
    assert chosen(reread_detours(SENTENCE, places, events, [route])) == [
        ("Launceston", "06"),
        ("Perth", "06"),
        ("Campbell Town", "06"),
        ("Hobart", "06"),
    ]


def test_two_wrong_neighbours_are_read_again_together() -> None:
    """Each wrong stop lies beside the other, so only the whole route shows the detour."""
    places = [
        place(LAUNCESTON_GB, LAUNCESTON_AU),
        place(PERTH_SCOT, PERTH_TAS, PERTH_WA),
        place(CAMPBELL_TOWN, confidence=1.0),
        place(HOBART, confidence=1.0),
    ]
    events, route = walk(places)
    assert chosen(reread_detours(SENTENCE, places, events, [route]))[:2] == [
        ("Launceston", "06"),
        ("Perth", "06"),
    ]


def test_a_sure_reading_stays() -> None:
    places = [
        place(LAUNCESTON_AU, confidence=1.0),
        place(PERTH_WA, PERTH_TAS, confidence=0.95),
        place(HOBART, confidence=1.0),
    ]
    events, route = walk(places)
    assert reread_detours(SENTENCE, places, events, [route]) is None


def test_a_leg_by_air_is_no_detour() -> None:
    """'flew from Perth to Hobart' may join any two places."""
    places = [place(PERTH_WA, PERTH_TAS), place(HOBART, confidence=1.0)]
    events, route = walk(places, "She flew from Perth to Hobart.")
    assert reread_detours(SENTENCE, places, events, [route]) is None


def test_a_route_on_its_way_is_left_alone() -> None:
    places = [
        place(LAUNCESTON_AU, LAUNCESTON_GB),
        place(CAMPBELL_TOWN, confidence=1.0),
        place(HOBART, confidence=1.0),
    ]
    events, route = walk(places)
    assert reread_detours(SENTENCE, places, events, [route]) is None


def test_an_analyst_s_correction_is_kept() -> None:
    corrected = Place(Mention("Perth", 0, 5), PERTH_WA, 0.5, (PERTH_WA, PERTH_TAS), corrected=True)
    places = [place(LAUNCESTON_AU, confidence=1.0), corrected, place(HOBART, confidence=1.0)]
    events, route = walk(places)
    assert reread_detours(SENTENCE, places, events, [route]) is None


SANTA_CLARA_CA = Candidate("Santa Clara", 37.354, -121.955, "city", "US", "CA", 126215)
SANTA_CLARA_TX = Candidate("Santa Clara", 29.512, -98.121, "city", "US", "TX", 725)
DALLAS = Candidate("Dallas", 32.783, -96.807, "city", "US", "TX", 1_300_000)
FORT_WORTH = Candidate("Fort Worth", 32.725, -97.321, "city", "US", "TX", 900_000)


def test_a_long_first_leg_is_a_move_not_a_detour() -> None:
    """'moved from Santa Clara to Dallas, then to Fort Worth': a first leg across a country
    is no evidence that the small Texan namesake was meant."""
    places = [
        place(SANTA_CLARA_CA, SANTA_CLARA_TX, confidence=0.5),
        place(DALLAS, confidence=1.0),
        place(FORT_WORTH, confidence=1.0),
    ]
    events, route = walk(places, "He moved from Santa Clara to Dallas, then to Fort Worth.")
    assert reread_detours(SENTENCE, places, events, [route]) is None
    assert reread_detours(SENTENCE, places[:2], events[:2], [walk(places[:2])[1]]) is None


HAVANA = Candidate("Havana", 23.133, -82.383, "city", "CU", "02", 2_163_824)
SANTIAGO_DE_CUBA = Candidate("Santiago de Cuba", 20.021, -75.827, "city", "CU", "15", 555865)
SANTIAGO_CL = Candidate("Santiago", -33.457, -70.648, "city", "CL", "12", 4_837_295)


def test_a_place_the_text_names_otherwise_is_no_other_reading() -> None:
    """'returned to Santiago after a trip to Havana and Santiago de Cuba': the Cuban city is
    a reading of "Santiago" too, but the text names it in full, so "Santiago" is another
    place; a reading must also bear the very name written."""
    sentence = "He returned to Santiago after a trip to Havana and Santiago de Cuba."
    cuban = SANTIAGO_DE_CUBA
    home = Place(Mention("Santiago", 15, 23), SANTIAGO_CL, 0.6, (SANTIAGO_CL, cuban))
    places = [
        Place(Mention("Havana", 40, 46), HAVANA, 1.0, (HAVANA,)),
        Place(Mention("Santiago de Cuba", 51, 67), cuban, 1.0, (cuban,)),
        home,
    ]
    events, route = walk(places, sentence)
    assert reread_detours(SENTENCE, places, events, [route]) is None


def test_a_name_placed_in_its_country_stays() -> None:
    """'left Perth in Scotland': the text itself placed the town."""
    text = "She left Perth in Scotland and walked to Campbell Town and Hobart."
    scotland = Candidate("Scotland", 56.5, -4.0, "admin", "GB", "SCT", 5_400_000)
    places = [
        Place(Mention("Perth", 9, 14), PERTH_SCOT, 0.6, (PERTH_SCOT, PERTH_TAS)),
        Place(Mention("Scotland", 18, 26), scotland, 1.0, (scotland,)),
        Place(Mention("Campbell Town", 43, 56), CAMPBELL_TOWN, 1.0, (CAMPBELL_TOWN,)),
        Place(Mention("Hobart", 61, 67), HOBART, 1.0, (HOBART,)),
    ]
    events, route = walk([places[0], places[2], places[3]], text)
    assert reread_detours(text, places, events, [route]) is None
    moved = reread_detours(
        text.replace(" in Scotland", ""), places[:1] + places[2:], events, [route]
    )
    assert chosen(moved)[0] == ("Perth", "06")
