"""A small generated corpus whose resolution depends on order unless the build makes it not.

Written for issue 17's tests.  What makes incremental resolution order-dependent,
in a few dozen short articles: surnames used alone before the full name appears;
alias statements ("X, also known as Y") whose second name is only tagged later;
spelling variants of one name (Mohammad / Muhammad, Rezaei / Rezaie) spread over
documents; acronyms introduced once and used bare afterwards; dated events and
numeric claims about the same organisations.  Everything is invented.
"""

from __future__ import annotations

import random
from pathlib import Path

_PEOPLE = [
    ("Mohammad Rezaei", "Muhammad Rezaie", "Rezaei"),
    ("Daniel Whitford", "Daniel Whitforde", "Whitford"),
    ("Leyla Kazemi", "Leila Kazemi", "Kazemi"),
    ("Hossein Tavakoli", "Hosein Tavakkoli", "Tavakoli"),
]
_ORGS = [
    ("Harvan Liberation Front", "HLF", "the Front"),
    ("Brenmark Institute", "BMI", "the Institute"),
    ("Velmoran Workers Council", "VWC", "the Council"),
]
_PLACES = ["Ostrand", "Velmora", "Port Veltra", "Kaskar"]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def _article(rng: random.Random, i: int) -> str:
    full, variant, surname = rng.choice(_PEOPLE)
    org, acronym, short = rng.choice(_ORGS)
    other_org, other_acr, _ = rng.choice(_ORGS)
    place = rng.choice(_PLACES)
    year = rng.choice([2009, 2010, 2011, 2012])
    month = rng.choice(_MONTHS)
    members = rng.choice([300, 1200, 3000, 3400, 5000])
    kind = i % 6
    if kind == 0:  # the surname alone, the full name nowhere in this article
        lead = (
            f"{surname} told reporters in {place} on Monday that the talks had failed. "
            f"{surname} said the {acronym} would not sign."
        )
    elif kind == 1:  # an alias statement
        lead = (
            f"The {org}, also known as the {other_org}, held a rally in {place} in {month} {year}. "
            f"The {acronym} said {members} members attended."
        )
    elif kind == 2:  # the spelling variant
        lead = (
            f"{variant}, a senior figure of the {org}, was arrested in {place} on {month} 3, {year}. "
            f"{variant} denied the charges."
        )
    elif kind == 3:  # the acronym introduced
        lead = (
            f"The {org} ({acronym}) was founded in {year}, according to {full}. "
            f"The {acronym} reportedly has {members} members."
        )
    elif kind == 4:  # the full name
        lead = (
            f"{full} met officials of the {org} in {place} in {month} {year}. "
            f"{surname} later said {short} had about {members} members."
        )
    else:  # bare acronyms and a second organisation
        lead = (
            f"The {acronym} and the {other_acr} attacked a convoy near {place} on {month} 9, {year}. "
            f"Officials of the {other_org} said the {acronym} was behind it."
        )
    tail = (
        f"Analysts in {rng.choice(_PLACES)} said article {i} showed how divided the groups were. "
        f"The statement was issued on {month} {rng.randint(1, 28)}, {year}."
    )
    return f"{lead}\n\n{tail}\n"


def write_messy_corpus(folder: Path, n: int, seed: int = 17) -> Path:
    """``n`` articles ``art0000.txt``... in ``folder`` (made if missing)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"art{i:04d}.txt").write_text(_article(rng, i), encoding="utf-8")
    return folder
