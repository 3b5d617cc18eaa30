"""Each seed document's extraction equals its golden file, checked by hand against the document.

To accept a deliberate change, run with PLANKG_UPDATE_GOLDEN=1, then read the diff of
tests/golden/ line by line against the source before committing it.
"""

from __future__ import annotations

import json
import os

import pytest

from loaders.gazetteer import Gazetteer
from loaders.reader import read_path

from .conftest import GOLDEN, SEEDS, SOURCES


@pytest.mark.parametrize("name", SEEDS)
def test_extraction_matches_golden(name: str, gazetteer: Gazetteer) -> None:
    extracted = read_path(SOURCES / name, gazetteer).to_json()
    golden_path = GOLDEN / name.replace(".txt", ".json")
    if os.environ.get("PLANKG_UPDATE_GOLDEN"):
        golden_path.write_text(json.dumps(extracted, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    golden = json.loads(golden_path.read_text(encoding="utf-8"))
    assert extracted == golden


def test_every_seed_has_a_golden_file() -> None:
    assert SEEDS, "no seed documents in data/sources"
    assert sorted(p.name.replace(".json", ".txt") for p in GOLDEN.glob("*.json")) == SEEDS
