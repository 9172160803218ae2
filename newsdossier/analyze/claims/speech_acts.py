"""Sentences that say nothing that could be true or false (issue 15, round 6).

An interview transcript, a channelled reading or a blog post is full of turns that are
not statements: a host thanking a guest ("Well Ivo, thank you so much for joining us
again."), a greeting, advice or an order addressed to the reader ("Be sure to check
that out.", "Take steps to ...", "Believe in truth."), a pitch to subscribe. Filed as
reported statements they are wrong claims: an independent reader of 30 FakeNewsCorpus
claims (seed 61) found 3 of 11 wrong claims of this kind, and 3 of the 26 wrong of our
own seeds 201-202.

:func:`speech_act` names such a sentence's act (``formula``, ``imperative``,
``reader-address``) or returns ``None`` for a sentence that may assert something.
Only the sentence's opening decides (after discourse words and a vocative: "Well Ivo,
..."), so "Thanks to the new pumps, the town has water." stays a statement.
"""

from __future__ import annotations

import re

from .syntax import plain_case

__all__ = ["speech_act"]

#: discourse words and a vocative that may open a turn before its act: "Well Ivo,",
#: "So, ", "And now, ", "Okay, Mara, "
_LEAD = re.compile(
    # (and a transcript's turn label: "A: ...", "A-I do not ...")
    r"^\s*(?:\([^()]{1,30}\)\s*)?(?:(?-i:[A-Z]{1,2})\s?[:\-–]\s*(?=\S))?[\W_]*(?:(?:and|so|now|well|then|but|also|again|oh|okay|ok|yes|alright|all\s+right|"
    r"please|just|simply|first|second|third|finally|lastly|instead|meanwhile|sometimes|"
    r"always|never|again|therefore|anyway|again|once\s+again|in\s+the\s+meantime)\b[,.!]?\s+"
    r"|(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+)*",
    re.I,
)

#: social formulas: thanks, greetings, welcomes, farewells
_FORMULA = re.compile(
    r"(?:thank\s+you|thanks\b(?!\s+to\b)|many\s+thanks|welcome\s+(?:back|to|aboard)\b|"
    r"good\s+(?:morning|afternoon|evening|night)\b|hi\b|hello\b|hey\b|greetings\b|"
    r"congratulations\b|goodbye\b|bye\b|cheers\b|you[’']re\s+(?:very\s+)?welcome\b|"
    r"(?:it[’']s\s+|it\s+is\s+|it\s+was\s+|always\s+)?(?:my|a|our)\s+(?:great\s+)?pleasure\b|"
    r"(?:it[’']s\s+|it\s+is\s+|it\s+was\s+|always\s+)?(?:great|good|nice|wonderful)\s+"
    r"(?:to\s+(?:have|talk|speak|see|be|hear)|having\s+you|talking\s+to\s+you)\b|"
    r"(?:i|we)\s+(?:really\s+)?appreciate\s+(?:it|that|you|your\s+time|you\s+having)\b|"
    r"(?:i[’']m|we[’']re|i\s+am|we\s+are)\s+(?:glad|happy|delighted|honou?red)\s+to\s+be\s+"
    r"(?:here|with|on|back)\b"
    # a presenter's turn to the next point: "Now here's the background."
    r"|here[’']s\s+(?:the|what|how|why|my|a|an)\b"
    # an interviewee's close: "I do not have anything else, I think it was ...", "Nothing
    # more to add" (an independent reader of seed 1030 judged such a turn no claim)
    # -- only as the turn's close: "anything else in the budget" and "anything more to offer
    # the strikers" are what the speaker asserts (the review of claims v81)
    r"|(?:i|we)\s+(?:do\s+not|don[’']t)\s+have\s+anything\s+(?:else|more|further)"
    r"(?:\s+to\s+(?:say|add))?(?=\s*(?:[.,;!…”\"’]|$))"
    r"|nothing\s+(?:more|else|further)\s+to\s+add\b"
    # a host's farewell: "I hope we can talk again down the road.", "Until next time."
    r"|(?:i|we)\s+(?:really\s+)?hope\s+(?:we\s+can|to)\s+(?:talk|speak|chat|do\s+this|have\s+you)"
    r"\b[^.;:]{0,40}\bagain\b|until\s+next\s+time\b|talk\s+(?:to\s+you\s+)?soon\b)",
    re.I,
)

