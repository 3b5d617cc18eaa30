"""Documents drawn by hypothesis, read as officials' files are: random bytes under every suffix,
real plans damaged (cut, broken UTF-8, lines lost or doubled, control characters), task sheets with
cells missing. Each is read into a plan or refused with a DocumentError that names the file, never
anything else; and a build of damaged documents beside sound ones loads the sound ones whole and
writes nothing of the refused ones."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from loaders.build import build
from loaders.formats import ALL_SUFFIXES
from loaders.gazetteer import Gazetteer
from loaders.model import DocumentError
from loaders.rdf import document_graph
from loaders.reader import read_path
from plankg.namespaces import source_graph
from plankg.settings import Settings
from plankg.store import current_generation

from .conftest import HOME, SOURCES

SEED = sorted(SOURCES.glob("*.txt"))[-1].read_bytes()  # a provincial plan with a task table


def fuzz(examples: int, shrink: bool = True) -> settings:
    """Settings of a fuzzing test; a slow one (a build per example) reports its failure unshrunk."""
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        phases=list(Phase) if shrink else [Phase.explicit, Phase.generate],
    )


def read_or_refuse(path: Path, gazetteer: Gazetteer) -> bool:
    """True if read (and written as RDF), False if refused with a DocumentError naming the file."""
    try:
        document = read_path(path, gazetteer)
    except DocumentError as error:
        assert path.name in str(error), error
        return False
    document_graph(document, gazetteer)
    return True


@fuzz(40)
@given(content=st.binary(max_size=4096), suffix=st.sampled_from(ALL_SUFFIXES))
def test_random_bytes_under_any_suffix_are_read_or_refused(
    gazetteer: Gazetteer, tmp_path_factory: pytest.TempPathFactory, content: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("bytes") / f"random{suffix}"
    path.write_bytes(content)
    read_or_refuse(path, gazetteer)


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """The seed plan with a few damages of the kinds files really suffer."""
    text = SEED
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["cut", "bytes", "drop-lines", "double-lines", "controls", "truncate"]))
        at = draw(st.integers(0, len(text)))
        if kind == "cut":
            text = text[:at] + text[at + draw(st.integers(1, 2000)) :]
        elif kind == "bytes":
            text = text[:at] + draw(st.binary(min_size=1, max_size=8)) + text[at:]
        elif kind == "truncate":
            text = text[:at]
        elif kind == "controls":
            noise = draw(st.text(alphabet=st.characters(max_codepoint=0x3000), min_size=1, max_size=20))
            text = text[:at] + noise.encode("utf-8", "surrogatepass") + text[at:]
        else:
            lines = text.split(b"\n")
            index = draw(st.integers(0, max(0, len(lines) - 1)))
            lines[index:index] = [] if kind == "drop-lines" else lines[index : index + 3]
            if kind == "drop-lines":
                del lines[index : index + draw(st.integers(1, 10))]
            text = b"\n".join(lines)
    return text


@fuzz(60)
@given(content=damaged())
def test_a_damaged_plan_is_read_or_refused(
    gazetteer: Gazetteer, tmp_path_factory: pytest.TempPathFactory, content: bytes
) -> None:
    path = tmp_path_factory.mktemp("damaged") / "plan.txt"
    path.write_bytes(content)
    read_or_refuse(path, gazetteer)


HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Khuyến nghị"]
METADATA = [
    ["Cơ quan ban hành", "Ủy ban nhân dân thành phố Cần Thơ"],
    ["Số", "97/KH-UBND"],
    ["Ngày ban hành", "2025-04-26"],
    ["Thực hiện", "Quyết định số 27/QĐ-TTg"],
]
CELL = st.one_of(
    st.just(""), st.text(max_size=40), st.sampled_from(["Sở Tư pháp", "2025", "Hằng năm", "1", "II.3"])
)


@fuzz(40)
@given(
    rows=st.lists(st.lists(CELL, min_size=0, max_size=len(HEADER) + 2), max_size=12),
    header=st.permutations(HEADER).map(lambda names: names[: len(names) - 1]) | st.just(HEADER),
)
def test_a_task_sheet_with_missing_cells_is_read_or_refused(
    gazetteer: Gazetteer, tmp_path_factory: pytest.TempPathFactory, rows: list[list[str]], header: list[str]
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerows([*METADATA, [], header, *rows])
    path = tmp_path_factory.mktemp("sheet") / "tasks.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    read_or_refuse(path, gazetteer)


@fuzz(4, shrink=False)
@given(contents=st.lists(damaged(), min_size=2, max_size=3))
def test_a_build_of_damaged_documents_writes_only_what_it_could_read(
    tmp_path_factory: pytest.TempPathFactory, contents: list[bytes]
) -> None:
    root = tmp_path_factory.mktemp("build")
    sources = root / "sources"
    sources.mkdir()
    shutil.copy(sorted(SOURCES.glob("*.txt"))[0], sources / "sound.txt")
    for number, content in enumerate(contents):
        (sources / f"damaged-{number}.txt").write_bytes(content)
    report = build(Settings(home=HOME, store=root / "store"), [sources])
    generation = current_generation(root / "store")
    assert generation is not None
    store = ox.Store.read_only(str(generation))
    graphs = {g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode)}
    names = {path.name for path in sources.iterdir()}
    read = {load.name for load in report.loaded if load.name in names}
    refused = {failure.source for failure in report.failures}
    assert "sound.txt" in read
    assert {load.graph for load in report.loaded} <= graphs  # each document read is in the store…
    assert not {str(source_graph(name)) for name in refused} & graphs  # …and nothing of the others
    assert read | refused == names and not read & refused


def test_a_huge_document_is_read_whole(gazetteer: Gazetteer, tmp_path: Path) -> None:
    """Two megabytes of plan: a provincial plan's heading, then ten thousand tasks."""
    text = SEED.decode("utf-8")
    task = "Tăng cường truyền thông, giáo dục về quyền trẻ em trong gia đình, nhà trường và cộng đồng; " * 2
    tasks = "\n".join(f"{number}. {task}" for number in range(1, 10_001))
    path = tmp_path / "huge.txt"
    path.write_text(
        text[: text.index("#### II.")] + "#### II. NHIỆM VỤ VÀ GIẢI PHÁP\n\n" + tasks, encoding="utf-8"
    )
    assert path.stat().st_size > 2_000_000
    document = read_path(path, gazetteer)
    assert [t.id for t in document.tasks] == [str(number) for number in range(1, 10_001)]
