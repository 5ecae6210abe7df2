"""The one Streamlit-aware helper: cached resources, session keys and the story in the URL."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import streamlit as st

from geo.errors import GeoError, NotFoundError
from geo.inputs import read_document
from geo.models import Candidate, Place, Story
from geo.pipeline import Pipeline
from geo.store import Store

if TYPE_CHECKING:
    from geo.maps import View
    from geo.online import OnlineGeocoder
    from geo.render import PngRenderer

ROOT = Path(__file__).resolve().parent
DEMO_ARTICLE = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
DEMO_PUBLISHED = "2023-09-11"
# our own demo article, for a clone that has no ../shared/seed beside it
OWN_DEMO_ARTICLE = ROOT / "data" / "demo_article.txt"
OWN_DEMO_PUBLISHED = "2023-09-17"
DEMO_ID_FILE = ROOT / "data" / "demo.id"
STORY_PARAM = "story"
VERSIONS_KEY = "story-versions"  # session key: story id -> version loaded by this run


@st.cache_resource(show_spinner="Loading the language model and gazetteer…")
def pipeline() -> Pipeline:
    """One pipeline per server process, shared by every session."""
    return Pipeline.load(os.environ.get("GEO_GAZETTEER"))


def store() -> Store:
    """A store connection for this script run (SQLite connections are cheap)."""
    return Store(os.environ.get("GEO_STORE"))


def demo_article() -> Path:
    """GEO_DEMO, else the seed article beside the clone, else our own demo article."""
    if "GEO_DEMO" in os.environ:
        return Path(os.environ["GEO_DEMO"])
    return DEMO_ARTICLE if DEMO_ARTICLE.exists() else OWN_DEMO_ARTICLE


def demo_published(article: Path) -> str:
    return OWN_DEMO_PUBLISHED if article == OWN_DEMO_ARTICLE else DEMO_PUBLISHED


def demo_story_id() -> str | None:
    """The demo story's id, parsing and storing the demo article on first use."""
    with store() as db:
        if DEMO_ID_FILE.exists():
            story_id = DEMO_ID_FILE.read_text().strip()
            if db.exists(story_id):
                return story_id
        article = demo_article()
        if not article.exists():
            return None
        document = read_document(str(article), demo_published(article))
        story_id = db.save_story(pipeline().parse(document, db.corrections()))
    DEMO_ID_FILE.parent.mkdir(parents=True, exist_ok=True)
    DEMO_ID_FILE.write_text(story_id)
    return story_id


@st.cache_resource(max_entries=4, ttl=3600, show_spinner=False)  # a 100k-event story: ~0.3 GB
def _stored_story(store_path: str, story_id: str, version: str) -> Story:
    """A stored story, loaded once per version and shared by every session (read-only: changes
    go through the store, and each save makes a new version)."""
    with Store(store_path or None) as db:
        return db.load_story(story_id)


def _story_versions() -> dict[str, str]:
    """Story id -> the version this script run loaded (keys what is built from the story)."""
    versions: dict[str, str] = st.session_state.setdefault(VERSIONS_KEY, {})
    return versions


@st.cache_resource(max_entries=64, ttl=3600, show_spinner=False)
def _story_fact(key: tuple[str, ...], _make: Callable[[], Any]) -> Any:
    """A value derived from a story version, made once and shared (`key` names both)."""
    return _make()


def story_fact(story_id: str, name: str, make: Callable[[], Any], *detail: str) -> Any:
    """`make()`, once per version of the story loaded by this run (and `name` and `detail`):
    the page asks for the same facts on every run, and a story of 100,000 events takes a
    second to count its places, countries and sources, while the map waits. Treat as read-only."""
    version = _story_versions().get(story_id)
    if version is None:
        return make()
    return _story_fact((os.environ.get("GEO_STORE") or "", story_id, version, name, *detail), make)


