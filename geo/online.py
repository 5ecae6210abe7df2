"""Optional online geocoding: Nominatim behind a rate limiter, a timeout and a disk cache.

Off by default: nothing leaves the machine unless ``GEO_ONLINE=1`` (the command line) or the
dashboard's "Online geocoding" toggle asks for it. Then the names the offline gazetteer does not
know are looked up on Nominatim (`OnlineFallback`, the pipeline's candidate source); a service
that times out, refuses or fails is left alone for `cooldown` seconds, the parse goes on with the
offline gazetteer, and the story carries a note saying so (`Story.notes`).

`OnlineGeocoder.geocode` is also a geopy-style chain of the online service and the gazetteer.

Settings: ``GEO_NOMINATIM_URL`` (default ``https://nominatim.openstreetmap.org``, any Nominatim
server), ``GEO_ONLINE_TIMEOUT`` (seconds per request, default 5), ``GEO_ONLINE_CACHE`` (the answers'
SQLite cache, default ``data/cache/geocode_cache.sqlite``).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from geopy.adapters import RequestsAdapter
from geopy.exc import (
    GeocoderQuotaExceeded,
    GeocoderServiceError,
    GeocoderTimedOut,
    GeocoderUnavailable,
)
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.errors import GeoError
from geo.gazetteer import REPO_ROOT
from geo.models import Candidate, Kind, Mention
from geo.names import normalise

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

log = logging.getLogger(__name__)

USER_AGENT = "geo-news-map/0.1 (offline-first news event mapping dashboard)"
DEFAULT_CACHE = REPO_ROOT / "data" / "cache" / "geocode_cache.sqlite"
DEFAULT_URL = "https://nominatim.openstreetmap.org"
DEFAULT_TIMEOUT = 5.0
ENV_ONLINE = "GEO_ONLINE"
ENV_URL = "GEO_NOMINATIM_URL"
ENV_TIMEOUT = "GEO_ONLINE_TIMEOUT"
ENV_CACHE = "GEO_ONLINE_CACHE"
CANDIDATES = 5  # answers asked for per name
OSM_CREDIT = "© OpenStreetMap contributors (ODbL), via Nominatim"


def online_enabled() -> bool:
    """True when the environment asks for online geocoding (GEO_ONLINE=1)."""
    return os.environ.get(ENV_ONLINE, "").strip().lower() in {"1", "true", "yes", "on"}


def settings() -> tuple[str, float]:
    """The Nominatim server (GEO_NOMINATIM_URL) and the seconds a request may take
    (GEO_ONLINE_TIMEOUT)."""
    try:
        timeout = float(os.environ.get(ENV_TIMEOUT) or DEFAULT_TIMEOUT)
    except ValueError:
        timeout = DEFAULT_TIMEOUT
    if not timeout > 0:  # also NaN
        timeout = DEFAULT_TIMEOUT
    return os.environ.get(ENV_URL) or DEFAULT_URL, timeout


class OnlineUnavailable(GeoError):
    """The online service did not answer; `reason` says why in a few words (e.g. "timeout")."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"online geocoder unavailable ({reason})")
        self.reason = reason


def _reason(exc: GeocoderServiceError) -> str:
    if isinstance(exc, GeocoderTimedOut) or "timed out" in str(exc).lower():
        return "timeout"
    if isinstance(exc, GeocoderQuotaExceeded):
        return "rate limited"
    if isinstance(exc, GeocoderUnavailable):
        return "service unreachable"
    return f"service error: {str(exc)[:120]}"


