"""Benchmark `geo batch`: LGL's articles in one process vs a scheduler and two one-thread workers.

Usage: python bench/bench_batch.py [--corpus ../shared/eval/lgl.xml] [--limit N] [--no-write]

1. one process: `python -m geo parse --jsonl` over the corpus (wall time, CPU time, peak memory);
2. `dask scheduler` and two `dask worker --nthreads 1` processes started on loopback, then
   `python -m geo batch --scheduler ADDRESS` (wall time; each worker's peak memory);
3. places compared document by document; the section "Batch geoparsing on Dask" of
   `docs/benchmarks.md` is rewritten with the figures (other sections are kept).

Both timings are end to end: each includes loading the model and gazetteer. The corpus is
converted to a temporary JSONL file and never copied into the repository. Both runs use a snapshot
of `geo/` and of the gazetteer taken at the start, so edits made meanwhile cannot make them differ.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pandas as pd
import sections  # bench/sections.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "eval" / "lgl.xml"
DOC = ROOT / "docs" / "benchmarks.md"
PY = sys.executable


def snapshot(tmp: Path) -> tuple[Path, dict[str, str]]:
    """A copy of the package and the gazetteer, and the environment that makes runs use it."""
    from geo.gazetteer import default_path

    snap = tmp / "snapshot"
    shutil.copytree(ROOT / "geo", snap / "geo", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(default_path(), snap / "gazetteer.sqlite")
    env = {
        **os.environ,
        "PYTHONPATH": str(snap),
        "GEO_GAZETTEER": str(snap / "gazetteer.sqlite"),
    }
    return snap, env


def corpus_jsonl(corpus: Path, out: Path, limit: int | None) -> int:
    """LGL's <article> elements as JSONL lines {id, text, title, source, published}."""
    n = 0
    with out.open("w", encoding="utf-8") as fh:
        for article in ET.parse(corpus).getroot().iter("article"):
            if limit is not None and n >= limit:
                break
            record = {
                "id": article.get("docid") or str(n),
                "text": article.findtext("text") or "",
                "title": article.findtext("title") or "",
                "source": article.findtext("domain") or "",
                "published": (article.findtext("dltime") or "")[:10] or None,
            }
            # ASCII escapes: an article holds U+0085 (NEL), on which `parse --jsonl` (it splits
            # with str.splitlines) would cut the line in two; `geo batch` splits on "\n" only.
            fh.write(json.dumps(record) + "\n")
            n += 1
    return n


def single_process(jsonl: Path, out: Path, snap: Path, env: dict[str, str]) -> dict[str, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    with out.open("wb") as fh:
        done = subprocess.run(
            [PY, "-m", "geo", "parse", "--jsonl", str(jsonl)],
            stdout=fh,
            stderr=subprocess.PIPE,
            cwd=snap,
            env=env,
        )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"parse --jsonl failed: {done.stderr.decode()[-500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    errors = [e for e in done.stderr.decode().splitlines() if e.startswith("error:")]
    for error in errors[:5]:
        print(f"  parse --jsonl {error}", flush=True)
    return {"wall": wall, "cpu": cpu, "peak_mb": after.ru_maxrss / 1024, "errors": len(errors)}


def two_plain_processes(jsonl: Path, tmp: Path, snap: Path, env: dict[str, str]) -> float:
    """Control without Dask: two `parse --jsonl` processes at once, each on half the corpus."""
    lines = jsonl.read_text(encoding="utf-8").split("\n")
    lines = [line for line in lines if line.strip()]
    halves = [tmp / "half1.jsonl", tmp / "half2.jsonl"]
    middle = len(lines) // 2
    for half, part in zip(halves, (lines[:middle], lines[middle:]), strict=True):
        half.write_text("\n".join(part) + "\n", encoding="utf-8")
    started = time.perf_counter()
    procs = [
        subprocess.Popen(
            [PY, "-m", "geo", "parse", "--jsonl", str(half)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=snap,
            env=env,
        )
        for half in halves
    ]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - started


def _failures(summary: str) -> int:
    found = re.search(r"([\d,]+) failures", summary)
    return int(found.group(1).replace(",", "")) if found else -1


def _worker_peak_mb() -> float:
    import resource as r

    return r.getrusage(r.RUSAGE_SELF).ru_maxrss / 1024


def cluster_run(
    jsonl: Path, out: Path, tmp: Path, snap: Path, env: dict[str, str]
) -> dict[str, Any]:
    from distributed import Client

    dask = str(Path(PY).with_name("dask"))
    scheduler_file = tmp / "scheduler.json"
    logs = (tmp / "dask.log").open("w")
    procs = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)],
            stdout=logs, stderr=logs, cwd=snap, env=env,
        )
    ]  # fmt: skip
    try:
        for _ in range(300):
            if scheduler_file.exists():
                break
            time.sleep(0.1)
        for _ in range(2):
            procs.append(
                subprocess.Popen(
                    [dask, "worker", "--scheduler-file", str(scheduler_file), "--nthreads", "1",
                     "--nworkers", "1", "--no-dashboard", "--host", "127.0.0.1"],
                    stdout=logs, stderr=logs, cwd=snap, env=env,
                )
            )  # fmt: skip
        with Client(scheduler_file=str(scheduler_file)) as client:
            client.wait_for_workers(2, timeout=120)
            address = client.scheduler.address
            started = time.perf_counter()
            done = subprocess.run(
                [PY, "-m", "geo", "batch", str(jsonl), "--out", str(out), "--scheduler", address],
                capture_output=True,
                cwd=snap,
                env=env,
            )
            wall = time.perf_counter() - started
            if done.returncode not in (0, 1):
                raise SystemExit(f"geo batch failed: {done.stderr.decode()[-800:]}")
            peaks = client.run(_worker_peak_mb)
            cpu = client.run(lambda: time.process_time())
        return {
            "wall": wall,
            "cpu": sum(cpu.values()),
            "worker_cpu": sorted(cpu.values()),
            "worker_peak_mb": sorted(peaks.values()),
            "summary": done.stdout.decode().strip(),
            "failures": _failures(done.stdout.decode()),
            "address": address,
        }
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        logs.close()


