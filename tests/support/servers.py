"""Servers the tests start as separate processes (`plankg serve`, `make run`, `oxigraph serve`)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Generic, TypeVar

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_until_up(
    url: str, process: subprocess.Popen[bytes], seconds: float = 60, interval: float = 0.2
) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            errors = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise AssertionError(f"the server exited with status {process.returncode}: {errors}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(interval)
    process.kill()
    _, errors = process.communicate(timeout=10)
    output = errors.decode(errors="replace")[-2000:] if errors else ""
    raise AssertionError(f"{url} did not answer within {seconds} s; the server said: {output}")


@contextmanager
def serving(
    command: Sequence[str],
    probe: str,
    seconds: float = 60,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    interval: float = 0.2,
    stderr: IO[bytes] | None = None,
) -> Iterator[subprocess.Popen[bytes]]:
    """``command`` running in its own process group until ``probe`` answers; stopped (with its
    children: a supervisor's workers, `make`'s server) when the block ends."""
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=stderr if stderr is not None else subprocess.PIPE,
        start_new_session=True,
    )
    try:
        wait_until_up(probe, process, seconds, interval)
        yield process
    finally:
        # A group already gone (the server exited, or was killed for not answering) has nothing
        # left to stop, and the error that says why must not be hidden by one about the group.
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def group_memory_mb(group: int, field: str) -> float:
    """A memory figure of ``/proc/*/status`` (``VmRSS``: resident now, ``VmHWM``: its peak),
    summed over the processes of a process group (a server, its workers, their query workers)."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != group:  # the process group, after the state and the parent
                continue
            for line in (status.parent / "status").read_text().splitlines():
                if line.startswith(f"{field}:"):
                    total += int(line.split()[1])
        except (OSError, IndexError, ValueError):
            continue  # a process that ended meanwhile
    return round(total / 1024, 1)


def count_served(base: str, query: str) -> int:
    """The one number a counting SELECT answers, asked of the server at ``base``."""
    url = base + "/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(next(iter(json.load(response)["results"]["bindings"][0].values()))["value"])


@dataclass
class Readings(Generic[T]):
    """What readers sent repeatedly to a server got: every answer, and every failure."""

    answers: list[T] = field(default_factory=list)
    failures: list[BaseException] = field(default_factory=list)


@contextmanager
def reading_repeatedly(read: Callable[[], T], clients: int = 1) -> Iterator[Readings[T]]:
    """``clients`` threads calling ``read`` again and again until the block ends."""
    readings: Readings[T] = Readings()
    stop = threading.Event()

    def loop() -> None:
        while not stop.is_set():
            try:
                readings.answers.append(read())
            except BaseException as error:  # every failure is the finding
                readings.failures.append(error)

    threads = [threading.Thread(target=loop) for _ in range(clients)]
    for thread in threads:
        thread.start()
    try:
        yield readings
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=60)
