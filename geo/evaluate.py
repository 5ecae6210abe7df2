"""Measure recognition and resolution on gold corpora (LGL, GeoWebNews XML formats).

Definitions follow the project's evaluation notes: a predicted span matches a gold toponym when
they overlap; precision and recall count gold toponyms with coordinates; a prediction overlapping
a gold annotation without coordinates counts neither way; resolution is scored on matched pairs.
"""

from __future__ import annotations

import json
import math
import statistics
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from geopy.distance import great_circle

from geo.errors import InputError
from geo.models import Candidate, Document, Place, Story

ACC_KM = 161.0
EARTH_HALF_CIRCUMFERENCE_KM = 20039.0


Margin = tuple[tuple[float, ...], tuple[bool, ...], bool]
"""A resolution's ranked scores, which readings lie near the chosen one, and whether it was
right."""


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    kind: str = ""

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None


@dataclass(frozen=True)
class GoldDocument:
    id: str
    text: str
    published: date | None
    toponyms: tuple[GoldToponym, ...]


@dataclass
class Scores:
    """Running totals over documents; `summary()` turns them into the reported figures."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    errors_km: list[float] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)
    margins: list[Margin] = field(default_factory=list)
    documents: int = 0
    seconds: float = 0.0

    def summary(self) -> dict[str, float]:
        precision = self.matched / self.predicted if self.predicted else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        errors = self.errors_km
        within = sum(1 for e in errors if e <= ACC_KM)
        auc = (
            statistics.fmean(math.log1p(e) / math.log(EARTH_HALF_CIRCUMFERENCE_KM) for e in errors)
            if errors
            else 0.0
        )
        return {
            "documents": self.documents,
            "gold_toponyms": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "acc161": round(within / len(errors), 4) if errors else 0.0,
            "auc": round(auc, 4),
            "mean_error_km": round(statistics.fmean(errors), 1) if errors else 0.0,
            "median_error_km": round(statistics.median(errors), 1) if errors else 0.0,
            "end_to_end_161": round(within / self.gold, 4) if self.gold else 0.0,
            "docs_per_second": round(self.documents / self.seconds, 2) if self.seconds else 0.0,
            "calibration_error": round(self.calibration_error(), 4),
        }

    def calibration(self, bins: int = 5) -> list[tuple[float, int, float, float]]:
        """(bin floor, pairs, mean confidence, share within 161 km) per confidence bin."""
        rows = []
        pairs = list(zip(self.confidences, self.errors_km, strict=True))
        for index in range(bins):
            low, high = index / bins, (index + 1) / bins
            inside = [(c, e) for c, e in pairs if low <= c < high or (index == bins - 1 and c == 1)]
            if inside:
                mean_conf = statistics.fmean(c for c, _ in inside)
                right = sum(1 for _, e in inside if e <= ACC_KM) / len(inside)
                rows.append((low, len(inside), round(mean_conf, 3), round(right, 3)))
        return rows

    def calibration_error(self) -> float:
        """Expected calibration error: how far confidence is from the share right, weighted."""
        total = len(self.confidences)
        if not total:
            return 0.0
        return sum(n * abs(conf - right) for _, n, conf, right in self.calibration()) / total


def load_corpus(path: str | Path, limit: int | None = None) -> list[GoldDocument]:
    """Read a geoparsing corpus in the XML of LGL, GeoWebNews and TR-News (`<article>` with
    `<toponym>`s), GeoVirus (`<article>` with `<location>`s) or WikToR (`<page>`s whose
    toponyms all name the page's place)."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read corpus {path}: {exc}") from None
    documents: list[GoldDocument] = []
    for index, article in enumerate(_articles(root)):
        if limit is not None and len(documents) >= limit:
            break
        documents.append(_article(article, index))
    if not documents:
        raise InputError(f"{path} holds no <article> or <page> elements")
    return documents


def _articles(root: ET.Element) -> list[ET.Element]:
    articles = list(root.iter("article"))
    return articles or list(root.iter("page"))


def _article(article: ET.Element, index: int) -> GoldDocument:
    doc_id = article.get("docid") or article.get("file") or article.get("number") or str(index)
    text = article.findtext("text") or ""
    published = _published(article.findtext("dltime"))
    page_point = (_float(article.findtext("lat")), _float(article.findtext("lon")))
    toponyms = tuple(
        _toponym(t, page_point)
        for t in article.iter()
        if t.tag in ("toponym", "location") and t.find("start") is not None
    )
    return GoldDocument(doc_id, text, published, toponyms)


def _published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _toponym(
    element: ET.Element, page_point: tuple[float | None, float | None] = (None, None)
) -> GoldToponym:
    start = int(element.findtext("start") or 0)
    end = int(element.findtext("end") or 0)
    phrase = (
        element.findtext("phrase")
        or element.findtext("extractedName")
        or element.findtext("name")
        or ""
    )
    gaztag = element.find("gaztag")
    source = gaztag if gaztag is not None else element
    lat = _float(source.findtext("lat") or source.findtext("latitude"))
    lon = _float(source.findtext("lon") or source.findtext("longitude"))
    if lat is None or lon is None:
        lat, lon = page_point  # WikToR: every toponym of a page names the page's place
    return GoldToponym(start, end, phrase, lat, lon, element.findtext("type") or "")


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def predicted_places(story: Story) -> list[Place]:
    """Every resolved place mention, in every section (gold corpora annotate whole texts)."""
    return [p for p in story.places if p.chosen is not None]


def score_document(
    gold: GoldDocument, places: Sequence[Place], scores: Scores, errors: list[dict[str, Any]]
) -> None:
    """Add one document's matches, misses and resolution errors to the totals."""
    with_point = [g for g in gold.toponyms if g.has_point]
    without_point = [g for g in gold.toponyms if not g.has_point]
    scores.gold += len(with_point)
    used: set[int] = set()
    for place in places:
        match = _overlapping(place, with_point, used)
        if match is None:
            if not any(_overlaps(place, g) for g in without_point):
                scores.predicted += 1
                errors.append(_record(gold, "false_positive", place, None, None))
            continue
        used.add(match)
        scores.predicted += 1
        scores.matched += 1
        toponym = with_point[match]
        assert place.chosen is not None and toponym.lat is not None and toponym.lon is not None
        error = float(
            great_circle((place.chosen.lat, place.chosen.lon), (toponym.lat, toponym.lon)).km
        )
        scores.errors_km.append(error)
        scores.confidences.append(place.confidence)
        ranked = (place.chosen.score, *(a.score for a in place.alternatives))
        near = (True, *(_km_apart(place.chosen, a) <= ACC_KM for a in place.alternatives))
        scores.margins.append((ranked, near, error <= ACC_KM))
        if error > ACC_KM:
            errors.append(_record(gold, "wrong_place", place, toponym, error))
    for index, toponym in enumerate(with_point):
        if index not in used:
            errors.append(_record(gold, "missed", None, toponym, None))


def _km_apart(a: Candidate, b: Candidate) -> float:
    return float(great_circle((a.lat, a.lon), (b.lat, b.lon)).km)


def _overlaps(place: Place, toponym: GoldToponym) -> bool:
    return place.mention.start < toponym.end and toponym.start < place.mention.end


def _overlapping(place: Place, toponyms: Sequence[GoldToponym], used: set[int]) -> int | None:
    for index, toponym in enumerate(toponyms):
        if index not in used and _overlaps(place, toponym):
            return index
    return None


def _record(
    gold: GoldDocument,
    kind: str,
    place: Place | None,
    toponym: GoldToponym | None,
    error: float | None,
) -> dict[str, Any]:
    start = place.mention.start if place else toponym.start if toponym else 0
    return {
        "doc": gold.id,
        "kind": kind,
        "mention": place.mention.text if place else None,
        "label": place.mention.label if place else None,
        "resolved": place.chosen.name if place and place.chosen else None,
        "resolved_country": place.chosen.country_code if place and place.chosen else None,
        "resolved_point": [place.chosen.lat, place.chosen.lon] if place and place.chosen else None,
        "confidence": place.confidence if place else None,
        "gold": toponym.phrase if toponym else None,
        "gold_point": [toponym.lat, toponym.lon] if toponym else None,
        "gold_type": toponym.kind if toponym else None,
        "error_km": round(error, 1) if error is not None else None,
        "context": gold.text[max(0, start - 60) : start + 60],
    }


def evaluate(
    documents: Iterable[GoldDocument],
    parse_many: Any,
    errors_out: TextIO | None = None,
    calibrate: bool = False,
) -> dict[str, float]:
    """Parse every document with `parse_many(documents) -> Iterable[Story]` and score it."""
    gold_docs = list(documents)
    scores = Scores()
    errors: list[dict[str, Any]] = []
    started = time.perf_counter()
    inputs = [Document(g.id, g.text, published=g.published) for g in gold_docs]
    for gold, story in zip(gold_docs, parse_many(inputs), strict=True):
        score_document(gold, predicted_places(story), scores, errors)
        scores.documents += 1
    scores.seconds = time.perf_counter() - started
    if errors_out is not None:
        for record in errors:
            errors_out.write(json.dumps(record, ensure_ascii=False) + "\n")
    summary = scores.summary()
    if calibrate:
        summary |= fit_temperature(scores.margins)
    return summary


def confidence_at(
    ranked: Sequence[float], temperature: float, near: Sequence[bool] | None = None
) -> float:
    """The resolver's confidence for a chosen score among its rivals at a temperature: the
    weight of the readings `near` the chosen one (itself by default) over all."""
    best = ranked[0]
    weights = [math.exp((score - best) / temperature) for score in ranked]
    near = near if near is not None else [True, *[False] * (len(ranked) - 1)]
    return sum(w for w, n in zip(weights, near, strict=True) if n) / sum(weights)


def fit_temperature(margins: Sequence[Margin], folds: int = 2) -> dict[str, float]:
    """Choose the softmax temperature that calibrates confidence, by `folds`-fold
    cross-validation; returns the fitted value and the held-out calibration error."""
    grid = [round(0.1 * step, 2) for step in range(2, 31)]
    held_out = []
    for fold in range(folds):
        train = [m for i, m in enumerate(margins) if i % folds != fold]
        test = [m for i, m in enumerate(margins) if i % folds == fold]
        best = min(grid, key=lambda t: _ece(train, t))
        held_out.append(_ece(test, best))
    fitted = min(grid, key=lambda t: _ece(margins, t))
    return {
        "temperature": fitted,
        "held_out_calibration_error": round(statistics.fmean(held_out), 4),
    }


def _ece(margins: Sequence[Margin], temperature: float, bins: int = 10) -> float:
    buckets: dict[int, list[tuple[float, bool]]] = {}
    for ranked, near, right in margins:
        confidence = confidence_at(ranked, temperature, near)
        buckets.setdefault(min(int(confidence * bins), bins - 1), []).append((confidence, right))
    total = sum(len(b) for b in buckets.values()) or 1
    return (
        sum(
            abs(statistics.fmean(c for c, _ in b) - sum(r for _, r in b) / len(b)) * len(b)
            for b in buckets.values()
        )
        / total
    )
