from datetime import date

import pytest

from geo.dates import find_dates

MONDAY = date(2023, 9, 11)


def values(text: str, published: date | None = MONDAY) -> list[tuple[str, date | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kim left Pyongyang late on Sunday", date(2023, 9, 10)),
        ("He would meet Putin as early as Tuesday", date(2023, 9, 12)),
        ("The minister will arrive on Wednesday", date(2023, 9, 13)),
        ("Interfax reported earlier on Monday", MONDAY),
        ("The Kremlin said on Saturday", date(2023, 9, 9)),
        ("the forum, which opened on Sunday", date(2023, 9, 10)),
        ("the deal is expected to be signed on Friday", date(2023, 9, 15)),
        ("They met last Monday", date(2023, 9, 4)),
        ("They will meet next Monday", date(2023, 9, 18)),
        ("It happened yesterday", date(2023, 9, 10)),
        ("He arrived on Sept. 10", date(2023, 9, 10)),
        ("He left on 12 September 2021", date(2021, 9, 12)),
        ("on March 3, 2020 the talks began", date(2020, 3, 3)),
        ("dated 2023-08-30", date(2023, 8, 30)),
    ],
)
def test_resolves_against_publication_date(text: str, expected: date) -> None:
    found = values(text)
    assert found, text
    assert found[0][1] == expected


def test_two_dates_in_one_sentence_take_their_own_tense() -> None:
    text = "Kim left Pyongyang late on Sunday and would meet Putin as early as Tuesday."
    assert [v for _, v in values(text)] == [date(2023, 9, 10), date(2023, 9, 12)]


def test_years_and_periods_have_coarse_precision() -> None:
    found = find_dates("a trip in 2019 and the invasion last year", MONDAY)
    assert [(d.value, d.precision) for d in found] == [
        (date(2019, 1, 1), "year"),
        (date(2022, 1, 1), "year"),
    ]


def test_relative_dates_stay_unresolved_without_publication_date() -> None:
    found = find_dates("He left on Sunday and arrives tomorrow", None)
    assert [d.value for d in found] == [None, None]
    assert all(d.precision == "unknown" for d in found)


def test_offsets_point_into_the_text() -> None:
    text = "Officials said the ship sailed on Friday from Odesa."
    for found in find_dates(text, MONDAY, base=100):
        assert text[found.start - 100 : found.end - 100] == found.text


def test_impossible_dates_are_ignored() -> None:
    assert values("on February 31, 2023") == []


@pytest.mark.parametrize(
    ("value", "precision", "shown"),
    [
        (date(2019, 1, 1), "year", "2019"),
        (date(2019, 5, 1), "month", "2019-05"),
        (date(2023, 9, 12), "day", "2023-09-12"),
        (None, "unknown", "date unknown"),
    ],
)
def test_dates_are_shown_as_precisely_as_known(
    value: date | None, precision: str, shown: str
) -> None:
    from geo.dates import format_date

    assert format_date(value, precision) == shown
