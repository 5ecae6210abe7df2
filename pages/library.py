"""Stored stories, searchable; each opens by its share link."""

import streamlit as st

import ui

st.title("Library")
query = st.text_input("Search titles", "")
with ui.store() as db:
    stories = db.list_stories(query)
if not stories:
    st.info("No stored stories match.")
for summary in stories:
    published = summary.published or "undated"
    title = ui.markdown_text(summary.title or "Untitled")
    st.markdown(f"[{title}](/?story={summary.id}) · {published} · {summary.n_places} places")
