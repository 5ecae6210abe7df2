"""The article as escaped HTML with its place mentions marked, for the dashboard and exports."""

from __future__ import annotations

import html

from geo.models import Place

KIND_COLOURS = {
    "country": "#fde68a",
    "admin": "#fcd5b5",
    "city": "#bfdbfe",
    "landmark": "#ddd6fe",
    "region": "#bbf7d0",
    "water": "#a5f3fc",
    "other": "#e5e7eb",
}


def highlight_html(text: str, places: list[Place], base: int = 0) -> str:
    """Escape the whole text and wrap each mention in a <mark> with its resolved name and an
    anchor id (`m<start>`) that links can point at; paragraphs become <p>.

    `text` may be a piece of the story's text that begins at offset `base` (one article of a
    combined story): mentions outside it are left out, anchors keep the story's offsets."""
    parts: list[str] = []
    cursor = 0
    for place in sorted(places, key=lambda p: p.mention.start):
        start, end = place.mention.start - base, place.mention.end - base
        if start < cursor or end > len(text):
            continue
        parts.append(html.escape(text[cursor:start]))
        parts.append(_mark(text[start:end], place))
        cursor = end
    parts.append(html.escape(text[cursor:]))
    body = "".join(parts)
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _mark(surface: str, place: Place) -> str:
    chosen = place.chosen
    kind = chosen.kind if chosen else "other"
    title = (
        f"{chosen.name} ({kind}, {chosen.country_code}) confidence {place.confidence:.2f}"
        if chosen
        else "not resolved"
    )
    related = " related" if place.mention.section == "related" else ""
    return (
        f'<mark id="m{place.mention.start}" class="place {kind}{related}" '
        f'style="background:{KIND_COLOURS.get(kind, "#e5e7eb")}" '
        f'title="{html.escape(title, quote=True)}">{html.escape(surface)}</mark>'
    )
