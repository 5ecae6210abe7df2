"""The dashboard's map is built once per story version and view, and a correction shows at once.

AppTest runs pages/map.py without a browser; the map reaches the page as streamlit-folium's
component, whose arguments (the map's script, its scripts and styles) are checked here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from geo import assets

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"

pytestmark = [
    pytest.mark.skipif(not assets.assets_ready(), reason="run `python -m geo.assets` first"),
    pytest.mark.skipif(not SEED.is_file(), reason="seed article missing"),
]


@pytest.fixture(autouse=True)
def isolated_store(dashboard_store: None) -> None:
    """Every test here runs on its own store (tests/conftest.py)."""


def map_args(app: AppTest) -> dict[str, Any]:
    (component,) = app.get("component_instance")
    args: dict[str, Any] = json.loads(component.proto.json_args)
    return args


def run_map(story_id: str | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    if story_id:
        app.query_params["story"] = story_id
    app.run()
    assert not app.exception
    return app


def test_map_is_built_once_and_a_correction_shows_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import ui
    from geo import corrections, maps
    from geo.models import Candidate

    built: list[int] = []
    real = maps.build_map
    monkeypatch.setattr(maps, "build_map", lambda *a, **k: built.append(1) or real(*a, **k))
    first = map_args(run_map())
    story_id = ui.DEMO_ID_FILE.read_text().strip()
    assert len(built) == 1
    again = map_args(run_map(story_id))
    assert len(built) == 1  # a rerun, a new session: the same map, not built again
    assert again["script"] == first["script"]
    assert "geo-corrected" not in first["script"]

    khasan = Candidate("Khasan", 42.43, 130.64, "city", "RU")
    with ui.store() as db:
        corrections.correct_place(db, story_id, "Khasan", khasan, ui.WORKSPACE)
    corrected = map_args(run_map(story_id))
    assert len(built) == 2  # the story changed: a new version, a new map
    assert "corrected by the analyst" in corrected["script"]


def test_story_facts_are_counted_once_per_story_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sidebar's countries, sources and dates and the page's point count are derived from
    the story once per version (seconds for 100,000 events, on every run otherwise)."""
    import ui
    from geo import corrections, filters
    from geo.models import Candidate

    counted: list[str] = []
    for name in ("country_options", "source_options"):
        real = getattr(filters, name)
        monkeypatch.setattr(
            filters, name, lambda story, n=name, f=real: counted.append(n) or f(story)
        )
    run_map().run()
    story_id = ui.DEMO_ID_FILE.read_text().strip()
    run_map(story_id)
    assert sorted(counted) == ["country_options", "source_options"]
    khasan = Candidate("Khasan", 42.43, 130.64, "city", "RU")
    with ui.store() as db:
        corrections.correct_place(db, story_id, "Khasan", khasan, ui.WORKSPACE)
    run_map(story_id)
    assert len(counted) == 4  # a new version: counted again


def test_map_reports_itself_drawn() -> None:
    """`ui.map_first` holds the event table back until the map's first report, which runs the
    page again only if it differs from the component's default: the default has no position."""
    (component,) = run_map().get("component_instance")
    assert "center" in json.loads(component.proto.json_args)["returned_objects"]
    assert "center" not in json.loads(component.proto.json_args)["default"]


def test_page_fetches_the_basemap_and_loads_one_script_bundle() -> None:
    args = map_args(run_map())
    script = args["script"]
    assert "/app/static/basemap/countries-50m.geojson" in script
    assert '"/app/static/basemap/countries-50m.geojson.gz"' in script  # unpacked in the browser
    assert (assets.BASEMAP_DIR / "countries-50m.geojson.gz").is_file()
    assert '"coordinates"' not in script  # no polygons in the page: the browser caches the file
    assert len(script) < 100_000
    (bundle,) = args["js_links"]  # Leaflet and its plugins in one request
    assert bundle.startswith("/app/static/vendor/bundle-")
    assert (assets.STATIC_DIR / bundle.removeprefix("/app/static/")).is_file()
    assert all(link.startswith("/app/static/") for link in args["css_links"])
    assert set(args["returned_objects"]) == {"center", "zoom", "selected_layers"}


def test_component_arguments_match_st_folium(monkeypatch: pytest.MonkeyPatch) -> None:
    """ui._folium_parts computes once what st_folium computes on every run: the same."""
    import streamlit_folium
    from test_maps import make_story

    import ui
    from geo.maps import build_map

    captured: dict[str, Any] = {}
    monkeypatch.setattr(streamlit_folium, "_component_func", lambda **kw: captured.update(kw))
    streamlit_folium.st_folium(build_map(make_story()), key="k", returned_objects=["zoom"])
    parts = ui._folium_parts(build_map(make_story()))

    def same(text: object) -> str:  # folium names some elements with random ids
        return re.sub(r"[0-9a-f]{32}", "ID", str(text))

    for name in ("script", "header", "html", "id", "css_links"):
        assert same(parts[name]) == same(captured[name]), name
    assert parts["js_links"] == assets.bundled_js(captured["js_links"], ui.MAP_ASSETS)
    assert parts["zoom"] == captured["default"]["zoom"]


def test_big_story_keeps_the_page_light(tmp_path: Path) -> None:
    """1,500 events: clustered points from one array, the first 1,000 events in the table, and
    the highlighted article left to the Article page."""
    from datetime import date

    from geo.models import Candidate, Document, Event, Mention, Place, Story
    from geo.store import Store

    text = "".join(f"P{i} " for i in range(1_500))
    places, events = [], []
    for i in range(1_500):
        start = text.index(f"P{i} ")
        mention = Mention(f"P{i}", start, start + len(f"P{i}"))
        place = Place(mention, Candidate(f"P{i}", -60 + i / 20, -170 + i / 5, "city", "XX"), 0.9)
        places.append(place)
        day = date(2024, 1, 1 + i % 28)
        events.append(
            Event(day, day.isoformat(), ("someone",), "visit", "presence", place,
                  f"Someone was in P{i}.", start, start + 2, date_precision="day")
        )  # fmt: skip
    with Store(tmp_path / "store.sqlite") as db:
        story_id = db.save_story(Story(Document("big", text, "Big"), places, events))
    app = run_map(story_id).run()  # the run the drawn map asks for: with the event table
    assert not app.exception
    assert "geo-cluster" in map_args(app)["script"]
    assert "levels[z]" in map_args(app)["script"]  # clustered per zoom, when first shown
    assert len(map_args(app)["script"]) < 400_000  # 1,500 rows, not 1,500 folium markers
    (table,) = app.dataframe
    assert len(table.value) == 1_000
    assert any("The first 1,000 of 1,500 events" in c.value for c in app.caption)
    assert not any(e.label.startswith("Article") for e in app.expander)