#: a turn that only agrees with or rates the interlocutor's words: "You're absolutely right
#: about that.", "That's a very good question, Ivo.", "I couldn't agree more."  Without
#: the words it answers it asserts nothing a reader could cite (a reader of 30
#: FakeNewsCorpus claims, seed 67, judged one such interview turn wrong).  The whole turn
#: must be the agreement: "You're right that the tolls rose." keeps its clause.
_AGREEMENT = re.compile(
    r"(?:(?:you[’']re|you\s+are|that[’']s|that\s+is|it[’']s|it\s+is)\s+"
    r"(?:(?:absolutely|exactly|quite|so|completely|totally|entirely|very|really|dead|perfectly)\s+)?"
    r"(?:right|correct|true|spot\s+on)"
    r"|(?:i|we)\s+(?:(?:completely|totally|fully|absolutely|entirely|certainly)\s+)?agree"
    r"(?:\s+with\s+(?:you|that|this|that\s+point))?(?:\s+(?:completely|totally|entirely|100\s*%))?"
    r"|(?:i|we)\s+(?:couldn[’']t|could\s+not)\s+agree\s+(?:with\s+you\s+)?more"
    r"|(?:(?:that[’']s|that\s+is|it[’']s|it\s+is)\s+)?(?:an?\s+)?(?:(?:very|really)\s+)?"
    r"(?:good|great|excellent|fair|interesting|valid)\s+(?:question|point)"
    r"|you\s+(?:make|raise|made|raised)\s+an?\s+(?:(?:very|really)\s+)?"
    r"(?:good|great|excellent|fair|interesting|valid)\s+point"
    r"|you[’']ve\s+hit\s+the\s+nail\s+on\s+the\s+head)"
    r"(?:\s+(?:about|on)\s+(?:that|this|it)|\s+(?:there|again))?"
    r"(?:,\s+(?-i:[A-Z][a-z]+)|\s+(?:too|as\s+well))?\s*[.!…,]*\s*[”\"’]?",
    re.I,
)

#: a turn that is only a reply word or a compliment: "Any time.", "No problem, Ivo.",
#: "Well great stuff.", "Absolutely."
_INTERJECTION = re.compile(
    r"(?:any\s*time|no\s+problem|great\s+stuff|good\s+stuff|sure|absolutely|exactly|indeed|"
    r"right|okay|ok|yes|yeah|yep|no|nope|of\s+course|certainly|definitely|good|great|wow|"
    r"fantastic|excellent|wonderful|interesting|fair\s+enough|got\s+it|i\s+see|mm-?hmm|"
    r"uh-?huh|true|agreed)"
    r"(?:,?\s+(?:[A-Z][a-z]+|thanks|thank\s+you))?\s*[.!…]*\s*[”\"’]?",
    re.I,
)

