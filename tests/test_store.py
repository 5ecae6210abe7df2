"""The SQLite store, on real files in tmp_path."""

from __future__ import annotations

import base64
import dataclasses
import multiprocessing
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from geo.errors import InputError, NotFoundError, StoreError
from geo.models import Candidate, Document, Event, Meeting, Mention, Place, Route, Stop, Story
from geo.store import MIGRATIONS, STORY_ID_RE, Store

TEXT = "Kim Jong Un took his armoured train from Pyongyang to Khasan and met Putin in Vladivostok."


def make_story(title: str = "Kim goes to Russia", doc_id: str = "") -> Story:
    pyongyang = Candidate(
        "Pyongyang", 39.03, 125.75, "city", "KP", "Pyongyang", geonames_id=1871859
    )
    vlad = Candidate(
        "Vladivostok", 43.1155, 131.8855, "city", "RU", "Primorye", geonames_id=2013348
    )
    hassan = Candidate("Hassan", 13.0, 76.1, "city", "IN", "Karnataka", score=0.2)
    places = [
        Place(Mention("Pyongyang", 41, 50), pyongyang, 0.9),
        Place(Mention("Khasan", 54, 60), None, 0.0, (hassan,)),
        Place(Mention("Vladivostok", 78, 89), vlad, 0.95, corrected=True),
    ]
    events = [
        Event(
            date(2023, 9, 12),
            "12 September",
            ("Kim Jong Un", "Vladimir Putin"),
            "meet",
            "meeting",
            places[2],
            TEXT,
            0,
            len(TEXT),
            date_precision="day",
        )
    ]
    route = Route(
        "Kim Jong Un",
        (
            Stop("Pyongyang", 39.03, 125.75, None, "origin"),
            Stop("Vladivostok", 43.1155, 131.8855, date(2023, 9, 12), "destination"),
        ),
        680.0,
    )
    meeting = Meeting("Vladivostok", 43.1155, 131.8855, date(2023, 9, 12), ("Kim", "Putin"), TEXT)
    doc = Document(doc_id, TEXT, title, date(2023, 9, 13), "wire")
    return Story(doc, places, events, [route], [meeting])


def with_id(story: Story, story_id: str) -> Story:
    return dataclasses.replace(story, document=dataclasses.replace(story.document, id=story_id))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "store.sqlite") as s:
        yield s


def test_save_load_round_trip(store: Store) -> None:
    story = make_story()
    story_id = store.save_story(story)
    assert store.load_story(story_id) == with_id(story, story_id)


def test_ids_are_unguessable_and_url_safe(store: Store) -> None:
    ids = {store.save_story(make_story()) for _ in range(30)}
    assert len(ids) == 30
    for story_id in ids:
        assert STORY_ID_RE.fullmatch(story_id)
        assert set(story_id) <= set(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
        )
        raw = base64.urlsafe_b64decode(story_id + "=" * (-len(story_id) % 4))
        assert len(raw) * 8 >= 96


def test_document_id_is_kept_but_not_used_as_story_id(store: Store) -> None:
    story_id = store.save_story(make_story(doc_id="reuters-0001"))
    assert story_id != "reuters-0001"
    assert store.load_story(story_id).document.id == story_id
    assert store._query("SELECT id FROM documents WHERE story_id = ?", (story_id,))[0][0] == (
        "reuters-0001"
    )


def test_saving_a_loaded_story_again_updates_it(store: Store) -> None:
    story_id = store.save_story(make_story(doc_id="src-7"))
    loaded = store.load_story(story_id)
    created = store.list_stories()[0].created
    loaded.places.pop()
    edited = dataclasses.replace(
        loaded, document=dataclasses.replace(loaded.document, title="Edited")
    )
    edited.events.clear()
    assert store.save_story(edited) == story_id
    [summary] = store.list_stories()
    assert (summary.id, summary.title, summary.n_places, summary.created) == (
        story_id,
        "Edited",
        2,
        created,
    )
    again = store.load_story(story_id)
    assert again == edited
    assert store._query("SELECT id FROM documents WHERE story_id = ?", (story_id,))[0][0] == (
        "src-7"
    )
    assert store._query("SELECT COUNT(*) FROM events WHERE story_id = ?", (story_id,))[0][0] == 0


def test_unknown_id_is_not_found_without_leaking_ids(store: Store) -> None:
    known = store.save_story(make_story())
    for bad in ["A" * 22, "x", "", "../../etc/passwd", "' OR 1=1 --", known + "?"]:
        with pytest.raises(NotFoundError) as info:
            store.load_story(bad)
        assert known not in str(info.value)
    with pytest.raises(NotFoundError):
        store.delete_story("B" * 22)


