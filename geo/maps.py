"""Build the folium map of a Story, fully offline (local Leaflet files and a local basemap)."""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import folium
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.plugins import FastMarkerCluster, HeatMap
from folium.template import Template

from geo import assets
from geo.dates import format_date
from geo.errors import DataMissingError, GeoError
from geo.models import Candidate, Kind, Meeting, Place, Route, Stop, Story

# --- view state --------------------------------------------------------------------------------

LAYERS: tuple[str, ...] = ("basemap", "countries", "places", "routes", "meetings", "related")
DEFAULT_LAYERS: frozenset[str] = frozenset(LAYERS) - {"related"}
LAYER_TITLES: dict[str, str] = {
    "basemap": "Basemap (Natural Earth)",
    "countries": "Mentioned countries",
    "places": "Places",
    "routes": "Routes",
    "meetings": "Meetings",
    "related": "Related-section places",
}
# Online tile layers, used only when the user asks for one (View.tiles).
TILES: dict[str, tuple[str, str]] = {
    "osm": ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors"),
}
MAX_ZOOM = 12  # the 1:50m basemap has no detail beyond this
MAX_ZOOM_TILES = 18
# How places are drawn, by number of points (limits measured in ../shared/notes/frontend-offline.md:
# 10k CircleMarkers take 0.9 s to load but 2.8 s to build in Python, FastMarkerCluster 0.8 s;
# at 100k FastMarkerCluster needs 5.8 s, HeatMap 1.0 s).
CLUSTER_ABOVE = 1_000
HEAT_ABOVE = 50_000
PointMode = str  # "markers" | "cluster" | "heat"


def point_mode(n: int) -> PointMode:
    """Individual markers up to CLUSTER_ABOVE points, clustered up to HEAT_ABOVE, heat beyond."""
    if n > HEAT_ABOVE:
        return "heat"
    return "cluster" if n > CLUSTER_ABOVE else "markers"


@dataclass(frozen=True)
class View:
    """What the user looks at: map position, visible layers, date window, optional online tiles."""

    lat: float | None = None
    lon: float | None = None
    zoom: int | None = None
    layers: frozenset[str] = field(default=DEFAULT_LAYERS)
    show_related: bool = False
    date_from: date | None = None
    date_to: date | None = None
    tiles: str | None = None

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lon is not None and self.zoom is not None

    def to_query(self) -> dict[str, str]:
        """URL query parameters for the values that differ from the defaults."""
        q: dict[str, str] = {}
        if self.has_position:
            q |= {"lat": f"{self.lat:.4f}", "lon": f"{self.lon:.4f}", "zoom": str(self.zoom)}
        if self.layers != DEFAULT_LAYERS:
            q["layers"] = ",".join(name for name in LAYERS if name in self.layers)
        if self.show_related:
            q["related"] = "1"
        if self.date_from:
            q["from"] = self.date_from.isoformat()
        if self.date_to:
            q["to"] = self.date_to.isoformat()
        if self.tiles:
            q["tiles"] = self.tiles
        return q

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> View:
        """A View from URL query parameters; bad or unknown values fall back to the defaults."""
        lat = _float(params.get("lat"), -90.0, 90.0)
        lon = _float(params.get("lon"), -180.0, 180.0)
        zoom = _int(params.get("zoom"), 0, MAX_ZOOM_TILES)
        if lat is None or lon is None or zoom is None:
            lat = lon = zoom = None
        layers = DEFAULT_LAYERS
        if "layers" in params:
            layers = frozenset(str(params["layers"]).split(",")) & frozenset(LAYERS)
        tiles = params.get("tiles")
        return cls(
            lat=lat,
            lon=lon,
            zoom=zoom,
            layers=layers,
            show_related=str(params.get("related", "")).lower() in {"1", "true", "yes", "on"},
            date_from=_date(params.get("from")),
            date_to=_date(params.get("to")),
            tiles=tiles if tiles in TILES else None,
        )


def _float(value: object, low: float, high: float) -> float | None:
    try:
        number = float(str(value))
    except ValueError:
        return None
    return number if low <= number <= high else None  # NaN fails both comparisons


def _int(value: object, low: int, high: int) -> int | None:
    try:
        number = int(str(value))
    except ValueError:
        return None
    return min(max(number, low), high)


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


# --- escaping ----------------------------------------------------------------------------------

_JS_TEMPLATE_CHARS = {"`": "&#96;", "$": "&#36;", "\\": "&#92;"}


