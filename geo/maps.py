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
from urllib.parse import unquote

import folium
from branca.element import Element, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from folium.template import Template

from geo import assets, basemap
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
# Cluster icons (PointRows): a count on a disc, sized and coloured by the number of places.
CLUSTER_CSS = (
    ".geo-cluster{border-radius:50%;background:rgba(49,130,189,.3)}"
    ".geo-cluster span{position:absolute;inset:4px;border-radius:50%;display:flex;"
    "align-items:center;justify-content:center;font:bold 12px sans-serif;color:#fff;"
    "background:rgba(33,102,172,.85)}"
    ".geo-cluster-medium{background:rgba(230,97,1,.3)}"
    ".geo-cluster-medium span{background:rgba(230,97,1,.85)}"
    ".geo-cluster-large{background:rgba(178,24,43,.3)}"
    ".geo-cluster-large span{background:rgba(178,24,43,.85)}"
)
CLUSTER_CELL = 64  # px: the places in one such square at a zoom make one cluster
CLUSTER_LISTED = 20  # places listed in the popup of a cluster that the deepest zoom cannot part


def point_mode(n: int) -> PointMode:
    """Individual markers up to CLUSTER_ABOVE points, clustered up to HEAT_ABOVE, heat beyond."""
    if n > HEAT_ABOVE:
        return "heat"
    return "cluster" if n > CLUSTER_ABOVE else "markers"


@dataclass(frozen=True)
class View:
    """What the user looks at: map position, visible layers, date window, optional online tiles,
    and the countries and sources shown (empty: all; applied by `geo.filters.filter_story`)."""

    lat: float | None = None
    lon: float | None = None
    zoom: int | None = None
    layers: frozenset[str] = field(default=DEFAULT_LAYERS)
    show_related: bool = False
    date_from: date | None = None
    date_to: date | None = None
    tiles: str | None = None
    countries: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()

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
        if self.countries:
            q["country"] = ",".join(sorted(self.countries))
        if self.sources:
            q["source"] = ",".join(_escape_item(s) for s in sorted(self.sources))
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
            countries=frozenset(
                c.upper() for c in str(params.get("country", "")).split(",") if _COUNTRY.match(c)
            ),
            sources=frozenset(
                unquote(s) for s in str(params.get("source", "")).split(",") if s.strip()
            ),
        )


_COUNTRY = re.compile(r"[A-Za-z]{2}\Z")


def _escape_item(text: str) -> str:
    """One item of a comma-separated URL value: its own commas (and %) percent-escaped."""
    return text.replace("%", "%25").replace(",", "%2C")


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

_JS_TEMPLATE_CHARS = {"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"}


def esc(text: object) -> str:
    """HTML-escape user text, also safe inside the JS template literals folium writes it into,
    and inert when branca parses folium's rendered output as a Jinja template again (braces
    escaped: an article's `{{ ... }}` would otherwise run as Jinja on the server)."""
    escaped = html.escape(str(text), quote=True)
    return re.sub(r"[`$\\{}]", lambda m: _JS_TEMPLATE_CHARS[m.group()], escaped)