#: a base-form verb that opens a sentence only as an order or advice ("Be sure to ...",
#: "Take steps to ...", "Click here"): not also a noun that opens a statement
_IMPERATIVE_VERBS = frozenset(
    [
        "be",
        "take",
        "check",
        "click",
        "believe",
        "remember",
        "imagine",
        "consider",
        "keep",
        "stay",
        "go",
        "get",
        "try",
        "make",
        "follow",
        "subscribe",
        "visit",
        "contact",
        "read",
        "see",
        "watch",
        "listen",
        "note",
        "notice",
        "avoid",
        "ask",
        "tell",
        "think",
        "beware",
        "enjoy",
        "give",
        "send",
        "write",
        "pray",
        "choose",
        "allow",
        "open",
        "put",
        "bring",
        "accept",
        "forgive",
        "start",
        "learn",
        "download",
        "find",
        "buy",
        "grab",
        "pick",
        "apply",
        "mind",
        "feel",
        "realize",
        "realise",
        "understand",
        "recognize",
        "recognise",
        "expect",
        "focus",
        "protect",
        "defend",
        "resist",
        "refuse",
        "act",
        "prepare",
        "educate",
        "research",
        "compare",
        "verify",
        "seek",
        "reach",
        "forget",
        "relax",
        "breathe",
        "embrace",
        "release",
        "cherish",
        "honor",
        "honour",
        "respect",
        "welcome",
        "join",
        "sign",
        "vote",
        "stop",
        "share",
        "spread",
        "donate",
        "pledge",
        "tweet",
        "email",
        "call",
        "stand",
        "speak",
        "turn",
        "pay",
        "save",
        "treat",
        "drink",
        "eat",
        "wash",
        "fill",
        "trust",
        "love",
        "hold",
        "help",
        "support",
        "use",
        "order",
        "look",
    ]
)
#: the verbs of that list that are as often nouns opening a statement ("Support for ...
#: grew", "Love is ...", "Use of force ..."): an order only before a pronoun, a
#: determiner or a possessive ("Support your local farms")
_NOUN_TOO = frozenset(
    [
        "call",
        "stand",
        "turn",
        "pay",
        "save",
        "treat",
        "drink",
        "wash",
        "fill",
        "trust",
        "love",
        "hold",
        "help",
        "support",
        "use",
        "order",
        "look",
        "share",
        "spread",
        "vote",
        "sign",
        "tweet",
        "email",
        "note",
        "mind",
        "reach",
        "release",
        "respect",
        "welcome",
        "research",
        "act",
    ]
)
_OBJECT_START = re.compile(
    r"(?:the|a|an|your|our|my|this|that|these|those|it|them|him|her|us|me|yourself|"
    r"yourselves|everyone|everybody|all|each|every|some|any|no|more|up|out|off|back|down|"
    r"away|here|now|at)\b",
    re.I,
)
#: after a true imperative verb, never a verb form of a declarative: "Take is ..."
_NOT_AFTER = re.compile(
    r"(?:is|was|are|were|has|had|have|will|would|can|could|should|may|might|must|does|did|"
    r"of|[’']s)\b",
    re.I,
)
#: advice in the first person: "So I suggest that you get a support person ..."
_ADVICE = re.compile(
    r"(?:i|we)\s+(?:would\s+|strongly\s+|really\s+|highly\s+|also\s+|do\s+)*"
    r"(?:suggest|recommend|encourage|urge|advise)"
    r"\s+(?:that\s+)?(?:you|everyone|everybody|readers)\b",
    re.I,
)
#: advice in the second person: "You need to find a pilot who knows the harbour.", "You
#: may want to ask the board first."  "have to" is left out: "You have to be 18 to vote
#: here" states a rule; so are "should have" (a judgement of the past) and "you need to
#: know that ..." (a clause that may assert).  Measured on the FakeNewsCorpus build (seed
#: 261): 2 of 1,797 claims, both a counsellor's advice to the questioner.
_YOU_ADVICE = re.compile(
    r"you\s+(?:(?:really|also|just|simply|still|definitely|certainly|absolutely)\s+)*"
    r"(?:should(?!\s+have\b)|ought\s+to|(?:may|might)\s+(?:also\s+)?want\s+to|need\s+to|had\s+better|"
    r"[’']d\s+better)\s+(?!(?:know|understand|reali[sz]e|remember|note|see|be\s+aware)\b)",
    re.I,
)
#: a habitual scene in the first or second person, told as an example: "When I buy a fish
#: at the market, I expect it not to be rotten ..." (a reader of seed 68 judged its "not"
#: read as a negated fact wrong).  Present tense only ("When I visited the camp, I saw
#: ..." reports), and no name or number (those tie the scene to a real event)
_ILLUSTRATION = re.compile(
    r"(?:when|whenever|every\s+time|each\s+time)\s+(?:i|you|we|one)\s+(?:\w+ly\s+)?"
    r"(?!(?:was|were|had|did|said|went|saw|got|came|took|made|met|told|heard|found|felt|left|"
    r"thought|knew|wrote|read|ran|began|became|spoke|\w+ed)\b)[a-z]+\b[^.;!?]{0,120}?,\s*"
    r"(?:i|you|we|one|it)\b",
    re.I,
)
_NAME_OR_NUMBER = re.compile(r"(?<=\s)[“\"‘(]*(?!I\b|I[’'])[A-Z]|\d")
#: a request after an opening clause: "Now before we let you go, please tell folks about
#: your firm" (an interviewer's request, judged no claim by the reader of seed 68)
_PLEASE = re.compile(
    r"[,;:]\s+please\s+(?!(?:be|is|was)\b)[a-z]+\b(?!,)"
    # "..., so give us your update on gold" (an interviewer's request, seed 273)
    r"|[,;]\s+(?:so|and|now)\s+(?:please\s+)?(?:give|tell|share|walk|talk)\s+(?:us|me|our)\b"
    # "If any of my readers are going to be there, feel free to join me" (an invitation,
    # judged no claim by our reading of seed 587)
    r"|(?:^|[,;:]\s+)(?:please\s+)?(?:do\s+)?feel\s+free\s+to\b",
    re.I,
)
_NEGATIVE_ORDER = re.compile(
    r"(?:do\s+not|don[’']t|never|let[’']s|let\s+us)\s+(?!(?:i|you|we|they|he|she|it)\b)[a-z]"
    # a jussive of the third person, a dare or a taunt: "Let them try and fly there now.",
    # "Let him come and see" (an independent reader of seed 1036 judged such a line no
    # claim); not "Let me be clear: ...", which goes on to assert
    r"|let\s+(?:them|him|her|those|these)\s+(?!(?:be|know)\b)[a-z]+",
    re.I,
)
_FIRST_WORD = re.compile(r"([A-Za-z]+)\s+(?=\S)")
#: a title or name that opens with such a verb: "“Stop the Levy”’s website ..."
_TITLE_POSSESSIVE = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*[’']s\b|[^”\"]{0,60}[”\"][’']s\b"
)