def current_story() -> tuple[str, Story] | None:
    """The story named in the URL (?story=ID), else the demo story; errors shown in the page."""
    story_id = st.query_params.get(STORY_PARAM)
    try:
        if not story_id:
            story_id = demo_story_id()
            if story_id is None:
                st.info("No story yet: paste an article on the Ingest page.")
                return None
        with store() as db:
            version = db.story_version(story_id)
        story = _stored_story(os.environ.get("GEO_STORE") or "", story_id, version)
        _story_versions()[story_id] = version
        return story_id, story
    except NotFoundError:
        st.error("Story not found. Check the link, or open the Library.")
    except GeoError as exc:
        st.error(str(exc))
    return None


def show_error(exc: Exception) -> None:
    st.error(str(exc))


def show_notes(story: Story) -> None:
    """What the reader should know about how the story was made (e.g. an online geocoder that
    failed, so the offline gazetteer was used)."""
    for note in story.notes:
        st.warning(note)


# --- online geocoding (issue 8): off unless GEO_ONLINE=1 or the sidebar switch says so ----------

ONLINE_KEY = "online_geocoding"  # session key of the sidebar switch


@st.cache_resource(show_spinner=False)
def _online_geocoder(url: str, timeout: float) -> OnlineGeocoder:
    """One rate-limited, cached Nominatim client per server process and server address."""
    from geo.online import OnlineGeocoder

    return OnlineGeocoder(enabled=True, url=url, timeout=timeout)


def online_geocoder() -> OnlineGeocoder | None:
    """The sidebar's "Online geocoding" switch (default: GEO_ONLINE): the online geocoder for
    names the offline gazetteer does not know, or None (nothing leaves the machine)."""
    from geo.online import online_enabled, settings

    url, timeout = settings()
    on = st.sidebar.toggle(
        "Online geocoding (Nominatim)",
        value=online_enabled(),
        key=ONLINE_KEY,
        help=f"Off by default. On: place names the offline gazetteer does not know are looked "
        f"up on {url} (1 request/s, {timeout:g} s at most each); if it fails, the offline "
        "gazetteer is used and the story says so.",
    )
    return _online_geocoder(url, timeout) if on else None


