"""The one Streamlit-aware helper: cached resources, session keys and the story in the URL."""

from __future__ import annotations

import html
import os
import re
from pathlib import Path

import streamlit as st

from geo.errors import GeoError, NotFoundError
from geo.inputs import read_document
from geo.models import Story
from geo.pipeline import Pipeline
from geo.store import Store

ROOT = Path(__file__).resolve().parent
DEMO_ARTICLE = ROOT.parent / "shared" / "seed" / "000_8ac453d4525ff693.txt"
DEMO_PUBLISHED = "2023-09-11"
DEMO_ID_FILE = ROOT / "data" / "demo.id"
STORY_PARAM = "story"


@st.cache_resource(show_spinner="Loading the language model and gazetteer…")
def pipeline() -> Pipeline:
    """One pipeline per server process, shared by every session."""
    return Pipeline.load(os.environ.get("GEO_GAZETTEER"))


def store() -> Store:
    """A store connection for this script run (SQLite connections are cheap)."""
    return Store(os.environ.get("GEO_STORE"))


def demo_article() -> Path:
    return Path(os.environ.get("GEO_DEMO", DEMO_ARTICLE))


def demo_story_id() -> str | None:
    """The demo story's id, parsing and storing the demo article on first use."""
    with store() as db:
        if DEMO_ID_FILE.exists():
            story_id = DEMO_ID_FILE.read_text().strip()
            if db.exists(story_id):
                return story_id
        if not demo_article().exists():
            return None
        document = read_document(str(demo_article()), DEMO_PUBLISHED)
        story_id = db.save_story(pipeline().parse(document, db.corrections()))
    DEMO_ID_FILE.parent.mkdir(parents=True, exist_ok=True)
    DEMO_ID_FILE.write_text(story_id)
    return story_id


def current_story() -> tuple[str, Story] | None:
    """The story named in the URL (?story=ID), else the demo story; errors shown in the page."""
    story_id = st.query_params.get(STORY_PARAM)
    try:
        if not story_id:
            story_id = demo_story_id()
            if story_id is None:
                st.info("No story yet: paste an article on the Ingest page.")
                return None
        with store() as db:
            return story_id, db.load_story(story_id)
    except NotFoundError:
        st.error("Story not found. Check the link, or open the Library.")
    except GeoError as exc:
        st.error(str(exc))
    return None


def show_error(exc: Exception) -> None:
    st.error(str(exc))


def markdown_text(text: str) -> str:
    """User text made safe inside Markdown: HTML escaped, Markdown punctuation backslashed."""
    escaped = html.escape(text, quote=False)
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|>~])", r"\\\1", escaped)
