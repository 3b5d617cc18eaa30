"""Settings: where the project's files are and where the store lives.

The project home holds ontology/, data/, queries/; it is found from this package's location (an
editable install or a checkout) unless PLANKG_HOME says otherwise.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _default_home() -> Path:
    env = os.environ.get("PLANKG_HOME")
    return Path(env).resolve() if env else Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=_default_home)
    store: Path | None = None  # default: <home>/var/store
    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def store_path(self) -> Path:
        return self.store if self.store is not None else self.home / "var" / "store"

    @property
    def ontology_dir(self) -> Path:
        return self.home / "ontology"

    @property
    def reference_dir(self) -> Path:
        return self.home / "data" / "reference"

    @property
    def sources_dir(self) -> Path:
        return self.home / "data" / "sources"

    @property
    def queries_dir(self) -> Path:
        return self.home / "queries"

    @property
    def shapes_path(self) -> Path:
        return self.ontology_dir / "shapes.ttl"

    def with_store(self, store: Path | None) -> Settings:
        return self if store is None else replace(self, store=store)
