"""Home: the story's map, its routes and meetings, the event table and the article."""

import streamlit as st

import ui
from geo.dates import format_date
from geo.highlight import highlight_html
from geo.maps import point_mode

loaded = ui.current_story()
if loaded is not None:
    story_id, story = loaded
    first = ui.map_first(story_id)  # the map is drawn first; it then runs the page again
    editing = ui.editing(draw=not first)
    view = ui.view_controls(story_id, story, draw=not first)  # the sidebar comes with that run
    shown = ui.shown_story(story, view)  # the country and source filters
    st.title(story.document.title or "Untitled story")
    if story.document.published:
        st.caption(f"Published {story.document.published.isoformat()} · story `{story_id}`")
    ui.correction_message()
    ui.show_notes(story)
    n_places = ui.place_count(story_id, shown, view)
    if point_mode(n_places) != "markers":
        st.caption(f"{n_places:,} places: drawn as a {point_mode(n_places)} layer.")
    returned = ui.story_map(story_id, shown, view, editing=editing)
    view = ui.follow_map(story_id, view, returned)
    st.caption("Places: GeoNames (CC BY 4.0) · Basemap: Natural Earth")
    st.caption(f"Share this view: `{ui.share_link(story_id, view)}` (read-only until “Edit”)")
    if not first:  # with the run that the drawn map asks for (`ui.map_first`), like the table
        ui.map_downloads(shown, view)
    ui.corrected_summary(story)
    for route in shown.routes:
        stops = " → ".join(
            f"{s.place} ({s.date.isoformat() if s.date else 'date unknown'})" for s in route.stops
        )
        st.markdown(f"**Route of {route.actor}:** {stops} · {route.length_km:,.0f} km")
    for meeting in shown.meetings:
        when = format_date(meeting.date, meeting.date_precision)
        who = ", ".join(meeting.participants) or "unnamed parties"
        st.markdown(f"**Meeting at {meeting.place}** on {when}: {who}")
    if first:
        every = ui.events_url(story_id)
        st.subheader("Events")
        st.caption(
            "The event table, the downloads and the sidebar's controls follow as soon as the "
            f"map is drawn ([every event]({every}))."
        )
    else:
        if editing:
            with st.expander("Correct places and routes", expanded=True):
                ui.click_editor(story_id, story, (returned or {}).get("last_clicked"), key="map")
                ui.place_editor(story_id, story, key="map")
                ui.route_editor(story_id, story, key="map")
                ui.reprocess_controls(story_id, key="map")
        st.subheader("Events")
        frame = ui.story_events(story_id, shown, view)
        frame = ui.filter_events(frame[frame["section"] == "main"], view)
        ui.events_table(story_id, frame)
        if ui.highlight_here(story):
            with st.expander("Article with place mentions highlighted", expanded=False):
                st.html(highlight_html(story.document.text, story.places))
        else:
            st.caption(
                f"[The article with its place mentions highlighted]({ui.article_url(story_id)})"
            )
