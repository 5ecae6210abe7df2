"""Date expressions in news text, resolved against the article's publication date."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from geo.models import DatePrecision

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH_ALIASES = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MONTH_ALIASES |= {m: i + 1 for i, m in enumerate(MONTHS)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTH_ALIASES, key=len, reverse=True)) + r")\.?"
_MONTH_WORD = _MONTH.removesuffix(r"\.?")  # without the abbreviation's dot
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
# a year of four digits, history's included ("in June 1873"), but not a count of things
# ("in 1800 homes")
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?!\s+[a-z]+s\b)"

# "may" is the modal only in lower case ("in May" is a month); "due back" a return to come
FUTURE_CUES = re.compile(
    r"\b(?:will|would|'ll|shall|expected|expects|expect|scheduled|set to|due to|due back|"
    r"forecast(?:s|ed)? to|predicted to|projected to|"
    r"due in|due at|plans? to|planned|planning|going to|to be|likely|could|(?-i:may)|might|"
    r"as early as|next|coming|upcoming|intends?|aims? to|hopes? to|is to|are to|tomorrow)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"(?:[;:]|,\s*(?:and|but|while|though|although|which|who|where|when)\b|\band\b|\bbut\b)"
)
_IRREGULAR_PAST = frozenset(
    [
        "left",
        "met",
        "said",
        "came",
        "went",
        "flew",
        "began",
        "held",
        "took",
        "told",
        "made",
        "saw",
        "fled",
        "won",
        "lost",
        "struck",
        "hit",
        "sent",
        "drove",
        "rode",
        "spoke",
        "gave",
        "got",
        "led",
        "sought",
        "fought",
    ]
)
# a movement told in the present tense with a weekday is scheduled ("He flies back on Sunday",
# "She plays in Tuzla on Tuesday")
_PRESENT_MOVES = re.compile(
    r"\b(?:flies|travels|heads|returns|leaves|visits|meets|arrives|departs|goes|sails|moves|"
    r"continues|sets off|lands|takes|starts|begins|ends|finishes|plays|performs|stops|docks|"
    r"reaches|crosses)\b",
    re.IGNORECASE,
)
# the same told of a plural subject ("The Tigers head east to Brandon on Friday", "they fly
# home on Sunday", a team's name "The Hitmen head"); not after a word in -s that is no
# plural noun ("his return on Friday")
_PLURAL_PRESENT_MOVES = re.compile(
    r"\b(?:they|we|(?!(?:is|was|has|does|his|its|this|hers|ours|yours|theirs|us|as|thus|plus|"
    r"yes|always|perhaps|sometimes|towards|afterwards|across|less|unless|whereas|news)\b)"
    r"[a-z]+[^\Wsu\d_]s|(?-i:The\s+[A-Z][a-z]+))\s+(?:head|fly|travel|return|leave|depart|"
    r"sail|continue|arrive|land|play|perform|reach|cross)\b",
    re.IGNORECASE,
)
_FILLERS = frozenset({"on", "late", "early", "earlier", "later", "by", "last", "as", "of"})

_COUNTS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT_WORDS = "|".join(_COUNTS)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "mdy",
        re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    ),
    (
        "dmy",
        re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.IGNORECASE),
    ),
    ("month_year", re.compile(rf"\b(?:in\s+)?{_MONTH}\s+{_YEAR}\b", re.IGNORECASE)),
    # "in September last year", "in March next year": a month of the year named around it
    (
        "month_of_year",
        re.compile(
            rf"\b(?:in\s+(?:(?:early|late|mid)[\s-]+)?)?{_MONTH_WORD}\s+"
            r"(?P<which>last|this|next)\s+year\b",
            re.IGNORECASE,
        ),
    ),
    # "in July", "in early January", "in the first week of January", "near the end of
    # January": a month without its year ("may" alone is a verb; "by the end of" a deadline)
    (
        "month",
        re.compile(
            r"\b(?:in\s+(?:(?:early|late|mid)[\s-]+)?|(?:in|during|near|at|towards?)\s+the\s+"
            r"(?:(?:first|second|third|fourth|last|final)\s+(?:weeks?|days|half|fortnight)"
            rf"|beginning|start|end|middle)\s+of\s+){_MONTH_WORD}(?![\w-])",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?P<mod>(?:earlier|later|late|early)\s+(?:on\s+)?|as early as\s+|(?:on\s+)?"
            r"(?:last|next|this|coming|past)\s+|on\s+)?(?P<weekday>"
            + "|".join(WEEKDAYS)
            + r")(?P<part>\s+(?:morning|afternoon|evening|night))?\b",
            re.IGNORECASE,
        ),
    ),
    ("relative_day", re.compile(r"\b(?P<rel>yesterday|today|tomorrow|tonight)\b", re.IGNORECASE)),
    # "at the weekend", "last weekend": the Saturday of the weekend meant (not "over the
    # weekend of Aug 30", whose date is told; nor "the next weekend", told from the story's
    # last date)
    (
        "weekend",
        re.compile(
            r"\b(?:(?:at|over|on|during)\s+the|(?<!the\s)(?P<which>last|next|this))\s+weekend\b"
            r"(?!\s+of\s)",
            re.IGNORECASE,
        ),
    ),
    (
        "relative_period",
        re.compile(r"\b(?P<which>last|next|this)\s+(?P<unit>week|month|year)\b", re.IGNORECASE),
    ),
    # "a week ago", "three days ago": counted back from the day the story was filed
    (
        "ago",
        re.compile(
            rf"\b(?P<count>an?|\d{{1,4}}|{_COUNT_WORDS}|a\s+hundred|a\s+thousand)\s+"
            r"(?P<unit>days?|weeks?|months?|years?|centuries|decades?)\s+ago\b",
            re.IGNORECASE,
        ),
    ),
    # "by 2030" is a deadline, not when anything happened
    ("year", re.compile(rf"\b(?:(?:in|since|until)\s+|of\s+(?=19|20)){_YEAR}\b")),
    (
        "anchored",
        re.compile(
            r"\b(?:(?:the\s+)?(?P<which>next|following|previous|preceding)\s+"
            r"(?:day|morning|afternoon|evening|night)"
            r"|the\s+day\s+(?P<side>after|before)(?=\s*(?:[.,;:)]|$))"
            r"|(?:(?:the|that)\s+(?P<same>same)|(?P<that>that))\s+"
            r"(?:day|morning|afternoon|evening|night)"
            rf"|(?P<count>an?|\d{{1,2}}|{_COUNT_WORDS})\s+days?\s+(?P<dir>later|earlier))\b",
            re.IGNORECASE,
        ),
    ),
]


# every pattern above needs a digit (the ISO and year patterns) or, as a whole word, one of the
# words below, which tell the patterns worth running on a sentence
_KINDS_OF_CUE: dict[str, frozenset[str]] = {
    **dict.fromkeys(
        _MONTH_ALIASES, frozenset({"mdy", "dmy", "month_year", "month_of_year", "month"})
    ),
    **dict.fromkeys(WEEKDAYS, frozenset({"weekday"})),
    **dict.fromkeys(("yesterday", "today", "tomorrow", "tonight"), frozenset({"relative_day"})),
    "weekend": frozenset({"weekend"}),
    "ago": frozenset({"ago"}),
    **dict.fromkeys(("week", "month", "year"), frozenset({"relative_period"})),
    **dict.fromkeys(
        ("day", "days", "morning", "afternoon", "evening", "night"), frozenset({"anchored"})
    ),
}
_DIGIT_KINDS = frozenset({"iso", "year"})


def _cued_patterns(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns of _PATTERNS that can match in `text`: those whose words it holds."""
    kinds: set[str] = set(_DIGIT_KINDS) if _DIGIT_RE.search(text) else set()
    for word in set(_WORD_RE.findall(text.casefold())):
        kinds |= _KINDS_OF_CUE.get(word, frozenset())
    return [(kind, pattern) for kind, pattern in _PATTERNS if kind in kinds]


