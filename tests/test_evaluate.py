"""The evaluation on a tiny corpus written here, in both gold formats."""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest

from geo.errors import InputError
from geo.evaluate import evaluate, load_corpus
from geo.pipeline import default_pipeline

LGL_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="1">
    <dltime>2024-05-01 10:00:00</dltime>
    <text><![CDATA[The mayor of Toronto flew to Madrid on Monday. Ripley Smith stayed.]]></text>
    <toponyms count="2">
      <toponym><start>13</start><end>20</end><phrase>Toronto</phrase>
        <gaztag geonameid="6167865"><lat>43.70643</lat><lon>-79.39864</lon></gaztag></toponym>
      <toponym><start>30</start><end>36</end><phrase>Madrid</phrase>
        <gaztag geonameid="3117735"><lat>40.4165</lat><lon>-3.70256</lon></gaztag></toponym>
    </toponyms>
  </article>
</articles>"""

GWN_STYLE = """<?xml version="1.0" ?>
<articles>
  <article file="0">
    <text>Floods hit Dhaka and the Ganges delta.</text>
    <toponyms>
      <toponym><extractedName>Dhaka</extractedName><type>Literal</type><start>11</start>
        <end>16</end><latitude>23.7104</latitude><longitude>90.40744</longitude></toponym>
      <toponym><extractedName>Ganges</extractedName><type>Literal</type><start>25</start>
        <end>31</end><latitude/><longitude/></toponym>
    </toponyms>
  </article>
</articles>"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_lgl_format_scores_found_and_resolved_places(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path, "lgl.xml", LGL_STYLE))
    assert corpus[0].published is not None and len(corpus[0].toponyms) == 2
    errors = io.StringIO()
    summary = evaluate(corpus, default_pipeline().parse_many, errors)
    assert summary["gold_toponyms"] == 2 and summary["recall"] == 1.0
    assert summary["acc161"] == 1.0 and summary["median_error_km"] < 50
    assert 0 <= summary["auc"] < 0.2 and summary["f1"] > 0.6
    for line in errors.getvalue().splitlines():
        assert json.loads(line)["kind"] in {"false_positive", "missed", "wrong_place"}


def test_gold_without_coordinates_counts_neither_way(tmp_path: Path) -> None:
    corpus = load_corpus(write(tmp_path, "gwn.xml", GWN_STYLE))
    summary = evaluate(corpus, default_pipeline().parse_many)
    assert summary["gold_toponyms"] == 1
    assert summary["precision"] == 1.0 and summary["matched"] == 1
    assert math.isclose(summary["end_to_end_161"], 1.0)


def test_bad_corpus_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_corpus(write(tmp_path, "bad.xml", "<articles><oops"))
    with pytest.raises(InputError):
        load_corpus(write(tmp_path, "empty.xml", "<articles/>"))


GEOVIRUS_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article>
    <source>http://example.org/ebola</source>
    <text>Ebola cases rose in Freetown and Monrovia.</text>
    <locations>
      <location><name>Freetown</name><start>20</start><end>28</end>
        <page>https://en.wikipedia.org/wiki/Freetown</page><lat>8.484</lat><lon>-13.2299</lon>
      </location>
      <location><name>Monrovia</name><start>33</start><end>41</end>
        <page>https://en.wikipedia.org/wiki/Monrovia</page><lat>6.3005</lat><lon>-10.7969</lon>
      </location>
    </locations>
  </article>
</articles>"""

WIKTOR_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<pages>
  <page number="7">
    <pageTitle>Lyon</pageTitle><toponymName>Lyon</toponymName>
    <lat>45.76</lat><lon>4.84</lon><url>https://en.wikipedia.org/wiki/Lyon</url>
    <text>Lyon is a city in France. The Rhone flows through Lyon.</text>
    <toponymIndices>
      <toponym><start>0</start><end>4</end></toponym>
      <toponym><start>50</start><end>54</end></toponym>
    </toponymIndices>
  </page>
</pages>"""


def test_geovirus_and_wiktor_formats_are_read(tmp_path: Path) -> None:
    virus = load_corpus(write(tmp_path, "geovirus.xml", GEOVIRUS_STYLE))[0]
    assert [(t.phrase, t.start, t.end) for t in virus.toponyms] == [
        ("Freetown", 20, 28),
        ("Monrovia", 33, 41),
    ]
    assert virus.toponyms[1].lat == pytest.approx(6.3005)
    wiktor = load_corpus(write(tmp_path, "wiktor.xml", WIKTOR_STYLE))[0]
    assert wiktor.id == "7" and len(wiktor.toponyms) == 2
    assert all((t.lat, t.lon) == (45.76, 4.84) for t in wiktor.toponyms)
    summary = evaluate([virus, wiktor], default_pipeline().parse_many)
    assert summary["recall"] == 1.0 and summary["acc161"] == 1.0
