"""The command line: ``plankg build | extract | validate | export | synth | query | serve | fmt``.

Exit status: 0 success; 1 the command ran and found problems (a document that could not be read,
a SHACL Violation); 2 the command could not run (bad arguments, no store, broken reference data).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import fields, replace
from pathlib import Path

from . import __version__
from .settings import ADMIN_TOKEN_VARIABLE, Limits, Settings
from .store import StoreError


class Progress:
    """A one-line progress report on a terminal; silent when stderr is a pipe or a file."""

    def __init__(self, label: str, total: int | None = None):
        self.label = label
        self.total = total
        self.count = 0
        self.enabled = sys.stderr.isatty()

    def __call__(self, item: str) -> None:
        self.count += 1
        if self.enabled:
            of = f"/{self.total}" if self.total else ""
            sys.stderr.write(f"\r\033[K{self.label} {self.count}{of}: {item}")
            sys.stderr.flush()

    def done(self) -> None:
        if self.enabled and self.count:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def _store_directory(value: str) -> Path:
    """--store of the commands that need the store on disk (validate also takes an endpoint)."""
    from .remote import is_endpoint

    if is_endpoint(value):
        raise argparse.ArgumentTypeError(
            f"{value} is a URL: this command needs a store directory "
            "(plankg build and validate take a SPARQL endpoint)"
        )
    return Path(value)


def _settings(args: argparse.Namespace) -> Settings:
    return Settings().with_store(getattr(args, "store", None))


def cmd_build(args: argparse.Namespace) -> int:
    from loaders.build import build, build_to_endpoint, source_files
    from loaders.model import DocumentError

    from .remote import store_location

    settings, endpoint = store_location(args.store)
    sources = args.sources or [settings.sources_dir]
    progress = Progress("reading", len(source_files(sources)))
    try:
        if endpoint:
            report = build_to_endpoint(settings, endpoint, args.graph_store, sources, progress)
        else:
            report = build(settings, sources, progress, stage_ended=_stage_ended(progress))
    except DocumentError as fatal:
        progress.done()
        print(f"plankg build: {fatal}", file=sys.stderr)
        return 2
    progress.done()
    for load in report.loaded:
        if load.plan:
            print(f"read {load.name}: {load.plan} ({load.tasks} tasks, {load.triples} triples)")
        for problem in load.problems:
            print(f"warning: {load.name}:{problem.line}: {problem.message}", file=sys.stderr)
    for failure in report.failures:
        kept = " (its previous graph is kept)" if failure.source in report.kept_previous else ""
        print(f"error: {failure}{kept}", file=sys.stderr)
    print(
        f"store {report.root}: {report.generation}, {len(report.loaded)} graphs, "
        f"{report.triples} triples in {report.seconds:.1f} s"
    )
    return 1 if report.failures else 0


def _stage_ended(progress: Progress) -> Callable[[str, float], None]:
    """Each stage of a build, said as it ends (a long build says where it is)."""

    def say(stage: str, seconds: float) -> None:
        progress.done()
        print(f"{stage}: {seconds:.1f} s", flush=True)

    return say


def cmd_extract(args: argparse.Namespace) -> int:
    from loaders.gazetteer import load_gazetteer
    from loaders.model import DocumentError
    from loaders.reader import read_path, text_view_lines

    settings = _settings(args)
    path = Path(args.file)
    try:
        if args.format == "lines":
            for number, line in enumerate(text_view_lines(path), 1):
                print(f"{number:>5}  {line}")
            return 0
        document = read_path(path, load_gazetteer(settings.reference_dir))
    except DocumentError as error:
        print(f"plankg extract: {error}", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(document.to_json(), ensure_ascii=False, indent=2))
        return 0
    if args.format == "ttl":
        from loaders.rdf import document_graph

        from .namespaces import PREFIXES

        graph = document_graph(document, load_gazetteer(settings.reference_dir))
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, replace=True)
        sys.stdout.write(graph.serialize(format="turtle"))
        return 0
    plan = document.plan
    print(f"{plan.kind} {plan.number or '(chưa có số)'} — {plan.issuer} — {plan.date or '(chưa có ngày)'}")
    print(
        f"  level {plan.level}, locality {plan.locality}, signer {plan.signer}, "
        f"focal agency {plan.focal_agency}"
    )
    for cited in plan.implements:
        marker = "implements" if cited.direct else "cites"
        print(f"  {marker} {cited.kind} {cited.number} ({cited.date}) of {cited.issuer}")
    print(f"  appendix: {document.appendix}; {len(document.tasks)} tasks")
    for problem in document.problems:
        print(f"  warning: line {problem.line}: {problem.message}")
    for task in document.tasks:
        lead = "; ".join(task.lead) or "—"
        print(
            f"  {task.id:<7} lines {task.lines.first}-{task.lines.last}  "
            f"lead: {lead}  timeframe: {task.timeframe or '—'}"
        )
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from . import reports
    from .remote import open_endpoint, store_location
    from .shacl_sparql import ShapesError
    from .sparql_source import SparqlSource, StoreSource
    from .store import open_read_only
    from .validation import validate_source

    settings, endpoint = store_location(args.store)
    if args.lang == "both" and args.format in ("csv", "html"):  # one language a file
        print(
            f"plankg validate: --format {args.format} is in one language: --lang vi or --lang en",
            file=sys.stderr,
        )
        return 2
    try:
        source: SparqlSource = (
            open_endpoint(endpoint) if endpoint else StoreSource(open_read_only(settings.store_path))
        )
        report = validate_source(source, settings, engine=args.engine)
    except ShapesError as error:
        print(f"plankg validate: {error}", file=sys.stderr)
        return 2
    if args.plan:
        summary = report.plan(args.plan) or next(
            (s for s in report.plans if reports.slug(s.iri) == args.plan), None
        )
        if summary is None:
            known = ", ".join(reports.slug(s.iri) for s in report.plans) or "none"
            print(
                f"plankg validate: --plan {args.plan}: no such plan read from a document (known: {known})",
                file=sys.stderr,
            )
            return 2
        report = report.for_plan(summary.iri)
    language = args.lang if args.lang in ("vi", "en") else "vi"
    if args.format == "json":
        output = reports.json_report(report)
    elif args.format == "csv":
        output = reports.csv_report(report, language)
    elif args.format == "ttl":
        output = reports.turtle_report(report)
    elif args.format == "html":
        output = reports.html_report(report, language)
    else:
        output = reports.text_report(report, (args.lang,) if args.lang in ("vi", "en") else ("vi", "en"))
    sys.stdout.write(output)
    return 1 if report.has_violations else 0


def cmd_query(args: argparse.Namespace) -> int:
    from .named_queries import QueryError, resolve
    from .results import write_results
    from .store import open_read_only

    settings = _settings(args)
    values: dict[str, str] = {}
    for item in args.param or []:
        name, separator, value = item.partition("=")
        if not separator or not name:
            print(f"plankg query: --param expects name=value, got {item!r}", file=sys.stderr)
            return 2
        if name in values:
            print(f"plankg query: parameter {name!r} given twice", file=sys.stderr)
            return 2
        values[name] = value
    try:
        query = resolve(args.query, settings.queries_dir)
        results = query.run(open_read_only(settings.store_path), values)
    except QueryError as error:
        print(f"plankg query: {error}", file=sys.stderr)
        return 2
    except SyntaxError as error:
        print(f"plankg query: {args.query}: {error}", file=sys.stderr)
        return 2
    write_results(results, args.format, sys.stdout)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from loaders.drafts import draft_derivations
    from loaders.summaries import derive_summaries_again
    from server.access_log import log_config
    from server.app import STORE_VARIABLE, create_app, store_handle

    if args.workers < 1:
        print(f"plankg serve: --workers {args.workers}: give 1 or more", file=sys.stderr)
        return 2
    try:
        limits = _limits(args)
    except ValueError as error:
        print(f"plankg serve: {error}", file=sys.stderr)
        return 2
    # opens the store (or asks the endpoint): a missing or damaged one stops here, clearly,
    # before any worker starts
    settings, handle = store_handle(args.store)
    settings = settings.with_limits(limits)
    if args.admin_token is not None:
        settings = settings.with_admin_token(args.admin_token)
    app = create_app(
        settings, handle, derive_for_draft=draft_derivations(settings), after_write=derive_summaries_again
    )
    served = args.store if handle.root is None else settings.store_path
    print(
        f"plankg {__version__}: serving {served} on http://{args.host}:{args.port}/"
        + (f" with {args.workers} workers" if args.workers > 1 else ""),
        flush=True,
    )
    if args.workers == 1:
        logging = log_config(args.log_level)
        uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, log_config=logging)
        return 0
    # Several processes, each with its own application over the same store (uvicorn's supervisor
    # shares the listening socket and restarts a worker that dies).
    del app
    os.environ[STORE_VARIABLE] = args.store if handle.root is None else str(settings.store_path.resolve())
    os.environ.update(limits.environment())
    if settings.admin_token is not None:
        os.environ[ADMIN_TOKEN_VARIABLE] = settings.admin_token
    uvicorn.run(
        "server.app:app_from_environment",
        factory=True,
        workers=args.workers,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        log_config=log_config(args.log_level),
    )
    return 0


def _limits(args: argparse.Namespace) -> Limits:
    """The limits of ``serve``: the options given, else the environment's, else the defaults."""
    given = {
        item.name: getattr(args, item.name)
        for item in fields(Limits)
        if getattr(args, item.name, None) is not None
    }
    return replace(Limits.from_environment(os.environ), **given)


