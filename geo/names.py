"""Name keys: one normalisation used by the gazetteer build, its look-ups and the phrase matcher."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["ascii_fold", "is_latin_key", "looks_like_code", "normalise"]

# Letters that NFKD does not decompose but English text spells with a plain Latin letter.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "Ð": "d",
        "þ": "th",
        "Þ": "th",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
        "Ħ": "h",
        "ŧ": "t",
        "ə": "e",
        "Ə": "e",
        "ŋ": "ng",
    }
)
# Apostrophes, quotes and modifier letters used as apostrophes (N'Djamena, Hawaiʻi, Xi'an).
_QUOTES = re.compile("['\"`´‘’‚‛“”„ʹʺʻʼʽʾʿˈ]")
# Dotted initials such as U.S., U.K., D.C.: the dots go, the letters join ("us", "uk", "dc").
_INITIALS = re.compile(r"(?<![^\W\d_])(?:[^\W\d_]\.){2,}(?![^\W\d_])")
_NON_WORD = re.compile(r"[\W_]+")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_URL = re.compile(r"(?:https?:|www\.|\.(?:com|org|net|gov)\b|/)", re.IGNORECASE)
NAMES_REMEMBERED = 100_000  # normalised keys kept by `normalise`


@lru_cache(maxsize=NAMES_REMEMBERED)
def normalise(name: str) -> str:
    """Key for a place name: accents folded, casefolded, punctuation to single spaces
    (remembered: the same names are looked up again and again in an article).

    >>> normalise("Rzeszów"), normalise("N'Djamena"), normalise("the U.S."), normalise("Ust-Luga")
    ('rzeszow', 'ndjamena', 'us', 'ust luga')
    """
    text = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), name)
    if text.isascii():  # nothing to fold (most names in English news)
        text = text.casefold()
    else:
        text = unicodedata.normalize("NFKD", text.translate(_FOLD))
        text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = _QUOTES.sub("", text)
    text = _NON_WORD.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def romanisation_key(key: str) -> str:
    """A normalised key with the letters romanisations disagree on folded together, so that
    "Arvaikheer" and "Arvayheer", "Dzhankoi" and "Jankoy" meet; spaces and doubled letters go.

    >>> romanisation_key("arvaikheer") == romanisation_key("arvayheer")
    True
    """
    text = key.replace(" ", "")
    for written, folded in _ROMANISATIONS:
        text = text.replace(written, folded)
    return _DOUBLED.sub(r"\1", text)


# pairs of spellings that romanisations of one name use in turn (applied in this order)
_ROMANISATIONS = (
    ("dzh", "j"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"),
    ("ck", "k"),
    ("q", "k"),
    ("c", "k"),
    ("w", "v"),
    ("y", "i"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")


def ascii_fold(name: str) -> str:
    """The name with accents and special letters folded, case kept ("Rzeszów" -> "Rzeszow")."""
    text = unicodedata.normalize("NFKD", name.translate(_FOLD))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def is_latin_key(key: str) -> bool:
    """True when a normalised key is plain ASCII, the script English news spells names in."""
    return key.isascii()


def looks_like_code(raw: str) -> bool:
    """True for IATA/ICAO-like codes ("LAX", "UUWW") and URLs among GeoNames alternate names."""
    return bool(_CODE.match(raw)) or bool(_URL.search(raw))


# Arabic-speaking countries, whose town names GeoNames writes with the article ("Al Qamishli")
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE".split()
)
