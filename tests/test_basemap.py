"""The basemap as maps use it: clipped to a box for a picture, and the box a map shows."""

from __future__ import annotations

import pytest

from geo import assets, basemap

pytestmark = pytest.mark.skipif(not assets.assets_ready(), reason="run `python -m geo.assets`")


def test_clip_ring_to_box() -> None:
    square = [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]
    clipped = basemap.clip_ring(square, (5.0, -5.0, 20.0, 5.0))
    assert clipped is not None
    assert clipped[0] == clipped[-1]
    xs, ys = {p[0] for p in clipped}, {p[1] for p in clipped}
    assert min(xs) == 5.0 and max(xs) == 10.0 and min(ys) == 0.0 and max(ys) == 5.0
    assert basemap.clip_ring(square, (20.0, 20.0, 30.0, 30.0)) is None


def test_countries_in_a_box_are_clipped_to_it() -> None:
    korea = (124.0, 37.0, 132.0, 44.0)  # both Koreas, parts of China and Russia
    data = basemap.countries_in(korea)
    names = {f["properties"]["name"] for f in data["features"]}
    assert {"North Korea", "China", "Russia"} <= names
    assert "Brazil" not in names and "France" not in names
    for feature in data["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                for lon, lat in ring:
                    assert 124.0 <= lon <= 132.0 and 37.0 <= lat <= 44.0
    whole = len(basemap.countries_text())
    assert len(basemap.countries_json_in(korea)) < whole / 10
    assert basemap.countries_json_in(None) == basemap.countries_text()


def test_view_box_is_what_leaflet_fits() -> None:
    # Pyongyang to Vladivostok in an 800x544 map, 30 px padding, max zoom 7: Leaflet picks 6
    points = [(39.0392, 125.7625), (43.1155, 131.8855)]
    center, zoom = basemap.fit_view(points, (800, 544), 30, 7)
    assert zoom == 6
    assert 40.5 < center[0] < 41.5 and 128.5 < center[1] < 129.0
    west, south, east, north = basemap.view_box(center, zoom, (800, 544))
    assert west < 125.7625 and east > 131.8855 and south < 39.0392 and north > 43.1155
    (lat, lon), zoom = basemap.fit_view([(10.0, 20.0)], (800, 600), 30, 7)
    assert (lat, lon, zoom) == (pytest.approx(10.0), pytest.approx(20.0), 7)
    assert basemap.margin_box((-170.0, 0.0, 170.0, 10.0)) is None  # wraps: the whole world
