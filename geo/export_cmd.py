"""`python -m geo export`: write a story's PNG, HTML, GeoJSON, KML and CSV (any subset).

Kept apart from geo.cli so that the other commands do not import folium or Playwright.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from geo.errors import GeoError, InputError

FORMATS = ("png", "html", "geojson", "kml", "csv")


def add_parser(commands: Any) -> argparse.ArgumentParser:
    """Register the `export` subcommand on an argparse subparsers object."""
    export = commands.add_parser(
        "export",
        help="write the story's map and data as PNG, HTML, GeoJSON, KML and/or CSV",
        description="Parse an article (or load a stored story) and write the chosen exports.",
    )
    export.add_argument("path", nargs="?", help="article file, or - for stdin (not with --story)")
    export.add_argument("--published", help="publication date, YYYY-MM-DD")
    export.add_argument("--story", help="a stored story's id instead of PATH")
    export.add_argument("--related", action="store_true", help="include related-section places")
    for name in FORMATS:
        export.add_argument(f"--{name}", metavar="FILE", help=f"write the {name.upper()} here")
    export.set_defaults(handler=run)
    return export


def load_story(args: argparse.Namespace) -> Any:
    if args.story and args.path:
        raise InputError("give either PATH or --story, not both")
    if args.story:
        from geo.store import Store

        with Store() as store:
            return store.load_story(args.story)
    if not args.path:
        raise InputError("give an article PATH or --story ID")
    from geo.inputs import read_document
    from geo.online import OnlineGeocoder
    from geo.pipeline import default_pipeline

    document = read_document(args.path, args.published)
    story = default_pipeline().parse(document, online=OnlineGeocoder.from_env())
    for note in story.notes:
        print(f"note: {note}", file=sys.stderr)
    return story


def _write_text(path: Path, text: str) -> None:
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        raise GeoError(f"cannot write {path}: {exc.strerror or exc}") from exc


def run(args: argparse.Namespace) -> int:
    targets = {name: getattr(args, name) for name in FORMATS if getattr(args, name)}
    if not targets:
        raise InputError(
            "nothing to export: give at least one of --png --html --geojson --kml --csv"
        )
    for name, target in targets.items():
        folder = Path(target).parent
        if not folder.is_dir():
            raise InputError(f"--{name}: folder {folder} does not exist")
    renderer = None
    if "png" in targets:
        from geo.render import PngRenderer

        renderer = PngRenderer().start(wait=False)  # Chromium starts while the article is parsed
    try:
        _export(args, targets, renderer)
    finally:
        if renderer is not None:
            renderer.close()
    for name, target in targets.items():
        print(f"{name}\t{target}", file=sys.stdout)
    return 0


def _export(args: argparse.Namespace, targets: dict[str, str], renderer: Any) -> None:
    story = load_story(args)

    from geo import export
    from geo.maps import View

    view = View(show_related=args.related)
    writers: dict[str, Callable[[], str]] = {
        "html": lambda: export.to_html(story, view),
        "geojson": lambda: export.to_geojson_text(story, view),
        "kml": lambda: export.to_kml(story, view),
        "csv": lambda: export.to_csv(story, show_related=args.related),
    }
    for name, target in targets.items():
        if name in writers:
            _write_text(Path(target), writers[name]())
    if renderer is not None:
        renderer.render(story, view, targets["png"])
