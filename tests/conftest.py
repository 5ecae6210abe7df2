"""Shared fixtures: a tiny gazetteer built from tests/fixtures and the real built one."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geo.build_data import (
    AdminRecord,
    CountryRecord,
    Sources,
    build_gazetteer,
    read_demonyms,
    read_supplement,
)
from geo.gazetteer import Gazetteer, default_path

FIXTURES = Path(__file__).parent / "fixtures"


def _cities_lines() -> Iterator[str]:
    with (FIXTURES / "cities500_sample.txt").open(encoding="utf-8") as fh:
        yield from fh


def _int_or_none(value: str) -> int | None:
    return int(value) if value else None


def load_fixture_sources() -> Sources:
    """Sources for the tiny gazetteer: fixture cities/countries/admins plus the real CSVs."""
    with (FIXTURES / "countries.csv").open(encoding="utf-8", newline="") as fh:
        countries = [
            CountryRecord(
                code=r["code"],
                iso3=r["iso3"],
                numeric=int(r["numeric"]),
                name=r["name"],
                population=int(r["population"]),
                geonames_id=_int_or_none(r["geonames_id"]),
                capital=r["capital"],
                lat=float(r["lat"]) if r["lat"] else None,
                lon=float(r["lon"]) if r["lon"] else None,
                aliases=tuple(a for a in r["aliases"].split("|") if a),
            )
            for r in csv.DictReader(fh)
        ]
    with (FIXTURES / "admin1.csv").open(encoding="utf-8", newline="") as fh:
        admins = [
            AdminRecord(
                country_code=r["country_code"],
                code=r["code"],
                name=r["name"],
                iso_code=r["iso_code"],
                geonames_id=_int_or_none(r["geonames_id"]),
                aliases=tuple(a for a in r["aliases"].split("|") if a),
            )
            for r in csv.DictReader(fh)
        ]
    return Sources(
        cities=_cities_lines,
        countries=countries,
        admins=admins,
        supplement=read_supplement(),
        demonyms=read_demonyms(),
        meta={"fixture": "tests/fixtures"},
    )


@pytest.fixture(scope="session")
def fixture_sources() -> Sources:
    return load_fixture_sources()


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory: pytest.TempPathFactory, fixture_sources: Sources) -> Path:
    out = tmp_path_factory.mktemp("gazetteer") / "fixture.sqlite"
    build_gazetteer(out, fixture_sources)
    return out


@pytest.fixture(scope="session")
def fixture_gazetteer(fixture_db: Path) -> Iterator[Gazetteer]:
    gaz = Gazetteer(fixture_db)
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def real_gazetteer() -> Iterator[Gazetteer]:
    """The real data/gazetteer.sqlite (built by `python -m geo.build_data` before tests)."""
    gaz = Gazetteer(default_path())
    yield gaz
    gaz.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium through Playwright, one per test session, with every flag that keeps
    it from calling out. A missing browser fails the browser tests: `make test` installs it."""
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS

    assert Path(CHROMIUM).is_file(), f"Chromium not found at {CHROMIUM}: run `make test`"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


DEMO_SEED = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / ("000_8ac453d4525ff693.txt")
)


@pytest.fixture
def dashboard_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The dashboard on a store, demo article and demo-id file of this test's own."""
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store.sqlite"))
    monkeypatch.setenv("GEO_DEMO", str(DEMO_SEED))
    monkeypatch.setattr("ui.DEMO_ID_FILE", tmp_path / "demo.id")
    yield
