"""The dashboard's download buttons: the seed story's five exports, as users get them."""

from __future__ import annotations

import csv
import io
import json
import struct
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import ROOT, is_local, running_app

pytestmark = pytest.mark.browser

SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("downloads")
    with running_app({"GEO_STORE": str(folder / "store.sqlite"), "GEO_DEMO": str(SEED)}) as base:
        yield base


@pytest.fixture(scope="module")
def page(app: str, browser: Any) -> Iterator[tuple[Any, list[str]]]:
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    yield page, requests
    context.close()


def _settle(page: Any) -> None:
    """Wait for the end of the script run: the drawn map asks for a second run, and a button
    clicked while a run replaces it starts no download."""
    page.wait_for_timeout(300)
    page.wait_for_selector(
        '[data-testid=stApp][data-test-script-state="notRunning"]', timeout=90_000
    )


def _download(page: Any, label: str, folder: Path) -> bytes:
    _settle(page)
    button = page.get_by_role("button", name=label)
    button.wait_for(timeout=90_000)
    with page.expect_download(timeout=90_000) as info:
        button.click()
    target = folder / info.value.suggested_filename
    info.value.save_as(target)
    return target.read_bytes()


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("[data-testid=stApp]", timeout=60_000)
    page.frame_locator(MAP_FRAME).locator(".leaflet-container").wait_for(timeout=90_000)
    _settle(page)


def test_map_screen_downloads(page: tuple[Any, list[str]], app: str, tmp_path: Path) -> None:
    browser_page, requests = page
    _open(browser_page, app)

    png = _download(browser_page, "⬇ PNG", tmp_path)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert width >= 1600 and height >= 800
    assert len(png) > 100_000  # a drawn map, not a blank frame

    html = _download(browser_page, "⬇ HTML", tmp_path).decode("utf-8")
    assert "leaflet" in html.lower() and "Vladivostok" in html
    assert 'src="http' not in html  # scripts inlined, nothing fetched

    geojson = json.loads(_download(browser_page, "⬇ GEOJSON", tmp_path))
    assert geojson["type"] == "FeatureCollection"
    points = {
        f["properties"].get("name"): f["geometry"]["coordinates"]
        for f in geojson["features"]
        if f["geometry"]["type"] == "Point"
    }
    lon, lat = points["Vladivostok"]
    assert 131 < lon < 133 and 42 < lat < 44  # RFC 7946: longitude first
    assert any(f["geometry"]["type"] == "LineString" for f in geojson["features"])

    kml = ET.fromstring(_download(browser_page, "⬇ KML", tmp_path))
    names = {el.text for el in kml.iter("{http://www.opengis.net/kml/2.2}name")}
    assert "Vladivostok" in names
    assert not [url for url in requests if not is_local(url)]


def test_events_screen_downloads_csv(page: tuple[Any, list[str]], app: str, tmp_path: Path) -> None:
    browser_page, requests = page
    browser_page.goto(f"{app}/events")
    browser_page.wait_for_selector("[data-testid=stApp]", timeout=60_000)
    raw = _download(browser_page, "⬇ CSV", tmp_path)
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows and "Vladivostok" in {row.get("place") for row in rows}, rows[:3]
    assert not [url for url in requests if not is_local(url)]
