"""Articles out of uploaded files: plain text, Markdown, HTML pages, RSS/Atom feeds and CSV/JSONL
batches, each turned into `Document`s with the title and publication date the file carries.

Pure functions over bytes and strings (no Streamlit, no network, no file system): the dashboard's
upload box and the command line both call `documents_from_upload`. A file that cannot be used at
all raises `InputError` (one line); a batch or feed whose single records are bad returns those as
`RowError`s naming the line, row or item, and the good records as documents.
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from geo.errors import InputError
from geo.inputs import (
    decode_text,
    document_id,
    max_batch_bytes,
    max_bytes,
    parse_published,
    title_of,
)
from geo.models import Document

if TYPE_CHECKING:
    from geo.html import HtmlArticle

__all__ = [
    "BATCH_COLUMNS",
    "UPLOAD_TYPES",
    "RowError",
    "documents_from_upload",
    "html_article",
    "html_to_text",
    "kind_of",
    "markdown_article",
    "parse_batch_csv",
    "parse_batch_jsonl",
    "parse_date",
    "parse_feed",
]

UPLOAD_TYPES = ("txt", "md", "markdown", "html", "htm", "xml", "rss", "atom", "csv", "jsonl")
BATCH_COLUMNS = ("id", "text", "published", "title", "source")
MAX_TITLE = 300

_EXTENSIONS = {
    "txt": "text",
    "text": "text",
    "md": "markdown",
    "markdown": "markdown",
    "html": "html",
    "htm": "html",
    "xhtml": "html",
    "xml": "feed",
    "rss": "feed",
    "atom": "feed",
    "csv": "csv",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
}


@dataclass(frozen=True)
class RowError:
    """One record of a batch or feed that could not be used; `where` is "line 3", "row 2 (line
    3)" or "item 4"."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def kind_of(name: str, text: str) -> str:
    """text, markdown, html, feed, csv or jsonl: from the file name's extension, else sniffed."""
    extension = name.rsplit(".", 1)[-1].casefold() if "." in name else ""
    if extension in _EXTENSIONS:
        return _EXTENSIONS[extension]
    head = text.lstrip()[:2048].casefold()
    if re.match(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:rdf)\b", head, re.S):
        return "feed"
    if head.startswith(("<!doctype html", "<html")) or re.search(r"<(?:body|article|p)\b", head):
        return "html"
    return "text"


def documents_from_upload(
    name: str, data: bytes, published: date | None = None
) -> tuple[list[Document], list[RowError]]:
    """The articles in one uploaded file. `published` is the fallback date for records that
    carry none. Raises InputError when the file as a whole is unusable (empty, binary, too
    large, a feed without items, a CSV without a text column).

    A feed or batch file may be up to `max_batch_bytes()`; each article in it, a text or
    Markdown file, and the text extracted from an HTML page, up to GEO_MAX_BYTES."""
    label = name or "the upload"
    single = _EXTENSIONS.get(name.rsplit(".", 1)[-1].casefold()) in {"text", "markdown"}
    text = decode_text(data, label, max_bytes() if single else max_batch_bytes())
    kind = kind_of(name, text)
    if kind in {"text", "markdown"}:
        _check_size(len(data), label)
    if kind == "feed":
        return parse_feed(text, name, published)
    if kind == "csv":
        return parse_batch_csv(text, name, published)
    if kind == "jsonl":
        return parse_batch_jsonl(text, name, published)
    if kind == "html":
        article = html_article(text)
        body = _require_text(article.text, name)
        _check_size(len(body.encode("utf-8")), label)
        title = article.title or title_of(body)
        when = article.published or published
        return [Document(document_id(body), body, title, when, name)], []
    if kind == "markdown":
        title, when, body = markdown_article(text)
        body = _require_text(body, name)
        return [
            Document(document_id(body), body, title or title_of(body), when or published, name)
        ], []
    return [Document(document_id(text), text, title_of(text), published, name)], []


def _check_size(size: int, name: str) -> None:
    limit = max_bytes()
    if size > limit:
        raise InputError(f"{name} is larger than the {limit:,}-byte limit (set GEO_MAX_BYTES)")


def _require_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name or 'the upload'} has no article text")
    return text


# -- dates --------------------------------------------------------------------------------------

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?![\d])")


