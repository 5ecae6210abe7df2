"""AppTest over every page (no browser): each renders the stored story without exceptions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
TIMEOUT = 120


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store.sqlite"))
    monkeypatch.setenv("GEO_DEMO", str(SEED))
    monkeypatch.setattr("ui.DEMO_ID_FILE", tmp_path / "demo.id")
    yield


def page(name: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "pages" / name), default_timeout=TIMEOUT)


def text_of(app: AppTest) -> str:
    parts = [m.value for m in app.markdown] + [t.value for t in app.title]
    parts += [c.value for c in app.caption]
    return "\n".join(str(p) for p in parts)


def test_app_entry_runs() -> None:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not app.exception


def test_map_page_shows_demo_route_and_meeting() -> None:
    app = page("map.py").run()
    assert not app.exception
    text = text_of(app)
    assert "Pyongyang" in text and "Khasan" in text and "Vladivostok" in text
    assert "Meeting at Vladivostok" in text
    assert "GeoNames" in text and "Natural Earth" in text
    assert len(app.dataframe) == 1


def test_events_page_lists_events_and_places() -> None:
    app = page("events.py").run()
    assert not app.exception
    events, places = app.dataframe
    assert len(events.value) > 5
    assert "Khasan" in set(places.value["name"].dropna())


def test_article_page_highlights_mentions() -> None:
    app = page("article.py").run()
    assert not app.exception
    html = "".join(str(h.proto.body) for h in app.get("html"))
    assert "<mark" in html and "Khasan" in html


def test_unknown_story_id_says_not_found() -> None:
    app = page("map.py")
    app.query_params["story"] = "A" * 22
    app.run()
    assert not app.exception
    assert any("not found" in e.value for e in app.error)


def test_ingest_stores_a_pasted_article_and_library_lists_it() -> None:
    app = page("ingest.py").run()
    app.text_area[0].input("Envoy in Cairo\n\nThe envoy flew from Amman to Cairo on Monday.")
    app.text_input[0].input("Envoy in Cairo")
    app.text_input[1].input("2024-05-08")
    app.button[0].click().run()
    assert not app.exception
    assert any("Stored" in s.value for s in app.success)
    library = page("library.py").run()
    assert not library.exception
    assert "Envoy in Cairo" in text_of(library)


def test_ingest_rejects_empty_text_with_one_line_error() -> None:
    app = page("ingest.py").run()
    app.button[0].click().run()
    assert not app.exception
    assert any("empty" in e.value for e in app.error)