def _js_json(value: Any) -> str:
    """JSON for embedding in a <script> element (no `</script>` can close it early)."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).replace("</", "<\\/")


class _Verbatim(Element):
    """Rendered output put into the page as it is."""

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class RenderOnce(MacroElement):
    """A MacroElement whose header/html/script macros are rendered once.

    branca's MacroElement.render wraps each macro's output in a new Element, i.e. parses it as a
    Jinja template again: slow for big inline data (the basemap), and whatever user text is in it
    would be evaluated as Jinja. Custom elements here derive from this class instead.
    """

    def render(self, **kwargs: Any) -> None:  # type: ignore[override]  # as MacroElement's
        figure: Any = self.get_root()
        module = self._template.module.__dict__
        for part, target in (("header", figure.header), ("html", figure.html)):
            if part in module:
                target.add_child(_Verbatim(module[part](self, kwargs)), name=self.get_name())
        if "script" in module:
            script = _Verbatim(module["script"](self, kwargs))
            figure.script.add_child(script, name=self.get_name())
        for child in list(self._children.values()):
            child.render(**kwargs)


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
BASEMAP_READY = "data-geo-basemap"  # set on the map container once the basemap is drawn


# --- custom elements ---------------------------------------------------------------------------


class GeoJsonLayer(Layer, RenderOnce):
    """A styled, non-interactive GeoJSON layer: embedded data, or fetched from a URL at load time.

    With `packed_url` (the same data gzipped) the browser fetches that and unpacks it itself.
    Features may carry `properties.style` (Leaflet path options, overriding `style`) and
    `properties.label` (already-escaped tooltip HTML). `data_json` is GeoJSON text for a
    <script> element (`_js_json`), embedded as it is. In the page, the layer's `geoData` is a
    promise of the data (other layers draw from it: `CountryShading`); with `ready_attribute`
    the map's container gets that attribute once the data is drawn.
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
        {{ this.get_name() }}.geoData = (function (url, packed) {
            if (!packed || typeof DecompressionStream !== "function") {
                return fetch(url).then(function (r) { return r.json(); });
            }
            return fetch(packed).then(function (r) { return r.arrayBuffer(); }).then(function (b) {
                var head = new Uint8Array(b, 0, Math.min(2, b.byteLength));
                if (head[0] !== 0x1f || head[1] !== 0x8b) {  // a server unpacked it already
                    return JSON.parse(new TextDecoder().decode(b));
                }
                var plain = new Blob([b]).stream().pipeThrough(new DecompressionStream("gzip"));
                return new Response(plain).json();
            });
        })({{ this.url|tojson }}, {{ this.packed_url|tojson }})
            .then(function (d) { {{ this.get_name() }}.addData(d); return d; });
        {{ this.get_name() }}.geoData.catch(function (e) { console.warn("not loaded", e); });
        {%- else %}
        {{ this.get_name() }}.geoData = (function (d) {
            {{ this.get_name() }}.addData(d);
            return Promise.resolve(d);
        })({{ this.data_json }});
        {%- endif %}
        {%- if this.ready_attribute %}
        {{ this.get_name() }}.geoData.then(function () {
            requestAnimationFrame(function () {
                {{ this._parent.get_name() }}.getContainer()
                    .setAttribute({{ this.ready_attribute|tojson }}, "1");
            });
        });
        {%- endif %}
        {% endmacro %}
        """
    )

    def __init__(
        self,
        data: Mapping[str, Any] | str | None = None,
        *,
        url: str | None = None,
        packed_url: str | None = None,
        name: str,
        style: Mapping[str, Any],
        pane: str | None = None,
        interactive: bool = False,
        show: bool = True,
        ready_attribute: str | None = None,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "GeoJsonLayer"
        self.url = url
        self.packed_url = packed_url  # the same data gzipped, unpacked in the browser
        if isinstance(data, str):
            self.data_json = data
        else:
            self.data_json = _js_json(data or {"type": "FeatureCollection", "features": []})
        self.style = dict(style)
        self.pane = pane
        self.interactive = interactive
        self.ready_attribute = ready_attribute


class CountryShading(Layer, RenderOnce):
    """Countries shaded by ISO code, drawn from the basemap layer's own data (no second copy of
    the polygons in the page), with the country's name as tooltip."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map, styles) {
            // its own pane under the places: the shapes arrive after the places are drawn
            if (!map.getPane("geoCountries")) {
                map.createPane("geoCountries").style.zIndex = 350;
            }
            var layer = L.geoJSON(null, {
                pane: "geoCountries",
                interactive: true,
                style: function (f) {
                    return Object.assign({className: "geo-country"}, {{ this.style|tojson }},
                                         styles[f.properties.iso_a2]);
                },
                onEachFeature: function (f, shape) {
                    shape.bindTooltip(String(f.properties.name).replace(/[&<>"]/g, function (c) {
                        return "&#" + c.charCodeAt(0) + ";";
                    }));
                }
            });
            {{ this.basemap.get_name() }}.geoData.then(function (d) {
                layer.addData({type: "FeatureCollection", features: d.features.filter(
                    function (f) { return styles.hasOwnProperty(f.properties.iso_a2); })});
            });
            return layer;
        })({{ this._parent.get_name() }}, {{ this.styles_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        basemap: GeoJsonLayer,
        styles: Mapping[str, Mapping[str, Any]],
        *,
        name: str,
        style: Mapping[str, Any],
        show: bool = True,
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "CountryShading"
        self.basemap = basemap
        self.codes = sorted(styles)
        self.styles_json = _js_json({code: dict(styles[code]) for code in self.codes})
        self.style = dict(style)


class PolylineArrows(JSCSSMixin, RenderOnce):
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


class MapDecor(RenderOnce):
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


class LayerReport(RenderOnce):
    """Tells the page hosting the map (streamlit-folium) which layers the reader turned on or off
    in the map's layer control: `window.__GLOBAL_DATA__.selected_layers`, which streamlit-folium
    returns as `selected_layers`, holds {name, shown} for each layer whose visibility differs
    from how the map was drawn (outside streamlit-folium it does nothing)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, layers) {
            var drawn = {};
            Object.keys(layers).forEach(function (k) { drawn[k] = map.hasLayer(layers[k]); });
            function report() {
                var host = window.__GLOBAL_DATA__;
                if (!host || typeof host.selected_layers !== "object") { return; }
                var changed = {};
                Object.keys(layers).forEach(function (k) {
                    var shown = map.hasLayer(layers[k]);
                    if (shown !== drawn[k]) { changed[k] = {name: k, shown: shown}; }
                });
                host.selected_layers = changed;  // streamlit-folium sends it after this event
            }
            map.on("overlayadd overlayremove", report);
        })({{ this._parent.get_name() }}, {
            {%- for key, layer in this.layers.items() %}
            {{ key|tojson }}: {{ layer.get_name() }},
            {%- endfor %}
        });
        {% endmacro %}
        """
    )

    def __init__(self, layers: Mapping[str, Layer]) -> None:
        super().__init__()
        self._name = "LayerReport"
        self.layers = dict(layers)


def map_layers(m: folium.Map) -> dict[str, Layer]:
    """The map's layers by their names in LAYERS (from the titles in its layer control)."""
    found: dict[str, Layer] = {}
    for child in m._children.values():
        title = getattr(child, "layer_name", None)
        if not isinstance(child, Layer) or not isinstance(title, str):
            continue
        for key, prefix in LAYER_TITLES.items():
            if title == prefix or title.startswith(f"{prefix} ("):
                found.setdefault(key, child)
    return found


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


@lru_cache(maxsize=4)
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


def countries_geojson() -> dict[str, Any]:
    """The Natural Earth countries FeatureCollection (properties name, iso_a2)."""
    return basemap.countries_geojson()


def _add_basemap(
    m: folium.Map, view: View, asset_base: str, inline: bool, box: basemap.Box | None = None
) -> GeoJsonLayer:
    """The countries basemap: fetched from static/ by URL, or inlined (only the countries in
    `box`, clipped to it, when a box is given: a picture of a known extent)."""
    style = {"color": BORDER, "weight": 0.6, "fillColor": LAND, "fillOpacity": 1, "opacity": 1}
    show = "basemap" in view.layers and not view.tiles
    common: dict[str, Any] = {
        "name": LAYER_TITLES["basemap"],
        "style": style,
        "show": show,
        "pane": "basemap",
        "ready_attribute": BASEMAP_READY,
    }
    if inline:
        layer = GeoJsonLayer(basemap.countries_json_in(box), **common)
    else:
        basemap.countries_text()  # DataMissingError now rather than a map without land
        url = f"{asset_base.rstrip('/')}/basemap/{assets.COUNTRIES_FILE.name}"
        packed = assets.compressed_countries_file()
        packed_url = f"{url}.gz" if packed is not None else None
        layer = GeoJsonLayer(url=url, packed_url=packed_url, **common)
    layer.add_to(m)
    return layer


def mentioned_countries(story: Story) -> tuple[set[str], set[str]]:
    """(codes of places that are countries, codes of countries holding other main places)."""
    named: set[str] = set()
    holding: set[str] = set()
    for place in _main_places(story):
        code = place.chosen.country_code.upper() if place.chosen else ""
        if code:
            (named if place.chosen and place.chosen.kind == "country" else holding).add(code)
    return named, holding - named


def _add_countries(m: folium.Map, story: Story, view: View, base: GeoJsonLayer) -> None:
    """Named countries shaded darker than the countries that only hold named places."""
    named, holding = mentioned_countries(story)
    known = basemap.iso_codes()
    styles = {code: {"fillOpacity": 0.45} for code in named & known}
    styles |= {code: {"fillOpacity": 0.18} for code in holding & known}
    if not styles:
        return
    style = {"color": KIND_COLOURS["country"], "weight": 1, "fillColor": KIND_COLOURS["country"]}
    CountryShading(
        base,
        styles,
        name=LAYER_TITLES["countries"],
        style=style,
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


class PointRows(JSCSSMixin, Layer, RenderOnce):
    """Many places drawn from one compact array: clustered circle markers whose popups are
    written when opened (`mode="cluster"`), or a heat layer (`mode="heat"`). A per-marker folium
    element costs seconds to build and megabytes of script at 10,000 places; this does not."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (rows, o) {
            {%- if this.mode == "heat" %}
            return L.heatLayer(rows, {radius: 12});
            {%- else %}
            function esc(s) {
                return String(s).replace(/[&<>"']/g, function (c) {
                    return "&#" + c.charCodeAt(0) + ";";
                });
            }
            // row: lat, lon, kind index, corrected, name, where, confidence, mentions,
            //      name as written ("" when the same), sentence, mention start
            function popup(r) {
                var lines = ["<b>" + esc(r[4]) + "</b>" +
                             (r[5] ? " <small>(" + esc(r[5]) + ")</small>" : ""),
                             esc(o.kinds[r[2]]) + " · confidence " + r[6].toFixed(2) +
                             (r[7] > 1 ? " · " + r[7] + " mentions" : "") +
                             (r[3] ? " · <b>corrected by the analyst</b>" : "")];
                if (r[8]) { lines.push("as written: “" + esc(r[8]) + "”"); }
                if (r[9]) { lines.push("<i>“" + esc(r[9]) + "”</i>"); }
                if (o.article) {
                    lines.push('<a class="geo-evidence-link" target="_top" href="' +
                               esc(o.article + "&at=" + r[10] + "#m" + r[10]) +
                               '">show in the article</a>');
                }
                return '<div class="geo-popup">' + lines.join("<br>") + "</div>";
            }
            function point(r) {
                var radius = (r[3] ? 8 : 6) + (o.kinds[r[2]] === "country" ? 2 : 0);
                var marker = L.circleMarker([r[0], r[1]], {
                    radius: radius, color: r[3] ? o.ring : "#ffffff", weight: r[3] ? 3 : 1.5,
                    fillColor: o.colour || o.colours[r[2]], fillOpacity: 0.9,
                    className: r[3] ? "geo-place geo-corrected" : "geo-place"
                });
                marker.bindPopup(function () { return popup(r); }, {maxWidth: 320});
                return marker;
            }
            if (!document.getElementById("geo-cluster-style")) {
                var css = document.createElement("style");
                css.id = "geo-cluster-style";
                css.textContent = {{ this.cluster_css|tojson }};
                document.head.appendChild(css);
            }
            // Clusters: the places falling in one square of o.cell pixels at a zoom, worked out
            // for a zoom when it is first shown (10,000 places: a few ms); each move draws only
            // the clusters and places in view, keeping those already drawn (an open popup stays)
            var group = L.layerGroup(), levels = {}, drawn = {};
            function level(z) {
                if (levels[z]) { return levels[z]; }
                var scale = 256 * Math.pow(2, z) / o.cell, byKey = new Map(), cells = [];
                var cellOf = new Int32Array(rows.length);
                for (var i = 0; i < rows.length; i++) {
                    var r = rows[i], lat = Math.max(-85, Math.min(85, r[0])) * Math.PI / 180;
                    var sin = Math.sin(lat), x = Math.floor((r[1] + 180) / 360 * scale);
                    var y = Math.floor(
                        (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale);
                    var key = x * 4194304 + y, at = byKey.get(key);
                    if (at === undefined) {
                        at = cells.length;
                        byKey.set(key, at);
                        cells.push({rows: [], lat: 0, lon: 0,
                                    south: 90, west: 180, north: -90, east: -180});
                    }
                    var c = cells[at];
                    c.rows.push(i);
                    c.lat += r[0];
                    c.lon += r[1];
                    c.south = Math.min(c.south, r[0]);
                    c.north = Math.max(c.north, r[0]);
                    c.west = Math.min(c.west, r[1]);
                    c.east = Math.max(c.east, r[1]);
                    cellOf[i] = at;
                }
                cells.forEach(function (c) { c.lat /= c.rows.length; c.lon /= c.rows.length; });
                return (levels[z] = {cells: cells, cellOf: cellOf});
            }
            function cluster(c) {
                var n = c.rows.length, size = n < 10 ? "small" : n < 100 ? "medium" : "large";
                var d = {small: 30, medium: 36, large: 44}[size];
                var marker = L.marker([c.lat, c.lon], {
                    icon: L.divIcon({
                        html: "<span>" + (n < 10000 ? n : Math.round(n / 1000) + "k") + "</span>",
                        className: "geo-cluster geo-cluster-" + size, iconSize: [d, d]
                    }),
                    title: n.toLocaleString("en") + " places: click to zoom in"
                });
                marker.on("click", function () {
                    var map = group._map;
                    var bounds = L.latLngBounds([c.south, c.west], [c.north, c.east]);
                    if (map.getBoundsZoom(bounds) > map.getZoom()) {
                        map.fitBounds(bounds);
                        return;
                    }
                    // places too close to part even at the deepest zoom: one popup lists them
                    var listed = c.rows.slice(0, o.listed), more = n - listed.length;
                    L.popup({maxWidth: 320, maxHeight: 320}).setLatLng([c.lat, c.lon]).setContent(
                        listed.map(function (i) { return popup(rows[i]); }).join("<hr>") +
                        (more > 0 ? "<br>… and " + more + " more" : "")
                    ).openOn(map);
                });
                return marker;
            }
            function draw() {
                var map = group._map;
                if (!map) { return; }
                var view = map.getBounds().pad(0.25), z = Math.round(map.getZoom()), next = {};
                level(z).cells.forEach(function (c, at) {
                    if (!view.contains([c.lat, c.lon])) { return; }
                    var key = c.rows.length > 1 ? z + ":" + at : "p" + c.rows[0];
                    next[key] = drawn[key] ||
                        (c.rows.length > 1 ? cluster(c) : point(rows[c.rows[0]]));
                });
                Object.keys(drawn).forEach(function (k) {
                    if (!(k in next)) { group.removeLayer(drawn[k]); }
                });
                Object.keys(next).forEach(function (k) {
                    if (!(k in drawn)) { group.addLayer(next[k]); }
                });
                drawn = next;
            }
            var onAdd = group.onAdd, onRemove = group.onRemove;
            group.onAdd = function (map) {
                onAdd.call(this, map);
                map.on("moveend", draw);
                draw();
            };
            group.onRemove = function (map) {
                map.off("moveend", draw);
                onRemove.call(this, map);
                group.clearLayers();
                drawn = {};
            };
            // Zoom in until row i is drawn on its own and open its popup; its marker, or null
            // when it still shares a square at the deepest zoom (or the layer is hidden)
            group.showRow = function (i) {
                var map = group._map, r = rows[i];
                if (!map || !r) { return null; }
                for (var z = Math.round(map.getZoom()); z <= map.getMaxZoom(); z++) {
                    var l = level(z);
                    if (l.cells[l.cellOf[i]].rows.length === 1) {
                        map.setView([r[0], r[1]], z, {animate: false});
                        var marker = drawn["p" + i];
                        if (marker) { marker.openPopup(); }
                        return marker || null;
                    }
                }
                return null;
            };
            return group;
            {%- endif %}
        })({{ this.rows_json }}, {{ this.options_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        rows: list[list[Any]],
        *,
        mode: PointMode,
        name: str,
        show: bool,
        options: Mapping[str, Any],
    ) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PointRows"
        self.mode = mode
        self.cluster_css = CLUSTER_CSS
        self.rows_json = _js_json(rows)
        self.options_json = _js_json(dict(options))
        if mode == "heat":
            self.default_js = [("leaflet-heat.js", "leaflet-heat.js")]
            self.default_css = []
        else:
            self.default_js = []  # Leaflet only
            self.default_css = []


KIND_ORDER: tuple[Kind, ...] = tuple(KIND_COLOURS)


def _cluster_row(evidence: _Evidence, place: Place, count: int) -> list[Any]:
    c = place.chosen
    assert c is not None
    kind = KIND_ORDER.index(c.kind) if c.kind in KIND_ORDER else KIND_ORDER.index("other")
    where = ", ".join(x for x in (c.admin1, c.country_code) if x)
    written = place.mention.text if place.mention.text != c.name else ""
    return [
        round(c.lat, 5),
        round(c.lon, 5),
        kind,
        int(place.corrected),
        c.name,
        where,
        round(place.confidence, 2),
        count,
        written,
        evidence.sentence(place),
        place.mention.start,
    ]


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
        points = [  # the weight only when not 1 (leaflet.heat's default): 100k points, -10 %
            [round(p.chosen.lat, 4), round(p.chosen.lon, 4), *([n] if n != 1 else [])]
            for p, n in places
            if p.chosen
        ]
        title = f"{name} (heat, {len(points):,})"
        PointRows(points, mode="heat", name=title, show=show, options={}).add_to(m)
        return
    rows = [_cluster_row(evidence, place, count) for place, count in places]
    options = {
        "kinds": list(KIND_ORDER),
        "colours": [KIND_COLOURS[k] for k in KIND_ORDER],
        "colour": colour,
        "ring": CORRECTED_RING,
        "article": article_url,
        "listed": CLUSTER_LISTED,
        "cell": CLUSTER_CELL,
    }
    title = f"{name} (clustered, {len(rows):,})"
    PointRows(rows, mode="cluster", name=title, show=show, options=options).add_to(m)


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


WORLD_VIEW = ((20.0, 0.0), 2)  # centre and zoom of a map with nothing to frame
FIT_PADDING = 30  # px around the framed points
FIT_MAX_ZOOM = 7


def _new_map(story: Story, view: View) -> folium.Map:
    center = WORLD_VIEW[0] if view.lat is None or view.lon is None else (view.lat, view.lon)
    m = folium.Map(
        location=center,
        zoom_start=WORLD_VIEW[1] if view.zoom is None else view.zoom,
        tiles=None,
        control_scale=True,
    )
    # folium only passes max_zoom/min_zoom to its own tile layer; with tiles=None set them here
    m.options["max_zoom"] = MAX_ZOOM_TILES if view.tiles else MAX_ZOOM
    m.options["min_zoom"] = 1
    points = _bounds(story)
    if points and not view.has_position:
        lats, lons = [p[0] for p in points], [p[1] for p in points]
        m.fit_bounds(
            [(min(lats), min(lons)), (max(lats), max(lons))],
            padding=(FIT_PADDING, FIT_PADDING),
            max_zoom=FIT_MAX_ZOOM,
        )
    return m


def picture_box(story: Story, view: View | None, size: tuple[int, int]) -> basemap.Box | None:
    """Generously, the part of the world a map of `size` CSS pixels shows at first (what
    `_new_map` frames), for a picture's basemap; None when that is most of the world."""
    view = view or View()
    if view.has_position:
        assert view.lat is not None and view.lon is not None and view.zoom is not None
        center, zoom = (view.lat, view.lon), view.zoom
    elif points := _bounds(story):
        center, zoom = basemap.fit_view(points, size, FIT_PADDING, FIT_MAX_ZOOM)
    else:
        center, zoom = WORLD_VIEW
    return basemap.margin_box(basemap.view_box(center, max(zoom, 1), size))


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
    basemap_box: basemap.Box | None = None,
) -> folium.Map:
    """The folium map of a story: local basemap, places, routes with arrows, meetings, legend.

    With `inline=True` the JS/CSS and the basemap are embedded, making a self-contained HTML page
    (with `basemap_box`, only the countries in that box, clipped to it: for a picture).
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
    base = _add_basemap(m, view, asset_base, inline, basemap_box if inline else None)
    _add_countries(m, story, view, base)
    _add_routes(m, story, view)
    _add_places(m, story, view, article_url)
    _add_meetings(m, story, view)
    folium.LayerControl(collapsed=True).add_to(m)
    MapDecor(_legend_rows(story), ATTRIBUTION).add_to(m)
    localize(m, asset_base=asset_base, inline=inline)
    return m