def esc(text: object) -> str:
    """HTML-escape user text, also safe inside the JS template literals folium writes it into."""
    escaped = html.escape(str(text), quote=True)
    return re.sub(r"[`$\\]", lambda m: _JS_TEMPLATE_CHARS[m.group()], escaped)


def _js_json(value: Any) -> str:
    """JSON for embedding in a <script> element (no `</script>` can close it early)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


# --- styling -----------------------------------------------------------------------------------

SEA = "#c6dcec"
LAND = "#f4f1ea"
BORDER = "#9a9a9a"
KIND_COLOURS: dict[Kind, str] = {
    "country": "#6a3d9a",
    "admin": "#1f78b4",
    "city": "#e31a1c",
    "landmark": "#ff7f00",
    "region": "#33a02c",
    "water": "#0b6fa4",
    "other": "#666666",
}
ROUTE_COLOURS = ("#d7301f", "#2171b5", "#238b45", "#88419d", "#cc4c02", "#525252")
MEETING_COLOUR = "#b8860b"
RELATED_COLOUR = "#8c8c8c"
CORRECTED_RING = "#00a651"  # outline of places the analyst chose by hand
ATTRIBUTION = "Basemap: Natural Earth · Places: GeoNames (CC BY 4.0)"


# --- custom elements ---------------------------------------------------------------------------


class GeoJsonLayer(Layer):
    """A styled, non-interactive GeoJSON layer: embedded data, or fetched from a URL at load time.

    Features may carry `properties.style` (Leaflet path options, overriding `style`) and
    `properties.label` (already-escaped tooltip HTML).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {%- if this.pane %}
        if (!{{ this._parent.get_name() }}.getPane({{ this.pane|tojson }})) {
            {{ this._parent.get_name() }}.createPane({{ this.pane|tojson }}).style.zIndex = 250;
        }
        {%- endif %}
        var {{ this.get_name() }} = L.geoJSON(null, {
            {%- if this.pane %}
            pane: {{ this.pane|tojson }},
            renderer: L.canvas({pane: {{ this.pane|tojson }}, padding: 0.5}),
            {%- endif %}
            interactive: {{ this.interactive|tojson }},
            style: function (f) {
                return Object.assign({}, {{ this.style|tojson }}, f.properties.style || {});
            },
            onEachFeature: function (f, layer) {
                if (f.properties.label) { layer.bindTooltip(f.properties.label); }
            }
        });
        {%- if this.url %}
        fetch({{ this.url|tojson }})
            .then(function (r) { return r.json(); })
            .then(function (d) { {{ this.get_name() }}.addData(d); })
            .catch(function (e) { console.warn("basemap not loaded", e); });
        {%- else %}
        {{ this.get_name() }}.addData({{ this.data_json }});
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data: Mapping[str, Any] | None = None,
        *,
        url: str | None = None,
        name: str,
        style: Mapping[str, Any],
        pane: str | None = None,
        interactive: bool = False,
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "GeoJsonLayer"
        self.url = url
        self.data_json = _js_json(data or {"type": "FeatureCollection", "features": []})
        self.style = dict(style)
        self.pane = pane
        self.interactive = interactive


class PolylineArrows(JSCSSMixin, MacroElement):
    """Direction arrows along a PolyLine (leaflet-polylinedecorator), added to the same layer."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.polylineDecorator({{ this.line.get_name() }}, {patterns: [{
            offset: "12%", repeat: {{ this.repeat|tojson }},
            symbol: L.Symbol.arrowHead({pixelSize: 11, polygon: false, pathOptions: {
                stroke: true, weight: 2.5, color: {{ this.color|tojson }}, opacity: 0.95,
                className: "geo-route-arrow"
            }})
        }]}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    # Relative placeholder, replaced with the vendored file's URL by `localize`.
    default_js = [("polylinedecorator", "leaflet.polylineDecorator.js")]  # noqa: RUF012

    def __init__(self, line: folium.PolyLine, color: str, repeat: str = "30%") -> None:
        super().__init__()
        self._name = "PolylineArrows"
        self.line = line
        self.color = color
        self.repeat = repeat


class MapDecor(MacroElement):
    """Sea-coloured background, the attribution credits and the symbol legend."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            map.getContainer().style.background = {{ this.sea|tojson }};
            map.attributionControl.setPrefix("Leaflet");
            map.attributionControl.addAttribution({{ this.attribution|tojson }});
            var legend = L.control({position: "bottomleft"});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "geo-legend");
                div.style.cssText = {{ this.box_css|tojson }};
                div.innerHTML = {{ this.legend_html|tojson }};
                return div;
            };
            legend.addTo(map);
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )
    box_css = (
        "background:rgba(255,255,255,.9);padding:6px 8px;border-radius:4px;"
        "font:12px/1.5 sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)"
    )

    def __init__(self, legend_rows: Iterable[tuple[str, str]], attribution: str) -> None:
        super().__init__()
        self._name = "MapDecor"
        self.sea = SEA
        self.attribution = attribution
        self.legend_html = "<br>".join(f"{symbol} {esc(label)}" for symbol, label in legend_rows)


