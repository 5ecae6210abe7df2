"""The article text with every place mention highlighted."""

import streamlit as st

import ui
from geo.highlight import highlight_html

loaded = ui.current_story()
if loaded is not None:
    story_id, story = loaded
    st.title(story.document.title or "Article")
    st.html(highlight_html(story.document.text, story.places))
