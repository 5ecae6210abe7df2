"""Split an article into its main story and trailing related-story blocks (teasers, "More from")."""

from __future__ import annotations

import re

from geo.models import Section

_RELATED_HEADINGS = (
    r"more from\b.*",
    r"more (?:stories|news|on this story|coverage)\b.*",
    r"related(?: (?:stories|articles|news|content|coverage|topics|links|reading))?:?",
    r"read (?:more|next|also)\b.*",
    r"also read\b.*",
    r"(?:you|you'?ll) (?:may|might) also (?:like|be interested in)\b.*",
    r"recommended(?: for you| stories| reading)?:?",
    r"(?:most|top) (?:read|popular|viewed|shared)\b.*",
    r"trending(?: now| stories)?:?",
    r"latest (?:news|stories|headlines)\b.*",
    r"what to read next\b.*",
    r"in other news\b.*",
    r"editor'?s picks?\b.*",
)
_HEADING_RE = re.compile(
    r"^[ \t]*(?:" + "|".join(_RELATED_HEADINGS) + r")[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_MAX_HEADING_CHARS = 60


def split_sections(text: str) -> list[Section]:
    """Return the main section followed by any related-story block, covering the whole text.

    A related block starts at a short line that reads like a teaser heading ("More from
    International News", "Related stories", "Read more") and runs to the end of the text.
    The first third of an article is never treated as teasers.
    """
    if not text:
        return [Section(0, 0, "main")]
    for match in _HEADING_RE.finditer(text):
        if len(match.group(0).strip()) > _MAX_HEADING_CHARS:
            continue
        if match.start() < len(text) // 3:
            continue
        return [Section(0, match.start(), "main"), Section(match.start(), len(text), "related")]
    return [Section(0, len(text), "main")]


def section_at(sections: list[Section], offset: int) -> Section:
    """The section that contains a character offset (the last one for offsets past the end)."""
    for section in sections:
        if section.start <= offset < section.end:
            return section
    return sections[-1]
