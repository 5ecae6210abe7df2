"""build_map on a hand-made Story: the HTML is offline, escaped and complete; View <-> query."""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import folium
import pytest
from folium.plugins import Fullscreen, HeatMap, MarkerCluster

from geo import assets
from geo.errors import DataMissingError, GeoError
from geo.maps import DEFAULT_LAYERS, View, build_map, esc, evidence_sentence, localize
from geo.models import Candidate, Document, Event, Meeting, Mention, Place, Route, Stop, Story

pytestmark = pytest.mark.skipif(
    not assets.assets_ready(), reason="front-end files missing: run `python -m geo.assets`"
)

TEXT = (
    "Kim Jong Un left Pyongyang on 3 May 2024. He travelled by train to Vladivostok. "
    "In Moscow he met Vladimir Putin on 7 May. "
    "France said <script>alert('pwned')</script> ${alert(1)} `tick` C:\\u was odd. "
    "Norway stayed silent. Related: Seoul reacts."
)
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def _place(name: str, kind: str, lat: float, lon: float, cc: str, section: str = "main") -> Place:
    start = TEXT.index(name)
    mention = Mention(name, start, start + len(name), section=section)  # type: ignore[arg-type]
    return Place(mention, Candidate(name, lat, lon, kind, cc), confidence=0.87)  # type: ignore[arg-type]


def make_story() -> Story:
    """Five main places, one related place, a three-stop route and a meeting."""
    places = [
        _place("Pyongyang", "city", 39.0392, 125.7625, "KP"),
        _place("Vladivostok", "city", 43.1155, 131.8855, "RU"),
        _place("Moscow", "city", 55.7522, 37.6156, "RU"),
        _place("France", "country", 46.0, 2.0, "FR"),
        _place("Norway", "country", 62.0, 10.0, "NO"),
        _place("Seoul", "city", 37.5660, 126.9784, "KR", section="related"),
    ]
    route = Route(
        "Kim Jong Un",
        (
            Stop("Pyongyang", 39.0392, 125.7625, date(2024, 5, 3), "origin"),
            Stop("Vladivostok", 43.1155, 131.8855, date(2024, 5, 4), "waypoint"),
            Stop("Moscow", 55.7522, 37.6156, date(2024, 5, 6), "destination"),
        ),
        length_km=6400.0,
    )
    meeting = Meeting(
        "Moscow",
        55.7522,
        37.6156,
        date(2024, 5, 7),
        ("Kim Jong Un", "Vladimir <Putin>"),
        sentence="In Moscow he met Vladimir Putin on 7 May.",
    )
    start = TEXT.index("He travelled")
    event = Event(
        date(2024, 5, 4),
        "",
        ("Kim Jong Un",),
        "travel",
        "movement",
        places[1],
        "He travelled by train to Vladivostok.",
        start,
        start + 37,
    )
    return Story(Document("d1", TEXT, "Summit"), places, [event], [route], [meeting])


@pytest.fixture(scope="module")
def html() -> str:
    return str(build_map(make_story()).get_root().render())


def _external_urls(page: str) -> list[str]:
    """Non-local URLs in script/link tags and in L.tileLayer calls."""
    urls = re.findall(r"<script[^>]*\bsrc=\"([^\"]+)\"", page)
    urls += re.findall(r"<link[^>]*\bhref=\"([^\"]+)\"", page)
    urls += re.findall(r"L\.tileLayer\(\s*\"([^\"]+)\"", page)
    return [
        u
        for u in urls
        if urlparse(u).scheme in {"http", "https"} and urlparse(u).hostname not in LOCAL_HOSTS
    ]


def test_no_cdn_or_tile_urls(html: str) -> None:
    assert _external_urls(html) == []
    assert "L.tileLayer" not in html
    for cdn in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "bootstrapcdn"):
        assert cdn not in html
    assert '<script src="/app/static/vendor/leaflet/leaflet.js">' in html
    assert "/app/static/vendor/leaflet-polylinedecorator/leaflet.polylineDecorator.js" in html


def test_tiles_only_when_asked() -> None:
    page = build_map(make_story(), View(tiles="osm")).get_root().render()
    assert "L.tileLayer" in page
    assert "tile.openstreetmap.org" in page
    assert re.findall(r"<script[^>]*\bsrc=\"(https?://[^\"]+)\"", page) == []


def test_asset_base_is_used() -> None:
    page = build_map(make_story(), asset_base="http://127.0.0.1:8765/").get_root().render()
    assert '<script src="http://127.0.0.1:8765/vendor/leaflet/leaflet.js">' in page
    assert "http://127.0.0.1:8765/basemap/countries-50m.geojson" in page
    assert _external_urls(page) == []


def test_map_options_offline(html: str) -> None:
    assert '"maxZoom": 12' in html
    assert "L.geoJSON(null" in html
    assert "/app/static/basemap/countries-50m.geojson" in html


