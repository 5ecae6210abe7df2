"""Exports in a real Chromium: the PNG is big and not blank, the HTML draws with the network off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np
import pytest
from test_export import SEED, report_story

from geo import assets, export
from geo.cli import main
from geo.maps import LAND, SEA
from geo.render import PngRenderer

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not assets.assets_ready(), reason="run `python -m geo.assets` first"),
]
Image = pytest.importorskip("PIL.Image")
ImageStat = pytest.importorskip("PIL.ImageStat")


@pytest.fixture(scope="module")
def renderer() -> Iterator[PngRenderer]:
    with PngRenderer() as r:
        yield r


def assert_finished_png(path: Path, min_width: int = 1600) -> None:
    with Image.open(path) as image:
        assert image.format == "PNG"
        assert image.width >= min_width
        assert image.height >= min_width // 2
        rgb = image.convert("RGB")
        stddev = ImageStat.Stat(rgb).stddev
        assert min(stddev) > 15, f"nearly uniform image: stddev {stddev}"
        colours = rgb.resize((400, 300)).getcolors(maxcolors=100_000)
        assert colours is not None and len(colours) > 200
        # the basemap's sea and land colours both cover a good part of the picture
        pixels = np.asarray(rgb.resize((160, 120)), dtype=int)
        for colour in (SEA, LAND):
            rgb_value = np.array([int(colour[i : i + 2], 16) for i in (1, 3, 5)])
            near = (np.abs(pixels - rgb_value).sum(axis=2) < 12).mean()
            assert near > 0.05, f"{colour} covers only {near:.1%}"


def test_png_is_large_and_drawn(renderer: PngRenderer, tmp_path: Path) -> None:
    out = renderer.render(report_story(), None, tmp_path / "map.png")
    assert_finished_png(out)
    with Image.open(out) as image:
        assert image.size == (1600, 1200)


def test_png_renderer_is_reusable(renderer: PngRenderer) -> None:
    first = renderer.render_bytes(report_story(), width=1000, scale=1)
    second = renderer.render_bytes(report_story(), width=1000, scale=1)
    assert first[:8] == second[:8] == b"\x89PNG\r\n\x1a\n"


def _is_file_or_data(url: str) -> bool:
    return urlparse(url).scheme in {"file", "data", "about", "blob"}


def test_html_draws_offline_with_every_request_blocked(browser: Any, tmp_path: Path) -> None:
    page_file = tmp_path / "story.html"
    page_file.write_text(export.to_html(report_story()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 1100, "height": 750}, offline=True)
    page = context.new_page()
    blocked: list[str] = []
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    def guard(route: Any) -> None:
        if _is_file_or_data(route.request.url):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", guard)
    page.goto(page_file.as_uri())
    page.wait_for_function(f"window.{export.READY_FLAG} === true", timeout=20_000)
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator(".leaflet-overlay-pane path.geo-route").count() == 1
    assert page.locator(".leaflet-basemap-pane canvas").count() == 1
    assert page.locator(".leaflet-container[data-geo-basemap]").count() == 1  # drawn
    assert page.locator("path.geo-country").count() == 4  # FR, NO, KP, RU from the basemap
    assert page.locator(".geo-legend").count() == 1
    assert page.locator(".leaflet-control-scale").count() == 1
    assert "GeoNames (CC BY 4.0)" in page.locator(".leaflet-control-attribution").inner_text()
    header = page.locator(".geo-export-header").inner_text()
    assert "Summit <b>&</b> train" in header and "Dates 2019 – 2024-05-05" in header
    labels = page.locator(".geo-label").all_inner_texts()
    assert "Pyongyang" in labels and "Moscow" in labels
    assert page.locator(".leaflet-control-zoom").is_visible()  # interactive in a browser
    assert errors == []
    assert blocked == []
    context.close()


@pytest.mark.slow
@pytest.mark.skipif(not SEED.is_file(), reason="seed article missing")
def test_all_five_exports_of_the_seed(tmp_path: Path) -> None:
    files = {k: tmp_path / f"seed.{k}" for k in ("png", "html", "geojson", "kml", "csv")}
    args = ["export", str(SEED), "--published", "2023-09-11"]
    for kind, path in files.items():
        args += [f"--{kind}", str(path)]
    assert main(args) == 0
    assert all(p.stat().st_size > 1000 for p in files.values())
    assert_finished_png(files["png"])


def test_picture_basemap_covers_what_the_picture_shows(browser: Any) -> None:
    """The PNG's page inlines only the countries around the story: the map's visible extent
    must lie inside that box, whatever the picture's size."""
    from dataclasses import replace

    from geo.maps import View, picture_box

    wide = report_story()  # Pyongyang to Moscow: most of the world's width, nothing clipped
    assert picture_box(wide, View(), (800, 544)) is None
    route = replace(wide.routes[0], stops=wide.routes[0].stops[:2])  # Pyongyang, Vladivostok
    story = replace(wide, places=wide.places[:2], routes=[route], meetings=[])
    for size in ((800, 600), (500, 900), (1400, 500)):
        page_html = export.to_html(story, for_image=True, size=size)
        box = picture_box(story, View(), (size[0], size[1] - export.HEADER_PX))
        assert box is not None and len(page_html) < len(export.to_html(wide, for_image=True)) / 3
        context = browser.new_context(viewport={"width": size[0], "height": size[1]})
        page = context.new_page()
        page.set_content(page_html)
        page.wait_for_function(f"window.{export.READY_FLAG} === true", timeout=20_000)
        west, south, east, north = page.evaluate(
            """() => {
                const name = Object.keys(window).find((k) => /^map_[0-9a-f]+$/.test(k));
                const map = window[name];
                const b = map.getBounds();
                return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
            }"""
        )
        assert box[0] <= west and east <= box[2] and box[1] <= south and north <= box[3], size
        assert page.locator("path.geo-country").count() == 2  # KP, RU: from the inlined part
        assert page.locator(".geo-country-label").count() >= 1  # a country named on the land
        context.close()
