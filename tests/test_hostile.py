"""Hostile and broken input (issue 8): nothing crashes, nothing is lost, nobody gets in.

Real parser, real store, real processes where it matters (concurrent writers, SIGKILL)."""

from __future__ import annotations

import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from geo.cli import main
from geo.errors import NotFoundError
from geo.highlight import highlight_html
from geo.maps import build_map
from geo.models import Candidate, Document, Event, Meeting, Mention, Place, Route, Stop, Story
from geo.pipeline import Pipeline, default_pipeline
from geo.store import Store, new_story_id

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Paris", "Berlin", "Cairo", "Amman", "Tokyo", "Lima", "Dhaka", "Kyiv", "Oslo", "Rome"]
ARTICLE = "Envoy in Cairo\n\nThe envoy flew from Amman to Cairo on Monday and met the minister."
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>`${alert(2)}`'


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


@pytest.fixture()
def store_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("GEO_STORE", str(path))
    return path


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return list(conn.iterdump())


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def geo_process(*args: str, env: dict[str, str], **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "geo", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("article.txt", ARTICLE)
    return buffer.getvalue()


# -- 1. files and text: refused in one line, exit 2, the store untouched -----------------------

REFUSED: list[tuple[str, str, bytes, str]] = [
    ("empty", "a.txt", b"", "empty"),
    ("whitespace", "a.txt", b" \n\t\r\n  \x0c", "empty"),
    ("nul-only", "a.txt", b"\x00" * 64, "binary"),
    ("png", "a.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "PNG"),
    ("jpeg", "photo.txt", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8, "JPEG"),
    ("gif", "a.html", b"GIF89a" + bytes(range(256)), "GIF"),
    ("webp", "a.md", b"RIFF\x00\x00\x00\x00WEBPVP8 " + bytes(64), "WebP"),
    ("pdf", "a.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)), "PDF"),
    ("zip", "a.csv", _zip(), "ZIP"),
    ("gzip", "a.jsonl", gzip.compress(ARTICLE.encode()), "gzip"),
    ("sqlite", "a.rss", b"SQLite format 3\x00" + bytes(100), "SQLite"),
    ("elf", "a.txt", b"\x7fELF\x02\x01\x01" + bytes(100), "executable"),
    ("random", "a.txt", bytes((i * 7919 + 13) % 256 for i in range(8192)), "binary"),
    ("control", "a.txt", b"Paris" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 4, "binary"),
    ("html-no-text", "a.html", b"<html><script>alert(1)</script><nav>Home</nav></html>", "no"),
    ("feed-no-items", "a.rss", b"<rss><channel><title>x</title></channel></rss>", "no <item>"),
    ("feed-broken", "a.xml", b"<rss><channel><item><title>x</rss>", "not a readable"),
    ("entity-bomb", "a.xml", b'<!DOCTYPE x [<!ENTITY a "aaaa">]><rss>&a;</rss>', "DTD"),
    ("csv-no-text-column", "a.csv", b"id,title\n1,Paris\n", "no 'text' column"),
]


@pytest.mark.parametrize(("case", "name", "data", "message"), REFUSED, ids=[r[0] for r in REFUSED])
def test_unusable_files_are_refused_in_one_line_and_nothing_stored_changes(
    case: str,
    name: str,
    data: bytes,
    message: str,
    tmp_path: Path,
    store_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    article = tmp_path / "kept.txt"
    article.write_text(ARTICLE)
    assert run_cli(capsys, "ingest", str(article))[0] == 0
    before = dump(store_path)
    path = tmp_path / name
    path.write_bytes(data)
    for command in ("parse", "ingest"):
        code, out, err = run_cli(capsys, command, str(path))
        assert code == 2, (case, command, err)
        assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err
        assert "Traceback" not in err and out == ""
    assert dump(store_path) == before


def test_twenty_megabytes_is_refused_naming_the_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    line = ("The envoy flew from Paris to Berlin. " * 30 + "\n").encode()
    with big.open("wb") as handle:
        for _ in range(20_000_000 // len(line) + 1):
            handle.write(line)
    code, _, err = run_cli(capsys, "parse", str(big))
    assert code == 2 and "1,000,000-byte limit" in err and "GEO_MAX_BYTES" in err
    monkeypatch.setenv("GEO_MAX_BYTES", "5000")
    small = tmp_path / "small.txt"
    small.write_bytes(line * 10)
    code, _, err = run_cli(capsys, "parse", str(small))
    assert code == 2 and "5,000-byte limit" in err


def test_an_article_longer_than_the_parser_takes_gets_a_clear_error(pipeline: Pipeline) -> None:
    from geo.errors import InputError

    with pytest.raises(InputError, match="GEO_MAX_BYTES"):
        pipeline.parse(Document("x", "a " * (pipeline.nlp.max_length // 2 + 1)))


DECODED: list[tuple[str, bytes]] = [
    ("utf-16-le-bom", ARTICLE.encode("utf-16")),
    ("utf-16-be-bom", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
    ("utf-16-le-no-bom", ARTICLE.encode("utf-16-le")),
    ("utf-16-be-no-bom", ARTICLE.encode("utf-16-be")),
    ("utf-16-odd-length", ARTICLE.encode("utf-16") + b"\x00"),
    ("utf-32-bom", ARTICLE.encode("utf-32")),
    ("utf-8-bom", b"\xef\xbb\xbf" + ARTICLE.encode()),
    ("latin-1", (ARTICLE + " Caf\u00e9 in Z\u00fcrich.").encode("latin-1")),
    ("cp1252-quotes", (ARTICLE + " \u201cTalks\u201d \u2013 fine.").encode("cp1252")),
    ("crlf", ARTICLE.replace("\n", "\r\n").encode()),
    ("nul-sprinkled", ARTICLE.encode() + b"\x00"),
]


@pytest.mark.parametrize(("case", "data"), DECODED, ids=[d[0] for d in DECODED])
def test_other_encodings_are_detected_and_decoded(
    case: str, data: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    code, out, err = run_cli(capsys, "parse", str(path))
    assert code == 0, err
    story = json.loads(out)
    names = {p["name"] for p in story["places"]}
    assert {"Amman", "Cairo"} <= names, (case, names)


MIXED = (
    "Делегация из Москвы прибыла в Пекин. 代表团抵达北京。 وصل الوفد إلى القاهرة.\n\n"
    "The envoy flew from Amman to Cairo. 🚆➡️🇷🇺 Ζήτω! עברית\u200f\u202e reversed \u202c"
    " combining a\u0301\u0302\u0303 and \ufeff zero width\u200b joiners.\n"
)


def test_mixed_scripts_long_lines_and_many_places(
    pipeline: Pipeline, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = {
        "mixed.txt": MIXED,
        "long-line.txt": "The envoy flew from Amman to Cairo. " + "x" * 100_000 + " end",
        "no-spaces.txt": "Paris" * 20_000,
        "many-places.txt": "Cities visited: "
        + ", ".join(PLACES[i % len(PLACES)] for i in range(2_000))
        + ".\n\n"
        + " ".join(
            f"The envoy flew from {PLACES[i % 10]} to {PLACES[(i + 3) % 10]}." for i in range(500)
        ),
    }
    for name, text in cases.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        started = time.monotonic()
        code, out, err = run_cli(capsys, "parse", str(path))
        assert code == 0, (name, err)
        story = json.loads(out)
        assert_offsets(text.replace("\r\n", "\n"), story)
        if name == "many-places.txt":
            assert len(story["places"]) >= 2_000
            assert time.monotonic() - started < 120, "thousands of places must not be quadratic"


def assert_offsets(text: str, story: dict[str, Any]) -> None:
    for place in story["places"]:
        assert text[place["start"] : place["end"]] == place["mention"]
    for event in story["events"]:
        assert text[event["start"] : event["end"]] == event["sentence"]


# -- 2. batches: bad records named, the others processed, exit code 1 ---------------------------


def test_csv_batch_with_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "batch.csv"
    path.write_text(
        "id,text,published,title,source\n"
        "a,The envoy flew from Amman to Cairo.,2024-01-02,Envoy,wire\n"
        "b,Floods hit Dhaka.\n"
        "c,,2024-01-01,No text,wire\n"
        "d,Talks opened in Oslo.,2024-13-01,Oslo,wire\n"
        "e,Talks opened in Oslo.,,Oslo,wire\n"
    )
    code, out, err = run_cli(capsys, "parse", str(path))
    assert code == 1
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["a", "e"]
    lines = err.splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "row 2 (line 3)",
        "row 3 (line 4)",
        "row 4 (line 5)",
    ]
    assert "has 2 fields" in lines[0] and 'no "text"' in lines[1] and "invalid date" in lines[2]


def test_jsonl_ingest_with_bad_lines_stores_the_good_ones(
    tmp_path: Path, store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "a", "text": ARTICLE, "title": XSS}),
                '{"id": "b", "text": "unterminated',
                json.dumps({"id": "c", "title": "no text"}),
                json.dumps({"id": "d", "text": "   "}),
                json.dumps({"id": "e", "text": "Floods hit Dhaka.", "published": "2024-02-30"}),
                json.dumps({"id": "f", "text": "Floods hit Dhaka on Monday."}),
            ]
        )
    )
    code, out, err = run_cli(capsys, "ingest", str(path))
    assert code == 1
    assert len(out.splitlines()) == 2 and all("?story=" in line for line in out.splitlines())
    assert [e.split(":")[1].strip() for e in err.splitlines()] == [
        "line 2",
        "line 3",
        "line 4",
        "line 5",
    ]
    with Store(store_path) as store:
        titles = {s.title for s in store.list_stories()}
    assert titles == {XSS, "Floods hit Dhaka on Monday."}


def test_parse_accepts_html_markdown_and_feeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><meta property="og:title" content="Envoy in Cairo">'
        '<meta property="article:published_time" content="2024-05-06T10:00:00Z">'
        f"<script>{XSS}</script></head><body><nav>Home Paris London</nav>"
        f"<article><p>The envoy flew from Amman to Cairo.</p><p>{XSS.replace('<', '&lt;')}</p>"
        "</article></body></html>"
    )
    code, out, err = run_cli(capsys, "parse", str(page))
    assert code == 0, err
    story = json.loads(out)
    assert story["title"] == "Envoy in Cairo"
    assert {p["name"] for p in story["places"]} == {"Amman", "Cairo"}  # nav's Paris dropped
    code, out, err = run_cli(capsys, "parse", str(page), "--published", "2020-01-01")
    assert code == 0
    feed = tmp_path / "feed.rss"
    feed.write_text(
        "<rss><channel><item><title>Envoy in Cairo</title><guid>one</guid>"
        "<description>The envoy flew from Amman to Cairo.</description></item>"
        "<item><title></title></item>"
        "<item><title>Floods</title><description>Floods hit Dhaka.</description></item>"
        "</channel></rss>"
    )
    code, out, err = run_cli(capsys, "parse", str(feed))
    assert code == 1 and "item 2" in err
    ids = [json.loads(line)["id"] for line in out.splitlines()]
    assert len(ids) == 2 and ids[0] == "one"


# -- 3. HTML and XSS: escaped in map popups/tooltips, the highlighted article and page tables ----


def hostile_story() -> Story:
    text = f"{XSS}\n\nThe envoy flew from Amman to Cairo. {XSS}"
    start = text.index("Amman")
    cand = Candidate(XSS, 31.95, 35.93, "city", "JO", population=4_000_000, geonames_id=1)
    cairo = Candidate("Cairo", 30.04, 31.24, "city", "EG", population=9_000_000, geonames_id=2)
    mention = Mention(text[start : start + 5], start, start + 5)
    amman = Place(mention, cand, 0.9, (cairo,))
    cstart = text.index("Cairo")
    cairo_place = Place(Mention("Cairo", cstart, cstart + 5), cairo, 0.9)
    sentence_start = text.index("The envoy")
    event = Event(
        date(2024, 1, 1),
        XSS,
        (XSS,),
        XSS,
        "travel",
        amman,
        text[sentence_start:],
        sentence_start,
        len(text),
        role="origin",
    )
    stops = (
        Stop(XSS, 31.95, 35.93, date(2024, 1, 1), "origin"),
        Stop("Cairo", 30.04, 31.24, date(2024, 1, 2), "destination"),
    )
    route = Route(XSS, stops, 500.0)
    meeting = Meeting(XSS, 30.04, 31.24, date(2024, 1, 2), (XSS, "B"), XSS)
    document = Document("doc", text, XSS, date(2024, 1, 1), XSS)
    return Story(document, [amman, cairo_place], [event], [route], [meeting])


def assert_no_live_markup(page: str, in_js: bool = True) -> None:
    assert "<script>alert" not in page
    assert "<img src=x onerror" not in page
    if in_js:  # folium writes popups into JS template literals: `${...}` would run there
        assert "${alert(2)}" not in page and "`${" not in page


def test_map_html_escapes_article_text_and_names() -> None:
    story = hostile_story()
    page = build_map(story).get_root().render()
    assert_no_live_markup(page)
    assert "&lt;script&gt;alert" in page  # shown as text
    exported = build_map(story, article_url="/article?story=x").get_root().render()
    assert_no_live_markup(exported)


def test_highlight_html_escapes_article_text_and_names() -> None:
    story = hostile_story()
    page = highlight_html(story.document.text, story.places)
    assert_no_live_markup(page, in_js=False)
    assert page.count("&lt;script&gt;") == 3 and "<mark" in page  # text twice, a title once


HOSTILE_TITLE = '<script>alert("title")</script><img src=x onerror=alert("title")>'
HOSTILE_ARTICLE = (
    "Kim Jong Un left Pyongyang by train on Sunday <img src=x onerror=alert(2)> and arrived in "
    "Vladivostok, where he met Vladimir Putin <script>alert(3)</script> on Wednesday.\n\n"
    "Officials in Khasan said <img src=x onerror=alert(4)> the train passed on Monday."
)
HOSTILE_ACTOR = "<img src=x onerror=alert(5)>Kim"


def parsed_hostile_story(pipeline: Pipeline) -> Story:
    """A parsed article with markup in its title and sentences, and (since the parser rarely
    keeps markup in a name) the travelling actor renamed to markup."""
    from dataclasses import replace

    document = Document("hostile", HOSTILE_ARTICLE, HOSTILE_TITLE, date(2023, 9, 11), "test")
    story = pipeline.parse(document)
    assert story.routes and story.meetings, "the article should give a route and a meeting"
    actor = story.routes[0].actor
    story.routes = [replace(r, actor=HOSTILE_ACTOR) for r in story.routes]
    story.meetings = [
        replace(m, participants=(HOSTILE_ACTOR, *m.participants)) for m in story.meetings
    ]
    story.events = [
        replace(e, actors=tuple(HOSTILE_ACTOR if a == actor else a for a in e.actors))
        for e in story.events
    ]
    return story


def test_exported_html_escapes_title_sentences_and_actors(pipeline: Pipeline) -> None:
    from geo import export

    story = parsed_hostile_story(pipeline)
    page = export.to_html(story)
    for live in ("<script>alert", "<img src=x onerror", "onerror=alert(5)>Kim"):
        assert live not in page, live
    title = page[page.index("<title>") : page.index("</title>")]
    assert "&lt;script&gt;" in title
    assert "&lt;img src=x onerror=alert(2)&gt;" in page  # the sentence, shown as text
    assert "&lt;img src=x onerror=alert(5)&gt;Kim" in page  # the actor, shown as text


@pytest.mark.browser
def test_exported_html_runs_no_injected_script_in_chromium(
    pipeline: Pipeline, browser: Any, tmp_path: Path
) -> None:
    """Open every popup and tooltip of the exported page: no dialog, no injected element."""
    from geo import export

    page_file = tmp_path / "hostile.html"
    page_file.write_text(export.to_html(parsed_hostile_story(pipeline)), encoding="utf-8")
    context = browser.new_context(offline=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(page_file.as_uri())
    page.wait_for_function(f"window.{export.READY_FLAG} === true", timeout=20_000)
    shown = page.evaluate(
        """() => {
            const texts = [];
            const maps = Object.values(window).filter((v) => v instanceof L.Map);
            for (const map of maps) {
                map.eachLayer((layer) => {
                    for (const [get, open] of [["getPopup", "openPopup"],
                                               ["getTooltip", "openTooltip"]]) {
                        if (layer[get] && layer[get]()) {
                            layer[open]();
                            const el = layer[get]().getElement();
                            if (el) { texts.push(el.textContent); }
                        }
                    }
                });
            }
            return texts;
        }"""
    )
    page.wait_for_timeout(500)  # an injected onerror would fire by now
    assert dialogs == []
    assert page.locator("img[src='x'], img[onerror]").count() == 0
    assert page.title().startswith('<script>alert("title")</script>')  # the title, as text
    text = " ".join(shown)
    assert "<img src=x onerror=alert(5)>Kim" in text  # the actor, as text
    assert "onerror=alert(2)" in text or "onerror=alert(4)" in text  # a sentence, as text
    context.close()


# -- 5. the store: concurrent writers, SIGKILL, share ids ----------------------------------------


def _jsonl(path: Path, prefix: str, count: int) -> None:
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": f"{prefix}{i}",
                    "title": f"{prefix}-{i}",
                    "text": f"Report {prefix} {i}. The envoy flew from {PLACES[i % 10]} to "
                    f"{PLACES[(i + 1) % 10]} on Monday.",
                }
            )
            for i in range(count)
        )
    )


DASHBOARD_WRITER = textwrap.dedent(
    """
    import sys
    from geo.models import Document, Story
    from geo.store import Store
    with Store(sys.argv[1]) as store:
        for i in range(int(sys.argv[2])):
            store.save_story(Story(Document(f"dash{i}", f"Dashboard story {i}", f"dash-{i}")))
    """
)


def test_two_ingest_processes_and_a_third_writer_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "shared.sqlite"
    env = {"GEO_STORE": str(path)}
    _jsonl(tmp_path / "a.jsonl", "a", 12)
    _jsonl(tmp_path / "b.jsonl", "b", 12)
    procs = [
        geo_process("ingest", str(tmp_path / "a.jsonl"), env=env),
        geo_process("ingest", str(tmp_path / "b.jsonl"), env=env),
        subprocess.Popen(
            [sys.executable, "-c", DASHBOARD_WRITER, str(path), "30"],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        ),
    ]
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err.decode()
    links = results[0][0].decode().split() + results[1][0].decode().split()
    assert len(links) == 24
    with Store(path) as store:
        titles = {s.title for s in store.list_stories()}
        for link in links:
            assert store.load_story(link.rsplit("=", 1)[1]).places
    expected = {f"a-{i}" for i in range(12)} | {f"b-{i}" for i in range(12)}
    expected |= {f"dash-{i}" for i in range(30)}
    assert titles == expected
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


KILLED_MID_SAVE = textwrap.dedent(
    """
    import sys, time
    from geo.models import Candidate, Document, Mention, Place, Story
    from geo.store import Store

    class Slow:  # the real connection, pausing inside the transaction after the places
        def __init__(self, conn):
            self.conn = conn
        def execute(self, *args):
            return self.conn.execute(*args)
        def executemany(self, sql, rows):
            result = self.conn.executemany(sql, rows)
            if "INSERT INTO places" in sql:
                print("inside", flush=True)
                time.sleep(60)
            return result
        def close(self):
            self.conn.close()

    store = Store(sys.argv[1])
    store._conn = Slow(store._conn)
    place = Place(Mention("Oslo", 0, 4), Candidate("Oslo", 59.9, 10.7, "city", "NO"), 0.9)
    store.save_story(Story(Document("k", "Oslo is cold.", "killed"), [place]))
    """
)


def _consistent(path: Path) -> set[str]:
    """Every story fully there (document, places as its JSON says); returns the titles."""
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        titles = set()
        for story_id, title, story_json in conn.execute(
            "SELECT id, title, story_json FROM stories"
        ):
            data = json.loads(story_json)
            n_places = conn.execute(
                "SELECT COUNT(*) FROM places WHERE story_id = ?", (story_id,)
            ).fetchone()[0]
            assert n_places == len(data["places"])
            assert conn.execute(
                "SELECT 1 FROM documents WHERE story_id = ?", (story_id,)
            ).fetchone()
            titles.add(title)
        orphans = conn.execute(
            "SELECT COUNT(*) FROM places WHERE story_id NOT IN (SELECT id FROM stories)"
        ).fetchone()[0]
        assert orphans == 0
    return titles


def test_sigkill_inside_the_transaction_leaves_the_story_absent(tmp_path: Path) -> None:
    path = tmp_path / "killed.sqlite"
    with Store(path) as store:
        store.save_story(Story(Document("before", "Rain in Lima.", "before")))
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_SAVE, str(path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == b"inside", proc.stderr.read() if proc.stderr else ""
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert _consistent(path) == {"before"}
    with Store(path) as store:  # and the store is writable again
        store.save_story(Story(Document("after", "Rain in Quito.", "after")))
    assert _consistent(path) == {"before", "after"}


def test_sigkill_of_a_real_ingest_keeps_every_story_whole(tmp_path: Path) -> None:
    path = tmp_path / "ingest.sqlite"
    _jsonl(tmp_path / "many.jsonl", "k", 60)
    proc = geo_process("ingest", str(tmp_path / "many.jsonl"), env={"GEO_STORE": str(path)})
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert b"?story=" in first, proc.stderr.read() if proc.stderr else b""
    time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    titles = _consistent(path)
    assert 1 <= len(titles) <= 60 and titles <= {f"k-{i}" for i in range(60)}


def test_share_ids_are_unguessable_and_wrong_ids_reveal_nothing(store_path: Path) -> None:
    ids = {new_story_id() for _ in range(2_000)}
    assert len(ids) == 2_000
    assert all(len(i) == 22 for i in ids)  # 22 base64url characters = 132 >= 128 random bits
    assert not any(i.startswith("-") for i in ids)  # `--story ID` would read it as an option
    with Store(store_path) as store:
        real = store.save_story(Story(Document("x", "Secret story in Oslo.", "secret")))
        for wrong in ["A" * 22, real[:-1] + ("A" if real[-1] != "A" else "B"), "' OR 1=1 --", ""]:
            with pytest.raises(NotFoundError) as info:
                store.load_story(wrong)
            message = str(info.value)
            assert real not in message and "secret" not in message.casefold()
            assert not store.exists(wrong)
        assert [s.title for s in store.list_stories("%' OR '1'='1")] == []
    app = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    app.query_params["story"] = "' OR 1=1 --"
    app.run()
    assert not app.exception and any("not found" in e.value for e in app.error)
    assert "Secret" not in " ".join(str(m.value) for m in app.markdown)


# -- 6. online geocoding, with a stub service (no network) --------------------------------------


class StubGazetteer:
    attribution = "Places: GeoNames"

    def geocode(self, query: str, **_: Any) -> Any:
        from geopy.location import Location

        return Location(f"{query} (offline)", (1.0, 2.0), {"source": "offline"})


class StubService:
    def __init__(self, fail: Exception | None = None) -> None:
        self.fail = fail
        self.calls: list[tuple[str, float, dict[str, Any]]] = []

    def geocode(self, query: str, **kwargs: Any) -> Any:
        from geopy.location import Location

        self.calls.append((query, time.monotonic(), kwargs))
        if self.fail is not None:
            raise self.fail
        return Location(f"{query} (online)", (3.0, 4.0), {"source": "online"})


def _online(tmp_path: Path, service: StubService, delay: float = 0.0) -> Any:
    from geo.online import OnlineGeocoder

    return OnlineGeocoder(
        StubGazetteer(),  # type: ignore[arg-type]
        enabled=True,
        cache_path=tmp_path / "cache.sqlite",
        geocoder=service,  # type: ignore[arg-type]
        min_delay_seconds=delay,
    )


@pytest.mark.parametrize("error", ["timeout", "quota"])  # no retry: falls back at once
def test_failed_online_service_falls_back_offline_with_a_note(tmp_path: Path, error: str) -> None:
    from geopy.exc import GeocoderQuotaExceeded, GeocoderTimedOut, GeocoderUnavailable

    failure = {
        "timeout": GeocoderTimedOut("took too long"),
        "unavailable": GeocoderUnavailable("down"),
        "quota": GeocoderQuotaExceeded("slow down"),
    }[error]
    geocoder = _online(tmp_path, StubService(failure))
    location = geocoder.geocode("Khasan", timeout=2)
    assert location.address == "Khasan (offline)"
    assert len(geocoder.notes) == 1 and "offline gazetteer" in geocoder.notes[0]
    geocoder.close()


def test_online_answers_are_rate_limited_cached_and_time_limited(tmp_path: Path) -> None:
    service = StubService()
    geocoder = _online(tmp_path, service, delay=0.2)
    for query in ["Khasan", "Tumangang", "Rason", "Khasan"]:
        assert geocoder.geocode(query, timeout=3).address == f"{query} (online)"
    assert [c[0] for c in service.calls] == ["Khasan", "Tumangang", "Rason"]  # cached
    gaps = [b[1] - a[1] for a, b in zip(service.calls, service.calls[1:], strict=False)]
    assert all(gap >= 0.19 for gap in gaps), gaps
    assert all(c[2].get("timeout") == 3 for c in service.calls)
    geocoder.close()


def test_online_off_never_calls_the_service(tmp_path: Path) -> None:
    from geo.online import OnlineGeocoder

    service = StubService()
    geocoder = OnlineGeocoder(StubGazetteer(), enabled=False, geocoder=service)  # type: ignore[arg-type]
    assert geocoder.geocode("Khasan").address == "Khasan (offline)" and not service.calls


# -- the dashboard: one-line errors, batch uploads with a progress bar and an error list ---------


class Upload:
    def __init__(self, name: str, data: bytes) -> None:
        self.name, self.data = name, data

    def getvalue(self) -> bytes:
        return self.data


@pytest.fixture()
def page_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("GEO_STORE", str(path))
    monkeypatch.setattr("ui.DEMO_ID_FILE", tmp_path / "demo.id")
    yield path


def ingest_page(monkeypatch: pytest.MonkeyPatch, upload: Upload | None = None) -> AppTest:
    import streamlit

    monkeypatch.setattr(streamlit, "file_uploader", lambda *a, **k: upload)
    return AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=120)


@pytest.mark.parametrize(
    ("pasted", "message"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 3_000, "2,000-byte limit"),  # GEO_MAX_BYTES=2000 below
    ],
)
def test_paste_errors_are_one_line(
    page_env: Path, monkeypatch: pytest.MonkeyPatch, pasted: str, message: str
) -> None:
    monkeypatch.setenv("GEO_MAX_BYTES", "2000")
    app = ingest_page(monkeypatch).run()
    app.text_area[0].input(pasted)
    app.button[0].click().run()
    assert not app.exception
    errors = [e.value for e in app.error]
    assert len(errors) == 1 and "\n" not in errors[0]
    assert message in errors[0]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.txt", b"", "empty"),
        ("photo.txt", b"\xff\xd8\xff\xe0" + bytes(range(256)), "JPEG"),
        ("a.pdf.txt", b"%PDF-1.4" + bytes(range(256)), "PDF"),
        ("a.csv", _zip(), "ZIP"),
        ("a.html", b"<script>alert(1)</script>", "no article text"),
    ],
)
def test_upload_errors_are_one_line_and_store_nothing(
    page_env: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, message: str
) -> None:
    app = ingest_page(monkeypatch, Upload(name, data)).run()
    assert not app.exception
    errors = [e.value for e in app.error]
    assert len(errors) == 1 and message in errors[0] and "\n" not in errors[0]
    with Store(page_env) as store:
        assert store.list_stories() == []


