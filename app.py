"""Entry point: `streamlit run app.py`. Pages live in pages/ and stay thin over geo/."""

import streamlit as st

st.set_page_config(page_title="News map", page_icon="🗺️", layout="wide")

navigation = st.navigation(
    [
        st.Page("pages/map.py", title="Map", icon="🗺️", default=True),
        st.Page("pages/events.py", title="Events", icon="📋"),
        st.Page("pages/article.py", title="Article", icon="📰"),
        st.Page("pages/library.py", title="Library", icon="📚"),
        st.Page("pages/ingest.py", title="Ingest", icon="➕"),
        st.Page("pages/gazetteer.py", title="Gazetteer", icon="🔎"),
    ]
)
navigation.run()
