"""Vendored front-end files, the Natural Earth basemap and the TopoJSON decoder."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import pytest

from geo import assets
from geo.assets import decode_arcs, fix_antimeridian, topology_features, vendor_files


@pytest.fixture(scope="module")
def built() -> str:
    """Run `python -m geo.assets` (instant when everything is already there)."""
    proc = subprocess.run(
        [sys.executable, "-m", "geo.assets"],
        cwd=assets.ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def countries(built: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(assets.COUNTRIES_FILE.read_text(encoding="utf-8"))
    return data


def test_one_summary_line(built: str) -> None:
    assert built.count("\n") == 1
    assert built.startswith("assets:")
    assert assets.assets_ready()


def test_vendor_files_exist(built: str) -> None:
    js, css = vendor_files("/app/static/")
    names = {name for name, _ in js + css}
    assert {"leaflet", "jquery", "leaflet_css", "polylinedecorator", "markerclusterjs"} <= names
    assert {"markercluster" + "css", "markerclusterdefaultcss", "leaflet-heat.js"} <= names
    for _name, url in js + css:
        assert url.startswith("/app/static/vendor/")
        path = assets.STATIC_DIR / url.removeprefix("/app/static/")
        assert path.is_file() and path.stat().st_size > 100, url
    for image in ("layers.png", "layers-2x.png"):
        assert (assets.VENDOR_DIR / "leaflet" / "images" / image).is_file()
    assert "1.9.4" in (assets.VENDOR_DIR / "leaflet" / "leaflet.js").read_text()[:200]


def test_second_run_skips(built: str) -> None:
    assert assets.build_all().endswith("(nothing to do)")
    assert assets.READY_FILE.is_file()  # make's stamp (Makefile target static/vendor/.ready)
    assert "leaflet@1.9.4" in assets.READY_FILE.read_text(encoding="utf-8")


def test_streamlit_serves_static() -> None:
    config = (assets.ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert "enableStaticServing = true" in config
    assert "gatherUsageStats = false" in config
    # no source watching nor full GC after each run: both held the GIL while the map waited
    assert 'fileWatcherType = "none"' in config and "postScriptGC = false" in config


def test_basemap_gzipped_copy(built: str) -> None:
    """Served as it is (Streamlit gzips plain files on every request, on its event loop)."""
    import gzip

    packed = assets.compressed_countries_file()
    assert packed is not None and packed.name == "countries-50m.geojson.gz"
    assert gzip.decompress(packed.read_bytes()) == assets.COUNTRIES_FILE.read_bytes()
    assert packed.stat().st_size < assets.COUNTRIES_FILE.stat().st_size / 2
    assert assets.compressed_countries_file() == packed  # made once


def _rings(geometry: dict[str, Any]) -> Iterator[list[list[float]]]:
    polys = geometry["coordinates"]
    for poly in [polys] if geometry["type"] == "Polygon" else polys:
        yield from poly


def test_countries_geojson(countries: dict[str, Any]) -> None:
    features = countries["features"]
    assert 230 <= len(features) <= 260
    by_iso = {f["properties"]["iso_a2"]: f["properties"]["name"] for f in features}
    for code, name in {
        "FR": "France",
        "NO": "Norway",
        "RU": "Russia",
        "KP": "North Korea",
        "KR": "South Korea",
    }.items():
        assert by_iso[code] == name
    assert all(set(f["properties"]) == {"name", "iso_a2"} for f in features)


def test_countries_coordinates_in_range(countries: dict[str, Any]) -> None:
    for feature in countries["features"]:
        assert feature["geometry"]["type"] in {"Polygon", "MultiPolygon"}
        for ring in _rings(feature["geometry"]):
            assert len(ring) >= 4 and ring[0] == ring[-1]
            for lon, lat in ring:
                assert -180 <= lon <= 180 and -90 <= lat <= 90
            for (x0, y0), (x1, _) in pairwise(ring):
                # no edge may jump across the map (antimeridian stripes), except along a pole
                assert abs(x1 - x0) <= 180 or abs(y0) == 90, feature["properties"]["name"]


def test_fiji_and_russia_cut_at_antimeridian(countries: dict[str, Any]) -> None:
    for name in ("Fiji", "Russia"):
        feature = next(f for f in countries["features"] if f["properties"]["name"] == name)
        lons = [lon for ring in _rings(feature["geometry"]) for lon, _ in ring]
        assert min(lons) < -170 and max(lons) > 170


# --- the decoder on a tiny hand-made topology --------------------------------------------------

TINY: dict[str, Any] = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [10.0, -20.0]},
    "arcs": [
        [[0, 0], [4, 0], [0, 4]],  # (10,-20) (12,-20) (12,-19)
        [[4, 4], [-4, 0], [0, -4]],  # (12,-19) (10,-19) (10,-20)
        [[8, 8], [2, 0], [0, 2], [-2, 0], [0, -2]],  # closed ring (14,-18)..(15,-17)
        [[4, 4], [-4, -4]],  # (12,-19) (10,-20): a diagonal, used reversed
    ],
    "objects": {
        "shapes": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "001", "properties": {"name": "A"}, "arcs": [[0, 1]]},
                {"type": "MultiPolygon", "properties": {"name": "B"}, "arcs": [[[2]], [[~0, ~3]]]},
                {"type": "LineString", "arcs": [~0]},
                {"type": "Point", "coordinates": [2, 4]},
                {"type": None},
            ],
        }
    },
}


def test_decode_arcs_quantized_delta() -> None:
    arcs = decode_arcs(TINY)
    assert arcs[0] == [[10.0, -20.0], [12.0, -20.0], [12.0, -19.0]]
    assert arcs[2][0] == [14.0, -18.0] and arcs[2][-1] == [14.0, -18.0]


def test_topology_features() -> None:
    a, b, line, point, empty = topology_features(TINY, "shapes")
    assert a["id"] == "001" and a["properties"] == {"name": "A"}
    assert a["geometry"] == {
        "type": "Polygon",
        "coordinates": [
            [[10.0, -20.0], [12.0, -20.0], [12.0, -19.0], [10.0, -19.0], [10.0, -20.0]]
        ],
    }
    assert b["geometry"]["type"] == "MultiPolygon"
    square, triangle = b["geometry"]["coordinates"]
    assert square[0] == [[14.0, -18.0], [15.0, -18.0], [15.0, -17.5], [14.0, -17.5], [14.0, -18.0]]
    assert triangle == [[[12.0, -19.0], [12.0, -20.0], [10.0, -20.0], [12.0, -19.0]]]
    assert line["geometry"]["coordinates"] == [[12.0, -19.0], [12.0, -20.0], [10.0, -20.0]]
    assert point["geometry"] == {"type": "Point", "coordinates": [11.0, -19.0]}
    assert empty["geometry"] is None


def test_decode_without_transform() -> None:
    topology = {
        "arcs": [[[1.5, 2.5], [3.0, 4.0]]],
        "objects": {"l": {"type": "LineString", "arcs": [0]}},
    }
    (feature,) = topology_features(topology, "l")
    assert feature["geometry"]["coordinates"] == [[1.5, 2.5], [3.0, 4.0]]


def test_fix_antimeridian_splits_crossing_ring() -> None:
    ring = [[170.0, 10.0], [-170.0, 10.0], [-170.0, 20.0], [170.0, 20.0], [170.0, 10.0]]
    fixed = fix_antimeridian({"type": "Polygon", "coordinates": [ring]})
    assert fixed is not None and fixed["type"] == "MultiPolygon"
    spans = sorted(
        (min(p[0] for p in poly[0]), max(p[0] for p in poly[0])) for poly in fixed["coordinates"]
    )
    assert spans == [(-180.0, -170.0), (170.0, 180.0)]
    plain = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    assert fix_antimeridian(plain) == plain
