"""Our own scraped-looking articles (invented outlets and people), one per furniture pattern.

Each case: the raw text, explicit metadata, strings the clean body must
contain ("with": every real body sentence) and must not contain ("without":
the furniture), the removed kinds expected, and exact metadata.  Patterns were
found in ../shared/data; no text from there is copied.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    with_: tuple[str, ...]
    without: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # removed kinds that must appear
    expect: dict[str, object] = field(default_factory=dict)  # Document field -> value
    meta: dict[str, str] = field(default_factory=dict)
    format: str = "text"


CASES = [
    Case(
        "breadcrumb-title-byline",
        "Home » World » Harbour council approves the Vell bridge plan\n"
        "Harbour council approves the Vell bridge plan\n\n"
        "By Anna Tormel – The Lantern Daily – March 3, 2011\n\n"
        "The harbour council of Port Vell voted on Tuesday to build a second bridge.\n\n"
        "Councillor Brio Satt said the vote was the end of a long quarrel.\n",
        with_=(
            "The harbour council of Port Vell voted on Tuesday to build a second bridge.",
            "Councillor Brio Satt said the vote was the end of a long quarrel.",
        ),
        without=("Home »", "By Anna Tormel", "Harbour council approves"),
        kinds=("breadcrumb", "duplicate", "byline"),
        expect={
            "title": "Harbour council approves the Vell bridge plan",
            "section": "World",
            "author": "Anna Tormel",
            "outlet": "The Lantern Daily",
            "published": ("2011-03-03", "day", "byline"),
        },
    ),
    Case(
        "breadcrumb-arrows-section-only",
        "Start > Politics > Regions\n\n"
        "The regional assembly of Ostmark met for the first time since the flood.\n"
        "Its speaker, Lida Varro, promised a new budget by spring.\n",
        with_=("The regional assembly of Ostmark met", "Its speaker, Lida Varro, promised"),
        without=("Start >",),
        kinds=("breadcrumb",),
        expect={"section": "Regions", "title": None},
    ),
    Case(
        "teaser-block-most-viewed",
        "The ferry union called off its strike after a night of talks in Kessa.\n\n"
        "Union leader Mora Quint said members would vote on the offer next week.\n\n"
        "Most viewed\n"
        "Senator Halvard Pike resigns over land deal\n"
        "The senator denied any wrongdoing.\n"
        "Drought hits the Ossel valley\n"
        "Farmers ask for help…\n",
        with_=("The ferry union called off its strike", "Union leader Mora Quint said"),
        without=("Halvard Pike", "Ossel valley", "Most viewed", "Farmers ask"),
        kinds=("teaser",),
    ),
    Case(
        "teaser-related-mid-body",
        "The mine at Brask will close in June, the owners said.\n\n"
        "Related articles\n"
        "Brask miners march on the capital\n"
        "Old pit reopens as a museum\n\n"
        "About four hundred workers will lose their jobs when the pit closes.\n",
        with_=(
            "The mine at Brask will close in June, the owners said.",
            "About four hundred workers will lose their jobs when the pit closes.",
        ),
        without=("Brask miners march", "Old pit reopens", "Related articles"),
        kinds=("teaser",),
    ),
    Case(
        "teaser-lines-and-new-articles",
        "Headline: Gold coins found under a school in Tarn!\n\n"
        "The city of Tarn will repave its old market square this summer.\n\n"
        "Read more: Tarn mayor Edda Lusk wins second term\n\n"
        "The works are expected to cost about two million crowns.\n\n"
        "New Articles\n"
        "Dr. Omar Feld on the new vaccine\n"
        "Why the river keeps rising\n",
        with_=("The city of Tarn will repave", "The works are expected to cost"),
        without=("Gold coins", "Edda Lusk", "Omar Feld", "river keeps rising", "New Articles"),
        kinds=("teaser",),
    ),
    Case(
        "widgets-comment-share-cookie",
        "We use cookies to improve your experience on our site.\n"
        "Share this\n"
        "Click to share on Twitter (Opens in new window)\n"
        "The water board of Lenn raised prices by four percent on Monday.\n\n"
        "Residents have until May to object, the board said in a statement.\n\n"
        "You may also like\n"
        "Subscribe to our newsletter\n"
        "Print\n"
        "Email\n"
        "12 comments\n"
        "Leave a Comment\n",
        with_=("The water board of Lenn raised prices", "Residents have until May to object"),
        without=("cookies", "Share this", "Click to share", "newsletter", "comments", "Leave a"),
        kinds=("share", "comment", "other"),
    ),
    Case(
        "readers-poll-widget",
        "% of readers think this story is Fact. Add your two cents.\n\n"
        "The Kessa tram line will run all night from next month.\n\n"
        "take our poll - story continues below\n\n"
        "The transport office said night trams would run every twenty minutes.\n"
        "take our poll - story continues below\n"
        "Should the night trams be free for nurses?\n"
        "* Yes, they should ride for free.\n"
        "No, everyone should pay.\n"
        "Email *\n"
        "Name This field is for validation purposes and should be left unchanged.\n"
        "Completing this poll grants you access to Kessa Daily updates free of charge.\n"
        "You may opt out at anytime.\n"
        "Fares will stay the same for now.\n",
        with_=(
            "The Kessa tram line will run all night",
            "night trams would run every",
            "Fares will stay the same for now.",
        ),
        without=("readers think", "take our poll", "nurses", "ride for free", "Email", "opt out"),
        kinds=("comment", "other"),
    ),
    Case(
        "repeated-lead-paragraph",
        "Police in Dornau detained three men after a fire at the grain depot on Sunday.\n\n"
        "Police in Dornau detained three men after a fire at the grain depot on Sunday. "
        "The fire destroyed half of the winter stock.\n\n"
        "A police spokesman, Ivo Renk, said the men were being questioned.\n",
        with_=(
            "Police in Dornau detained three men after a fire at the grain depot on Sunday. "
            "The fire destroyed half of the winter stock.",
            "A police spokesman, Ivo Renk, said the men were being questioned.",
        ),
        kinds=("duplicate",),
        expect={"text_count": ("Police in Dornau detained", 1)},
    ),
    Case(
        "repeated-lead-one-line",
        "The Salt Coast Front denied any role in the attack on the pipeline. "
        "The Salt Coast Front denied any role in the attack on the pipeline. "
        "Its spokesman said the group had left the region years ago.",
        with_=(
            "The Salt Coast Front denied any role in the attack on the pipeline. "
            "Its spokesman said the group had left the region years ago.",
        ),
        kinds=("duplicate",),
        expect={"text_count": ("denied any role", 1)},
    ),
    Case(
        "nested-p-suffixes",
        "OSTMARK – The Salt Coast Front was blamed for the blast at the depot. "
        "Officials said the group had planned it for months. "
        "Its leaders live abroad, the interior ministry said.\n"
        "        Officials said the group had planned it for months. "
        "Its leaders live abroad, the interior ministry said.\n"
        "        Its leaders live abroad, the interior ministry said.\n"
        "       All Content by Ostmark Wire is licensed under a Creative Commons Attribution 4.0 "
        "International License.",
        with_=(
            "OSTMARK – The Salt Coast Front was blamed for the blast at the depot.",
            "Its leaders live abroad, the interior ministry said.",
        ),
        without=("All Content", "licensed"),
        kinds=("duplicate", "outlet"),
        expect={"outlet": "Ostmark Wire", "text_count": ("Its leaders live abroad", 1)},
    ),
    Case(
        "footer-initials-glued",
        "TEHRAN – The Varn energy minister said on Friday that exports rose by a tenth. "
        "He added that the new port would open in the autumn. MH/PA "
        "All Content by Varn Press Agency is licensed under a Creative Commons Attribution 4.0 "
        "International License.",
        with_=(
            "TEHRAN – The Varn energy minister said on Friday that exports rose by a tenth.",
            "He added that the new port would open in the autumn.",
        ),
        without=("MH/PA", "All Content"),
        kinds=("byline", "outlet"),
        expect={"outlet": "Varn Press Agency", "author": None},
    ),
    Case(
        "byline-glued-to-end",
        "The Lenn city council approved the new budget after a long debate. "
        "Opposition members walked out before the vote. "
        "By Petra Holm – Lenn Evening Post – March 3, 2011",
        with_=(
            "The Lenn city council approved the new budget after a long debate.",
            "Opposition members walked out before the vote.",
        ),
        without=("Petra Holm", "Evening Post"),
        kinds=("byline",),
        expect={
            "author": "Petra Holm",
            "outlet": "Lenn Evening Post",
            "published": ("2011-03-03", "day", "byline"),
        },
    ),
    Case(
        "byline-pipe-and-lone-outlet",
        "By Jonas Brell | Northern Wire\n\n"
        "Fishermen in Skarn blocked the harbour for a second day on Thursday.\n\n"
        "They want the quota rules of last year restored.\n\n"
        "The Skarn Herald\n",
        with_=("Fishermen in Skarn blocked the harbour", "They want the quota rules"),
        without=("Jonas Brell", "The Skarn Herald"),
        kinds=("byline", "outlet"),
        expect={"author": "Jonas Brell", "outlet": "Northern Wire"},
    ),
    Case(
        "lone-outlet-last-line",
        "The Skarn Herald reported that the harbour was reopened late on Friday.\n\n"
        "Police cleared the last boats without arrests.\n\n"
        "The Skarn Herald\n",
        with_=(
            "The Skarn Herald reported that the harbour was reopened late on Friday.",
            "Police cleared the last boats without arrests.",
        ),
        kinds=("outlet",),
        expect={"outlet": "The Skarn Herald"},
    ),
    Case(
        "dateline-agency-and-date",
        "Brennholt, March 4, 2012 (Lantern News Service).- The bishop of Brennholt "
        "asked for calm after the riots in the old town.\n\n"
        "Shops stayed closed on Sunday.\n",
        with_=("Brennholt, March 4, 2012 (Lantern News Service).- The bishop of Brennholt",),
        expect={
            "outlet": "Lantern News Service",
            "published": ("2012-03-04", "day", "dateline"),
        },
    ),
    Case(
        "dateline-caps-reuters-style",
        "KESSA (Northern Wire) - The central bank of Kessa cut its main rate to two percent, "
        "its governor said.\n",
        with_=("KESSA (Northern Wire) - The central bank of Kessa cut its main rate",),
        expect={"outlet": "Northern Wire", "published": None},
    ),
    Case(
        "photo-caption-glued",
        "The talks ended without a deal in Geneva.Photo: AFP The minister said "
        "that a new round would start in April.\n\n"
        "Delegates from both sides declined to comment.\n",
        with_=(
            "The talks ended without a deal in Geneva.",
            "The minister said that a new round would start in April.",
            "Delegates from both sides declined to comment.",
        ),
        without=("Photo", "AFP"),
        kinds=("other",),
    ),
    Case(
        "photo-caption-tail-and-line",
        "Photo credit: Lena Ostrova / Ostmark Wire\n"
        "The old caravanserai of Deyr Kol reopened as a hotel on Saturday. "
        "It has forty rooms. EF/MA PHOTO: A view of the courtyard of the caravanserai in Deyr Kol",
        with_=(
            "The old caravanserai of Deyr Kol reopened as a hotel on Saturday.",
            "It has forty rooms.",
        ),
        without=("Lena Ostrova", "A view of the courtyard", "EF/MA"),
        kinds=("other",),
    ),
    Case(
        "source-and-copyright-lines",
        "Scientists at the Varn institute found a new species of beetle in the dunes.\n\n"
        "The beetle is about two millimetres long.\n\n"
        "Source: https://example.org/news/beetle\n\n"
        "Copyright © Dune Science Weekly\n",
        with_=(
            "Scientists at the Varn institute found",
            "The beetle is about two millimetres long.",
        ),
        without=("example.org", "Copyright"),
        kinds=("outlet",),
        expect={"outlet": "Dune Science Weekly"},
    ),
    Case(
        "date-line-and-url-date",
        "Published: March 5, 2015\n\n"
        "The museum of Tarn will lend forty paintings to a gallery abroad.\n",
        meta={"url": "https://example.net/2014/02/01/museum-lends-paintings/"},
        with_=("The museum of Tarn will lend forty paintings",),
        without=("Published",),
        kinds=("byline",),
        expect={
            "published": ("2015-03-05", "day", "byline"),
            "url": "https://example.net/2014/02/01/museum-lends-paintings/",
        },
    ),
    Case(
        "url-date-only",
        "The museum of Tarn will lend forty paintings to a gallery abroad this year.\n",
        meta={"url": "https://example.net/culture/2014/02/museum-lends-paintings"},
        with_=("The museum of Tarn will lend forty paintings",),
        expect={"published": ("2014-02", "month", "url")},
    ),
    Case(
        "explicit-metadata-wins",
        "Home » Business » Ferry firm sold to rival\n"
        "Ferry firm sold to rival\n\n"
        "By Anna Tormel | The Lantern Daily\n\n"
        "The Kessa ferry company was sold to its main rival for an undisclosed sum.\n\n"
        "MH/PA",
        meta={
            "title": "Ferry firm sold to rival",
            "author": "Desk Editor",
            "outlet": "Lantern Online",
            "published": "2019-07-08T10:00:00",
            "section": "Markets",
        },
        with_=("The Kessa ferry company was sold to its main rival",),
        without=("Home »", "By Anna Tormel", "MH/PA", "Ferry firm sold to rival"),
        kinds=("breadcrumb", "byline", "duplicate"),
        expect={
            "title": "Ferry firm sold to rival",
            "author": "Desk Editor",
            "outlet": "Lantern Online",
            "section": "Markets",
            "published": ("2019-07-08", "day", "metadata"),
        },
    ),
    Case(
        # evidence: a break, then a body-like paragraph (the PTC "Title\n\nBody" layout)
        "headline-first-line-lifted",
        "Ostmark votes for a new flag\n\n"
        "Voters in Ostmark chose a blue and white flag in Sunday's referendum.\n",
        with_=("Voters in Ostmark chose a blue and white flag",),
        without=("Ostmark votes for a new flag",),
        kinds=("other",),
        expect={"title": "Ostmark votes for a new flag"},
    ),
    Case(
        # evidence: a byline directly under it
        "headline-over-byline-lifted",
        "Harbour pilots end their strike in Kessa\n"
        "By Mora Quint – Kessa Evening Post – May 4, 2016\n\n"
        "KESSA – The harbour pilots of Kessa went back to work on Wednesday after a deal on pay.\n\n"
        "Ships had queued outside the port for nine days.\n",
        with_=("KESSA – The harbour pilots of Kessa went back to work", "Ships had queued"),
        without=("Harbour pilots end their strike", "Mora Quint"),
        kinds=("other", "byline"),
        expect={
            "title": "Harbour pilots end their strike in Kessa",
            "author": "Mora Quint",
            "outlet": "Kessa Evening Post",
            "published": ("2016-05-04", "day", "byline"),
        },
    ),
    Case(
        # evidence only once the explicit title's repeat is gone: "Deck\n\nTitle\n\nBody"
        # (strip_headline runs last, so a second clean lifts nothing)
        "deck-above-repeated-title-lifted",
        "Subscribe to the Kessa Courier\n\n"
        "The harbour pilots will be back at work by Monday\n\n"
        "Harbour pilots end their strike\n\n"
        "KESSA – The harbour pilots of Kessa agreed to a deal on pay on Wednesday night.\n",
        meta={"title": "Harbour pilots end their strike"},
        with_=("KESSA – The harbour pilots of Kessa agreed to a deal",),
        without=("Subscribe", "back at work by Monday", "Harbour pilots end"),
        kinds=("share", "duplicate", "other"),
        expect={"title": "Harbour pilots end their strike"},
    ),
    Case(
        # no evidence: a short line without a full stop follows, not a body paragraph
        "headline-shaped-line-before-subhead-kept",
        "Ostmark votes for a new flag\n\n"
        "Blue and white wins the day\n\n"
        "Voters in Ostmark chose a blue and white flag in Sunday's referendum.\n",
        with_=("Ostmark votes for a new flag", "Blue and white wins the day", "Voters in Ostmark"),
        expect={"title": None},
    ),
    Case(
        # not headline-shaped: a sentence-case question opening the body is body
        "question-first-line-is-body",
        "How do you know when a river is about to flood?\n\n"
        "The water board of Lenn says the signs are there weeks before the banks break.\n",
        with_=("How do you know when a river is about to flood?", "The water board of Lenn"),
        expect={"title": None},
    ),
    Case(
        # not headline-shaped: two sentences, the last one without its full stop
        "two-sentence-first-line-is-body",
        "Tram fares in Kessa rose again. That has happened three times since the spring\n\n"
        "The transport office blamed the price of power.\n",
        with_=("Tram fares in Kessa rose again. That has happened three times",),
        expect={"title": None},
    ),
    Case(
        # evidence: a blog's "Posted by HANDLE in SECTION" line under it
        "blog-title-posted-by-admin",
        "Opinion: The ferry union and its friends in Kessa\n"
        "Posted by admin in Opinion\n\n"
        "Share this:\n"
        "Facebook\n"
        "Reddit\n\n"
        "There are two kinds of people in this quarrel, and only one of them pays the fares.\n\n"
        "It is what it is.\n\n"
        "4 Comments\n\n"
        "Leave a Reply\n"
        "Your email address will not be published. Required fields are marked *\n",
        with_=("There are two kinds of people in this quarrel", "It is what it is."),
        without=(
            "Opinion: The ferry union",
            "Posted by admin",
            "Share this",
            "Reddit",
            "Leave a Reply",
        ),
        kinds=("other", "byline", "share", "comment"),
        expect={
            "title": "Opinion: The ferry union and its friends in Kessa",
            "author": None,
            "section": "Opinion",
        },
    ),
    Case(
        "caption-and-credit-before-dateline",
        "Dockers wait at the gate of the Kessa harbour on Monday. (LW photo)KESSA – The harbour "
        "of Kessa reopened on Tuesday after a three-day strike, the port authority said.\n\n"
        "About two hundred ships had waited outside the port.\n",
        with_=("KESSA – The harbour of Kessa reopened on Tuesday", "About two hundred ships"),
        without=("Dockers wait", "LW photo", "Monday.KESSA", ")KESSA"),
        kinds=("other",),
    ),
    Case(
        "caption-glued-to-dateline-no-space",
        "The mayor of Kessa speaks to reporters on Friday.KESSA – The city of Kessa will open "
        "three new schools in the autumn, the mayor said on Friday.\n\n"
        "The schools will take about nine hundred pupils.\n",
        with_=("KESSA – The city of Kessa will open three new schools", "nine hundred pupils"),
        without=("speaks to reporters", "Friday.KESSA"),
        kinds=("other",),
    ),
    Case(
        "caption-with-position-glued",
        "Mayor Edda Lusk (left) greets her guest at the town hall on Monday.The mayor of Tarn "
        "held talks with the governor of Ostmark on the new bridge, officials said.\n\n"
        "A second meeting is planned for June.\n",
        with_=("The mayor of Tarn held talks with the governor", "A second meeting is planned"),
        without=("(left)", "Monday.The"),
        kinds=("other",),
    ),
    Case(
        "byline-glued-no-space",
        "The Lenn city council approved the new budget after a long debate. "
        "Opposition members walked out, the council told the Herald.By Petra Holm – "
        "Lenn Evening Post – March 3, 2011\n\n"
        "Read more\n\n"
        "Lenn harbour to get a new crane\n"
        "Ivo Renk: why the old market must stay\n",
        with_=("Opposition members walked out, the council told the Herald.",),
        without=("Herald.By", "Petra Holm", "Ivo Renk", "Read more"),
        kinds=("byline", "teaser"),
        expect={
            "author": "Petra Holm",
            "outlet": "Lenn Evening Post",
            "published": ("2011-03-03", "day", "byline"),
        },
    ),
    Case(
        "cookie-privacy-newsletter-widgets",
        "This site uses cookies. By continuing to use this website, you agree to their use. "
        "Close and accept\n\n"
        "We value your privacy. We and our partners use cookies to personalise ads. "
        "Manage preferences | Accept all\n\n"
        "The Tarn library will open on Sundays from next month, the council said.\n\n"
        "Subscribe to the Tarn Courier\n"
        "Enter your email address to receive notifications of new posts by email. Subscribe\n"
        "Get the latest news of Tarn in your inbox every morning. Subscribe\n",
        with_=("The Tarn library will open on Sundays from next month, the council said.",),
        without=("cookies", "Close and accept", "privacy", "Manage preferences", "email", "inbox"),
        kinds=("other", "share"),
    ),
    Case(
        "comments-closed-then-read-more-teasers",
        "The Kessa ferry will run every hour from June, the operator said.\n\n"
        "Comments are closed.\n\n"
        "Read more\n\n"
        "Oskar Brann: the north's new university opens\n"
        "Lida Varro on the long road back from injury\n\n"
        "The Kessa Herald\n",
        with_=("The Kessa ferry will run every hour from June, the operator said.",),
        without=("Comments are closed", "Oskar Brann", "Lida Varro", "Read more"),
        kinds=("comment", "teaser", "outlet"),
        expect={"outlet": "The Kessa Herald"},
    ),
    Case(
        # Repetition is the author's: a sentence repeated later in the running text stays
        "sentence-repeated-for-effect-kept",
        "The harbour of Kessa is a prison for its workers, the union leader said.\n\n"
        "Nobody has been paid since March, and the cranes stand still.\n\n"
        "The harbour of Kessa is a prison for its workers, the union leader said.\n\n"
        "The port authority said the wages would be paid next week.\n",
        with_=("Nobody has been paid since March", "The port authority said the wages"),
        expect={"text_count": ("The harbour of Kessa is a prison for its workers", 2)},
    ),
    Case(
        # a pull quote: one sentence of the paragraph above, printed again on its own
        "pull-quote-sentence-kept",
        "The union leader spoke for an hour. Nobody has been paid since March in this harbour.\n\n"
        "Nobody has been paid since March in this harbour.\n\n"
        "The port authority said the wages would be paid next week.\n",
        with_=("The port authority said the wages",),
        expect={"text_count": ("Nobody has been paid since March in this harbour.", 2)},
    ),
    Case(
        # furniture-shaped repeats: a block printed twice, a headline-shaped line printed twice
        "repeated-block-and-headline-dropped",
        "The Tarn museum will lend forty paintings to a gallery in Ostmark next year.\n\n"
        "The loan is the largest in the history of the museum, its director said.\n\n"
        "Tarn museum lends forty paintings to Ostmark gallery\n\n"
        "The Tarn museum will lend forty paintings to a gallery in Ostmark next year.\n\n"
        "The loan is the largest in the history of the museum, its director said.\n\n"
        "Tarn museum lends forty paintings to Ostmark gallery\n\n"
        "The paintings will travel by train.\n",
        with_=("The paintings will travel by train.",),
        kinds=("duplicate",),
        expect={
            "text_count": ("The Tarn museum will lend forty paintings to a gallery", 1),
            "title": None,
        },
    ),
    # -- patterns found reading a fresh sample of 50 real documents (eval/cleaning_sample.py
    # --seed 3); each with its near miss that must stay body.
    Case(
        # the answers of a reader poll printed as one "* NAME NAME ..." line
        "poll-answers-on-one-line",
        "The Kessa council will vote on the harbour plan in May, its speaker said.\n"
        "take our poll - story continues below\n"
        "Who should chair the new harbour board?\n"
        "Who should chair the new harbour board?\n"
        "* Mora Quint Ivo Renk Lida Varro Oskar Brann Edda Lusk Petra Holm Brio Satt Anna Tormel\n"
        "Email *\n"
        "Name This field is for validation purposes and should be left unchanged.\n"
        "The plan would move the ferry quay to the north shore.\n",
        with_=("The Kessa council will vote", "The plan would move the ferry quay"),
        without=("Mora Quint", "Oskar Brann", "Anna Tormel", "take our poll", "validation"),
        kinds=("other",),
    ),
    Case(
        # the author's bio closing the page: "NAME is/has been/studies ..."
        "author-bio-last-paragraph",
        "The Tarn water board raised its prices for the third time this year.\n\n"
        "Farmers in the valley say they cannot pay the new rates.\n\n"
        "Lida Varro has covered the Ostmark valley since 2009 and writes a weekly column on "
        "farming. She lives in Tarn.\n",
        meta={"author": "Lida Varro"},
        with_=("The Tarn water board raised", "Farmers in the valley say"),
        without=("has covered the Ostmark valley", "She lives in Tarn"),
        kinds=("byline",),
        expect={"author": "Lida Varro"},
    ),
    Case(
        # a closing sentence about someone else, and one naming the author without a bio verb
        "closing-sentence-about-others-kept",
        "The Tarn water board raised its prices for the third time this year.\n\n"
        "Brio Satt is the new chairman of the board.\n",
        meta={"author": "Lida Varro"},
        with_=("Brio Satt is the new chairman of the board.",),
        expect={"author": "Lida Varro"},
    ),
    Case(
        # one sentence a line (the ptc-semeval2020 layout): byline at the top, bio at the end
        "author-bio-one-sentence-a-line",
        "Harbour pilots end their strike in Kessa\n\n"
        "By Mora Quint\n"
        "The harbour pilots of Kessa went back to work on Wednesday.\n"
        "Ships had queued outside the port for nine days.\n"
        "Mora Quint is a reporter for a weekly paper in Kessa.\n"
        "She is the author of a book on the port.\n"
        "Follow her on the paper's site.\n",
        with_=("The harbour pilots of Kessa went back", "Ships had queued outside the port"),
        without=("is a reporter for a weekly paper", "author of a book", "Follow her"),
        kinds=("byline",),
        expect={"author": "Mora Quint", "title": "Harbour pilots end their strike in Kessa"},
    ),
    Case(
        # a press release closing with the issuer's box and a contact box
        "press-release-about-and-contact-boxes",
        "The Kessa Ferry Company will add two night crossings from June, it said on Monday.\n\n"
        "The new crossings will leave at midnight and at two in the morning.\n\n"
        "About Kessa Ferry Company\n\n"
        "Kessa Ferry Company runs six boats between Kessa and the islands. It was founded in "
        "1961 and employs four hundred people.\n\n"
        "Contact Details:\n\n"
        "Ivo Renk\n\n"
        "Tel: +1 555 0100\n\n"
        "Email: press@ferry.example.org\n\n"
        "12 Quay Road, Kessa.\n",
        with_=("will add two night crossings", "The new crossings will leave at midnight"),
        without=("runs six boats", "Ivo Renk", "Tel:", "Quay Road", "About Kessa"),
        kinds=("outlet", "other"),
    ),
    Case(
        # "About X" as a closing subhead over body text that does not name X: body
        "about-subhead-over-body-kept",
        "The council of Lenn met on Tuesday to discuss the bridge.\n\n"
        "About the bridge\n\n"
        "It will cost about two million crowns and take three years to build.\n",
        with_=("About the bridge", "It will cost about two million crowns"),
    ),
    Case(
        # a "Sources:" list of labels and URLs closing the page
        "sources-link-list",
        "The Ossel river rose by two metres overnight, the flood office said.\n\n"
        "Three villages were cut off until the morning.\n\n"
        "Sources:\n\n"
        "Flood office bulletin:\n\n"
        "https://flood.example.org/bulletin/12\n\n"
        "River levels:\n\n"
        "https://levels.example.org/ossel\n\n"
        "Earlier report\n",
        with_=("The Ossel river rose", "Three villages were cut off"),
        without=("Sources:", "example.org", "River levels", "Earlier report"),
        kinds=("other",),
    ),
    Case(
        # "Label: URL" lines closing a press release, the bare heading over them, a rule
        "label-and-link-lines-at-end",
        "The Ossel valley fair will open on 3 June with four hundred stalls, its organisers "
        "said.\n\n"
        "Tickets go on sale in May.\n\n"
        "____________________\n\n"
        "For more information see:\n\n"
        "Fair programme: https://fair.example.org/programme\n\n"
        "Buy a ticket @ https://fair.example.org/tickets\n",
        with_=("The Ossel valley fair will open", "Tickets go on sale in May."),
        without=("___", "more information", "example.org"),
        kinds=("other",),
    ),
    Case(
        # a blog's footer: comment policy, a fair-use notice, a long "Filed under" line
        "blog-footer-policy-fair-use-tags",
        "The Lenn city council approved the new budget after a long debate.\n\n"
        "Comment Policy: Please keep comments on topic. Links will send your comment to the "
        "spam folder.\n\n"
        "All posts are opinions written for comment and teaching under the fair use doctrine "
        "in Section 107 of Title 17 of the U.S. Code.\n\n"
        "Filed under: "
        + ", ".join(f"Topic {n} of the Lenn budget quarrel" for n in range(20))
        + " Tagged: council, budget, Lenn\n",
        with_=("The Lenn city council approved the new budget after a long debate.",),
        without=("Comment Policy", "fair use", "Filed under", "Topic 3"),
        kinds=("comment", "other"),
    ),
    Case(
        # a sentence about fair use is a topic, not a notice
        "fair-use-sentence-kept",
        "The court in Lenn ruled that quoting the poem in a review was fair use.\n\n"
        "The poet's family said it would appeal.\n",
        with_=("was fair use.", "would appeal."),
    ),
    Case(
        # a one-line interview page with a pull quote: an answer sentence again, in quotes
        "pull-quote-in-one-line-interview",
        "KESSA – A harbour expert says the port must be rebuilt. Following is the text of the "
        "interview: Q: What is wrong with the port? A: The old quay can no longer take the new "
        "ships, and every winter the storms break another part of the wall. “The old quay can no "
        "longer take the new ships, and every winter the storms break another part of the wall.” "
        "Q: What should the council do? A: It should build a new quay on the north shore.\n",
        with_=(
            "A: The old quay can no longer take the new ships",
            "A: It should build a new quay on the north shore.",
        ),
        kinds=("duplicate",),
        expect={"text_count": ("The old quay can no longer take the new ships", 1)},
    ),
    Case(
        # a speaker quoted twice: both copies are in quotes, so neither is a pull quote
        "speaker-quoted-twice-kept",
        "The mayor opened the meeting. “We will rebuild the old quay before the winter comes "
        "back.” The council agreed. Later she said it again: “We will rebuild the old quay before "
        "the winter comes back.” The meeting ended at noon.\n",
        with_=("The council agreed.", "The meeting ended at noon."),
        expect={"text_count": ("We will rebuild the old quay before the winter comes back.", 2)},
    ),
    Case(
        # a photo caption over a "(Agency photo: Name)" credit at the top of the page
        "caption-over-credit-at-top",
        "Tarn opens its new bridge\n\n"
        "The mayor of Tarn cuts the ribbon on the new bridge on Monday.\n"
        "(Lantern photo: Ivo Renk)\n"
        "The new bridge over the Ossel opened to traffic on Monday after three years of work.\n"
        "It cost two million crowns.\n",
        with_=("The new bridge over the Ossel opened to traffic", "It cost two million crowns."),
        without=("cuts the ribbon", "Lantern photo", "Ivo Renk"),
        kinds=("other",),
        expect={"title": "Tarn opens its new bridge"},
    ),
    Case(
        # lower down, the line over a credit is the body's last sentence
        "credit-after-body-keeps-sentence",
        "The Tarn museum shows old maps of the valley.\n\n"
        "The oldest map was drawn in 1620 by a monk from Lenn.\n\n"
        "(Image via: Tarn Museum)\n",
        with_=("The Tarn museum shows old maps", "The oldest map was drawn in 1620"),
        without=("Image via",),
        kinds=("other",),
    ),
    Case(
        # "(site.org)" and dividers between the parts of a reposted piece; poll and donation boxes
        "repost-domain-line-dividers-boxes",
        "Tarn Courier Poll Exercise your right to vote.\n"
        "Please help support us with small donations.\n"
        "(tarncourier.org)\n\n"
        "The Tarn library will open on Sundays from next month, the council said.\n\n"
        "* * *\n\n"
        "Readers have asked for longer hours for years.\n\n"
        "———\n",
        with_=("The Tarn library will open on Sundays", "Readers have asked for longer hours"),
        without=("Poll", "donations", "tarncourier.org", "* * *", "———"),
        kinds=("outlet", "other"),
        expect={"outlet": "tarncourier.org"},
    ),
    Case(
        # explicit author fields with a site slogan and a weekday split into them
        "explicit-author-list-without-slogan",
        "The Kessa council will vote on the harbour plan in May, its speaker said.\n",
        meta={"author": "Petra Holm, Because Without Ferries, There Is No Island Life."},
        with_=("The Kessa council will vote",),
        expect={"author": "Petra Holm"},
    ),
    Case(
        "sentence-starting-with-by-is-body",
        "By Monday, the troops had left the border town of Valk.\n\n"
        "By March 2011, most families had come back.\n",
        with_=(
            "By Monday, the troops had left the border town of Valk.",
            "By March 2011, most families",
        ),
        expect={"author": None},
    ),
    Case(
        "mojibake-and-crlf",
        "The minister\u00e2\u20ac\u2122s visit to Gen\u00c3\u00a8ve was cancelled.\r\n\r\n"
        "Officials gave no reason.\r",
        with_=(
            "The minister\u2019s visit to Gen\u00e8ve was cancelled.",
            "Officials gave no reason.",
        ),
        without=("\r", "\u00e2\u20ac"),
    ),
    Case(
        "html-article",
        "<html><head><title>Port Vell opens new bridge | The Lantern Daily</title>"
        '<meta property="og:site_name" content="The Lantern Daily">'
        '<meta name="author" content="Anna Tormel">'
        '<meta property="article:published_time" content="2011-03-03"></head><body>'
        "<nav><a href='/'>Home</a> » <a href='/world'>World</a></nav>"
        "<article><h1>Port Vell opens new bridge</h1>"
        "<p>The second bridge of Port Vell opened to traffic on Thursday after four years of work.</p>"
        "<p>The mayor, Brio Satt, said the bridge would halve the time of the trip to the islands.</p>"
        "<p>Read more: Port Vell ferry fares to rise</p>"
        "</article><div id='comments'><h3>Leave a Comment</h3><p>Great news from Jon Doe!</p></div>"
        "<script>var x = 1;</script></body></html>",
        format="html",
        with_=(
            "The second bridge of Port Vell opened to traffic on Thursday after four years of work.",
            "The mayor, Brio Satt, said the bridge would halve the time of the trip to the islands.",
        ),
        without=("ferry fares", "Jon Doe", "var x", "Leave a Comment"),
        kinds=("teaser",),
        expect={
            "author": "Anna Tormel",
            "outlet": "The Lantern Daily",
            "published": ("2011-03-03", "day", "html"),
        },
    ),
]