#: a page speaking to its reader about the page itself: "subscribe via the RSS feed",
#: "click the button below", "sign up for our newsletter"
_FURNITURE = re.compile(
    r"\b(?:subscri(?:be|bing|ption)\s+(?:via|now|today|here|for\s+free|to\s+(?:our|my|this|the\s+"
    r"(?:newsletter|channel|feed|podcast|blog|site)))|(?:email|e-mail)\s+subscription|newsletter|"
    r"rss\b|sign\s+up|click(?:ing)?\s+(?:here|the|on|below|this)|"
    r"share\s+this\s+(?:article|post|page|story|video)|follow\s+us|like\s+us|leave\s+a\s+comment|comments?\s+below|"
    r"(?:buttons?|links?)\s+(?:below|above|found)"
    # a host's sign-off pointing to a web address: "you can find all of that at
    # vellornwire.com" (1 claim of the 250-page FakeNewsCorpus sample; a reader of seed 62
    # judged it a promotion, not an assertion)
    r"|(?:find|get|read|see|hear|watch|learn|download|access)\b[^.;!?]{0,80}?\b(?:at|on|via|from)\s+"
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|tv|info|io|co|us|uk)\b)",
    re.I,
)
_YOU = re.compile(r"\b(?:you|your)\b", re.I)
#: a speaker's plug for their own named product, with its slogan: "We do Harbour Live,
#: one product, one price." (an independent reader of seed 1034 judged such a line no
#: claim: a sales line, not a fact to check)
_PLUG = re.compile(
    r"(?:we|i)\s+(?:do|offer|sell|provide|publish|run|make)\s+(?-i:[A-Z])[^.;:!?,]{0,60},\s+"
    r"(?:one|a\s+single|no)\s+\w+,\s+(?:and\s+)?(?:one|a\s+single|no)\s+\w+\W*$",
    re.I,
)
#: a shop's pitch: "Select titles are now 50% OFF plus Free Shipping"
_ADVERT = re.compile(
    r"\b(?:free\s+shipping|promo\s+code|coupon\s+code|buy\s+now|order\s+now|shop\s+now|"
    r"add\s+to\s+cart)\b|(?-i:\d+\s*%\s+OFF\b)",
    re.I,
)


