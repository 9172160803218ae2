"""Whose words: speakers and joined spans (issue 15, branch 15bv, claims v109).

Independent readers of claims v104-v106 (seeds 1075-1084) found the writer's words
credited to the person a sentence is about: "Vellornia denied refuge to ..." (a refusal,
no speech) filed as the country's words, a writer's gloss at the end of a reported act
(", a little-used law from the colonial era") joined to the accuser's, the owner of a
participle's subject ("Renk's popularity has plummeted ..., claiming that ...") filed as
the speaker, a quote opened by “ and closed by a ’ typo running on over the writer's
next sentences, and "The scholar" resolved to a person quoted earlier although another
person was named since.  Invented sentences of each construction, and what must stay as
it was (the self-review's sentences, with their claims as the base gave them).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import said


def _rows(claims: list[Any], doc: Any) -> list[tuple[str | None, str, str]]:
    return [(c.source_name, c.source_kind, said(doc, c)) for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "In March, Vellornia denied refuge to a 30-year-old teacher and her son, although she faced prison at home.\n",
        "The ministry denied entry to two reporters from the Daily Tarn on Tuesday.\n",
        "The council denied the request for a new bridge.\n",
        "The border police denied him entry at the Tarn crossing.\n",
    ],
)  # fmt: skip
def test_a_refusal_is_no_ones_words(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert _rows(claims, doc) == []


@pytest.mark.issue(15)
def test_a_refusal_reported_by_a_source_is_the_sources_words(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "According to the ministry, the port denied entry to 40 ships in 2020.\n"
    )
    assert _rows(claims, doc) == [
        ("the ministry", "named", "the port denied entry to 40 ships in 2020")
    ]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The council accused Ivo Renk of breaching the Secrets Act, a little-used law from the colonial era.\n",
         "The council accused Ivo Renk of breaching the Secrets Act"),
        ("Vellornia has accused the reporters Mara Voss and Ivo Renk of breaching the Secrets Act, a law from colonial rule.\n",
         "Vellornia has accused the reporters Mara Voss and Ivo Renk of breaching the Secrets Act"),
    ],
)  # fmt: skip
def test_the_writers_gloss_after_a_reported_act_is_not_the_act(
    claims_of: Any, text: str, words: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert [said(doc, c) for c in claims] == [words]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Renk's support has collapsed in the province where farmers have grown angry, claiming that he is putting his campaign ahead of his duties.\n",
        "Tarn Mills' sales fell by 12 percent last year, confirming that demand had weakened.\n",
    ],
)  # fmt: skip
def test_the_owner_of_a_participles_subject_is_no_speaker(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert [c.source_name for c in claims if c.source_kind != "outlet"] == []


@pytest.mark.issue(15)
def test_a_quote_closed_by_a_single_mark_ends_there(claims_of: Any) -> None:
    text = (
        "The mayor said the bridge was “safe’ and would reopen in May. Engineers disagree. "
        "No wonder the council kept quiet.\n"
    )
    doc, claims = claims_of(None)(text)
    assert [r[2] for r in _rows(claims, doc) if r[0] == "The mayor"] == [
        "the bridge was “safe’ and would reopen in May"
    ]


@pytest.mark.issue(15)
def test_a_role_after_another_person_was_named_is_not_the_one_quoted_before(
    claims_of: Any,
) -> None:
    text = (
        "According to the nurse Mara Voss, who spent years with the dying, the top regret is "
        "“I wish I had been braver.”\n\nIn his book, Ivo Renk describes an experiment in which "
        "children are left alone with a sweet. Years later Renk discovered that their patience "
        "revealed a lot about their lives. The scholar concluded that “There is no skill more "
        "basic than patience.”\n"
    )
    doc, claims = claims_of(None)(text)
    found = [c for c in claims if "no skill" in said(doc, c)]
    assert [(c.source_name, c.source_kind) for c in found] == [("The scholar", "anonymous")]


@pytest.mark.issue(15)
def test_a_second_relative_clause_is_not_the_words_reported_in_the_first(
    claims_of: Any,
) -> None:
    text = (
        "I saw the old policies as a threat that would lead to a return of the long war that "
        "Ivo Renk and Mara Voss said they had ended in 1990 and that has unfolded in the "
        "worst ways that I feared.\n"
    )
    doc, claims = claims_of(None)(text)
    assert _rows(claims, doc) == [("Ivo Renk and Mara Voss", "named", "they had ended in 1990")]


@pytest.mark.issue(15)
def test_he_is_not_an_earlier_speaker_when_a_name_said_something_just_before(
    claims_of: Any,
) -> None:
    text = (
        "Ivo Renk, a blogger, posted an entry on his blog titled, “We Will Not Talk.” Before "
        "the video, Renk writes: “These people are thugs.”\n\nThe mayor called it a “riot’ on "
        "Monday.\n\nTallow said the incident shows "
        "“the dark soul of the left,” and said the “thugs” need to be “arrested.” He said, "
        "“Law and order has to prevail. The violence will spread.”\n"
    )
    doc, claims = claims_of(None)(text)
    assert [r for r in _rows(claims, doc) if "Law and order" in r[2] and r[0] == "Renk"] == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "She ordered the opponents to modify their arguments, most of which falsely claimed the plan would raise taxes.\n",
        "The council heard from 40 residents, most of whom said the road was too busy.\n",
        "The union has 400 members, half of whom have said they will strike.\n",
    ],
)  # fmt: skip
def test_a_part_of_the_antecedent_is_no_clause_speaker(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert [c.source_name for c in claims if c.source_kind != "outlet"] == []


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("Specifically, Vellornia is alleging that the hackers had copied the emails.\n",
         ("Vellornia", "the hackers had copied the emails")),
        ("The ministry is claiming that the port was closed.\n",
         ("The ministry", "the port was closed")),
        ("Ivo Renk has been warning that the dam will fail.\n",
         ("Ivo Renk", "the dam will fail")),
    ],
)  # fmt: skip
def test_a_progressive_reporting_verb_reports_its_subjects_words(
    claims_of: Any, text: str, row: tuple[str, str]
) -> None:
    doc, claims = claims_of(None)(text)
    assert [(r[0], r[2]) for r in _rows(claims, doc)] == [row]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("People have told me that I'm being completely unrealistic when I point out that fixing this would cut costs by 80 percent.\n",
         "People", "I'm being completely unrealistic"),
        ("Critics say the plan is naive, and when I pointed out the costs, they agreed.\n",
         "Critics", "the plan is naive"),
    ],
)  # fmt: skip
def test_the_writers_own_saying_is_not_the_speakers_words(
    claims_of: Any, text: str, speaker: str, words: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert [said(doc, c) for c in claims if c.source_name == speaker] == [words]


#: the self-review's must-not-change sentences, with the claims the base (claims v106) gave
_KEEP = [
    (
        "Ivo Renk said he had never seen anything like it before.\n",
        [("Ivo Renk", "named", "he had never seen anything like it before")],
    ),
    (
        "Mara Voss said prices have doubled since.\n",
        [("Mara Voss", "named", "prices have doubled since")],
    ),
    (
        "The mayor said the plan was a good one, though.\n",
        [("The mayor", "named", "the plan was a good one, though")],
    ),
    (
        "Renk said the port would reopen, but he did not say when.\n",
        [("Renk", "named", "the port would reopen, but he did not say when")],
    ),
    (
        "Asked about the vote, Voss said she would decide “when the time comes.”\n",
        [("Voss", "named", "she would decide “when the time comes.")],
    ),
    (
        "The minister said the bridge would be rebuilt if funds allowed.\n",
        [("The minister", "anonymous", "the bridge would be rebuilt if funds allowed")],
    ),
    (
        "Renk told reporters the strike would end when members voted.\n",
        [("Renk", "named", "the strike would end when members voted")],
    ),
    (
        "“We will see what happens and when,” Renk said.\n",
        [("Renk", "named", "We will see what happens and when,")],
    ),
    (
        "Officials said they did not know why, or when.\n",
        [("Officials", "anonymous", "they did not know why, or when")],
    ),
    (
        "The council said the road had been closed ever since.\n",
        [("The council", "named", "the road had been closed ever since")],
    ),
    (
        "Voss said she would resign if asked, and Renk said he would too.\n",
        [("Voss", "named", "she would resign if asked, and"), ("Renk", "named", "he would too")],
    ),
    (
        "I said the port would close when I spoke to the council in May.\n",
        [("Test Wire", "outlet", "the port would close when I spoke to the council in May")],
    ),
    (
        "We argued that the dam was unsafe when we wrote to the ministry.\n",
        [("Test Wire", "outlet", "the dam was unsafe when we wrote to the ministry")],
    ),
    (
        "Mara Voss said the port would close when the ships left.\n",
        [("Mara Voss", "named", "the port would close when the ships left")],
    ),
    (
        "The mayor said prices rose because we spent too much on the bridge.\n",
        [("The mayor", "named", "prices rose because we spent too much on the bridge")],
    ),
    (
        "“You are wrong when I say the bridge is safe,” Renk said.\n",
        [("Renk", "named", "You are wrong when I say the bridge is safe,")],
    ),
    (
        "Officials said the road would reopen after we complained to the council.\n",
        [("Officials", "anonymous", "the road would reopen after we complained to the council")],
    ),
    (
        "Renk said the deal was dead, as we reported on Monday.\n",
        [("Test Wire", "outlet", "Renk said the deal was dead")],
    ),
    (
        "The council said the dam was safe when I asked about it in May.\n",
        [("The council", "named", "the dam was safe when I asked about it in May")],
    ),
    (
        "Ivo Renk is lying because of the law, in which he is saying that any item can be taken.\n",
        [],
    ),
    ("Shame is saying “there is something wrong with me.”\n", []),
    ("The ministry is planning a new port that will open in May.\n", []),
    ("What worries farmers is the warning that the dam may fail.\n", []),
    ("The council was telling residents that the water was safe.\n", []),
    (
        "The report, which is circulating online, says the port lost $3 million.\n",
        [("The report", "document", "the port lost $3 million")],
    ),
    ("Ivo Renk is saying nothing about the deal.\n", []),
    ("The problem is that nobody is claiming the land.\n", []),
    (
        "“The port is closing,” Mara Voss said, adding that 400 jobs were at risk.\n",
        [("Mara Voss", "named", "400 jobs were at risk")],
    ),
    ("Officials were warning on Monday that the river would rise by two metres.\n", []),
    ("The firm was accused of hiding the report, which it is still denying.\n", []),
    ("Critics are arguing the plan would cost $3 billion, the Tarn Courier reported.\n", []),
    ("Renk is not saying that the deal is dead.\n", []),
    (
        "The rumour that is spreading is that the mayor will resign.\n",
        [("Test Wire", "outlet", "The rumour that is spreading is that the mayor will resign.")],
    ),
    (
        "The Tarn Farmers Union, which represents 400 growers, said the dam would ruin them.\n",
        [
            (
                "Test Wire",
                "outlet",
                "The Tarn Farmers Union, which represents 400 growers, said the dam would ruin them.",
            ),
            ("Tarn Farmers Union", "named", "the dam would ruin them"),
        ],
    ),
    (
        "Ivo Renk, who has led the port since 2010, said the ships would return.\n",
        [("Ivo Renk", "named", "the ships would return")],
    ),
    (
        "Five experts, two of whom work for the ministry, said the bridge was safe.\n",
        [("Five experts", "anonymous", "the bridge was safe")],
    ),
    (
        "The report, parts of which were leaked in May, says the port lost $3 million.\n",
        [("The report", "document", "the port lost $3 million")],
    ),
    ("Mara Voss met the growers, many of whom have farmed the valley for decades.\n", []),
    (
        "Ivo Renk said the plan, much of which was written in 2019, would cut costs.\n",
        [("Ivo Renk", "named", "the plan, much of which was written in 2019, would cut costs")],
    ),
    ("The residents, all of whom live near the dam, told the council they feared a flood.\n", []),
    ("The ministry released 12 letters, none of which mentioned the sale.\n", []),
    (
        "The ministry denied funding cuts had hit schools.\n",
        [("The ministry", "named", "funding cuts had hit schools")],
    ),
    (
        "The ministry denied funding cuts in the health budget.\n",
        [("The ministry", "named", "The ministry denied funding cuts in the health budget")],
    ),
    (
        "The ministry denied the request was ever made.\n",
        [("The ministry", "named", "the request was ever made")],
    ),
    (
        "Ivo Renk said the port would close. He said the workers would be paid.\n",
        [
            ("Ivo Renk", "named", "the port would close"),
            ("Ivo Renk", "named", "the workers would be paid"),
        ],
    ),
    (
        "Ivo Renk said the port would close. Renk said the workers would be paid. He added that talks would go on.\n",
        [
            ("Ivo Renk", "named", "the port would close"),
            ("Renk", "named", "the workers would be paid"),
            ("Renk", "named", "talks would go on"),
        ],
    ),
    (
        "Mara Voss met the mayor on Monday. Renk said the talks went well. She said she was hopeful.\n",
        [("Renk", "named", "the talks went well"), ("Renk", "named", "she was hopeful")],
    ),
    (
        "Ivo Renk, the mayor, spoke on Monday. Officials said the plan was sound. He said it would cost $3 million.\n",
        [("Officials", "anonymous", "the plan was sound")],
    ),
    (
        "Mara Voss said the dam was safe. Voss also said repairs were due. She said the work would take a year.\n",
        [
            ("Mara Voss", "named", "the dam was safe"),
            ("Voss", "named", "repairs were due"),
            ("Voss", "named", "the work would take a year"),
        ],
    ),
    (
        "Ivo Renk said the deal was done. The minister said it was not. He said he would sign it anyway.\n",
        [
            ("Ivo Renk", "named", "the deal was done"),
            ("Ivo Renk", "named", "it was not"),
            ("Ivo Renk", "named", "he would sign it anyway"),
        ],
    ),
    (
        "Ivo Renk spoke first. Tarn Mills said profits fell by 4 percent. He said the cuts were over.\n",
        [
            ("Tarn Mills", "named", "profits fell by 4 percent"),
            ("Tarn Mills", "named", "the cuts were over"),
        ],
    ),
    (
        "Ivo Renk said the strike was over. Mr. Renk said the deal would hold. He said members had voted.\n",
        [
            ("Ivo Renk", "named", "the strike was over"),
            ("Renk", "named", "the deal would hold"),
            ("Renk", "named", "members had voted"),
        ],
    ),
    (
        "Ivo Renk said the strike was over. Kelvar said the deal would not hold. He said members had voted.\n",
        [
            ("Ivo Renk", "named", "the strike was over"),
            ("Kelvar", "named", "the deal would not hold"),
            ("Kelvar", "named", "members had voted"),
        ],
    ),
    (
        "Ivo Renk said that prices rose and that wages fell in the spring.\n",
        [("Ivo Renk", "named", "prices rose and that wages fell in the spring")],
    ),
    (
        "Mara Voss said the plan failed and that has cost the town 400 jobs.\n",
        [("Mara Voss", "named", "the plan failed and that has cost the town 400 jobs")],
    ),
    ("The bridge that engineers said was unsafe and that was closed in May will reopen.\n", []),
    (
        "The deal that Renk said would save the port, and which was signed in May, has collapsed.\n",
        [],
    ),
    (
        "It is the same report that Voss said had been hidden, and that the council denied existed.\n",
        [("Voss", "named", "the council denied existed")],
    ),
    (
        "The council said the road that was built in 1990 and that has flooded twice must be rebuilt.\n",
        [
            (
                "The council",
                "named",
                "the road that was built in 1990 and that has flooded twice must be rebuilt",
            )
        ],
    ),
    (
        "Renk said the war, which began in 2014 and which has killed thousands, must end.\n",
        [
            (
                "Renk",
                "named",
                "the war, which began in 2014 and which has killed thousands, must end",
            )
        ],
    ),
    (
        "The town that Voss says has been forgotten and that has lost its school is still waiting.\n",
        [],
    ),
    (
        "“The war that they said had ended and that has returned is our war,” Renk said.\n",
        [("Renk", "named", "The war that they said had ended and that has returned is our war,")],
    ),
    (
        "Officials said that the dam had held and that was the main thing.\n",
        [("Officials", "anonymous", "the dam had held and that was the main thing")],
    ),
    (
        "The law that the minister claimed had cut crime and that was repealed in 2019 is back.\n",
        [
            (
                "The law that the minister",
                "anonymous",
                "had cut crime and that was repealed in 2019 is back",
            )
        ],
    ),
    (
        "Ivo Renk denied that he had met the envoy in May.\n",
        [("Ivo Renk", "named", "he had met the envoy in May")],
    ),
    (
        "The ministry denied reports that the port would close next year.\n",
        [("The ministry", "named", "reports that the port would close next year")],
    ),
    (
        "The council denied any wrongdoing in the sale of the land.\n",
        [("The council", "named", "The council denied any wrongdoing in the sale of the land")],
    ),
    (
        "Mara Voss denied access was restricted to party members.\n",
        [("Mara Voss", "named", "access was restricted to party members")],
    ),
    (
        "The ministry denied that funding cuts had hit the hospitals.\n",
        [("The ministry", "named", "funding cuts had hit the hospitals")],
    ),
    ("“We never asked for help,” Ivo Renk said, denying the claims of the opposition.\n", []),
    (
        "The army denied the allegations, saying its soldiers had fired in self-defence.\n",
        [("The army", "named", "its soldiers had fired in self-defence")],
    ),
    (
        "Tarn Mills denied it had sold the land to a foreign buyer.\n",
        [("Tarn Mills", "named", "it had sold the land to a foreign buyer")],
    ),
    (
        "The government has denied claims that 300 people died in the flood.\n",
        [
            (
                "The government",
                "named",
                "The government has denied claims that 300 people died in the flood",
            )
        ],
    ),
    (
        "The spokesman denied the report, calling it “pure fiction.”\n",
        [("The spokesman", "named", "The spokesman denied the report, calling it “pure fiction.”")],
    ),
    (
        "The mayor denied the bridge was unsafe, the Tarn Courier reported.\n",
        [("The mayor", "named", "the bridge was unsafe, the Tarn Courier reported")],
    ),
    ("The council accused Ivo Renk of hiding the report, a charge he denies.\n", []),
    (
        "Vellornia accused the reporters of breaching the Secrets Act, which was passed in 1923.\n",
        [
            (
                "Vellornia",
                "named",
                "Vellornia accused the reporters of breaching the Secrets Act, which was passed in 1923",
            )
        ],
    ),
    (
        "The mayor accused the board of wasting $3 million, a figure the board disputes.\n",
        [
            (
                "The mayor",
                "named",
                "The mayor accused the board of wasting $3 million, a figure the board disputes",
            )
        ],
    ),
    (
        "The union accused Tarn Mills of cutting 400 jobs.\n",
        [("The union", "named", "The union accused Tarn Mills of cutting 400 jobs")],
    ),
    (
        "Ivo Renk said the bridge was safe, a view shared by most engineers.\n",
        [("Ivo Renk", "named", "the bridge was safe, a view shared by most engineers")],
    ),
    (
        "“The port is closed,” said Mara Voss, a spokeswoman for the harbour.\n",
        [("Mara Voss", "named", "The port is closed,")],
    ),
    (
        "The minister blamed the delay on the weather, according to a statement.\n",
        [("The minister", "anonymous", "blamed the delay on the weather")],
    ),
    (
        "Prosecutors accused Mara Voss, a former minister, of taking bribes.\n",
        [("Prosecutors", "anonymous", "accused Mara Voss, a former minister, of taking bribes")],
    ),
    (
        "Renk criticised the plan, saying it would cost “a fortune, a real fortune.”\n",
        [("Renk", "named", "it would cost “a fortune, a real fortune.")],
    ),
    ("The ministry announced new sanctions on Tarn, a small country in the north.\n", []),
    (
        "The court accused the firm of ignoring a ruling, a decision that was made in 2019.\n",
        [
            (
                "The court",
                "named",
                "The court accused the firm of ignoring a ruling, a decision that was made in 2019",
            )
        ],
    ),
    (
        "Ivo Renk praised the council for its work on the new harbour, an effort that took ten years.\nRenk's office issued a short note on Monday, saying that the minister would not resign.\n",
        [("Renk", "named", "the minister would not resign")],
    ),
    (
        "Renk's lawyers filed an appeal on Tuesday, arguing that the verdict was unlawful.\n",
        [("Renk", "named", "the verdict was unlawful")],
    ),
    (
        "The Tarn Farmers Union rejected the offer on Friday, arguing that it would ruin small growers.\n",
        [("Tarn Farmers Union", "named", "it would ruin small growers")],
    ),
    (
        "Mara Voss wrote to the council in May, claiming the new road had flooded her farm.\n",
        [("Mara Voss", "named", "the new road had flooded her farm")],
    ),
    (
        "Tarn Mills issued a statement on Monday, saying the plant would reopen in June.\n",
        [("Tarn Mills", "named", "the plant would reopen in June")],
    ),
    (
        "Renk's spokesman spoke to reporters, insisting the talks had not failed.\n",
        [("Renk", "named", "the talks had not failed")],
    ),
    (
        "Vellornia's government rejected the report, saying it was based on false data.\n",
        [("Vellornia's government", "named", "it was based on false data")],
    ),
    ("The company's chief executive defended the cuts, arguing that the firm had no choice.\n", []),
    (
        "Ivo Renk's campaign released a video on Sunday, claiming his rival had lied about taxes.\n",
        [("Ivo Renk", "named", "his rival had lied about taxes")],
    ),
    (
        "Police arrested two men on Friday, saying they had planned an attack.\n",
        [("Police", "named", "they had planned an attack")],
    ),
    ("The council's decision drew protests, with residents saying the park would be lost.\n", []),
    (
        "Mara Voss's father, a retired judge, wrote to the paper, warning that the court was overloaded.\n",
        [("to the paper", "document", "the court was overloaded")],
    ),
    (
        "Ivo Renk called the plan “a disaster for the farmers’ union and everyone in it. We will fight it.\n",
        [],
    ),
    (
        "“The farmers’ market will close,” Mara Voss said. “We cannot pay the rent.”\n",
        [
            ("Mara Voss", "named", "The farmers’ market will close,"),
            ("Mara Voss", "named", "We cannot pay the rent."),
        ],
    ),
    ("She called it ‘a betrayal of the workers’ and left the room.\n", []),
    (
        "“We will not sign the deal. The council’s offer is an insult.\n\n“The union will strike on Monday,” the statement said.\n",
        [
            ("the statement", "document", "We will not sign the deal."),
            ("the statement", "document", "The council’s offer is an insult."),
            ("the statement", "document", "The union will strike on Monday,"),
        ],
    ),
    (
        "Renk said the port was “closed to all ships’ traffic until June.” Nobody believed him.\n",
        [("Renk", "named", "the port was “closed to all ships’ traffic until June.")],
    ),
    (
        "“It’s over,” Renk said. “The talks have failed and we won’t go back.”\n",
        [
            ("Renk", "named", "It’s over,"),
            ("Renk", "named", "The talks have failed and we won’t go back."),
        ],
    ),
    (
        "Voss spoke of the “years of neglect” in the valley. She said the dam must be repaired.\n",
        [],
    ),
    (
        "The ‘new normal’ is here, the minister said, and it will last for years.\n",
        [("the minister", "anonymous", "The ‘new normal’ is here")],
    ),
    (
        "“Tarn’ s workers deserve better,” the union said in a statement.\n",
        [("the union", "named", "Tarn’ s workers deserve better,")],
    ),
    (
        "Mara Voss, a historian at Tarn University, said the archive had been moved in 1950.\n\nThe scholar added that the archive was “badly damaged” by the flood.\n",
        [
            ("Mara Voss", "named", "the archive had been moved in 1950"),
            ("Mara Voss", "named", "the archive was “badly damaged” by the flood"),
        ],
    ),
    (
        "According to the nurse Mara Voss, who spent years with the dying, the top regret is “I wish I had been braver.”\n\nThe scholar concluded that “There is no skill more basic than patience.”\n",
        [
            (
                "Mara Voss",
                "named",
                "who spent years with the dying, the top regret is “I wish I had been braver.",
            ),
            ("Mara Voss", "named", "There is no skill more basic than patience."),
        ],
    ),
    (
        "“The dam will hold,” said Mara Voss, an engineer. Voss has studied the dam for ten years.\n\nThe engineer added that the spillway needed repairs.\n",
        [("Mara Voss", "named", "The dam will hold,")],
    ),
    (
        "Ivo Renk told the council that the port was safe. Renk has led the port since 2010.\n\nThe official said the port would reopen in May.\n",
        [
            ("Ivo Renk", "named", "the port was safe"),
            ("Ivo Renk", "named", "the port would reopen in May"),
        ],
    ),
    (
        "Mara Voss, a professor of law, said the ruling was wrong. The professor added that the court had erred.\n",
        [
            ("Mara Voss", "named", "the ruling was wrong"),
            ("Mara Voss", "named", "the court had erred"),
        ],
    ),
    (
        "Mara Voss said the strike would end on Monday. The leader added that members had voted to return.\n",
        [
            ("Mara Voss", "named", "the strike would end on Monday"),
            ("Mara Voss", "named", "members had voted to return"),
        ],
    ),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "rows"), _KEEP)
def test_what_must_not_change(claims_of: Any, text: str, rows: list[Any]) -> None:
    doc, claims = claims_of(None)(text)
    assert [tuple(r) for r in _rows(claims, doc)] == [tuple(r) for r in rows]
