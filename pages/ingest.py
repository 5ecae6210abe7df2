"""Paste an article or upload files (text, Markdown, HTML, RSS/Atom, CSV/JSONL batches); each
article is parsed, stored, and opened on the map. Parsing of files lives in geo/extract.py."""

from collections.abc import Sequence

import pandas as pd
import streamlit as st

import ui
from geo.errors import GeoError
from geo.extract import UPLOAD_TYPES, RowError, documents_from_upload
from geo.inputs import decode_text, document_id, parse_published, title_of
from geo.models import Document
from geo.online import OnlineGeocoder

APP_URL = "http://localhost:8501"
SHOWN_LINKS = 50


Stored = tuple[str, str, list[str]]  # title, story id, the story's notes


def store_all(
    documents: Sequence[Document], errors: list[RowError], online: OnlineGeocoder | None
) -> list[Stored]:
    """Parse and store each document (one transaction each) with a progress bar; a failure is
    added to `errors` and the others go on. Returns the stored ones."""
    stored: list[Stored] = []
    bar = st.progress(0.0, text=f"Mapping {len(documents)} articles…")
    with ui.store() as db:
        stories = ui.pipeline().parse_many(documents, db.corrections(), online=online)
        for number, (document, story) in enumerate(zip(documents, stories, strict=True), 1):
            try:
                stored.append((document.title, db.save_story(story), story.notes))
            except GeoError as exc:
                errors.append(RowError(f"article {number} ({document.id})", str(exc)))
            bar.progress(number / len(documents), text=f"{number} of {len(documents)} mapped")
    return stored


def show_result(stored: list[Stored], errors: list[RowError]) -> None:
    if stored:
        st.success(f"Stored {len(stored)} {'story' if len(stored) == 1 else 'stories'}.")
        for note in dict.fromkeys(note for _, _, notes in stored for note in notes):
            st.warning(note)
        for title, story_id, _ in stored[:SHOWN_LINKS]:
            st.markdown(f"[{ui.markdown_text(title or 'Untitled')}](/?story={story_id})")
        if len(stored) > SHOWN_LINKS:
            st.caption(f"… and {len(stored) - SHOWN_LINKS} more in the Library.")
    if errors:
        st.error(f"{len(errors)} {'record' if len(errors) == 1 else 'records'} could not be used.")
        table = pd.DataFrame(
            {"where": [e.where for e in errors], "error": [e.message for e in errors]}
        )
        st.dataframe(table, hide_index=True)


st.title("Ingest an article")
online = ui.online_geocoder()  # None unless the sidebar switch (or GEO_ONLINE=1) turns it on
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
            story = ui.pipeline().parse(document, db.corrections(), online=online)
            story_id = db.save_story(story)
    except GeoError as exc:
        st.error(str(exc))
    else:
        st.success(f"Stored {len(story.places)} places and {len(story.events)} events.")
        ui.show_notes(story)
        st.markdown(f"[Open the map](/?story={story_id})")
        st.code(f"{APP_URL}/?story={story_id}", language=None)

st.subheader("Or upload a file")
st.caption(
    "Text, Markdown or HTML (the article text is extracted), an RSS/Atom feed (one article per "
    "item), or a CSV/JSONL batch with columns id, text, published, title, source."
)
upload = st.file_uploader("Article file", type=list(UPLOAD_TYPES))
if upload is not None:
    try:
        documents, errors = documents_from_upload(upload.name, upload.getvalue())
    except GeoError as exc:
        st.error(str(exc))
    else:
        if len(documents) == 1 and not errors:
            only = documents[0]
            with st.form(f"upload-{only.id}"):
                st.caption(f"{len(only.text):,} characters of article text from {upload.name}")
                title = st.text_input("Title", only.title)
                published = st.text_input(
                    "Publication date (YYYY-MM-DD)",
                    only.published.isoformat() if only.published else "",
                )
                with st.expander("Extracted text"):
                    st.text(only.text[:5000])
                go = st.form_submit_button("Map it")
            if go:
                try:
                    edited = Document(
                        only.id,
                        only.text,
                        title or only.title,
                        parse_published(published),
                        only.source,
                    )
                    result = store_all([edited], errors, online)
                except GeoError as exc:
                    st.error(str(exc))
                else:
                    show_result(result, errors)
        else:
            st.info(
                f"{len(documents)} articles in {upload.name}"
                + (f"; {len(errors)} records cannot be used (listed below)." if errors else ".")
            )
            if documents and st.button(f"Map all {len(documents)}"):
                show_result(store_all(documents, errors, online), errors)
            elif errors:
                show_result([], errors)