#: a question about the reader's own experience: "Have you seen “...” or “...”?", "Have
#: you ever wondered why ...", "Did you notice ..." (with or without its question mark: the
#: splitter may join it to the next sentence, "... You most likely thought ..."); our
#: reading of seed 610 judged one no claim.  "Have you heard that the port closed?" keeps
#: the clause it asserts
_ASKS_READER = re.compile(
    r"(?:have|has|had|did|do)\s+you\s+(?:ever\s+|already\s+|recently\s+|also\s+)?"
    r"(?:seen|see|noticed|notice|wondered|wonder|tried|try|felt|feel|experienced|experience|"
    r"received|receive|gotten|got|come\s+across|run\s+into|been\s+(?:to|in))\b(?!\s+that\b)"
    # and the writer's guess at the reader's own thought: "You most likely thought this was
    # spam.", "You probably assumed ..."
    r"|you\s+(?:(?:most|very|quite)\s+)?(?:probably|likely|maybe|perhaps|surely)\s+"
    r"(?:thought|assumed|figured|guessed|imagined|believed|wondered)\b"
    # "By now, you've probably heard all about ..." (our reading of seed 614)
    r"|(?:by\s+now,?\s+)?you(?:[’']ve|\s+have)\s+(?:(?:most|very)\s+)?(?:probably|likely|"
    r"no\s+doubt|surely|already)\s+(?:heard|seen|read|noticed)\b",
    re.I,
)
#: a remark about what the audience already knows: "Some of you may already know this",
#: "Many of you will remember ..." (a speaker's preamble to listeners, which an
#: independent reader of seed 1035 judged no claim) -- the whole sentence only
#: (:data:`_AUDIENCE_REST`): "Some of you may know that the port closed", "As most of you
#: know, the council voted ..." and "Many of you will remember the flood of 2009, which
#: killed 40 people" keep what they assert
_AUDIENCE_KNOWS = re.compile(
    r"(?:as\s+)?(?:some|many|most|all|a\s+few|few|those|several)\s+of\s+you\s+"
    r"(?:(?:may|might|will|would|probably|already|likely|surely|no\s+doubt|have|had|do|"
    r"already|also|well)\s+){0,3}"
    r"(?:know|knew|remember|recall|be\s+(?:aware|familiar)|are\s+(?:aware|familiar)|"
    r"heard|seen|read|noticed|guessed)\b(?!\s+that\b)",
    re.I,
)
#: what may follow :data:`_AUDIENCE_KNOWS` in a sentence that asserts nothing else: "this"
#: or "it", then its end, or another such remark ("... know this and some of you may be
#: less familiar with ...")
_AUDIENCE_REST = re.compile(
    r"(?:\s+(?:this|it|that|already|well|about\s+(?:this|it|that|me|us)))*\s*"
    r"(?:[.!?…]?[”\"’]*\s*$|,?\s+(?:and|but|while|whereas)\s+(?:(?:some|many|most|a\s+few|"
    r"few|others|several)\b|the\s+rest\b))",
    re.I,
)
#: a speaker's preview of what they are about to say: "I wish to say a little bit about
#: myself at this point.", "I'd like to share a few words about ..." (a channelled
#: message's lead-in, judged no claim by our reading of seed 610); "I want to say that
#: ..." keeps its clause
_PREVIEW = re.compile(
    r"(?:i|we)(?:\s+(?:wish|want|would\s+like|am\s+going|are\s+going)|"
    r"[’'](?:d\s+like|m\s+going|re\s+going))\s+to\s+(?:say|share|talk|speak|tell\s+you|write)\s+"
    r"(?:a\s+(?:little|little\s+bit|bit|few\s+words|word)|some\s+words|something|a\s+few\s+things)"
    r"(?:\s+(?:more\s+)?(?:about|on|regarding)\s+(?:myself|ourselves|me|us|this|that|it))?\b",
    re.I,
)
#: a lead-in to a list that follows: "here are some of those", "Here are a few examples"
#: (a reader of seed 1001 judged one no claim; the colon is left out of the words)
_LIST_LEAD_IN = re.compile(
    r"here\s+(?:are|is)\s+(?:just\s+)?(?:some|a\s+few|several|a\s+couple|a\s+sample|"
    r"a\s+selection|a\s+list|more|(?:two|three|four|five|six|seven|eight|nine|ten)\b)"
    r"(?:\s+(?:of\s+)?(?:those|these|them|the\s+\w+|our\s+\w+|my\s+\w+|examples|highlights|"
    r"excerpts|details|quotes|tweets|photos|pictures|comments|reactions|\w+))?"
    r"[\s:.…]*[”\"’]?",
    re.I,
)


