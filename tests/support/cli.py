"""The command line run as a user runs it: ``python -m plankg.cli`` in a process of its own."""

from __future__ import annotations

import subprocess
import sys


def plankg(*arguments: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plankg.cli", *arguments],
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def validate_json(store: str, *options: str) -> subprocess.CompletedProcess[str]:
    """`plankg validate --store STORE --format json`, with more options."""
    return plankg("validate", "--store", store, "--format", "json", *options)
