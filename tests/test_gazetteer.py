"""geo.gazetteer (tiny fixture and the real built file) and geo.online (never online here)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from geopy.exc import GeocoderServiceError
from geopy.location import Location

from geo.errors import DataMissingError
from geo.gazetteer import ATTRIBUTION, Gazetteer, haversine_km
from geo.models import Candidate
from geo.online import OnlineGeocoder

RAW_KEYS = {"geonames_id", "kind", "country_code", "admin1", "population", "feature_code", "name"}


def _one(loc: Location | list[Location] | None) -> Location:
    assert isinstance(loc, Location)
    return loc


# ----------------------------------------------------------------------- errors and basics


def test_missing_file_raises_data_missing(tmp_path: Path) -> None:
    with pytest.raises(DataMissingError, match="make setup"):
        Gazetteer(tmp_path / "nope.sqlite")


def test_env_var_overrides_default_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture_db: Path
) -> None:
    monkeypatch.setenv("GEO_GAZETTEER", str(tmp_path / "absent.sqlite"))
    with pytest.raises(DataMissingError):
        Gazetteer()
    monkeypatch.setenv("GEO_GAZETTEER", str(fixture_db))
    assert Gazetteer().candidates("Khasan")


def test_not_a_database_raises_data_missing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DataMissingError):
        Gazetteer(bad)


def test_opens_read_only(fixture_gazetteer: Gazetteer) -> None:
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        fixture_gazetteer._conn.execute("DELETE FROM places")


def test_attribution_credits_geonames_and_natural_earth(fixture_gazetteer: Gazetteer) -> None:
    assert fixture_gazetteer.attribution == ATTRIBUTION
    assert "GeoNames" in ATTRIBUTION and "CC BY 4.0" in ATTRIBUTION
    assert "Natural Earth" in ATTRIBUTION


# ----------------------------------------------------------------------- fixture gazetteer


def test_candidates_match_kinds(fixture_gazetteer: Gazetteer) -> None:
    [kyiv] = [c for c in fixture_gazetteer.candidates("Kiev") if c.kind == "city"]
    assert kyiv.name == "Kyiv" and kyiv.match == "alternate"
    # accents fold in the key, so the accented and plain spellings are the same primary name
    assert fixture_gazetteer.candidates("Rzeszow") == fixture_gazetteer.candidates("Rzeszów")
    assert fixture_gazetteer.candidates("Rzeszow")[0].match == "primary"
    codes = fixture_gazetteer.candidates("PRK")
    assert codes[0].kind == "country" and codes[0].match == "code"


def test_candidates_empty_and_limit(fixture_gazetteer: Gazetteer) -> None:
    assert fixture_gazetteer.candidates("") == []
    assert fixture_gazetteer.candidates("Atlantis of the North") == []
    assert len(fixture_gazetteer.candidates("Springfield", limit=2)) == 2
    assert all(isinstance(c, Candidate) for c in fixture_gazetteer.candidates("Paris"))


def test_khasan_primary_beats_hassan_alias(fixture_gazetteer: Gazetteer) -> None:
    cands = fixture_gazetteer.candidates("Khasan")
    assert [c.country_code for c in cands] == ["RU", "IN"]
    assert cands[0].score > cands[1].score


def test_ranking_population_among_primaries(fixture_gazetteer: Gazetteer) -> None:
    assert _one(fixture_gazetteer.geocode("Paris")).raw["country_code"] == "FR"
    assert _one(fixture_gazetteer.geocode("London")).raw["country_code"] == "GB"
    assert _one(fixture_gazetteer.geocode("Perth")).raw["country_code"] == "AU"
    springfields = fixture_gazetteer.geocode("Springfield", exactly_one=False)
    assert isinstance(springfields, list) and len(springfields) == 3
    assert [loc.raw["admin1"] for loc in springfields] == ["MO", "MA", "IL"]


def test_country_before_same_named_admin(fixture_gazetteer: Gazetteer) -> None:
    cands = fixture_gazetteer.candidates("Georgia")
    assert (cands[0].kind, cands[0].country_code) == ("country", "GE")
    assert any(c.kind == "admin" and c.country_code == "US" for c in cands)


def test_capital_city_before_same_named_admin(fixture_gazetteer: Gazetteer) -> None:
    for name in ("Kyiv", "Moscow"):
        first = fixture_gazetteer.candidates(name)[0]
        assert first.kind == "city", name


def test_geocode_country_codes_filter(fixture_gazetteer: Gazetteer) -> None:
    paris_tx = _one(fixture_gazetteer.geocode("Paris", country_codes=["us"]))
    assert paris_tx.raw["admin1"] == "TX"
    assert _one(fixture_gazetteer.geocode("Odessa", country_codes="UA")).raw["name"] == "Odesa"
    assert fixture_gazetteer.geocode("Paris", country_codes=["KP"]) is None


def test_geocode_location_shape(fixture_gazetteer: Gazetteer) -> None:
    loc = _one(fixture_gazetteer.geocode("Vladivostok"))
    assert set(loc.raw) >= RAW_KEYS
    assert loc.raw["geonames_id"] == 2013348 and loc.raw["kind"] == "city"
    assert loc.latitude == pytest.approx(43.10562) and loc.longitude == pytest.approx(131.87353)
    assert "Vladivostok" in loc.address
    assert fixture_gazetteer.geocode("Nowhere-on-Sea") is None


def test_reverse(fixture_gazetteer: Gazetteer) -> None:
    loc = _one(fixture_gazetteer.reverse((42.43, 130.66)))
    assert loc.raw["name"] == "Khasan"
    assert loc.raw["distance_km"] < 2
    near_paris = fixture_gazetteer.reverse("48.86, 2.35", exactly_one=False)
    assert isinstance(near_paris, list) and near_paris[0].raw["name"] == "Paris"
    assert fixture_gazetteer.reverse((-50.0, -140.0)) is None  # open ocean


def test_country_and_demonym(fixture_gazetteer: Gazetteer) -> None:
    kp = fixture_gazetteer.country("kp")
    assert kp is not None and kp.name == "North Korea" and kp.kind == "country"
    assert fixture_gazetteer.country("PRK") == fixture_gazetteer.candidates("PRK")[0]
    assert fixture_gazetteer.country("QQ") is None
    assert fixture_gazetteer.demonym("Russian") == "RU"
    assert fixture_gazetteer.demonym("Russians") == "RU"
    assert fixture_gazetteer.demonym("north korean") == "KP"
    assert fixture_gazetteer.demonym("Korean") is None
    assert fixture_gazetteer.demonym("Swiss") == "CH"


def test_name_keys(fixture_gazetteer: Gazetteer) -> None:
    keys = dict(fixture_gazetteer.name_keys())
    assert keys["paris"] == 2138551  # the largest Paris
    assert keys["kiev"] == 2797553
    assert "prk" not in keys  # code-only keys are left out by default
    assert "prk" in dict(fixture_gazetteer.name_keys(include_codes=True))
    big = dict(fixture_gazetteer.name_keys(min_population=1_000_000))
    assert "khasan" not in big and "moscow" in big


def test_shared_across_threads(fixture_gazetteer: Gazetteer) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for name in ("Paris", "Khasan", "Texas", "Kiev", "Black Sea") * 20:
                fixture_gazetteer.candidates(name)
                fixture_gazetteer.reverse((48.0, 2.0))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)
    assert haversine_km(42.42, 130.65, 42.42, 130.65) == 0


# ----------------------------------------------------------------------- real gazetteer


def test_real_khasan(real_gazetteer: Gazetteer) -> None:
    cands = real_gazetteer.candidates("Khasan")
    assert any(c.country_code == "RU" for c in cands)
    best = _one(real_gazetteer.geocode("Khasan"))
    assert best.raw["country_code"] == "RU" and best.raw["geonames_id"] == 2022586
    assert best.latitude == pytest.approx(42.42, abs=0.01)
    assert best.longitude == pytest.approx(130.65, abs=0.01)
    assert best.raw["name"] == "Khasan"


@pytest.mark.parametrize(
    ("a", "b", "country"),
    [("Kyiv", "Kiev", "UA"), ("Odesa", "Odessa", "UA"), ("Rzeszow", "Rzeszów", "PL")],
)
def test_real_spelling_variants(real_gazetteer: Gazetteer, a: str, b: str, country: str) -> None:
    def place_ids(name: str) -> set[int | None]:
        return {
            c.geonames_id
            for c in real_gazetteer.candidates(name, limit=200)
            if c.kind == "city" and c.country_code == country and c.population > 100_000
        }

    assert place_ids(a) and place_ids(a) == place_ids(b)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("North Korea", "KP"),
        ("DPRK", "KP"),
        ("South Korea", "KR"),
        ("Russia", "RU"),
        ("Ukraine", "UA"),
        ("US", "US"),
        ("the US", "US"),
        ("U.S.", "US"),
        ("United States", "US"),
        ("America", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("France", "FR"),
        ("Norway", "NO"),
        ("Holland", "NL"),
        ("Ivory Coast", "CI"),
        ("Czech Republic", "CZ"),
    ],
)
def test_real_countries(real_gazetteer: Gazetteer, name: str, code: str) -> None:
    first = real_gazetteer.candidates(name)[0]
    assert (first.kind, first.country_code) == ("country", code)


@pytest.mark.parametrize(
    ("name", "code", "kind"),
    [
        ("Upper Volta", "BF", "country"),  # former names of countries (data/other_names.csv)
        ("New Hebrides", "VU", "country"),
        ("Persia", "IR", "country"),
        ("Ceylon", "LK", "country"),
        ("Zaire", "CD", "country"),
        ("East Pakistan", "BD", "country"),
        ("Ouaga", "BF", "city"),  # short forms
        ("Bobo", "BF", "city"),
        ("Rudny", "KZ", "city"),  # GeoNames' Rudnyy, in news spelling
        ("Kryvyi Rih", "UA", "city"),
        ("Salisbury", "GB", "city"),  # Harare's old name does not displace the English city
        ("Dagestan", "RU", "admin"),  # "Dagestan, Respublika" in ISO 3166-2
        ("Yakutia", "RU", "admin"),  # the Sakha Republic's English name
    ],
)
def test_real_other_names(real_gazetteer: Gazetteer, name: str, code: str, kind: str) -> None:
    first = next(c for c in real_gazetteer.candidates(name) if c.kind == kind or kind == "country")
    assert (first.kind, first.country_code) == (kind, code)


def test_real_every_other_name_reaches_its_place(real_gazetteer: Gazetteer) -> None:
    from geo.build_data import read_other_names
    from geo.names import normalise

    for row in read_other_names():
        places = real_gazetteer.candidates(row.name, limit=1000)
        assert any(
            normalise(c.name) == normalise(row.place) and c.country_code == row.country_code
            for c in places
        ), row.name


def test_real_every_country_has_a_point(real_gazetteer: Gazetteer) -> None:
    rows = real_gazetteer._query("SELECT lat, lon FROM places WHERE kind = 'country'")
    assert len(rows) >= 250
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in rows)
    fr = real_gazetteer.country("FR")
    assert fr is not None and 42 < fr.lat < 51 and -5 < fr.lon < 8


def test_real_admins(real_gazetteer: Gazetteer) -> None:
    texas = _one(real_gazetteer.geocode("Texas"))
    assert (texas.raw["kind"], texas.raw["country_code"], texas.raw["admin1"]) == (
        "admin",
        "US",
        "TX",
    )
    assert 28 < texas.latitude < 34 and -103 < texas.longitude < -95
    assert texas.raw["population"] > 15_000_000
    georgia = real_gazetteer.candidates("Georgia")
    assert georgia[0].country_code == "GE"
    assert any(c.kind == "admin" and c.country_code == "US" for c in georgia)
    primorye = real_gazetteer.candidates("Primorye")[0]
    assert (primorye.kind, primorye.country_code) == ("admin", "RU")


def test_real_supplement_places(real_gazetteer: Gazetteer) -> None:
    far_east = real_gazetteer.candidates("Far East")[0]
    assert far_east.country_code == "RU" and far_east.kind == "region"
    assert real_gazetteer.candidates("Kremlin")[0].kind == "landmark"
    assert real_gazetteer.candidates("East Sea")[0].name == "Sea of Japan"
    tumangang = real_gazetteer.candidates("Tumangang")[0]
    assert tumangang.country_code == "KP"
    khasan = real_gazetteer.candidates("Khasan")[0]
    assert haversine_km(tumangang.lat, tumangang.lon, khasan.lat, khasan.lon) < 6


def test_real_geocode_country_filter_and_reverse(real_gazetteer: Gazetteer) -> None:
    paris_tx = _one(real_gazetteer.geocode("Paris", country_codes=["US"]))
    assert paris_tx.raw["admin1"] == "TX"
    near = _one(real_gazetteer.reverse((42.425, 130.652)))
    assert near.raw["name"] == "Khasan"
    assert real_gazetteer.demonym("Ukrainian") == "UA"


# ----------------------------------------------------------------------- online (stubbed)


class _StubGeocoder:
    def __init__(self, answer: Any = None, error: Exception | None = None) -> None:
        self.calls = 0
        self.answer = answer
        self.error = error

    def geocode(self, query: str, **kwargs: Any) -> Any:
        self.calls += 1
        if self.error is not None:
            raise self.error
        return self.answer


def test_online_disabled_by_default_uses_offline(
    monkeypatch: pytest.MonkeyPatch, fixture_gazetteer: Gazetteer
) -> None:
    monkeypatch.delenv("GEO_ONLINE", raising=False)
    stub = _StubGeocoder(error=AssertionError("must not be called"))
    online = OnlineGeocoder(fixture_gazetteer, geocoder=stub)  # type: ignore[arg-type]
    assert not online.enabled
    assert _one(online.geocode("Khasan")).raw["country_code"] == "RU"
    assert stub.calls == 0


def test_online_error_falls_back_with_note(tmp_path: Path, fixture_gazetteer: Gazetteer) -> None:
    stub = _StubGeocoder(error=GeocoderServiceError("service down"))
    online = OnlineGeocoder(
        fixture_gazetteer,
        enabled=True,
        geocoder=stub,  # type: ignore[arg-type]
        cache_path=tmp_path / "cache.sqlite",
        min_delay_seconds=0,
    )
    assert _one(online.geocode("Khasan")).raw["geonames_id"] == 2022586
    assert online.notes and "offline" in online.notes[0]
    online.close()


def test_online_answers_are_cached(tmp_path: Path, fixture_gazetteer: Gazetteer) -> None:
    answer = Location("Somewhere", (1.0, 2.0), {"osm_id": 1})
    stub = _StubGeocoder(answer=answer)
    kwargs: dict[str, Any] = {
        "enabled": True,
        "geocoder": stub,
        "cache_path": tmp_path / "cache.sqlite",
        "min_delay_seconds": 0,
    }
    online = OnlineGeocoder(fixture_gazetteer, **kwargs)
    first = _one(online.geocode("Somewhere"))
    second = _one(online.geocode("somewhere "))
    assert (first.latitude, first.longitude) == (second.latitude, second.longitude) == (1.0, 2.0)
    assert stub.calls == 1
    online.close()
    again = OnlineGeocoder(fixture_gazetteer, **kwargs)
    assert _one(again.geocode("Somewhere")).raw == {"osm_id": 1}
    assert stub.calls == 1  # served from the disk cache
    again.close()


def test_an_abbreviated_saint_or_mount_finds_the_full_name(real_gazetteer: Gazetteer) -> None:
    russia = [c for c in real_gazetteer.candidates("St Petersburg") if c.country_code == "RU"]
    assert russia and russia[0].match == "ascii"  # a spelling of its own name, not a translation
    assert real_gazetteer.candidates("Ft. Worth")[0].name == "Fort Worth"
    mount = real_gazetteer.candidates("Mt. Pleasant")
    assert mount and all(c.name.startswith("Mount") for c in mount[:3])
    # the name as written still ranks first where it exists
    assert real_gazetteer.candidates("St. Louis")[0].admin1 == "MO"


def test_either_spelling_of_the_arabic_article_finds_the_town(real_gazetteer: Gazetteer) -> None:
    for written in ("Deir al-Balah", "Deir el-Balah", "DEIR AL-BALAH"):
        assert real_gazetteer.candidates(written)[0].country_code == "PS"
    # only towns of Arabic-speaking countries: "El Paso" gains no "Al Paso" reading
    assert not real_gazetteer.candidates("Al Paso")


def test_a_regency_is_found_without_its_division_word(real_gazetteer: Gazetteer) -> None:
    tanah_datar = real_gazetteer.candidates("Tanah Datar")
    assert tanah_datar and tanah_datar[0].feature_code == "ADM2"
    assert tanah_datar[0].country_code == "ID"
    # the city keeps its own name first: "Bogor" is the city, not the Bogor regency
    assert real_gazetteer.candidates("Bogor")[0].kind == "city"
    # the same for other countries' division words: "Provincia de Pataz" is "Pataz"
    assert real_gazetteer.candidates("Pataz")[0].country_code == "PE"


def test_a_rescored_candidate_is_the_entry_with_its_new_score() -> None:
    from dataclasses import replace

    from geo.models import Candidate

    entry = Candidate("Perth", -31.95, 115.86, "city", "AU", "08", 2_000_000, 2063523, "PPLA")
    assert entry.rescored(7.5) == replace(entry, score=7.5)
    assert entry.rescored(7.5).score == 7.5 and entry.score == 0.0


def test_real_other_romanisation_only_for_towns_of_a_size(real_gazetteer: Gazetteer) -> None:
    """'Arvaikheer' (Arvayheer), 'Jezkazgan' (Zhezqazghan); short or unknown names, and names
    in English-speaking countries ('Glennwood'), find none."""
    assert [c.name for c in real_gazetteer.spelled_otherwise("Arvaikheer")] == ["Arvayheer"]
    assert [c.name for c in real_gazetteer.spelled_otherwise("Jezkazgan")] == ["Zhezqazghan"]
    assert real_gazetteer.spelled_otherwise("Xyzzyx") == []
    assert real_gazetteer.spelled_otherwise("Ayo") == []
    assert real_gazetteer.spelled_otherwise("Glennwood") == []
