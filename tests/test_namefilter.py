"""The Bloom filter of gazetteer names (geo/namefilter.py) and its use by the gazetteer."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from geo.gazetteer import Gazetteer
from geo.namefilter import NameFilter


def test_every_name_built_in_is_let_through() -> None:
    names = [f"town {i}" for i in range(5000)]
    known = NameFilter.build(names)
    assert all(name in known for name in names)


def test_most_unknown_names_are_turned_away() -> None:
    known = NameFilter.build(f"town {i}" for i in range(5000))
    strangers = [f"person {i}" for i in range(20000)]
    let_through = sum(name in known for name in strangers)
    assert let_through < 0.02 * len(strangers)  # about 0.8 % with 10 bits per name


def test_an_empty_filter_holds_nothing() -> None:
    known = NameFilter.build([])
    assert "paris" not in known
    assert len(known.bits) == 8


def test_the_built_gazetteer_stores_a_filter_of_all_its_names(fixture_db: Path) -> None:
    with sqlite3.connect(fixture_db) as conn:
        norms = [row[0] for row in conn.execute("SELECT DISTINCT norm FROM names")]
        hashes, bits = conn.execute("SELECT hashes, bits FROM name_filter").fetchone()
    known = NameFilter(bytes(bits), hashes)
    assert norms and all(norm in known for norm in norms)


def test_a_gazetteer_without_a_filter_answers_the_same(
    fixture_db: Path, fixture_gazetteer: Gazetteer, tmp_path: Path
) -> None:
    """Files built before the filter existed: every name is queried, with the same answers."""
    old = tmp_path / "old.sqlite"
    shutil.copy(fixture_db, old)
    with sqlite3.connect(old) as conn:
        conn.execute("DROP TABLE name_filter")
    unfiltered = Gazetteer(old)
    try:
        assert unfiltered._known is None
        for name in ["Paris", "Springfield", "Kyiv", "Jordan Henderson", "Nowhereville", ""]:
            assert unfiltered.candidates(name) == fixture_gazetteer.candidates(name)
    finally:
        unfiltered.close()
