"""The rendered map really draws in Chromium with nothing leaving the machine."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from test_maps import make_story

from geo import assets
from geo.maps import build_map

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not assets.assets_ready(), reason="run `python -m geo.assets` first"),
]

LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
SCREENSHOT = Path(os.environ.get("GEO_MAP_SCREENSHOT", "/tmp/map.png"))


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def static_server() -> Iterator[str]:
    """static/ served on a free local port (what Streamlit does at /app/static)."""
    handler = functools.partial(_QuietHandler, directory=str(assets.STATIC_DIR))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _is_local(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme in {"file", "data", "blob", "about"} or parts.hostname in LOCAL_HOSTS


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1100, "height": 700})
    yield ctx
    ctx.close()


def _open(context: Any, url: str) -> tuple[Any, list[str], list[str]]:
    """Load url with outside requests aborted; return (page, blocked URLs, JS errors)."""
    page = context.new_page()
    blocked: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def guard(route: Any) -> None:
        if _is_local(route.request.url):
            route.fallback()  # to the context route (the page) or the network
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.add_init_script("window.alert = function () { window.__alerted = true; };")
    page.goto(url)
    page.wait_for_selector(".leaflet-container", timeout=15_000)
    page.wait_for_selector(".leaflet-overlay-pane path.geo-route", timeout=15_000)
    page.wait_for_load_state("networkidle")
    return page, blocked, errors


def _check(page: Any) -> None:
    assert page.locator(".leaflet-overlay-pane path.geo-route").count() == 1
    assert page.locator(".leaflet-overlay-pane path.geo-place").count() == 5
    assert page.locator(".leaflet-overlay-pane path.geo-route-arrow").count() >= 1
    assert page.locator(".geo-stop").count() == 3
    assert page.locator(".geo-meeting-star").count() == 1
    assert page.locator(".leaflet-pane.leaflet-basemap-pane canvas").count() == 1
    page.wait_for_selector(".leaflet-container[data-geo-basemap]", timeout=15_000)
    # France, Norway, Russia, North Korea shaded from the basemap's data (Russia: 2 polygons)
    assert page.locator("path.geo-country").count() >= 4
    assert "GeoNames (CC BY 4.0)" in page.locator(".leaflet-control-attribution").inner_text()
    assert page.locator(".geo-legend").count() == 1
    page.locator(".geo-meeting-star").click()
    popup = page.locator(".leaflet-popup-content")
    assert "Meeting in Moscow" in popup.inner_text()
    assert "Vladimir <Putin>" in popup.inner_text()  # shown as text, not parsed as a tag
    page.locator("path.geo-place").nth(3).click(force=True)  # France, in story order
    france = popup.filter(has_text="France")
    france.wait_for()
    assert "<script>alert('pwned')</script>" in france.inner_text()
    assert page.evaluate("window.__alerted === undefined")  # the article's <script> never ran


def test_served_map_draws_offline(context: Any, static_server: str, tmp_path: Path) -> None:
    html = build_map(make_story(), asset_base=static_server).get_root().render()
    page_file = tmp_path / "map.html"
    page_file.write_text(html, encoding="utf-8")
    page_url = f"{static_server}/__map_under_test__.html"
    # Serve the temp file from the same origin as static/, so the basemap fetch is same-origin.
    context.route(page_url, lambda route: route.fulfill(path=str(page_file)))
    page, blocked, errors = _open(context, page_url)
    _check(page)
    assert errors == []
    assert blocked == []
    page.locator(".folium-map").screenshot(path=str(SCREENSHOT))


def test_inline_map_draws_from_file(context: Any, tmp_path: Path) -> None:
    html = build_map(make_story(), inline=True).get_root().render()
    page_file = tmp_path / "inline.html"
    page_file.write_text(html, encoding="utf-8")
    page, blocked, errors = _open(context, page_file.as_uri())
    _check(page)
    assert errors == []
    assert blocked == []


def test_many_places_are_clustered_with_popups(
    context: Any, static_server: str, tmp_path: Path
) -> None:
    """1,500 places: one cluster layer fed by one array; a marker's popup is written on opening,
    escaped, with its link into the article."""
    from dataclasses import replace

    from test_maps import _many_places

    story = _many_places(1_500)
    first = story.places[0]
    assert first.chosen is not None
    story.places[0] = replace(first, chosen=replace(first.chosen, name="<b>P0</b> & co"))
    html = build_map(story, asset_base=static_server, article_url="/article?story=abc")
    page_file = tmp_path / "many.html"
    page_file.write_text(html.get_root().render(), encoding="utf-8")
    page_url = f"{static_server}/__many_under_test__.html"
    context.route(page_url, lambda route: route.fulfill(path=str(page_file)))
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(page_url)
    page.wait_for_selector(".geo-cluster", timeout=15_000)
    before = page.evaluate(
        """() => {
            const map = window[Object.keys(window).find((k) => k.startsWith("map_"))];
            window.moved = new Promise((done) => map.once("zoomend", () => done(map.getZoom())));
            return map.getZoom();
        }"""
    )
    page.locator(".geo-cluster").first.click()  # zooms in to the cluster's places
    assert page.evaluate("window.moved") > before
    text = page.evaluate(
        """() => {
            const name = Object.keys(window).find((k) => k.startsWith("point_rows_"));
            const marker = window[name].showRow(0);  // zoomed in until drawn alone, popup open
            return marker && document.querySelector(".leaflet-popup-content").innerHTML;
        }"""
    )
    assert "&lt;b&gt;P0&lt;/b&gt; &amp; co" in text  # the name as text
    assert 'href="/article?story=abc&amp;at=0#m0"' in text
    assert page.locator("path.geo-place").count() >= 1
    assert errors == []
