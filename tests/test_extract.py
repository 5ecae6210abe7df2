"""geo/extract.py: articles out of uploaded text, Markdown, HTML, RSS/Atom, CSV and JSONL files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from geo.errors import InputError
from geo.extract import (
    RowError,
    documents_from_upload,
    html_article,
    html_to_text,
    kind_of,
    markdown_article,
    parse_batch_csv,
    parse_batch_jsonl,
    parse_date,
    parse_feed,
)

PAGE = """<!doctype html><html><head><title>World | Floods hit Dhaka</title>
<meta property="og:title" content="Floods hit Dhaka &amp; Sylhet">
<meta property="article:published_time" content="2024-07-02T23:30:00-05:00">
<style>p { color: red }</style><script>var secret = "SCRIPT-TEXT";</script>
</head><body>
<header class="masthead">Home | World | Sport | HEADER-TEXT</header>
<nav>NAV-TEXT Paris London</nav>
<div id="cookie-banner">We use cookies COOKIE-TEXT</div>
<article>
  <header><h1>Floods hit Dhaka</h1><div class="share-bar">SHARE-TEXT</div></header>
  <p>Heavy rain flooded <b>Dhaka</b> on Monday.<br>Rescuers came from Chittagong.</p>
  <p>Officials in Sylhet said <img src=x onerror="alert(1)"> more rain was due.</p>
  <form>FORM-TEXT <input value="x"></form>
  <aside>Related: ASIDE-TEXT Floods in Lagos</aside>
  <noscript>NOSCRIPT-TEXT</noscript>
</article>
<footer>FOOTER-TEXT Copyright</footer>
</body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>World news</title>
<item><title>Envoy in Cairo</title><link>https://example.org/1</link><guid>g-1</guid>
  <pubDate>Mon, 06 May 2024 23:00:00 -0700</pubDate>
  <description>&lt;p&gt;The envoy flew from Amman to Cairo.&lt;/p&gt;
  &lt;script&gt;alert(1)&lt;/script&gt;</description>
</item>
<item><title></title><description></description></item>
<item><title>Quake near Lima</title>
  <description>Short teaser.</description>
  <content:encoded><![CDATA[<p>A strong quake shook <b>Lima</b> on Sunday.</p>]]></content:encoded>
</item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Feed</title>
<entry><title>Talks in Oslo</title><id>urn:uuid:1</id><link href="https://example.org/oslo"/>
  <published>2024-01-01T09:00:00Z</published><updated>2024-01-05T00:00:00Z</updated>
  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Talks opened in
  <em>Oslo</em>.</p><script>alert(1)</script></div></content>
</entry>
<entry><title type="html">Summit in &lt;b&gt;Hanoi&lt;/b&gt;</title><updated>2024-02-03</updated>
  <summary>Leaders met in Hanoi.</summary></entry>
