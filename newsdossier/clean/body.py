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
from dataclasses import dataclass

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
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return str(value).strip() or None if value else None


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
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        # trafilatura found no article (tiny or unusual page): fall back to all
        # visible text, which the plain-text pass then cleans.
        text = trafilatura.html2txt(html)
        if not text or not text.strip():
            return None
        return HtmlPage(text=text, url=url)
    return HtmlPage(
        text=text,
        title=_first(doc.title),
        author=_first(doc.author),
        outlet=_first(doc.sitename),
        section=_first(doc.categories),
        url=_first(doc.url) or url,
        date=_first(doc.date),
    )
