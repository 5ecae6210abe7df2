"""Word lists that several stages read (recognition, events, routes): each idea written once,
each stage adding the words only it needs. Imports nothing from geo, so any module may use it."""

from __future__ import annotations

from collections.abc import Iterable

# kinds of vessel every rule about ships knows ("the tanker", "the ferry to Calais")
VESSEL_NOUNS = frozenset("ship vessel yacht tanker freighter ferry liner barge steamer".split())
# kinds of vessel a story tells a vessel's name after ("the trawler Ocean Star", "the yacht
# Estrela do Mar"): what follows is the vessel's name
NAMED_VESSEL_KINDS = VESSEL_NOUNS | frozenset("trawler schooner sloop catamaran icebreaker".split())

# words written before a full name that are no part of it ("Skipper Charlie Enright")
NAME_TITLES = frozenset(
    "skipper captain capt coach pilot driver rider nurse doctor dr professor prof sergeant sgt "
    "corporal lieutenant lt colonel col major general gen commander admiral detective officer "
    "constable judge senator sen rep congressman congresswoman governor gov mayor reverend rev "
    "pastor bishop cardinal rabbi imam sheikh mr mrs ms sir dame lord lady astronaut "
    "explorer adventurer sailor yachtsman yachtswoman climber mountaineer swimmer runner "
    "cyclist patriarch mufti archbishop metropolitan".split()
)
# offices written before a name ("Chancellor Olaf Scholz", "Deputy Ahmed Ali")
OFFICE_WORDS = frozenset(
    "president prime minister chancellor premier secretary envoy ambassador chairman "
    "chairwoman chair chief deputy vice spokesman spokeswoman speaker foreign defence defense "
    "interior finance trade health state".split()
)


def any_word_of(words: Iterable[str]) -> str:
    """A regular-expression alternation of the words (letters only), in a fixed order."""
    return "|".join(sorted(words))
