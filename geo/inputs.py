"""Read articles from files or stdin into Documents, refusing what is not usable text."""

from __future__ import annotations

import hashlib
import os
import re
from datetime import date
from pathlib import Path

from geo.errors import InputError
from geo.models import Document

DEFAULT_MAX_BYTES = 1_000_000  # spaCy's default max_length: a longer article needs GEO_MAX_BYTES
_BINARY_MAGIC = {
    b"%PDF": "a PDF",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
    b"BZh": "a bzip2 archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xfd7zXZ\x00": "an xz archive",
    b"\x28\xb5\x2f\xfd": "a zstd archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "an old Office document",
    b"SQLite format 3\x00": "an SQLite database",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"OggS": "an audio or video file",
    b"ID3": "an MP3 file",
    b"\x00\x00\x01\x00": "an icon",
    b"wOFF": "a web font",
    b"\xca\xfe\xba\xbe": "a compiled program",
}
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
BATCH_FACTOR = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def max_bytes() -> int:
    """The largest article accepted, from GEO_MAX_BYTES (bytes) or 1 MB."""
    try:
        return int(os.environ.get("GEO_MAX_BYTES", DEFAULT_MAX_BYTES))
    except ValueError:
        return DEFAULT_MAX_BYTES


def max_batch_bytes() -> int:
    """The largest feed or batch file accepted (CSV, JSONL, RSS/Atom): 20 articles' worth."""
    return BATCH_FACTOR * max_bytes()


def parse_published(value: str | None) -> date | None:
    """A YYYY-MM-DD publication date, or None when not given."""
    if value is None or value == "":
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"invalid date {value!r}: use YYYY-MM-DD") from None


def read_bytes(path: str, limit: int | None = None) -> bytes:
    """The bytes of a file, or of stdin for '-', at most `limit` (default GEO_MAX_BYTES) + 1, so
    memory stays bounded; one-line errors for missing or unreadable."""
    most = (max_bytes() if limit is None else limit) + 1
    if path == "-":
        import sys

        return sys.stdin.buffer.read(most)
    file = Path(path)
    if not file.exists():
        raise InputError(f"no such file: {path}")
    if file.is_dir():
        raise InputError(f"{path} is a directory, not an article file")
    try:
        with file.open("rb") as handle:
            return handle.read(most)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None


def decode_text(raw: bytes, name: str = "input", limit: int | None = None) -> str:
    """Decode article bytes (UTF-8, UTF-16/32 with BOM, UTF-16 without, else Windows-1252 /
    Latin-1); refuse binary, empty and oversized input (`limit`, default GEO_MAX_BYTES)."""
    limit = max_bytes() if limit is None else limit
    if len(raw) > limit:
        raise InputError(f"{name} is larger than the {limit:,}-byte limit (set GEO_MAX_BYTES)")
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise InputError(f"{name} looks like {what}, not text")
    if raw.startswith(b"RIFF") and raw[8:12] in _RIFF_KINDS:
        raise InputError(f"{name} looks like {_RIFF_KINDS[raw[8:12]]}, not text")
    if raw[4:8] == b"ftyp":
        raise InputError(f"{name} looks like a video or HEIC image, not text")
    text = _decode(raw, name)
    if _CONTROL.search(text[:4096]) and len(_CONTROL.findall(text[:4096])) > 8:
        raise InputError(f"{name} looks like binary data, not text")
    text = _CONTROL.sub(" ", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name} is empty: there is no text to map")
    return text


def _decode(raw: bytes, name: str) -> str:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return raw.decode("utf-32", "replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if b"\x00" in raw[:4096]:
        even_nuls = raw[:4096:2].count(0)
        odd_nuls = raw[1:4096:2].count(0)
        if max(even_nuls, odd_nuls) > len(raw[:4096]) // 4:
            return raw.decode("utf-16-le" if odd_nuls > even_nuls else "utf-16-be", "replace")
        nuls = raw[:4096].count(0)
        if nuls > 2 and nuls * 100 > len(raw[:4096]):  # a stray NUL or two is still text
            raise InputError(f"{name} looks like binary data, not text")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def document_id(text: str) -> str:
    """A stable id for a text (the first 16 hex digits of its SHA-256)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def title_of(text: str) -> str:
    """The first non-empty line, shortened."""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def read_document(path: str, published: str | date | None = None, doc_id: str = "") -> Document:
    """Read one article; the title is its first line."""
    name = "stdin" if path == "-" else path
    text = decode_text(read_bytes(path), name)
    when = published if isinstance(published, date) else parse_published(published)
    return Document(doc_id or document_id(text), text, title_of(text), when, name)
