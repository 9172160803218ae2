"""The claim extractor compiles its lexicons when it is made (issue 15): the build's
forkserver makes the pipeline once, so every worker forked from it starts with them."""

from __future__ import annotations

from newsdossier.analyze.claims import extract, lexicon
from newsdossier.settings import Settings


def test_extractor_compiles_its_lexicons_when_made() -> None:
    for cached in (extract._trigger_index, lexicon.attribute_specs, lexicon.attribution,
                   lexicon.hedge_scanner):  # fmt: skip
        cached.cache_clear()
    extract.ClaimExtractor(Settings())
    for cached in (extract._trigger_index, lexicon.attribute_specs, lexicon.attribution,
                   lexicon.hedge_scanner):  # fmt: skip
        assert cached.cache_info().currsize == 1, cached.__name__
