"""Country names from generic country data (issue 16): short forms, acronyms,
official long forms.

``country_of("russian federation") == "russia"``: the name key of the country
a name key stands for, or ``None``.  The data (``data/names/countries.yml``)
lists countries, their demonyms and irregular other names ("America",
"USA", "Persia"); regular official forms are recognised by pattern:
"[Islamic|Federal|...] Republic/Kingdom/State/... of X" and
"<demonym> [Arab|Socialist|...] Republic/Federation/Kingdom" ("Syrian Arab
Republic").  No actor lists: a country's name is data, not a judgement.
"""

from __future__ import annotations

import functools
import re

from ..names import country_names, demonyms, name_key

__all__ = ["country_of"]

_STATE = r"(?:republic|federation|confederation|kingdom|state|states|emirate|emirates|sultanate|principality|commonwealth)"
_MODIFIERS = r"(?:(?:islamic|arab|federal|federative|democratic|people s|peoples|popular|socialist|united|hashemite|bolivarian|plurinational|co operative|cooperative|independent|sovereign)\s+)*"
_OF_FORM = re.compile(rf"^{_MODIFIERS}{_STATE}\s+of\s+(?:the\s+)?(?P<name>.+)$")
_ADJ_FORM = re.compile(rf"^(?P<dem>[a-z]+(?: [a-z]+)?)\s+{_MODIFIERS}{_STATE}$")


@functools.cache
def _canonical() -> dict[str, str]:
    """name key of a country name, long form or short form -> the country's key."""
    return {k: name_key(c) for k, c in country_names().items()}


@functools.lru_cache(maxsize=10_000)
def country_of(key: str) -> str | None:
    """The key of the country ``key`` names, or ``None`` (see module docstring)."""
    names = _canonical()
    if key in names:
        return names[key]
    m = _OF_FORM.match(key)
    if m and m.group("name") in names:
        return names[m.group("name")]
    m = _ADJ_FORM.match(key)
    if m:
        country = demonyms().get(m.group("dem"))
        if country is not None and not m.group("dem").endswith("s"):
            return name_key(country)
    return None