def markdown_text(text: str) -> str:
    """User text made safe inside Markdown: HTML escaped, Markdown punctuation backslashed."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>~])", r"\\\1", escaped)


# --- exports (issue 6): download buttons; the files are made on click, in geo.export/geo.render --

EXPORT_MIME = {
    "png": "image/png",
    "html": "text/html",
    "geojson": "application/geo+json",
    "kml": "application/vnd.google-earth.kml+xml",
    "csv": "text/csv",
}


@st.cache_resource(show_spinner=False)
def png_renderer() -> PngRenderer:
    """One headless Chromium per server process for map images, launched on first use."""
    from geo.render import PngRenderer

    return PngRenderer()


def map_downloads(story: Story, view: View) -> None:
    """PNG, HTML, GeoJSON and KML of the map as shown (same layers, same view)."""
    from geo import export
    from geo.render import chromium_path

    stem = export.export_stem(story)
    try:
        chromium_path()
        png_help, png_ok = "The map as an image for a report (1600 px wide)", True
    except GeoError as exc:
        png_help, png_ok = str(exc), False
    makers = {
        "png": lambda: png_renderer().render_bytes(story, view),
        "html": lambda: export.to_html(story, view),
        "geojson": lambda: export.to_geojson_text(story, view),
        "kml": lambda: export.to_kml(story, view),
    }
    helps = {
        "png": png_help,
        "html": "One file with the interactive map; opens offline in any browser",
        "geojson": "Places, routes and meetings for GIS tools (RFC 7946)",
        "kml": "Placemarks and route lines for Google Earth",
    }
    for column, (kind, make) in zip(st.columns(len(makers)), makers.items(), strict=True):
        column.download_button(
            f"⬇ {kind.upper()}",
            data=make,
            file_name=f"{stem}.{kind}",
            mime=EXPORT_MIME[kind],
            help=helps[kind],
            disabled=kind == "png" and not png_ok,
            on_click="ignore",
            key=f"download-{kind}",
            width="stretch",
        )


def events_download(story: Story, *, show_related: bool) -> None:
    """The event table as CSV (formula-like cells neutralised)."""
    from geo import export

    st.download_button(
        "⬇ CSV",
        data=lambda: export.to_csv(story, show_related=show_related),
        file_name=f"{export.export_stem(story)}-events.csv",
        mime=EXPORT_MIME["csv"],
        help="The event table for spreadsheets (UTF-8)",
        on_click="ignore",
        key="download-csv",
    )


# --- view state in the URL, the editor and the analyst's corrections (issue 5) -----------------

WORKSPACE = "default"  # the corrections workspace of this dashboard
EDIT_KEY = "edit_mode"  # session key of the "Edit" toggle (never in a shared link)
VIEW_PARAMS = (
    "lat",
    "lon",
    "zoom",
    "layers",
    "related",
    "from",
    "to",
    "tiles",
    "country",
    "source",
)
ROLES = ("origin", "waypoint", "destination")


def article_url(story_id: str) -> str:
    return f"/article?story={story_id}"


def events_url(story_id: str) -> str:
    return f"/events?story={story_id}"


def share_link(story_id: str, view: View) -> str:
    from urllib.parse import urlencode

    return "/?" + urlencode({STORY_PARAM: story_id, **view.to_query()})


def editing(*, draw: bool = True) -> bool:
    """The sidebar's "Edit" toggle: off for anyone opening a link (shared views are read-only).
    With `draw=False` its value without drawing it (see `view_controls`)."""
    default = st.query_params.get("edit") == "1"
    if not draw:
        return bool(st.session_state.get(EDIT_KEY, default))
    return bool(
        st.sidebar.toggle(
            "Edit",
            value=default,
            key=EDIT_KEY,
            help="Show the correction controls (pick a candidate, search, drop, re-order stops)",
        )
    )


def story_dates(story: Story) -> tuple[date, date] | None:
    days = [e.date for e in story.events if e.date is not None]
    days += [s.date for r in story.routes for s in r.stops if s.date is not None]
    return (min(days), max(days)) if days else None


def _drawn(draw: bool, widget: Callable[..., Any], initial: Any, /, *args: Any, **kw: Any) -> Any:
    """`widget(*args, **kw)` when drawing, else `initial`: the value it has when first drawn."""
    return widget(*args, **kw) if draw else initial


def view_controls(story_id: str, story: Story, *, dates: bool = True, draw: bool = True) -> View:
    """Layers, related places, date window and online tiles in the sidebar, read from and written
    to the URL together with the map position. With `draw=False` the view they give when first
    drawn, from the URL, without drawing them (the map page's first run, `map_first`: the
    browser draws the map sooner without a sidebar full of widgets to lay out first)."""
    from geo.maps import LAYER_TITLES, LAYERS, View

    url_view = View.from_query(dict(st.query_params))
    bar = st.sidebar
    if draw:
        bar.subheader("View")
    names = [n for n in LAYERS if n != "related"]
    chosen_in_map = st.session_state.pop(_pending_layers_key(story_id), None) if draw else None
    if chosen_in_map is not None:  # turned on or off in the map: the list follows
        st.session_state[f"layers-{story_id}"] = [n for n in names if n in chosen_in_map]
    layers = _drawn(
        draw,
        bar.multiselect,
        [n for n in names if n in url_view.layers],
        "Layers",
        names,
        default=None if chosen_in_map is not None else [n for n in names if n in url_view.layers],
        format_func=LAYER_TITLES.__getitem__,
        key=f"layers-{story_id}",
    )
    related = _drawn(
        draw,
        bar.toggle,
        url_view.show_related,
        "Related stories' places",
        value=url_view.show_related,
        key=f"related-{story_id}",
    )
    date_from = date_to = None
    span = story_fact(story_id, "dates", lambda: story_dates(story)) if dates else None
    if span and span[0] < span[1]:
        low, high = span
        start = max(low, min(url_view.date_from or low, high))
        end = min(high, max(url_view.date_to or high, low))
        window = (start, min(max(end, start), high))
        chosen = _drawn(
            draw, bar.slider, window, "Dates", low, high, window, key=f"dates-{story_id}"
        )
        date_from = chosen[0] if chosen[0] > low else None
        date_to = chosen[1] if chosen[1] < high else None
    countries, sources = filter_controls(story_id, story, url_view, draw=draw)
    online = _drawn(
        draw,
        bar.toggle,
        url_view.tiles is not None,
        "Online map tiles (OpenStreetMap)",
        value=url_view.tiles is not None,
        key=f"tiles-{story_id}",
        help="Off by default: the map then makes no request beyond this server",
    )
    view = View(
        lat=url_view.lat,
        lon=url_view.lon,
        zoom=url_view.zoom,
        layers=frozenset(layers) | ({"related"} if related else frozenset()),
        show_related=related,
        date_from=date_from,
        date_to=date_to,
        tiles="osm" if online else None,
        countries=countries,
        sources=sources,
    )
    write_view(story_id, view)
    return view


def filter_controls(
    story_id: str, story: Story, url_view: View, *, draw: bool = True
) -> tuple[frozenset[str], frozenset[str]]:
    """Country and source filters (shown when the story has more than one of either); nothing
    chosen shows everything. The map and the event table apply them with `shown_story`."""
    from geo import filters

    bar = st.sidebar
    chosen: list[frozenset[str]] = []
    countries = story_fact(story_id, "countries", lambda: tuple(filters.country_options(story)))
    sources = story_fact(story_id, "sources", lambda: tuple(filters.source_options(story)))
    for label, options, wanted, name_of in (
        ("Countries", list(countries), url_view.countries, _country_label),
        ("Sources", list(sources), url_view.sources, str),
    ):
        if len(options) < 2:
            chosen.append(frozenset())
            continue
        default = [o for o in options if o in wanted]
        picked = _drawn(
            draw,
            bar.multiselect,
            default,
            label,
            options,
            default=default,
            format_func=name_of,
            placeholder="All",
            key=f"{label.lower()}-{story_id}",
        )
        chosen.append(frozenset(picked))
    return chosen[0], chosen[1]


def _country_label(code: str) -> str:
    from geo.filters import country_names

    name = country_names().get(code)
    return f"{name} ({code})" if name else code


def place_count(story_id: str, shown: Story, view: View) -> int:
    """Distinct points of the story as the view's filters leave it (`shown_story`)."""
    filtered = (",".join(sorted(view.countries)), ",".join(sorted(view.sources)))
    return int(
        story_fact(
            story_id,
            "points",
            lambda: len({(p.chosen.lat, p.chosen.lon) for p in shown.places if p.chosen}),
            *filtered,
        )
    )


