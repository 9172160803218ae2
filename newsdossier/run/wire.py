"""How a worker's results cross to the building process: pickled, with a cheaper
reducer for the record types.

A batch's :class:`~newsdossier.run.process.BatchResult` holds thousands of the
model's frozen, slotted dataclasses (sentences, mentions, claims, events ...).
``dataclasses`` pickles those with its own ``__getstate__``, which calls
``fields(self)`` and builds a list for every object, in the worker, on the build's
critical path.  :func:`register` gives each such class a reducer that reads its
fields with one :func:`operator.attrgetter` and rebuilds the object with
:func:`_rebuild`: the same objects come back (equal, same types;
``tests/run/test_wire.py``).  The results of 96 pages, the two picklings
alternately in one process, 4 rounds: 0.031-0.097 -> 0.016-0.020 CPU-s to pickle,
0.037-0.107 -> 0.029-0.032 to unpickle (``docs/scale.md``).

Only how the objects are pickled changes: nothing in newsdossier keeps a pickle;
they live between two processes of one build.  The classes are found by scanning
the modules, so a record type added later is covered without a list to update.
"""

from __future__ import annotations

import copyreg
import dataclasses
import operator
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any

__all__ = ["record_types", "register"]

#: each class's field names, in the order its reducer reads them (filled on first use)
_FIELDS: dict[type, tuple[str, ...]] = {}
_REGISTERED: set[type] = set()


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    """The object of ``cls`` whose fields are ``values``, as dataclasses' own
    ``__setstate__`` restores it (no ``__init__``, no ``__post_init__``)."""
    obj: Any = object.__new__(cls)
    for name, value in zip(_field_names(cls), values, strict=True):
        object.__setattr__(obj, name, value)
    return obj


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _reducer(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    names = _field_names(cls)
    if len(names) == 1:  # attrgetter of one name gives the value, not a tuple
        (name,) = names
        return lambda obj: (_rebuild, (cls, (getattr(obj, name),)))
    get = operator.attrgetter(*names)
    return lambda obj: (_rebuild, (cls, get(obj)))


def record_types(modules: Iterable[ModuleType]) -> list[type]:
    """The frozen, slotted dataclasses defined in ``modules``: those whose pickling
    goes through dataclasses' per-object ``fields()`` call."""
    out = []
    for module in modules:
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and obj.__module__ == module.__name__
                and dataclasses.is_dataclass(obj)
                and "__slots__" in vars(obj)
                and obj.__dataclass_params__.frozen  # type: ignore[attr-defined]
            ):
                out.append(obj)
    return out


def register() -> None:
    """Give the record types of ``model`` and ``store.base`` their reducer (idempotent)."""
    from .. import model
    from ..store import base

    for cls in record_types([model, base]):
        if cls not in _REGISTERED:
            copyreg.pickle(cls, _reducer(cls))
            _REGISTERED.add(cls)
