"""Paste an article; it is parsed, stored, and opened on the map."""

import streamlit as st

import ui
from geo.errors import GeoError
from geo.inputs import decode_text, document_id, parse_published, title_of
from geo.models import Document

st.title("Ingest an article")
with st.form("ingest"):
    text = st.text_area("Article text", height=300)
    title = st.text_input("Title (default: the first line)")
    published = st.text_input("Publication date (YYYY-MM-DD)")
    submitted = st.form_submit_button("Map it")
if submitted:
    try:
        body = decode_text(text.encode("utf-8"), "the pasted text")
        document = Document(
            document_id(body), body, title or title_of(body), parse_published(published), "pasted"
        )
        with ui.store() as db:
            story = ui.pipeline().parse(document, db.corrections())
            story_id = db.save_story(story)
    except GeoError as exc:
        st.error(str(exc))
    else:
        st.success(f"Stored {len(story.places)} places and {len(story.events)} events.")
        st.markdown(f"[Open the map](/?story={story_id})")
        st.code(f"http://localhost:8501/?story={story_id}", language=None)
