"""Batch geoparsing of a corpus on a Dask cluster, written as resumable Parquet datasets.

`run_batch(INPUT, DIR)` reads articles (JSONL, CSV or Parquet with `id`, `text` and optional
`published`, `title`, `source`), cuts them into partitions of `partition_size` records, parses each
partition on a Dask worker (the worker's pipeline is loaded once per process, see
`PipelinePlugin`) and writes one file per partition and dataset under DIR:

    DIR/_batch.json                 what was run (input fingerprint, partition size)
    DIR/documents/part-00000.parquet    one row per parsed document (with its text)
    DIR/places/   DIR/events/   DIR/routes/   DIR/meetings/   DIR/errors/

Files are written under a temporary name (a leading dot, which Parquet readers skip) and then
renamed, `documents` last; a partition counts as done when all its files exist, so a re-run with
the same DIR skips it. The client writes the files: workers need no shared disk, only the same
environment (package, spaCy model, gazetteer at `GEO_GAZETTEER`). See `docs/batch.md`.

`load_batch_story(DIR)` folds a batch output into one "collection" Story for the store and the map.
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import sys
import threading
import time
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, cast

import pandas as pd
from distributed.diagnostics.plugin import WorkerPlugin

from geo.errors import InputError
from geo.inputs import document_id, max_bytes, parse_published
from geo.models import (
    Candidate,
    DatePrecision,
    Document,
    Event,
    Kind,
    Meeting,
    Mention,
    Part,
    Place,
    Role,
    Route,
    SectionKind,
    Stop,
    Story,
)
from geo.serialize import EVENT_COLUMNS, PLACE_COLUMNS, events_frame, places_frame

if TYPE_CHECKING:
    from distributed import Client

    from geo.pipeline import Pipeline

__all__ = [
    "DATASETS",
    "BatchSummary",
    "PipelinePlugin",
    "Record",
    "load_batch_story",
    "parse_partition",
    "read_records",
    "run_batch",
]

MANIFEST: Final = "_batch.json"
DEFAULT_PARTITION_SIZE: Final = 25
# `documents` last: its file is the partition's commit mark.
DATASETS: Final = ("places", "events", "routes", "meetings", "errors", "documents")
FORMATS: Final = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}

# Column -> pandas dtype of the datasets beyond `PLACE_COLUMNS` / `EVENT_COLUMNS`.
DOCUMENT_COLUMNS: Final = {
    "doc_id": "string",
    "line": "int64",
    "title": "string",
    "published": "datetime64[ns]",
    "source": "string",
    "n_places": "int64",
    "n_events": "int64",
    "text": "string",
}
PLACE_EXTRA: Final = {"doc_id": "string", "idx": "int64", "label": "string"}
EVENT_EXTRA: Final = {"doc_id": "string", "idx": "int64", "place_index": "Int64", "role": "string"}
ROUTE_COLUMNS: Final = {
    "doc_id": "string",
    "route": "int64",
    "actor": "string",
    "length_km": "float64",
    "stop": "int64",
    "place": "string",
    "lat": "float64",
    "lon": "float64",
    "date": "datetime64[ns]",
    "role": "string",
    "kind": "string",
    "country_code": "string",
}
MEETING_COLUMNS: Final = {
    "doc_id": "string",
    "idx": "int64",
    "place": "string",
    "lat": "float64",
    "lon": "float64",
    "date": "datetime64[ns]",
    "participants": "string",
    "sentence": "string",
    "kind": "string",
    "country_code": "string",
}
ERROR_COLUMNS: Final = {"line": "int64", "doc_id": "string", "reason": "string"}
PARQUET_BATCH_ROWS: Final = 16  # rows decoded to Python at a time (texts may be large)


# --------------------------------------------------------------------------------------------
# Reading the input


@dataclass(frozen=True)
class Record:
    """One input record: a document to parse, or the reason it cannot be parsed.

    `line` is the JSONL line, the CSV line where the row starts (the header is line 1), or the
    1-based Parquet row.
    """

    line: int
    document: Document | None
    error: str = ""
    doc_id: str = ""


def input_format(path: str | Path) -> str:
    """jsonl, csv or parquet, from the file name (a directory is a Parquet dataset)."""
    p = Path(path)
    if p.is_dir():
        return "parquet"
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p.name}: unknown input format (use .jsonl, .csv or .parquet)")
    return fmt


def read_records(path: str | Path, published: date | None = None) -> Iterator[Record]:
    """The records of a JSONL, CSV or Parquet file, bad ones carrying their reason."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"no such file: {path}")
    fmt = input_format(p)
    if fmt == "jsonl":
        return _jsonl_records(p, published)
    if fmt == "csv":
        return _csv_records(p, published)
    return _parquet_records(p, published)


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _lines(handle: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The file's lines, one at a time; None for a line longer than `limit` bytes, which is
    skipped without ever being held whole."""
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield raw
            continue
        while raw and not raw.endswith(b"\n"):
            raw = handle.readline(1 << 20)
        yield None


def _jsonl_records(path: Path, published: date | None) -> Iterator[Record]:
    # JSON escapes at most sextuple a text (\uXXXX); longer lines cannot hold a usable record
    limit = 6 * max_bytes() + (1 << 16)
    with path.open("rb") as handle:
        for number, raw in enumerate(_lines(handle, limit), start=1):
            if raw is None:
                yield Record(number, None, f"line longer than {limit:,} bytes")
                continue
            line = _decode_line(raw.removeprefix(b"\xef\xbb\xbf") if number == 1 else raw)
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Record(number, None, f"not valid JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                yield Record(number, None, "expected a JSON object")
                continue
            yield _record(number, record, published)


def _csv_records(path: Path, published: date | None) -> Iterator[Record]:
    csv.field_size_limit(max(max_bytes() * 2, 1 << 20))
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or "text" not in reader.fieldnames:
            raise InputError(f"{path.name} has no 'text' column (columns: id, text, ...)")
        start = reader.line_num + 1
        for row in reader:
            if None in row:  # more fields than the header names
                yield Record(start, None, "the row has more fields than the header")
            else:
                yield _record(start, row, published)
            start = reader.line_num + 1


def _parquet_records(path: Path, published: date | None) -> Iterator[Record]:
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    try:
        dataset = ds.dataset(path, format="parquet")
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {path} as Parquet: {exc}") from None
    names = set(dataset.schema.names)
    if "text" not in names:
        raise InputError(f"{path.name} has no 'text' column (columns: id, text, ...)")
    number = 0
    for file in dataset.files:  # the dataset's order: file by file, row group by row group
        with pq.ParquetFile(file) as parquet:
            here = set(parquet.schema_arrow.names)
            columns = [c for c in ("id", "text", "published", "title", "source") if c in here]
            for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
                for row in batch.to_pylist():
                    number += 1
                    yield _record(number, row, published)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT


def _published(value: object, default: date | None) -> date | None:
    if _missing(value) or value == "":
        return default
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_published(str(value))


def _record(line: int, record: Mapping[str, Any], published: date | None) -> Record:
    """A record (JSON object, CSV row, Parquet row) as a Document, like `parse --jsonl` does."""
    raw_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        doc_id = "" if _missing(raw_id) else str(raw_id)
        return Record(line, None, 'no "text"', doc_id)
    doc_id = "" if _missing(raw_id) else str(raw_id).strip()
    doc_id = doc_id or document_id(text)
    if len(text.encode("utf-8")) > max_bytes():
        return Record(line, None, f"text larger than {max_bytes():,} bytes", doc_id)
    try:
        when = _published(record.get("published"), published)
    except InputError as exc:
        return Record(line, None, str(exc), doc_id)
    title, source = record.get("title"), record.get("source")
    return Record(
        line,
        Document(
            doc_id,
            text,
            "" if _missing(title) else str(title or ""),
            when,
            "" if _missing(source) else str(source or ""),
        ),
        doc_id=doc_id,
    )


def fingerprint(path: str | Path) -> str:
    """Size and first megabyte of the input (every file's, for a Parquet folder)."""
    p = Path(path)
    files = sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    digest = hashlib.sha256()
    for f in files:
        digest.update(f"{f.relative_to(p) if p.is_dir() else f.name}:{f.stat().st_size}".encode())
        with f.open("rb") as handle:
            digest.update(handle.read(1 << 20))
    return digest.hexdigest()[:32]


# --------------------------------------------------------------------------------------------
# On the worker


_LOCK = threading.Lock()


def worker_pipeline() -> Pipeline:
    """The process's pipeline (`geo.pipeline.default_pipeline`), loaded once even under threads."""
    from geo.pipeline import default_pipeline

    with _LOCK:
        return default_pipeline()


class PipelinePlugin(WorkerPlugin):
    """A Dask worker plugin that loads the model and gazetteer when a worker joins.

    Tasks call `worker_pipeline()`, which returns the same cached pipeline; the plugin only moves
    the loading out of the first task (and makes a worker without the data fail early).
    """

    name = "geo-pipeline"

    async def setup(self, worker: Any) -> None:
        import asyncio

        await asyncio.get_running_loop().run_in_executor(None, worker_pipeline)


def _typed(columns: Mapping[str, str], rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    data: dict[str, pd.Series] = {}
    for name, dtype in columns.items():
        values = [row[name] for row in rows]
        if dtype == "datetime64[ns]":
            stamps = [pd.Timestamp(v) if v is not None else pd.NaT for v in values]
            data[name] = pd.Series(stamps, dtype="datetime64[ns]")
        else:
            data[name] = pd.Series(values, dtype=dtype)
    return pd.DataFrame(data, columns=list(columns))


def _day(d: date | None) -> date | None:
    return d if d is not None and date(1678, 1, 1) < d < date(2262, 1, 1) else None


def _prefixed(
    frame: pd.DataFrame, extra: Mapping[str, str], values: Mapping[str, Sequence[Any]]
) -> pd.DataFrame:
    head = _typed(
        extra, [dict(zip(values, row, strict=True)) for row in zip(*values.values(), strict=True)]
    )
    head.index = frame.index
    return pd.concat([head, frame], axis=1)


def _empty(columns: Mapping[str, str]) -> pd.DataFrame:
    return _typed(columns, [])


def _place_columns() -> dict[str, str]:
    return {**PLACE_EXTRA, **{k: v[0] for k, v in PLACE_COLUMNS.items()}}


def _event_columns() -> dict[str, str]:
    return {**EVENT_EXTRA, **{k: v[0] for k, v in EVENT_COLUMNS.items()}}


def story_frames(story: Story, line: int) -> dict[str, pd.DataFrame]:
    """The rows one parsed document adds to each dataset."""
    doc = story.document
    n_p, n_e = len(story.places), len(story.events)
    places = _prefixed(
        places_frame(story),
        PLACE_EXTRA,
        {
            "doc_id": [doc.id] * n_p,
            "idx": list(range(n_p)),
            "label": [p.mention.label for p in story.places],
        },
    )
    index = {id(p): i for i, p in enumerate(story.places)}
    events = _prefixed(
        events_frame(story),
        EVENT_EXTRA,
        {
            "doc_id": [doc.id] * n_e,
            "idx": list(range(n_e)),
            "place_index": [index.get(id(e.place)) if e.place else None for e in story.events],
            "role": [e.role for e in story.events],
        },
    )
    routes = [
        {
            "doc_id": doc.id,
            "route": r_i,
            "actor": r.actor,
            "length_km": r.length_km,
            "stop": s_i,
            "place": s.place,
            "lat": s.lat,
            "lon": s.lon,
            "date": _day(s.date),
            "role": s.role,
            "kind": s.kind,
            "country_code": s.country_code,
        }
        for r_i, r in enumerate(story.routes)
        for s_i, s in enumerate(r.stops)
    ]
    meetings = [
        {
            "doc_id": doc.id,
            "idx": i,
            "place": m.place,
            "lat": m.lat,
            "lon": m.lon,
            "date": _day(m.date),
            "participants": "; ".join(m.participants),
            "sentence": m.sentence,
            "kind": m.kind,
            "country_code": m.country_code,
        }
        for i, m in enumerate(story.meetings)
    ]
    document = {
        "doc_id": doc.id,
        "line": line,
        "title": doc.title,
        "published": _day(doc.published),
        "source": doc.source,
        "n_places": n_p,
        "n_events": n_e,
        "text": doc.text,
    }
    return {
        "places": places,
        "events": events,
        "routes": _typed(ROUTE_COLUMNS, routes),
        "meetings": _typed(MEETING_COLUMNS, meetings),
        "documents": _typed(DOCUMENT_COLUMNS, [document]),
    }


def _empty_frames() -> dict[str, pd.DataFrame]:
    return {
        "places": _empty(_place_columns()),
        "events": _empty(_event_columns()),
        "routes": _empty(ROUTE_COLUMNS),
        "meetings": _empty(MEETING_COLUMNS),
        "errors": _empty(ERROR_COLUMNS),
        "documents": _empty(DOCUMENT_COLUMNS),
    }


def parse_partition(records: Sequence[Record]) -> dict[str, pd.DataFrame]:
    """Parse one partition on a worker: a frame per dataset; failures become `errors` rows."""
    pipeline = worker_pipeline()
    good = [(r.line, r.document) for r in records if r.document is not None]
    errors: list[dict[str, Any]] = [
        {"line": r.line, "doc_id": r.doc_id or None, "reason": r.error}
        for r in records
        if r.document is None
    ]
    parsed: list[tuple[int, Story]] = []
    try:
        stories = pipeline.parse_many(d for _, d in good)
        parsed = [(line, story) for (line, _), story in zip(good, stories, strict=True)]
    except Exception:  # one document broke the batch: parse them one by one
        parsed = []
        for line, document in good:
            try:
                parsed.append((line, pipeline.parse(document)))
            except Exception as exc:
                reason = f"parsing failed: {type(exc).__name__}: {exc}"
                errors.append({"line": line, "doc_id": document.id, "reason": reason})
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in DATASETS}
    for line, story in parsed:
        for name, frame in story_frames(story, line).items():
            parts[name].append(frame)
    errors.sort(key=lambda e: e["line"])
    parts["errors"].append(_typed(ERROR_COLUMNS, errors))
    empty = _empty_frames()
    return {
        name: pd.concat(frames, ignore_index=True) if frames else empty[name]
        for name, frames in parts.items()
    }


# --------------------------------------------------------------------------------------------
# On the client


@dataclass
class BatchSummary:
    """What a run produced (over the whole output folder, resumed partitions included)."""

    out: Path
    documents: int = 0
    places: int = 0
    events: int = 0
    failures: int = 0
    partitions: int = 0
    resumed: int = 0  # partitions found already written
    parsed_now: int = 0  # documents parsed by this run
    seconds: float = 0.0
    failed_partitions: list[int] = field(default_factory=list)

    @property
    def docs_per_second(self) -> float:
        return self.parsed_now / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        text = (
            f"{self.documents:,} documents, {self.places:,} places, {self.events:,} events, "
            f"{self.failures:,} failures; {self.parsed_now:,} parsed in {self.seconds:.1f} s "
            f"({self.docs_per_second:.1f} documents/s)"
        )
        if self.resumed:
            text += f"; {self.resumed} of {self.partitions} partitions already written"
        if self.failed_partitions:
            text += f"; {len(self.failed_partitions)} partitions lost (re-run to retry)"
        return f"{text} -> {self.out}"


def _part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def _done(out: Path, index: int) -> bool:
    return all((out / name / _part_name(index)).exists() for name in DATASETS)


def _write_partition(out: Path, index: int, frames: Mapping[str, pd.DataFrame]) -> None:
    """Every dataset's file under a temporary name, then renamed (`documents` last)."""
    temps = []
    for name in DATASETS:
        final = out / name / _part_name(index)
        temp = final.with_name(f".{final.name}.{uuid.uuid4().hex[:8]}.tmp")
        frames[name].to_parquet(temp, index=False)
        temps.append((temp, final))
    for temp, final in temps:
        os.replace(temp, final)


def _rows(path: Path) -> int:
    import pyarrow.parquet as pq

    return int(pq.read_metadata(path).num_rows)


def _check_manifest(out: Path, manifest: dict[str, Any]) -> None:
    file = out / MANIFEST
    if file.exists():
        try:
            old = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{file} is unreadable: {exc}") from None
        for key in ("fingerprint", "partition_size", "published"):
            if old.get(key) != manifest[key]:
                raise InputError(
                    f"{out} holds the output of another run ({key} differs): "
                    "resume with the same input and settings, or choose a new --out"
                )
        return
    out.mkdir(parents=True, exist_ok=True)
    temp = out / f".{MANIFEST}.tmp"
    temp.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    os.replace(temp, file)


def _chunks(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    chunk: list[Record] = []
    for record in records:
        chunk.append(record)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


@contextmanager
def _cluster(scheduler: str | None, workers: int) -> Iterator[Client]:
    import dask

    # Dask keeps its last messages (up to 1,000 below 1 MB each: whole partitions here) in
    # developer logs on the client and the scheduler; without them the client's memory stays flat.
    with (
        dask.config.set({"distributed.admin.low-level-log-length": 0}),
        _connect(scheduler, workers) as client,
    ):
        yield client


@contextmanager
def _connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as exc:
            raise InputError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from None
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,  # logging.ERROR
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def run_batch(
    input_path: str | Path,
    out: str | Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    published: date | None = None,
    client: Client | None = None,
    progress: bool | None = None,
) -> BatchSummary:
    """Parse every record of `input_path` on Dask and write the datasets under `out`.

    `client` reuses a connected Dask client; otherwise `scheduler` (an address) is used, or a
    local cluster of `workers` one-thread processes is started. `progress=None` shows the bar
    only on a terminal.
    """
    if partition_size < 1:
        raise InputError("--partition-size must be at least 1")
    if workers < 1:
        raise InputError("--workers must be at least 1")
    out_dir = Path(out)
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out} exists and is not a folder")
    # The input is read lazily, one partition at a time (see `_run`): a first record is pulled
    # here so that a CSV or Parquet input without a `text` column stops before anything is written.
    records = read_records(input_path, published)
    first = next(records, None)
    manifest = {
        "input": str(Path(input_path).resolve()),
        "format": input_format(input_path),
        "fingerprint": fingerprint(input_path),
        "partition_size": partition_size,
        "published": published.isoformat() if published else None,
    }
    _check_manifest(out_dir, manifest)
    for name in DATASETS:
        (out_dir / name).mkdir(exist_ok=True)
        for stale in (out_dir / name).glob(".part-*.tmp"):  # left by a killed run
            stale.unlink(missing_ok=True)
    counted = _Counted(chain([first], records) if first is not None else records)
    summary = BatchSummary(out=out_dir)
    bar = _progress_bar(input_path, progress)
    todo = _pending(out_dir, _chunks(counted, partition_size), summary, bar)
    started = time.perf_counter()
    with bar:
        head = next(todo, None)
        if head is not None:
            queue = chain([head], todo)
            if client is not None:
                _run(client, out_dir, queue, summary, bar)
            else:
                with _cluster(scheduler, workers) as own:
                    _run(own, out_dir, queue, summary, bar)
    summary.seconds = time.perf_counter() - started
    _record_count(out_dir, counted.count)
    for i in range(summary.partitions):
        if _done(out_dir, i):
            summary.documents += _rows(out_dir / "documents" / _part_name(i))
            summary.places += _rows(out_dir / "places" / _part_name(i))
            summary.events += _rows(out_dir / "events" / _part_name(i))
            summary.failures += _rows(out_dir / "errors" / _part_name(i))
    return summary


class _Counted:
    """An iterator that counts what passed through it."""

    def __init__(self, items: Iterator[Record]) -> None:
        self._items = items
        self.count = 0

    def __iter__(self) -> Iterator[Record]:
        for item in self._items:
            self.count += 1
            yield item


def _pending(
    out: Path, partitions: Iterator[list[Record]], summary: BatchSummary, bar: Any
) -> Iterator[tuple[int, list[Record]]]:
    """The partitions still to parse, read one at a time; finished ones are counted and skipped."""
    for index, chunk in enumerate(partitions):
        summary.partitions += 1
        if _done(out, index):
            summary.resumed += 1
            bar.update(len(chunk))
        else:
            yield index, chunk


def count_records(path: str | Path) -> int | None:
    """The number of records when it is cheap to know without parsing: the non-blank lines of
    a JSONL file, the rows of a Parquet input; None for CSV (a field may span lines)."""
    fmt = input_format(path)
    if fmt == "parquet":
        import pyarrow.dataset as ds

        return int(ds.dataset(path, format="parquet").count_rows())
    if fmt == "jsonl":
        with Path(path).open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    return None


def _progress_bar(path: str | Path, progress: bool | None) -> Any:
    from tqdm import tqdm

    disable = not sys.stderr.isatty() if progress is None else not progress
    return tqdm(
        total=None if disable else count_records(path),
        unit="doc",
        desc="geoparsing",
        disable=disable,
        file=sys.stderr,
    )


def _record_count(out: Path, records: int) -> None:
    """Note in the manifest how many records the input held (known once it was read through)."""
    file = out / MANIFEST
    manifest = json.loads(file.read_text(encoding="utf-8"))
    if manifest.get("records") != records:
        manifest["records"] = records
        temp = out / f".{MANIFEST}.tmp"
        temp.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        os.replace(temp, file)


def _run(
    client: Client,
    out: Path,
    todo: Iterator[tuple[int, list[Record]]],
    summary: BatchSummary,
    bar: Any,
) -> None:
    """Parse the partitions of `todo` on the cluster, a few at a time: the input is only read as
    far as the partitions in flight, so the client holds `window` partitions, not the input."""
    from distributed import as_completed

    client.register_plugin(PipelinePlugin(), name=PipelinePlugin.name)
    threads = sum(client.nthreads().values()) or 1
    window = max(2, 2 * threads)  # partitions in flight
    sizes: dict[str, tuple[int, int]] = {}
    run = uuid.uuid4().hex[:8]

    def submit() -> Any:
        item = next(todo, None)
        if item is None:
            return None
        index, chunk = item
        key = f"geo-parse-partition-{run}-{index}"
        sizes[key] = (index, len(chunk))
        return client.submit(parse_partition, chunk, key=key, pure=False, retries=1)

    pending = [f for f in (submit() for _ in range(window)) if f is not None]
    completed = as_completed(pending)
    for future in completed:
        index, n = sizes.pop(future.key)
        try:
            frames = future.result()
        except Exception:  # the task itself died (e.g. a worker killed twice): retry later
            summary.failed_partitions.append(index)
        else:
            _write_partition(out, index, frames)
            summary.parsed_now += n - len(frames["errors"])
        finally:
            future.release()
        bar.update(n)
        nxt = submit()
        if nxt is not None:
            completed.add(nxt)


# --------------------------------------------------------------------------------------------
# A batch output as one story


def _read(out: Path, name: str, columns: Mapping[str, str]) -> pd.DataFrame:
    folder = out / name
    files = sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []
    if not files:
        return _empty(columns)
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)


def _na(value: object) -> bool:
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


def _opt_date(value: object) -> date | None:
    return None if _na(value) else cast(pd.Timestamp, value).date()


def _s(value: object) -> str:
    return "" if _na(value) else str(value)


def load_batch_story(folder: str | Path) -> Story:
    """One "collection" story of a batch output: every document's main-section places and
    events (plus the places those events name), routes and meetings.

    The story's text is the documents' texts one after the other, each under a header line
    `[doc_id] title`, and every offset points into it, so each dot still shows its sentence and
    the document it came from; `Story.parts` gives each document's span, title, date and source
    (the dashboard's source filter).
    """
    out = Path(folder)
    if not (out / MANIFEST).is_file():
        raise InputError(f"{folder} is not a batch output folder (no {MANIFEST})")
    documents = _read(out, "documents", DOCUMENT_COLUMNS)
    places = _read(out, "places", _place_columns())
    events = _read(out, "events", _event_columns())
    routes = _read(out, "routes", ROUTE_COLUMNS)
    meetings = _read(out, "meetings", MEETING_COLUMNS)
    if documents.empty:
        raise InputError(f"{folder} holds no parsed documents yet")

    pieces: list[str] = []
    parts: list[Part] = []
    base: dict[str, int] = {}
    offset = 0
    for row in documents.itertuples(index=False):
        doc_id = _s(row.doc_id)
        header = f"[{doc_id}] {_s(row.title)}".rstrip() + "\n"
        base[doc_id] = offset + len(header)
        text = _s(row.text)
        parts.append(
            Part(
                id=doc_id,
                title=_s(row.title),
                published=_opt_date(row.published),
                source=_s(row.source),
                start=base[doc_id],
                end=base[doc_id] + len(text),
            )
        )
        piece = header + text + "\n\n"
        pieces.append(piece)
        offset += len(piece)

    events = events[events["doc_id"].isin(base.keys())]
    main_events = events[events["section"] == "main"]
    wanted = {
        (d, int(i))
        for d, i in zip(main_events["doc_id"], main_events["place_index"], strict=True)
        if not _na(i)
    }
    story_places: list[Place] = []
    by_key: dict[tuple[str, int], Place] = {}
    for row in places.itertuples(index=False):
        doc_id = _s(row.doc_id)
        if doc_id not in base:
            continue
        key = (doc_id, int(row.idx))
        if row.section != "main" and key not in wanted:
            continue
        shift = base[doc_id]
        chosen = None
        if not _na(row.name):
            chosen = Candidate(
                name=str(row.name),
                lat=float(row.lat),
                lon=float(row.lon),
                kind=cast(Kind, _s(row.kind) or "other"),
                country_code=_s(row.country_code),
                admin1=_s(row.admin1),
                geonames_id=None if _na(row.geonames_id) else int(row.geonames_id),
            )
        found = Place(
            mention=Mention(
                text=str(row.mention),
                start=int(row.start) + shift,
                end=int(row.end) + shift,
                label=_s(row.label) or "GPE",
                section=cast(SectionKind, row.section),
            ),
            chosen=chosen,
            confidence=float(row.confidence),
            corrected=bool(row.corrected),
        )
        by_key[key] = found
        story_places.append(found)

    story_events = []
    for row in main_events.itertuples(index=False):
        doc_id = str(row.doc_id)
        shift = base[doc_id]
        start, end = int(row.start) + shift, int(row.end) + shift
        place: Place | None = None
        if not _na(row.place_index):
            place = by_key.get((doc_id, int(row.place_index)))
        elif not _na(row.place):
            name = str(row.place)
            place = Place(
                Mention(name, start, end),
                Candidate(name, float(row.lat), float(row.lon), "other"),
                float(row.confidence),
            )
        story_events.append(
            Event(
                date=_opt_date(row.date),
                date_text=_s(row.date_text),
                actors=tuple(a for a in _s(row.actors).split("; ") if a),
                action=_s(row.action),
                event_type=_s(row.event_type),
                place=place,
                sentence=_s(row.sentence),
                start=start,
                end=end,
                section="main",
                date_precision=cast(DatePrecision, _s(row.date_precision) or "unknown"),
                role=_s(row.role),
            )
        )

    story_routes = []
    for _, group in routes.groupby(["doc_id", "route"], sort=False):
        first = group.iloc[0]
        stops = tuple(
            Stop(
                place=str(s.place),
                lat=float(s.lat),
                lon=float(s.lon),
                date=_opt_date(s.date),
                role=cast(Role, s.role),
                kind=cast(Kind, _s(s.kind) or "city"),
                country_code=_s(s.country_code),
            )
            for s in group.sort_values("stop").itertuples(index=False)
        )
        story_routes.append(Route(str(first["actor"]), stops, float(first["length_km"])))

    story_meetings = [
        Meeting(
            place=str(m.place),
            lat=float(m.lat),
            lon=float(m.lon),
            date=_opt_date(m.date),
            participants=tuple(a for a in _s(m.participants).split("; ") if a),
            sentence=_s(m.sentence),
            kind=cast(Kind, _s(m.kind) or "city"),
            country_code=_s(m.country_code),
        )
        for m in meetings.itertuples(index=False)
    ]

    title = f"Batch {out.resolve().name}: {len(documents):,} documents"
    document = Document(
        id=f"batch:{out.resolve().name}",
        text="".join(pieces),
        title=title,
        published=None,
        source=str(out.resolve()),
    )
    return Story(document, story_places, story_events, story_routes, story_meetings, parts)
