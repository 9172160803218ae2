"""Registries: a versioned name -> factory, for each kind of pluggable part.

A behaviour change registers a ``v2`` and keeps ``v1``; the name and version
go into the provenance of every annotation the part makes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import ConfigError

__all__ = ["Registry", "analyzers", "export_sections", "resolvers"]


class Registry:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._factories: dict[str, Callable[..., Any]] = {}

    def register(self, name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
        def decorate(factory: Callable[..., Any]) -> Callable[..., Any]:
            if name in self._factories:
                raise ConfigError(f"{self.kind} {name!r} is registered twice", code="E230")
            self._factories[name] = factory
            return factory

        return decorate

    def get(self, name: str) -> Callable[..., Any]:
        try:
            return self._factories[name]
        except KeyError:
            known = ", ".join(sorted(self._factories))
            raise ConfigError(
                f"no {self.kind} named {name!r}; known: {known}", code="E231"
            ) from None

    def names(self) -> list[str]:
        return sorted(self._factories)

    def names_in_order(self) -> list[str]:
        """Names in the order they were registered."""
        return list(self._factories)


analyzers = Registry("analyzer")
#: Corpus-level, incremental stages run after every build, in registration
#: order: ``factory(store, settings) -> int`` (how many things it touched).
resolvers = Registry("resolver")
#: Sections of the JSON export: ``name -> factory(store) -> Iterator[dict]``.
export_sections = Registry("export section")
