"""The running dashboard in Debian's Chromium: the demo map with its route, offline."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.browser import ROOT, is_local, running_app

pytestmark = pytest.mark.browser

SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


@pytest.fixture(scope="module")
def app_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("app")
    return {"GEO_STORE": str(folder / "store.sqlite"), "GEO_DEMO": str(SEED)}


@pytest.fixture(scope="module")
def app(app_env: dict[str, str]) -> Iterator[str]:
    with running_app(app_env) as base:
        yield base


def open_map(browser: object, url: str) -> tuple[object, list[str]]:
    """Open a dashboard URL in a fresh context; return the page and every request URL."""
    context = browser.new_context()  # type: ignore[attr-defined]
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.wait_for_selector("[data-testid=stApp]", timeout=60_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-container").wait_for(timeout=90_000)
    frame.locator(".leaflet-overlay-pane path.geo-place >> visible=true").first.wait_for(
        timeout=30_000
    )
    return page, requests


def test_home_shows_demo_route_offline(app: str, browser: object) -> None:
    page, requests = open_map(browser, app)
    frame = page.frame_locator(MAP_FRAME)  # type: ignore[attr-defined]
    assert frame.locator(".leaflet-overlay-pane path.geo-route").count() >= 1
    assert frame.locator(".leaflet-interactive").count() >= 3
    body = page.locator("[data-testid=stApp]").inner_text()  # type: ignore[attr-defined]
    assert re.search(r"Pyongyang.*Khasan.*Vladivostok", body, re.S), body[:2000]
    assert "Meeting at Vladivostok" in body
    # the event table follows the map: the map's first report runs the page again
    page.locator("[data-testid=stDataFrame]").first.wait_for(timeout=60_000)  # type: ignore[attr-defined]
    outside = [url for url in requests if not is_local(url)]
    assert not outside, outside


def test_story_ingested_from_command_line_opens_from_its_link(
    app: str, app_env: dict[str, str], browser: object
) -> None:
    article = (
        "Minister visits Nairobi\n\nThe foreign minister left Berlin on Monday and arrived in "
        "Nairobi on Tuesday for talks with Kenyan officials.\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "geo", "ingest", "-", "--published", "2024-03-06"],
        input=article,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **app_env},
        check=True,
    )
    link = done.stdout.strip()
    assert re.fullmatch(r"http://localhost:8501/\?story=[A-Za-z0-9_-]{22}", link), link
    page, requests = open_map(browser, link.replace("http://localhost:8501", app))
    body = page.locator("[data-testid=stApp]").inner_text()  # type: ignore[attr-defined]
    assert "Minister visits Nairobi" in body
    assert "Nairobi" in body and "Berlin" in body
    assert not [url for url in requests if not is_local(url)]


def _map_window(page: object) -> object:
    return next(f for f in page.frames if "st_folium" in f.url)  # type: ignore[attr-defined]


def _wait_url(page: object, wanted: str, present: bool = True) -> str:
    for _ in range(120):
        url = str(page.evaluate("location.href"))  # type: ignore[attr-defined]
        if (wanted in url) == present:
            return url
        page.wait_for_timeout(250)  # type: ignore[attr-defined]
    raise AssertionError(f"{wanted!r} {'never came' if present else 'stayed'} in {url}")


def test_layer_turned_off_in_the_map_is_kept_in_the_url(app: str, browser: object) -> None:
    """The map's own layer control writes the layers into the URL and the sidebar, without
    drawing the map again; the link opens with the same layers."""
    page, requests = open_map(browser, app)
    frame = page.frame_locator(MAP_FRAME)  # type: ignore[attr-defined]
    frame.locator("path.geo-route").first.wait_for()
    _map_window(page).evaluate("window.__sameMap = true")  # type: ignore[attr-defined]
    frame.locator(".leaflet-control-layers").hover()
    frame.locator(".leaflet-control-layers-overlays label", has_text="Routes").click()
    url = _wait_url(page, "layers=")
    assert "layers=basemap%2Ccountries%2Cplaces%2Cmeetings" in url, url
    assert frame.locator("path.geo-route").count() == 0
    layers = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]").first  # type: ignore[attr-defined]
    for _ in range(40):  # the sidebar's list follows after a rerun
        if "Routes" not in layers.inner_text():
            break
        page.wait_for_timeout(250)  # type: ignore[attr-defined]
    assert "Routes" not in layers.inner_text() and "Meetings" in layers.inner_text()
    assert _map_window(page).evaluate("window.__sameMap === true")  # type: ignore[attr-defined]

    frame.locator(".leaflet-control-layers").hover()
    frame.locator(".leaflet-control-layers-overlays label", has_text="Routes").click()
    _wait_url(page, "layers=", present=False)  # all layers on again: the default
    frame.locator(".leaflet-control-layers").hover()
    frame.locator(".leaflet-control-layers-overlays label", has_text="Meetings").click()
    shared = _wait_url(page, "layers=")

    again, more = open_map(browser, shared)
    other = again.frame_locator(MAP_FRAME)  # type: ignore[attr-defined]
    other.locator("path.geo-route").first.wait_for()
    assert other.locator(".geo-meeting-star").count() == 0
    assert not [u for u in requests + more if not is_local(u)]
