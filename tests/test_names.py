"""geo.names: the one key function every name look-up goes through."""

from __future__ import annotations

import pytest

from geo.names import ascii_fold, is_latin_key, looks_like_code, normalise


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("Rzeszów", "rzeszow"),
        ("RZESZOW", "rzeszow"),
        ("N'Djamena", "ndjamena"),
        ("N’Djamena", "ndjamena"),
        ("Rostov-on-Don", "rostov on don"),
        ("St. Louis", "st louis"),
        ("  Kyiv \t", "kyiv"),
        ("the United States", "united states"),
        ("The Hague", "hague"),
        ("the U.S.", "us"),
        ("U.K.", "uk"),
        ("Washington, D.C.", "washington dc"),
        ("Łódź", "lodz"),
        ("Straße", "strasse"),
        ("Hawaiʻi", "hawaii"),
        ("İstanbul", "istanbul"),
        ("Côte d’Ivoire", "cote divoire"),
        ("São Paulo", "sao paulo"),
        ("Sea of Japan (East Sea)", "sea of japan east sea"),
        ("", ""),
        ("the", "the"),
        ("Theodosia", "theodosia"),
    ],
)
def test_normalise(raw: str, key: str) -> None:
    assert normalise(raw) == key


def test_normalise_is_idempotent() -> None:
    for raw in ["Rzeszów", "N'Djamena", "the U.S.", "Rostov-on-Don", "Côte d'Ivoire"]:
        assert normalise(normalise(raw)) == normalise(raw)


def test_spelling_variants_share_a_key() -> None:
    assert normalise("Rzeszów") == normalise("Rzeszow")
    assert normalise("U.S.") == normalise("US") == normalise("the US")
    assert normalise("Bab-el-Mandeb") == normalise("Bab el Mandeb")


def test_non_latin_keys_are_kept_but_flagged() -> None:
    assert normalise("Москва") == "москва"
    assert not is_latin_key(normalise("Москва"))
    assert is_latin_key(normalise("Moskva"))


def test_ascii_fold_keeps_case() -> None:
    assert ascii_fold("Rzeszów") == "Rzeszow"
    assert ascii_fold("Élysée Palace") == "Elysee Palace"


@pytest.mark.parametrize(
    ("raw", "is_code"),
    [("LAX", True), ("UUWW", True), ("https://x.org", True), ("Kiev", False), ("LA", True)],
)
def test_looks_like_code(raw: str, is_code: bool) -> None:
    assert looks_like_code(raw) is is_code
