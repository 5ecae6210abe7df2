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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate_to_datetime
from typing import Any

from bs4 import (
    BeautifulSoup,
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    PageElement,
    ProcessingInstruction,
    Tag,
)

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

__all__ = [
    "BATCH_COLUMNS",
    "UPLOAD_TYPES",
    "HtmlArticle",
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

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "nav",
    "aside",
    "footer",
    "menu",
    "dialog",
    "figure",
    "video",
    "audio",
    "picture",
    "img",
    "head",
)
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:cookie|consent|gdpr|newsletter|subscri\w*|share|sharing|social|advert\w*|"
    r"ads?|ad-slot|promo\w*|sponsor\w*|breadcrumbs?|comments?|sidebar|paywall|related|"
    r"recommended|trending|outbrain|taboola|navbar|nav|menu|skip-link|signup|modal|popup|banner)"
    r"(?:$|[\s_-])",
    re.IGNORECASE,
)
_BOILERPLATE_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figcaption",
    "address",
    "hr",
    "body",
}
_KEEP = {"html", "body", "article", "main"}
_PARA = "\ue000"  # private-use marks for paragraph and line breaks while flattening
_LINE = "\ue001"
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_TITLE_META = ("og:title", "twitter:title", "dc.title")


@dataclass(frozen=True)
class HtmlArticle:
    title: str
    published: date | None
    text: str


def html_to_text(markup: str) -> str:
    """The article text of an HTML page: scripts, styles, navigation, headers, footers, asides,
    forms and other boilerplate dropped; paragraphs separated by blank lines."""
    return html_article(markup).text


def html_article(markup: str) -> HtmlArticle:
    """Title (og:title, else <title>, else the first <h1>), publication date
    (article:published_time and similar meta, JSON-LD datePublished, else the first
    <time datetime>) and text of an HTML page."""
    soup = BeautifulSoup(markup.replace(_PARA, " ").replace(_LINE, " "), "html.parser")
    title = _html_title(soup)
    published = _html_published(soup)
    root = _content_root(soup)
    _drop_boilerplate(root)
    return HtmlArticle(title, published, _flatten(root))


def _clean_line(value: str) -> str:
    return " ".join(value.split())[:MAX_TITLE]


def _meta(soup: BeautifulSoup, names: Iterable[str]) -> str:
    wanted = list(names)
    found: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").casefold()
        content = tag.get("content")
        if key in wanted and isinstance(content, str) and content.strip() and key not in found:
            found[key] = content
    for key in wanted:
        if key in found:
            return found[key]
    return ""


def _html_title(soup: BeautifulSoup) -> str:
    title = _meta(soup, _TITLE_META)
    if not title and soup.title is not None:
        title = soup.title.get_text(" ")
    if not title.strip():
        heading = soup.find("h1")
        title = heading.get_text(" ") if heading is not None else ""
    return _clean_line(title)


def _html_published(soup: BeautifulSoup) -> date | None:
    first = _meta(soup, _PUBLISHED_META[:1])
    when = parse_date(first)
    if when is None:
        when = _json_ld_published(soup)
    if when is None:
        when = parse_date(_meta(soup, _PUBLISHED_META[1:]))
    if when is None:
        for tag in soup.find_all("time"):
            value = tag.get("datetime")
            when = parse_date(value if isinstance(value, str) else None)
            if when is not None:
                break
    return when


def _json_ld_published(soup: BeautifulSoup) -> date | None:
    for script in soup.find_all("script", attrs={"type": re.compile("ld\\+json", re.I)}):
        try:
            data = json.loads(script.string or "")
        except (ValueError, RecursionError):
            continue
        for node in _walk_json(data):
            value = node.get("datePublished") or node.get("dateCreated")
            when = parse_date(value) if isinstance(value, str) else None
            if when is not None:
                return when
    return None


def _walk_json(data: Any, depth: int = 0) -> Iterator[Mapping[str, Any]]:
    if depth > 8:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, dict | list):
                yield from _walk_json(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _walk_json(item, depth + 1)


def _content_root(soup: BeautifulSoup) -> Tag:
    """The <article> with the most text, else <main>, else <body>, else the whole page."""
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text(" ", strip=True)))
    main = soup.find("main") or soup.find(True, attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    body = soup.find("body")
    return body if isinstance(body, Tag) else soup


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in _KEEP:
        return False
    if tag.name in _DROP_TAGS:
        return True
    if tag.name == "header" and tag.find_parent("article") is None:
        return True  # the site header; an article's own header holds its headline
    if str(tag.get("role") or "").casefold() in _BOILERPLATE_ROLES:
        return True
    if tag.get("hidden") is not None or str(tag.get("aria-hidden") or "") == "true":
        return True
    classes = tag.get("class")
    names = " ".join(classes) if isinstance(classes, list) else str(classes or "")
    names += " " + str(tag.get("id") or "")
    return bool(_BOILERPLATE.search(names))


def _drop_boilerplate(root: Tag) -> None:
    """Top-down, skipping what is dropped (no recursion: pages may nest thousands deep)."""
    stack = [root]
    while stack:
        for child in list(stack.pop().children):
            if isinstance(child, Comment | Doctype):
                child.extract()
            elif isinstance(child, Tag):
                if _is_boilerplate(child):
                    child.decompose()
                else:
                    stack.append(child)


def _flatten(root: Tag) -> str:
    """The text, with paragraph marks around block elements and line marks for <br> (an
    explicit stack: no recursion and no tree edits, which cost O(depth) each in bs4)."""
    parts: list[str] = []
    stack: list[tuple[PageElement, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            parts.append(_PARA)
        elif isinstance(node, NavigableString):
            if not isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
                parts.append(str(node))
        elif isinstance(node, Tag):
            if node.name == "br":
                parts.append(_LINE)
                continue
            if node.name in _BLOCK_TAGS:
                parts.append(_PARA)
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
    raw = "".join(parts)
    raw = re.sub(r"\s+", " ", raw)
    raw = raw.replace(_LINE, "\n")
    paragraphs = []
    for block in raw.split(_PARA):
        lines = [line.strip() for line in block.split("\n")]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


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
                title = _clean_line(value)
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
                title = _clean_line(_inline_markdown(heading[1]))
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
        title = _clean_line(_child_text(item, "title"))
        if "<" in title or "&" in title:
            title = _clean_line(html_to_text(title))
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
    title = _clean_line(str(record.get("title") or "")) or title_of(text)
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