def test_route_in_order_with_arrows_and_numbered_stops(html: str) -> None:
    coords = re.search(r"L\.polyline\(\s*(\[\[.*?\]\])", html, re.S)
    assert coords is not None
    assert re.sub(r"\s", "", coords.group(1)) == (
        "[[39.0392,125.7625],[43.1155,131.8855],[55.7522,37.6156]]"
    )
    assert "L.polylineDecorator(" in html
    assert "L.Symbol.arrowHead" in html
    numbers = re.findall(r'class=\\"geo-stop\\" style=\\"[^"\\]*\\"\\u003e(\d+)\\u003c', html)
    assert numbers == ["1", "2", "3"]
    assert "2024-05-03 – 2024-05-04" in html  # leg dates in the tooltip


def test_meeting_marker(html: str) -> None:
    assert "geo-meeting-star" in html
    assert "★" in html
    assert "Meeting in Moscow" in html
    assert "Vladimir &lt;Putin&gt;" in html
    assert "2024-05-07" in html


def test_attribution_and_legend(html: str) -> None:
    assert "GeoNames (CC BY 4.0)" in html
    assert "Natural Earth" in html
    assert "addAttribution" in html
    assert "geo-legend" in html
    assert "L.control.layers" in html


def test_user_text_is_escaped(html: str) -> None:
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in html
    assert "${alert(1)}" not in html  # would run inside folium's JS template literals
    assert "&#36;&#123;alert(1)&#125;" in html
    assert "&#96;tick&#96;" in html


def test_escape_helper() -> None:
    assert esc("<a href='x'>`${y}`\\</a>") == (
        "&lt;a href=&#x27;x&#x27;&gt;&#96;&#36;&#123;y&#125;&#96;&#92;&lt;/a&gt;"
    )


def test_article_text_is_not_run_as_jinja() -> None:
    """branca parses rendered output as a Jinja template again: `{{ ... }}` from an article must
    stay text (it would run on the server: here it would print the process id)."""
    payload = "{{ cycler.__init__.__globals__.os.getpid() }} {% if 1 %}x{% endif %}"
    story = make_story()
    first = story.places[0]
    story.places[0] = Place(first.mention, replace(first.chosen, name=payload), 0.9)  # type: ignore[arg-type]
    page = build_map(story, article_url="/article?story=abc").get_root().render()
    assert "cycler.__init__.__globals__.os.getpid()" in page.replace("&#123;", "{")
    assert str(os.getpid()) not in re.sub(r"[0-9a-f]{32}", "", page)


def test_evidence_sentence_from_event_then_text() -> None:
    story = make_story()
    by_name = {p.mention.text: p for p in story.places}
    assert (
        evidence_sentence(story, by_name["Vladivostok"]) == "He travelled by train to Vladivostok."
    )
    assert evidence_sentence(story, by_name["Norway"]) == "Norway stayed silent."
    assert evidence_sentence(story, by_name["Pyongyang"]).startswith("Kim Jong Un left Pyongyang")


def test_one_marker_per_main_place_and_related_hidden(html: str) -> None:
    assert html.count("L.circleMarker(") == 5
    assert "Seoul" not in html
    page = build_map(make_story(), View(show_related=True)).get_root().render()
    assert page.count("L.circleMarker(") == 6
    assert "Related-section places" in page
    related = re.search(
        r"var (feature_group_\w+) = L\.featureGroup[^;]*;(?:(?!featureGroup).)*Seoul", page, re.S
    )
    assert related is not None
    assert f"{related.group(1)}.addTo(" not in page  # in the control, hidden by default
    shown = View(show_related=True, layers=DEFAULT_LAYERS | {"related"})
    page = build_map(make_story(), shown).get_root().render()
    assert page.count("L.circleMarker(") == 6


def test_mentioned_countries_shaded(html: str) -> None:
    assert "Mentioned countries" in html
    styles = re.search(r"(\{\"[A-Z]{2}\":\{\"fillOpacity\".*?\}\})\);", html)
    assert styles is not None
    shaded = json.loads(styles.group(1))
    assert shaded == {
        "FR": {"fillOpacity": 0.45},  # named countries
        "NO": {"fillOpacity": 0.45},
        "KP": {"fillOpacity": 0.18},  # countries holding named places
        "RU": {"fillOpacity": 0.18},
    }  # not KR: Seoul is only in the related section
    assert '"coordinates"' not in html  # drawn from the fetched basemap, not a second copy


def test_view_position_and_date_window() -> None:
    page = build_map(make_story(), View(lat=50.0, lon=30.0, zoom=4)).get_root().render()
    assert "fitBounds" not in page
    assert "[50.0, 30.0]" in page
    default = build_map(make_story()).get_root().render()
    assert "fitBounds" in default
    late = View(date_from=date(2024, 5, 5))
    page = build_map(make_story(), late).get_root().render()
    assert "L.polyline(" not in page  # only one stop left in the window
    assert "geo-meeting-star" in page
    early = View(date_to=date(2024, 5, 6))
    assert "geo-meeting-star" not in build_map(make_story(), early).get_root().render()


