"""PNG images of a story's map: the export HTML rendered by headless Chromium through Playwright.

Nothing is fetched: the HTML is self-contained (`geo.export.to_html`), and every request that is not
a data:/file:/blob:/about: URL is aborted. The screenshot is taken once the page's script reports
the map drawn (`window.geoExportReady`: view set, basemap and labels laid out, two frames painted)
and `.leaflet-container` exists — no fixed sleeps.

`PngRenderer` keeps one browser open for repeated renders. Playwright's sync API is bound to the
thread that started it, so the renderer runs every browser call on its own worker thread and can be
shared between threads (e.g. a Streamlit server's sessions).
"""

from __future__ import annotations

import math
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from geo.errors import DataMissingError, GeoError

if TYPE_CHECKING:  # folium and pandas load in ~2 s: imported when a map is made, so that
    # `PngRenderer().start(wait=False)` launches Chromium before they are
    from geo.maps import View
    from geo.models import Story

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
LOCAL_SCHEMES = frozenset({"data", "file", "blob", "about"})
TIMEOUT_MS = 20_000


def chromium_path() -> Path:
    """The Chromium to drive: $GEO_CHROMIUM, else /usr/bin/chromium; DataMissingError if absent."""
    path = Path(os.environ.get("GEO_CHROMIUM") or DEFAULT_CHROMIUM)
    if not (path.is_file() and os.access(path, os.X_OK)):
        raise DataMissingError(
            f"Chromium not found at {path}: install it (apt-get install chromium) "
            "or set GEO_CHROMIUM to its path"
        )
    return path


def css_size(width: int, height: int | None, scale: float) -> tuple[int, int]:
    """Viewport in CSS pixels for an image of at least width x height device pixels."""
    if width < 200 or scale <= 0:
        raise GeoError(f"image too small: width {width}, scale {scale}")
    height = height or round(width * 3 / 4)
    return math.ceil(width / scale), math.ceil(height / scale)


def _guard(route: Any) -> None:
    if urlparse(route.request.url).scheme in LOCAL_SCHEMES:
        route.continue_()
    else:
        route.abort("blockedbyclient")


class PngRenderer:
    """A headless Chromium kept open for repeated map renders (close() or use as a context)."""

    def __init__(self, chromium: str | Path | None = None, *, timeout_ms: int = TIMEOUT_MS) -> None:
        self._chromium = Path(chromium) if chromium else None
        self._timeout_ms = timeout_ms
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="geo-png")
        self._lock = threading.Lock()
        self._playwright: Any = None
        self._browser: Any = None
        self._contexts: dict[tuple[int, int, float], Any] = {}  # one per image size, reused

    def __enter__(self) -> PngRenderer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self, *, wait: bool = True, width: int = 1600, scale: float = 2) -> PngRenderer:
        """Launch the browser now (otherwise the first render does), and open a page of the
        size of the images to come once, so that the first render does not pay for it.

        With `wait=False` it starts in the background (while the caller parses an article, say);
        a launch failure then surfaces at the first render.
        """
        size = css_size(width, None, scale)
        with self._lock:
            if self._worker is None:
                raise GeoError("the PNG renderer is closed")
            future = self._worker.submit(self._warm_up, size, scale)
        if wait:
            future.result()
        return self

    def render_bytes(
        self,
        story: Story,
        view: View | None = None,
        *,
        width: int = 1600,
        height: int | None = None,
        scale: float = 2,
    ) -> bytes:
        """The PNG of the story's map as the analyst sees it (same layers, same view)."""
        from geo.export import to_html

        size = css_size(width, height, scale)
        page_html = to_html(story, view, for_image=True, size=size)
        data: bytes = self._run(self._shoot, page_html, size, scale)
        return data

    def render(
        self,
        story: Story,
        view: View | None,
        path: str | Path,
        *,
        width: int = 1600,
        height: int | None = None,
        scale: float = 2,
    ) -> Path:
        out = Path(path)
        data = self.render_bytes(story, view, width=width, height=height, scale=scale)
        try:
            out.write_bytes(data)
        except OSError as exc:
            raise GeoError(f"cannot write {out}: {exc.strerror or exc}") from exc
        return out

    def close(self) -> None:
        with self._lock:
            if self._worker is None:
                return
            try:
                self._worker.submit(self._shutdown).result()
            finally:
                self._worker.shutdown()
                self._worker = None  # type: ignore[assignment]

    # --- on the worker thread --------------------------------------------------------------------

    def _run(self, fn: Any, *args: Any) -> Any:
        with self._lock:
            if self._worker is None:
                raise GeoError("the PNG renderer is closed")
            future = self._worker.submit(fn, *args)
        return future.result()

    def _ensure_browser(self) -> Any:
        if self._browser is not None and self._browser.is_connected():
            return self._browser
        executable = self._chromium or chromium_path()
        if not executable.is_file():
            raise DataMissingError(f"Chromium not found at {executable}")
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright

        self._shutdown()
        try:
            self._playwright = sync_playwright().start()
            self._browser = self._playwright.chromium.launch(
                executable_path=str(executable), args=list(CHROMIUM_ARGS)
            )
        except PlaywrightError as exc:
            self._shutdown()
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DataMissingError(f"cannot start Chromium at {executable}: {first}") from exc
        return self._browser

    def _warm_up(self, size: tuple[int, int], scale: float) -> None:
        page = self._context(size, scale).new_page()
        try:
            page.set_content('<p style="font-family: sans-serif">map</p>')
        finally:
            page.close()

    def _shoot(self, page_html: str, size: tuple[int, int], scale: float) -> bytes:
        from playwright.sync_api import Error as PlaywrightError

        from geo.export import READY_FLAG

        context = self._context(size, scale)
        errors: list[str] = []
        page = None
        try:
            page = context.new_page()
            page.set_default_timeout(self._timeout_ms)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.set_content(page_html, wait_until="load")
            page.wait_for_function(  # one round trip for both
                f"window.{READY_FLAG} === true && !!document.querySelector('.leaflet-container')"
            )
            if errors:
                raise GeoError(f"the map page failed: {errors[0][:200]}")
            png: bytes = page.screenshot(type="png", animations="disabled")
            return png
        except PlaywrightError as exc:
            detail = errors[0] if errors else str(exc).strip().splitlines()[0]
            raise GeoError(f"the map did not draw in Chromium: {detail[:200]}") from exc
        finally:
            if page is not None:
                page.close()

    def _context(self, size: tuple[int, int], scale: float) -> Any:
        browser = self._ensure_browser()
        key = (size[0], size[1], scale)
        if key not in self._contexts:
            context = browser.new_context(
                viewport={"width": size[0], "height": size[1]},
                device_scale_factor=scale,
                offline=True,
            )
            context.route("**/*", _guard)
            self._contexts[key] = context
        return self._contexts[key]

    def _shutdown(self) -> None:
        self._contexts.clear()  # closed with the browser
        browser, self._browser = self._browser, None
        playwright, self._playwright = self._playwright, None
        try:
            if browser is not None:
                browser.close()
        except Exception:  # the browser may already be gone; closing is best effort
            pass
        finally:
            if playwright is not None:
                playwright.stop()


def render_png(
    story: Story,
    view: View | None,
    path: str | Path,
    *,
    width: int = 1600,
    scale: float = 2,
    height: int | None = None,
) -> Path:
    """Render one PNG (starts and stops a browser; use PngRenderer for many)."""
    with PngRenderer() as renderer:
        return renderer.render(story, view, path, width=width, height=height, scale=scale)
