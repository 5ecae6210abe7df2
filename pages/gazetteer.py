"""Look a place name up in the offline gazetteer and see every candidate the resolver weighs."""

import pandas as pd
import streamlit as st

import ui

st.title("Gazetteer")
name = st.text_input("Place name", st.query_params.get("q", ""), key="gazetteer-name")
if name.strip():
    st.query_params["q"] = name.strip()
    candidates = ui.pipeline().candidates(name)
    if not candidates:
        st.info(f"No place called “{ui.markdown_text(name.strip())}” in the gazetteer.")
    else:
        st.caption(f"{len(candidates)} candidates, best first")
        st.dataframe(
            pd.DataFrame(
                {
                    "name": [c.name for c in candidates],
                    "kind": [c.kind for c in candidates],
                    "country": [c.country_code for c in candidates],
                    "admin1": [c.admin1 for c in candidates],
                    "population": [c.population for c in candidates],
                    "lat": [c.lat for c in candidates],
                    "lon": [c.lon for c in candidates],
                    "match": [c.match for c in candidates],
                    "geonames_id": [c.geonames_id for c in candidates],
                }
            ),
            hide_index=True,
            use_container_width=True,
        )
with st.expander("What is near a point?"):
    left, right = st.columns(2)
    lat = left.number_input("Latitude", -90.0, 90.0, 0.0, format="%.4f", key="gazetteer-lat")
    lon = right.number_input("Longitude", -180.0, 180.0, 0.0, format="%.4f", key="gazetteer-lon")
    if st.button("Nearest places", key="gazetteer-reverse"):
        found = ui.pipeline().gazetteer.reverse((lat, lon), exactly_one=False)
        locations = found if isinstance(found, list) else ([found] if found else [])
        if not locations:
            st.info("Nothing within 500 km.")
        for loc in locations:
            st.markdown(
                f"{ui.markdown_text(loc.address)} · {loc.raw['kind']} · "
                f"{loc.raw.get('distance_km', 0):,.1f} km"
            )
st.caption(ui.pipeline().gazetteer.attribution)
