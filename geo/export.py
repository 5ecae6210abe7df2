"""Exports that go straight into a report: GeoJSON, KML, CSV and a self-contained HTML map.

Every export shows what the map shows: the main section's places (related-section places only when
`View.show_related`), routes and meetings inside the view's date window. Layer visibility only
matters for the HTML/PNG; the data exports always carry every kind of feature. The PNG is made from
`to_html(..., for_image=True)` by `geo.render`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import folium
import pandas as pd
from folium.template import Template

from geo import maps
from geo.errors import InputError
from geo.maps import View, build_map, evidence_sentence
from geo.models import Event, Meeting, Place, Route, Stop, Story
from geo.serialize import events_frame

KML_NS = "http://www.opengis.net/kml/2.2"
CREDITS = "Places: GeoNames (CC BY 4.0) · Basemap: Natural Earth (public domain)"
COORD_DECIMALS = 6  # ~0.1 m, RFC 7946 section 11.2

# --- what is exported ----------------------------------------------------------------------------


def _view(view: View | None) -> View:
    """The view for exports: never online tiles (every export works offline)."""
    return replace(view or View(), tiles=None)


def export_places(story: Story, view: View | None = None) -> list[tuple[Place, int]]:
    """Distinct chosen places (most confident mention, mention count), related ones on request."""
    view = _view(view)
    chosen = maps._distinct(maps._main_places(story))
    if view.show_related:
        chosen += maps._distinct(maps._related_places(story))
    return chosen


def export_routes(story: Story, view: View | None = None) -> list[tuple[Route, tuple[Stop, ...]]]:
    """Routes with their stops inside the date window (routes left with < 2 stops dropped)."""
    view = _view(view)
    out = []
    for route in story.routes:
        stops = tuple(s for s in route.stops if maps._in_window(s.date, view))
        if len(stops) >= 2:
            out.append((route, stops))
    return out


def export_meetings(story: Story, view: View | None = None) -> list[Meeting]:
    view = _view(view)
    return [m for m in story.meetings if maps._in_window(m.date, view)]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _event_day(event: Event) -> str:
    """An event's date as precise as it was written: 2019, 2023-09 or 2023-09-12."""
    assert event.date is not None
    if event.date_precision == "year":
        return f"{event.date:%Y}"
    if event.date_precision == "month":
        return f"{event.date:%Y-%m}"
    return event.date.isoformat()


def date_range_text(story: Story, view: View | None = None) -> str:
    """'Dates 2019 – 2023-09-12' from the events (or the view's window), '' when none is dated."""
    view = _view(view)
    if view.date_from or view.date_to:
        low = _iso(view.date_from) or "…"
        high = _iso(view.date_to) or "…"
        return f"Showing {low} – {high}"
    sections = {"main", "related"} if view.show_related else {"main"}
    dated = [e for e in story.events if e.date and e.section in sections]
    if not dated:
        days = [s.date for r in story.routes for s in r.stops if s.date]
        days += [m.date for m in story.meetings if m.date]
        if not days:
            return ""
        low_day, high_day = min(days).isoformat(), max(days).isoformat()
    else:
        first = min(dated, key=lambda e: (e.date, e.date_precision != "year"))
        last = max(dated, key=lambda e: (e.date, e.date_precision == "day"))
        low_day, high_day = _event_day(first), _event_day(last)
    return f"Dates {low_day}" if low_day == high_day else f"Dates {low_day} – {high_day}"


def story_title(story: Story) -> str:
    return " ".join(story.document.title.split()) or "Untitled story"


# --- GeoJSON -------------------------------------------------------------------------------------


def _position(lat: float, lon: float) -> list[float]:
    """An RFC 7946 position: [longitude, latitude]."""
    return [round(lon, COORD_DECIMALS), round(lat, COORD_DECIMALS)]


def _point(lat: float, lon: float, properties: dict[str, Any]) -> dict[str, Any]:
    geometry = {"type": "Point", "coordinates": _position(lat, lon)}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _place_feature(story: Story, place: Place, count: int) -> dict[str, Any]:
    c = place.chosen
    assert c is not None
    properties = {
        "feature_type": "place",
        "name": c.name,
        "kind": c.kind,
        "mention": place.mention.text,
        "mentions": count,
        "confidence": round(place.confidence, 3),
        "country_code": c.country_code,
        "admin1": c.admin1,
        "geonames_id": c.geonames_id,
        "section": place.mention.section,
        "corrected": place.corrected,
        "sentence": evidence_sentence(story, place),
    }
    return _point(c.lat, c.lon, properties)