def test_empty_story_renders() -> None:
    page = build_map(Story(Document("x", ""))).get_root().render()
    assert "L.circleMarker(" not in page
    assert _external_urls(page) == []


def test_inline_is_self_contained() -> None:
    page = build_map(make_story(), inline=True).get_root().render()
    assert "/app/static" not in page
    assert 'src="data:text/javascript;base64,' in page
    assert 'href="data:text/css;base64,' in page
    assert "fetch(" not in page
    assert _external_urls(page) == []


def test_view_query_round_trip() -> None:
    view = View(
        lat=48.8566,
        lon=2.3522,
        zoom=6,
        layers=frozenset({"places", "routes", "related"}),
        show_related=True,
        date_from=date(2024, 5, 1),
        date_to=date(2024, 5, 31),
        tiles="osm",
    )
    query = view.to_query()
    assert all(isinstance(v, str) for v in query.values())
    assert View.from_query(query) == view
    assert View().to_query() == {}
    assert View.from_query({}) == View()


@pytest.mark.parametrize(
    "params",
    [
        {"lat": "abc", "lon": "2", "zoom": "5"},
        {"lat": "nan", "lon": "2", "zoom": "5"},
        {"lat": "91", "lon": "2", "zoom": "5"},
        {"lat": "10", "lon": "2"},
        {"zoom": "1e9x"},
        {"from": "2024-13-45", "to": "yesterday"},
        {"tiles": "https://evil.example/{z}/{x}/{y}.png"},
        {"related": "maybe"},
        {"unknown": "1"},
    ],
)
def test_view_from_query_tolerates_garbage(params: dict[str, str]) -> None:
    assert View.from_query(params) == View()


def test_view_from_query_filters_layers_and_clamps_zoom() -> None:
    view = View.from_query({"layers": "places,bogus,,routes", "lat": "1", "lon": "2", "zoom": "99"})
    assert view.layers == frozenset({"places", "routes"})
    assert view.zoom == 18


def test_localize_plugins_added_later() -> None:
    m = build_map(make_story())
    cluster = MarkerCluster(name="cluster").add_to(m)
    folium.CircleMarker((1.0, 2.0)).add_to(cluster)
    HeatMap([(1.0, 2.0, 1.0)]).add_to(m)
    localize(m)
    page = m.get_root().render()
    assert "/app/static/vendor/leaflet.markercluster/leaflet.markercluster.js" in page
    assert "/app/static/vendor/leaflet.markercluster/MarkerCluster.Default.css" in page
    assert "/app/static/vendor/leaflet.heat/leaflet-heat.js" in page
    assert _external_urls(page) == []
    assert MarkerCluster.default_js[0][1].startswith("https://")  # class lists left untouched


def test_localize_refuses_unknown_cdn_resource() -> None:
    m = build_map(make_story())
    Fullscreen().add_to(m)
    with pytest.raises(GeoError, match="no local copy"):
        localize(m)


def test_missing_assets_raise(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(assets, "COUNTRIES_FILE", tmp_path / "missing.geojson")
    with pytest.raises(DataMissingError, match=r"geo\.assets"):
        build_map(make_story())


def _many_places(n: int) -> Story:
    places = [
        Place(
            Mention(f"P{i}", i, i + 1),
            Candidate(f"P{i}", -60 + (i % 1200) / 10, -170 + (i // 1200) * 0.25, "city", "XX"),
            0.9,
        )
        for i in range(n)
    ]
    return Story(Document("big", "x" * (n + 1), "Big"), places)


@pytest.mark.parametrize(
    ("n", "mode", "fragment"),
    [(50, "markers", "circleMarker"), (1_500, "cluster", "geo-cluster"),
     (60_000, "heat", "heatLayer")],
)  # fmt: skip
def test_many_points_cluster_then_heat(n: int, mode: str, fragment: str) -> None:
    from geo.maps import point_mode

    assert point_mode(n) == mode
    page = build_map(_many_places(n)).get_root().render()
    assert fragment in page
    assert "unpkg.com" not in page and "cdn.jsdelivr" not in page


def test_popup_links_to_article_and_corrected_style() -> None:
    story = make_story()
    first = story.places[0]
    story.places[0] = Place(first.mention, first.chosen, 1.0, (), corrected=True)
    page = build_map(story, article_url="/article?story=abc").get_root().render()
    assert f"/article?story=abc&amp;at={first.mention.start}#m{first.mention.start}" in page
    assert "corrected by the analyst" in page and "#00a651" in page


def test_date_window_hides_places_with_only_later_events() -> None:
    story = make_story()
    view = View(date_from=date(2024, 5, 5))
    page = build_map(story, view).get_root().render()
    assert "He travelled by train to Vladivostok" not in page  # Vladivostok's only event: 4 May
