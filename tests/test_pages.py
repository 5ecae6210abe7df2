"""AppTest over every page (no browser): each renders the stored story without exceptions."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
TIMEOUT = 120


@pytest.fixture(autouse=True)
def isolated_store(dashboard_store: None) -> None:
    """Every test here runs on its own store (tests/conftest.py)."""


def page(name: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "pages" / name), default_timeout=TIMEOUT)


def text_of(app: AppTest) -> str:
    parts = [m.value for m in app.markdown] + [t.value for t in app.title]
    parts += [c.value for c in app.caption]
    return "\n".join(str(p) for p in parts)


def test_app_entry_runs() -> None:
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not app.exception


def map_page() -> AppTest:
    """The map page after the run its map asks for once drawn (a browser's map reports its
    position; AppTest has no browser, so the second run is made here)."""
    return page("map.py").run().run()


def test_map_page_shows_demo_route_and_meeting() -> None:
    app = map_page()
    assert not app.exception
    text = text_of(app)
    assert "Pyongyang" in text and "Khasan" in text and "Vladivostok" in text
    assert "Meeting at Vladivostok" in text
    assert "GeoNames" in text and "Natural Earth" in text
    assert len(app.dataframe) == 1


def test_map_page_draws_the_map_before_the_event_table() -> None:
    """The first run leaves out the event table, the downloads and the sidebar's controls (the
    browser draws the map first: their scripts load and lay out while the map's frame waits),
    with a link to every event; the next run, asked for by the map once drawn, shows them, and
    the same map."""
    app = page("map.py").run()
    assert not app.exception
    assert len(app.get("component_instance")) == 1
    assert not app.dataframe and not app.get("download_button")
    assert any("Route of" in m.value for m in app.markdown)  # a few lines of text: at once
    assert not app.sidebar.multiselect and not app.sidebar.toggle
    (first_map,) = app.get("component_instance")
    assert any("follow as soon as the map is drawn" in c.value for c in app.caption)
    assert any("GeoNames" in c.value for c in app.caption)  # the credit comes with the map
    app.run()
    assert not app.exception
    assert app.sidebar.multiselect and app.toggle(key="edit_mode")
    (second_map,) = app.get("component_instance")
    assert second_map.proto.json_args == first_map.proto.json_args
    assert len(app.dataframe) == 1 and len(app.get("download_button")) == 4
    assert not any("follow as soon as the map is drawn" in c.value for c in app.caption)


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


# --- issue 5: view in the URL, editor, corrections, gazetteer -----------------------------------


def _key_of(app: AppTest, label: str) -> str:
    return next(b.key for b in app.button if b.label.startswith(label))


def test_gazetteer_page_lists_candidates() -> None:
    app = AppTest.from_file(str(ROOT / "pages" / "gazetteer.py"), default_timeout=TIMEOUT).run()
    assert not app.exception
    app.text_input(key="gazetteer-name").input("Vladivostok").run()
    assert not app.exception
    frame = app.dataframe[0].value
    assert {"name", "kind", "country", "population", "lat", "lon"} <= set(frame.columns)
    assert "RU" in set(frame["country"])
    assert app.query_params["q"] == ["Vladivostok"] or app.query_params["q"] == "Vladivostok"


def test_map_view_is_written_to_the_url_and_read_only_by_default() -> None:
    app = map_page()
    assert not app.exception
    assert app.query_params["story"]
    assert not app.toggle(key="edit_mode").value
    assert not [b for b in app.button if b.label == "Save correction"]
    assert "Share this view" in text_of(app)


def test_map_reopens_layers_and_dates_from_the_url() -> None:
    first = page("map.py").run()
    story_id = first.query_params["story"]
    story_id = story_id[0] if isinstance(story_id, list) else story_id
    app = page("map.py")
    for name, value in {"story": story_id, "layers": "places,routes", "tiles": "osm"}.items():
        app.query_params[name] = value
    app.run()
    app.run()  # the sidebar comes with the run the drawn map asks for
    assert not app.exception
    layers = next(m for m in app.multiselect if m.label == "Layers")
    assert set(layers.value) == {"places", "routes"}
    assert next(t for t in app.toggle if t.label.startswith("Online")).value


def test_date_filter_narrows_the_event_table() -> None:
    app = map_page()
    before = len(app.dataframe[0].value)
    slider = app.slider[0]
    _low, high = slider.value
    slider.set_value((high, high)).run()
    assert not app.exception
    after = len(app.dataframe[0].value)
    assert after < before
    assert app.query_params.get("from")


def test_correction_in_events_is_stored_shown_and_reused() -> None:
    app = page("events.py").run()
    app.toggle(key="edit_mode").set_value(True).run()
    app.selectbox(key="events-mention").set_value("Khasan").run()
    app.radio(key="events-how").set_value("searching the gazetteer").run()
    app.text_input(key="events-query").input("Vladivostok").run()
    app.button(key="events-save").click().run()
    assert not app.exception
    assert "Khasan" in text_of(app) and "corrected by the analyst" in text_of(app)
    again = page("events.py").run()  # a new session: the correction was stored
    places = again.dataframe[1].value
    khasan = places[places["mention"] == "Khasan"]
    assert set(khasan["name"]) == {"Vladivostok"} and khasan["corrected"].all()
    ingest = page("ingest.py").run()
    ingest.text_area[0].input("Border trip\n\nThe delegation drove from Seoul to Khasan on Monday.")
    ingest.button[0].click().run()
    link = next(m.value for m in ingest.markdown if "story=" in m.value)
    new_id = link.split("story=")[1].rstrip(")")
    later = page("events.py")
    later.query_params["story"] = new_id
    later.run()
    places = later.dataframe[1].value
    assert set(places[places["mention"] == "Khasan"]["name"]) == {"Vladivostok"}


def test_drop_a_false_place_and_restore_it() -> None:
    app = page("events.py").run()
    app.toggle(key="edit_mode").set_value(True).run()
    app.selectbox(key="events-mention").set_value("Khasan").run()
    app.button(key="events-drop").click().run()
    assert not app.exception
    assert "Khasan" not in set(app.dataframe[1].value["mention"])
    app.button(key="events-restore").click().run()
    assert not app.exception
    assert "Khasan" in set(app.dataframe[1].value["mention"])


def test_article_marks_the_evidence_of_a_mention() -> None:
    first = page("map.py").run()
    story_id = first.query_params["story"]
    story_id = story_id[0] if isinstance(story_id, list) else story_id
    from geo.store import Store

    with Store() as db:
        khasan = next(p for p in db.load_story(story_id).places if p.mention.text == "Khasan")
    app = page("article.py")
    app.query_params["story"] = story_id
    app.query_params["at"] = str(khasan.mention.start)
    app.run()
    assert not app.exception
    assert any("Evidence" in i.value and "Khasan" in i.value for i in app.info)


def test_library_search_finds_by_place() -> None:
    page("map.py").run()  # stores the demo story
    app = page("library.py").run()
    app.text_input(key="library-search").input("Khasan").run()
    assert not app.exception
    assert "story=" in text_of(app)
    app.text_input(key="library-search").input("Atlantis-nowhere").run()
    assert any("No stored stories" in i.value for i in app.info)


def test_library_combines_stored_stories_and_article_shows_each() -> None:
    from datetime import date

    from geo.models import Document
    from geo.pipeline import default_pipeline
    from geo.store import Store

    fixtures = ROOT / "tests" / "fixtures"
    ids = []
    with Store() as db:
        for name, published in (
            ("tour_hanoi", date(2024, 3, 6)),
            ("tour_bangkok", date(2024, 3, 8)),
        ):
            text = (fixtures / f"{name}.txt").read_text(encoding="utf-8")
            document = Document(name, text, text.splitlines()[0], published)
            ids.append(db.save_story(default_pipeline().parse(document)))
    app = page("library.py").run()
    app.multiselect(key="combine-stories").set_value(ids).run()
    app.text_input(key="combine-title").input("Wong's tour").run()
    app.button(key="combine").click().run()
    assert not app.exception
    assert any("Combined 2 stories" in s.value for s in app.success)
    with Store() as db:
        combined = next(s for s in db.list_stories() if s.title == "Wong's tour")
        story = db.load_story(combined.id)
    assert combined.n_documents == 2
    assert [s.place for s in story.routes[0].stops] == ["Canberra", "Manila", "Hanoi", "Bangkok"]
    assert "2 articles" in text_of(app)

    article = page("article.py")
    article.query_params["story"] = combined.id
    article.run()
    assert not article.exception
    assert [h.value for h in article.subheader] == [
        "Wong arrives in Hanoi",
        "Wong reaches Bangkok on last leg of tour",
    ]
    assert len(article.get("html")) == 2


def test_the_map_opens_on_our_own_demo_article_without_the_seed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A clone with no ../shared/seed beside it still opens on a demo story (data/)."""
    monkeypatch.delenv("GEO_DEMO")
    monkeypatch.setattr("ui.DEMO_ARTICLE", ROOT / "no-such-seed.txt")
    app = map_page()
    assert not app.exception
    text = text_of(app)
    assert "Pyongyang" in text and "Khasan" in text and "Vladivostok" in text
    assert "Komsomolsk-on-Amur" in text  # told only in our own article
