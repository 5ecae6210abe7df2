"""Online geocoding against a fake Nominatim on 127.0.0.1 (a real HTTP server in a thread, asked
through geopy): names the gazetteer lacks are found online; a slow, failing or throttling service
falls back to the offline gazetteer with a note (story, dashboard, stderr); off means no request."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import pairwise
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from streamlit.testing.v1 import AppTest

from geo.models import Document, Story
from geo.online import OnlineGeocoder
from geo.pipeline import Pipeline, default_pipeline

ROOT = Path(__file__).resolve().parent.parent
NAME = "Vellmarsk"  # a town spaCy reads as a place and the gazetteer does not know
ARTICLE = f"Envoy in {NAME}\n\nThe envoy flew from Cairo to {NAME} on Monday and met the governor."
ANSWERS: dict[str, list[dict[str, Any]]] = {
    NAME.casefold(): [
        {
            "place_id": 1,
            "lat": "61.4981",
            "lon": "23.7610",
            "name": NAME,
            "display_name": f"{NAME}, Pirkanmaa, Finland",
            "class": "place",
            "type": "town",
            "addresstype": "town",
            "address": {"town": NAME, "country": "Finland", "country_code": "fi"},
        }
    ],
}


class FakeNominatim(ThreadingHTTPServer):
    """`/search` answers from ANSWERS; `mode` makes it slow, fail (500) or throttle (429)."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = "ok"
        self.delay = 3.0
        self.requests: list[tuple[str, float, str]] = []  # query, time, user agent

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def queries(self) -> list[str]:
        return [q for q, _, _ in self.requests]


class _Handler(BaseHTTPRequestHandler):
    server: FakeNominatim

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query).get("q", [""])[0]
        self.server.requests.append((query, time.monotonic(), self.headers.get("User-Agent", "")))
        if self.server.mode == "slow":
            time.sleep(self.server.delay)
        if self.server.mode == "error":
            self._send(500, b"internal error")
            return
        if self.server.mode == "quota":
            self._send(429, b"too many requests")
            return
        if parts.path != "/search":
            self._send(404, b"not found")
            return
        body = json.dumps(ANSWERS.get(query.strip().casefold(), [])).encode()
        self._send(200, body, "application/json")

    def _send(self, status: int, body: bytes, kind: str = "text/plain") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout)
            pass

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture()
def nominatim() -> Iterator[FakeNominatim]:
    server = FakeNominatim()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return default_pipeline()


@pytest.fixture(autouse=True)
def online_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GEO_ONLINE", raising=False)
    monkeypatch.setenv("GEO_ONLINE_CACHE", str(tmp_path / "online-cache.sqlite"))
    monkeypatch.setenv("GEO_STORE", str(tmp_path / "store.sqlite"))


def online(
    server: FakeNominatim, *, timeout: float = 2.0, delay: float = 0.0, cooldown: float = 60.0
) -> OnlineGeocoder:
    return OnlineGeocoder(
        enabled=True, url=server.url, timeout=timeout, min_delay_seconds=delay, cooldown=cooldown
    )


def parse(pipeline: Pipeline, geocoder: OnlineGeocoder | None, text: str = ARTICLE) -> Story:
    return pipeline.parse(Document("doc", text, "Envoy", None, "test"), online=geocoder)


def place(story: Story, name: str = NAME) -> Any:
    return next(p for p in story.places if p.mention.text == name)


# --- the pipeline -------------------------------------------------------------------------------


def test_a_name_the_gazetteer_lacks_is_found_online(
    pipeline: Pipeline, nominatim: FakeNominatim
) -> None:
    geocoder = online(nominatim)
    story = parse(pipeline, geocoder)
    found = place(story)
    assert found.chosen is not None
    assert (found.chosen.lat, found.chosen.lon) == (61.4981, 23.761)
    assert (found.chosen.country_code, found.chosen.kind) == ("FI", "city")
    assert place(story, "Cairo").chosen.country_code == "EG"  # offline, never asked online
    assert nominatim.queries() == [NAME]
    assert "geo-news-map" in nominatim.requests[0][2]  # Nominatim's policy: a real user agent
    (note,) = story.notes
    assert "Found online" in note and "OpenStreetMap" in note and NAME in note
    again = parse(pipeline, geocoder)  # the disk cache answers now
    assert place(again).chosen == found.chosen and nominatim.queries() == [NAME]
    geocoder.close()


def test_a_slow_service_times_out_and_the_offline_gazetteer_is_used(
    pipeline: Pipeline, nominatim: FakeNominatim
) -> None:
    nominatim.mode = "slow"
    geocoder = online(nominatim, timeout=0.5)
    started = time.monotonic()
    story = parse(pipeline, geocoder)
    assert time.monotonic() - started < 2.5  # one 0.5 s timeout, no retry
    assert place(story).chosen is None and place(story, "Cairo").chosen is not None
    assert story.notes == ["Online geocoder unavailable (timeout); offline gazetteer used"]
    asked = len(nominatim.requests)
    second = parse(pipeline, geocoder, ARTICLE.replace(NAME, "Zelmorsk"))
    assert second.notes == story.notes
    assert len(nominatim.requests) == asked  # cooling down: the service is left alone
    geocoder.close()


@pytest.mark.parametrize(
    ("mode", "reason"), [("error", "service error"), ("quota", "rate limited")]
)
def test_a_failing_service_falls_back_with_a_note(
    pipeline: Pipeline, nominatim: FakeNominatim, mode: str, reason: str
) -> None:
    nominatim.mode = mode
    geocoder = online(nominatim, cooldown=0.0)
    story = parse(pipeline, geocoder)
    assert [p.chosen is None for p in story.places if p.mention.text == NAME] == [True, True]
    assert place(story, "Cairo").chosen is not None
    (note,) = story.notes
    assert note.startswith(f"Online geocoder unavailable ({reason}") and "offline gazetteer" in note
    assert nominatim.queries() == [NAME]  # asked once for the story, not per mention
    nominatim.mode = "ok"  # the service is back: the next story asks again
    assert place(parse(pipeline, geocoder)).chosen is not None
    geocoder.close()


