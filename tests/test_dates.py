from datetime import date, timedelta

import pytest

from geo.dates import find_dates, format_date

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
        ("a trip that began a week ago in Dakar", date(2023, 9, 4)),
        ("she landed three days ago", date(2023, 9, 8)),
        ("he had left Lima in March last year", date(2022, 3, 1)),
        ("the ship is due in Oslo in late October next year", date(2024, 10, 1)),
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


def test_years_of_history_are_dates_but_counts_of_things_are_not() -> None:
    """'in June 1873' and 'in 1901' are history's dates (no longer "June" of this year); "a
    crowd of 1800 people" and "in 1500 homes" count things."""
    found = find_dates("reached Suriname in June 1873 and Kisumu in 1901", MONDAY)
    assert [(d.value, d.precision) for d in found] == [
        (date(1873, 6, 1), "month"),
        (date(1901, 1, 1), "year"),
    ]
    assert find_dates("a crowd of 1800 people and power cut in 1500 homes", MONDAY) == []


def test_that_day_and_that_evening_are_the_day_told_before() -> None:
    """'Earlier that day' and 'that evening' are the day of the date before them."""
    found = find_dates("landed on Sunday night. Earlier that day he met her", MONDAY)
    assert [d.value for d in found] == [MONDAY - timedelta(days=1)] * 2
    found = find_dates("flew in on Saturday and met the president that evening", MONDAY)
    assert [d.value for d in found] == [MONDAY - timedelta(days=2)] * 2


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


# --- dates counted from another date: "the next day" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He arrived on Sunday and left the next day.", date(2023, 9, 11)),
        ("He landed on Sept. 3; two days later he flew on.", date(2023, 9, 5)),
        ("On September 5 the talks ended, a day earlier than planned.", date(2023, 9, 4)),
        ("He came on Friday and left the day after.", date(2023, 9, 9)),
        ("She arrived on Saturday; the following morning she met him.", date(2023, 9, 10)),
    ],
)
def test_the_next_day_counts_from_the_date_before_it(text: str, expected: date) -> None:
    found = find_dates(text, MONDAY)
    assert found[-1].value == expected and found[-1].precision == "day"


def test_the_same_night_counts_from_the_date_before_it() -> None:
    found = find_dates("The car was stolen on Sept. 2 and driven to Graz the same night.", MONDAY)
    assert [(f.text, f.value) for f in found][-1] == ("the same night", date(2023, 9, 2))
    (found,) = find_dates("That same evening he flew on.", MONDAY, anchor=date(2023, 9, 5))
    assert (found.text, found.value, found.precision) == (
        "That same evening",
        date(2023, 9, 5),
        "day",
    )


def test_the_next_day_counts_from_the_previous_sentence_anchor() -> None:
    (found,) = find_dates("The next day he flew home.", MONDAY, anchor=date(2023, 9, 5))
    assert (found.text, found.value, found.precision) == ("The next day", date(2023, 9, 6), "day")


def test_the_next_day_without_an_earlier_date_stays_unresolved() -> None:
    (found,) = find_dates("The next day he flew home.", MONDAY)
    assert (found.text, found.value, found.precision) == ("The next day", None, "unknown")
    assert format_date(found.value, found.precision) == "date unknown"


def test_the_day_before_an_event_is_not_a_date() -> None:
    assert values("He left the day after the summit.") == []


def test_the_next_day_in_an_article_follows_the_last_dated_sentence() -> None:
    from geo.models import Document
    from geo.pipeline import default_pipeline

    text = (
        "Minister tours Southeast Asia\n\nForeign Minister Penny Wong arrived in Hanoi on "
        "Tuesday. The next day she flew to Bangkok, and two days later she travelled to Jakarta."
    )
    story = default_pipeline().parse(Document("t", text, published=date(2024, 5, 10)))
    stops = [(s.place, s.date) for s in story.routes[0].stops]
    assert stops == [
        ("Hanoi", date(2024, 5, 7)),
        ("Bangkok", date(2024, 5, 8)),
        ("Jakarta", date(2024, 5, 10)),
    ]
    undated = default_pipeline().parse(
        Document("u", "The next day Penny Wong flew to Bangkok.", published=date(2024, 5, 10))
    )
    (flight,) = [e for e in undated.events if e.place is not None]
    assert (flight.date, flight.date_text, flight.date_precision) == (
        None,
        "The next day",
        "unknown",
    )


# --- a month without its year: "in July" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ship set out from Cadiz in January", date(2023, 1, 1)),
        ("They crossed into Turkey in early July", date(2023, 7, 1)),
        ("The tour ended in Santa Clara in November", date(2022, 11, 1)),
        ("The tour will end in Santa Clara in November", date(2023, 11, 1)),
        ("He will return in mid-March", date(2024, 3, 1)),
    ],
)
def test_a_month_alone_is_the_nearest_one_in_the_tense(text: str, expected: date) -> None:
    found = find_dates(text, MONDAY)
    assert [(d.value, d.precision) for d in found] == [(expected, "month")]


