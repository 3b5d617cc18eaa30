"""The order plans are listed in: each plan under the plan it implements, depth first.

One order for every listing of the hierarchy (the home page's tree, and the outline position the
build gives each plan for the ``plan-hierarchy`` query), so that both show the plans alike.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import TypeVar

# The language plans are listed in: the documents'. One only, so that a query reads a plan's label
# and locality without filtering by language (which costs pyoxigraph a lookup of each long text).
LISTED_LANGUAGE = "vi"
# Administrative levels from the top; a level not listed comes after them.
LEVEL_ORDER = {"national": 0, "province": 1, "district": 2, "commune": 3}

Node = TypeVar("Node", bound=Hashable)


def sibling_key(level: str, locality: str | None, label: str) -> tuple[int, str, str]:
    """How plans under one parent are ordered: by level, then locality, then label."""
    return (LEVEL_ORDER.get(level, len(LEVEL_ORDER)), locality or "", label)


def depth_first(
    nodes: Iterable[Node],
    parent: Callable[[Node], Node | None],
    key: Callable[[Node], tuple[int, str, str]],
) -> list[Node]:
    """``nodes`` in outline order: a root, then what it contains, before the next root. A node whose
    parent is not among ``nodes`` is a root; nodes caught in a cycle of parents (an error in the
    documents, which the validation reports) follow the rest, in ``key`` order, each once."""
    listed = list(nodes)
    children: dict[Node, list[Node]] = {}
    roots: list[Node] = []
    known = set(listed)
    for node in listed:
        above = parent(node)
        if above is not None and above in known and above != node:
            children.setdefault(above, []).append(node)
        else:
            roots.append(node)
    order: list[Node] = []
    seen: set[Node] = set()

    def visit(start: Node) -> None:
        stack = [start]  # iterative: a chain of thousands of plans must not exhaust Python's stack
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append(node)
            stack.extend(reversed(sorted(children.get(node, []), key=key)))

    for root in sorted(roots, key=key):
        visit(root)
    for node in sorted((n for n in listed if n not in seen), key=key):
        visit(node)
    return order
