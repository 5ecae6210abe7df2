"""The analyst's path in Chromium: paste an article, see the map, correct a place, reload, share.

Every request the browser makes is recorded; none may leave localhost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser import ROOT, is_local, running_app

pytestmark = pytest.mark.browser

SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
ARTICLE = (
    "Envoy in Cairo\n\nThe envoy flew from Amman to Cairo on Monday for talks with Egyptian "
    "officials.\n"
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("dashboard")
    env = {"GEO_STORE": str(folder / "store.sqlite"), "GEO_DEMO": str(SEED)}
    with running_app(env) as base:
        yield base


def settle(page: Any, timeout: float = 90_000) -> None:
    """Wait until the Streamlit script has finished its run."""
    page.wait_for_selector("[data-testid=stApp]", timeout=timeout)
    page.wait_for_timeout(300)
    page.wait_for_selector(
        '[data-testid=stApp][data-test-script-state="notRunning"]', timeout=timeout
    )


def wait_map(page: Any) -> Any:
    frame = page.frame_locator(MAP_FRAME)
    frame.locator(".leaflet-container").wait_for(timeout=90_000)
    frame.locator(".leaflet-overlay-pane path.geo-place >> visible=true").first.wait_for(
        timeout=30_000
    )
    return frame


def body(page: Any) -> str:
    return str(page.locator("[data-testid=stApp]").inner_text())


def choose(page: Any, label: str, option: str) -> None:
    """Pick `option` in the Streamlit selectbox labelled `label`."""
    box = page.locator("[data-testid=stSelectbox]").filter(has_text=label).first
    for _ in range(4):  # a rerun (the map reporting its position) may close the list
        settle(page)
        box.locator("input").click()
        box.locator("input").fill(option)
        choice = page.locator("[role=option]").filter(has_text=option).first
        try:
            choice.click(timeout=5_000)
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            continue
        settle(page)
        return
    raise AssertionError(f"could not choose {option!r} in {label!r}: {box.inner_text()!r}")


def test_paste_map_correct_reload_share(app: str, browser: Any) -> None:
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))

    # paste an article on the Ingest page
    page.goto(f"{app}/ingest")
    settle(page)
    page.get_by_label("Article text").fill(ARTICLE)
    page.get_by_label("Publication date (YYYY-MM-DD)").fill("2024-05-08")
    page.get_by_role("button", name="Map it").click()
    page.get_by_text("Open the map").wait_for(timeout=90_000)
    story_id = re.search(r"story=([A-Za-z0-9_-]{22})", body(page) + page.content()).group(1)  # type: ignore[union-attr]

    # see the map
    page.goto(f"{app}/?story={story_id}")
    settle(page)
    frame = wait_map(page)
    assert frame.locator(".geo-place").count() >= 2
    assert "Envoy in Cairo" in body(page)

    # correct a place: Amman is (for this test) the Cairo in Egypt
    page.locator("[data-testid=stSidebar]").get_by_text("Edit", exact=True).click()
    settle(page)
    choose(page, "Mention", "Amman")
    page.get_by_text("searching the gazetteer").click()
    settle(page)
    name = page.get_by_label("Place name")
    name.fill("Cairo")
    name.press("Enter")
    settle(page)
    page.get_by_role("button", name="Save correction").click()
    settle(page)
    page.get_by_text("corrected by the analyst").first.wait_for(timeout=60_000)
    assert re.search(r"Amman\s*→\s*Cairo \(.*EG\)", body(page)), body(page)[:3000]

    # reload: the correction is still there, drawn in the analyst's style
    page.reload()
    settle(page)
    frame = wait_map(page)
    assert re.search(r"Amman\s*→\s*Cairo", body(page))
    frame.locator("path.geo-corrected").first.wait_for(timeout=30_000)
    settle(page)
    page.wait_for_timeout(1500)  # st_folium reports the map position into the URL
    share = page.url
    assert f"story={story_id}" in share

    # the share link in a fresh browser context: same story, same view, read-only
    fresh = browser.new_context()
    other = fresh.new_page()
    other.on("request", lambda request: requests.append(request.url))
    other.goto(share)
    settle(other)
    wait_map(other).locator("path.geo-corrected").first.wait_for(timeout=30_000)
    assert "Envoy in Cairo" in body(other)
    assert re.search(r"Amman\s*→\s*Cairo", body(other))
    assert other.get_by_role("button", name="Save correction").count() == 0
    for param in ("lat", "lon", "zoom"):
        value = re.search(rf"[?&]{param}=([^&]+)", share)
        assert value, share
        assert f"{param}={value.group(1)}" in other.url
    fresh.close()
    context.close()

    outside = [url for url in requests if not is_local(url)]
    assert not outside, outside
