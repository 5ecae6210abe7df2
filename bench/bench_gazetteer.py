"""Benchmark the offline gazetteer: build seconds, open seconds, median look-up milliseconds.

Usage: python bench/bench_gazetteer.py [--build] [--path data/gazetteer.sqlite] [--names 1000]
(`--build` rebuilds into a temporary file first; timings are printed, never asserted in tests).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.build_data import build_gazetteer, real_sources
from geo.gazetteer import Gazetteer, default_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build", action="store_true", help="time a full build first")
    parser.add_argument("--path", type=Path, default=None, help="gazetteer to open")
    parser.add_argument("--names", type=int, default=1000, help="how many names to look up")
    args = parser.parse_args(argv)

    path: Path = args.path or default_path()
    if args.build:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            stats = build_gazetteer(Path(tmp) / "bench.sqlite", real_sources())
            print(f"build: {time.perf_counter() - started:.1f} s ({stats.summary()})")

    started = time.perf_counter()
    gaz = Gazetteer(path)
    gaz.candidates("Khasan")  # first query: the file is really opened and the pages read
    print(f"open + first look-up: {time.perf_counter() - started:.3f} s")

    rng = random.Random(7)
    keys = [k for k, _ in gaz.name_keys(min_population=1000)]
    sample = rng.sample(keys, min(args.names, len(keys)))
    sample += ["Khasan", "Paris", "Springfield", "Washington", "North Korea", "Black Sea"]
    timings = []
    for name in sample:
        t0 = time.perf_counter()
        gaz._lookup.__wrapped__(name)  # uncached: measure SQLite, not the LRU cache
        timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    print(
        f"look-ups: {len(timings)} names, median {statistics.median(timings):.3f} ms, "
        f"p95 {timings[int(len(timings) * 0.95)]:.3f} ms, max {timings[-1]:.3f} ms"
    )
    t0 = time.perf_counter()
    for _ in range(200):
        gaz.reverse((rng.uniform(-60, 70), rng.uniform(-180, 180)))
    print(f"reverse: {(time.perf_counter() - t0) / 200 * 1000:.2f} ms mean over 200 points")
    print(f"file size: {path.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
