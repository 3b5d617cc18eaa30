"""The command line: ``plankg build | extract | validate | query | serve | fmt``."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    raise SystemExit("not yet")
