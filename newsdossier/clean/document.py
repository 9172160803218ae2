"""``clean_record``: one RawRecord in, one clean Document out (stages in order)."""

from __future__ import annotations

from ..errors import InputError
from ..model import Document, RawRecord
from ..settings import Settings
from .body import extract_html
from .boilerplate import strip_captions, strip_furniture_lines
from .credits import read_mention, read_self_reference, read_source
from .dates import parse_date, url_date
from .duplicates import strip_repeats
from .edges import strip_head, strip_headline, strip_tail
from .encoding import fold_lines, repair_text
from .findings import Findings
from .metadata import clean_author_list, read_dateline, read_title_outlet
from .notes import strip_plug_notes

__all__ = ["clean_record"]

_FORMATS = ("text", "html")
_META_KEYS = ("title", "author", "outlet", "section", "url")
#: Cleaning passes at most: the second one only runs to a fixed point (idempotence).
_MAX_PASSES = 3


def _fail(raw: RawRecord, code: str, message: str) -> InputError:
    return InputError(message, code=code, source=raw.source, record=raw.record)


def _offer_explicit(raw: RawRecord, found: Findings) -> None:
    for key in _META_KEYS:
        value = repair_text(raw.meta.get(key) or "")
        found.offer(key, clean_author_list(value) if key == "author" else value, "metadata")
    published = raw.meta.get("published")
    if published:
        found.offer("published", parse_date(published, "metadata"), "metadata")


def _html_text(raw: RawRecord, found: Findings) -> str:
    page = extract_html(raw.content, url=raw.meta.get("url") or None)
    if page is None:
        raise _fail(
            raw,
            "E121",
            "HTML page has no visible text (only scripts, styles or markup); "
            "check that the file is the saved article page and not a redirect or an app shell",
        )
    for key in _META_KEYS:
        found.offer(key, getattr(page, key), "html")
    if page.date:
        found.offer("published", parse_date(page.date, "html"), "html")
    return page.text


#: "Source: NAME" names the page's outlet among this many last lines of the page.
_SOURCE_TAIL_LINES = 3


def _offer_mentions(lines: list[str], found: Findings) -> None:
    """Outlets (and a quotation credit's author) that the page names, before any is cut."""
    for line in [x for x in lines if x][-_SOURCE_TAIL_LINES:]:
        found.offer("outlet", read_source(line), "mention")
    credits = [c for c in (read_mention(line) for line in lines if line) if c is not None]
    # a page reposted "with permission from Jane Roe" is her piece: the outlet of an excerpt
    # it quotes is not hers (issue 16)
    reposted = any(c.section == "reposted" for c in credits)
    for credit in credits:
        # a quotation credit names the excerpt's author and outlet: below the page's own
        rank = "quoted" if credit.section == "quoted" else "mention"
        found.offer("author", credit.author, rank)
        if not (reposted and rank == "quoted"):
            found.offer("outlet", credit.outlet, rank)


def _clean_lines(lines: list[str], found: Findings) -> list[str]:
    titles = [t for t in (found.get("title"),) if t]
    # Tail first: a footer under a comment or teaser block would otherwise be
    # swallowed by the block (and the outlet it names lost).  Widgets go before
    # the head pass, whose window of kept lines must not count them.
    lines = strip_captions(lines, found)  # may leave a bare widget behind: first
    lines = strip_tail(lines, found)
    lines = strip_furniture_lines(lines, found)
    lines = strip_plug_notes(lines, found)
    lines = strip_head(lines, found, titles)
    lines = strip_tail(lines, found)
    lines = strip_repeats(lines, found)
    return strip_headline(strip_tail(lines, found), found)


def _clean_edges(lines: list[str], found: Findings) -> list[str]:
    """The later passes: only the stages whose cut can uncover more at the edges."""
    titles = [t for t in (found.get("title"),) if t]
    lines = strip_captions(lines, found)
    lines = strip_tail(lines, found)
    lines = strip_head(lines, found, titles)
    return strip_headline(strip_tail(lines, found), found)


def _join(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def clean_record(raw: RawRecord, settings: Settings) -> Document:
    """Repair, strip furniture, lift metadata; raise :class:`InputError` (E120-E124) if unusable."""
    if raw.format not in _FORMATS:
        raise _fail(raw, "E123", f"unknown record format {raw.format!r}; expected 'text' or 'html'")
    if "\x00" in raw.content:
        raise _fail(
            raw,
            "E124",
            "content contains NUL characters (binary data?); give the reader a text or HTML file",
        )
    found = Findings()
    _offer_explicit(raw, found)
    content = _html_text(raw, found) if raw.format == "html" else raw.content
    lines = fold_lines(repair_text(content))
    if not any(lines):
        raise _fail(raw, "E120", "document is empty (only whitespace after encoding repair)")
    _offer_mentions(lines, found)
    lines = _clean_lines(lines, found)
    # Later passes remove what the first one uncovered at the edges (a caption glued to
    # editor's initials: "...Photo: AFP .MH/PA" loses "MH/PA" in the first pass and the
    # caption in the next), so that a clean text cleans to itself (property-tested).
    # Only the edge stages run again: a full second pass doubled the cost of cleaning
    # (1,275 records of ../shared/data: 3.3 -> 7.4 ms/record).
    for _ in range(_MAX_PASSES - 1):
        again = _clean_edges(_join(lines).split("\n"), found)
        if again == lines or _join(again) == _join(lines):
            break
        lines = again
    text = _join(lines)
    # A body with no letter or digit left ("-" after a licence line glued to it went as
    # furniture) is no article: its next cleaning would empty it (property-tested).
    wordless = not any(ch.isalnum() for ch in text)
    if len(text) < settings.min_body_chars or wordless:
        kinds = sorted({r.kind for r in found.removed})
        short = (
            f"clean body has no letter or digit ({len(text)} characters)"
            if wordless and len(text) >= settings.min_body_chars
            else f"clean body has {len(text)} characters, fewer than min_body_chars="
            f"{settings.min_body_chars}"
        )
        raise _fail(
            raw,
            "E122",
            short
            + (f" after removing page furniture ({', '.join(kinds)})" if kinds else "")
            + "; lower NEWSDOSSIER_MIN_BODY_CHARS to keep such short pages",
        )
    agency, date = read_dateline(text)
    found.offer("outlet", agency, "dateline")
    found.offer("outlet", read_self_reference(text), "mention")
    found.offer("published", date, "dateline")
    # last resort: the site name the headline ends with ("... – PVA", "...: New at X")
    found.offer("outlet", read_title_outlet(found.get("title")), "headline")
    url = found.get("url")
    if url:
        found.offer("published", url_date(url), "url")
    return Document(
        id=Document.make_id(text),
        text=text,
        source=raw.source,
        name=raw.name,
        title=found.get("title"),
        author=found.get("author"),
        outlet=found.get("outlet"),
        section=found.get("section"),
        url=url,
        published=found.published(),
        language=settings.language,
        removed=tuple(found.removed),
        record=raw.record,
    )
