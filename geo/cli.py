"""Command line: `python -m geo parse|ingest ...`; errors are one line on stderr, exit code 2."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from geo.errors import GeoError, InputError
from geo.inputs import decode_text, document_id, parse_published, read_bytes, read_document
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
    parse.add_argument("--indent", type=int, default=None, help="pretty-print JSON")
    parse.set_defaults(handler=_cmd_parse)

    ingest = commands.add_parser("ingest", help="store a story and print its shareable link")
    ingest.add_argument("path", help="article file, or - for stdin")
    ingest.add_argument("--published", help="publication date, YYYY-MM-DD")
    ingest.add_argument("--title", help="title (default: the first line)")
    ingest.set_defaults(handler=_cmd_ingest)
    return parser


def _cmd_parse(args: argparse.Namespace) -> int:
    from geo.pipeline import default_pipeline
    from geo.serialize import story_to_json

    published = parse_published(args.published)
    if args.jsonl:
        return _parse_jsonl(args.path, published, sys.stdout)
    document = read_document(args.path, published)
    story = default_pipeline().parse(document)
    json.dump(story_to_json(story), sys.stdout, ensure_ascii=False, indent=args.indent)
    sys.stdout.write("\n")
    return EXIT_OK


def _parse_jsonl(path: str, published: Any, out: TextIO) -> int:
    """One output line per good input line; bad lines are reported on stderr with their number."""
    from geo.pipeline import default_pipeline
    from geo.serialize import story_to_json

    text = decode_text(read_bytes(path), "stdin" if path == "-" else path)
    failures = 0
    documents = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            documents.append(_jsonl_document(line, number, published))
        except InputError as exc:
            failures += 1
            print(f"error: line {number}: {exc}", file=sys.stderr)
    for story in default_pipeline().parse_many(documents):
        json.dump(story_to_json(story), out, ensure_ascii=False)
        out.write("\n")
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _jsonl_document(line: str, number: int, published: Any) -> Document:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})") from None
    if not isinstance(record, dict):
        raise InputError("expected a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('no "text"')
    when = parse_published(record["published"]) if record.get("published") else published
    doc_id = str(record.get("id") or document_id(text))
    return Document(
        doc_id, text, str(record.get("title") or ""), when, str(record.get("source") or "")
    )


def _cmd_ingest(args: argparse.Namespace) -> int:
    from geo.pipeline import default_pipeline
    from geo.store import Store

    document = read_document(args.path, args.published)
    if args.title:
        document = Document(
            document.id, document.text, args.title, document.published, document.source
        )
    story = default_pipeline().parse(document)
    with Store() as store:
        story_id = store.save_story(story)
    print(f"{APP_URL}/?story={story_id}")
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