def test_list_and_search(store: Store) -> None:
    a = store.save_story(make_story("Kim goes to Russia"))
    b = store.save_story(dataclasses.replace(make_story("Floods in Kerala"), places=[]))
    c = store.save_story(make_story("100% certain_thing"))
    assert {s.id for s in store.list_stories()} == {a, b, c}
    assert [s.id for s in store.list_stories("kerala")] == [b]
    # place names and mentions are searched too
    assert {s.id for s in store.list_stories("vladivostok")} == {a, c}
    assert {s.id for s in store.list_stories("khasan")} == {a, c}
    # LIKE wildcards are literal
    assert [s.id for s in store.list_stories("%")] == [c]
    assert [s.id for s in store.list_stories("s_t")] == []  # "_" would match "goes to"
    assert [s.id for s in store.list_stories("n_thing")] == [c]
    summary = next(s for s in store.list_stories() if s.id == a)
    assert summary.published == date(2023, 9, 13) and summary.n_places == 3
    assert summary.created.tzinfo is not None


def test_delete_cascades(store: Store) -> None:
    story_id = store.save_story(make_story())
    store.save_view(story_id, "default", "layers=events&zoom=4")
    store.delete_story(story_id)
    with pytest.raises(NotFoundError):
        store.load_story(story_id)
    for table in ("documents", "places", "events", "routes", "meetings", "views"):
        assert store._query(f"SELECT COUNT(*) FROM {table}")[0][0] == 0, table
    assert store.list_stories() == []


def test_failed_save_leaves_nothing(store: Store) -> None:
    story = make_story()
    # a NULL latitude breaks a NOT NULL column after the story row was already written
    story.meetings.append(Meeting("Nowhere", None, 0.0, None, ()))  # type: ignore[arg-type]
    with pytest.raises(StoreError):
        store.save_story(story)
    for table in ("stories", "documents", "places", "events", "routes", "meetings"):
        assert store._query(f"SELECT COUNT(*) FROM {table}")[0][0] == 0, table
    # the handle still works afterwards
    assert store.load_story(store.save_story(make_story())).document.title == "Kim goes to Russia"


def test_pragmas_and_migrations_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    with Store(path) as store:
        story_id = store.save_story(make_story())
        assert store.schema_version() == max(v for v, _ in MIGRATIONS)
        assert store._query("PRAGMA journal_mode")[0][0] == "wal"
        assert store._query("PRAGMA foreign_keys")[0][0] == 1
        assert store._query("PRAGMA busy_timeout")[0][0] >= 1000
    for _ in range(2):
        with Store(path) as store:
            rows = store._query("SELECT version FROM schema_migrations ORDER BY version")
            assert [r[0] for r in rows] == sorted(v for v, _ in MIGRATIONS)
            assert store.load_story(story_id).document.title == "Kim goes to Russia"


def test_migration_registry_is_ordered_and_unique() -> None:
    versions = [v for v, _ in MIGRATIONS]
    assert versions == sorted(set(versions)) and versions[0] == 1


def test_env_var_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "nested" / "elsewhere.sqlite"
    monkeypatch.setenv("GEO_STORE", str(path))
    with Store() as store:
        assert store.path == path
        store.save_story(make_story())
    assert path.exists()


def test_unopenable_store_is_a_store_error(tmp_path: Path) -> None:
    not_a_db = tmp_path / "junk.sqlite"
    not_a_db.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError):
        Store(not_a_db)


def test_corrections_round_trip(store: Store) -> None:
    khasan = Candidate("Khasan", 42.424, 130.652, "city", "RU", "Primorye", 776, 2022586, "PPL")
    store.save_correction("Khasan", khasan)
    store.save_correction("  KHASAN ", dataclasses.replace(khasan, population=800))
    store.save_correction("Georgia", Candidate("Georgia", 42.0, 43.5, "country", "GE"), "caucasus")
    corrections = store.corrections()
    assert list(corrections) == ["khasan"]
    assert corrections["khasan"] == dataclasses.replace(khasan, population=800)
    assert store.corrections("caucasus")["georgia"].kind == "country"
    assert store.corrections("nobody") == {}
    with pytest.raises(InputError):
        store.save_correction("!!!", khasan)


def test_views(store: Store) -> None:
    story_id = store.save_story(make_story())
    store.save_view(story_id, "overview", "zoom=3")
    store.save_view(story_id, "overview", "zoom=5")
    store.save_view(story_id, "border", "zoom=9&center=42.4,130.6")
    assert store.views(story_id) == {"border": "zoom=9&center=42.4,130.6", "overview": "zoom=5"}
    with pytest.raises(NotFoundError):
        store.save_view("C" * 22, "x", "")


def test_queries_are_parameterised(store: Store) -> None:
    title = "Robert'); DROP TABLE stories;--"
    story_id = store.save_story(make_story(title))
    assert store.list_stories("DROP TABLE")[0].id == story_id
    assert store.load_story(story_id).document.title == title


# -------------------------------------------------------------------------------------------------
# two real processes writing into one file


def _save_many(path: str, tag: str, n: int) -> None:
    with Store(path) as store:
        for i in range(n):
            store.save_story(make_story(f"{tag} {i}"))


def test_two_processes_lose_nothing(tmp_path: Path) -> None:
    path = str(tmp_path / "shared.sqlite")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_save_many, args=(path, tag, 20)) for tag in ("left", "right")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    with Store(path) as store:
        titles = sorted(s.title for s in store.list_stories())
        assert titles == sorted(f"{tag} {i}" for tag in ("left", "right") for i in range(20))
        assert store._query("SELECT COUNT(*) FROM places")[0][0] == 40 * 3
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
