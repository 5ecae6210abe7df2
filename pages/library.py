"""Stored stories, searchable; each opens by its share link. Several stories about one trip can
be combined into one (geo/combine.py)."""

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
with st.expander("Combine stories about one trip"):
    with ui.store() as db:
        everything = {s.id: s for s in db.list_stories()}
    chosen = st.multiselect(
        "Stories to combine",
        list(everything),
        format_func=lambda i: f"{everything[i].title or 'Untitled'} ({everything[i].published})",
        key="combine-stories",
    )
    combined_title = st.text_input("Title (optional)", "", key="combine-title")
    if st.button("Combine", key="combine", disabled=len(chosen) < 2):
        from geo.combine import combine_stored
        from geo.errors import GeoError

        try:
            with ui.store() as db:
                combined_id = combine_stored(db, chosen, combined_title)
            st.success(f"Combined {len(chosen)} stories: [open the map](/?story={combined_id})")
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
    articles = f" · {summary.n_documents} articles" if summary.n_documents > 1 else ""
    st.markdown(
        f"[{title}](/?story={summary.id}) · {published}{articles} · {summary.n_places} places · "
        f"added {added} · [article](/article?story={summary.id})"
    )
