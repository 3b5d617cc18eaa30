"""SPARQL 1.1 Protocol §2.2: updates at /sparql, for the holder of the admin token (server.writes).

An update comes by POST, as a form with an ``update`` parameter (§2.2.1) or as the body itself,
``application/sparql-update`` (§2.2.2). Its dataset may be given by ``using-graph-uri`` and
``using-named-graph-uri`` (§2.2.3), which become USING and USING NAMED clauses of each of its
DELETE/INSERT operations; an operation with its own USING or WITH clause then makes the request
ambiguous, and a 400. An update's default graph is the store's own default graph (empty after a
build: every statement is in a named graph), not the union that queries see: a write names the
graphs it changes (GRAPH, WITH, USING), so that it never changes one it did not mean to.

A successful update answers 204 No Content. An update that would fetch URLs (SERVICE, LOAD) is
refused: the server reads nothing from the network for anyone.
"""

from __future__ import annotations

from collections.abc import Mapping

from fastapi import Request
from fastapi.responses import Response

from plankg.sparql_text import dataset_clauses, keywords, with_using

from .answers import ProtocolError, check_iris, refuse_deep_nesting
from .writes import authorise, write

USING_GRAPH_URI = "using-graph-uri"
USING_NAMED_GRAPH_URI = "using-named-graph-uri"


def run_update(
    request: Request,
    update: str,
    endpoint: str,
    url_params: Mapping[str, list[str]],
    form_params: Mapping[str, list[str]] | None = None,
) -> Response:
    authorise(request)
    refuse_deep_nesting(update, "update")
    given = [url_params, *([form_params] if form_params else [])]
    using = [iri for params in given for iri in params.get(USING_GRAPH_URI, [])]
    using_named = [iri for params in given for iri in params.get(USING_NAMED_GRAPH_URI, [])]
    check_iris(using, USING_GRAPH_URI)
    check_iris(using_named, USING_NAMED_GRAPH_URI)
    fetching = keywords(update) & {"SERVICE", "LOAD"}
    if fetching:
        raise ProtocolError(
            403, f"Updates that fetch from the network ({' and '.join(sorted(fetching))}) are not run here."
        )
    text = update
    if using or using_named:
        clauses = dataset_clauses(update)
        if clauses:
            # §2.2.3: a request with both is an error
            raise ProtocolError(
                400,
                f"The update has {' and '.join(sorted(clauses))} clauses and the request gives "
                f"{USING_GRAPH_URI}/{USING_NAMED_GRAPH_URI}: give the dataset one way only.",
            )
        text = with_using(update, using, using_named)
    # Relative IRIs resolve against the endpoint's IRI, as in queries.
    write(request, "update", update, lambda store: store.update(text, base_iri=endpoint))
    return Response(status_code=204, headers={"Vary": "Accept"})
