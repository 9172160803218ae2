"""Cleaning: a :class:`~newsdossier.model.RawRecord` becomes a clean :class:`~newsdossier.model.Document`.

Stages, in order (each its own module):

1. ``encoding``   -- mojibake and odd characters repaired (ftfy), ``\\r\\n``/``\\r``
   -> ``\\n``, whitespace folded.  Every offset later refers to THIS text.
2. ``body``       -- HTML only: trafilatura body + title/author/sitename/categories,
   htmldate publication date; plain text goes straight on.
3. ``edges``      -- breadcrumbs, the title repeated under them, the headline line
   (only with evidence: a byline under it, or a break then a body paragraph),
   bylines and date lines and a photo caption before the first sentence at the
   top; outlet signatures, editor initials, licence/copyright footers,
   "Source:" lines and glued bylines at the bottom; with ``footers``, the blocks
   that close a page: the author's bio, "About us" and contact boxes, link lists.
4. ``boilerplate``-- widgets (comment/share/subscribe/cookie/poll), teaser blocks
   ("Most viewed" + headline/teaser pairs), comment blocks, photo captions,
   tag lists, fair-use notices, divider lines.
5. ``duplicates`` -- a repeated lead/summary paragraph, the nested-<p> artifact, a
   block printed twice, a repeated headline, a pull quote (an unquoted sentence
   printed again in quotes); never a sentence the author repeats.
6. ``metadata``   -- byline/date/dateline grammar used by the stages above.

Every removed piece is kept as ``Removed(kind, text)`` with ``kind`` in
``REMOVED_KINDS``.  Explicit metadata from the source (``raw.meta``) wins over
anything lifted from the page; the furniture is removed all the same.  An explicit
author list only loses the parts that cannot be names (a site slogan or a weekday
that the scraper split into it: ``metadata.clean_author_list``).

Errors (all :class:`~newsdossier.errors.InputError`; the build records the
reason and goes on):

====  ==================================================================
E120  the document is empty (only whitespace after encoding repair)
E121  an HTML page with no visible text (only scripts, styles, markup)
E122  the clean body is shorter than ``settings.min_body_chars``
E123  ``raw.format`` is neither ``"text"`` nor ``"html"``
E124  the content contains NUL characters (binary data)
====  ==================================================================
"""

from __future__ import annotations

from .document import clean_record

__all__ = ["clean_record"]