def shown_story(story: Story, view: View) -> Story:
    """The story as the view's country and source filters leave it (map, exports, tables)."""
    from geo.filters import filter_story

    return filter_story(story, view.countries, view.sources)


@st.cache_resource(max_entries=4, ttl=3600, show_spinner=False)
def _events_frame(key: tuple[str, ...], _story: Story) -> Any:
    from geo.serialize import events_frame

    return events_frame(_story)


def story_events(story_id: str, shown: Story, view: View) -> Any:
    """`events_frame(shown)`, made once per story version and filters (100,000 events take
    seconds) and shared by every session: derive new frames from it, never change it."""
    from geo.serialize import events_frame

    version = _story_versions().get(story_id)
    if version is None:
        return events_frame(shown)
    key = (os.environ.get("GEO_STORE") or "", story_id, version)
    key += (",".join(sorted(view.countries)), ",".join(sorted(view.sources)))
    return _events_frame(key, shown)


def write_view(story_id: str, view: View) -> None:
    """Put the story and the view into the URL (only values that changed are written)."""
    wanted = {STORY_PARAM: story_id, **view.to_query()}
    for name in VIEW_PARAMS:
        if name not in wanted and name in st.query_params:
            del st.query_params[name]
    for name, value in wanted.items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value


REPORTED_LAYERS = ("basemap", "countries", "places", "routes", "meetings")  # map -> URL


def _base_key(story_id: str) -> str:
    return f"map-base-{story_id}"  # session key: (view without position, view the map drew)


def _map_layers_key(story_id: str) -> str:
    return f"map-layers-{story_id}"  # session key: the layers the reader last chose in the map


def _pending_layers_key(story_id: str) -> str:
    return f"map-layers-new-{story_id}"  # session key: for the sidebar's list on the next run