</feed>"""


def test_html_keeps_the_article_and_drops_boilerplate() -> None:
    article = html_article(PAGE)
    assert article.title == "Floods hit Dhaka & Sylhet"
    assert article.published == date(2024, 7, 2)  # the publisher's own day, no zone shift
    text = article.text
    assert "Heavy rain flooded Dhaka on Monday.\nRescuers came from Chittagong." in text
    assert "Officials in Sylhet said more rain was due." in text
    assert text.startswith("Floods hit Dhaka")  # the article's own headline is kept
    for junk in ("SCRIPT", "HEADER", "NAV", "COOKIE", "SHARE", "FORM", "ASIDE", "NOSCRIPT"):
        assert f"{junk}-TEXT" not in text, junk
    assert "FOOTER-TEXT" not in text and "color: red" not in text
    assert "<" not in text and "onerror" not in text


@pytest.mark.parametrize(
    ("head", "body", "published"),
    [
        (
            '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
            '"datePublished": "2023-09-11T05:00:00+09:00"}]}</script>',
            "",
            date(2023, 9, 11),
        ),
        ("", '<p>x</p><time datetime="2022-03-04T10:00">4 March</time>', date(2022, 3, 4)),
        ('<meta name="pubdate" content="20210101">', "", None),  # unreadable: left editable
        ('<script type="application/ld+json">{not json</script>', "", None),
        ("", "", None),
    ],
)
def test_html_publication_date_sources(head: str, body: str, published: date | None) -> None:
    page = f"<html><head>{head}</head><body><p>Rain in Paris.</p>{body}</body></html>"
    assert html_article(page).published == published


def test_html_title_falls_back_to_title_then_h1() -> None:
    assert html_article("<title> A  title </title><p>x</p>").title == "A title"
    assert html_article("<body><h1>Head line</h1><p>x</p></body>").title == "Head line"


def test_html_to_text_of_hostile_markup_is_plain_text() -> None:
    hostile = (
        '<p>Hi <script>alert("x")</script><img src=x onerror=alert(1)>'
        "<svg onload=alert(2)><circle/></svg><iframe src=javascript:alert(3)></iframe>"
        '<a href="javascript:alert(4)">Paris</a></p><!-- a comment -->'
    )
    assert html_to_text(hostile) == "Hi Paris"
    assert html_to_text("") == ""
    assert html_to_text("<div>" * 5000 + "deep" + "</div>" * 5000).strip() == "deep"


def test_rss_items_become_articles_with_errors_naming_the_item() -> None:
    documents, errors = parse_feed(RSS, "world.rss")
    assert errors == [RowError("item 2", "no title and no text")]
    cairo, lima = documents
    assert cairo.title == "Envoy in Cairo" and cairo.id == "g-1"
    assert cairo.published == date(2024, 5, 6)
    assert cairo.source == "https://example.org/1"
    assert cairo.text == "Envoy in Cairo\n\nThe envoy flew from Amman to Cairo."
    assert "A strong quake shook Lima on Sunday." in lima.text  # content:encoded beats teaser
    assert lima.published is None


def test_atom_entries() -> None:
    documents, errors = parse_feed(ATOM, "f.atom", published=date(2000, 1, 1))
    assert not errors
    oslo, hanoi = documents
    assert (oslo.title, oslo.published, oslo.id) == (
        "Talks in Oslo",
        date(2024, 1, 1),
        "urn:uuid:1",
    )
    assert "Talks opened in Oslo." in oslo.text and "alert" not in oslo.text
    assert oslo.source == "https://example.org/oslo"
    assert hanoi.title == "Summit in Hanoi" and hanoi.published == date(2024, 2, 3)


@pytest.mark.parametrize(
    ("feed", "message"),
    [
        ("<rss><channel><title>x</title></channel></rss>", "no <item>"),
        ("<rss><channel><item><title>x</item></rss>", "not a readable"),
        (
            '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><rss><channel><item>'
            "<title>&lol;</title></item></channel></rss>",
            "DTD",
        ),
    ],
)
def test_bad_feeds_are_refused_in_one_line(feed: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        parse_feed(feed, "x.rss")
    assert "\n" not in str(info.value)


def test_csv_batch_names_bad_rows_and_keeps_the_rest() -> None:
    data = (
        "id,text,published,title,source\n"
        "a,The envoy flew to Cairo.,2024-01-02,Envoy,wire\n"
        "b,missing columns\n"
        "c,,2024-01-01,No text,x\n"
        'd,"Quoted, with a comma\nand a newline in Lima",not-a-date,t,s\n'
        "e,Floods in Dhaka.,,,\n"
        "\n"
    )
    documents, errors = parse_batch_csv(data, "b.csv", published=date(2024, 5, 5))
    assert [d.id for d in documents] == ["a", "e"]
    assert documents[0] == documents[0].__class__(
        "a", "The envoy flew to Cairo.", "Envoy", date(2024, 1, 2), "wire"
    )
    assert documents[1].published == date(2024, 5, 5) and documents[1].source == "b.csv"
    assert [str(e) for e in errors] == [
        "row 2 (line 3): has 2 fields, the header has 5",
        'row 3 (line 4): no "text"',
        "row 4 (line 5): invalid date 'not-a-date': use YYYY-MM-DD",
    ]


def test_csv_with_semicolons_and_only_a_text_column() -> None:
    documents, errors = parse_batch_csv("text;title\nRain in Oslo.;Rain\n", "x.csv")
    assert not errors and documents[0].title == "Rain"
    documents, errors = parse_batch_csv("TEXT\nRain in Oslo.\n", "x.csv")
    assert documents[0].text == "Rain in Oslo."


@pytest.mark.parametrize(
    ("data", "message"),
    [("id,title\n1,x\n", "no 'text' column"), ("text\n", "no rows"), ("", "empty")],
)
def test_unusable_csv_files(data: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        parse_batch_csv(data, "x.csv")


def test_jsonl_batch_names_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a", "text": "Talks in Oslo.", "published": "2024-01-02"}),
        "{not json",
        "",
        json.dumps(["a list"]),
        json.dumps({"id": "c"}),
        json.dumps({"text": "Rain in Lima.", "published": 20240101}),
        "[" * 100_000,
        json.dumps({"text": "Rain in Hanoi.", "title": "<b>Hanoi</b>", "source": "s"}),
    ]
    documents, errors = parse_batch_jsonl("\n".join(lines), "x.jsonl")
    assert [d.text for d in documents] == ["Talks in Oslo.", "Rain in Hanoi."]
    assert documents[1].title == "<b>Hanoi</b>"  # kept as text; every view escapes it
    assert [e.where for e in errors] == ["line 2", "line 4", "line 5", "line 6", "line 7"]
    assert "not valid JSON" in errors[0].message and errors[2].message == 'no "text"'


def test_markdown_front_matter_and_syntax() -> None:
    title, published, text = markdown_article(
        "---\ntitle: 'Rain in Oslo'\ndate: 2024-02-03\n---\n# Big *news* in [Oslo](http://x)\n\n"
        "> quoted **bold** text\n\n- a list item\n\n```\ncode()\n```\n![img](x.png)\n"
    )
    assert (title, published) == ("Rain in Oslo", date(2024, 2, 3))
    assert text == "Big news in Oslo\n\nquoted bold text\n\na list item"


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("a.TXT", "<html>", "text"),
        ("a.htm", "x", "html"),
        ("a.md", "x", "markdown"),
        ("a.xml", "x", "feed"),
        ("a.csv", "x", "csv"),
        ("a.jsonl", "x", "jsonl"),
        ("stdin", '<?xml version="1.0"?>\n<rss version="2.0">', "feed"),
        ("stdin", "<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
        ("stdin", "<!DOCTYPE html><html>", "html"),
        ("stdin", "Paris <3 Rome", "text"),
    ],
)
def test_kind_by_extension_else_sniffed(name: str, text: str, kind: str) -> None:
    assert kind_of(name, text) == kind


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-09-11", date(2023, 9, 11)),
        ("2023-09-11T23:59:59-10:00", date(2023, 9, 11)),
        ("Mon, 11 Sep 2023 08:00:00 GMT", date(2023, 9, 11)),
        ("2023-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_documents_from_upload_single_articles() -> None:
    (page,), errors = documents_from_upload("page.html", PAGE.encode("utf-8"))
    assert not errors and page.title == "Floods hit Dhaka & Sylhet" and page.source == "page.html"
    (plain,), _ = documents_from_upload("a.txt", "Rain in Oslo\n\nIt rained.".encode("utf-16"))
    assert plain.title == "Rain in Oslo" and plain.text == "Rain in Oslo\n\nIt rained."
    (latin,), _ = documents_from_upload("a.txt", "Caf\u00e9 in Z\u00fcrich".encode("latin-1"))
    assert latin.text == "Caf\u00e9 in Z\u00fcrich"
    (dated,), _ = documents_from_upload("a.txt", b"Rain.", published=date(2024, 1, 1))
    assert dated.published == date(2024, 1, 1)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("a.html", b"<html><script>x</script><nav>menu</nav></html>", "no article text"),
        ("a.md", b"```\ncode\n```\n", "no article text"),
        ("a.txt", b"", "empty"),
        ("a.csv", b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        ("a.rss", b"%PDF-1.4 ...", "PDF"),
    ],
)
def test_unusable_uploads_raise_one_line(name: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        documents_from_upload(name, data)


def test_size_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEO_MAX_BYTES", "1000")
    with pytest.raises(InputError, match=r"1,000-byte limit .*GEO_MAX_BYTES"):
        documents_from_upload("a.txt", b"Paris. " * 200)
    # a batch may be larger than one article, but each record is held to the article limit
    rows = [json.dumps({"id": str(i), "text": "Rain in Oslo. " * 5}) for i in range(20)]
    rows.append(json.dumps({"id": "big", "text": "Paris. " * 200}))
    documents, errors = documents_from_upload("a.jsonl", "\n".join(rows).encode())
    assert len(documents) == 20 and [e.where for e in errors] == ["line 21"]
    assert "limit" in errors[0].message
    # an HTML page is judged by its article text, not its markup
    page = "<html><head>" + "<script>x</script>" * 200 + "</head><p>Rain in Oslo.</p></html>"
    (doc,), _ = documents_from_upload("a.html", page.encode())
    assert doc.text == "Rain in Oslo."


def test_jsonl_lines_split_only_at_newlines() -> None:
    from geo.extract import parse_batch_jsonl

    record = '{"id": "x", "text": "Floods in Dhaka\\u0085and\\u2028Chittagong."}'
    raw = record.encode().decode("unicode_escape")  # the separators as real characters
    documents, errors = parse_batch_jsonl(raw + "\n" + record)
    assert not errors and [d.id for d in documents] == ["x", "x"]
    assert "\u0085" in documents[0].text