def _route_feature(route: Route, stops: tuple[Stop, ...]) -> dict[str, Any]:
    days = [s.date for s in stops if s.date]
    properties = {
        "feature_type": "route",
        "actor": route.actor,
        "length_km": round(route.length_km, 1),
        "start_date": _iso(min(days)) if days else None,
        "end_date": _iso(max(days)) if days else None,
        "stop_names": [s.place for s in stops],
        "stop_dates": [_iso(s.date) for s in stops],
        "stop_roles": [s.role for s in stops],
        "stops": [
            {
                "name": s.place,
                "date": _iso(s.date),
                "role": s.role,
                "kind": s.kind,
                "country_code": s.country_code,
            }
            for s in stops
        ],
    }
    geometry = {"type": "LineString", "coordinates": [_position(s.lat, s.lon) for s in stops]}
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _meeting_feature(meeting: Meeting) -> dict[str, Any]:
    properties = {
        "feature_type": "meeting",
        "name": f"Meeting in {meeting.place}",
        "place": meeting.place,
        "date": _iso(meeting.date),
        "participants": list(meeting.participants),
        "sentence": meeting.sentence,
        "kind": meeting.kind,
        "country_code": meeting.country_code,
    }
    return _point(meeting.lat, meeting.lon, properties)


def to_geojson(story: Story, view: View | None = None) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection: places and meetings as Points, routes as LineStrings.

    Coordinates are [longitude, latitude] (WGS 84), no `crs` member. Every feature has a
    `feature_type` property: place, route or meeting.
    """
    features = [_place_feature(story, p, n) for p, n in export_places(story, view)]
    features += [_route_feature(r, stops) for r, stops in export_routes(story, view)]
    features += [_meeting_feature(m) for m in export_meetings(story, view)]
    return {"type": "FeatureCollection", "features": features}


def to_geojson_text(story: Story, view: View | None = None) -> str:
    return json.dumps(to_geojson(story, view), ensure_ascii=False, indent=1) + "\n"


# --- KML -----------------------------------------------------------------------------------------


def kml_colour(hex_rgb: str, alpha: int = 0xFF) -> str:
    """'#rrggbb' -> KML's 'aabbggrr'."""
    rgb = hex_rgb.lstrip("#")
    return f"{alpha:02x}{rgb[4:6]}{rgb[2:4]}{rgb[0:2]}".lower()


def _sub(parent: ET.Element, tag: str, text: object = None, **attrib: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{KML_NS}}}{tag}", attrib)
    if text is not None:
        element.text = str(text)
    return element


def _icon_style(document: ET.Element, style_id: str, colour: str, scale: float) -> None:
    # No <Icon href>: viewers use their built-in placemark icon, tinted, and nothing is fetched.
    style = _sub(document, "Style", id=style_id)
    icon = _sub(style, "IconStyle")
    _sub(icon, "color", kml_colour(colour))
    _sub(icon, "scale", scale)
    _sub(_sub(style, "LabelStyle"), "scale", 0.9)


def _line_style(document: ET.Element, style_id: str, colour: str) -> None:
    style = _sub(document, "Style", id=style_id)
    line = _sub(style, "LineStyle")
    _sub(line, "color", kml_colour(colour))
    _sub(line, "width", 4)


def _extended(placemark: ET.Element, values: dict[str, object]) -> None:
    data = _sub(placemark, "ExtendedData")
    for name, value in values.items():
        if value not in (None, ""):
            _sub(_sub(data, "Data", name=name), "value", value)


def _kml_point(placemark: ET.Element, lat: float, lon: float) -> None:
    _sub(_sub(placemark, "Point"), "coordinates", f"{lon:.6f},{lat:.6f},0")


def _kml_places(story: Story, folder: ET.Element, places: Iterable[tuple[Place, int]]) -> None:
    for place, count in places:
        c = place.chosen
        assert c is not None
        mark = _sub(folder, "Placemark")
        _sub(mark, "name", c.name)
        _sub(mark, "description", evidence_sentence(story, place))
        style = "related" if place.mention.section == "related" else c.kind
        _sub(mark, "styleUrl", f"#place-{style}")
        _extended(
            mark,
            {
                "kind": c.kind,
                "mention": place.mention.text,
                "mentions": count,
                "confidence": f"{place.confidence:.2f}",
                "country_code": c.country_code,
                "section": place.mention.section,
            },
        )
        _kml_point(mark, c.lat, c.lon)


