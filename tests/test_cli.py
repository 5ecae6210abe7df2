"""The command line as a script would use it: real processes, real gazetteer and model."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
SCHEMA = json.loads((ROOT / "docs" / "parse.schema.json").read_text())


def geo(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None):
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        input=data,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def seed_json() -> dict:
    done = geo("parse", str(SEED), "--published", "2023-09-11")
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def test_parse_output_validates_against_the_schema(seed_json: dict) -> None:
    jsonschema.validate(seed_json, SCHEMA)


def test_parse_seed_route_meeting_and_sections(seed_json: dict) -> None:
    route = seed_json["routes"][0]
    assert [s["place"] for s in route["stops"]] == ["Pyongyang", "Khasan", "Vladivostok"]
    assert route["stops"][0]["date"] == "2023-09-10"
    meeting = seed_json["meetings"][0]
    assert (meeting["place"], meeting["date"]) == ("Vladivostok", "2023-09-12")
    khasan = next(p for p in seed_json["places"] if p["mention"] == "Khasan")
    assert abs(khasan["lat"] - 42.42) < 0.2 and abs(khasan["lon"] - 130.65) < 0.2
    sections = {p["mention"]: p["section"] for p in seed_json["places"]}
    assert sections["Thailand"] == "related" and sections["Pyongyang"] == "main"
    assert "GeoNames" in seed_json["attribution"]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["parse", "-"], b"", "empty"),
        (["parse", "-"], b"   \n\t  ", "empty"),
        (["parse", "-"], b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG"),
        (["parse", "-"], b"%PDF-1.7\n" + bytes(range(256)), "PDF"),
        (["parse", "/no/such/file.txt"], None, "no such file"),
        (["parse", "-", "--published", "2023-02-30"], b"Paris", "invalid date"),
        (["parse", "-", "--published", "yesterday"], b"Paris", "invalid date"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(
    args: list[str], stdin: bytes | None, message: str
) -> None:
    done = geo(*args, stdin=stdin)
    err = done.stderr.decode()
    assert done.returncode == 2
    assert err.count("\n") == 1 and err.startswith("error: "), err
    assert message in err
    assert "Traceback" not in err and done.stdout == b""


def test_parse_jsonl_keeps_ids_and_reports_bad_lines() -> None:
    lines = [
        json.dumps(
            {"id": "a", "text": "The envoy flew from Cairo to Amman.", "published": "2024-01-02"}
        ),
        "{not json",
        json.dumps({"id": "b", "text": "Floods hit Dhaka on Monday."}),
        json.dumps({"id": "c"}),
    ]
    done = geo("parse", "--jsonl", "-", stdin="\n".join(lines))
    assert done.returncode == 1
    out = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    for obj in out:
        jsonschema.validate(obj, SCHEMA)
    errors = done.stderr.decode().splitlines()
    assert any("line 2" in e for e in errors) and any("line 4" in e for e in errors)
    assert {p["name"] for p in out[0]["places"]} >= {"Cairo", "Amman"}


def test_ingest_prints_a_share_link(tmp_path: Path) -> None:
    env = {"GEO_STORE": str(tmp_path / "store.sqlite")}
    done = geo("ingest", str(SEED), "--published", "2023-09-11", env=env)
    assert done.returncode == 0, done.stderr.decode()
    link = done.stdout.decode().strip()
    match = re.fullmatch(r"http://localhost:8501/\?story=([A-Za-z0-9_-]{22})", link)
    assert match
    from geo.store import Store

    with Store(tmp_path / "store.sqlite") as store:
        story = store.load_story(match.group(1))
    assert story.routes and story.routes[0].stops[0].place == "Pyongyang"


TOUR = [str(ROOT / "tests" / "fixtures" / f"tour_{n}.txt") for n in ("hanoi", "bangkok")]
TOUR_DATES = ["--published", "2024-03-06", "--published", "2024-03-08"]


def test_parse_several_articles_gives_one_combined_story() -> None:
    done = geo("parse", *TOUR, *TOUR_DATES)
    assert done.returncode == 0, done.stderr.decode()
    story = json.loads(done.stdout)  # one object, not JSON lines
    jsonschema.validate(story, SCHEMA)
    assert [(d["title"], d["published"]) for d in story["documents"]] == [
        ("Wong arrives in Hanoi", "2024-03-06"),
        ("Wong reaches Bangkok on last leg of tour", "2024-03-08"),
    ]
    stops = [(s["place"], s["date"]) for s in story["routes"][0]["stops"]]
    assert stops == [
        ("Canberra", "2024-03-03"),
        ("Manila", "2024-03-03"),
        ("Hanoi", "2024-03-05"),
        ("Bangkok", "2024-03-07"),
    ]
    assert any(len(e.get("sources", [])) == 2 for e in story["events"])


def test_published_must_be_given_once_or_once_per_file() -> None:
    done = geo("parse", *TOUR, "--published", "2024-03-06", *TOUR_DATES)
    assert done.returncode == 2 and b"once per file" in done.stderr


def test_ingest_several_articles_stores_one_story(tmp_path: Path) -> None:
    env = {"GEO_STORE": str(tmp_path / "store.sqlite")}
    done = geo("ingest", *TOUR, *TOUR_DATES, "--title", "Wong's tour", env=env)
    assert done.returncode == 0, done.stderr.decode()
    links = done.stdout.decode().split()
    assert len(links) == 1
    story_id = links[0].rsplit("=", 1)[1]
    from geo.store import Store

    with Store(tmp_path / "store.sqlite") as store:
        story = store.load_story(story_id)
    assert story.document.title == "Wong's tour" and len(story.parts) == 2
    assert [s.place for s in story.routes[0].stops][-1] == "Bangkok"