# --- local assets ------------------------------------------------------------------------------

# folium's Map resources that no element used here needs (bootstrap, glyphicons, font-awesome,
# awesome-markers only serve folium.Icon); they are dropped instead of vendored.
DROPPED_RESOURCES = frozenset(
    {
        "bootstrap",
        "bootstrap_css",
        "glyphicons_css",
        "awesome_markers",
        "awesome_markers_css",
        "awesome_markers_font_css",
        "awesome_rotate_css",
    }
)


def _data_uri(path: Path, mime: str) -> str:
    data = path.read_bytes()
    if mime == "text/css":
        data = _inline_css_images(data.decode("utf-8"), path.parent).encode("utf-8")
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


def _inline_css_images(css: str, folder: Path) -> str:
    """Replace relative url(images/x.png) references with data URIs."""

    def repl(m: re.Match[str]) -> str:
        target = folder / m.group(1)
        if not target.is_file():
            return m.group(0)
        return f"url({_data_uri(target, 'image/png')})"

    return re.sub(r"url\((images/[\w.-]+\.png)\)", repl, css)


def _resource_table(asset_base: str, inline: bool) -> dict[str, str]:
    """folium resource name -> local URL (or data URI when inline)."""
    js, css = assets.vendor_files(asset_base)
    if not inline:
        return dict(js + css)
    paths = assets.vendor_paths()
    table = {name: _data_uri(paths[name], "text/javascript") for name, _ in js}
    return table | {name: _data_uri(paths[name], "text/css") for name, _ in css}


def _localized(resources: list[tuple[str, str]], table: Mapping[str, str]) -> list[tuple[str, str]]:
    out = []
    for name, _url in resources:
        if name in DROPPED_RESOURCES:
            continue
        if name not in table:
            raise GeoError(f"no local copy of front-end resource {name!r}: add it to geo.assets")
        out.append((name, table[name]))
    return out


def _walk(element: Any) -> Iterable[Any]:
    yield element
    for child in list(element._children.values()):
        yield from _walk(child)


def localize(m: folium.Map, *, asset_base: str = "/app/static", inline: bool = False) -> None:
    """Point every element's JS/CSS at the vendored files (call again after adding plugins)."""
    if inline and not assets.assets_ready():
        raise DataMissingError("front-end files missing: run `python -m geo.assets`")
    table = _resource_table(asset_base, inline)
    for element in _walk(m):
        if isinstance(element, JSCSSMixin):
            element.default_js = _localized(element.default_js, table)
            element.default_css = _localized(element.default_css, table)


# --- basemap -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _countries_text() -> str:
    if not assets.COUNTRIES_FILE.is_file():
        raise DataMissingError("basemap missing: run `python -m geo.assets`")
    return assets.COUNTRIES_FILE.read_text(encoding="utf-8")


def countries_geojson() -> dict[str, Any]:
    """The Natural Earth countries FeatureCollection (properties name, iso_a2)."""
    data: dict[str, Any] = json.loads(_countries_text())
    return data


@lru_cache(maxsize=1)
def _countries_by_iso() -> dict[str, list[dict[str, Any]]]:
    index: dict[str, list[dict[str, Any]]] = {}
    for feature in countries_geojson()["features"]:
        index.setdefault(feature["properties"]["iso_a2"], []).append(feature)
    index.pop("", None)
    return index


