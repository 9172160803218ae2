"""clean_record's coded InputErrors (E120-E124): what the build records and skips."""

from __future__ import annotations

import pytest

from newsdossier.clean import clean_record
from newsdossier.errors import InputError
from newsdossier.model import RawRecord
from newsdossier.settings import Settings

ERROR_CASES = [
    ("empty", "", "text", "E120"),
    ("whitespace-only", " \r\n\t\u00a0\n", "text", "E120"),
    (
        "html-only-scripts",
        "<html><head><script>var a = 1;</script><style>p{color:red}</style></head>"
        "<body><script>document.write('x')</script></body></html>",
        "html",
        "E121",
    ),
    ("html-empty-body", "<html><body>   </body></html>", "html", "E121"),
    (
        "only-furniture",
        "Share this\nLeave a Comment\nSubscribe to our newsletter\n",
        "text",
        "E122",
    ),
    ("too-short", "Short note.", "text", "E122"),
    ("unknown-format", "Some text that is long enough to be an article body.", "pdf", "E123"),
    (
        "nul-bytes",
        "Binary\x00\x01\x02 junk that is long enough to pass the length check",
        "text",
        "E124",
    ),
]


@pytest.mark.issue(2)
@pytest.mark.parametrize(
    ("name", "content", "fmt", "code"), ERROR_CASES, ids=[c[0] for c in ERROR_CASES]
)
def test_clean_errors_are_coded(name: str, content: str, fmt: str, code: str) -> None:
    raw = RawRecord("corpus/x.csv", "row:7", name, content, fmt)
    with pytest.raises(InputError) as info:
        clean_record(raw, Settings())
    err = info.value
    assert err.code == code
    assert err.source == "corpus/x.csv" and err.record == "row:7"
    assert str(err).startswith(f"[{code}] ") and len(err.message) > 20


def test_clean_errors_min_body_chars_is_a_setting() -> None:
    raw = RawRecord("x.txt", None, "x", "Short note.", "text")
    assert clean_record(raw, Settings(min_body_chars=5)).text == "Short note."


def test_clean_errors_message_names_removed_furniture() -> None:
    raw = RawRecord("x.txt", None, "x", "Share this\nLeave a Comment\n", "text")
    with pytest.raises(InputError, match="share") as info:
        clean_record(raw, Settings())
    assert "min_body_chars" in info.value.message


@pytest.mark.issue(17)
@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_html_keeps_its_text(depth: int) -> None:
    # libxml2 stops at 256 levels: the text was there, but the page was E121
    body = (
        "The harbour council of Port Veltra voted on Tuesday to open a ferry route. "
        "Its chair said the first boat would sail in May."
    )
    page = (
        "<html><head><title>Ferry</title><script>var x = 1;</script></head><body>"
        + "<div>" * depth + f"<p>{body}</p><p>Second paragraph here.</p>" + "</div>" * depth
        + "</body></html>"
    )  # fmt: skip
    doc = clean_record(RawRecord("deep.html", None, "deep", page, "html"), Settings())
    assert "ferry route" in doc.text and "Second paragraph" in doc.text
    assert "var x" not in doc.text