def compare(single_out: Path, batch_out: Path) -> tuple[bool, int, int, list[str]]:
    """(identical, places in one process, places in the batch, ids that differ)."""
    keys = ["mention", "start", "end", "name", "lat", "lon"]
    expected: dict[str, list[tuple[Any, ...]]] = {}
    for line in single_out.read_text(encoding="utf-8").split("\n"):
        if not line.strip():
            continue
        obj = json.loads(line)
        expected[obj["id"]] = [tuple(p[k] for k in keys) for p in obj["places"]]
    frame = pd.read_parquet(batch_out / "places").sort_values(["doc_id", "idx"], kind="stable")
    got: dict[str, list[tuple[Any, ...]]] = {doc_id: [] for doc_id in expected}
    for row in frame.itertuples(index=False):
        values = tuple(None if pd.isna(v) else v for v in (getattr(row, k) for k in keys))
        got.setdefault(row.doc_id, []).append(values)
    differ = sorted(d for d in set(expected) | set(got) if expected.get(d) != got.get(d))
    n_single = sum(map(len, expected.values()))
    return not differ, n_single, len(frame), differ


def write_section(text: str) -> None:
    sections.write_section("bench_batch", text, DOC)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--no-write", action="store_true", help="do not touch docs/benchmarks.md")
    parser.add_argument(
        "--control", action="store_true", help="also time two plain processes on halves (no Dask)"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-batch-") as name:
        tmp = Path(name)
        jsonl = tmp / "corpus.jsonl"
        n = corpus_jsonl(args.corpus, jsonl, args.limit)
        snap, env = snapshot(tmp)
        load_before = os.getloadavg()[0]
        print(f"{n} articles; load average {load_before:.2f}", flush=True)
        single = single_process(jsonl, tmp / "single.jsonl", snap, env)
        print(f"one process: {single['wall']:.1f} s wall, {single['cpu']:.1f} s CPU", flush=True)
        batch = cluster_run(jsonl, tmp / "batch", tmp, snap, env)
        print(f"scheduler + 2 workers: {batch['wall']:.1f} s wall; {batch['summary']}", flush=True)
        identical, n_single, n_batch, differ = compare(tmp / "single.jsonl", tmp / "batch")
        control = two_plain_processes(jsonl, tmp, snap, env) if args.control else None
        if control is not None:
            print(f"two plain processes on halves: {control:.1f} s wall", flush=True)
        load_after = os.getloadavg()[0]

    ratio = single["wall"] / batch["wall"]
    peaks = ", ".join(f"{p:.0f} MB" for p in batch["worker_peak_mb"])
    verdict = "identical" if identical else f"DIFFERENT in {len(differ)} documents: {differ[:5]}"
    report = f"""## Batch geoparsing on Dask (`bench/bench_batch.py`)

{n} LGL articles (`{args.corpus.name}`), end to end (each run loads the model and gazetteer).
Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}; load average
{load_before:.2f} before and {load_after:.2f} after (other jobs shared the machine).

| run | wall time | documents/s | peak memory |
|---|---|---|---|
| one process, `geo parse --jsonl` | {single["wall"]:.1f} s | {n / single["wall"]:.2f} | \
{single["peak_mb"]:.0f} MB |
| `dask scheduler` + 2 `dask worker --nthreads 1`, `geo batch --scheduler` | \
{batch["wall"]:.1f} s | {n / batch["wall"]:.2f} | {peaks} per worker |

- Speed ratio (one process / cluster): **{ratio:.2f}x** (target 1.4x).
- Places: {verdict} ({n_single} in one process, {n_batch} in the batch output; records
  refused: {single["errors"]} by `parse --jsonl`, {batch["failures"]} by `geo batch`).
- Batch summary: `{batch["summary"]}`
- CPU time: one process {single["cpu"]:.0f} s; the two workers {batch["cpu"]:.0f} s together
  ({" + ".join(f"{c:.0f} s" for c in batch["worker_cpu"])}, model loading included).
"""
    if control is not None:
        report += (
            f"- Control without Dask: two plain `parse --jsonl` processes at once, each on half "
            f"the corpus, took {control:.1f} s ({single['wall'] / control:.2f}x one process): the\n"
            "  ceiling that the machine itself allows two processes at the time of the run.\n"
        )
    print(report)
    if not args.no_write:
        write_section(report)
        print(f"wrote {DOC.relative_to(ROOT)}")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