def parse_date(value: str | None) -> date | None:
    """A publication date from ISO 8601 ("2023-09-11", "2023-09-11T08:00:00+09:00") or RFC 822
    ("Mon, 11 Sep 2023 08:00:00 GMT"), as the publisher wrote it (no time-zone shift); None when
    it cannot be read."""
    if not value or not value.strip():
        return None
    match = _ISO_DAY.match(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value.strip()).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# -- HTML ---------------------------------------------------------------------------------------


def clean_line(value: str) -> str:
    """A title on one line, spaces collapsed, at most MAX_TITLE characters."""
    return " ".join(value.split())[:MAX_TITLE]


def html_to_text(markup: str) -> str:
    """The article text of an HTML page (see `geo.html.html_article`)."""
    return html_article(markup).text


def html_article(markup: str) -> HtmlArticle:
    """Title, publication date and text of an HTML page (`geo.html`, which imports
    BeautifulSoup: loaded on the first page, so plain-text runs start faster)."""
    from geo.html import html_article as read_page

    return read_page(markup)


# -- Markdown -----------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.S)


def markdown_article(text: str) -> tuple[str, date | None, str]:
    """(title, published, plain text) of a Markdown article: YAML front matter `title:` and
    `date:`/`published:` read and removed; headings, emphasis, links, images and code fences
    reduced to their words."""
    title = ""
    published: date | None = None
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match[1].splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip().casefold(), value.strip().strip("\"'")
            if key == "title" and value:
                title = clean_line(value)
            elif key in {"date", "published", "pubdate"}:
                published = parse_date(value)
        text = text[match.end() :]
    lines = []
    fenced = False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue  # code is not article prose
        heading = re.match(r"\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            if not title:
                title = clean_line(_inline_markdown(heading[1]))
            line = heading[1]
        elif re.fullmatch(r"\s{0,3}(?:[-*_]\s*){3,}", line):
            line = ""
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = re.sub(r"^(\s*)(?:[-*+]|\d+[.)])\s+", r"\1", line)
        lines.append(_inline_markdown(line))
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return title, published, body


def _inline_markdown(line: str) -> str:
    line = re.sub(r"!\[([^\]]*)\]\([^)]*\)", "", line)  # images
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)  # links keep their words
    line = re.sub(r"<[^>\n]+>", "", line)  # inline HTML tags
    line = re.sub(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", r"\2", line)
    line = re.sub(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", r"\2", line)
    return re.sub(r"`([^`]*)`", r"\1", line)


# -- RSS / Atom ---------------------------------------------------------------------------------


def _local(tag: object) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1].casefold()


def _child(element: ET.Element, *names: str) -> ET.Element | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                return child
    return None


def _child_text(element: ET.Element, *names: str) -> str:
    child = _child(element, *names)
    return "".join(child.itertext()).strip() if child is not None else ""


def _markup_text(element: ET.Element | None) -> str:
    """Text of an RSS description / Atom content: escaped HTML, xhtml children, or plain."""
    if element is None:
        return ""
    if len(element):
        for node in element.iter():  # xhtml:script -> script, so the HTML rules see it
            node.tag = _local(node.tag)
        inner = "".join(ET.tostring(child, encoding="unicode") for child in element)
        return html_to_text((element.text or "") + inner)
    value = (element.text or "").strip()
    return html_to_text(value) if "<" in value or "&" in value else value


def parse_feed(
    text: str, name: str = "feed", published: date | None = None
) -> tuple[list[Document], list[RowError]]:
    """Each <item> (RSS 0.9x/1.0/2.0) or <entry> (Atom) as one article: title, pubDate /
    published / updated / dc:date, and the longest of content:encoded / content / description /
    summary as text (HTML reduced to text). DTDs and entities are refused (no entity bombs)."""
    if re.search(r"<!(?:DOCTYPE|ENTITY)", text[:65536], re.IGNORECASE):
        raise InputError(f"{name} declares a DTD or entities; feeds with those are not read")
    try:
        # already decoded: drop the declaration so its encoding="..." is not applied again
        body = re.sub(r"\A\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))
        root = ET.fromstring(body.strip())
    except ET.ParseError as exc:
        raise InputError(f"{name} is not a readable RSS/Atom feed ({exc})") from None
    items = [e for e in root.iter() if _local(e.tag) in {"item", "entry"}]
    if not items:
        raise InputError(f"{name} has no <item> or <entry>: not an RSS/Atom feed")
    documents: list[Document] = []
    errors: list[RowError] = []
    for number, item in enumerate(items, start=1):
        title = clean_line(_child_text(item, "title"))
        if "<" in title or "&" in title:
            title = clean_line(html_to_text(title))
        bodies = [_markup_text(_child(item, tag)) for tag in ("encoded", "content", "description")]
        bodies.append(_markup_text(_child(item, "summary")))
        body = max(bodies, key=len)
        if not body.strip() and not title:
            errors.append(RowError(f"item {number}", "no title and no text"))
            continue
        article = title + "\n\n" + body if title and not body.startswith(title) else body
        article = article.strip() or title
        if len(article.encode("utf-8")) > max_bytes():
            errors.append(RowError(f"item {number}", f"larger than the {max_bytes():,}-byte limit"))
            continue
        when_text = _child_text(item, "pubdate", "published", "date", "updated", "issued")
        when = parse_date(when_text) or published
        link = _child(item, "link")
        href = ""
        if link is not None:
            href = str(link.get("href") or link.text or "").strip()
        guid = _child_text(item, "guid", "id") or href
        doc_id = guid[:200] if guid else document_id(article)
        documents.append(Document(doc_id, article, title or title_of(article), when, href or name))
    return documents, errors


# -- CSV / JSONL batches ------------------------------------------------------------------------


def _record_document(record: Mapping[str, Any], published: date | None, source: str) -> Document:
    """A Document from a batch record {id, text, published, title, source}; InputError names
    the problem."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError('no "text"')
    _check_size(len(text.encode("utf-8", "replace")), "the text")
    when_value = record.get("published")
    if when_value not in (None, ""):
        if not isinstance(when_value, str):
            raise InputError(f"invalid date {when_value!r}: use YYYY-MM-DD")
        when = parse_published(when_value)
    else:
        when = published
    doc_id = str(record.get("id") or "").strip() or document_id(text)
    title = clean_line(str(record.get("title") or "")) or title_of(text)
    return Document(doc_id, text, title, when, str(record.get("source") or "") or source)


def parse_batch_jsonl(
    text: str, name: str = "batch", published: date | None = None
) -> tuple[list[Document], list[RowError]]:
    """One article per line {"id","text","published","title","source"}; blank lines skipped;
    a bad line becomes a RowError naming its line number."""
    documents: list[Document] = []
    errors: list[RowError] = []
    # JSON Lines are split at "\n" only: U+0085 and U+2028 are legal inside JSON strings.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                message = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deep"
                raise InputError(f"not valid JSON ({message})") from None
            if not isinstance(record, dict):
                raise InputError("expected a JSON object")
            documents.append(_record_document(record, published, name))
        except InputError as exc:
            errors.append(RowError(f"line {number}", str(exc)))
    if not documents and not errors:
        raise InputError(f"{name} has no records")
    return documents, errors


def parse_batch_csv(
    text: str, name: str = "batch", published: date | None = None
) -> tuple[list[Document], list[RowError]]:
    """One article per row under a header naming (some of) id,text,published,title,source; the
    `text` column is required. A row with fewer or more fields than the header, or without
    text, becomes a RowError naming its row and line."""
    first_line = text.split("\n", 1)[0]
    delimiter = next(
        (d for d in ",\t;|" if "text" in [h.strip().casefold() for h in first_line.split(d)]), ","
    )
    csv.field_size_limit(max(csv.field_size_limit(), max_bytes()))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [h.strip().casefold().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        raise InputError(f"{name} is empty: there is no header row") from None
    except csv.Error as exc:
        raise InputError(f"{name} is not readable CSV ({exc})") from None
    if "text" not in header:
        raise InputError(
            f"{name} has no 'text' column (the header should name {', '.join(BATCH_COLUMNS)})"
        )
    documents: list[Document] = []
    errors: list[RowError] = []
    row_number = 0
    line = reader.line_num
    while True:
        start_line = line + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            row_number += 1
            errors.append(RowError(f"row {row_number} (line {start_line})", f"bad CSV: {exc}"))
            break  # the reader cannot resynchronise after a broken quote
        line = reader.line_num
        if not fields or not any(f.strip() for f in fields):
            continue
        row_number += 1
        where = f"row {row_number} (line {start_line})"
        if len(fields) != len(header):
            errors.append(
                RowError(where, f"has {len(fields)} fields, the header has {len(header)}")
            )
            continue
        try:
            documents.append(
                _record_document(dict(zip(header, fields, strict=True)), published, name)
            )
        except InputError as exc:
            errors.append(RowError(where, str(exc)))
    if not documents and not errors:
        raise InputError(f"{name} has a header but no rows")
    return documents, errors