def map_base_view(story_id: str, view: View) -> View:
    """The view the map is drawn with: its position only follows the URL when something else in
    the view changes, so panning (reported back by st_folium) does not redraw the map; nor do
    layers turned on or off in the map itself."""
    from dataclasses import replace

    key = _base_key(story_id)
    settled = replace(view, lat=None, lon=None, zoom=None)
    base = st.session_state.get(key)
    if base is not None:
        old, drawn = base
        if old == settled:
            return drawn  # type: ignore[no-any-return]
        chosen_in_map = st.session_state.get(_map_layers_key(story_id))
        if replace(old, layers=settled.layers) == settled and settled.layers == chosen_in_map:
            st.session_state[key] = (settled, drawn)
            return drawn  # type: ignore[no-any-return]
    st.session_state[key] = (settled, view)
    st.session_state.pop(_map_layers_key(story_id), None)
    return view


def _layers_in_map(story_id: str, returned: dict[str, Any]) -> frozenset[str] | None:
    """The layers shown in the map: those it was drawn with, changed as the reader turned them
    on or off in its layer control (`maps.LayerReport`); None before any change."""
    changes = returned.get("selected_layers")
    base = st.session_state.get(_base_key(story_id))
    if not isinstance(changes, list) or base is None:
        return None
    layers = set(base[1].layers)
    for change in changes:
        if isinstance(change, dict) and change.get("name") in REPORTED_LAYERS:
            if change.get("shown") is True:
                layers.add(change["name"])
            else:
                layers.discard(change["name"])
    return frozenset(layers)


def follow_map(story_id: str, view: View, returned: object) -> View:
    """Store the position st_folium reports in the URL (no rerun: the map is not redrawn), and
    the layers turned on or off in the map (a rerun, so that the sidebar shows them too)."""
    from dataclasses import replace

    if not isinstance(returned, dict):
        return view
    moved = view
    center, zoom = returned.get("center"), returned.get("zoom")
    if isinstance(center, dict) and isinstance(zoom, int | float):
        try:
            lat, lon = float(center["lat"]), float(center["lng"])
        except (KeyError, TypeError, ValueError):
            pass
        else:
            lon = (lon + 180.0) % 360.0 - 180.0
            moved = replace(view, lat=round(lat, 4), lon=round(lon, 4), zoom=int(zoom))
    layers = _layers_in_map(story_id, returned)
    if layers is not None and layers != view.layers:
        moved = replace(moved, layers=layers)
        st.session_state[_map_layers_key(story_id)] = layers
        st.session_state[_pending_layers_key(story_id)] = layers
        write_view(story_id, moved)
        st.rerun()
    if moved.to_query() != view.to_query():
        write_view(story_id, moved)
    return moved


# --- the map in the page: built once per story version and view (issue 5) -------------------

TABLE_ROWS = 1_000  # rows of the event table under the map; the Events page has every row
DRAWN_KEY = "map-drawn"  # session key: the stories whose map page this session has shown
HIGHLIGHT_CHARS = 200_000  # the longest article highlighted under the map ...
HIGHLIGHT_PLACES = 1_000  # ... and its most place mentions (else the Article page has it)


def map_first(story_id: str) -> bool:
    """True on the first run of a story's map page in this session: the event table under the map
    waits for the next run, so that the browser draws the map first (the table's data grid is a
    megabyte of script to load, and it was drawn while the map's frame waited). The map asks for
    that run itself: it reports its position as soon as it is drawn (`story_map` leaves the
    position out of the component's default so that the report always differs from it); any
    widget changed before then runs the page again too."""
    shown: set[str] = st.session_state.setdefault(DRAWN_KEY, set())
    if story_id in shown:
        return False
    shown.add(story_id)
    return True


def events_table(story_id: str, frame: Any) -> None:
    """The event table under the map: its first TABLE_ROWS rows (the page draws a data grid of
    10,000 rows in seconds, while the map waits); every row on the Events page and in the CSV."""
    st.dataframe(frame.head(TABLE_ROWS), use_container_width=True, hide_index=True)
    if len(frame) > TABLE_ROWS:
        st.caption(
            f"The first {TABLE_ROWS:,} of {len(frame):,} events: every one on the "
            f"[Events page]({events_url(story_id)}) and in its CSV."
        )