@pytest.mark.parametrize("text", ["They may visit soon", "talks in March-April", "in Mayfair"])
def test_month_words_that_are_no_month_alone(text: str) -> None:
    assert find_dates(text, MONDAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It moved inland on Monday and was forecast to cross into Malawi on Tuesday", [11, 12]),
        ("He is expected to visit Najaf and Karbala and the port city of Basra on Friday", [15]),
        ("He visited Najaf and the storm hit Basra on Friday", [8]),
    ],
)
def test_a_forecast_or_a_list_of_places_keeps_the_future(text: str, expected: list[int]) -> None:
    assert [v.day for _, v in values(text) if v] == expected


def test_a_deadline_year_dates_nothing() -> None:
    assert values("The two sides agreed to raise trade to $15 billion by 2030.") == []


def test_the_weekend_is_its_saturday() -> None:
    tuesday = date(2025, 2, 18)
    assert values("after attending a conference at the weekend", tuesday)[0][1] == date(2025, 2, 15)
    assert values("They will meet next weekend", tuesday)[0][1] == date(2025, 2, 22)


def test_a_weekday_told_with_its_week_is_that_weekday_of_that_week() -> None:
    assert values("loaded in Epernay on Tuesday last week and bound for Rotterdam") == [
        ("on Tuesday last week", date(2023, 9, 5))
    ]
    assert values("the ship is due on Friday of next week") == [
        ("on Friday of next week", date(2023, 9, 22))
    ]


def test_a_weekday_with_its_date_is_that_date() -> None:
    # AP style names the weekday and then its date: one date, the one written out
    found = find_dates("He had left late on Sunday, Sept. 10, by train.", date(2023, 9, 17))
    assert [(m.text, m.value) for m in found] == [("late on Sunday, Sept. 10", date(2023, 9, 10))]
    found = find_dates("They met on Friday, March 3, 2023, in Rome.", date(2023, 3, 10))
    assert [m.value for m in found] == [date(2023, 3, 3)]


def test_a_present_tense_in_a_clause_describing_the_subject_is_no_schedule() -> None:
    text = "Jean Arnaud, a shepherd who heads a local cooperative, led the flock out on Monday."
    assert values(text, date(2025, 10, 8)) == [("on Monday", date(2025, 10, 6))]


def test_months_years_and_centuries_ago_are_that_month_or_year() -> None:
    july = date(2025, 7, 8)
    assert values("the route the Norse took a thousand years ago", july) == [
        ("a thousand years ago", date(1025, 1, 1))
    ]
    assert values("she left home four months ago", july) == [("four months ago", date(2025, 3, 1))]
    assert values("he flew in a week ago", july) == [("a week ago", date(2025, 7, 1))]


def test_a_date_between_the_and_a_capitalised_word_is_part_of_a_name() -> None:
    friday = date(2025, 5, 23)
    assert values("laid flowers at the May 18 National Cemetery on Wednesday", friday) == [
        ("on Wednesday", date(2025, 5, 21))
    ]
    assert values("On May 18 Biden flew to Rome", friday) == [("May 18", date(2025, 5, 18))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the first week of January he crossed into Austria", date(2025, 1, 1)),
        ("he crossed into Italy near the end of January", date(2025, 1, 1)),
        ("in the second half of February the herd moved on", date(2025, 2, 1)),
    ],
)
def test_a_part_of_a_month_dates_the_month(text: str, expected: date) -> None:
    assert [d.value for d in find_dates(text, date(2025, 3, 14))] == [expected]


def test_a_date_inside_a_name_is_no_date() -> None:
    found = find_dates(
        "He laid flowers at the May 18 National Cemetery on Wednesday.", date(2025, 5, 23)
    )
    assert [d.text for d in found] == ["on Wednesday"]


def test_a_past_verb_after_a_present_one_tells_the_dated_move() -> None:
    text = "Roux, a grower who heads a local union, led the column out of Agen on Monday"
    assert [d.value for d in find_dates(text, date(2025, 12, 12))] == [date(2025, 12, 8)]


def test_a_leg_joined_with_and_on_to_keeps_the_future_of_its_verb() -> None:
    """'will fly to Houston on Tuesday and on to Toronto on Friday': both days are to come."""
    text = "She will fly to Houston for a concert on Tuesday and on to Toronto on Friday."
    assert [v for _, v in values(text)] == [MONDAY + timedelta(days=1), MONDAY + timedelta(days=4)]
