"""Article text, title and publication date out of an HTML page (BeautifulSoup): scripts,
styles, navigation, headers, footers, asides, forms and other boilerplate dropped; paragraphs
separated by blank lines. Imported by `geo.extract` on the first HTML page only."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
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

from geo.extract import clean_line, parse_date

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
    return clean_line(title)


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