def _kml_routes(folder: ET.Element, routes: Iterable[tuple[Route, tuple[Stop, ...]]]) -> None:
    for i, (route, stops) in enumerate(routes):
        mark = _sub(folder, "Placemark")
        _sub(mark, "name", f"Route of {route.actor}")
        legs = " → ".join(f"{s.place} ({_iso(s.date) or 'date unknown'}, {s.role})" for s in stops)
        _sub(mark, "description", f"{legs} · {route.length_km:,.0f} km")
        days = [s.date for s in stops if s.date]
        if days:
            span = _sub(mark, "TimeSpan")
            _sub(span, "begin", min(days).isoformat())
            _sub(span, "end", max(days).isoformat())
        _sub(mark, "styleUrl", f"#route-{i % len(maps.ROUTE_COLOURS)}")
        _extended(mark, {"actor": route.actor, "length_km": f"{route.length_km:.1f}"})
        line = _sub(mark, "LineString")
        _sub(line, "tessellate", 1)
        _sub(line, "coordinates", " ".join(f"{s.lon:.6f},{s.lat:.6f},0" for s in stops))


def _kml_meetings(folder: ET.Element, meetings: Iterable[Meeting]) -> None:
    for meeting in meetings:
        mark = _sub(folder, "Placemark")
        _sub(mark, "name", f"Meeting in {meeting.place}")
        who = ", ".join(meeting.participants) or "participants unknown"
        when = _iso(meeting.date) or "date unknown"
        _sub(mark, "description", f"{when}: {who}. {meeting.sentence}".strip())
        if meeting.date:
            _sub(_sub(mark, "TimeStamp"), "when", meeting.date.isoformat())
        _sub(mark, "styleUrl", "#meeting")
        _extended(mark, {"date": _iso(meeting.date), "participants": who})
        _kml_point(mark, meeting.lat, meeting.lon)


def to_kml(story: Story, view: View | None = None) -> str:
    """KML 2.2: folders of styled place placemarks, route lines and meetings (text escaped by
    ElementTree)."""
    ET.register_namespace("", KML_NS)
    root = ET.Element(f"{{{KML_NS}}}kml")
    document = _sub(root, "Document")
    _sub(document, "name", story_title(story))
    published = story.document.published
    about = f"Published {published.isoformat()}. " if published else ""
    _sub(document, "description", f"{about}{date_range_text(story, view)}. {CREDITS}.")
    for kind, colour in maps.KIND_COLOURS.items():
        _icon_style(document, f"place-{kind}", colour, 1.0)
    _icon_style(document, "place-related", maps.RELATED_COLOUR, 0.8)
    _icon_style(document, "meeting", maps.MEETING_COLOUR, 1.4)
    for i, colour in enumerate(maps.ROUTE_COLOURS):
        _line_style(document, f"route-{i}", colour)
    folders = {name: _sub(document, "Folder") for name in ("Places", "Routes", "Meetings")}
    for name, folder in folders.items():
        _sub(folder, "name", name)
    _kml_places(story, folders["Places"], export_places(story, view))
    _kml_routes(folders["Routes"], export_routes(story, view))
    _kml_meetings(folders["Meetings"], export_meetings(story, view))
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode", xml_declaration=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


# --- CSV -----------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading single quote (OWASP)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(story: Story, *, show_related: bool = False) -> str:
    """The event table (`events_frame`, docs/event-table.md) as CSV text.

    UTF-8 without a byte-order mark (write it with encoding="utf-8"), RFC 4180 quoting and CRLF line
    ends; missing values are empty cells; text cells starting with = + - @ tab or CR are prefixed
    with a single quote so spreadsheets show them instead of evaluating them.
    """
    frame = events_frame(story)
    if not show_related:
        frame = frame[frame["section"] == "main"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(frame.columns)
    for row in frame.itertuples(index=False):
        writer.writerow(["" if _missing(v) else neutralise_cell(_cell(v)) for v in row])
    return out.getvalue()


def _missing(value: object) -> bool:
    return bool(pd.api.types.is_scalar(value) and pd.isna(value))


def _cell(value: object) -> object:
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


# --- file names ----------------------------------------------------------------------------------

_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*/\\]+')
_WINDOWS_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$")
MAX_NAME = 120


