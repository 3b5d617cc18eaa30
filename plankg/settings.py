"""Settings: where the project's files are and where the store lives.

The project home holds ontology/, data/, queries/; it is found from this package's location (an
editable install or a checkout) unless PLANKG_HOME says otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


def _default_home() -> Path:
    env = os.environ.get("PLANKG_HOME")
    return Path(env).resolve() if env else Path(__file__).resolve().parent.parent


ADMIN_TOKEN_VARIABLE = "PLANKG_ADMIN_TOKEN"


@dataclass(frozen=True)
class Limits:
    """What the server allows one request, with safe defaults for a public endpoint.

    Each can be set on ``plankg serve`` (``--query-seconds`` …) or in the environment
    (``PLANKG_QUERY_SECONDS`` …); the environment is how the workers of ``--workers N`` get them.
    """

    query_seconds: float = 30.0  # a SPARQL query past this is stopped (its worker killed)
    query_workers: int = 2  # processes running SPARQL queries; 0: in the server's process, no time limit
    waiting_queries: int = 8  # queries that may wait for a worker; more are answered 503
    result_bytes: int = 64 * 1024 * 1024  # a written result past this is refused, never cut
    body_bytes: int = 1024 * 1024  # a request body past this is answered 413
    requests_in_flight: int = 64  # requests served at once; more are answered 503

    ENVIRONMENT_PREFIX = "PLANKG_"

    def __post_init__(self) -> None:
        for item in fields(self):
            value = getattr(self, item.name)
            least = {"query_workers": 0, "waiting_queries": 0, "query_seconds": 0.1}.get(item.name, 1)
            if value < least:
                raise ValueError(f"{item.name.replace('_', '-')} must be at least {least}, not {value}")

    def environment(self) -> dict[str, str]:
        return {self.variable(item.name): str(getattr(self, item.name)) for item in fields(self)}

    @classmethod
    def variable(cls, name: str) -> str:
        return cls.ENVIRONMENT_PREFIX + name.upper()

    @classmethod
    def from_environment(cls, environment: Mapping[str, str]) -> Limits:
        given: dict[str, Any] = {}
        for item in fields(cls):
            text = environment.get(cls.variable(item.name))
            if text is not None:
                kind = float if item.type in (float, "float") else int
                try:
                    given[item.name] = kind(text)
                except ValueError:
                    raise ValueError(f"{cls.variable(item.name)}={text!r} is not a number") from None
        return cls(**given)


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=_default_home)
    store: Path | None = None  # default: <home>/var/store
    host: str = "127.0.0.1"
    port: int = 8000
    limits: Limits = field(default_factory=lambda: Limits.from_environment(os.environ))
    # Writes (SPARQL Update, the Graph Store Protocol) need this token; without it, none is taken.
    admin_token: str | None = field(
        default_factory=lambda: os.environ.get(ADMIN_TOKEN_VARIABLE) or None, repr=False
    )

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

    def with_admin_token(self, token: str | None) -> Settings:
        return replace(self, admin_token=token or None)

    def with_limits(self, limits: Limits) -> Settings:
        return replace(self, limits=limits)

    def with_store(self, store: Path | None) -> Settings:
        return self if store is None else replace(self, store=store)
