"""The on-disk store: pyoxigraph databases in generations, switched atomically.

``var/store`` is a directory of generations (``gen-…``) and a symlink ``active`` to the one in
service. A build writes a new generation, closes it, then replaces the symlink in one rename, so
readers never see a half-built store and a build killed at any moment leaves the previous one
intact. This is needed because pyoxigraph documents that opening a store read-only while another
process writes it is undefined behaviour: writers and readers never share a generation.

Beside each generation, ``gen-….files/`` holds what the server gives out with it: the documents it
was read from as they were published (``documents/``), the numbered lines their values point to
(``lines/``), the dataset's dumps with their description (``dumps/``) and the validation report
(``validation-report.json``), so that every page and download describes the generation in service.

Queries see the union of the named graphs as their default graph (DESIGN.md, "Data flow").
"""

from __future__ import annotations

import fcntl
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox

ACTIVE = "active"
GENERATION_PREFIX = "gen-"
# Generations are kept for the readers still on them: the previous one always, and any other for
# READERS_GRACE seconds after it left service (a query runs up to its time limit, a server looks
# for a new generation once a second; writes can publish several generations in that time).
READERS_GRACE = 120.0
RETIRED_SUFFIX = ".retired"
FILES_SUFFIX = ".files"
WRITE_WAIT = 10.0  # seconds a write waits for the store's lock before it is refused


@dataclass(frozen=True)
class GenerationFiles:
    """The files kept beside a generation (see the module's docstring)."""

    root: Path

    @classmethod
    def of(cls, generation: Path) -> GenerationFiles:
        return cls(generation.with_name(generation.name + FILES_SUFFIX))

    @property
    def documents(self) -> Path:
        return self.root / "documents"

    @property
    def lines(self) -> Path:
        return self.root / "lines"

    @property
    def dumps(self) -> Path:
        return self.root / "dumps"

    @property
    def report(self) -> Path:
        """The validation report the build made of the generation (``plankg.saved_report``)."""
        return self.root / "validation-report.json"

    def lines_of(self, file_name: str) -> Path:
        return self.lines / f"{file_name}.txt"


class StoreError(Exception):
    """The store is missing, damaged or locked; the message says which and where."""


def current_generation(root: Path) -> Path | None:
    """The generation in service under ``root``, or ``root`` itself if it is a plain pyoxigraph store."""
    link = root / ACTIVE
    if link.is_symlink() or link.exists():
        target = link.resolve()
        if not target.is_dir():
            raise StoreError(f"{link} points to {target}, which does not exist; run `plankg build` again")
        return target
    if (root / "CURRENT").is_file():
        return root  # a plain pyoxigraph (RocksDB) directory, e.g. one written by `oxigraph load`
    return None


def served_generation(root: Path) -> Path:
    """The generation in service under ``root``; StoreError saying what to do when there is none."""
    generation = current_generation(root)
    if generation is None:
        raise StoreError(f"no store at {root}: run `plankg build --store {root}` first")
    return generation


def open_read_only(root: Path) -> ox.Store:
    generation = served_generation(root)
    try:
        return ox.Store.read_only(str(generation))
    except OSError as error:
        raise StoreError(f"cannot open the store at {generation}: {error}") from None
    except RuntimeError as error:  # what RocksDB says of damaged files ("Corruption: …")
        rebuild = f"plankg build --store {root}"
        raise StoreError(
            f"the store at {generation} is damaged ({error}); build it again: `{rebuild}`"
        ) from None


@contextmanager
def build_lock(root: Path, wait: float = 0.0) -> Iterator[None]:
    """One build (or write) at a time per store directory; waits up to ``wait`` seconds for it."""
    root.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    with open(root / "build.lock", "w") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise StoreError(f"another build is writing {root}; wait for it to finish") from None
                time.sleep(0.02)
        yield


def new_generation(root: Path, create: bool = True) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    path = root / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}"
    if create:
        path.mkdir(parents=True)
    return path


def write_copy(root: Path, change: Callable[[ox.Store], None]) -> Path:
    """A new generation: the one in service, copied, then changed by ``change``; published.

    Copy on write, so that a write is what a build is to readers: the generation in service is
    never written, and a write that fails or is killed at any moment leaves it served and
    whole. The copy is cheap: ``Store.backup`` hard-links RocksDB's immutable files. The
    documents and their lines are linked into the new generation's files too; the dumps and the
    saved validation report describe the data before the change, so they are not carried over
    (the report is made afresh when asked for; the dumps by the next ``plankg build``).
    """
    # another write (of another server process) takes a moment: wait for it; a build, longer
    with build_lock(root, wait=WRITE_WAIT):
        current = served_generation(root)
        target = new_generation(root, create=False)
        try:
            open_read_only(root).backup(str(target))
            store = ox.Store(str(target))
            change(store)
            store.flush()
            del store  # closed: the generation is complete on disk before anyone opens it
            _link_files(GenerationFiles.of(current), GenerationFiles.of(target))
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            shutil.rmtree(GenerationFiles.of(target).root, ignore_errors=True)
            raise
        publish(root, target)
        return target


