"""Exports of a hand-made Story (fast) and of the seed article through the command line (slow)."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from test_maps import TEXT, make_story

from geo import assets, export
from geo.cli import main
from geo.errors import DataMissingError, InputError
from geo.maps import View
from geo.models import Document, Event, Story
from geo.render import PngRenderer, chromium_path, css_size
from geo.serialize import EVENT_COLUMNS

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_8ac453d4525ff693.txt"
KML = "{http://www.opengis.net/kml/2.2}"
needs_assets = pytest.mark.skipif(
    not assets.assets_ready(), reason="front-end files missing: run `python -m geo.assets`"
)

FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\r=1"]


def report_story() -> Story:
    """test_maps' story, published, with an event whose text cells look like formulas."""
    story = make_story()
    start = TEXT.index("Norway")
    evil = Event(
        date(2024, 5, 5),
        FORMULAS[0],
        (FORMULAS[1], FORMULAS[3]),
        FORMULAS[2],
        FORMULAS[4],
        None,
        FORMULAS[5],
        start,
        start + 6,
    )
    year = replace(story.events[0], date=date(2019, 1, 1), date_precision="year")
    document = replace(story.document, title="Summit <b>&</b> train", published=date(2024, 5, 8))
    return replace(story, document=document, events=[*story.events, evil, year])


# --- RFC 7946 ----------------------------------------------------------------------------------


def _position_errors(p: Any, where: str) -> list[str]:
    if not (isinstance(p, list) and len(p) in (2, 3)):
        return [f"{where}: a position is an array of 2 or 3 numbers, got {p!r}"]
    if not all(isinstance(v, int | float) and math.isfinite(v) for v in p):
        return [f"{where}: non-numeric position {p!r}"]
    lon, lat = p[0], p[1]
    errors = []
    if not -180 <= lon <= 180:
        errors.append(f"{where}: longitude {lon} out of range (lon, lat order?)")
    if not -90 <= lat <= 90:
        errors.append(f"{where}: latitude {lat} out of range (lon, lat order?)")
    return errors


def rfc7946_errors(obj: Any) -> list[str]:
    """The RFC 7946 rules the exports must meet (section 3 shapes, 3.1.1 positions, 4 no crs)."""
    if obj.get("type") != "FeatureCollection" or not isinstance(obj.get("features"), list):
        return ["not a FeatureCollection with a features array"]
    errors = ["crs member is not allowed"] if "crs" in obj else []
    for i, f in enumerate(obj["features"]):
        where = f"feature {i}"
        if f.get("type") != "Feature" or "geometry" not in f or "properties" not in f:
            errors.append(f"{where}: a Feature needs type, geometry and properties")
            continue
        if not isinstance(f["properties"], dict):
            errors.append(f"{where}: properties must be an object")
        g = f["geometry"]
        kind, coords = g.get("type"), g.get("coordinates")
        if kind == "Point":
            errors += _position_errors(coords, where)
        elif kind == "LineString":
            if not isinstance(coords, list) or len(coords) < 2:
                errors.append(f"{where}: a LineString needs two or more positions")
            else:
                for p in coords:
                    errors += _position_errors(p, where)
        else:
            errors.append(f"{where}: unexpected geometry {kind!r}")
    return errors


def test_geojson_follows_rfc7946() -> None:
    data = export.to_geojson(report_story())
    assert rfc7946_errors(data) == []
    json.dumps(data, allow_nan=False)  # strict JSON: no NaN/Infinity


def test_geojson_is_lon_lat_with_place_properties() -> None:
    features = export.to_geojson(report_story())["features"]
    places = [f for f in features if f["properties"]["feature_type"] == "place"]
    assert [p["properties"]["name"] for p in places] == [
        "Pyongyang",
        "Vladivostok",
        "Moscow",
        "France",
        "Norway",
    ]  # Seoul is in the related section
    pyongyang = places[0]
    assert pyongyang["geometry"]["coordinates"] == [125.7625, 39.0392]  # [lon, lat]
    props = pyongyang["properties"]
    assert props["kind"] == "city" and props["country_code"] == "KP"
    assert props["mention"] == "Pyongyang" and props["section"] == "main"
    assert props["confidence"] == pytest.approx(0.87)
    assert props["sentence"].startswith("Kim Jong Un left Pyongyang")


