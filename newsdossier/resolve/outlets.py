"""One outlet, however it is written: a name, its domain and its URL host (issue 20).

Inputs name the same outlet as "Kheshmar Times" (an HTML page's site name),
"kheshmartimes.example" (a CSV's domain column) or only through the URL host
of the page.  Views group documents by *canonical* outlet, so the same outlet
is shown once.

Matching is generic, never a list of outlets: a domain's main label
(``news.kessawire.co.uk`` -> ``kessawire``, hyphens dropped) matches a name when it can be
spelled from the name's words in order, each word giving all its letters, its
initial, or nothing ("The Nordavik Observer" -> nordavikobserver, "Estmark
Daily Courier" -> estmarkcourier, "Zaravand News Agency" -> zna, "New York
Times" -> nytimes).  The first significant word must give something and at
least half of the significant words must (so "The Times" and "New York Times"
do not both claim times.co.uk: the better coverage wins, a tie links nothing).
A name is linked to a URL host only if they match this way: a page's host is
not proof of its outlet (syndication, aggregators, a footer naming an agency).

Decisions are data: ``outlet_variants`` maps every stored outlet string to
its canonical outlet and says how (``name``, ``domain``, ``url-host``,
``acronym``, ``user``); users override with ``newsdossier outlets same|different``
(rows in ``outlet_judgements``), kept across rebuilds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from unidecode import unidecode

from ..registry import resolvers

if TYPE_CHECKING:
    from ..settings import Settings
    from ..store.protocols import Store

__all__ = [
    "OutletJudgement", "canonical_outlets", "domain_label", "host_of", "is_domain",
    "match_score", "resolve_outlet_variants",
]  # fmt: skip

RESOLVER = "newsdossier.outlets.v1"
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$")
# Second-level labels under which sites register (kessawire.co.uk, vellorn.net.au): skipped
# when finding a domain's main label.
_SECOND_LEVEL = frozenset(
    ["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "mil", "nic", "gob"]
)
# Host prefixes that are not part of the outlet's name.
_HOST_PREFIXES = ("www.", "www1.", "www2.", "m.", "amp.", "mobile.", "en.", "english.")
# Words that may be skipped freely and do not count toward coverage.
_MINOR = frozenset(["the", "a", "an", "of", "and", "for", "de", "la", "le", "el", "al"])
MIN_COVERAGE = 0.5


def host_of(url: str | None) -> str | None:
    """The lower-cased host of an http(s) URL without www./m./en. prefixes, or None."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    if not host or parts.scheme.lower() not in ("http", "https"):
        return None
    host = host.lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    return host


def is_domain(name: str) -> bool:
    """Whether an outlet string is a domain ("kheshmartimes.example", "www.kessawire.co.uk")."""
    return bool(_DOMAIN.match(name.strip().lower()))


def domain_label(domain: str) -> str:
    """The label that names the site: ``news.kessawire.co.uk`` -> ``kessawire``; hyphens dropped."""
    parts = domain.lower().strip(".").split(".")
    if len(parts) > 1:
        parts = parts[:-1]  # the top-level domain
    if len(parts) > 1 and parts[-1] in _SECOND_LEVEL:
        parts = parts[:-1]
    return parts[-1].replace("-", "")


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in re.split(r"[^a-z0-9]+", unidecode(name).lower()) if t)


@lru_cache(maxsize=4096)
def match_score(name: str, label: str) -> float | None:
    """Coverage (0..1] of ``name``'s significant words used to spell ``label``, or None."""
    tokens = _tokens(name)
    label = label.lower()
    significant = [t for t in tokens if t not in _MINOR]
    if len(label) < 2 or not significant:
        return None
    first = next(i for i, t in enumerate(tokens) if t not in _MINOR)

    @cache
    def best(i: int, pos: int) -> int | None:
        """Most significant words used spelling label[pos:] from tokens[i:], or None."""
        if pos == len(label):  # the rest of the name is skipped; the first word gave something
            return 0 if i > first else None
        if i == len(tokens):
            return None
        tok = tokens[i]
        gain = 0 if tok in _MINOR else 1
        options = []
        if label.startswith(tok, pos):
            r = best(i + 1, pos + len(tok))
            if r is not None:
                options.append(r + gain)
        if label[pos] == tok[0] and len(tok) > 1:
            r = best(i + 1, pos + 1)
            if r is not None:
                options.append(r + gain)
        if i != first:  # the first significant word must give something
            r = best(i + 1, pos)
            if r is not None:
                options.append(r)
        return max(options) if options else None

    used = best(0, 0)
    if not used:
        return None
    coverage = used / len(significant)
    return coverage if coverage >= MIN_COVERAGE else None