def test_upload_html_prefills_title_and_date_and_stores(
    page_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (
        '<html><head><meta property="og:title" content="Envoy in Cairo">'
        '<meta property="article:published_time" content="2024-05-06">'
        f"</head><body><article><p>The envoy flew from Amman to Cairo.</p><p>{XSS}</p>"
        "</article></body></html>"
    )
    app = ingest_page(monkeypatch, Upload("page.html", page.encode())).run()
    assert not app.exception
    assert app.text_input[2].value == "Envoy in Cairo" and app.text_input[3].value == "2024-05-06"
    app.text_input[2].input("Edited title")
    app.button[1].click().run()
    assert not app.exception and any("Stored 1 story" in s.value for s in app.success)
    with Store(page_env) as store:
        (summary,) = store.list_stories()
        story = store.load_story(summary.id)
    assert summary.title == "Edited title" and summary.published == date(2024, 5, 6)
    text = story.document.text
    assert "<script" not in text and "onerror" not in text and "Cairo" in text


def test_upload_batch_shows_progress_and_per_row_errors(
    page_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [
        "id,text,published,title,source",
        "a,The envoy flew from Amman to Cairo.,2024-01-02,Envoy,wire",
        "b,missing columns",
        f'c,Floods hit Dhaka.,,"{XSS.replace(chr(34), chr(39))}",wire',
        "d,,2024-01-01,No text,wire",
    ]
    app = ingest_page(monkeypatch, Upload("batch.csv", "\n".join(rows).encode())).run()
    assert not app.exception
    assert any("2 articles" in i.value for i in app.info)
    app.button[1].click().run()
    assert not app.exception
    assert any("Stored 2 stories" in s.value for s in app.success)
    (table,) = app.dataframe
    assert list(table.value["where"]) == ["row 2 (line 3)", "row 4 (line 5)"]
    links = " ".join(str(m.value) for m in app.markdown)
    assert "<script>" not in links and "&lt;script&gt;" in links
    with Store(page_env) as store:
        assert len(store.list_stories()) == 2


# -- 7. property-based: the real parser never crashes and its offsets point into the text -------

WORDS = st.sampled_from(
    [
        *PLACES,
        "flew to",
        "from",
        "met",
        "in",
        "on Monday",
        "on 12 March 2024",
        "Kim Jong Un",
        "the border city of",
        "Related stories",
        ".",
        ",",
        "\n\n",
        "\n- ",
        "  ",
        "’",
        "Москва",
        "北京",
        "🚆",
        "\u200b",
        "\t",
    ]
)
ARTICLES = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS | st.text(max_size=8), max_size=60).map(" ".join),
    st.lists(WORDS, max_size=80).map("".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=ARTICLES, published=st.none() | st.dates())
def test_parser_never_crashes_and_offsets_point_into_the_text(
    text: str, published: date | None
) -> None:
    story = default_pipeline().parse(Document("p", text, "", published))
    for place in story.places:
        mention = place.mention
        assert 0 <= mention.start <= mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    for event in story.events:
        assert 0 <= event.start <= event.end <= len(text)
        assert text[event.start : event.end] == event.sentence
    highlight_html(text, story.places)


@settings(max_examples=60, deadline=None)
@given(data=st.binary(max_size=600) | ARTICLES.map(lambda t: t.encode("utf-16")))
def test_any_upload_gives_documents_or_one_input_error(data: bytes) -> None:
    from geo.errors import InputError
    from geo.extract import documents_from_upload

    for name in ("a.txt", "a.html", "a.rss", "a.csv", "a.jsonl", "a.md"):
        try:
            documents, errors = documents_from_upload(name, data)
        except InputError as exc:
            assert "\n" not in str(exc)
            continue
        assert all(d.text.strip() for d in documents)
        assert all("\n" not in str(e) for e in errors)
