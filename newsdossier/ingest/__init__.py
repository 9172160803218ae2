"""Ingest: files and folders -> :class:`RawRecord` (or :class:`Rejection`), streamed.

``read_paths(paths, options)`` walks each path (folders recursively, sorted by
name, hidden files and folders left out) and picks a reader by suffix, or
``options.format`` for all: plain text ``.txt``, HTML ``.html``/``.htm``,
JSON Lines ``.jsonl``/``.ndjson``/``.json``, ``.csv``, ``.tsv``, WARC
``.warc``/``.warc.gz``, and any of them gzipped (``.txt.gz``, ``.csv.gz``...;
gzip is recognised by its magic bytes).  Multi-record files stream one record
at a time; a ``.txt``/``.html`` over ``max_document_bytes`` is rejected
without being read whole.

Contract kept by every reader:

* Bad input never raises: each unusable file or record is one
  :class:`Rejection` (``source``, ``record``, ``code``, ``reason``) and reading
  goes on.  Only invalid *options* raise, eagerly, as ``ConfigError``
  (E210 unknown format, E211 unknown encoding, E212 non-positive size cap, E213 empty
  outlet).
* ``RawRecord.record``: ``None`` (whole file), ``"line:N"`` (JSONL, 1-based
  physical line), ``"row:N"`` (CSV, 1-based data row, blank lines not
  counted), ``"offset:N"`` (WARC record byte offset).
* ``RawRecord.name``: the file stem (``a.txt.gz`` -> ``a``), or a record's id
  column, else ``stem#record``.  ``meta``: explicit metadata only (title, url,
  author, published, outlet, section); collection dates are never
  ``published``.
* Nothing in an input is executed or evaluated.

Rejection codes (:data:`REJECTION_CODES`; E109 and E150 are informational, see :data:`SKIPPED`):

    E101  path does not exist
    E102  file or folder cannot be read (permissions, I/O error, not a regular file)
    E103  unsupported file type (a file named directly)
    E104  file is empty or holds only whitespace
    E105  file looks binary, not text
    E106  bytes cannot be decoded (not UTF-8/UTF-16, or not the encoding set)
    E107  single document larger than max_document_bytes
    E108  gzip data is corrupt or truncated
    E109  skipped: unsupported file type inside a folder (informational)
    E110  JSON Lines line is not valid JSON
    E111  JSON Lines value is not an object
    E112  record has no usable text field
    E113  record's text is empty
    E114  CSV/TSV header lacks the text column or a mapped column
    E115  CSV/TSV is malformed; reading stopped there
    E116  WARC is corrupt or truncated; reading stopped there
    E117  multi-record file holds no records
    E118  one record larger than max_document_bytes
    E119  .json file is a JSON document, not JSON Lines
    E150  skipped: a link to a folder inside a folder is not followed (links can loop)

Inside a named folder, files of unknown type yield one E109 each, so a caller
can count them ("12 files skipped") apart from real rejections; a file of
unknown type named directly is an error (E103).
"""

from __future__ import annotations

from .base import ColumnMap, Reader, ReadOptions
from .codes import REJECTION_CODES, SKIPPED
from .files import FORMATS, SUFFIXES, read_paths

__all__ = [
    "ColumnMap",
    "FORMATS",
    "REJECTION_CODES",
    "ReadOptions",
    "Reader",
    "SKIPPED",
    "SUFFIXES",
    "read_paths",
]
