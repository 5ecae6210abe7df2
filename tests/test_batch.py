"""`geo batch` on a real two-worker Dask LocalCluster: same result as `parse --jsonl`, resume,
malformed records in `errors`, CSV and Parquet input, and the output opened as one story."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from geo.batch import load_batch_story, read_records, run_batch
from geo.errors import InputError

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent

DOCUMENTS = [
    {
        "id": "a",
        "text": "The envoy flew from Cairo to Amman on Monday to meet the king.",
        "published": "2024-01-02",
        "source": "wire",
    },
    {"id": "b", "text": "Floods hit Dhaka and Chittagong on Tuesday.", "title": "Floods"},
    {
        "id": "c",
        "text": "Kim Jong Un left Pyongyang by train on Sunday and arrived in Vladivostok, "
        "where he met Vladimir Putin on Wednesday.",
        "published": "2023-09-11",
    },
    {"id": "d", "text": "Protesters marched through Paris and Lyon on 3 May 2021."},
    {"id": "e", "text": "The minister visited Nairobi, then travelled to Kampala and Kigali."},
    {"id": "f", "text": "Talks between the two delegations opened in Geneva, Switzerland."},
]
BAD_JSON = "{not json"
EMPTY = {"id": "empty", "text": "   "}


def geo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six good lines, a bad JSON line (line 4) and an empty text (line 8)."""
    lines = [json.dumps(d) for d in DOCUMENTS[:3]]
    lines += [BAD_JSON]
    lines += [json.dumps(d) for d in DOCUMENTS[3:]]
    lines += [json.dumps(EMPTY)]
    path = tmp_path_factory.mktemp("corpus") / "articles.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def single(corpus: Path) -> dict[str, dict[str, Any]]:
    """The single-process reference: `python -m geo parse --jsonl`."""
    done = geo("parse", "--jsonl", str(corpus))
    assert done.returncode == 1, done.stderr.decode()
    return {o["id"]: o for o in map(json.loads, done.stdout.decode().splitlines())}


