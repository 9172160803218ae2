"""Command ``framing`` (issue 6): PTC output on raw files, classify templates, profiles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsdossier.analyze.framing import TECHNIQUES, load_framing_model
from newsdossier.analyze.framing.ptc import format_ptc, parse_labels, read_article
from newsdossier.cli import run
from newsdossier.run.local import build
from newsdossier.settings import Settings
from newsdossier.store.sqlite import open_store

# Our own propaganda-heavy paragraphs (not PTC text): the model finds spans in them.
_PARAGRAPHS = [
    "The corrupt puppet regime and its terrorist cult have betrayed the nation again.",
    "Every patriot knows the truth: these traitors want to destroy our great country!",
    "Is it a coincidence that the so-called experts always defend the criminals?",
    "Only a fool would believe the lies of this disgraceful and evil gang of thugs.",
]


def _write(path: Path, newline: str, bom: bool = False) -> Path:
    text = ("\ufeff" if bom else "") + "A headline about the cult" + newline * 2
    text += newline.join(_PARAGRAPHS * 2) + newline
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    d = tmp_path_factory.mktemp("ptc")
    return [
        _write(d / "article111.txt", "\n"),
        _write(d / "article222.txt", "\r\n"),
        _write(d / "article333.txt", "\r\n", bom=True),
    ]


@pytest.mark.issue(6)
def test_framing_cli_prints_ptc_lines_with_offsets_into_the_raw_text(
    articles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["framing", *map(str, articles)]) == 0
    out = capsys.readouterr().out
    lines = parse_labels(out.splitlines())
    assert {x.article_id for x in lines} == {"111", "222", "333"}
    model = load_framing_model()
    expected: list[str] = []
    for path in articles:
        raw = read_article(path)
        assert raw.count("\r\n") == (0 if path.name == "article111.txt" else raw.count("\n"))
        spans = model.detect([raw])[0]
        expected += format_ptc(path.stem.removeprefix("article"), spans)
        for s in spans:
            assert 0 <= s.start < s.end <= len(raw)
    assert out.splitlines() == expected
    starts = {
        x.article_id: min(y.start for y in lines if y.article_id == x.article_id) for x in lines
    }
    assert starts["333"] >= 1  # the BOM is character 0 of the article
    for x in lines:
        assert x.technique in TECHNIQUES
    # The offsets count the raw "\r" and BOM characters: after the first CRLF they
    # do not fit the newline-translated text.
    for path, article in ((articles[1], "222"), (articles[2], "333")):
        raw = read_article(path)
        translated = raw.replace("\r\n", "\n").lstrip("\ufeff")
        later = [x for x in lines if x.article_id == article and x.end > raw.index("\r\n")]
        assert later
        assert any(raw[x.start : x.end] != translated[x.start : x.end] for x in later)


@pytest.mark.issue(6)
def test_framing_cli_classify_fills_the_template_in_order(
    articles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = read_article(articles[1])
    a, b = raw.index("puppet regime"), raw.index("traitors")
    template = tmp_path / "template.txt"
    rows = [("222", a, a + 13), ("111", 0, 10), ("222", b, b + 8), ("222", b, b + 8)]
    template.write_text("".join(f"{i}\t?\t{s}\t{e}\n" for i, s, e in rows), encoding="utf-8")
    assert run(["framing", "--classify", str(template), *map(str, articles[:2])]) == 0
    out = parse_labels(capsys.readouterr().out.splitlines())
    assert [(x.article_id, x.start, x.end) for x in out] == rows
    assert all(x.technique in TECHNIQUES for x in out)
    assert out[2].technique != out[3].technique  # a span given twice carries two techniques


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["framing"], "E605"),
        (["framing", "nowhere/article9.txt"], "E602"),
        (["framing", "--format", "xml", "x.txt"], "E605"),
        (["framing", "--db", "x.db", "--classify", "t.txt"], "E605"),
    ],
)
def test_framing_cli_mistakes_get_one_line(
    argv: list[str], code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"Error: [{code}]")


@pytest.mark.issue(6)
def test_framing_cli_template_without_its_article_or_not_utf8(
    articles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.txt"
    template.write_text("999\t?\t0\t4\n", encoding="utf-8")
    assert run(["framing", "--classify", str(template), str(articles[0])]) == 1
    assert "[E604]" in capsys.readouterr().err
    latin = tmp_path / "article5.txt"
    latin.write_bytes("caf\xe9 terrorist".encode("latin-1"))
    assert run(["framing", str(latin)]) == 1
    assert "[E602]" in capsys.readouterr().err


@pytest.mark.issue(6)
def test_framing_cli_profiles_show_opposite_labels_for_one_entity(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["framing", "--db", str(sample_db), "JAMZ"]) == 0
    out = capsys.readouterr().out
    assert "Labels for" in out
    assert "terrorist" in out and "opposition group" in out
    assert run(["framing", "--db", str(sample_db)]) == 0
    out = capsys.readouterr().out
    assert "Framing per outlet" in out and "Labels for" in out
    assert run(["framing", "--db", str(sample_db), "--by", "author"]) == 0
    assert "Framing per author" in capsys.readouterr().out


@pytest.mark.issue(6)
def test_framing_cli_profiles_errors(
    sample_db: Path, sample_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["framing", "--db", str(sample_db), "Nobody At All"]) == 1
    assert "[E601]" in capsys.readouterr().err
    assert run(["framing", "--db", str(sample_db), "--outlet", "No Such Paper"]) == 1
    assert "[E605]" in capsys.readouterr().err
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(sample_corpus / "kheshmar-times-nczr-alias.txt", corpus)
    db = tmp_path / "triage.db"
    with open_store(str(db)) as store:
        build([str(corpus)], store, Settings(framing_enabled=False))
    assert run(["framing", "--db", str(db)]) == 1
    assert "[E607]" in capsys.readouterr().err
