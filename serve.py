"""`make run`: the dashboard's server, with the pages' heavy modules imported before the first
visit. Under a plain `streamlit run app.py` the first visit's script run imported them (spaCy,
pandas, folium and the geo package: about 2.5 s), so the first visit after start-up was the
slowest. Modules that register Streamlit components (streamlit_folium, ui) are left to the
script run: registered before the server starts, the map's component never loads. Arguments
are those of `streamlit run` after the script's path."""

import sys
from pathlib import Path

import folium  # noqa: F401  (imported now, not in the first visit's script run)
import pandas  # noqa: F401
from streamlit.web import cli

import geo.highlight
import geo.maps
import geo.pipeline
import geo.store  # noqa: F401

APP = Path(__file__).resolve().parent / "app.py"

if __name__ == "__main__":
    sys.argv = ["streamlit", "run", str(APP), *sys.argv[1:]]
    sys.exit(cli.main())
