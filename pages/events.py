"""The event table of the current story, with its places; corrections in the editor."""

import streamlit as st

import ui
from geo.serialize import events_frame, places_frame

loaded = ui.current_story()
if loaded is not None:
    story_id, story = loaded
    editing = ui.editing()
    view = ui.view_controls(story_id, story)
    shown = ui.shown_story(story, view)  # the country and source filters
    st.title("Events")
    ui.correction_message()
    show_related = st.toggle("Include related stories (teasers)", value=False)
    frame = events_frame(shown)
    if not show_related:
        frame = frame[frame["section"] == "main"]
    st.dataframe(ui.filter_events(frame, view), use_container_width=True, hide_index=True)
    ui.events_download(shown, show_related=show_related)
    st.subheader("Places")
    places = places_frame(shown)
    if not show_related:
        places = places[places["section"] == "main"]
    st.dataframe(places, use_container_width=True, hide_index=True)
    ui.corrected_summary(story)
    if editing:
        st.subheader("Corrections")
        ui.place_editor(story_id, story, key="events")
        st.subheader("Routes")
        ui.route_editor(story_id, story, key="events")
        ui.reprocess_controls(story_id, key="events")
    else:
        st.caption("Turn on “Edit” in the sidebar to correct places and routes.")
