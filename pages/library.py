"""Stored stories, searchable; each opens by its share link."""

import streamlit as st

import ui

st.title("Library")
with st.expander("Open a batch output folder (`geo batch ... --out DIR`)"):
    folder = st.text_input("Batch output folder", "", key="batch_folder")
    if st.button("Open batch", key="open_batch") and folder.strip():
        from geo.batch import load_batch_story
        from geo.errors import GeoError

        try:
            with ui.store() as db:
                batch_id = db.save_story(load_batch_story(folder.strip()))
            st.markdown(f"Stored: [open the batch map](/?story={batch_id})")
        except GeoError as exc:
            ui.show_error(exc)
query = st.text_input("Search titles, sources and places", "", key="library-search")
with ui.store() as db:
    stories = db.list_stories(query)
if not stories:
    st.info("No stored stories match.")
else:
    st.caption(f"{len(stories)} stories, most recently updated first")
for summary in stories:
    published = summary.published or "undated"
    title = ui.markdown_text(summary.title or "Untitled")
    added = summary.created.strftime("%Y-%m-%d %H:%M")
    st.markdown(
        f"[{title}](/?story={summary.id}) · {published} · {summary.n_places} places · "
        f"added {added} · [article](/article?story={summary.id})"
    )