class _DiskCache:
    """A tiny JSON-valued SQLite cache of online answers (None answers are cached too)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.execute("CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT)")
        self._conn.commit()
        self._lock = threading.Lock()

    def get(self, key: str) -> tuple[bool, Any]:
        with self._lock:
            row = self._conn.execute("SELECT value FROM cache WHERE key = ?", (key,)).fetchone()
        return (False, None) if row is None else (True, json.loads(row[0]))

    def put(self, key: str, value: Any) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO cache VALUES (?, ?)", (key, json.dumps(value))
            )
            self._conn.commit()

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _dump(location: Location) -> list[Any]:
    return [location.address, location.latitude, location.longitude, location.raw]


def _load(item: list[Any]) -> Location:
    address, lat, lon, raw = item
    return Location(address, (lat, lon), raw)


def nominatim(
    url: str | None = None, *, timeout: float = DEFAULT_TIMEOUT, user_agent: str = USER_AGENT
) -> Geocoder:
    """A geopy Nominatim client for `url` (scheme and host[:port]; default: GEO_NOMINATIM_URL,
    else the public server)."""
    from geopy.geocoders import Nominatim

    parts = urlsplit(url or settings()[0])
    if parts.scheme not in {"http", "https"} or not parts.netloc:
        raise GeoError(f"{ENV_URL} must look like https://host[:port], got {url!r}")
    return Nominatim(
        domain=parts.netloc + parts.path.rstrip("/"),
        scheme=parts.scheme,
        timeout=timeout,
        user_agent=user_agent,
        # no retries inside the HTTP client: a timeout is one timeout, then the fallback
        adapter_factory=partial(RequestsAdapter, max_retries=0),
    )


class OnlineGeocoder:
    """Nominatim (rate limited to 1 request/s, time limited, disk cached) chained with the
    offline gazetteer.

    When disabled every call goes straight to the offline gazetteer and no network is used.
    After a failure the service is not asked again for `cooldown` seconds.
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        enabled: bool | None = None,
        cache_path: Path | str | None = None,
        geocoder: Geocoder | None = None,
        min_delay_seconds: float = 1.0,
        user_agent: str = USER_AGENT,
        url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        cooldown: float = 60.0,
    ) -> None:
        self._gazetteer = gazetteer
        self.enabled = online_enabled() if enabled is None else enabled
        self.url = (url or settings()[0]) if geocoder is None else None  # in the cache key
        self.notes: list[str] = []
        self.timeout = timeout
        self.cooldown = cooldown
        self._down: tuple[float, str] | None = None  # (until, reason) after a failure
        self._cache: _DiskCache | None = None
        self._geocode: Callable[..., Any] | None = None
        if self.enabled:
            if geocoder is None:
                geocoder = nominatim(url, timeout=timeout, user_agent=user_agent)
            self._geocode = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=min_delay_seconds,
                max_retries=0,  # a failure falls back at once; the cooldown spares the service
                swallow_exceptions=False,
            )
            self._cache = _DiskCache(Path(cache_path or os.environ.get(ENV_CACHE) or DEFAULT_CACHE))

    @classmethod
    def from_env(cls, *, enabled: bool | None = None) -> OnlineGeocoder | None:
        """The geocoder the environment asks for (GEO_ONLINE=1, or `enabled`), set up from
        GEO_NOMINATIM_URL and GEO_ONLINE_TIMEOUT; None when disabled: stay offline."""
        if not (online_enabled() if enabled is None else enabled):
            return None
        url, timeout = settings()
        return cls(enabled=True, url=url, timeout=timeout)

    @property
    def gazetteer(self) -> Gazetteer:
        """The offline gazetteer behind `geocode` (opened on first use)."""
        if self._gazetteer is None:
            from geo.gazetteer import Gazetteer

            self._gazetteer = Gazetteer()
        return self._gazetteer

    @property
    def attribution(self) -> str:
        """Credits for the data this geocoder may return."""
        extra = " Online results: OpenStreetMap contributors (ODbL) via Nominatim."
        return self.gazetteer.attribution + (extra if self.enabled else "")

    def _ask(self, query: str, *, exactly_one: bool, timeout: float | None, **extra: Any) -> Any:
        """The cached or fresh online answer (JSON-able); OnlineUnavailable on any failure."""
        if self._geocode is None or self._cache is None:
            raise OnlineUnavailable("online geocoding is off")
        key = json.dumps([query.strip().casefold(), exactly_one, *sorted(extra.items())])
        if self.url:
            key = f"{self.url} {key}"
        hit, value = self._cache.get(key)
        if hit:
            return value
        if self._down is not None:
            until, reason = self._down
            if time.monotonic() < until:
                raise OnlineUnavailable(reason)
            self._down = None
        kwargs: dict[str, Any] = {"exactly_one": exactly_one, **extra}
        kwargs["timeout"] = self.timeout if timeout is None else timeout
        try:
            answer = self._geocode(query, **kwargs)
        except GeocoderServiceError as exc:
            reason = _reason(exc)
            self._down = (time.monotonic() + self.cooldown, reason)
            log.warning("online geocoder failed for %r: %s", query, exc)
            raise OnlineUnavailable(reason) from exc
        if answer is None:
            value = None
        elif isinstance(answer, list):
            value = [_dump(loc) for loc in answer]
        else:
            value = _dump(answer)
        self._cache.put(key, value)
        return value

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | Iterable[str] | None = None,
        timeout: float | None = None,
    ) -> Location | list[Location] | None:
        """Online answer when enabled and available, else the offline gazetteer's."""

        def offline() -> Location | list[Location] | None:
            return self.gazetteer.geocode(
                query, exactly_one=exactly_one, country_codes=country_codes
            )

        if not self.enabled:
            return offline()
        codes = (
            None
            if country_codes is None
            else sorted({country_codes} if isinstance(country_codes, str) else set(country_codes))
        )
        extra: dict[str, Any] = {"country_codes": [c.lower() for c in codes]} if codes else {}
        try:
            value = self._ask(query, exactly_one=exactly_one, timeout=timeout, **extra)
        except OnlineUnavailable as exc:
            note = (
                f"online geocoder failed for {query!r} ({exc.reason}); used the offline gazetteer"
            )
            self.notes.append(note)
            return offline()
        if not value:
            return offline()
        if isinstance(value[0], list):
            return [_load(item) for item in value]
        return _load(value)

    def candidates(self, name: str) -> list[Candidate]:
        """Nominatim's readings of a place name as candidates (best first; [] when it knows
        none). Raises OnlineUnavailable when the service does not answer."""
        value = self._ask(
            name, exactly_one=False, timeout=None, limit=CANDIDATES, addressdetails=True
        )
        locations = [_load(item) for item in value or []]
        return [c for c in (_candidate(loc) for loc in locations) if c is not None]

    def close(self) -> None:
        """Close the disk cache."""
        if self._cache is not None:
            self._cache.close()


