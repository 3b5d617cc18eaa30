"""The development corpora: documents in every layout officials use, each with a truth file
written by hand from the document (tests/corpus_spec.md). Every value must be read exactly: plan
number, date, level, locality, signer, focal agency, parent plan, appendix status, and for every
task its id, lead, cooperating agencies, timeframe and opening words.

tests/corpus/ was written for development; tests/corpus_heldout1/ to corpus_heldout13/ were written
blind to measure the loaders once each, and after that measurement (their READMEs) became
development data too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .support.scoring import corpus, score

CORPUS = Path(__file__).parent / "corpus"
SPENT = sorted(Path(__file__).parent.glob("corpus_heldout*"))  # spent held-out corpora
CASES = corpus(CORPUS) + [case for directory in SPENT for case in corpus(directory)]


def test_the_corpus_covers_every_layout() -> None:
    layouts = {truth["layout"] for _, truth in corpus(CORPUS)}
    assert {f"L{n}" for n in range(1, 12)} <= layouts
    suffixes = {path.suffix for path, _ in corpus(CORPUS)}
    assert {".txt", ".md", ".docx", ".pdf", ".xlsx", ".csv"} <= suffixes


# Documents not yet read exactly, with what is known about why and the most they may miss (a
# regression beyond it fails). Text extracted from PDF box by box keeps no positions: where a
# column's cells are written out of step with the other columns' and are single short names,
# nothing in the text tells a lead from a cooperating agency.
KNOWN_LIMITS = {
    # Two rows' leads written before their cooperating cells, all short one-line names, and a
    # collective lead with a one-name cooperating cell.
    "n02_mocchau.txt": (2, 6),  # (tasks with a wrong lead or timeframe, differences)
    # A timeframe cell written before its column's header, and group titles ahead of the rows of
    # the group above.
    "q01_binh_dinh.txt": (5, 15),
    # A note's first words read as part of the cooperating cell beside it.
    "q02_cam_ranh.txt": (0, 1),
    # Drawn on the canvas line by line: the cells of four columns interleave on one line.
    "q03_bo_noi_vu.txt": (7, 20),
    # Drawn on the canvas: a line holds the words of two cells interleaved.
    "r01_bnnmt.txt": (13, 41),
    # One row's short cooperating cell and the next row's two-name lead cell taken for each other:
    # the single name is written just before the row's timeframe, the list after it.
    "04_thanh_hoa.txt": (1, 2),
    # Drawn on the canvas: a row cut by a page break, the rest of its task text and of its
    # cooperating cell written after the next page's header, beside the next rows' cells.
    "11_hoa_lu.txt": (4, 11),
    # Drawn on the canvas: the cooperating cells of a page written as a run after the other
    # columns', one of them empty; a task's last line split off after a page break.
    "thanuyen_xa_2025-08.txt": (0, 6),
    # A one-name cooperating cell and a collective lead taken for each other; a notes cell read as
    # a task's text.
    "xuyenmoc_huyen_2025-05.txt": (2, 6),
}


@pytest.mark.parametrize(("path", "truth"), CASES, ids=[path.name for path, _ in CASES])
def test_document_is_read_exactly(path: Path, truth: dict[str, Any]) -> None:
    result = score(path, truth)
    if path.name in KNOWN_LIMITS:
        wrong_tasks, differences = KNOWN_LIMITS[path.name]
        assert result.tasks - result.tasks_right <= wrong_tasks, "\n".join(result.differences)
        assert len(result.differences) <= differences, "\n".join(result.differences)
        return
    assert result.differences == [], "\n".join(result.differences)
