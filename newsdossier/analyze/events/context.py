"""Whether a trigger word reports an event that happened, from the words around it.

Two kinds of cue (``newsdossier/data/time/event_context.yml``, generic English):

- **modality**: the event is possible, planned, demanded, called off or
  failed, not reported as done ("the possibility of bombing", "demand the
  release", "killing plots", "threatened to attack", "could be arrested",
  "cancelled the talks", "foiled the attack");
- **sense**: the word is not an event at all ("a National Conference
  official", "attacked the government's policies", "visit the website").

:func:`unreported_reason` names the cue for one trigger: ``"sense"`` (the
caller drops the word: it is no trigger and takes no date) or a modality
(``"hypothetical"``, ``"planned"``, ``"demanded"``, ``"cancelled"``: the caller
mutes the trigger, which keeps the date next to it but reports no event).  Such
events are not kept as marked events: ``EventMention`` has no field for it yet
(see the YAML's comment).

Every regex runs on a short window of the LOWER-CASED sentence (the callers
lower-case once per sentence for the trigger scan; lexicon.py measured why).
"""

from __future__ import annotations

import re

from ..time.lexicon import alternation, load_yaml

__all__ = ["unreported_reason"]

_DATA = load_yaml("event_context.yml")
_MOD = _DATA["modality"]
_SEN = _DATA["senses"]
_WINDOW_CHARS = 70


def _alt(key: str, data: dict[str, list[str]]) -> str:
    return alternation([str(w) for w in data[key]])


