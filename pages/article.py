"""The article text with every place mention highlighted; `&at=<start>` marks one mention.
A story combined from several articles shows each under its own heading."""

import streamlit as st
import streamlit.components.v1 as components

import ui
from geo.highlight import highlight_html

loaded = ui.current_story()
if loaded is not None:
    story_id, story = loaded
    st.title(story.document.title or "Article")
    st.markdown(f"[Back to the map](/?story={story_id})")
    at = st.query_params.get("at", "")
    target = next((p for p in story.places if str(p.mention.start) == at), None)
    if target is not None:
        st.info(f"Evidence for “{target.mention.text}”: {ui.sentence_of(story, target)}")
        st.html(
            f"<style>mark#m{target.mention.start}{{outline:3px solid #d7301f;"
            "outline-offset:1px;font-weight:bold}</style>"
        )
    if len(story.parts) > 1:  # a combined story: each article under its own heading
        st.caption(f"{len(story.parts)} articles combined")
        for part in story.parts:
            st.subheader(ui.markdown_text(part.title or part.id))
            about = (str(part.published or "undated"), part.source)
            st.caption(ui.markdown_text(" · ".join(x for x in about if x)))
            piece = story.document.text[part.start : part.end]
            st.html(highlight_html(piece, story.places, base=part.start))
    else:
        st.html(highlight_html(story.document.text, story.places))
    if target is not None:  # scroll the marked mention into view (the page loads after the hash)
        components.html(
            "<script>setTimeout(function(){var m=window.parent.document.getElementById("
            f"'m{target.mention.start}');if(m){{m.scrollIntoView({{block:'center'}});}}}},300);"
            "</script>",
            height=0,
        )
