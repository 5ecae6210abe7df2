"""Command line: `python -m geo parse|ingest ...`; errors are one line on stderr, exit code 2.

Several article files given to `parse` or `ingest` make one story (geo/combine.py): the events
that several articles report are merged, and routes and meetings are built from them all."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TextIO

from geo import export_cmd
from geo.errors import GeoError, InputError
from geo.inputs import decode_text, max_batch_bytes, parse_published, read_bytes
from geo.models import Candidate, Document, Story

if TYPE_CHECKING:
    from geo.online import OnlineGeocoder

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
APP_URL = "http://localhost:8501"
PATHS_HELP = "article file, or - for stdin; several article files make one combined story"
PUBLISHED_HELP = "publication date, YYYY-MM-DD: once for every file, or once per file in order"


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("GEO_DEBUG"):
            raise
        print(
            f"error: unexpected {type(exc).__name__}: {exc} (GEO_DEBUG=1 shows more)",
            file=sys.stderr,
        )
        return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="geo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="print places, events, routes and meetings as JSON")
    parse.add_argument("paths", nargs="+", metavar="path", help=PATHS_HELP)
    parse.add_argument("--published", action="append", help=PUBLISHED_HELP)
    parse.add_argument("--jsonl", action="store_true", help='input lines {"id","text","published"}')
    parse.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parse.add_argument("--indent", type=int, default=None, help="pretty-print JSON")
    parse.set_defaults(handler=_cmd_parse)

    ingest = commands.add_parser("ingest", help="store a story and print its shareable link")
    ingest.add_argument("paths", nargs="+", metavar="path", help=PATHS_HELP)
    ingest.add_argument("--published", action="append", help=PUBLISHED_HELP)
    ingest.add_argument("--title", help="title (default: the first line)")
    ingest.set_defaults(handler=_cmd_ingest)

    evaluate = commands.add_parser("eval", help="score the geoparser on an LGL/GeoWebNews corpus")
    evaluate.add_argument("corpus", help="corpus XML file")
    evaluate.add_argument("--limit", type=int, default=None, help="first N documents only")
    evaluate.add_argument("--errors", help="write every miss and wrong resolution (JSONL)")
    evaluate.add_argument(
        "--calibrate", action="store_true", help="fit the confidence temperature (2-fold CV)"
    )
    evaluate.set_defaults(handler=_cmd_eval)

    batch = commands.add_parser("batch", help="geoparse a corpus on Dask into Parquet")
    batch.add_argument("path", help="articles: .jsonl, .csv or .parquet (id, text, published...)")
    batch.add_argument("--out", required=True, help="output folder (re-run to resume)")
    where = batch.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786")
    where.add_argument("--workers", type=int, default=2, help="local worker processes (default 2)")
    batch.add_argument("--partition-size", type=int, default=25, help="documents per task")
    batch.add_argument("--published", help="publication date for records without one")
    batch.set_defaults(handler=_cmd_batch)

    export_cmd.add_parser(commands)  # export --png/--html/--geojson/--kml/--csv (geo/export_cmd.py)
    return parser


def _cmd_batch(args: argparse.Namespace) -> int:
    from geo.batch import run_batch

    summary = run_batch(
        args.path,
        args.out,
        scheduler=args.scheduler,
        workers=args.workers,
        partition_size=args.partition_size,
        published=parse_published(args.published),
    )
    print(summary.line())
    return EXIT_SOME_FAILED if summary.failures or summary.failed_partitions else EXIT_OK


def _cmd_eval(args: argparse.Namespace) -> int:
    from geo.evaluate import evaluate, load_corpus
    from geo.pipeline import default_pipeline

    documents = load_corpus(args.corpus, args.limit)
    pipeline = default_pipeline()
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as errors_out:
            summary = evaluate(documents, pipeline.parse_many, errors_out, args.calibrate)
    else:
        summary = evaluate(documents, pipeline.parse_many, calibrate=args.calibrate)
    json.dump(summary, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_parse(args: argparse.Namespace) -> int:
    from geo.pipeline import default_pipeline
    from geo.serialize import story_to_json

    if len(args.paths) > 1:
        if args.jsonl:
            raise InputError("--jsonl takes one file")
        story, failures = _combined(args.paths, args.published)
        json.dump(story_to_json(story), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
        return EXIT_SOME_FAILED if failures else EXIT_OK
    path, published_text = args.paths[0], _one_date(args.published)
    if args.jsonl:
        return _parse_jsonl(path, parse_published(published_text), sys.stdout, args.processes)
    documents, failures = _read_articles(path, published_text)
    online = _online()
    if len(documents) == 1 and not failures and not _is_collection(path):
        story = default_pipeline().parse(documents[0], online=online)
        _print_notes(story)
        json.dump(story_to_json(story), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
        return EXIT_OK
    # a feed or batch: JSON lines
    for story in default_pipeline().parse_many(documents, online=online):
        _print_notes(story, named=True)
        json.dump(story_to_json(story), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _online() -> OnlineGeocoder | None:
    """Nominatim behind the gazetteer when GEO_ONLINE=1 (geo/online.py), else None: offline."""
    from geo.online import OnlineGeocoder

    return OnlineGeocoder.from_env()


def _print_notes(story: Story, *, named: bool = False) -> None:
    """The story's notes (an online geocoder that failed...) on stderr, one line each."""
    for note in story.notes:
        print(f"note: {story.document.id}: {note}" if named else f"note: {note}", file=sys.stderr)