def test_geojson_route_line_has_stop_names_dates_roles() -> None:
    features = export.to_geojson(report_story())["features"]
    (route,) = [f for f in features if f["geometry"]["type"] == "LineString"]
    assert route["geometry"]["coordinates"][0] == [125.7625, 39.0392]
    assert route["geometry"]["coordinates"][-1] == [37.6156, 55.7522]
    props = route["properties"]
    assert props["stop_names"] == ["Pyongyang", "Vladivostok", "Moscow"]
    assert props["stop_dates"] == ["2024-05-03", "2024-05-04", "2024-05-06"]
    assert props["stop_roles"] == ["origin", "waypoint", "destination"]
    assert (props["start_date"], props["end_date"]) == ("2024-05-03", "2024-05-06")
    (meeting,) = [f for f in features if f["properties"]["feature_type"] == "meeting"]
    assert meeting["geometry"] == {"type": "Point", "coordinates": [37.6156, 55.7522]}
    assert meeting["properties"]["participants"] == ["Kim Jong Un", "Vladimir <Putin>"]


def test_geojson_follows_the_view() -> None:
    related = export.to_geojson(report_story(), View(show_related=True))["features"]
    assert "Seoul" in {f["properties"].get("name") for f in related}
    late = export.to_geojson(report_story(), View(date_from=date(2024, 5, 5)))["features"]
    assert [f["geometry"]["type"] for f in late].count("LineString") == 0  # one stop left
    assert [f["properties"]["feature_type"] for f in late].count("meeting") == 1


# --- KML ---------------------------------------------------------------------------------------


def test_kml_parses_with_styled_placemarks() -> None:
    text = export.to_kml(report_story())
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{KML}kml"
    marks = root.findall(f".//{KML}Placemark")
    assert len(marks) == 5 + 1 + 1  # places, the route, the meeting
    styles = {s.get("id") for s in root.iter(f"{KML}Style")}
    for mark in marks:
        assert mark.findtext(f"{KML}styleUrl", "").lstrip("#") in styles
    (line,) = root.iter(f"{KML}LineString")
    first = line.findtext(f"{KML}coordinates", "").split()[0]
    assert first == "125.762500,39.039200,0"  # lon,lat,alt
    assert root.findtext(f"{KML}Document/{KML}name") == "Summit <b>&</b> train"
    meeting = next(m for m in marks if m.findtext(f"{KML}name", "").startswith("Meeting"))
    assert "Vladimir <Putin>" in meeting.findtext(f"{KML}description", "")
    assert "&lt;Putin&gt;" in text and "<Putin>" not in text  # escaped by the XML library
    assert export.kml_colour("#d7301f") == "ff1f30d7"


# --- CSV ---------------------------------------------------------------------------------------


def test_csv_header_and_formula_cells_neutralised() -> None:
    text = export.to_csv(report_story())
    assert not text.startswith("\ufeff")
    assert "\r\n" in text
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows[0] == list(EVENT_COLUMNS)
    cells = [c for row in rows[1:] for c in row]
    for formula in (FORMULAS[0], FORMULAS[2], FORMULAS[4], FORMULAS[5]):
        assert "'" + formula in cells, formula
    assert f"'{FORMULAS[1]}; {FORMULAS[3]}" in cells  # actors share one cell
    assert not [c for c in cells if c[:1] in {"=", "+", "@", "\t", "\r"}]
    evil = rows[2]
    assert evil[rows[0].index("lat")] == ""  # no place: empty cell, not "nan"
    year = rows[3]
    assert year[rows[0].index("date")] == "2019-01-01"


def test_csv_keeps_numbers_numeric() -> None:
    story = report_story()
    west = replace(story.places[1].chosen, lon=-70.5)  # type: ignore[type-var]
    event = replace(story.events[0], place=replace(story.places[1], chosen=west))
    rows = list(csv.reader(io.StringIO(export.to_csv(replace(story, events=[event])))))
    assert rows[1][rows[0].index("lon")] == "-70.5"


# --- file names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("/etc/passwd", "passwd"),
        ("..\\..\\windows\\win.ini", "win.ini"),
        ("..", "export"),
        ("", "export"),
        (".bashrc", "bashrc"),
        ("CON.png", "_CON.png"),
        ("a<b>:c|d?.png", "a_b_c_d_.png"),
        ("map\x00.png", "map_.png"),
    ],
)
def test_safe_output_path_stays_in_folder(tmp_path: Path, name: str, expected: str) -> None:
    path = export.safe_output_path(tmp_path, name)
    assert path.parent == tmp_path.resolve()
    assert path.name == expected


def test_safe_output_path_refuses_links_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "evil.png").symlink_to(tmp_path / "elsewhere.png")
    with pytest.raises(InputError):
        export.safe_output_path(out, "evil.png")