_DIGIT_RE = re.compile(r"\d")
_WORD_RE = re.compile(r"\w+")  # whole words, as \b delimits them


@dataclass(frozen=True)
class DateMention:
    """A date phrase at [start, end) of the text, with its resolved value."""

    text: str
    start: int
    end: int
    value: date | None
    precision: DatePrecision


def find_dates(
    text: str, published: date | None, base: int = 0, anchor: date | None = None
) -> list[DateMention]:
    """Every date phrase in `text` (a sentence), resolved against the publication date.

    `base` is the sentence's offset in the document; returned offsets are document offsets.
    Relative phrases stay unresolved (value None) when there is no publication date.
    Phrases counted from another date ("the next day", "two days later") count from the
    day-precise date before them in the sentence, else from `anchor` (the last such date of
    the article before the sentence); without either they stay unresolved ("unknown").
    """
    patterns = _cued_patterns(text)
    if not patterns:
        return []
    found: list[tuple[DateMention, re.Match[str] | None]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            value, precision = _resolve(kind, match, text, published)
            if kind in {"mdy", "dmy"} and not _plausible_day(match):
                continue
            if kind in {"mdy", "dmy"} and _names_a_thing(text, match):
                continue  # "laid flowers at the May 18 National Cemetery"
            if kind == "iso" and value is None:
                continue
            taken.append((match.start(), match.end()))
            phrase = match.group(0).strip()
            start = base + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            mention = DateMention(phrase, start, start + len(phrase), value, precision)
            found.append((mention, match if kind == "anchored" else None))
    resolved = []
    for mention, counted in _weekdays_of_a_week(
        sorted(found, key=lambda pair: pair[0].start), text, base
    ):
        if counted is not None:
            days = _counted_days(counted)
            value = anchor + timedelta(days=days) if anchor is not None else None
            mention = replace(mention, value=value, precision="day" if value else "unknown")
        if mention.value is not None and mention.precision == "day":
            anchor = mention.value
        resolved.append(mention)
    return resolved


def _weekdays_of_a_week(
    found: list[tuple[DateMention, re.Match[str] | None]], text: str, base: int
) -> list[tuple[DateMention, re.Match[str] | None]]:
    """A weekday told with the week it falls in ("on Tuesday last week", "on Friday of next
    week") is that weekday of that week, one date, not the nearest Tuesday and a week."""
    merged: list[tuple[DateMention, re.Match[str] | None]] = []
    for mention, counted in found:
        previous = merged[-1][0] if merged else None
        if (
            previous is not None
            and mention.precision == "range"
            and mention.value is not None
            and previous.precision == "day"
            and previous.value is not None
            and _WEEK_AFTER_DAY_RE.fullmatch(text[previous.end - base : mention.start - base])
            and (weekday := _WEEKDAY_IN_RE.search(previous.text)) is not None
        ):
            day = mention.value - timedelta(days=mention.value.weekday())
            day += timedelta(days=_WEEKDAYS.index(weekday.group(0).casefold()))
            whole = text[previous.start - base : mention.end - base]
            merged[-1] = (DateMention(whole, previous.start, mention.end, day, "day"), None)
            continue
        if previous is not None and _date_of_the_weekday(previous, mention, text, base):
            # "late on Sunday, Sept. 10": the date names the weekday's day, one date
            whole = text[previous.start - base : mention.end - base]
            merged[-1] = (replace(mention, text=whole, start=previous.start), None)
            continue
        merged.append((mention, counted))
    return merged


def _date_of_the_weekday(weekday: DateMention, day: DateMention, text: str, base: int) -> bool:
    """A weekday followed by a comma and the date it falls on, AP style ("Sunday, Sept. 10")."""
    return (
        weekday.precision == "day"
        and day.precision == "day"
        and day.value is not None
        and _WEEKDAY_IN_RE.search(weekday.text) is not None
        and _WEEKDAY_IN_RE.search(day.text) is None
        and any(ch.isdigit() for ch in day.text)
        and _DATE_AFTER_WEEKDAY_RE.fullmatch(text[weekday.end - base : day.start - base])
        is not None
    )


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_IN_RE = re.compile(r"\b(?:" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_WEEK_AFTER_DAY_RE = re.compile(r"\s+(?:of\s+)?")
_DATE_AFTER_WEEKDAY_RE = re.compile(r",\s*")


def last_day(mentions: list[DateMention], default: date | None = None) -> date | None:
    """The last day-precise date among `mentions` (the anchor for the next sentence)."""
    days = [m.value for m in mentions if m.value is not None and m.precision == "day"]
    return days[-1] if days else default


def span_at_end(text: str) -> timedelta | None:
    """The span of time the text ends with ("a week ", "three days ", "hours ", "38 hours "),
    as told before "after" or "before"; hours count in whole days, the nearest."""
    found = _SPAN_RE.search(text)
    if found is None:
        return None
    number, unit = _count_and_unit(found.group(1) or "a", found.group(2))
    if unit == "hour":  # "hours after": the same day; "38 hours after": two days before
        return timedelta(days=round(number / 24) if found.group(1) else 0)
    return timedelta(days=number * _UNIT_DAYS[unit])


def stay_told(text: str, after: int = 0) -> timedelta | None:
    """The span of a stay the sentence tells after position `after` ("there Pasa had spent
    more than a week", "a thunderstorm kept her for two nights"): the clock of the telling
    moves on by at least that much."""
    found = _STAY_RE.search(text, after)
    if found is None:
        return None
    number, unit = _count_and_unit(found.group(1), found.group(2))
    return timedelta(days=number * _UNIT_DAYS[unit])


def _count_and_unit(count: str, unit: str) -> tuple[int, str]:
    """ "three", "days" -> (3, "day"); a count word unknown counts one."""
    count = count.casefold()
    number = int(count) if count.isdigit() else _SPAN_COUNTS.get(count, 1)
    return number, unit.casefold().rstrip("s")


_UNIT_DAYS = {"day": 1, "night": 1, "week": 7, "month": 30}


_SPAN_COUNTS = {"a": 1, "an": 1, "few": 3, "several": 3} | {
    word: i + 1 for i, word in enumerate(_COUNTS)
}
_STAY_RE = re.compile(
    rf"\b(?:spen[dt]|spending|stay(?:ed|s)?|for)\s+(?:more\s+than\s+|over\s+|nearly\s+|"
    rf"almost\s+|about\s+|some\s+|the\s+next\s+)?(\d{{1,2}}|an?|several|{_COUNT_WORDS})\s+"
    rf"(days?|nights?|weeks?)\b",
    re.IGNORECASE,
)
_SPAN_RE = re.compile(
    rf"\b(?:(\d{{1,2}}|an?|few|several|{_COUNT_WORDS})\s+)?(hours?|days?|weeks?|months?)\s+$",
    re.IGNORECASE,
)


def _counted_days(match: re.Match[str]) -> int:
    """How many days from the anchor: 'the next day' +1, 'two days earlier' -2, 'the same
    night' 0."""
    groups = match.groupdict()
    if groups.get("same") or groups.get("that"):
        return 0  # "the same night", "Earlier that day", "that evening"
    if groups.get("which"):
        return 1 if groups["which"].casefold() in {"next", "following"} else -1
    if groups.get("side"):
        return 1 if groups["side"].casefold() == "after" else -1
    count = (groups.get("count") or "").casefold()
    number = 1 if count in {"a", "an"} else int(count) if count.isdigit() else 0
    if not number:
        number = _COUNTS.index(count) + 1
    return number if (groups.get("dir") or "").casefold() == "later" else -number


def _resolve(
    kind: str, match: re.Match[str], text: str, published: date | None
) -> tuple[date | None, DatePrecision]:
    groups = match.groupdict()
    if kind == "iso":
        return _safe_date(int(groups["year"]), int(groups["m"]), int(groups["d"])), "day"
    if kind in {"mdy", "dmy"}:
        return _month_day(groups, published, _is_future(text, match.start()))
    if kind == "month_year":
        month = _MONTH_ALIASES[groups["month"].casefold().rstrip(".")]
        return _safe_date(int(groups["year"]), month, 1), "month"
    if kind == "year":
        return date(int(groups["year"]), 1, 1), "year"
    if kind == "month_of_year":
        return _month_of_a_year_around(groups, published)
    if kind == "month":
        return _nearest_month(groups, published, _is_future(text, match.start()))
    if published is None or kind == "anchored":  # counted from an anchor by find_dates
        return None, "unknown"
    if kind == "ago":  # "a week ago": that day, near enough to order the moves told
        return _ago(groups, published)
    if kind == "weekday":
        return _weekday(groups, text, match.start(), published), "day"
    if kind == "weekend":
        return _weekend(groups, text, match.start(), published), "day"
    if kind == "relative_day":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
        return published + timedelta(days=offset[groups["rel"].casefold()]), "day"
    return _relative_period(groups, published)


def _month_of_a_year_around(
    groups: dict[str, str | None], published: date | None
) -> tuple[date | None, DatePrecision]:
    """ "in September last year": that month of the year before the publication's."""
    if published is None:
        return None, "unknown"
    month = _MONTH_ALIASES[(groups["month"] or "").casefold().rstrip(".")]
    step = {"last": -1, "this": 0, "next": 1}[(groups["which"] or "").casefold()]
    return date(published.year + step, month, 1), "month"


def _ago(groups: dict[str, str | None], published: date) -> tuple[date, DatePrecision]:
    """ "a week ago": that day; "four months ago": that month; "a thousand years ago": that
    year, so that a move told of long ago falls outside the trip."""
    count = " ".join((groups["count"] or "").casefold().split())
    number = int(count) if count.isdigit() else _AGO_COUNTS.get(count) or _SPAN_COUNTS[count]
    unit = (groups["unit"] or "").casefold()
    if unit.startswith(("year", "decade", "centur")):
        years = number * (100 if unit.startswith("centur") else 10 if unit[0] == "d" else 1)
        return date(max(1, published.year - years), 1, 1), "year"
    if unit.startswith("month"):
        months = published.year * 12 + published.month - 1 - number
        return date(max(1, months // 12), months % 12 + 1, 1), "month"
    return published - timedelta(days=number * (7 if unit.startswith("week") else 1)), "day"


_AGO_COUNTS = {"a hundred": 100, "a thousand": 1000}


def format_date(value: date | None, precision: str = "day") -> str:
    """A date as precisely as it is known: 2023-09-12, 2019-05, 2019, or "date unknown"."""
    if value is None:
        return "date unknown"
    if precision == "year":
        return f"{value.year}"
    if precision == "month":
        return f"{value.year}-{value.month:02d}"
    return value.isoformat()


def _names_a_thing(text: str, match: re.Match[str]) -> bool:
    """A date after "the" and before a capitalised word is part of a name ("laid flowers at
    the May 18 National Cemetery", "the September 11 Memorial"), no day of the story."""
    before = text[max(0, match.start() - 4) : match.start()]
    return bool(_THE_BEFORE_RE.search(before) and _NAME_AFTER_RE.match(text, match.end()))


_THE_BEFORE_RE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_NAME_AFTER_RE = re.compile(r"\s+(?-i:[A-Z][a-z])")


def _plausible_day(match: re.Match[str]) -> bool:
    """February 31 is no date; February 29 may be (checked in a leap year)."""
    month = _MONTH_ALIASES[match.group("month").casefold().rstrip(".")]
    return (
        _safe_date(int(match.groupdict().get("year") or 2000), month, int(match.group("day")))
        is not None
    )


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(
    groups: dict[str, str | None], published: date | None, future: bool
) -> tuple[date | None, DatePrecision]:
    month = _MONTH_ALIASES[(groups["month"] or "").casefold().rstrip(".")]
    day = int(groups["day"] or 0)
    if groups.get("year"):
        return _safe_date(int(groups["year"] or 0), month, day), "day"
    if published is None:
        return None, "unknown"
    candidate = _safe_date(published.year, month, day)
    if candidate is None:
        return None, "unknown"
    if future and candidate < published - timedelta(days=30):
        candidate = _safe_date(published.year + 1, month, day) or candidate
    elif not future and candidate > published + timedelta(days=30):
        candidate = _safe_date(published.year - 1, month, day) or candidate
    return candidate, "day"


def _nearest_month(
    groups: dict[str, str | None], published: date | None, future: bool
) -> tuple[date | None, DatePrecision]:
    """A month named without its year: the latest such month up to the publication date, or
    for the future the next one from it ("left in January" in July is this January)."""
    if published is None:
        return None, "unknown"
    month = _MONTH_ALIASES[(groups["month"] or "").casefold().rstrip(".")]
    year = published.year
    if future and month < published.month:
        year += 1
    elif not future and month > published.month:
        year -= 1
    return date(year, month, 1), "month"


def _weekday(groups: dict[str, str | None], text: str, start: int, published: date) -> date:
    target = WEEKDAYS.index((groups["weekday"] or "").casefold())
    modifier = (groups.get("mod") or "").casefold()
    delta_back = (published.weekday() - target) % 7
    if "next" in modifier or "coming" in modifier:
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    if "last" in modifier or "past" in modifier:
        return published - timedelta(days=delta_back or 7)
    if delta_back == 0:
        return published
    if "as early as" in modifier or _is_future(text, start):
        return published + timedelta(days=(target - published.weekday()) % 7)
    return published - timedelta(days=delta_back)


def _weekend(groups: dict[str, str | None], text: str, start: int, published: date) -> date:
    """The Saturday of the weekend before publication (of the one coming, for "next weekend"
    or a clause about the future); on a weekend, that weekend's."""
    which = (groups.get("which") or "").casefold()
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    coming = which == "next" or (which != "last" and _is_future(text, start))
    if coming and published.weekday() < 5:
        return saturday + timedelta(days=7)
    return saturday


def _relative_period(
    groups: dict[str, str | None], published: date
) -> tuple[date | None, DatePrecision]:
    which = (groups["which"] or "").casefold()
    unit = (groups["unit"] or "").casefold()
    step = {"last": -1, "this": 0, "next": 1}[which]
    if unit == "year":
        return date(published.year + step, 1, 1), "year"
    if unit == "month":
        month_index = published.year * 12 + published.month - 1 + step
        return date(month_index // 12, month_index % 12 + 1, 1), "month"
    monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
    return monday, "range"


def _is_future(text: str, start: int) -> bool:
    """Whether the clause leading up to a date phrase speaks of the future."""
    clause = text[:start]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    while breaks:
        rest = clause[breaks[-1].end() :]
        if not re.match(r"\s*to\s+\w+", rest) and not _joins_a_noun_phrase(breaks[-1], rest):
            break
        # "expect the storm to reach X and to make landfall on Friday", "is expected to visit
        # Najaf and the port city of Basra on Friday": one clause
        breaks.pop()
    shared = bool(breaks) and _shares_the_verb_phrase(clause, breaks[-1])
    if breaks:
        clause = clause[breaks[-1].end() :]
    if _last_verb_is_past(clause):
        return False
    if shared and _future_or_present(text[: breaks[-1].start()]):
        return True  # "He will meet X on Saturday ... and fly back to Rome on Monday"
    if not re.search(r"[a-z]{3,}", clause.replace("on", "")):  # "On Saturday he will visit"
        clause = re.split(r"[,;:.]", text[start:], maxsplit=1)[0][:60]
    if _future_or_present(clause):
        return True
    # "will travel through ... and Tahiti, before reaching Paris on July 26", "On Monday he
    # travels to Doha ... before returning to New Delhi on Wednesday": a clause led by a
    # gerund has no tense of its own and takes the sentence's
    gerund = _GERUND_CLAUSE_RE.search(clause)
    told = text[:start]
    return gerund is not None and _future_or_present(told)


def _future_or_present(clause: str) -> bool:
    """The clause speaks of the future or tells a move in the present tense."""
    return _future_cue(clause) or _told_in_the_present(clause)


def _told_in_the_present(clause: str) -> bool:
    """A move told in the present tense, which with a date is scheduled ("He flies back on
    Sunday", "The Tigers head east to Brandon on Friday")."""
    clause = _DESCRIBING_CLAUSE_RE.sub(" ", clause)
    moves = [*_PRESENT_MOVES.finditer(clause), *_PLURAL_PRESENT_MOVES.finditer(clause)]
    return any(not _past_verb_after(clause[m.end() :]) for m in moves)


def _past_verb_after(rest: str) -> bool:
    """A verb in the past tense after a present one: the later verb tells the dated move
    ("a grower who heads a local farmers' union, led the column out of Agen at dawn"; not a
    participle, "leaves for Rio, followed by a state visit to Brasilia on Tuesday")."""
    words = re.findall(r"[a-z']+", rest.casefold())
    return any(
        (w in _IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4))
        and (i == 0 or words[i - 1] not in {"be", "is", "are", "to", "will", "has", "have"})
        and words[i + 1 : i + 2] != ["by"]
        for i, w in enumerate(words)
    )


# a relative clause set off before the verb, which describes the subject ("Laborde, a grower
# who heads a local union, led the column out on Monday"): its present tense is no schedule
_DESCRIBING_CLAUSE_RE = re.compile(r"\b(?:who|which)\s+[^,;]*,")


def _future_cue(clause: str) -> bool:
    """A word of the future in the clause, but not a comparison with a plan, which is told
    of the past as well ("Instead of flying home as planned, Kishida slipped out of New Delhi
    on Monday", "arrived earlier than expected on Sunday")."""
    return bool(FUTURE_CUES.search(_AS_PLANNED_RE.sub(" ", clause)))


_AS_PLANNED_RE = re.compile(
    r"\b(?:as|than)\s+(?:originally\s+|first\s+|initially\s+|previously\s+)?"
    r"(?:planned|expected|scheduled|forecast|predicted)\b",
    re.IGNORECASE,
)


def _joins_a_noun_phrase(brk: re.Match[str], rest: str) -> bool:
    """An "and" before a name or noun phrase with no verb up to the date ("and Karbala and the
    southern port city of Basra on Friday", "and on to Toronto on Friday") joins another object
    to the clause before it, not a clause of its own ("and the storm hit Basra on Friday")."""
    if brk.group(0).strip(" ,") != "and":
        return False
    words = re.findall(r"[a-z']+", rest.casefold())
    if words[:2] in (["on", "to"], ["then", "to"], ["then", "on"]):
        return not any(_looks_like_a_verb(word) for word in words[2:])  # "and on to Toronto"
    if not words or not (words[0] in _DETERMINERS or re.match(r"\s*[A-Z]", rest)):
        return False
    return not any(_looks_like_a_verb(word) for word in words[1:])


_DETERMINERS = frozenset("the a an his her its their".split())
_AUXILIARY_WORDS = frozenset(
    "is are was were be been has have had will would can could may might must shall should "
    "did does do".split()
)


def _looks_like_a_verb(word: str) -> bool:
    if word in _AUXILIARY_WORDS or word in _IRREGULAR_PAST or _PRESENT_MOVES.fullmatch(word):
        return True
    return word.endswith("ed") and len(word) > 4


def _shares_the_verb_phrase(clause: str, brk: re.Match[str]) -> bool:
    """The clause after an "and" goes on with a bare verb, sharing the subject and the modal
    before it ("will meet ... and fly back"), not a clause of its own ("and he left")."""
    if brk.group(0).strip(" ,") != "and":
        return False
    first = re.match(r"\s*(?:then\s+)?([a-z]+)\b", clause[brk.end() :])
    return first is not None and first.group(1) not in _CLAUSE_OPENERS


_CLAUSE_OPENERS = frozenset(
    "he she it they we i you the a an his her its their this that there who which on in at "
    "by from after before".split()
)
_GERUND_CLAUSE_RE = re.compile(r"\b(?:before|after|while|then)\s+\w+ing\b", re.IGNORECASE)


def _last_verb_is_past(clause: str) -> bool:
    """'opened on Sunday', 'left late on Sunday': the word before the date's fillers is past."""
    words = [w for w in re.findall(r"[a-z']+", clause.casefold()) if w not in _FILLERS]
    if not words:
        return False
    last = words[-1]
    if len(words) > 1 and words[-2] in {"be", "to", "will", "would", "being"}:
        return False
    return last in _IRREGULAR_PAST or (last.endswith("ed") and len(last) > 4)


def explicit_days(text: str, published: date | None) -> list[DateMention]:
    """The dates the text names by month and day ("April 20", "3 Nov"), in order."""
    return [
        m
        for m in find_dates(text, published)
        if m.precision == "day" and m.value is not None and _EXPLICIT_DAY_RE.search(m.text)
    ]


_MONTH_NAMES = "(?:" + "|".join(sorted(_MONTH_ALIASES, key=len, reverse=True)) + ")"
_EXPLICIT_DAY_RE = re.compile(rf"\b{_MONTH_NAMES}\b.*\d|\d.*\b{_MONTH_NAMES}\b", re.IGNORECASE)


def weekday_in_the_telling(
    mention: DateMention, since: date | None, following: Sequence[DateMention]
) -> DateMention:
    """A bare weekday of a story told in order ("left on April 13 ... reaching Concepción on
    Tuesday ... On April 20 they moved on"): when the week of publication puts it after the
    next date the text names, it is the first such weekday after `since`, the day the telling
    had reached, if that one comes before that next date."""
    if mention.value is None or since is None or not a_bare_weekday(mention):
        return mention
    after = next((m.value for m in following if m.start >= mention.end and m.value), None)
    if after is None or mention.value <= after or since >= after:
        return mention
    ahead = (mention.value.weekday() - since.weekday()) % 7 or 7
    told = since + timedelta(days=ahead)
    return replace(mention, value=told) if told <= after else mention


def a_bare_weekday(mention: DateMention) -> bool:
    """The phrase is a weekday alone ("on Tuesday", "Friday evening"), no date beside it."""
    return bool(_BARE_WEEKDAY_RE.fullmatch(mention.text))


_BARE_WEEKDAY_RE = re.compile(
    r"(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)