@pytest.fixture(scope="module")
def batch_dir(client: Any, corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("batch") / "out"
    summary = run_batch(corpus, out, client=client, partition_size=2, progress=False)
    assert summary.partitions == 4 and summary.resumed == 0
    assert (summary.documents, summary.failures) == (6, 2)
    return out


def _na(v: Any) -> Any:
    return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v


def places_by_id(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    frame = pd.read_parquet(out / "places").sort_values(["doc_id", "idx"])
    keys = ["mention", "start", "end", "name", "lat", "lon", "kind", "country_code", "section"]
    result: dict[str, list[tuple[Any, ...]]] = {}
    for row in frame.itertuples(index=False):
        result.setdefault(row.doc_id, []).append(tuple(_na(getattr(row, k)) for k in keys))
    return result


def events_by_id(out: Path) -> dict[str, list[tuple[Any, ...]]]:
    frame = pd.read_parquet(out / "events").sort_values(["doc_id", "idx"])
    result: dict[str, list[tuple[Any, ...]]] = {}
    for r in frame.itertuples(index=False):
        day = None if pd.isna(r.date) else r.date.date().isoformat()
        row = (day, r.action, r.event_type, _na(r.place), r.start, r.end, _na(r.place_index))
        result.setdefault(r.doc_id, []).append(row)
    return result


def expected_places(obj: dict[str, Any]) -> list[tuple[Any, ...]]:
    keys = ["mention", "start", "end", "name", "lat", "lon", "kind", "country_code", "section"]
    return [tuple(p[k] for k in keys) for p in obj["places"]]


def expected_events(obj: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        tuple(
            e[k] for k in ("date", "action", "event_type", "place", "start", "end", "place_index")
        )
        for e in obj["events"]
    ]


def test_batch_equals_single_process(batch_dir: Path, single: dict[str, dict[str, Any]]) -> None:
    assert set(single) == {d["id"] for d in DOCUMENTS}
    places, events = places_by_id(batch_dir), events_by_id(batch_dir)
    assert sum(len(o["places"]) for o in single.values()) > 10
    for doc_id, obj in single.items():
        assert places.get(doc_id, []) == expected_places(obj), doc_id
        assert events.get(doc_id, []) == expected_events(obj), doc_id
    documents = pd.read_parquet(batch_dir / "documents")
    assert list(documents["doc_id"]) == ["a", "b", "c", "d", "e", "f"]
    routes = pd.read_parquet(batch_dir / "routes")
    assert len(routes) == sum(len(r["stops"]) for o in single.values() for r in o["routes"])


def test_malformed_records_land_in_errors(batch_dir: Path) -> None:
    errors = pd.read_parquet(batch_dir / "errors").sort_values("line")
    assert list(errors["line"]) == [4, 8]
    assert "not valid JSON" in errors["reason"].iloc[0]
    assert errors["doc_id"].iloc[1] == "empty" and "text" in errors["reason"].iloc[1]


def test_resume_rewrites_only_the_missing_partition(
    client: Any, corpus: Path, batch_dir: Path, tmp_path: Path
) -> None:
    import shutil

    out = tmp_path / "out"
    shutil.copytree(batch_dir, out)
    before = places_by_id(out)
    # A run killed while writing partition 1: its commit file is missing, a temp file is left.
    (out / "documents" / "part-00001.parquet").unlink()
    (out / "places" / ".part-00001.parquet.dead.tmp").write_bytes(b"partial")
    kept = (out / "places" / "part-00000.parquet").stat().st_mtime_ns
    summary = run_batch(corpus, out, client=client, partition_size=2, progress=False)
    assert (summary.resumed, summary.partitions) == (3, 4)
    assert summary.parsed_now == 1 and summary.documents == 6  # lines 3 and 4 (bad)
    assert not list(out.glob("*/.part-*.tmp"))  # stale temporary files removed
    assert (out / "places" / "part-00000.parquet").stat().st_mtime_ns == kept
    assert places_by_id(out) == before
    # Another partition size would shuffle the partitions: refused, nothing mixed.
    with pytest.raises(InputError, match="another run"):
        run_batch(corpus, out, client=client, partition_size=3, progress=False)


def test_csv_and_parquet_inputs_give_the_same_places(
    client: Any, batch_dir: Path, tmp_path: Path
) -> None:
    csv_path = tmp_path / "articles.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["id", "text", "published", "title", "source"])
        writer.writeheader()
        for d in DOCUMENTS:
            writer.writerow(d)
        writer.writerow({"id": "no-text", "text": ""})
    parquet_path = tmp_path / "articles.parquet"
    frame = pd.DataFrame(DOCUMENTS)
    frame["published"] = pd.to_datetime(frame["published"])
    frame.to_parquet(parquet_path)
    expected = places_by_id(batch_dir)
    for path, failures in ((csv_path, 1), (parquet_path, 0)):
        out = tmp_path / f"out-{path.suffix[1:]}"
        summary = run_batch(path, out, client=client, partition_size=4, progress=False)
        assert (summary.documents, summary.failures) == (6, failures), path
        assert places_by_id(out) == expected, path
    errors = pd.read_parquet(tmp_path / "out-csv" / "errors")
    assert list(errors["line"]) == [8] and list(errors["doc_id"]) == ["no-text"]


def test_read_records_reports_csv_rows_and_missing_columns(tmp_path: Path) -> None:
    good = tmp_path / "ok.csv"
    good.write_text('id,text\n1,"Rome,\nItaly"\n2,\n3,Oslo\n', encoding="utf-8")
    records = list(read_records(good))
    assert [(r.line, r.document is not None) for r in records] == [(2, True), (4, False), (5, True)]
    bad = tmp_path / "bad.csv"
    bad.write_text("id,body\n1,Rome\n", encoding="utf-8")
    with pytest.raises(InputError, match="no 'text' column"):
        list(read_records(bad))
    xml = tmp_path / "articles.xml"
    xml.write_text("<articles/>", encoding="utf-8")
    with pytest.raises(InputError, match="unknown input format"):
        read_records(xml)


def test_cli_batch_on_a_scheduler_and_ingest(client: Any, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "cli-out"
    done = geo("batch", str(corpus), "--out", str(out), "--scheduler", client.scheduler.address)
    assert done.returncode == 1, done.stderr.decode()  # two malformed records
    line = done.stdout.decode().strip()
    assert re.match(r"6 documents, \d+ places, \d+ events, 2 failures; 6 parsed in ", line), line
    assert "documents/s" in line
    env = {"GEO_STORE": str(tmp_path / "store.sqlite")}
    done = geo("ingest", str(out), env=env)
    assert done.returncode == 0, done.stderr.decode()
    match = re.fullmatch(
        r"http://localhost:8501/\?story=([A-Za-z0-9_-]{22})\n", done.stdout.decode()
    )
    assert match
    from geo.store import Store

    with Store(tmp_path / "store.sqlite") as store:
        story = store.load_story(match.group(1))
    assert {p.chosen.name for p in story.places if p.chosen} >= {"Cairo", "Vladivostok", "Kigali"}


def test_load_batch_story_keeps_sentences_and_document_ids(batch_dir: Path) -> None:
    story = load_batch_story(batch_dir)
    text = story.document.text
    assert story.document.title.endswith("6 documents")
    for place in story.places:
        assert text[place.mention.start : place.mention.end] == place.mention.text
        header = text.rfind("\n[", 0, place.mention.start) + 1
        assert re.match(r"\[[a-f]\]\s", text[header:]), text[header : header + 20]
    for event in story.events:
        assert text[event.start : event.end].strip() == event.sentence.strip()
    cairo = next(p for p in story.places if p.mention.text == "Cairo")
    assert text.rfind("[a]", 0, cairo.mention.start) >= 0
    with pytest.raises(InputError, match="not a batch output folder"):
        load_batch_story(batch_dir.parent)


def test_library_page_opens_a_batch_folder(
    batch_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store.sqlite"))
    app = AppTest.from_file(str(ROOT / "pages" / "library.py"), default_timeout=60).run()
    app.text_input(key="batch_folder").input(str(batch_dir))
    app.button(key="open_batch").click().run()
    assert not app.exception
    shown = "\n".join(str(m.value) for m in app.markdown)
    assert re.search(r"\(/\?story=[A-Za-z0-9_-]{22}\)", shown), shown
    app.text_input(key="batch_folder").input(str(tmp_path)).run()
    app.button(key="open_batch").click().run()
    assert "not a batch output folder" in app.error[0].value


def test_jsonl_lines_break_only_at_newlines(tmp_path: Path) -> None:
    path = tmp_path / "raw.jsonl"
    text = "Riga\u0085Tallinn\u2028Vilnius\x1cKaunas"
    path.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False) + "\n", "utf-8")
    (record,) = read_records(path)
    assert record.document is not None and record.document.text == text


# --- a large input is read as it goes (issue 7 point 1) ---------------------------------------


def _big_inputs(folder: Path, n: int, size: int) -> list[Path]:
    """The same n records of `size`-character texts as JSONL, CSV and Parquet (row groups of 8)."""
    rows = [
        {"id": f"r{i}", "text": f"Report {i} from Oslo. " + "." * size, "source": "wire"}
        for i in range(n)
    ]
    jsonl = folder / "big.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")
    csv_path = folder / "big.csv"
    with csv_path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, ["id", "text", "source"])
        writer.writeheader()
        writer.writerows(rows)
    parquet = folder / "big.parquet"
    pd.DataFrame(rows).to_parquet(parquet, row_group_size=8)
    return [jsonl, csv_path, parquet]


