"""Benchmark the exports of the demo story (targets: PNG < 3 s warm, five files < 10 s cold).

Usage: python bench/bench_export.py [--renders 5] [--cold 2] [--no-write]

1. Warm process: the seed article is parsed once, a `PngRenderer` is started, one PNG is rendered
   to warm up, then `--renders` PNGs are timed (each: build the HTML, load it in Chromium, wait
   until the map is drawn, screenshot).
2. Cold command: `python -m geo export SEED --png --html --geojson --kml --csv` in a fresh process,
   timed `--cold` times (imports, model and gazetteer loading, parsing and all five files).
The section between the bench_export markers of docs/benchmarks.md is replaced (others are kept).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sections  # bench/sections.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
PUBLISHED = "2023-09-11"
DOC = ROOT / "docs" / "benchmarks.md"
FORMATS = ("png", "html", "geojson", "kml", "csv")


machine = sections.machine


def warm_png(renders: int) -> tuple[list[float], float]:
    from geo.inputs import read_document
    from geo.pipeline import default_pipeline
    from geo.render import PngRenderer

    story = default_pipeline().parse(read_document(str(SEED), PUBLISHED))
    times = []
    with tempfile.TemporaryDirectory() as tmp, PngRenderer() as renderer:
        started = time.perf_counter()
        renderer.start()
        renderer.render(story, None, Path(tmp) / "warm-up.png")
        first = time.perf_counter() - started
        for i in range(renders):
            started = time.perf_counter()
            renderer.render(story, None, Path(tmp) / f"map-{i}.png")
            times.append(time.perf_counter() - started)
    return times, first


def cold_command(runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            command = [sys.executable, "-m", "geo", "export", str(SEED), "--published", PUBLISHED]
            for kind in FORMATS:
                command += [f"--{kind}", str(Path(tmp) / f"seed.{kind}")]
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return times


def write_section(text: str) -> None:
    sections.write_section("bench_export", text, DOC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--renders", type=int, default=5, help="timed PNGs on the warm process")
    parser.add_argument("--cold", type=int, default=2, help="timed cold export commands")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    args = parser.parse_args(argv)

    before = machine()
    png, first = warm_png(args.renders)
    cold = cold_command(args.cold)
    after = machine()
    png_line = (
        f"PNG on a warm process: median {statistics.median(png):.2f} s, "
        f"min {min(png):.2f} s, max {max(png):.2f} s over {len(png)} renders "
        f"(browser start + first PNG {first:.2f} s)"
    )
    cold_line = (
        f"five files from a cold command: median {statistics.median(cold):.2f} s, "
        f"min {min(cold):.2f} s over {len(cold)} runs"
    )
    print(png_line)
    print(cold_line)
    today = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = f"""## Exports (`bench/bench_export.py`)

Demo story (seed article, published {PUBLISHED}); targets from issue 6: PNG < 3 s on a warm
process, all five files < 10 s from a cold command.

| measure | median | min | max | runs |
|---|---|---|---|---|
| PNG, warm process (1600x1200 px) | {statistics.median(png):.2f} s | {min(png):.2f} s \
| {max(png):.2f} s | {len(png)} |
| browser start + first PNG | {first:.2f} s | | | 1 |
| `python -m geo export` all five files, cold | {statistics.median(cold):.2f} s \
| {min(cold):.2f} s | {max(cold):.2f} s | {len(cold)} |

Measured {today} on {before.split("; ")[0]}; load average before {before.split("load average ")[1]},
after {after.split("load average ")[1]} (the machine is shared: other jobs inflate the figures).
"""
    if not args.no_write:
        write_section(report)
        print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