def test_requests_are_rate_limited(nominatim: FakeNominatim) -> None:
    geocoder = online(nominatim, delay=0.3)
    for name in ["Alpha Town", "Beta Town", "Gamma Town", "Alpha Town"]:
        assert geocoder.candidates(name) == []
    assert nominatim.queries() == ["Alpha Town", "Beta Town", "Gamma Town"]  # the cache
    times = [t for _, t, _ in nominatim.requests]
    gaps = [b - a for a, b in pairwise(times)]
    assert all(gap >= 0.28 for gap in gaps), gaps
    geocoder.close()


def test_notes_travel_with_the_story_through_json_and_the_store(
    pipeline: Pipeline, nominatim: FakeNominatim, tmp_path: Path
) -> None:
    from geo.serialize import story_from_json, story_to_json
    from geo.store import Store

    nominatim.mode = "error"
    story = parse(pipeline, online(nominatim))
    data = story_to_json(story)
    assert data["notes"] == story.notes
    assert story_from_json(data).notes == story.notes
    assert "notes" not in story_to_json(parse(pipeline, None))
    with Store(tmp_path / "store.sqlite") as db:
        assert db.load_story(db.save_story(story)).notes == story.notes


# --- the command line ---------------------------------------------------------------------------


def geo(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=300,
    )


def test_cli_prints_the_note_on_stderr_and_stays_offline_by_default(
    nominatim: FakeNominatim, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = {"GEO_NOMINATIM_URL": nominatim.url, "GEO_ONLINE_TIMEOUT": "0.5"}
    off = geo("parse", str(article), env=env)
    assert off.returncode == 0, off.stderr
    assert nominatim.requests == [] and "note:" not in off.stderr
    assert "notes" not in json.loads(off.stdout)
    nominatim.mode = "slow"
    slow = geo("parse", str(article), env={**env, "GEO_ONLINE": "1"})
    assert slow.returncode == 0, slow.stderr
    assert "note: Online geocoder unavailable (timeout); offline gazetteer used" in slow.stderr
    assert json.loads(slow.stdout)["notes"] == [
        "Online geocoder unavailable (timeout); offline gazetteer used"
    ]
    nominatim.mode = "ok"
    found = geo("parse", str(article), env={**env, "GEO_ONLINE": "1"})
    names = {p["mention"]: p["name"] for p in json.loads(found.stdout)["places"]}
    assert names[NAME] == NAME and "note: Found online" in found.stderr


# --- the dashboard ------------------------------------------------------------------------------


@pytest.fixture()
def outside_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every connection this process opens to anything but localhost (none are let through)."""
    calls: list[object] = []
    real_connect = socket.socket.connect

    def connect(sock: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else str(address)
        if sock.family in (socket.AF_INET, socket.AF_INET6) and host not in {
            "127.0.0.1",
            "::1",
            "localhost",
        }:
            calls.append(address)
            raise OSError(f"test: no connection to {address!r}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    return calls


def ingest(text: str, *, online_switch: bool | None = None) -> AppTest:
    app = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=120).run()
    if online_switch is not None:
        app.toggle(key="online_geocoding").set_value(online_switch).run()
    app.text_area[0].input(text)
    app.button[0].click().run()
    assert not app.exception
    return app


def test_dashboard_is_offline_unless_switched_on(
    nominatim: FakeNominatim, monkeypatch: pytest.MonkeyPatch, outside_calls: list[object]
) -> None:
    monkeypatch.setenv("GEO_NOMINATIM_URL", nominatim.url)
    app = ingest(ARTICLE)
    assert not app.toggle(key="online_geocoding").value  # off by default
    assert any("Stored" in s.value for s in app.success) and not app.warning
    assert nominatim.requests == [] and outside_calls == []
    monkeypatch.setenv("GEO_ONLINE", "1")  # the environment turns the switch on by default
    app = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=120).run()
    assert app.toggle(key="online_geocoding").value


def test_dashboard_shows_the_fallback_note_on_ingest_and_on_the_map(
    nominatim: FakeNominatim, monkeypatch: pytest.MonkeyPatch, outside_calls: list[object]
) -> None:
    monkeypatch.setenv("GEO_NOMINATIM_URL", nominatim.url)
    monkeypatch.setenv("GEO_ONLINE_TIMEOUT", "0.5")
    nominatim.mode = "slow"
    app = ingest(ARTICLE, online_switch=True)
    note = "Online geocoder unavailable (timeout); offline gazetteer used"
    assert [w.value for w in app.warning] == [note]
    link = next(m.value for m in app.markdown if "story=" in m.value)
    story_id = link.split("story=")[1].rstrip(")")
    page = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    page.query_params["story"] = story_id
    page.run()
    assert not page.exception and [w.value for w in page.warning] == [note]
    assert nominatim.queries() == [NAME] and outside_calls == []


def test_dashboard_places_a_name_found_online(
    nominatim: FakeNominatim, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEO_NOMINATIM_URL", nominatim.url)
    app = ingest(ARTICLE, online_switch=True)
    assert any("Found online" in w.value and NAME in w.value for w in app.warning)
    from geo.store import Store

    link = next(m.value for m in app.markdown if "story=" in m.value)
    with Store() as db:
        story = db.load_story(link.split("story=")[1].rstrip(")"))
    assert place(story).chosen is not None and place(story).chosen.country_code == "FI"