def cmd_export(args: argparse.Namespace) -> int:
    from .export import FORMAT_FILES, description, write_dumps
    from .store import open_read_only

    settings = _settings(args)
    formats = tuple(args.format or FORMAT_FILES)
    stats = write_dumps(open_read_only(settings.store_path), args.out, formats)
    void = args.out / "void.ttl"
    void.write_text(description(stats, args.base_url).serialize(format="turtle"), encoding="utf-8")
    written = ", ".join(sorted(stats.files))
    print(f"{args.out}: {written}, void.ttl ({stats.triples} triples, {stats.quads} quads)")
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from loaders.synth import write_corpus

    settings = _settings(args)
    for name in ("provinces", "districts", "communes", "tasks"):
        value = getattr(args, name)
        if value is not None and value < (1 if name in ("provinces", "tasks") else 0):
            print(f"plankg synth: --{name} {value}: too few", file=sys.stderr)
            return 2
    if not 0 <= args.incomplete_share <= 1:
        print(
            f"plankg synth: --incomplete-share {args.incomplete_share}: a share from 0 to 1", file=sys.stderr
        )
        return 2
    manifest = write_corpus(
        args.out,
        settings.reference_dir,
        structure=args.structure,
        provinces_count=args.provinces,
        districts=args.districts,
        communes=args.communes,
        tasks=args.tasks,
        seed=args.seed,
        incomplete_share=args.incomplete_share,
    )
    print(
        f"{args.out}: {len(manifest.documents)} documents, {manifest.tasks} tasks, "
        f"{manifest.incomplete} without a lead or a timeframe (manifest.json)"
    )
    return 0


