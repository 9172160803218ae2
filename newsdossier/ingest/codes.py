"""Rejection codes of the readers: one stable code per kind of unusable input.

The table below is the single source; the package docstring repeats it for
readers and a test keeps the two in step.  A code's meaning never changes:
a new kind of rejection gets a new code.
"""

from __future__ import annotations

from ..model import Rejection

__all__ = ["REJECTION_CODES", "SKIPPED", "reject"]

#: The one informational code: a file inside a named folder was skipped
#: because its type is not supported.  Callers count these apart from real
#: rejections (a folder of articles often holds images and PDFs too).
SKIPPED = "E109"

REJECTION_CODES: dict[str, str] = {
    "E101": "path does not exist",
    "E102": "file or folder cannot be read (permissions, I/O error, not a regular file)",
    "E103": "unsupported file type (a file named directly)",
    "E104": "file is empty or holds only whitespace",
    "E105": "file looks binary, not text",
    "E106": "bytes cannot be decoded (not UTF-8/UTF-16, or not the encoding set)",
    "E107": "single document larger than max_document_bytes",
    "E108": "gzip data is corrupt or truncated",
    SKIPPED: "skipped: unsupported file type inside a folder (informational)",
    "E110": "JSON Lines line is not valid JSON",
    "E111": "JSON Lines value is not an object",
    "E112": "record has no usable text field",
    "E113": "record's text is empty",
    "E114": "CSV/TSV header lacks the text column or a mapped column",
    "E115": "CSV/TSV is malformed; reading stopped there",
    "E116": "WARC is corrupt or truncated; reading stopped there",
    "E117": "multi-record file holds no records",
    "E118": "one record larger than max_document_bytes",
    "E119": ".json file is a JSON document, not JSON Lines",
    "E150": "skipped: a link to a folder inside a folder is not followed (links can loop)",
}


def reject(source: str, record: str | None, code: str, reason: str) -> Rejection:
    """A :class:`Rejection` with a code from :data:`REJECTION_CODES`."""
    assert code in REJECTION_CODES, code  # a programming error, not bad input
    return Rejection(source=source, record=record, code=code, reason=reason)