def _add_basemap(m: folium.Map, view: View, asset_base: str, inline: bool) -> None:
    style = {"color": BORDER, "weight": 0.6, "fillColor": LAND, "fillOpacity": 1, "opacity": 1}
    show = "basemap" in view.layers and not view.tiles
    common: dict[str, Any] = {"name": LAYER_TITLES["basemap"], "style": style, "show": show}
    if inline:
        layer = GeoJsonLayer(countries_geojson(), pane="basemap", **common)
    else:
        url = f"{asset_base.rstrip('/')}/basemap/{assets.COUNTRIES_FILE.name}"
        layer = GeoJsonLayer(url=url, pane="basemap", **common)
    layer.add_to(m)


def mentioned_countries(story: Story) -> tuple[set[str], set[str]]:
    """(codes of places that are countries, codes of countries holding other main places)."""
    named: set[str] = set()
    holding: set[str] = set()
    for place in _main_places(story):
        code = place.chosen.country_code.upper() if place.chosen else ""
        if code:
            (named if place.chosen and place.chosen.kind == "country" else holding).add(code)
    return named, holding - named


def _country_features(named: set[str], holding: set[str]) -> list[dict[str, Any]]:
    index = _countries_by_iso()
    features = []
    for codes, opacity in ((named, 0.45), (holding, 0.18)):
        for code in sorted(codes):
            for f in index.get(code, []):
                props = {
                    "label": esc(f["properties"]["name"]),
                    "style": {"fillOpacity": opacity},
                }
                features.append({**f, "properties": props})
    return features


def _add_countries(m: folium.Map, story: Story, view: View) -> None:
    named, holding = mentioned_countries(story)
    features = _country_features(named, holding) if named or holding else []
    if not features:
        return
    style = {"color": KIND_COLOURS["country"], "weight": 1, "fillColor": KIND_COLOURS["country"]}
    GeoJsonLayer(
        {"type": "FeatureCollection", "features": features},
        name=LAYER_TITLES["countries"],
        style=style,
        interactive=True,
        show="countries" in view.layers,
    ).add_to(m)


# --- places ------------------------------------------------------------------------------------


def _main_places(story: Story) -> list[Place]:
    return [p for p in story.places if p.chosen and p.mention.section == "main"]


def _related_places(story: Story) -> list[Place]:
    return [p for p in story.places if p.chosen and p.mention.section == "related"]


def _key(c: Candidate) -> tuple[str, float, float]:
    return (c.name, round(c.lat, 4), round(c.lon, 4))


def _distinct(places: Iterable[Place]) -> list[tuple[Place, int]]:
    """One entry per chosen candidate (the most confident mention) with its mention count."""
    best: dict[tuple[str, float, float], Place] = {}
    counts: dict[tuple[str, float, float], int] = {}
    for p in places:
        assert p.chosen is not None
        k = _key(p.chosen)
        counts[k] = counts.get(k, 0) + 1
        if k not in best or p.confidence > best[k].confidence:
            best[k] = p
    return [(p, counts[k]) for k, p in best.items()]