def test_long_names_keep_their_suffix() -> None:
    name = export.safe_file_name("x" * 500 + ".geojson")
    assert len(name) <= export.MAX_NAME and name.endswith(".geojson")


# --- HTML --------------------------------------------------------------------------------------


@needs_assets
def test_html_is_self_contained_with_title_dates_and_credits() -> None:
    page = export.to_html(report_story())
    urls = re.findall(r"<(?:script|link|img)[^>]*\b(?:src|href)=\"([^\"]+)\"", page)
    assert urls and all(urlparse(u).scheme == "data" for u in urls)
    assert "<title>Summit &lt;b&gt;&amp;&lt;/b&gt; train</title>" in page
    assert "Summit &lt;b&gt;&amp;&lt;/b&gt; train</div>" in page
    assert "Dates 2019 – 2024-05-05" in page
    assert "published 2024-05-08" in page
    assert "GeoNames (CC BY 4.0)" in page and "Natural Earth" in page
    assert "L.control.scale()" in page
    assert export.READY_FLAG in page


@needs_assets
def test_image_html_has_no_animation_or_controls() -> None:
    page = export.to_html(make_story(), for_image=True)
    assert '"zoomAnimation": false' in page
    assert ".leaflet-control-layers { display: none" in page


def test_date_range_text() -> None:
    story = report_story()
    assert export.date_range_text(story) == "Dates 2019 – 2024-05-05"
    window = View(date_from=date(2024, 5, 1), date_to=date(2024, 5, 9))
    assert export.date_range_text(story, window) == "Showing 2024-05-01 – 2024-05-09"
    assert export.date_range_text(Story(Document("x", "text"))) == ""


# --- PNG set-up (no browser needed) ------------------------------------------------------------


def test_missing_chromium_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEO_CHROMIUM", "/nonexistent/chromium")
    with pytest.raises(DataMissingError, match="GEO_CHROMIUM"):
        chromium_path()
    with PngRenderer() as renderer, pytest.raises(DataMissingError, match="Chromium"):
        renderer.render_bytes(make_story())


def test_css_size_gives_at_least_the_asked_pixels() -> None:
    assert css_size(1600, None, 2) == (800, 600)
    assert css_size(1601, 1000, 2) == (801, 500)


# --- command line ------------------------------------------------------------------------------


def test_export_needs_an_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(SEED)]) == 2
    assert "nothing to export" in capsys.readouterr().err


def test_export_path_or_story_not_both(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["export", str(SEED), "--story", "abc", "--csv", str(tmp_path / "e.csv")]) == 2
    assert "not both" in capsys.readouterr().err
    assert main(["export", "--csv", str(tmp_path / "e.csv")]) == 2
    assert "PATH or --story" in capsys.readouterr().err


def test_export_to_missing_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["export", str(SEED), "--kml", str(tmp_path / "no" / "x.kml")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --kml: folder") and err.count("\n") == 1


def test_export_stored_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo.store import Store

    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store.sqlite"))
    with Store() as store:
        story_id = store.save_story(report_story())
    out = tmp_path / "story.geojson"
    assert main(["export", "--story", story_id, "--geojson", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert rfc7946_errors(data) == []
    assert len(data["features"]) == 7


@pytest.mark.slow
@needs_assets
@pytest.mark.skipif(not SEED.is_file(), reason="seed article missing")
def test_export_seed_from_command_line(tmp_path: Path) -> None:
    files = {kind: tmp_path / f"seed.{kind}" for kind in ("html", "geojson", "kml", "csv")}
    args = ["export", str(SEED), "--published", "2023-09-11"]
    for kind, path in files.items():
        args += [f"--{kind}", str(path)]
    assert main(args) == 0
    data = json.loads(files["geojson"].read_text(encoding="utf-8"))
    assert rfc7946_errors(data) == []
    (route,) = [f for f in data["features"] if f["geometry"]["type"] == "LineString"]
    assert route["properties"]["stop_names"] == ["Pyongyang", "Khasan", "Vladivostok"]
    assert route["geometry"]["coordinates"][0][0] > 120  # longitude first
    root = ET.parse(files["kml"]).getroot()
    assert len(root.findall(f".//{KML}Placemark")) == len(data["features"])
    rows = list(csv.reader(files["csv"].open(encoding="utf-8", newline="")))
    assert rows[0] == list(EVENT_COLUMNS) and len(rows) > 5
    page = files["html"].read_text(encoding="utf-8")
    assert "Kim Jong Un boards train bound for Russia" in page
    assert os.path.getsize(files["html"]) > 1_000_000  # scripts and basemap inlined