def highlight_here(story: Story) -> bool:
    """Whether the map page shows the highlighted article too (not a long one, nor one with
    thousands of mentions: megabytes of HTML slow the page down; the Article page has it)."""
    return len(story.document.text) < HIGHLIGHT_CHARS and len(story.places) < HIGHLIGHT_PLACES


MAP_HEIGHT = 560
MAP_ASSETS = "/app/static"  # where Streamlit serves static/ (build_map's default asset_base)


def _folium_parts(m: Any) -> dict[str, Any]:
    """What streamlit-folium's component needs to draw a folium map, computed once (st_folium
    does this on every script run: seconds for a map of 10,000 places). Built with
    streamlit-folium's own helpers; tests/test_dashboard_cache.py checks it against st_folium."""
    import streamlit_folium as sf
    from folium.elements import JSCSSMixin

    from geo import assets

    m.get_root().render()
    m.render()
    html_part, header = sf._get_html(m), sf._get_header(m)
    script = sf._get_map_string(m)
    css: list[str] = []
    js: list[str] = []
    todo = [m]
    while todo:
        element = todo.pop(0)
        if isinstance(element, JSCSSMixin):
            css += [url for _, url in element.default_css]
            js += [url for _, url in element.default_js]
        todo[:0] = list(element._children.values())
    return {
        "script": script,
        "header": header,
        "html": html_part,
        "id": sf.get_full_id(m),
        "css_links": list(dict.fromkeys(css)),
        "js_links": assets.bundled_js(list(dict.fromkeys(js)), MAP_ASSETS),
        "zoom": m.options.get("zoom"),
        "digest": sf.generate_js_hash(script, None, False),  # the same for a rebuilt map
    }


@st.cache_resource(max_entries=16, ttl=3600, show_spinner=False)
def _map_parts(key: tuple[str, ...], _story: Story, _view: View, article: str) -> dict[str, Any]:
    """The map of a story version in a view, shared by every session (`key` names them)."""
    return _folium_parts(_build_map(_story, _view, article))


def _build_map(story: Story, view: View, article: str) -> Any:
    from geo.maps import LayerReport, build_map, map_layers

    m = build_map(story, view, article_url=article)
    reported = {k: v for k, v in map_layers(m).items() if k in REPORTED_LAYERS}
    LayerReport(reported).add_to(m)
    return m


def story_map(story_id: str, story: Story, view: View, *, editing: bool) -> Any:
    """The story's map (`story` as the view's filters leave it), built once per story version
    and view for every session; returns what the map reports like `st_folium` (position, layers
    turned on or off in it, and the clicked point when editing: see `follow_map`)."""
    import streamlit_folium as sf

    base = map_base_view(story_id, view)
    version = _story_versions().get(story_id)
    if version is None:  # not loaded by current_story: no version to key a shared copy by
        parts = _folium_parts(_build_map(story, base, article_url(story_id)))
    else:
        query = tuple(f"{k}={v}" for k, v in sorted(base.to_query().items()))
        key = (os.environ.get("GEO_STORE") or "", story_id, version, *query)
        parts = _map_parts(key, story, base, article_url(story_id))
    returned = ["center", "zoom", "selected_layers"] + (["last_clicked"] if editing else [])
    # no "center": the map's first report (once drawn) always differs, so the page runs again
    # and shows what `map_first` held back
    defaults = {"zoom": parts["zoom"], "last_clicked": None, "selected_layers": None}
    component = {k: v for k, v in parts.items() if k not in {"zoom", "digest"}}
    mode = "edit" if editing else "view"  # a new frame when the reported objects change
    return sf._component_func(
        **component,
        key=f"map-{story_id}-{mode}-{parts['digest']}",
        height=MAP_HEIGHT,
        width=None,
        returned_objects=returned,
        default={k: v for k, v in defaults.items() if k in returned},
        zoom=None,
        center=None,
        feature_group=None,
        return_on_hover=False,
        layer_control=None,
        pixelated=False,
        wrap_longitude=False,
    )