def safe_file_name(name: str, default: str = "export") -> str:
    """A file name from user text: last path component, no control or reserved characters."""
    name = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_CHARS.sub("_", name).strip(" ._")
    if _WINDOWS_RESERVED.match(name):
        name = "_" + name
    if len(name) > MAX_NAME:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[: MAX_NAME - len(suffix) - 1] + dot + suffix) if dot else name[:MAX_NAME]
    return name or default


def safe_output_path(folder: str | Path, name: str) -> Path:
    """folder/name for a name typed by a user; it never leaves `folder` (not via .., / or links)."""
    base = Path(folder).resolve()
    target = (base / safe_file_name(name)).resolve()
    if target.parent != base:
        raise InputError(f"output name {name!r} leaves the folder {base}")
    return target


def export_stem(story: Story) -> str:
    """A file stem for a story's exports: its title, made safe."""
    return safe_file_name(story_title(story)[:80].replace(" ", "_"), default="story")


# --- self-contained HTML -------------------------------------------------------------------------

READY_FLAG = "geoExportReady"

_EXPORT_CSS = """
html, body { margin: 0; height: 100%; }
body { display: flex; flex-direction: column; background: #fff;
  font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; color: #1d1d1d; }
.geo-export-header { order: -1; flex: 0 0 auto; padding: 9px 14px 8px;
  border-bottom: 2px solid #3b3b3b; }
.geo-export-title { font-size: 19px; font-weight: 700; line-height: 1.25; }
.geo-export-sub { font-size: 12.5px; color: #4a4a4a; margin-top: 3px; }
.folium-map { flex: 1 1 auto; height: auto !important; min-height: 0; }
.geo-label { position: absolute; white-space: nowrap; pointer-events: none;
  font: 700 12px/1.1 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a;
  text-shadow: -1px -1px 0 #fff, 1px -1px 0 #fff, -1px 1px 0 #fff, 1px 1px 0 #fff,
  0 0 3px #fff; }
.geo-country-label { position: absolute; white-space: nowrap; pointer-events: none;
  font: 600 10.5px/1 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #6f6a60;
  text-transform: uppercase; letter-spacing: .12em;
  text-shadow: 0 0 2px #f4f1ea, 0 0 2px #f4f1ea; }
.leaflet-control-scale-line { background: rgba(255,255,255,.85); }
.leaflet-container .leaflet-control-attribution { font-size: 11px;
  background: rgba(255,255,255,.85); }
"""
_IMAGE_CSS = """
.leaflet-control-zoom, .leaflet-control-layers { display: none !important; }
"""


