from __future__ import annotations

import newsdossier


def test_public_all_is_sorted_and_resolvable() -> None:
    names = [n for n in newsdossier.__all__ if n != "__version__"]
    assert names == sorted(names)
    for name in newsdossier.__all__:
        assert getattr(newsdossier, name) is not None


def test_public_error_tree() -> None:
    for err in (newsdossier.InputError, newsdossier.ConfigError, newsdossier.StoreError):
        assert issubclass(err, newsdossier.NewsdossierError)
