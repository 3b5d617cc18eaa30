"""The pages' templates: the server's own, then the validation report's (plankg/templates), whose
macros the pages reuse. Autoescaped: every piece of document text is escaped."""

from __future__ import annotations

from pathlib import Path

from fastapi.templating import Jinja2Templates

from plankg import reports

templates = Jinja2Templates(directory=[Path(__file__).parent / "templates", reports.TEMPLATES])
# the report's helpers are globals, so that the macros imported from its templates see them
templates.env.globals.update(reports.report_context_functions())


def with_lang(href: str, language: str) -> str:
    """A link to one of our pages in ``language``: the query before the fragment (RFC 3986 §3)."""
    path, hash_mark, fragment = href.partition("#")
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}lang={language}{hash_mark}{fragment}"


templates.env.globals["with_lang"] = with_lang


def other_language_link(request: object, language: str) -> str:
    """This page in ``language``: the same path and query, ``lang`` replaced."""
    url = request.url  # type: ignore[attr-defined]
    switched = url.include_query_params(lang=language)
    return f"{switched.path}?{switched.query}"


templates.env.globals["other_language_link"] = other_language_link