_FILL = rf"(?:(?:{_alt('fillers', _MOD)}|[\w-]+['’]s)\s+){{0,2}}"
_BEFORE = {
    "hypothetical": re.compile(
        # not "the risk of the cyberattack that threatened ...": "of the" names a real one
        rf"\b(?:{_alt('hypothetical_of', _MOD)})\s+of\s+(?!the\s)(?:[\w'’-]+\s+){{0,2}}$"
    ),
    "planned": re.compile(rf"\b(?:{_alt('to_verbs', _MOD)})\s+to\s+$"),
    "demanded": re.compile(rf"\b(?:{_alt('demanded', _MOD)})\s+{_FILL}$"),
    # any two words: "cancelled the foreign minister-level talks"
    "cancelled": re.compile(rf"\b(?:{_alt('cancelled', _MOD)})\s+{_FILL}(?:[\w'’-]+\s+){{0,2}}$"),
}
# modal verbs are matched on the original case: "May" the month is no modal
_MODAL = re.compile(
    rf"\b(?:{_alt('modals', _MOD)})\s+(?:not\s+|never\s+)?(?:be\s+|have\s+(?:been\s+)?)?$"
)
# "should run in the 2020 election", "could have met in May": a modal verb with only
# function words (or the date) between it and the trigger puts the trigger in an
# irrealis clause: suggested, possible or wished, not reported as done (issue 16, fnc
# seed 53: "some saying she should run in the <year> election" dated an election)
_MODAL_CLAUSE = re.compile(
    r"\b(?:would|could|should|might|ought\s+to)\s+(?:not\s+|never\s+)?(?:have\s+)?"
    r"[a-z]+\s+(?:(?:in|at|for|on|to|into|the|a|an|its|his|her|their|this|that|next|"
    r"(?:1[6-9]|20)\d\d)\s+){0,3}$"
)
# "five or 10 years from now ... our children will ask us how we behaved in <year>": a
# future looking back imagines the judgement; what it looks back at is no reported
# happening of that date (issue 16, fnc seed 53).  Searched in the sentence before the
# trigger up to a sentence-internal stop.
_FUTURE_FRAME = re.compile(
    r"\b(?:(?:years?|decades?|generations?|centuries)\s+from\s+now|"
    r"(?:will|['’]ll|would)\s+(?:one\s+day\s+)?(?:look\s+back|ask\s+(?:ourselves|"
    r"themselves|himself|herself|us|them|you|me)|wonder\s+(?:how|why|what)))\b"
)
_FRAME_WINDOW_CHARS = 200
_CONDITIONAL = re.compile(rf"\b(?:{_alt('conditional', _MOD)})\s+(?P<gap>(?:[\w'’-]+\s+){{0,3}})$")
_BARE_VERBS = frozenset(str(w) for w in _MOD["bare_verbs"])
_DEMONSTRATED = re.compile(rf"\s+(?:{_alt('demonstrated_objects', _SEN)})\b")
_LISTED = frozenset(str(w) for w in _SEN["listed_states"])
_LISTED_BEFORE = re.compile(r"\b(?:of|the|a|an|its|their|other|all|and|these|those)\s+$")
_LISTED_AFTER = re.compile(
    r"\s+(?!(?:as|by|in|on|at|under|for|since|last|this|it|them|the|a|an|its|their)\b)[a-z]"
)
_PROTEST_REASON = re.compile(rf"\b(?:{_alt('protest_reasons', _SEN)})\s+$")
_PROTEST_OBJECT = re.compile(r"\s+(?:at|over|against)\b")
# "the election was postponed", "the talks in Vellorn on Monday were called off"
_CANCELLED_AFTER = re.compile(
    rf"[^.,;:!?“”\"]{{0,40}}?\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+"
    rf"(?:[a-z]+ly\s+)?(?:{_alt('cancelled', _MOD)})\b"
)
_PLANNED_AFTER = re.compile(rf"\s+(?:{_alt('planned_after', _MOD)})\b")
_REQUIRED_AFTER = re.compile(
    rf"[^.,;:!?“”\"]{{0,40}}?\s(?:{_alt('required_after', _MOD)})\s+(?:not\s+)?"
    r"(?:be\s+(?:held|organi[sz]ed|conducted|staged|convened)|take\s+place|happen|occur)\b"
)
_MODIFIED = re.compile(rf"(?:['’]s)?\s+(?:{_alt('modified_nouns', _SEN)})\b")
_WEB = re.compile(
    rf"\s+(?:(?:the|our|its|their|his|her|this|that|a)\s+)?(?:[\w'’-]+\s+)?"
    rf"(?:{_alt('web_objects', _SEN)})\b"
)
_CAPTURED = re.compile(
    rf"\s+(?:(?:a|an|the|this|that|these|those|his|her|its|their|our)\s+)?(?:[\w'’-]+\s+){{0,2}}?"
    rf"(?:{_alt('captured_objects', _SEN)})\b"
)
_RELEASED_OBJECT = re.compile(
    rf"\b(?:{_alt('released_objects', _SEN)})\b(?:\s+[\w'’-]+){{0,4}}\s+$"
)
_CONFERRED = re.compile(r"\s+(?:a|an)\s")
_DECLARED = re.compile(rf"\s+(?:{_alt('declared_objects', _SEN)})\b")
_VERBAL_OBJECT = re.compile(
    rf"(?:\s+[\w'’-]+){{0,4}}?\s+(?:{_alt('verbal_attack_objects', _SEN)})\b"
)
_VERBAL_BEFORE = re.compile(
    rf"\b(?:{_alt('verbal_attack_adverbs', _SEN)})\s+$"
    rf"|\b(?:{_alt('verbal_attack_subjects', _SEN)})\b[^.;:!?]{{0,50}}?\b(?:that|which)\s+$"
)
# "rallied 1,000 churches together", "rallied the party behind him": a transitive "rallied"
# mobilises (or gains, "stocks rallied 3%"): no protest (issue 16, fnc seed 53: a
# festival typed as a protest); intransitive "rallied outside parliament" stays one
_RALLIED_OBJECT = re.compile(
    r"\s+(?:[$£€]?\d|(?:the|a|an|his|her|their|its|our|my|your|some|many|thousands|"
    r"hundreds|dozens|millions|support|supporters|voters|behind|around|together)\b)"
)
_BARE_TO = re.compile(r"\bto\s+$")
_DONE_MEANS = re.compile(rf"\b(?:{_alt('done_means', _MOD)})\s+(?:[\w'’-]+\s+){{0,4}}to\s+$")
_ATTACK_FORMS = frozenset({"attack", "attacks", "attacked", "attacking"})
_VISIT_FORMS = frozenset({"visit", "visits", "visited", "visiting"})
# types whose bare infinitive still reports the act: "travelled to Rome to visit",
# "gathered to protest the verdict"
_PURPOSE_OK = frozenset({"meeting", "protest"})