def filter_events(frame: Any, view: View) -> Any:
    """Rows of an events frame inside the view's date window (undated rows stay)."""
    import pandas as pd

    keep = pd.Series(True, index=frame.index)
    if view.date_from is not None:
        keep &= frame["date"].isna() | (frame["date"] >= pd.Timestamp(view.date_from))
    if view.date_to is not None:
        keep &= frame["date"].isna() | (frame["date"] <= pd.Timestamp(view.date_to))
    return frame[keep]


def candidate_label(c: Candidate) -> str:
    where = ", ".join(x for x in (c.admin1, c.country_code) if x)
    people = f" · pop. {c.population:,}" if c.population else ""
    return f"{c.name} ({where or '-'}) · {c.kind}{people} · {c.lat:.3f}, {c.lon:.3f}"


def corrected_summary(story: Story) -> None:
    """One line per place the analyst chose, shown to everyone (corrections are visible)."""
    seen: set[str] = set()
    for place in story.places:
        if place.corrected and place.chosen and place.mention.text not in seen:
            seen.add(place.mention.text)
            st.markdown(
                f"✎ **{markdown_text(place.mention.text)}** → "
                f"{markdown_text(candidate_label(place.chosen))} · corrected by the analyst"
            )


def _apply_and_rerun(action: Callable[[Store], object], message: str) -> None:
    try:
        with store() as db:
            action(db)
    except GeoError as exc:
        show_error(exc)
        return
    st.session_state["correction-message"] = message
    st.rerun()


def correction_message() -> None:
    message = st.session_state.pop("correction-message", None)
    if message:
        st.success(message)


def place_editor(story_id: str, story: Story, *, key: str) -> None:
    """Pick another candidate or search the gazetteer for a mention; drop a false place."""
    from geo import corrections

    by_text: dict[str, Place] = {}
    for place in story.places:
        by_text.setdefault(place.mention.text, place)
    if not by_text:
        st.info("No place mentions to correct.")
        return
    mention = st.selectbox(
        "Mention",
        list(by_text),
        format_func=lambda t: f"{t} → {by_text[t].chosen.name if by_text[t].chosen else '?'}",
        key=f"{key}-mention",
    )
    place = by_text[mention]
    how = st.radio(
        "Correct by",
        ["another candidate", "searching the gazetteer"],
        horizontal=True,
        key=f"{key}-how",
    )
    if how == "another candidate":
        options = [c for c in (place.chosen, *place.alternatives) if c is not None]
    else:
        query = st.text_input("Place name", mention, key=f"{key}-query")
        options = pipeline().candidates(query) if query.strip() else []
    if options:
        chosen = st.selectbox(
            "Candidate",
            range(len(options)),
            format_func=lambda i: candidate_label(options[i]),
            key=f"{key}-candidate-{how}-{mention}",
        )
        if st.button("Save correction", key=f"{key}-save", type="primary"):
            candidate = options[chosen]
            _apply_and_rerun(
                lambda db: corrections.correct_place(db, story_id, mention, candidate, WORKSPACE),
                f"“{mention}” now means {candidate.name} ({candidate.country_code}).",
            )
    else:
        st.caption("No candidates.")
    if st.button(f"Drop “{mention}” (not a place here)", key=f"{key}-drop"):
        _apply_and_rerun(
            lambda db: corrections.save_edits(
                db, story_id, corrections.load_edits(db, story_id).drop(mention)
            ),
            f"Dropped “{mention}”.",
        )