def test_a_large_input_is_read_one_record_at_a_time(tmp_path: Path) -> None:
    import tracemalloc

    n, size = 240, 100_000  # 24 MB of text per format
    for path in _big_inputs(tmp_path, n, size):
        tracemalloc.start()
        count = 0
        for record in read_records(path):  # what run_batch partitions and submits lazily
            assert record.document is not None and len(record.document.text) > size
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert count == n, path
        assert peak < 6_000_000, f"{path.name}: {peak:,} bytes held while reading"


def test_the_client_holds_a_few_partitions_not_the_input(tmp_path: Path) -> None:
    """`geo batch`'s own cluster on a 24 MB input: the client's (and the in-process scheduler's)
    Python memory peaks far below the input and nothing stays behind."""
    import tracemalloc

    path = _big_inputs(tmp_path, 80, 300_000)[0]
    tracemalloc.start()
    try:
        summary = run_batch(path, tmp_path / "out", workers=2, partition_size=1, progress=False)
        current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (summary.documents, summary.failures) == (80, 0)
    assert peak < 12_000_000, f"peak {peak:,} bytes for a {path.stat().st_size:,}-byte input"
    assert current < 4_000_000, f"{current:,} bytes left behind"


def test_an_overlong_jsonl_line_is_an_error_and_the_next_line_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEO_MAX_BYTES", "1000")
    path = tmp_path / "long.jsonl"
    lines = [
        json.dumps({"id": "ok", "text": "Rome."}),
        json.dumps({"id": "huge", "text": "y" * 200_000}),
        json.dumps({"id": "after", "text": "Oslo."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(read_records(path))
    assert [(r.line, r.doc_id, r.error.split(" than ")[0]) for r in records] == [
        (1, "ok", ""),
        (2, "", "line longer"),
        (3, "after", ""),
    ]
    assert records[1].document is None and records[2].document is not None


def test_batch_streams_a_parquet_folder_and_resumes(client: Any, tmp_path: Path) -> None:
    """Two Parquet files of small row groups: every row once, in order, then a resume."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    frame = pd.DataFrame(DOCUMENTS)
    frame.iloc[:4].to_parquet(folder / "a.parquet", row_group_size=1)
    frame.iloc[4:].to_parquet(folder / "b.parquet", row_group_size=1)
    out = tmp_path / "out"
    summary = run_batch(folder, out, client=client, partition_size=4, progress=False)
    assert (summary.documents, summary.partitions, summary.failures) == (6, 2, 0)
    documents = pd.read_parquet(out / "documents")
    assert list(documents["doc_id"]) == [d["id"] for d in DOCUMENTS]
    assert list(documents["line"]) == [1, 2, 3, 4, 5, 6]
    assert json.loads((out / "_batch.json").read_text())["records"] == 6
    (out / "documents" / "part-00001.parquet").unlink()
    again = run_batch(folder, out, client=client, partition_size=4, progress=False)
    assert (again.resumed, again.parsed_now, again.documents) == (1, 2, 6)


# --- the dashboard filters a batch story by country and source (issue 7 point 5) ---------------


def _map_points(app: Any) -> int:
    """Place markers in the map the page hands to st_folium."""
    (component,) = app.get("component_instance")
    return str(component.proto.json_args).count("L.circleMarker(")


def _one(value: Any) -> str:
    return str(value[0] if isinstance(value, list) else value)


def test_map_and_events_filter_a_batch_story_by_country_and_source(
    batch_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    from geo.store import Store

    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store.sqlite"))
    with Store() as db:
        story_id = db.save_story(load_batch_story(batch_dir))
        assert {p.source for p in db.load_story(story_id).parts} == {"wire", ""}

    def open_page(name: str, **params: str) -> Any:
        app = AppTest.from_file(str(ROOT / "pages" / name), default_timeout=120)
        for key, value in {"story": story_id, **params}.items():
            app.query_params[key] = value
        app.run()
        if name == "map.py":  # the run the drawn map asks for, with the event table
            app.run()
        return app

    app = open_page("map.py")
    assert not app.exception
    rows, points = len(app.dataframe[0].value), _map_points(app)
    assert rows > 5 and points > 5
    countries = app.multiselect(key=f"countries-{story_id}")
    assert {"Russia (RU)", "Egypt (EG)", "Bangladesh (BD)"} <= set(countries.options)
    countries.set_value(["RU"]).run()
    assert not app.exception
    assert _one(app.query_params["country"]) == "RU"
    shown = app.dataframe[0].value
    assert 0 < len(shown) < rows and set(shown["place"].dropna()) == {"Vladivostok"}
    assert 0 < _map_points(app) < points
    app.multiselect(key=f"countries-{story_id}").set_value([]).run()
    app.multiselect(key=f"sources-{story_id}").set_value(["wire"]).run()
    assert not app.exception and _one(app.query_params["source"]) == "wire"
    assert set(app.dataframe[0].value["place"].dropna()) <= {"Cairo", "Amman"}
    assert 0 < _map_points(app) < points

    # a shared link reopens the same filters, on the Events screen too
    events = open_page("events.py", country="EG,JO", source="wire")
    assert not events.exception
    assert events.multiselect(key=f"sources-{story_id}").value == ["wire"]
    table, places = events.dataframe
    assert set(table.value["place"].dropna()) <= {"Cairo", "Amman"} and len(table.value) > 0
    assert set(places.value["country_code"]) <= {"EG", "JO"}
