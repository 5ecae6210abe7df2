"""The Natural Earth countries basemap as the maps use it: the whole file, or the part in a box.

The file (`geo.assets.COUNTRIES_FILE`, ~1.7 MB of GeoJSON) is read once per process. Maps served
by the dashboard fetch it by URL (the browser caches it); a self-contained HTML export inlines the
text as it is (no decode and re-encode); a PNG inlines only the countries in the picture's box,
clipped to it, which is what Chromium spends its time parsing and drawing.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Any

from geo import assets
from geo.errors import DataMissingError

Box = tuple[float, float, float, float]  # west, south, east, north (degrees)
Ring = list[list[float]]

WORLD_PX = 256  # Leaflet's tile size: the world is 256 * 2**zoom pixels wide
MAX_LAT = 85.0511287798  # the Web Mercator limit


@lru_cache(maxsize=1)
def countries_text() -> str:
    """The basemap file's text (compact GeoJSON), safe to embed in a <script> element."""
    if not assets.COUNTRIES_FILE.is_file():
        raise DataMissingError("basemap missing: run `python -m geo.assets`")
    return assets.COUNTRIES_FILE.read_text(encoding="utf-8").replace("</", "<\\/")


@dataclass(frozen=True)
class _Country:
    feature: dict[str, Any]
    box: Box


@lru_cache(maxsize=1)
def _countries() -> tuple[_Country, ...]:
    out = []
    for feature in json.loads(countries_text())["features"]:
        points = [p for ring in _rings(feature["geometry"]) for p in ring]
        if not points:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        out.append(_Country(feature, (min(xs), min(ys), max(xs), max(ys))))
    return tuple(out)


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes of the basemap's countries."""
    return frozenset(c.feature["properties"]["iso_a2"] for c in _countries()) - {""}


def countries_geojson() -> dict[str, Any]:
    """The whole FeatureCollection (properties name, iso_a2); a fresh object each call."""
    data: dict[str, Any] = json.loads(countries_text())
    return data


def _polygons(geometry: dict[str, Any]) -> list[list[Ring]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["coordinates"])
    return []


def _rings(geometry: dict[str, Any]) -> list[Ring]:
    return [ring for polygon in _polygons(geometry) for ring in polygon]


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _inside(a: Box, b: Box) -> bool:
    return b[0] <= a[0] and a[2] <= b[2] and b[1] <= a[1] and a[3] <= b[3]


def _clip_edge(ring: Ring, axis: int, limit: float, keep_below: bool) -> Ring:
    """Sutherland-Hodgman: the part of a closed ring on one side of x (axis 0) or y (axis 1)."""

    def inside(p: list[float]) -> bool:
        return p[axis] <= limit if keep_below else p[axis] >= limit

    out: Ring = []
    for a, b in pairwise(ring):
        if inside(a) != inside(b):
            t = (limit - a[axis]) / (b[axis] - a[axis])
            cut = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
            cut[axis] = limit
            out.append([round(cut[0], 3), round(cut[1], 3)])
        if inside(b):
            out.append(b)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def clip_ring(ring: Ring, box: Box) -> Ring | None:
    """A closed ring clipped to the box; None when less than a triangle is left."""
    west, south, east, north = box
    edges = ((0, west, False), (0, east, True), (1, south, False), (1, north, True))
    for axis, limit, below in edges:
        ring = _clip_edge(ring, axis, limit, below)
        if len(ring) < 4:
            return None
    return ring


def _clip_geometry(geometry: dict[str, Any], box: Box) -> dict[str, Any] | None:
    polygons = []
    for polygon in _polygons(geometry):
        shell = clip_ring(polygon[0], box)
        if shell is None:
            continue
        holes = [h for h in (clip_ring(r, box) for r in polygon[1:]) if h is not None]
        polygons.append([shell, *holes])
    if not polygons:
        return None
    return {"type": "MultiPolygon", "coordinates": polygons}


def countries_in(box: Box) -> dict[str, Any]:
    """The countries inside the box, clipped to it (a country wholly inside is kept as is)."""
    features = []
    for country in _countries():
        if not _overlaps(country.box, box):
            continue
        if _inside(country.box, box):
            features.append(country.feature)
            continue
        geometry = _clip_geometry(country.feature["geometry"], box)
        if geometry is not None:
            features.append({**country.feature, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def countries_json_in(box: Box | None) -> str:
    """`countries_in(box)` as compact JSON for a <script> element; the whole file without a box."""
    if box is None:
        return countries_text()
    text = json.dumps(countries_in(box), separators=(",", ":"), ensure_ascii=False)
    return text.replace("</", "<\\/")


# --- the box a map shows (Web Mercator, as Leaflet draws it) -------------------------------------


def _x(lon: float) -> float:
    return (lon + 180.0) / 360.0


def _y(lat: float) -> float:
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    s = math.sin(math.radians(lat))
    return 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)


def _lat(y: float) -> float:
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))


def fit_view(
    points: list[tuple[float, float]], size: tuple[int, int], padding: int, max_zoom: int
) -> tuple[tuple[float, float], int]:
    """Centre (lat, lon) and zoom that Leaflet's fitBounds picks for these (lat, lon) points
    (zoomSnap 1, the same padding on every side)."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    x0, x1 = _x(min(lons)), _x(max(lons))
    y0, y1 = _y(max(lats)), _y(min(lats))
    center = (_lat((y0 + y1) / 2), (x0 + x1) / 2 * 360.0 - 180.0)
    room_x, room_y = max(size[0] - 2 * padding, 1), max(size[1] - 2 * padding, 1)
    dx, dy = (x1 - x0) * WORLD_PX, (y1 - y0) * WORLD_PX
    scale = min(room_x / dx if dx else math.inf, room_y / dy if dy else math.inf)
    if math.isinf(scale):
        return center, max_zoom
    zoom = math.floor(round(math.log2(scale), 2))  # Leaflet: "within 1% of a level" snaps
    return center, max(0, min(max_zoom, zoom))


def view_box(center: tuple[float, float], zoom: float, size: tuple[int, int]) -> Box:
    """(west, south, east, north) of a map of `size` CSS pixels at `center` (lat, lon), `zoom`."""
    world = WORLD_PX * 2.0**zoom
    cx, cy = _x(center[1]) * world, _y(center[0]) * world
    half_x, half_y = size[0] / 2, size[1] / 2
    west = (cx - half_x) / world * 360.0 - 180.0
    east = (cx + half_x) / world * 360.0 - 180.0
    north = _lat(max(0.0, cy - half_y) / world)
    south = _lat(min(world, cy + half_y) / world)
    return west, south, east, north


def margin_box(box: Box, factor: float = 0.5) -> Box | None:
    """The box grown by `factor` of its size on every side; None when it spans the world."""
    west, south, east, north = box
    dx, dy = (east - west) * factor, (north - south) * factor
    grown = (west - dx, max(-90.0, south - dy), east + dx, min(90.0, north + dy))
    if grown[0] <= -180.0 or grown[2] >= 180.0:
        return None  # the view wraps or reaches the antimeridian: keep every country
    return grown
