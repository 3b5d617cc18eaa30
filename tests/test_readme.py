"""The README's first two commands are `make run` and `make test`, and they do what it says."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from .conftest import HOME
from .support.servers import free_port, serving


def readme_commands() -> list[str]:
    text = (HOME / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```\w*\n(.*?)```", text, re.DOTALL)
    assert block, "the README opens with a code block of commands"
    return [line.split("#", 1)[0].strip() for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_make_run_and_make_test() -> None:
    assert readme_commands()[:2] == ["make run", "make test"]


def test_make_help_lists_the_targets() -> None:
    completed = subprocess.run(["make", "help"], cwd=HOME, capture_output=True, text=True, check=True)
    for target in ("install", "run", "test", "lint", "help"):
        assert f"make {target}" in completed.stdout


def test_make_test_runs_the_suite() -> None:
    # Running `make test` from inside the suite would recurse; check what it would run instead.
    completed = subprocess.run(["make", "-n", "test"], cwd=HOME, capture_output=True, text=True, check=True)
    assert ".venv/bin/pytest" in completed.stdout


@pytest.mark.slow
def test_make_run_builds_and_serves(tmp_path) -> None:  # type: ignore[no-untyped-def]
    port = free_port()
    command = ["make", "run", f"PORT={port}", f"STORE={tmp_path / 'store'}"]
    with serving(command, f"http://127.0.0.1:{port}/", 120, HOME, {**os.environ, "MAKEFLAGS": ""}):
        pass


def test_the_readme_documents_every_command_and_the_task_sheet_fields() -> None:
    from loaders.sheet_template import FIELD_LABELS, TABLE_HEADER
    from plankg.cli import parser

    text = (HOME / "README.md").read_text(encoding="utf-8")
    commands = parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"plankg {name}" in text, name
    for label, _ in FIELD_LABELS:
        assert f"`{label}`" in text, label
    assert " | ".join(TABLE_HEADER[:3]) in text.replace("`", "")