_BE_HAVE = frozenset(["was", "were", "is", "are", "be", "been", "had", "has", "have", "did"])


def _is_noun_form(word: str, before: str) -> bool:
    """A trigger that can modify a following noun: one word, not a verb form."""
    return (
        " " not in word
        and not word.endswith("ed")
        and word not in ("met", "left", "born", "slain")
        # a dated happening's verb (type other): "X was port commissioner until ..."
        and word.split()[0] not in _BE_HAVE
        and not _BARE_TO.search(before)
    )


def unreported_reason(low: str, start: int, end: int, typ: str, original: str) -> str | None:
    """Why the trigger ``low[start:end]`` is no reported event, or ``None``.

    ``low`` is the lower-cased sentence, ``original`` the sentence as written
    (same length); ``typ`` the trigger's event type.
    """
    before = low[max(0, start - _WINDOW_CHARS) : start]
    after = low[end : end + _WINDOW_CHARS]
    word = low[start:end]
    for reason, cue in _BEFORE.items():
        if cue.search(before):
            return reason
    modal = _MODAL.search(before)
    if modal is not None and original[start - len(before) + modal.start()].islower():
        return "hypothetical"
    clause = _MODAL_CLAUSE.search(before)
    if clause is not None and original[start - len(before) + clause.start()].islower():
        return "hypothetical"
    wide = low[max(0, start - _FRAME_WINDOW_CHARS) : start]
    frame = _FUTURE_FRAME.search(wide)
    if frame is not None and not re.search(r"[.!?;]\s", wide[frame.end() :]):
        return "hypothetical"
    cond = _CONDITIONAL.search(before)
    if cond is not None and (len(cond["gap"].split()) <= 1 or word.endswith("ed")):
        return "hypothetical"
    bare = typ not in _PURPOSE_OK and word in _BARE_VERBS and _BARE_TO.search(before)
    if bare and not _DONE_MEANS.search(before):
        return "planned"  # "to attack", "to expel": an aim, not an act
    if _PLANNED_AFTER.match(after):
        return "planned"
    if _CANCELLED_AFTER.match(after):
        return "cancelled"
    if _REQUIRED_AFTER.match(after):
        return "hypothetical"  # "the election must be held by ...": a deadline, not the event
    if _is_noun_form(word, before) and _MODIFIED.match(after):
        return "sense"
    if word in _LISTED and _LISTED_BEFORE.search(before) and _LISTED_AFTER.match(after):
        return "sense"
    if word == "protest" and _PROTEST_REASON.search(before) and _PROTEST_OBJECT.match(after):
        return "sense"
    if word == "rallied" and _RALLIED_OBJECT.match(after):
        return "sense"
    if word == "demonstrated" and _DEMONSTRATED.match(after):
        return "sense"
    if word in _VISIT_FORMS and _WEB.match(after):
        return "sense"
    if word == "captured" and _CAPTURED.match(after):
        return "sense"
    if typ == "other":  # a finite verb of a dated happening: the senses below are triggers'
        return None
    if word in ("was released", "were released") and _RELEASED_OBJECT.search(before):
        return "sense"  # "the Pope's message ... was released Jan. 24"
    if word == "declared" and _DECLARED.match(after):
        return "sense"  # "declared bankruptcy": a happening, not a statement
    if word in ("was created", "were created") and _CONFERRED.match(after):
        return "sense"  # "was created a life peer": a title conferred, no founding
    if word == "talks" and after.startswith(" about"):
        return "sense"  # "the page talks about X": no negotiation
    if word == "signed" and after.startswith(" off"):
        return "sense"  # "signed off the accounts": approved, no agreement
    if word in _ATTACK_FORMS and (_VERBAL_OBJECT.match(after) or _VERBAL_BEFORE.search(before)):
        return "sense"
    return None
