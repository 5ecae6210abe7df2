"""Optional online geocoding: Nominatim behind a rate limiter and a disk cache, offline fallback.

Off by default. Enable with ``GEO_ONLINE=1`` or ``OnlineGeocoder(enabled=True)``. Any geopy
service error falls back to the offline gazetteer and records a note in ``notes``.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from geopy.exc import GeocoderServiceError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.gazetteer import REPO_ROOT, Gazetteer

log = logging.getLogger(__name__)

USER_AGENT = "geo-news-map/0.1 (offline-first news event mapping dashboard)"
DEFAULT_CACHE = REPO_ROOT / "data" / "cache" / "geocode_cache.sqlite"
ENV_ONLINE = "GEO_ONLINE"


def online_enabled() -> bool:
    """True when the environment asks for online geocoding (GEO_ONLINE=1)."""
    return os.environ.get(ENV_ONLINE, "").strip().lower() in {"1", "true", "yes", "on"}


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


class OnlineGeocoder:
    """Nominatim (rate limited to 1 request/s, disk cached) chained with the offline gazetteer.

    When disabled every call goes straight to the offline gazetteer and no network is used.
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
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()
        self.enabled = online_enabled() if enabled is None else enabled
        self.notes: list[str] = []
        self._cache: _DiskCache | None = None
        self._geocode: Callable[..., Any] | None = None
        if self.enabled:
            if geocoder is None:
                from geopy.geocoders import Nominatim

                geocoder = Nominatim(user_agent=user_agent)
            self._geocode = RateLimiter(
                geocoder.geocode,
                min_delay_seconds=min_delay_seconds,
                max_retries=1,
                swallow_exceptions=False,
            )
            self._cache = _DiskCache(Path(cache_path) if cache_path else DEFAULT_CACHE)

    @property
    def attribution(self) -> str:
        """Credits for the data this geocoder may return."""
        extra = " Online results: OpenStreetMap contributors (ODbL) via Nominatim."
        return self.gazetteer.attribution + (extra if self.enabled else "")

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

        if not self.enabled or self._geocode is None or self._cache is None:
            return offline()
        codes = (
            None
            if country_codes is None
            else sorted({country_codes} if isinstance(country_codes, str) else set(country_codes))
        )
        key = json.dumps([query.strip().casefold(), exactly_one, codes])
        hit, value = self._cache.get(key)
        if not hit:
            try:
                kwargs: dict[str, Any] = {"exactly_one": exactly_one}
                if codes:
                    kwargs["country_codes"] = [c.lower() for c in codes]
                if timeout is not None:
                    kwargs["timeout"] = timeout
                answer = self._geocode(query, **kwargs)
            except GeocoderServiceError as exc:
                note = f"online geocoder failed for {query!r} ({exc}); used the offline gazetteer"
                log.warning(note)
                self.notes.append(note)
                return offline()
            if answer is None:
                value = None
            elif isinstance(answer, list):
                value = [_dump(loc) for loc in answer]
            else:
                value = _dump(answer)
            self._cache.put(key, value)
        if not value:
            return offline()
        if isinstance(value[0], list):
            return [_load(item) for item in value]
        return _load(value)

    def close(self) -> None:
        """Close the disk cache."""
        if self._cache is not None:
            self._cache.close()
