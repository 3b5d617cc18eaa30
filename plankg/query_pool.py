"""Query workers: processes that run SPARQL queries and can be killed when they take too long.

pyoxigraph cannot cancel a query once started, and a thread cannot be stopped from outside. So the
endpoint sends each query to a worker process holding the store open read-only; the server waits for
the answer at most the time limit, then kills the worker (SIGKILL: the work stops at once, whatever
the engine is doing) and starts another in its place. The client gets an error status within the
limit plus the time to kill, and the slot is served again by the new worker.

The pool also bounds concurrency: ``size`` queries run at once and ``waiting`` more may wait for a
worker; a query beyond those is refused at once (``Saturated``), as is one that has waited twice
the time limit without getting a worker. Workers are new interpreters (``python -m
plankg.query_pool``), not forks (the server has threads) nor multiprocessing's spawned children
(which import the server's main module again: a script, a test runner, whatever started it); each
talks to the server over its end of a socket pair, and ends when the server's end closes.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

import pyoxigraph as ox

from .query_job import ENGINE, STOPPED, TIMEOUT, Answer, QueryJob, run_job

log = logging.getLogger(__name__)

_START_TIMEOUT = 60.0  # seconds a new worker may take to start and open the store


class Saturated(Exception):
    """Every worker is busy and the queue of waiting queries is full (or was not served in time)."""


@dataclass(eq=False)  # identity: kept in a set
class _Worker:
    process: subprocess.Popen[bytes]
    connection: Connection


def _serve(connection: Connection, generation: str | None) -> None:
    """A worker's loop: open the generation named with each job (kept open while it is the same),
    run the job, send the answer. Ends when the server's end of the pipe closes."""
    store: ox.Store | None = None
    opened: str | None = None

    def open_store(path: str) -> ox.Store:
        nonlocal store, opened
        if store is None or opened != path:
            store = ox.Store.read_only(path)
            opened = path
        return store

    if generation is not None:
        with contextlib.suppress(OSError, RuntimeError):  # reported with the first job, which opens it again
            open_store(generation)
    connection.send("ready")
    while True:
        try:
            path, job = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer = run_job(open_store(path), job)
        except (OSError, RuntimeError) as error:  # RuntimeError: RocksDB's "Corruption: …"
            answer = Answer(ENGINE, message=f"The store at {path} cannot be opened: {error}")
        connection.send(answer)


class QueryPool:
    """``size`` worker processes running queries with a time limit (see the module's docstring)."""

    def __init__(self, size: int, time_limit: float, waiting: int, generation: Path | None = None):
        if size < 1:
            raise ValueError("a query pool needs at least one worker")
        self.size = size
        self.time_limit = time_limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._admitted = threading.BoundedSemaphore(size + waiting)
        self._closed = False
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self.replaced = 0  # workers killed at the time limit or lost, and started again
        for _ in range(size):
            self._idle.put(self._start(generation))

    def _start(self, generation: Path | None) -> _Worker:
        ours, theirs = socket.socketpair()
        with theirs:
            process = subprocess.Popen(
                [sys.executable, "-m", "plankg.query_pool", str(theirs.fileno()), str(generation or "")],
                pass_fds=[theirs.fileno()],
                stdin=subprocess.DEVNULL,
            )
        connection = Connection(ours.detach())
        try:
            started = connection.poll(_START_TIMEOUT) and connection.recv() == "ready"
        except (EOFError, OSError):
            started = False
        if not started:
            process.kill()
            process.wait()
            connection.close()
            raise RuntimeError(f"a query worker did not start (exit status {process.poll()})")
        worker = _Worker(process, connection)
        with self._lock:
            self._workers.add(worker)
        return worker

    def run(self, generation: Path, job: QueryJob) -> Answer:
        """Run ``job`` over ``generation`` in a worker; raises Saturated when none can take it."""
        if self._closed or not self._admitted.acquire(blocking=False):
            raise Saturated
        try:
            try:
                # a worker frees within the time limit, or is replaced; wait out two limits
                worker = self._idle.get(timeout=2 * self.time_limit)
            except queue.Empty:
                raise Saturated from None
            return self._run_in(worker, generation, job)
        finally:
            self._admitted.release()

    def _run_in(self, worker: _Worker, generation: Path, job: QueryJob) -> Answer:
        started = time.monotonic()
        try:
            worker.connection.send((str(generation), job))
            if worker.connection.poll(self.time_limit):
                answer: Answer = worker.connection.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError) as error:
            log.error("query worker %s stopped: %s", worker.process.pid, error)
            self._replace(worker, generation)
            return Answer(STOPPED, message="The process running the query stopped unexpectedly.")
        self._replace(worker, generation)
        elapsed = time.monotonic() - started
        log.warning("query stopped at the time limit (%.1f s): %.200s", elapsed, job.query)
        return Answer(
            TIMEOUT,
            message=(
                f"The query ran longer than {self.time_limit:g} s, the limit of this endpoint, "
                "and was stopped. Narrow it (more specific patterns, LIMIT), or download the "
                "dataset from /dumps and query it locally."
            ),
        )

    def _replace(self, worker: _Worker, generation: Path) -> None:
        """Kill ``worker`` now; start its successor in the background (the answer does not wait)."""
        worker.process.kill()
        worker.process.wait()
        worker.connection.close()
        with self._lock:
            self._workers.discard(worker)
            self.replaced += 1

        def start_successor() -> None:
            if self._closed:
                return
            try:
                self._idle.put(self._start(generation))
            except (RuntimeError, OSError) as error:
                log.error("could not start a query worker: %s", error)

        threading.Thread(target=start_successor, name="plankg-query-worker-start", daemon=True).start()

    @property
    def worker_pids(self) -> list[int]:
        """The process ids of the running workers (for health reports and fault tests)."""
        with self._lock:
            return [worker.process.pid for worker in self._workers]

    @property
    def idle(self) -> int:
        """Workers waiting for a query now."""
        return self._idle.qsize()

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers, self._workers = set(self._workers), set()
        for worker in workers:
            worker.connection.close()  # the worker's recv() ends: it returns
            try:
                worker.process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                worker.process.kill()
                worker.process.wait()


if __name__ == "__main__":  # a worker: python -m plankg.query_pool FD GENERATION
    _serve(Connection(int(sys.argv[1])), sys.argv[2] or None)
