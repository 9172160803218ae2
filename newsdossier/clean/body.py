"""HTML pages: body text and metadata through trafilatura (never fetches anything).

trafilatura drops navigation, comment sections and most widgets inside the DOM,
so those removals cannot be recorded; the plain-text pass that runs on its
output afterwards records what is left (a repeated title, a byline glued to the
end, a teaser list inside the article element).  The publication date comes
from trafilatura's metadata, which is htmldate's ``find_date`` run on the same
parsed tree (``original_date=True``: the publication, not the last update);
calling htmldate again would parse the page a second time for the same answer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser

import trafilatura

__all__ = ["HtmlPage", "extract_html"]

# trafilatura logs every page it discards at WARNING/ERROR; the caller turns an
# empty page into a coded InputError, so those lines are noise here.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class HtmlPage:
    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    section: str | None = None
    url: str | None = None
    date: str | None = None  # "YYYY-MM-DD" from htmldate


def _first(value: object) -> str | None:
    """A metadata value as one clean string (lists give their first item)."""
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    text = str(value).strip() if value else ""
    return text or None


_BLANK_RUN = re.compile(r"\n{3,}")
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})
_BLOCK = frozenset(
    {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
     "blockquote", "pre", "ul", "ol", "table", "header", "footer", "aside", "nav", "figure",
     "figcaption", "dd", "dt"}
)  # fmt: skip


class _FlatText(HTMLParser):
    """Visible text of a page from the tag stream: no tree, so no depth limit."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # inside how many invisible elements

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def flat_text(html: str) -> str:
    """The visible text of a page that the tree parsers refused (too deep)."""
    parser = _FlatText()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip()


def extract_html(html: str, url: str | None = None) -> HtmlPage | None:
    """The article of an HTML page, or None if there is no text at all."""
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = getattr(doc, "text", None)
    if not text or not text.strip():
        # trafilatura found no article (tiny or unusual page): fall back to all
        # visible text, which the plain-text pass then cleans.
        text = trafilatura.html2txt(html)
        if not text or not text.strip():
            # libxml2 refuses trees deeper than 256 elements: a page of 100,000
            # nested <div>s around its text read as "no visible text" (issue 17)
            text = flat_text(html)
        if not text or not text.strip():
            return None
        return HtmlPage(text=text, url=url)
    return HtmlPage(
        text=str(text),
        title=_first(getattr(doc, "title", None)),
        author=_first(getattr(doc, "author", None)),
        outlet=_first(getattr(doc, "sitename", None)),
        section=_first(getattr(doc, "categories", None)),
        url=_first(getattr(doc, "url", None)) or url,
        date=_first(getattr(doc, "date", None)),
    )