def _link_files(source: GenerationFiles, target: GenerationFiles) -> None:
    for directory in ("documents", "lines"):
        if (source.root / directory).is_dir():
            shutil.copytree(source.root / directory, target.root / directory, copy_function=os.link)


def publish(root: Path, generation: Path) -> None:
    """Make ``generation`` current with one atomic rename, then remove old generations."""
    previous = current_generation(root) if (root / ACTIVE).is_symlink() else None
    temporary = root / f".{ACTIVE}.{os.getpid()}"
    if temporary.is_symlink() or temporary.exists():
        temporary.unlink()
    temporary.symlink_to(generation.name)
    os.replace(temporary, root / ACTIVE)
    if previous is not None and previous != generation:
        _retired(previous).touch()  # when it left service: readers may be on it a while yet
    _prune(root, keep={generation, *([previous] if previous else [])})


def _retired(generation: Path) -> Path:
    """The marker of a generation that was in service, its time the time it left."""
    return generation.with_name(f".{generation.name}{RETIRED_SUFFIX}")


def _prune(root: Path, keep: set[Path]) -> None:
    """Remove the generations no reader can be on: those that left service more than
    READERS_GRACE seconds ago, and those never served (builds and writes that died before they
    published), each with its files. The current one and the one before it are always kept."""
    now = time.time()
    found = [p for p in root.glob(f"{GENERATION_PREFIX}*") if p.is_dir()]
    for path in sorted(p for p in found if not p.name.endswith(FILES_SUFFIX) and p not in keep):
        marker = _retired(path)
        if marker.exists() and now - marker.stat().st_mtime < READERS_GRACE:
            continue
        shutil.rmtree(path, ignore_errors=True)
        shutil.rmtree(GenerationFiles.of(path).root, ignore_errors=True)
        marker.unlink(missing_ok=True)
    for path in found:
        if (
            path.name.endswith(FILES_SUFFIX)
            and not path.with_name(path.name.removesuffix(FILES_SUFFIX)).is_dir()
        ):
            shutil.rmtree(path, ignore_errors=True)
    for marker in root.glob(f".{GENERATION_PREFIX}*{RETIRED_SUFFIX}"):
        if not marker.with_name(marker.name[1:].removesuffix(RETIRED_SUFFIX)).is_dir():
            marker.unlink(missing_ok=True)


class StoreHandle:
    """A read-only view of the current generation that follows new builds.

    It checks the ``active`` link at most once a second and opens the new generation when the
    link has moved; requests in flight keep the store object they started with.
    """

    def __init__(self, root: Path | None = None, store: ox.Store | None = None, check_every: float = 1.0):
        if (root is None) == (store is None):
            raise ValueError("give either the store directory or an open store")
        self.root = root
        self._store = store
        self._generation: Path | None = None
        self._checked = 0.0
        self._check_every = check_every
        self._lock = threading.Lock()
        if root is not None:
            self._open()

    def refresh(self) -> None:
        """Look at the disk now (after a write of this process: its next request sees the change)."""
        if self.root is not None:
            with self._lock:
                self._open()

    def _open(self) -> None:
        assert self.root is not None
        generation = served_generation(self.root)
        if generation != self._generation:
            self._store = open_read_only(self.root)
            self._generation = generation
        self._checked = time.monotonic()

    @property
    def checked_recently(self) -> bool:
        """Whether ``store`` can answer without looking at the disk (the link was checked lately)."""
        return self.root is None or time.monotonic() - self._checked <= self._check_every

    @property
    def store(self) -> ox.Store:
        if self.root is not None and time.monotonic() - self._checked > self._check_every:
            with self._lock:
                if time.monotonic() - self._checked > self._check_every:
                    self._open()
        assert self._store is not None
        return self._store

    @property
    def generation(self) -> str | None:
        return self._generation.name if self._generation else None

    @property
    def generation_path(self) -> Path | None:
        """The directory of the generation in service (None for a store opened directly)."""
        return self._generation

    @property
    def files(self) -> GenerationFiles | None:
        """The files kept beside the generation in service (None for a store opened directly)."""
        return GenerationFiles.of(self._generation) if self._generation else None