#: a word every match of _YOU holds, and one of these every match of _ADVERT (in lower case)
_YOU_WORD = "you"
_ADVERT_WORDS = ("shipping", "code", "now", "cart", "%")


def _reader_address(text: str) -> bool:
    """``_FURNITURE.search(text) and _YOU.search(text) or _ADVERT.search(text)`` as a bool,
    each scan run only where its words are ("you" before the furniture: few texts hold it;
    the three scans of every statement cost 3 % of the claims stage's Python).  The words
    are looked for in the lower case of a plain-case text (:func:`.syntax.plain_case`),
    else every scan runs."""
    low = text.lower() if plain_case(text) else None
    if (low is None or _YOU_WORD in low) and _YOU.search(text) and _FURNITURE.search(text):
        return True
    if low is not None and not any(w in low for w in _ADVERT_WORDS):
        return False
    return _ADVERT.search(text) is not None


def _audience_remark(rest: str) -> bool:
    """Whether ``rest`` is only a remark about what the audience knows (see
    :data:`_AUDIENCE_KNOWS`, :data:`_AUDIENCE_REST`)."""
    m = _AUDIENCE_KNOWS.match(rest)
    return m is not None and _AUDIENCE_REST.match(rest, m.end()) is not None


def speech_act(text: str) -> str | None:
    """``formula`` (thanks, greeting, a list's lead-in), ``imperative`` (an order or
    advice to the reader or listener), ``illustration`` (a habitual scene told as an
    example) or ``reader-address`` (the page talking to its reader about itself), else
    ``None``.  ``text`` is a statement's words or a writer's sentence."""
    if _reader_address(text):
        return "reader-address"
    lead = _LEAD.match(text)
    rest = text[lead.end() if lead else 0 :]
    if _ASKS_READER.match(rest) or _PLUG.match(rest) or _audience_remark(rest):
        return "reader-address"
    if _FORMULA.match(rest) or _INTERJECTION.fullmatch(rest) or _AGREEMENT.fullmatch(rest):
        return "formula"
    if _LIST_LEAD_IN.fullmatch(rest) or _PREVIEW.match(rest):
        return "formula"
    if _ILLUSTRATION.match(rest) and not _NAME_OR_NUMBER.search(rest, 1):
        return "illustration"
    if _NEGATIVE_ORDER.match(rest) or _ADVICE.match(rest) or _YOU_ADVICE.match(rest):
        return "imperative"
    if _PLEASE.search(rest):
        return "imperative"
    m = _FIRST_WORD.match(rest)
    if m is None:
        return None
    word = m.group(1)
    if word.lower() not in _IMPERATIVE_VERBS or (word.isupper() and len(word) > 1):
        return None
    after = rest[m.end() :]
    if _NOT_AFTER.match(after) or _TITLE_POSSESSIVE.match(after):
        return None
    if word.lower() in _NOUN_TOO and not _OBJECT_START.match(after):
        return None
    return "imperative"


