"""Command line: `python -m geo parse|ingest ...`; errors are one line on stderr, exit code 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, TextIO

from geo import export_cmd
from geo.errors import GeoError
from geo.inputs import decode_text, max_batch_bytes, parse_published, read_bytes
from geo.models import Document

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
APP_URL = "http://localhost:8501"


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
    parse.add_argument("path", help="article file, or - for stdin")
    parse.add_argument("--published", help="publication date, YYYY-MM-DD")
    parse.add_argument("--jsonl", action="store_true", help='input lines {"id","text","published"}')
    parse.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parse.add_argument("--indent", type=int, default=None, help="pretty-print JSON")
    parse.set_defaults(handler=_cmd_parse)

    ingest = commands.add_parser("ingest", help="store a story and print its shareable link")
    ingest.add_argument("path", help="article file, or - for stdin")
    ingest.add_argument("--published", help="publication date, YYYY-MM-DD")
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

    published = parse_published(args.published)
    if args.jsonl:
        return _parse_jsonl(args.path, published, sys.stdout, args.processes)
    documents, failures = _read_articles(args.path, args.published)
    if len(documents) == 1 and not failures and not _is_collection(args.path):
        story = default_pipeline().parse(documents[0])
        json.dump(story_to_json(story), sys.stdout, ensure_ascii=False, indent=args.indent)
        sys.stdout.write("\n")
        return EXIT_OK
    for story in default_pipeline().parse_many(documents):  # a feed or batch: JSON lines
        json.dump(story_to_json(story), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


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
    for story in default_pipeline().parse_many(documents, processes=processes):
        json.dump(story_to_json(story), out, ensure_ascii=False)
        out.write("\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.pipeline import default_pipeline
    from geo.store import Store

    if os.path.isdir(args.path):  # a `geo batch` output folder: one collection story
        from geo.batch import load_batch_story

        with Store() as store:
            print(f"{APP_URL}/?story={store.save_story(load_batch_story(args.path))}")
        return EXIT_OK
    documents, failures = _read_articles(args.path, args.published)
    if args.title:
        documents = [replace(d, title=args.title) for d in documents]
    with Store() as store:  # each story in its own transaction: a failure keeps the others
        corrections = store.corrections()
        for story in default_pipeline().parse_many(documents, corrections):
            print(f"{APP_URL}/?story={store.save_story(story)}", flush=True)
    return EXIT_SOME_FAILED if failures else EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