@dataclass(frozen=True, slots=True)
class OutletJudgement:
    kind: str  # same | different
    a: str
    b: str
    note: str | None = None


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.apart: set[frozenset[str]] = set()

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def members(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = defaultdict(list)
        for x in list(self.parent):
            out[self.find(x)].append(x)
        return out

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        groups = self.members()
        for x in groups[ra]:
            for y in groups[rb]:
                if frozenset((x.lower(), y.lower())) in self.apart:
                    return False
        self.parent[rb] = ra
        return True


def resolve_outlet_variants(
    hosts: Iterable[tuple[str, str | None, int]],
    judgements: Sequence[OutletJudgement] = (),
) -> dict[str, tuple[str, str]]:
    """``{outlet string: (canonical outlet, how)}`` from ``(outlet, url host, documents)`` rows."""
    docs: dict[str, int] = defaultdict(int)
    seen_hosts: dict[str, set[str]] = defaultdict(set)
    for outlet, host, count in hosts:
        docs[outlet] += count
        if host:
            seen_hosts[outlet].add(host)
    uf = _Union()
    for j in judgements:
        if j.kind == "different":
            uf.apart.add(frozenset((j.a.lower(), j.b.lower())))
    how: dict[str, str] = {}
    for outlet in docs:
        uf.find(outlet)
    names = [o for o in docs if not is_domain(o)]
    domains = [o for o in docs if is_domain(o)]
    # a domain outlet string and a URL host are the same site when their labels match
    site_keys: dict[str, list[str]] = defaultdict(list)
    for d in domains:
        site_keys[_site(d)].append(d)
    # name <-> domain string: the best-covering name claims the domain, a tie claims nothing
    for d in domains:
        best_of_key: dict[tuple[str, ...], tuple[float, int, str]] = {}
        for n in names:
            score = match_score(n, domain_label(d))
            key = _key(n)
            if score is not None and (
                key not in best_of_key or (score, docs[n]) > best_of_key[key][:2]
            ):
                best_of_key[key] = (score, docs[n], n)
        # spellings of one name are one candidate; two different names tying claim nothing
        scored = sorted(((sc, n) for sc, _, n in best_of_key.values()), reverse=True)
        unique = scored and (len(scored) == 1 or scored[0][0] > scored[1][0])
        if unique and uf.union(scored[0][1], d):
            how[d] = "acronym" if _is_acronym(scored[0][1], domain_label(d)) else "domain"
    # name <-> URL host of its own pages, when they match
    for n in names:
        for h in seen_hosts.get(n, ()):
            if match_score(n, domain_label(h)) is None:
                continue
            for d in site_keys.get(_site(h), ()):
                if uf.union(n, d):
                    how.setdefault(d, "url-host")
            site_keys.setdefault(_site(h), []).append(n)
    # two spellings of one name ("Kheshmar Times", "KHESHMAR TIMES", "The Kheshmar Times")
    by_key: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for n in names:
        by_key[_key(n)].append(n)
    for group in by_key.values():
        for other in group[1:]:
            if uf.union(group[0], other):
                how.setdefault(other, "name")
    for j in judgements:
        if j.kind == "same":
            uf.find(j.a)
            uf.find(j.b)
            if uf.union(j.a, j.b):
                how[j.b] = how[j.a] = "user"
    out: dict[str, tuple[str, str]] = {}
    for members in uf.members().values():
        present = [m for m in members if m in docs]
        if not present:
            continue
        canonical = max(present, key=lambda m: (not is_domain(m), docs[m], -len(m), m))
        for m in present:
            out[m] = (canonical, "canonical" if m == canonical else how.get(m, "name"))
    return out


def _key(name: str) -> tuple[str, ...]:
    return tuple(t for t in _tokens(name) if t not in _MINOR)


def _site(domain: str) -> str:
    d = domain.lower()
    for prefix in _HOST_PREFIXES:
        if d.startswith(prefix) and d.count(".") > 1:
            d = d[len(prefix) :]
    return d


def _is_acronym(name: str, label: str) -> bool:
    tokens = [t for t in _tokens(name) if t not in _MINOR]
    return len(label) == len(tokens) and all(t[0] == c for t, c in zip(tokens, label, strict=False))


# ------------------------------------------------------------------ store side
def _host_rows(store: Store) -> list[tuple[str, str | None, int]]:
    """(outlet, url host, documents).  SQL groups by the URL up to the host's end
    (one row per outlet and site, not per page); Python parses the host."""
    rows: dict[tuple[str, str | None], int] = defaultdict(int)
    for outlet, url, n in store.outlet_sites():
        rows[(outlet, host_of(url))] += n
    return [(o, h, n) for (o, h), n in rows.items()]


def read_judgements(store: Store) -> list[OutletJudgement]:
    return [OutletJudgement(k, a, b, note) for k, a, b, note in store.outlet_judgement_rows()]


@resolvers.register(RESOLVER)
def resolve_outlets(store: Store, settings: Settings) -> int:
    """Recompute ``outlet_variants`` (a few rows per outlet; cheap next to a build)."""
    mapping = resolve_outlet_variants(_host_rows(store), read_judgements(store))
    with store.transaction():
        store.replace_outlet_variants([(v, c, h) for v, (c, h) in sorted(mapping.items())])
    return sum(1 for c, _ in mapping.values()) - len({c for c, _ in mapping.values()})


resolve_outlets.final_only = True  # type: ignore[attr-defined]


def canonical_outlets(store: Store) -> dict[str, str]:
    """``{stored outlet string: canonical outlet}`` (empty before the resolver ran)."""
    return store.outlet_variant_map()
