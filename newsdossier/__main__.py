"""``python -m newsdossier``: the same command line as the ``newsdossier`` script."""

from .cli import main

if __name__ == "__main__":
    main()
