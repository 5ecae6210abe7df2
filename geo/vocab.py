"""Word lists that several stages read (recognition, events, routes): each idea written once,
each stage adding the words only it needs. Imports nothing from geo, so any module may use it."""

from __future__ import annotations

from collections.abc import Iterable

# kinds of vessel every rule about ships knows ("the tanker", "the ferry to Calais")
VESSEL_NOUNS = frozenset("ship vessel yacht tanker freighter ferry liner barge steamer".split())
# kinds of vessel a story tells a vessel's name after ("the trawler Ocean Star", "the yacht
# Estrela do Mar"): what follows is the vessel's name
NAMED_VESSEL_KINDS = VESSEL_NOUNS | frozenset("trawler schooner sloop catamaran icebreaker".split())


def any_word_of(words: Iterable[str]) -> str:
    """A regular-expression alternation of the words (letters only), in a fixed order."""
    return "|".join(sorted(words))
