"""The exception tree of newsdossier.

    NewsdossierError            catch-all for errors raised by this library
    ├── InputError              one bad input file or record; the build goes on
    │   └── BudgetExceeded      one document over its analysis budget (E160, E161)
    ├── ConfigError             a bad option, setting or column mapping
    └── StoreError              the store cannot be opened, read or written

Every error has a stable code that users can search for, and a message that
says what to do next:

- ``E101``–``E119``, ``E150`` reading inputs (``newsdossier.ingest``, table in its docstring)
- ``E160`` a document longer than ``max_analyze_chars``, ``E161`` one whose analysis
  took more than ``max_document_seconds``: rejected, the build goes on (issue 17)
- ``E120``–``E149`` cleaning (``newsdossier.clean``), ``E198``/``E199`` unexpected
  failures while analysing/cleaning one record (the record is rejected, the build goes on)
- ``E200``–``E209`` CLI options, ``E210``–``E213`` read options, ``E220`` the spaCy
  pipeline is not installed, ``E221`` an optional package is not installed, ``E230``–``E232`` registries and pipeline order
- ``E300``–``E330`` the store: opening, migrating, writing, reading
- ``E340``–``E342`` a name typed at the CLI matches no entity (with suggestions), several
  entities (listed), or no outlet (issue 20)
- ``E701`` pandas is missing for the notebook API, ``E702`` no such entity there  The
library raises; the CLI turns these into one line on stderr and exit code 1.
"""

from __future__ import annotations

__all__ = ["BudgetExceeded", "ConfigError", "InputError", "NewsdossierError", "StoreError"]


class NewsdossierError(Exception):
    """Catch-all for errors emitted by newsdossier."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0])

    def __str__(self) -> str:
        return f"[{self.code}] {self.args[0]}"


class InputError(NewsdossierError):
    """One input (file or record) could not be read or cleaned.

    ``source`` is the path as given; ``record`` identifies a record inside a
    multi-record file (line number for JSONL, row number for CSV, record
    offset for WARC), or ``None`` for a whole file.
    """

    code = "E100"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        source: str = "",
        record: str | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.source = source
        self.record = record


class BudgetExceeded(InputError):
    """One document would cost more to analyse than a per-document budget allows."""

    code = "E161"


class ConfigError(NewsdossierError):
    """A setting, option or mapping is invalid."""

    code = "E200"


class StoreError(NewsdossierError):
    """The store could not be opened, migrated, read or written."""

    code = "E300"