class ExportFrame(maps.RenderOnce):
    """Header (title, date range), permanent labels for places and countries, readiness flag.

    The script lays labels out after the view is set (and again after every move): place labels
    beside their symbol where they overlap nothing, country names at the visible part of each
    country farthest from its border (a grid over the map; point-in-polygon on the basemap).
    When the first layout is painted it sets `window.geoExportReady = true`.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <header class="geo-export-header">
          <div class="geo-export-title">{{ this.title_html }}</div>
          <div class="geo-export-sub">{{ this.subtitle_html }}</div>
        </header>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map, basemap, places, skipCountries) {
            var GRID = 6;
            map.createPane("geoCountryLabels").style.zIndex = 420;
            map.createPane("geoPlaceLabels").style.zIndex = 430;
            var labelLayer = L.layerGroup().addTo(map);
            function rectOf(el, origin) {
                var r = el.getBoundingClientRect();
                return {x0: r.left - origin.left, y0: r.top - origin.top,
                        x1: r.right - origin.left, y1: r.bottom - origin.top};
            }
            function hits(a, list) {
                for (var i = 0; i < list.length; i++) {
                    var b = list[i];
                    if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) { return true; }
                }
                return false;
            }
            function addLabel(latlng, text, cls, pane) {
                var icon = L.divIcon({className: "geo-label-anchor", iconSize: [0, 0],
                                      html: '<span class="' + cls + '"></span>'});
                var marker = L.marker(latlng, {icon: icon, pane: pane, interactive: false,
                                               keyboard: false}).addTo(labelLayer);
                var span = marker.getElement().firstChild;
                span.textContent = text;
                return span;
            }
            function polygons(geometry) {
                return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
            }
            function countryGrid(size) {
                // Rasterise the visible countries at 1/GRID scale, one colour per country.
                var cols = Math.ceil(size.x / GRID), rows = Math.ceil(size.y / GRID);
                var canvas = document.createElement("canvas");
                canvas.width = cols;
                canvas.height = rows;
                var ctx = canvas.getContext("2d", {willReadFrequently: true});
                ctx.scale(1 / GRID, 1 / GRID);
                var view = map.getBounds(), names = [];
                basemap.eachLayer(function (layer) {
                    var f = layer.feature;
                    if (!f || skipCountries.indexOf(f.properties.iso_a2) >= 0) { return; }
                    if (!layer.getBounds().intersects(view)) { return; }
                    names.push(f.properties.name);
                    var id = names.length;
                    ctx.fillStyle = "rgb(" + (id & 255) + "," + (id >> 8) + ",0)";
                    ctx.beginPath();
                    polygons(f.geometry).forEach(function (rings) {
                        rings.forEach(function (ring) {
                            ring.forEach(function (p, i) {
                                var pt = map.latLngToContainerPoint([p[1], p[0]]);
                                if (i) { ctx.lineTo(pt.x, pt.y); } else { ctx.moveTo(pt.x, pt.y); }
                            });
                            ctx.closePath();
                        });
                    });
                    ctx.fill("evenodd");
                });
                var pixels = ctx.getImageData(0, 0, cols, rows).data;
                var grid = new Int32Array(cols * rows);
                for (var i = 0; i < grid.length; i++) {
                    // edge pixels blend with the transparent sea: not inside any country
                    grid[i] = pixels[4 * i + 3] === 255 ?
                        pixels[4 * i] + 256 * pixels[4 * i + 1] - 1 : -1;
                }
                return {grid: grid, cols: cols, rows: rows, names: names};
            }
            function distances(g) {
                // city-block distance (in cells) to the nearest cell of another country or sea
                var cols = g.cols, rows = g.rows, d = new Float32Array(cols * rows);
                function same(r, c, v) {
                    return r >= 0 && c >= 0 && r < rows && c < cols && g.grid[r * cols + c] === v;
                }
                for (var r = 0; r < rows; r++) {
                    for (var c = 0; c < cols; c++) {
                        var v = g.grid[r * cols + c];
                        d[r * cols + c] = (same(r - 1, c, v) && same(r + 1, c, v) &&
                                           same(r, c - 1, v) && same(r, c + 1, v)) ? 1e9 : 1;
                    }
                }
                for (r = 0; r < rows; r++) {
                    for (c = 0; c < cols; c++) {
                        var i0 = r * cols + c;
                        if (r > 0) { d[i0] = Math.min(d[i0], d[i0 - cols] + 1); }
                        if (c > 0) { d[i0] = Math.min(d[i0], d[i0 - 1] + 1); }
                    }
                }
                for (r = rows - 1; r >= 0; r--) {
                    for (c = cols - 1; c >= 0; c--) {
                        var i1 = r * cols + c;
                        if (r < rows - 1) { d[i1] = Math.min(d[i1], d[i1 + cols] + 1); }
                        if (c < cols - 1) { d[i1] = Math.min(d[i1], d[i1 + 1] + 1); }
                    }
                }
                return d;
            }
            function fits(g, k, box) {
                // at least 85% of the cells under the label belong to country k
                var c0 = Math.max(0, Math.floor(box.x0 / GRID)), c1 = Math.ceil(box.x1 / GRID);
                var r0 = Math.max(0, Math.floor(box.y0 / GRID)), r1 = Math.ceil(box.y1 / GRID);
                var inside = 0, total = 0;
                for (var r = r0; r < Math.min(r1, g.rows); r++) {
                    for (var c = c0; c < Math.min(c1, g.cols); c++) {
                        total++;
                        if (g.grid[r * g.cols + c] === k) { inside++; }
                    }
                }
                return total > 0 && inside >= 0.85 * total;
            }
            function layoutCountries(origin, taken) {
                if (!basemap || !map.hasLayer(basemap)) { return; }
                var g = countryGrid(map.getSize()), d = distances(g), cells = {};
                for (var i = 0; i < g.grid.length; i++) {
                    var k = g.grid[i];
                    if (k >= 0 && d[i] >= 2) { (cells[k] = cells[k] || []).push(i); }
                }
                var order = Object.keys(cells).map(Number);
                order.forEach(function (k) {
                    cells[k].sort(function (a, b) { return d[b] - d[a]; });
                });
                order.sort(function (a, b) { return d[cells[b][0]] - d[cells[a][0]]; });
                order.forEach(function (k) {
                    var first = cells[k][0];
                    var ax = (first % g.cols) * GRID + GRID / 2;
                    var ay = Math.floor(first / g.cols) * GRID + GRID / 2;
                    var span = addLabel(map.containerPointToLatLng([ax, ay]), g.names[k],
                                        "geo-country-label", "geoCountryLabels");
                    var w = span.offsetWidth, h = span.offsetHeight;
                    for (var j = 0; j < Math.min(cells[k].length, 40); j++) {
                        var cell = cells[k][j];
                        var x = (cell % g.cols) * GRID + GRID / 2;
                        var y = Math.floor(cell / g.cols) * GRID + GRID / 2;
                        var box = {x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2};
                        var spaced = {x0: box.x0 - 10, y0: box.y0 - 4, x1: box.x1 + 10,
                                      y1: box.y1 + 4};
                        if (fits(g, k, box) && !hits(spaced, taken)) {
                            span.style.left = (x - ax - w / 2) + "px";
                            span.style.top = (y - ay - h / 2) + "px";
                            taken.push(box);
                            return;
                        }
                    }
                    labelLayer.removeLayer(labelLayer.getLayers().pop());
                });
            }
            function layoutPlaces(origin, taken, size) {
                places.forEach(function (p) {
                    var span = addLabel([p.lat, p.lon], p.name, "geo-label", "geoPlaceLabels");
                    var w = span.offsetWidth, h = span.offsetHeight, r = p.r + 3;
                    var spots = [[r, -h / 2], [-r - w, -h / 2], [-w / 2, -r - h], [-w / 2, r],
                                 [r - 2, -r - h + 2], [r - 2, r - 2], [-r - w + 2, -r - h + 2],
                                 [-r - w + 2, r - 2]];
                    for (var i = 0; i < spots.length; i++) {
                        span.style.left = spots[i][0] + "px";
                        span.style.top = spots[i][1] + "px";
                        var box = rectOf(span, origin);
                        var inside = box.x0 >= 2 && box.y0 >= 2 && box.x1 <= size.x - 2 &&
                                     box.y1 <= size.y - 2;
                        if (inside && !hits(box, taken)) { taken.push(box); return; }
                    }
                    labelLayer.removeLayer(labelLayer.getLayers().pop());
                });
            }
            function layout() {
                labelLayer.clearLayers();
                var container = map.getContainer(), origin = container.getBoundingClientRect();
                var taken = [], size = map.getSize();
                var symbols = container.querySelectorAll(
                    ".leaflet-control, .leaflet-marker-icon:not(.geo-label-anchor), " +
                    "path.geo-place");
                for (var i = 0; i < symbols.length; i++) {
                    if (symbols[i].offsetParent !== null || symbols[i].tagName === "path") {
                        taken.push(rectOf(symbols[i], origin));
                    }
                }
                layoutPlaces(origin, taken, size);
                layoutCountries(origin, taken);
            }
            function ready() {
                requestAnimationFrame(function () {
                    requestAnimationFrame(function () {
                        window.{{ this.ready_flag }} = true;
                        document.documentElement.setAttribute("data-geo-ready", "1");
                    });
                });
            }
            map.whenReady(function () {
                layout();
                map.on("moveend", function () { layout(); ready(); });
                ready();
            });
        })({{ this._parent.get_name() }}, {{ this.basemap_name }}, {{ this.places_json }},
           {{ this.skip_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        title: str,
        subtitle: str,
        labels: list[dict[str, Any]],
        skip_countries: Iterable[str],
        basemap_name: str | None,
        *,
        for_image: bool,
    ) -> None:
        super().__init__()
        self._name = "ExportFrame"
        self.title_html = html.escape(title)
        self.subtitle_html = html.escape(subtitle)
        self.css = _EXPORT_CSS + (_IMAGE_CSS if for_image else "")
        self.places_json = maps._js_json(labels)
        self.skip_json = maps._js_json(sorted(skip_countries))
        self.basemap_name = basemap_name or "null"
        self.ready_flag = READY_FLAG


def _labels(story: Story, view: View) -> tuple[list[dict[str, Any]], set[str]]:
    """Label specs (name, lat, lon, symbol radius), most important first; codes of countries
    that already carry a place label."""
    specs: list[dict[str, Any]] = []
    seen: dict[tuple[str, float, float], dict[str, Any]] = {}

    def add(name: str, lat: float, lon: float, radius: int) -> None:
        key = (name, round(lat, 2), round(lon, 2))
        if key in seen:
            seen[key]["r"] = max(seen[key]["r"], radius)
            return
        seen[key] = {"name": name, "lat": lat, "lon": lon, "r": radius}
        specs.append(seen[key])

    if "routes" in view.layers:
        for _route, stops in export_routes(story, view):
            for stop in stops:
                add(stop.place, stop.lat, stop.lon, 10)
    if "meetings" in view.layers:
        for meeting in export_meetings(story, view):
            add(meeting.place, meeting.lat, meeting.lon, 6)
    skip: set[str] = set()
    places = sorted(export_places(story, view), key=lambda pc: (-pc[1], -pc[0].confidence))
    for place, _count in places:
        c = place.chosen
        assert c is not None
        related = place.mention.section == "related"
        if ("related" if related else "places") not in view.layers:
            continue
        add(c.name, c.lat, c.lon, 8 if c.kind == "country" else 6)
        if c.kind == "country" and c.country_code:
            skip.add(c.country_code.upper())
    return specs, skip


def _basemap_layer(m: folium.Map) -> maps.GeoJsonLayer | None:
    for child in m._children.values():
        if (
            isinstance(child, maps.GeoJsonLayer)
            and child.layer_name == maps.LAYER_TITLES["basemap"]
        ):
            return child
    return None


def subtitle_text(story: Story, view: View | None = None) -> str:
    parts = [date_range_text(story, view)]
    if story.document.published:
        parts.append(f"published {story.document.published.isoformat()}")
    n_places = len(export_places(story, view))
    n_routes = len(export_routes(story, view))
    n_meetings = len(export_meetings(story, view))
    parts.append(f"{n_places} place{'s' if n_places != 1 else ''}")
    if n_routes:
        parts.append(f"{n_routes} route{'s' if n_routes != 1 else ''}")
    if n_meetings:
        parts.append(f"{n_meetings} meeting{'s' if n_meetings != 1 else ''}")
    text = " · ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


IMAGE_SIZE = (800, 600)  # CSS pixels of the PNG page (1600x1200 px at scale 2)
HEADER_PX = 56  # about the height of the title and date lines above the map


def export_map(
    story: Story,
    view: View | None = None,
    *,
    for_image: bool = False,
    size: tuple[int, int] = IMAGE_SIZE,
) -> folium.Map:
    """`build_map(..., inline=True)` plus the export frame (title, date range, labels).

    For an image of `size` CSS pixels only the basemap's countries in the picture are inlined.
    """
    view = _view(view)
    box = None
    if for_image:
        box = maps.picture_box(story, view, (size[0], max(size[1] - HEADER_PX, 100)))
    m = build_map(story, view, inline=True, basemap_box=box)
    if for_image:  # no zoom animation: the view is final when the page's script has run
        m.options |= {
            "zoom_animation": False,
            "fade_animation": False,
            "marker_zoom_animation": False,
        }
    title = story_title(story)
    root: Any = m.get_root()
    root.title = html.escape(title)  # branca writes <title> unescaped
    labels, skip = _labels(story, view)
    basemap = _basemap_layer(m)
    ExportFrame(
        title,
        subtitle_text(story, view),
        labels,
        skip,
        basemap.get_name() if basemap is not None else None,
        for_image=for_image,
    ).add_to(m)
    return m


def to_html(
    story: Story,
    view: View | None = None,
    *,
    for_image: bool = False,
    size: tuple[int, int] = IMAGE_SIZE,
) -> str:
    """One self-contained HTML file (scripts, styles and basemap inlined) that opens offline.

    `for_image=True` hides the zoom and layer controls and keeps only the part of the basemap a
    page of `size` CSS pixels shows (for the PNG).
    """
    return str(export_map(story, view, for_image=for_image, size=size).get_root().render())