def route_editor(story_id: str, story: Story, *, key: str) -> None:
    """Change the order or role of a route's stops, or remove a stop."""
    import pandas as pd

    from geo import corrections

    for index, route in enumerate(story.routes):
        st.markdown(f"**Route of {markdown_text(route.actor)}**")
        frame = pd.DataFrame(
            {
                "order": list(range(1, len(route.stops) + 1)),
                "place": [s.place for s in route.stops],
                "role": [s.role for s in route.stops],
                "date": [s.date for s in route.stops],
                "keep": [True] * len(route.stops),
            }
        )
        edited = st.data_editor(
            frame,
            hide_index=True,
            disabled=["place", "date"],
            column_config={
                "order": st.column_config.NumberColumn(min_value=1, step=1),
                "role": st.column_config.SelectboxColumn(options=list(ROLES), required=True),
            },
            key=f"{key}-route-{index}",
        )
        if st.button("Save stops", key=f"{key}-route-save-{index}"):
            rows = edited.sort_values("order", kind="stable")
            edit = corrections.RouteEdit(
                order=tuple(rows["place"]),
                roles={str(r["place"]): r["role"] for _, r in rows.iterrows()},
                removed=frozenset(str(r["place"]) for _, r in rows.iterrows() if not r["keep"]),
            )
            _apply_and_rerun(
                lambda db, actor=route.actor, edit=edit: corrections.save_edits(
                    db, story_id, corrections.load_edits(db, story_id).with_route(actor, edit)
                ),
                f"Saved the stops of {route.actor}.",
            )


def reprocess_controls(story_id: str, *, key: str) -> None:
    """Re-parse the article with every correction (and bring dropped places back if asked)."""
    from geo import corrections

    with store() as db:
        edits = corrections.load_edits(db, story_id)
    left, right = st.columns(2)
    if left.button(
        "Re-process the article",
        key=f"{key}-reprocess",
        help="Parse the text again; the corrections are applied again",
    ):
        _apply_and_rerun(
            lambda db: corrections.reprocess(pipeline(), db, story_id, WORKSPACE),
            "Re-processed with the corrections.",
        )
    if edits.dropped and right.button(
        f"Restore {len(edits.dropped)} dropped place(s)", key=f"{key}-restore"
    ):

        def restore(db: Store) -> None:
            corrections.save_edits(db, story_id, corrections.StoryEdits(routes=edits.routes))
            corrections.reprocess(pipeline(), db, story_id, WORKSPACE)

        _apply_and_rerun(restore, "Dropped places restored.")


def click_editor(story_id: str, story: Story, clicked: object, *, key: str) -> None:
    """Place a mention where the analyst clicked: a nearby gazetteer place, or the point itself."""
    from geo import corrections

    if not isinstance(clicked, dict) or "lat" not in clicked or "lng" not in clicked:
        st.caption("Click the map to place a mention at that point.")
        return
    lat, lon = float(clicked["lat"]), (float(clicked["lng"]) + 180.0) % 360.0 - 180.0
    st.markdown(f"**Clicked at {lat:.4f}, {lon:.4f}**")
    mentions = list(dict.fromkeys(p.mention.text for p in story.places))
    if not mentions:
        return
    mention = st.selectbox("Mention to place here", mentions, key=f"{key}-click-mention")
    nearby = pipeline().gazetteer.reverse((lat, lon), exactly_one=False, max_km=100.0) or []
    nearby_list = nearby if isinstance(nearby, list) else [nearby]
    exact = corrections.point_candidate(mention, lat, lon)
    options = [exact] + [
        Candidate(
            name=loc.raw["name"],
            lat=loc.latitude,
            lon=loc.longitude,
            kind=loc.raw.get("kind", "other"),
            country_code=loc.raw.get("country_code", ""),
            admin1=loc.raw.get("admin1", ""),
            population=int(loc.raw.get("population") or 0),
            geonames_id=loc.raw.get("geonames_id"),
        )
        for loc in nearby_list
    ]
    choice = st.selectbox(
        "Place",
        range(len(options)),
        format_func=lambda i: "exactly here" if i == 0 else candidate_label(options[i]),
        key=f"{key}-click-choice",
    )
    if st.button("Place it here", key=f"{key}-click-save"):
        candidate = options[choice]
        _apply_and_rerun(
            lambda db: corrections.correct_place(db, story_id, mention, candidate, WORKSPACE),
            f"“{mention}” placed at {candidate.lat:.3f}, {candidate.lon:.3f}.",
        )


def sentence_of(story: Story, place: Place) -> str:
    from geo.maps import evidence_sentence

    return markdown_text(evidence_sentence(story, place))