#: an interrogative opening: an auxiliary before its subject, or a wh-word
_AUX_FIRST = re.compile(
    r"(?:is|are|was|were|am|do|does|did|can|could|will|would|shall|should|may|might|must|"
    r"have|has|had|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|don[’']t|doesn[’']t|didn[’']t|"
    r"can[’']t|couldn[’']t|won[’']t|wouldn[’']t|shouldn[’']t|haven[’']t|hasn[’']t)\s+"
    r"(?P<subj>[\w’']+)",
    re.I,
)
_WH_FIRST = re.compile(
    r"(?:what|who|whom|whose|which|where|when|why|how)(?:[’'](?:s|re|d|ll)\b|\s+(?:\w+\s+){0,2}?"
    r"(?:is|are|was|were|do|does|did|can|could|will|would|should|might|may|has|have|had)\s+"
    r"(?P<subj>[\w’']+))",
    re.I,
)
#: a wh-word as the subject ("What might be ...", "Who would ..."): what the question asks
#: is its subject itself
_WH_SUBJECT = re.compile(
    r"(?:what|who)\s+(?:\w+ly\s+)?(?:is|was|are|were|would|could|might|may|can|will|should|"
    r"does|did|has|had)\b",
    re.I,
)
#: a subject that is only a pronoun or demonstrative: the question names nothing
_PRONOUN = re.compile(
    r"(?:it|that|this|these|those|they|you|we|i|he|she|them|there(?=\s+(?:anything|something)))\b",
    re.I,
)
_SECOND_PERSON = re.compile(r"\byou(?:r|rs|rself|rselves)?\b", re.I)
_QUESTION_END = re.compile(r"\?[\s”\"’')]*$")


def is_empty_question(text: str, carried: bool) -> bool:
    """Whether a question asserts nothing a reader could cite (issue 15): an
    interrogative whose subject is only a pronoun or demonstrative ("Is that true?",
    "What is it that comes up?", "How does that part feel to you?"), or, in a carried turn
    (a transcript, a channelled reading), any question to the listener ("What are your
    thoughts on the tolls, Ivo?").  Independent readers judged such rows not claims (2 of
    the 11 wrong of seed 68; 2 of our 24 wrong of seeds 271-272).  A question that names
    its subject ("Is the Harvan Council even ready for this?", "Where was the relief for
    the flooded towns?") stays a claim with modality ``question``."""
    if not _QUESTION_END.search(text):
        return False
    lead = _LEAD.match(text)
    rest = text[lead.end() if lead else 0 :].lstrip("“\"‘'")
    if _WH_SUBJECT.match(rest) and not _NAME_OR_NUMBER.search(rest, 1):
        return True  # "So what might be the solution?", "Who would pay a fair wage ...?"
    m = _AUX_FIRST.match(rest) or _WH_FIRST.match(rest)
    if m is None:
        return False  # "..., we tried to answer the question: can you ...?" asserts first
    if carried and _SECOND_PERSON.search(rest):
        return True
    return m.group("subj") is not None and bool(_PRONOUN.fullmatch(m.group("subj")))
