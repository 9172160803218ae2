"""The terminal's statements list shows the sentence an unresolved "he" needs (issue 15,
branch 15bi), beside the pointing words; nothing more when none fits."""

from __future__ import annotations

import pytest

from newsdossier.commands.claims import _how

pytestmark = pytest.mark.issue(15)


def test_the_sentence_is_shown_beside_the_pointing_words() -> None:
    it = {"refers_back": "He", "refers_context": "A guard stopped Ivo Renk."}
    assert _how(it) == (
        "refers back to an earlier sentence ('He'; see: 'A guard stopped Ivo Renk.')"
    )
    assert _how({"refers_back": "He"}) == "refers back to an earlier sentence ('He')"