def _one_date(values: list[str] | None) -> str | None:
    if values and len(values) > 1:
        raise InputError("--published is given more than once for one file")
    return values[0] if values else None


def _combined(
    paths: Sequence[str],
    published: list[str] | None,
    title: str = "",
    corrections: Mapping[str, Candidate] | None = None,
) -> tuple[Story, int]:
    """One story from every article of several files (and the number of bad records)."""
    from geo.combine import parse_combined
    from geo.pipeline import default_pipeline

    dates = published or []
    if len(dates) not in {0, 1, len(paths)}:
        raise InputError(
            f"--published is given {len(dates)} times for {len(paths)} files: "
            "give it once, or once per file"
        )
    documents: list[Document] = []
    failures = 0
    for index, path in enumerate(paths):
        when = dates[index if len(dates) > 1 else 0] if dates else None
        found, failed = _read_articles(path, when)
        documents += found
        failures += failed
    if not documents:
        raise InputError("no article to combine")
    return parse_combined(default_pipeline(), documents, corrections, title=title), failures


def _is_collection(path: str) -> bool:
    return path.rsplit(".", 1)[-1].casefold() in {"rss", "atom", "xml", "csv", "jsonl", "ndjson"}


def _read_articles(path: str, published: str | None) -> tuple[list[Document], int]:
    """The articles in a file (text, Markdown, HTML, RSS/Atom, CSV, JSONL: geo/extract.py);
    bad records are reported on stderr with their line, row or item. An explicit --published
    wins over a single article's own date and is the fallback for a feed's or batch's."""
    from geo.extract import documents_from_upload

    when = parse_published(published)
    name = "stdin" if path == "-" else path
    documents, errors = documents_from_upload(name, read_bytes(path, max_batch_bytes()), when)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if when is not None and len(documents) == 1 and not _is_collection(path):
        documents = [replace(documents[0], published=when)]
    return documents, len(errors)


def _parse_jsonl(path: str, published: Any, out: TextIO, processes: int = 1) -> int:
    """One output line per good input line; bad lines are reported on stderr with their number."""
    from geo.extract import parse_batch_jsonl
    from geo.pipeline import default_pipeline
    from geo.serialize import story_to_json

    name = "stdin" if path == "-" else path
    raw = read_bytes(path, max_batch_bytes())
    documents, errors = parse_batch_jsonl(
        decode_text(raw, name, max_batch_bytes()), name, published
    )
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    failures = len(errors)
    online = _online()
    for story in default_pipeline().parse_many(documents, processes=processes, online=online):
        _print_notes(story, named=True)
        out.write(json.dumps(story_to_json(story), ensure_ascii=False) + "\n")  # C encoder
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.pipeline import default_pipeline
    from geo.store import Store

    if len(args.paths) > 1:  # several articles: one combined story
        if any(os.path.isdir(p) for p in args.paths):
            raise InputError("a batch output folder is ingested on its own")
        with Store() as store:
            story, failures = _combined(
                args.paths, args.published, args.title or "", store.corrections()
            )
            print(f"{APP_URL}/?story={store.save_story(story)}")
        return EXIT_SOME_FAILED if failures else EXIT_OK
    path = args.paths[0]
    if os.path.isdir(path):  # a `geo batch` output folder: one collection story
        from geo.batch import load_batch_story

        with Store() as store:
            print(f"{APP_URL}/?story={store.save_story(load_batch_story(path))}")
        return EXIT_OK
    documents, failures = _read_articles(path, _one_date(args.published))
    if args.title:
        documents = [replace(d, title=args.title) for d in documents]
    with Store() as store:  # each story in its own transaction: a failure keeps the others
        corrections = store.corrections()
        for story in default_pipeline().parse_many(documents, corrections, online=_online()):
            _print_notes(story, named=len(documents) > 1)
            print(f"{APP_URL}/?story={store.save_story(story)}", flush=True)
    return EXIT_SOME_FAILED if failures else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
