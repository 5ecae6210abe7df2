"""The event table of the current story, with its places."""

import streamlit as st

import ui
from geo.serialize import events_frame, places_frame

loaded = ui.current_story()
if loaded is not None:
    story_id, story = loaded
    st.title("Events")
    show_related = st.toggle("Include related stories (teasers)", value=False)
    frame = events_frame(story)
    if not show_related:
        frame = frame[frame["section"] == "main"]
    st.dataframe(frame, use_container_width=True, hide_index=True)
    st.subheader("Places")
    places = places_frame(story)
    if not show_related:
        places = places[places["section"] == "main"]
    st.dataframe(places, use_container_width=True, hide_index=True)