# Nominatim's class/type (and address type) -> our kinds
_CITY_TYPES = frozenset(
    {"city", "town", "village", "hamlet", "suburb", "neighbourhood", "quarter", "locality"}
)
_ADMIN_TYPES = frozenset({"state", "province", "region", "county", "state_district", "district"})
_WATER_CLASSES = frozenset({"waterway", "water"})
_LANDMARK_CLASSES = frozenset(
    {"tourism", "amenity", "building", "historic", "aeroway", "railway", "man_made", "leisure"}
)


def _kind(raw: Mapping[str, Any]) -> Kind:
    cls, typ = str(raw.get("class", "")), str(raw.get("type", ""))
    address_type = str(raw.get("addresstype", ""))
    if address_type == "country" or typ == "country":
        return "country"
    if cls == "place" and (typ in _CITY_TYPES or address_type in _CITY_TYPES):
        return "city"
    if address_type in _CITY_TYPES:
        return "city"
    if cls == "boundary" or address_type in _ADMIN_TYPES or typ in _ADMIN_TYPES:
        return "admin"
    if cls in _WATER_CLASSES or (cls == "natural" and typ in {"water", "bay", "strait"}):
        return "water"
    if cls == "natural" or typ in {"island", "archipelago"}:
        return "region"
    if cls in _LANDMARK_CLASSES:
        return "landmark"
    return "other"


def _candidate(location: Location) -> Candidate | None:
    raw = location.raw if isinstance(location.raw, Mapping) else {}
    lat, lon = location.latitude, location.longitude
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    address = raw.get("address")
    if not isinstance(address, Mapping):
        address = {}
    name = str(raw.get("name") or (location.address or "").split(",")[0]).strip()
    if not name:
        return None
    return Candidate(
        name=name[:200],
        lat=float(lat),
        lon=float(lon),
        kind=_kind(raw),
        country_code=str(address.get("country_code", "")).upper()[:2],
        match="primary",
    )


class OnlineFallback:
    """The pipeline's candidate source with the online service behind it: a name the offline
    source has no candidate for is looked up online. One story's worth: it collects the story's
    notes (a failure, and the names found online, to be credited)."""

    def __init__(
        self, offline: Callable[[Mention], list[Candidate]], online: OnlineGeocoder
    ) -> None:
        self.offline = offline
        self.online = online
        self.found: list[str] = []
        self.failure = ""
        self._memo: dict[str, list[Candidate]] = {}

    def __call__(self, mention: Mention) -> list[Candidate]:
        pool = self.offline(mention)
        if pool or mention.label == "NORP" or self.failure:
            return pool
        key = normalise(mention.text)
        if key not in self._memo:
            try:
                self._memo[key] = self.online.candidates(mention.text)
            except OnlineUnavailable as exc:
                self.failure = exc.reason
                return []
            if self._memo[key]:
                self.found.append(mention.text)
        return self._memo[key]

    def notes(self) -> list[str]:
        """What the reader of the story should know about its online look-ups."""
        notes = []
        if self.failure:
            notes.append(f"Online geocoder unavailable ({self.failure}); offline gazetteer used")
        if self.found:
            names = ", ".join(dict.fromkeys(self.found))
            notes.append(f"Found online, not in the offline gazetteer ({OSM_CREDIT}): {names}")
        return notes
