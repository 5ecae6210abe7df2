"""Home: the story's map, its routes and meetings, the event table and the article."""

import streamlit as st
from streamlit_folium import st_folium

import ui
from geo.highlight import highlight_html
from geo.maps import View, build_map
from geo.serialize import events_frame

loaded = ui.current_story()
if loaded is not None:
    story_id, story = loaded
    st.title(story.document.title or "Untitled story")
    if story.document.published:
        st.caption(f"Published {story.document.published.isoformat()} · story `{story_id}`")
    view = View.from_query(dict(st.query_params))
    st_folium(
        build_map(story, view),
        height=560,
        use_container_width=True,
        returned_objects=[],
        key=f"map-{story_id}",
    )
    st.caption("Places: GeoNames (CC BY 4.0) · Basemap: Natural Earth")
    for route in story.routes:
        stops = " → ".join(
            f"{s.place} ({s.date.isoformat() if s.date else 'date unknown'})" for s in route.stops
        )
        st.markdown(f"**Route of {route.actor}:** {stops} · {route.length_km:,.0f} km")
    for meeting in story.meetings:
        when = meeting.date.isoformat() if meeting.date else "date unknown"
        who = ", ".join(meeting.participants) or "unnamed parties"
        st.markdown(f"**Meeting at {meeting.place}** on {when}: {who}")
    st.subheader("Events")
    frame = events_frame(story)
    st.dataframe(frame[frame["section"] == "main"], use_container_width=True, hide_index=True)
    with st.expander("Article with place mentions highlighted", expanded=False):
        st.html(highlight_html(story.document.text, story.places))