def evidence_sentence(story: Story, place: Place, limit: int = 300) -> str:
    """The sentence a place was read from: an event's sentence, else the text around the mention."""
    m = place.mention
    for event in story.events:
        if event.place and event.place.mention == m:
            return event.sentence[:limit]
    for event in story.events:
        if event.start <= m.start and m.end <= event.end:
            return event.sentence[:limit]
    text = story.document.text
    if not (0 <= m.start <= m.end <= len(text)):
        return ""
    start = max(text.rfind(c, 0, m.start) for c in ".!?\n") + 1
    ends = [i for i in (text.find(c, m.end) for c in ".!?\n") if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    sentence = " ".join(text[start:end].split())
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


class _Evidence:
    """Sentences and dates of a story's places, indexed once (stories may hold 100k events)."""

    def __init__(self, story: Story) -> None:
        self.story = story
        self.sentences: dict[tuple[int, int], str] = {}
        self.dates: dict[tuple[int, int], list[date]] = {}
        for event in story.events:
            if event.place is not None:
                key = (event.place.mention.start, event.place.mention.end)
                self.sentences.setdefault(key, event.sentence)
                if event.date is not None:
                    self.dates.setdefault(key, []).append(event.date)

    def sentence(self, place: Place, limit: int = 300) -> str:
        key = (place.mention.start, place.mention.end)
        if key in self.sentences:
            return self.sentences[key][:limit]
        return evidence_sentence(self.story, place, limit)

    def visible(self, place: Place, view: View) -> bool:
        """False when every dated event at this mention falls outside the view's date window."""
        if view.date_from is None and view.date_to is None:
            return True
        days = self.dates.get((place.mention.start, place.mention.end))
        return not days or any(_in_window(d, view) for d in days)


def _place_popup(
    evidence: _Evidence, place: Place, count: int, article_url: str | None = None
) -> str:
    c = place.chosen
    assert c is not None
    where = ", ".join(x for x in (c.admin1, c.country_code) if x)
    lines = [
        f"<b>{esc(c.name)}</b>" + (f" <small>({esc(where)})</small>" if where else ""),
        f"{esc(c.kind)} · confidence {place.confidence:.2f}"
        + (f" · {count} mentions" if count > 1 else "")
        + (" · <b>corrected by the analyst</b>" if place.corrected else ""),
    ]
    if place.mention.text != c.name:
        lines.append(f"as written: “{esc(place.mention.text)}”")
    sentence = evidence.sentence(place)
    if sentence:
        lines.append(f"<i>“{esc(sentence)}”</i>")
    if article_url:
        start = place.mention.start
        href = f"{article_url}&at={start}#m{start}"
        lines.append(
            f'<a class="geo-evidence-link" href="{esc(href)}" target="_top">show in the article</a>'
        )
    return '<div class="geo-popup">' + "<br>".join(lines) + "</div>"


def _place_style(place: Place, colour: str | None) -> dict[str, Any]:
    c = place.chosen
    assert c is not None
    fill = colour or KIND_COLOURS.get(c.kind, KIND_COLOURS["other"])
    if place.corrected:
        return {"color": CORRECTED_RING, "weight": 3, "fill_color": fill, "radius": 8}
    return {"color": "#ffffff", "weight": 1.5, "fill_color": fill, "radius": 6}


def _place_marker(
    evidence: _Evidence,
    place: Place,
    count: int,
    colour: str | None,
    article_url: str | None = None,
) -> folium.Element:
    c = place.chosen
    assert c is not None
    style = _place_style(place, colour)
    if c.kind == "country":
        style["radius"] += 2
    return folium.CircleMarker(
        location=(c.lat, c.lon),
        fill_opacity=0.9,
        popup=folium.Popup(_place_popup(evidence, place, count, article_url), max_width=320),
        tooltip=folium.Tooltip(
            f"{esc(c.name)} ({esc(c.kind)})" + (" · corrected" if place.corrected else "")
        ),
        class_name="geo-place geo-corrected" if place.corrected else "geo-place",
        **style,
    )


_CLUSTER_CALLBACK = """
function (row) {
    var marker = L.circleMarker(new L.LatLng(row[0], row[1]), {
        radius: row[4] ? 8 : 6, color: row[4] ? "#00a651" : "#ffffff", weight: row[4] ? 3 : 1.5,
        fillColor: row[2], fillOpacity: 0.9, className: "geo-place"
    });
    marker.bindPopup(row[3], {maxWidth: 320});
    return marker;
}
"""


def _add_point_layer(
    m: folium.Map,
    evidence: _Evidence,
    places: list[tuple[Place, int]],
    *,
    name: str,
    show: bool,
    colour: str | None,
    article_url: str | None,
) -> None:
    mode = point_mode(len(places))
    if mode == "markers":
        group = folium.FeatureGroup(name=name, show=show)
        for place, count in places:
            _place_marker(evidence, place, count, colour, article_url).add_to(group)
        group.add_to(m)
        return
    if mode == "heat":
        points = [(p.chosen.lat, p.chosen.lon, float(n)) for p, n in places if p.chosen]
        HeatMap(points, name=f"{name} (heat, {len(points):,})", show=show, radius=12).add_to(m)
        return
    rows = []
    for place, count in places:
        c = place.chosen
        assert c is not None
        fill = colour or KIND_COLOURS.get(c.kind, KIND_COLOURS["other"])
        popup = _place_popup(evidence, place, count, article_url)
        rows.append([c.lat, c.lon, fill, popup, int(place.corrected)])
    FastMarkerCluster(
        rows, callback=_CLUSTER_CALLBACK, name=f"{name} (clustered, {len(rows):,})", show=show
    ).add_to(m)


def _add_places(
    m: folium.Map, story: Story, view: View, article_url: str | None = None
) -> PointMode:
    evidence = _Evidence(story)
    main = _distinct(p for p in _main_places(story) if evidence.visible(p, view))
    _add_point_layer(
        m,
        evidence,
        main,
        name=LAYER_TITLES["places"],
        show="places" in view.layers,
        colour=None,
        article_url=article_url,
    )
    related = [p for p in _related_places(story) if evidence.visible(p, view)]
    if view.show_related and related:
        _add_point_layer(
            m,
            evidence,
            _distinct(related),
            name=LAYER_TITLES["related"],
            show="related" in view.layers,
            colour=RELATED_COLOUR,
            article_url=article_url,
        )
    return point_mode(len(main))


# --- routes and meetings -----------------------------------------------------------------------


def _in_window(day: date | None, view: View) -> bool:
    if day is None:
        return True
    return not ((view.date_from and day < view.date_from) or (view.date_to and day > view.date_to))


def _fmt(day: date | None) -> str:
    return day.isoformat() if day else "date unknown"


def _route_tooltip(route: Route, stops: tuple[Stop, ...]) -> str:
    legs = [
        f"{esc(a.place)} → {esc(b.place)} ({_fmt(a.date)} – {_fmt(b.date)})"
        for a, b in pairwise(stops)
    ]
    return f"<b>{esc(route.actor)}</b> · {route.length_km:.0f} km<br>" + "<br>".join(legs)


def _stop_icon(number: int, colour: str) -> folium.DivIcon:
    style = (
        f"background:{colour};color:#fff;border:1.5px solid #fff;border-radius:50%;"
        "width:20px;height:20px;font:bold 11px/17px sans-serif;text-align:center;"
        "box-shadow:0 0 3px rgba(0,0,0,.5)"
    )
    return folium.DivIcon(
        html=f'<div class="geo-stop" style="{style}">{number}</div>',
        icon_size=(20, 20),
        icon_anchor=(10, 10),
        class_name="geo-stop-icon",
    )


def _add_route(
    group: folium.FeatureGroup, route: Route, stops: tuple[Stop, ...], colour: str
) -> None:
    line = folium.PolyLine(
        [(s.lat, s.lon) for s in stops],
        color=colour,
        weight=3,
        opacity=0.85,
        tooltip=folium.Tooltip(_route_tooltip(route, stops)),
        class_name="geo-route",
    )
    line.add_to(group)
    PolylineArrows(line, colour).add_to(group)
    for number, stop in enumerate(stops, start=1):
        tip = f"{number}. {esc(stop.place)} · {esc(stop.role)} · {_fmt(stop.date)}"
        folium.Marker(
            (stop.lat, stop.lon),
            icon=_stop_icon(number, colour),
            tooltip=folium.Tooltip(f"<b>{esc(route.actor)}</b><br>{tip}"),
        ).add_to(group)


def _add_routes(m: folium.Map, story: Story, view: View) -> None:
    group = folium.FeatureGroup(name=LAYER_TITLES["routes"], show="routes" in view.layers)
    for i, route in enumerate(story.routes):
        stops = tuple(s for s in route.stops if _in_window(s.date, view))
        if len(stops) >= 2:
            _add_route(group, route, stops, ROUTE_COLOURS[i % len(ROUTE_COLOURS)])
    group.add_to(m)


def _meeting_popup(meeting: Meeting) -> str:
    people = ", ".join(esc(p) for p in meeting.participants) or "participants unknown"
    when = format_date(meeting.date, meeting.date_precision)
    lines = [f"<b>Meeting in {esc(meeting.place)}</b>", when, people]
    if meeting.sentence:
        lines.append(f"<i>“{esc(meeting.sentence)}”</i>")
    return '<div class="geo-popup geo-meeting">' + "<br>".join(lines) + "</div>"


def _meeting_icon() -> folium.DivIcon:
    style = (
        f"color:{MEETING_COLOUR};font:26px/26px sans-serif;text-align:center;"
        "text-shadow:0 0 2px #fff,0 0 3px #fff"
    )
    return folium.DivIcon(
        html=f'<div class="geo-meeting-star" style="{style}">★</div>',
        icon_size=(26, 26),
        icon_anchor=(-2, 24),  # up and right of the point, not hiding a route stop there
        class_name="geo-meeting-icon",
    )


def _add_meetings(m: folium.Map, story: Story, view: View) -> None:
    group = folium.FeatureGroup(name=LAYER_TITLES["meetings"], show="meetings" in view.layers)
    for meeting in story.meetings:
        if not _in_window(meeting.date, view):
            continue
        who = ", ".join(meeting.participants)
        folium.Marker(
            (meeting.lat, meeting.lon),
            icon=_meeting_icon(),
            popup=folium.Popup(_meeting_popup(meeting), max_width=320),
            tooltip=folium.Tooltip(
                f"★ {esc(who)} · {esc(meeting.place)} · "
                f"{format_date(meeting.date, meeting.date_precision)}"
            ),
        ).add_to(group)
    group.add_to(m)


# --- the map -----------------------------------------------------------------------------------


def _legend_rows(story: Story) -> list[tuple[str, str]]:
    kinds = sorted({p.chosen.kind for p in _main_places(story) if p.chosen})
    dot = (
        '<span style="display:inline-block;width:10px;height:10px;border-radius:50%;'
        'background:{}"></span>'
    )
    rows: list[tuple[str, str]] = [
        (dot.format(KIND_COLOURS.get(k, KIND_COLOURS["other"])), k) for k in kinds
    ]
    if story.routes:
        rows.append((f'<span style="color:{ROUTE_COLOURS[0]}">━➤</span>', "route (numbered stops)"))
    if story.meetings:
        rows.append((f'<span style="color:{MEETING_COLOUR}">★</span>', "meeting"))
    if any(p.corrected for p in _main_places(story)):
        ring = (
            '<span style="display:inline-block;width:8px;height:8px;border-radius:50%;'
            f'border:3px solid {CORRECTED_RING}"></span>'
        )
        rows.append((ring, "corrected by the analyst"))
    return rows


def _bounds(story: Story) -> list[tuple[float, float]]:
    """What the first view frames: the story's routes and main meeting when it has them (the
    rest stays a zoom-out away), else its places, countries only when nothing finer is named."""
    if story.routes:
        points = [(s.lat, s.lon) for r in story.routes for s in r.stops]
        return points + [(mt.lat, mt.lon) for mt in story.meetings[:1]]
    chosen = [p.chosen for p in _main_places(story) if p.chosen]
    finer = [c for c in chosen if c.kind not in {"country", "region", "water"}]
    points = [(c.lat, c.lon) for c in (finer or chosen)]
    return points + [(mt.lat, mt.lon) for mt in story.meetings]


def _new_map(story: Story, view: View) -> folium.Map:
    center = (20.0, 0.0) if view.lat is None or view.lon is None else (view.lat, view.lon)
    m = folium.Map(
        location=center,
        zoom_start=2 if view.zoom is None else view.zoom,
        tiles=None,
        control_scale=True,
    )
    # folium only passes max_zoom/min_zoom to its own tile layer; with tiles=None set them here
    m.options["max_zoom"] = MAX_ZOOM_TILES if view.tiles else MAX_ZOOM
    m.options["min_zoom"] = 1
    points = _bounds(story)
    if points and not view.has_position:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        m.fit_bounds([(min(lats), min(lons)), (max(lats), max(lons))], padding=(30, 30), max_zoom=7)
    return m


def _add_tiles(m: folium.Map, view: View) -> None:
    if view.tiles in TILES:
        url, attr = TILES[view.tiles]
        folium.TileLayer(
            url, attr=attr, name=f"{view.tiles} (online)", max_zoom=MAX_ZOOM_TILES
        ).add_to(m)


def build_map(
    story: Story,
    view: View | None = None,
    *,
    asset_base: str = "/app/static",
    inline: bool = False,
    article_url: str | None = None,
) -> folium.Map:
    """The folium map of a story: local basemap, places, routes with arrows, meetings, legend.

    With `inline=True` the JS/CSS and the basemap are embedded, making a self-contained HTML page.
    With `article_url` (e.g. `/article?story=ID`) place popups link to their sentence there.
    Above CLUSTER_ABOVE places they are clustered, above HEAT_ABOVE drawn as a heat layer.
    """
    if not assets.assets_ready():
        raise DataMissingError("map front-end files missing: run `python -m geo.assets`")
    view = view or View()
    if not view.show_related:
        view = replace(view, layers=view.layers - {"related"})
    m = _new_map(story, view)
    _add_tiles(m, view)
    _add_basemap(m, view, asset_base, inline)
    _add_countries(m, story, view)
    _add_routes(m, story, view)
    _add_places(m, story, view, article_url)
    _add_meetings(m, story, view)
    folium.LayerControl(collapsed=True).add_to(m)
    MapDecor(_legend_rows(story), ATTRIBUTION).add_to(m)
    localize(m, asset_base=asset_base, inline=inline)
    return m
