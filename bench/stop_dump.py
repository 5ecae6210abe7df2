"""Dump what the pipeline gives on every annotated route article, for bench/stop_model.py.

Runs under any version of geo/ (PYTHONPATH picks it: a git worktree of an older commit gives
the routes the rules gave then) and reads the annotations from this checkout's tests/. One
JSON line per case: its set, the expected stops and actor, the places, events, meetings and
the rule routes.

    PYTHONPATH=/path/to/worktree python bench/stop_dump.py OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent.parent / "tests"


def annotated_cases() -> list[tuple[str, Any]]:
    """(set name, Case) for the held-out cases and blind batches 13 to 17."""
    sys.path.insert(0, str(TESTS))
    import test_routes_unseen

    cases: list[tuple[str, Any]] = [("unseen", c) for c in test_routes_unseen.CASES]
    for k in range(13, 18):
        module = __import__(f"test_routes_batch{k}")
        cases += [(f"b{k}", c) for c in getattr(module, f"CASES{k}")]
    return [(s, c) for s, c in cases if c.stops is not None]


def _candidate(c: Any) -> dict[str, Any] | None:
    if c is None:
        return None
    return {
        "name": c.name,
        "lat": c.lat,
        "lon": c.lon,
        "kind": c.kind,
        "cc": c.country_code,
        "admin1": c.admin1,
        "fcode": c.feature_code,
        "pop": c.population,
    }


def _place(p: Any) -> dict[str, Any] | None:
    if p is None:
        return None
    m = p.mention
    return {
        "text": m.text,
        "start": m.start,
        "end": m.end,
        "label": m.label,
        "section": m.section,
        "chosen": _candidate(p.chosen),
    }


def dump(story: Any, group: str, case: Any) -> dict[str, Any]:
    return {
        "set": group,
        "name": case.name,
        "text": story.document.text,
        "published": case.published.isoformat() if case.published else None,
        "stops": list(case.stops),
        "actor": case.actor,
        "places": [_place(p) for p in story.places],
        "events": [
            {
                "date": e.date.isoformat() if e.date else None,
                "precision": e.date_precision,
                "actors": list(e.actors),
                "action": e.action,
                "type": e.event_type,
                "place": _place(e.place),
                "start": e.start,
                "end": e.end,
                "section": e.section,
                "role": e.role,
            }
            for e in story.events
        ],
        "meetings": [
            {"place": m.place, "lat": m.lat, "lon": m.lon, "participants": list(m.participants)}
            for m in story.meetings
        ],
        "routes": [
            {
                "actor": r.actor,
                "stops": [
                    {
                        "place": s.place,
                        "lat": s.lat,
                        "lon": s.lon,
                        "role": s.role,
                        "date": s.date.isoformat() if s.date else None,
                    }
                    for s in r.stops
                ],
            }
            for r in story.routes
        ],
    }


def main(out: str) -> None:
    from geo.models import Document
    from geo.pipeline import default_pipeline

    pipeline = default_pipeline()
    with open(out, "w", encoding="utf-8") as f:
        for group, case in annotated_cases():
            story = pipeline.parse(Document(case.name, case.text, published=case.published))
            f.write(json.dumps(dump(story, group, case)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
