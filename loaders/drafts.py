"""What a build derives for a document, made for a draft posted to the server's /shacl.

The server does not import the loaders (dependencies point from ``loaders`` and ``server`` to
``plankg`` only); ``plankg serve`` hands it this function, so that a draft is checked with the
links to its higher plan and the successions of the agencies it names, as a build would add them.
"""

from __future__ import annotations

from collections.abc import Callable

from rdflib import Graph

from plankg.settings import Settings

from .gazetteer import load_gazetteer
from .links import links_graph
from .successions import successions_graph


def draft_derivations(settings: Settings) -> Callable[[Graph, Graph], Graph]:
    gazetteer = load_gazetteer(settings.reference_dir)

    def derive(published: Graph, draft: Graph) -> Graph:
        """The successions of the agencies the draft names, then its links, made against the
        published graph as a build makes them against the reference data and documents."""
        successions = successions_graph(published, [draft], gazetteer)
        return successions + links_graph(published + successions, [draft])

    return derive
