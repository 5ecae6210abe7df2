from geo.sections import section_at, split_sections

STORY = "Headline\n\n" + "Main story sentence about Paris. " * 20


def test_plain_article_is_one_main_section() -> None:
    sections = split_sections(STORY)
    assert [(s.kind, s.start, s.end) for s in sections] == [("main", 0, len(STORY))]


def test_teaser_block_after_heading_is_related() -> None:
    text = STORY + "\n\nMore from International News\n\n  • France shuts schools\n"
    main, related = split_sections(text)
    assert main.kind == "main" and related.kind == "related"
    assert text[related.start :].startswith("More from International News")
    assert section_at([main, related], text.index("France")).kind == "related"
    assert section_at([main, related], text.index("Paris")).kind == "main"


def test_heading_words_inside_the_story_do_not_split_it() -> None:
    text = "Related: " + STORY
    assert [s.kind for s in split_sections(text)] == ["main"]
    long_line = (
        STORY
        + "\nMore from the minister's speech followed, and it covered a great deal of ground.\n"
    )
    assert [s.kind for s in split_sections(long_line)] == ["main"]


def test_empty_text() -> None:
    assert [s.kind for s in split_sections("")] == ["main"]