def cmd_fmt(args: argparse.Namespace) -> int:
    from .turtle import format_file, non_canonical

    settings = _settings(args)
    paths = [Path(p) for p in args.paths] or sorted(
        [*settings.ontology_dir.glob("*.ttl"), *settings.reference_dir.glob("*.ttl")]
    )
    if args.check:
        bad = non_canonical(paths)
        for path in bad:
            print(f"not canonical: {path} (run `make fmt`)", file=sys.stderr)
        return 1 if bad else 0
    for path in paths:
        if format_file(path):
            print(f"formatted {path}")
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from loaders.model import DocumentError
    from loaders.sheet_template import EXAMPLE_FIELDS, EXAMPLE_TABLE, write_sheet

    path = Path(args.file)
    if path.exists() and not args.force:
        print(f"plankg template: {path} exists (--force to overwrite)", file=sys.stderr)
        return 2
    try:
        write_sheet(path, EXAMPLE_FIELDS, EXAMPLE_TABLE)
    except DocumentError as error:
        print(f"plankg template: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"plankg template: cannot write {path}: {error.strerror}", file=sys.stderr)
        return 2
    print(f"wrote {path}: fill in the plan's fields and its tasks, then `plankg extract {path}`")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="plankg", description=__doc__.split("\n\n")[0])
    top.add_argument("--version", action="version", version=f"plankg {__version__}")
    commands = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return commands.add_parser(name, help=help_text, description=help_text)

    build = command("build", "read the documents and reference data into the store")
    build.add_argument(
        "--sources", nargs="+", type=Path, metavar="DIR", help="documents (default: data/sources)"
    )
    build.add_argument(
        "--store",
        metavar="PATH|URL",
        help="store directory (default: var/store), or a SPARQL endpoint to write the graphs to",
    )
    build.add_argument(
        "--graph-store",
        metavar="URL",
        help="with --store URL: its Graph Store Protocol endpoint (default for oxigraph: /store)",
    )
    build.set_defaults(run=cmd_build)

    extract = command("extract", "print what was read from one document")
    extract.add_argument("file", metavar="FILE")
    extract.add_argument(
        "--format",
        choices=("json", "text", "lines", "ttl"),
        default="json",
        help="json: what was read; text: a summary; lines: the numbered text the line numbers refer to; "
        "ttl: the document's graph in Turtle, as a build stores it (a draft to check with POST /shacl)",
    )
    extract.set_defaults(run=cmd_extract)

    template = command("template", "write the task-sheet template (.xlsx or .csv) with an example plan")
    template.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    template.add_argument("--force", action="store_true", help="overwrite an existing file")
    template.set_defaults(run=cmd_template)

    validate = command("validate", "SHACL report on the store; exit 1 when a Violation exists")
    validate.add_argument(
        "--store",
        metavar="PATH|URL",
        help="store directory (default: var/store), or a SPARQL endpoint whose default graph is the union",
    )
    validate.add_argument("--format", choices=("text", "json", "csv", "ttl", "html"), default="text")
    validate.add_argument(
        "--lang",
        choices=("vi", "en", "both"),
        default=None,
        help="text: both by default; csv and html: vi by default; json and ttl always carry both",
    )
    validate.add_argument("--plan", metavar="IRI", help="only this plan (its IRI, or the last part of it)")
    validate.add_argument(
        "--engine",
        choices=("fast", "pyshacl"),
        default="fast",
        help="fast: the shapes compiled to SPARQL and run by the store (default); pyshacl: the reference",
    )
    validate.set_defaults(run=cmd_validate)

    export = command(
        "export", "write the dataset's dumps (N-Quads, Turtle, JSON-LD) and its VoID/DCAT description"
    )
    export.add_argument("--store", type=_store_directory, metavar="PATH")
    export.add_argument("--out", type=Path, default=Path("dumps"), metavar="DIR", help="default: ./dumps")
    export.add_argument(
        "--format", choices=("nq", "ttl", "jsonld"), action="append", help="repeatable; default: all three"
    )
    export.add_argument(
        "--base-url",
        default="http://127.0.0.1:8000/",
        metavar="URL",
        help="where the dumps and the endpoint are served, for the description's links",
    )
    export.set_defaults(run=cmd_export)

    synth = command(
        "synth", "write a synthetic corpus of plan documents at the nation's scale (for benchmarks)"
    )
    synth.add_argument("--out", type=Path, required=True, metavar="DIR")
    synth.add_argument(
        "--structure",
        choices=("today", "before-2025", "both"),
        default="both",
        help="today: 34 provinces and their communes; before-2025: 63 provinces and their districts",
    )
    synth.add_argument(
        "--provinces", type=int, metavar="N", help="only the first N provinces of each structure"
    )
    synth.add_argument("--districts", type=int, default=705, metavar="N", help="district plans (before 2025)")
    synth.add_argument("--communes", type=int, default=3321, metavar="N", help="commune plans (today)")
    synth.add_argument("--tasks", type=int, default=25, metavar="N", help="tasks per plan")
    synth.add_argument("--seed", type=int, default=0, metavar="N")
    synth.add_argument(
        "--incomplete-share",
        type=float,
        default=0.1,
        metavar="F",
        help="share of tasks without a lead or a timeframe",
    )
    synth.set_defaults(run=cmd_synth)

    query = command("query", "run a named query (queries/NAME.rq) or a .rq file")
    query.add_argument("query", metavar="NAME|FILE")
    query.add_argument("--store", type=_store_directory, metavar="PATH")
    query.add_argument("--param", action="append", metavar="NAME=VALUE", help="bind a parameter (repeatable)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(run=cmd_query)

    serve = command("serve", "serve the store over HTTP (SPARQL endpoint and pages)")
    serve.add_argument(
        "--store",
        metavar="PATH|URL",
        help="store directory (default: var/store), or a SPARQL endpoint whose default graph is the union",
    )
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        metavar="N",
        help="processes serving requests over the one store, opened read-only by each (default 1)",
    )
    serve.add_argument(
        "--log-level", default="info", choices=("critical", "error", "warning", "info", "debug")
    )
    serve.add_argument(
        "--admin-token",
        metavar="TOKEN",
        help=f"accept writes (SPARQL Update, Graph Store Protocol) carrying this bearer token; "
        f"better given as {ADMIN_TOKEN_VARIABLE}, which other users cannot see in the process list",
    )
    defaults = Limits()
    limit_options = (
        ("query_seconds", float, "S", "a SPARQL query running longer is stopped: 503"),
        ("query_workers", int, "N", "processes running SPARQL queries; 0: in the server, no time limit"),
        ("waiting_queries", int, "N", "queries that may wait for a busy worker; more get 503, Retry-After"),
        ("result_bytes", int, "B", "a result larger than this is refused whole: 422"),
        ("body_bytes", int, "B", "a request body larger than this gets 413"),
        ("requests_in_flight", int, "N", "requests served at once; more get 503 with Retry-After"),
    )
    for name, kind, metavar, text in limit_options:
        serve.add_argument(
            "--" + name.replace("_", "-"),
            dest=name,
            type=kind,
            metavar=metavar,
            help=f"{text} (default {getattr(defaults, name)}, or {Limits.variable(name)})",
        )
    serve.set_defaults(run=cmd_serve)

    fmt = command("fmt", "write hand-edited Turtle in canonical form (--check only reports)")
    fmt.add_argument("paths", nargs="*", metavar="FILE")
    fmt.add_argument("--check", action="store_true")
    fmt.set_defaults(run=cmd_fmt)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except StoreError as error:
        print(f"plankg {args.command}: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (`plankg query ... | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())
