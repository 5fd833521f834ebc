"""The ``selfaudit`` command line. Command bodies stay short: they parse, then hand over to
:mod:`selfaudit.runner`. Every :class:`SelfauditError` becomes one line on stderr and exit 2.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from . import __version__
from .errors import InputError, SelfauditError
from .exitcodes import ExitCode

app = typer.Typer(
    help="Search yourself: see what a stranger can find about you online, and what to do.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,  # locals hold personal data
    add_completion=False,
    rich_markup_mode=None,
)
sites_app = typer.Typer(help="The site catalogue: list, validate, update.", no_args_is_help=True)
app.add_typer(sites_app, name="sites")


@contextmanager
def user_errors() -> Iterator[None]:
    """Our errors become one line on stderr and exit 2: never a traceback."""
    try:
        yield
    except SelfauditError as exc:
        typer.echo(f"selfaudit: error: {exc}", err=True)
        raise typer.Exit(ExitCode.BAD_INPUT) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"selfaudit {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """selfaudit: a local, honest privacy self-audit."""


FormatOpt = Annotated[str, typer.Option("--format", "-f", help="text, json, html or markdown.")]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="FILE", help="Write the report here (mode 0600)."),
]
RouteOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--route",
        metavar="ORIGIN=BASE",
        help="Send requests for ORIGIN to BASE, like curl --connect-to (repeatable).",
    ),
]
TimeoutOpt = Annotated[
    float, typer.Option("--timeout", help="Seconds allowed for each request.", min=0.1, max=300)
]
ConcurrencyOpt = Annotated[
    int, typer.Option("--concurrency", help="Checks run at once.", min=1, max=512)
]
DataDirOpt = Annotated[
    Path | None,
    typer.Option("--data-dir", envvar="SELFAUDIT_DATA_DIR", help="Where history is kept."),
]
SitesOpt = Annotated[
    str | None,
    typer.Option("--sites", help="A catalogue FILE replacing ours, or 'community'."),
]
SearchOpt = Annotated[
    str,
    typer.Option(
        "--search",
        envvar="SELFAUDIT_SEARCH",
        help="Search your name with duckduckgo, searxng or none.",
    ),
]
SearxngOpt = Annotated[
    str | None, typer.Option("--searxng-url", help="Your SearXNG instance, for --search searxng.")
]
SearchContactsOpt = Annotated[
    bool,
    typer.Option(
        "--search-contacts",
        help="Also search your phones and emails (the search engine sees them).",
    ),
]
MaxQueriesOpt = Annotated[int, typer.Option("--max-queries", help="Search queries at most.")]
RedactOpt = Annotated[
    bool,
    typer.Option("--redact", help="Mask phones, emails, addresses and image links (projector)."),
]
FailOnOpt = Annotated[
    str, typer.Option("--fail-on", help="Exit 1 on findings at or above: never|low|medium|high.")
]


@app.command()
def audit(
    name: Annotated[str | None, typer.Argument(help="Your full name.")] = None,
    handle: Annotated[
        list[str] | None,
        typer.Option("--handle", metavar="USERNAME", help="A username you use (repeatable)."),
    ] = None,
    alias: Annotated[
        list[str] | None,
        typer.Option("--alias", metavar="NAME", help="Another name people know you by."),
    ] = None,
    employer: Annotated[
        list[str] | None,
        typer.Option("--employer", metavar="ORG", help="Where you work, to look for."),
    ] = None,
    phone: Annotated[
        list[str] | None,
        typer.Option("--phone", metavar="NUMBER", help="A phone number to look for."),
    ] = None,
    email: Annotated[
        list[str] | None,
        typer.Option("--email", metavar="ADDRESS", help="An email address to look for."),
    ] = None,
    location: Annotated[
        list[str] | None,
        typer.Option("--location", metavar="TOWN", help="A town or area you live or work in."),
    ] = None,
    profile: Annotated[Path | None, typer.Option("--profile", help="A profile TOML file.")] = None,
    region: Annotated[str, typer.Option("--region", help="Phone region.")] = "GB",
    sites: SitesOpt = None,
    route: RouteOpt = None,
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    concurrency: ConcurrencyOpt = 300,
    timeout: TimeoutOpt = 10.0,
    search: SearchOpt = "duckduckgo",
    searxng_url: SearxngOpt = None,
    search_contacts: SearchContactsOpt = False,
    max_queries: MaxQueriesOpt = 8,
    save: Annotated[
        bool, typer.Option("--save/--no-save", help="Keep this run in history.")
    ] = True,
    data_dir: DataDirOpt = None,
    fail_on: FailOnOpt = "never",
    redact: RedactOpt = False,
) -> None:
    """Check where your handles have public profiles and what they show."""
    from . import options as opts

    with user_errors():
        subject = opts.subject_from(
            name, handle, alias, employer, phone, email, location, profile, region
        )
        out = opts.output_options(fmt, output, fail_on, redact)
        options = opts.audit_options(concurrency, search, searxng_url, search_contacts, max_queries)
        catalogue = opts.catalogue_from(sites)
        net_config = opts.net_config(route, timeout, concurrency)
        code = opts.audit_and_emit(subject, catalogue, net_config, options, out, save, data_dir)
    raise typer.Exit(int(code))


@app.command()
def demo(
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    fail_on: FailOnOpt = "never",
    redact: RedactOpt = False,
    persona: Annotated[str, typer.Option("--persona", help="Which fictional worker.")] = "exposed",
    list_personas: Annotated[bool, typer.Option("--list", help="List the personas.")] = False,
    pace: Annotated[
        bool, typer.Option("--pace", help="Pause with narration between stages (workshops).")
    ] = False,
    open_report: Annotated[
        bool, typer.Option("--open", help="Open the HTML report in your browser.")
    ] = False,
    serve: Annotated[
        bool, typer.Option("--serve", help="Keep the fake internet up to browse it; Ctrl-C stops.")
    ] = False,
    port: Annotated[
        int, typer.Option("--port", help="Port for --serve (0: any free).", min=0, max=65535)
    ] = 0,
) -> None:
    """Audit a fictional worker against a fake internet on this machine (no network needed)."""
    from . import demo as demo_mod
    from . import options as opts

    with user_errors():
        if list_personas:
            typer.echo(demo_mod.listing(), nl=False)
            raise typer.Exit(0)
        if serve:
            demo_mod.serve(persona, port)
            raise typer.Exit(0)
        out = opts.output_options(fmt, output, fail_on, redact)
        code = demo_mod.run_demo(out, persona, pace=pace, open_report=open_report)
    raise typer.Exit(int(code))


@app.command()
def init(region: Annotated[str, typer.Option("--region")] = "GB") -> None:
    """Save your profile (name, handles, employers, ...) so `audit` and `recheck` can use it."""
    from .commands import init_profile

    with user_errors():
        path, subject = init_profile(lambda q, d: typer.prompt(q, default=d), region)
    typer.echo(
        f"Saved your profile to {path} (readable by you only): "
        f"{len(subject.handles)} handles, {len(subject.employers)} employers."
    )


@app.command("history")
def history_cmd(data_dir: DataDirOpt = None) -> None:
    """List saved audits with their date, risk and counts."""
    from .commands import history_listing

    with user_errors():
        typer.echo(history_listing(data_dir), nl=False)


@app.command()
def show(
    run: Annotated[int, typer.Argument(help="A run number from `selfaudit history`.")],
    fmt: FormatOpt = "text",
    output: OutputOpt = None,
    redact: RedactOpt = False,
    data_dir: DataDirOpt = None,
) -> None:
    """Show a saved audit in any format."""
    from . import options as opts
    from .commands import show_run

    with user_errors():
        show_run(data_dir, run, opts.output_options(fmt, output, "never", redact))


@app.command()
def diff(
    run_a: Annotated[int | None, typer.Argument(help="The older run.")] = None,
    run_b: Annotated[int | None, typer.Argument(help="The newer run.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    data_dir: DataDirOpt = None,
) -> None:
    """What is new, gone and unchanged between two saved audits (default: the last two)."""
    from .commands import diff_runs

    with user_errors():
        if fmt not in ("text", "json"):
            raise InputError(f"unknown format {fmt!r}: use text or json")
        typer.echo(diff_runs(data_dir, run_a, run_b, fmt), nl=False)


@app.command()
def recheck(
    sites: SitesOpt = None,
    route: RouteOpt = None,
    concurrency: ConcurrencyOpt = 300,
    timeout: TimeoutOpt = 10.0,
    fail_on: FailOnOpt = "low",
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
    search: SearchOpt = "duckduckgo",
    searxng_url: SearxngOpt = None,
    search_contacts: SearchContactsOpt = False,
    max_queries: MaxQueriesOpt = 8,
    data_dir: DataDirOpt = None,
) -> None:
    """Audit with your saved profile and say what changed since the last complete run."""
    from . import options as opts
    from .commands import recheck as run_recheck

    with user_errors():
        opts.output_options("text", None, fail_on)
        if fmt not in ("text", "json"):
            raise InputError(f"unknown format {fmt!r}: use text or json")
        options = opts.audit_options(concurrency, search, searxng_url, search_contacts, max_queries)
        text, code = run_recheck(
            opts.catalogue_from(sites),
            opts.net_config(route, timeout, concurrency),
            options,
            data_dir,
            fail_on.lower(),
            fmt,
            sys.stderr.isatty(),
        )
    typer.echo(text, nl=False)
    raise typer.Exit(int(code))


@app.command()
def schedule(
    every: Annotated[str, typer.Option("--every", help="daily, weekly or monthly.")] = "weekly",
    install: Annotated[bool, typer.Option("--install", help="Write systemd user units.")] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """Print a crontab line and systemd user timer for regular rechecks."""
    from .commands import schedule_text

    with user_errors():
        typer.echo(schedule_text(every, install, data_dir), nl=False)


@app.command()
def forget(
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
    data_dir: DataDirOpt = None,
) -> None:
    """Delete your saved history and profile from this computer."""
    from .commands import forget_everything

    if not yes and not typer.confirm("Delete all saved audits and your profile?"):
        typer.echo("Nothing deleted.")
        raise typer.Exit(0)
    with user_errors():
        typer.echo(forget_everything(data_dir), nl=False)


@sites_app.command("list")
def sites_list(sites: SitesOpt = None) -> None:
    """List the sites in the catalogue."""
    from . import options as opts

    with user_errors():
        typer.echo(opts.sites_listing(opts.catalogue_from(sites)), nl=False)


@sites_app.command("validate")
def sites_validate(file: Annotated[Path, typer.Argument(help="A WhatsMyName JSON file.")]) -> None:
    """Check a catalogue file against the WhatsMyName schema; name the site and field wrong."""
    from .catalogue import load_file

    with user_errors():
        catalogue = load_file(file)
    typer.echo(
        f"{file}: {len(catalogue.sites)} sites, valid "
        f"({len(catalogue.skipped)} marked not valid and would be skipped)"
    )


@sites_app.command("update")
def sites_update(
    url: Annotated[str | None, typer.Option("--url", help="Where to download it from.")] = None,
    route: RouteOpt = None,
    timeout: TimeoutOpt = 30.0,
) -> None:
    """Download the community WhatsMyName catalogue (CC BY-SA 4.0) into your data folder."""
    from . import options as opts

    with user_errors():
        typer.echo(opts.update_community(url, route, timeout))


def main() -> None:
    """Console entry point. A bug of ours must not exit 1 (which means "findings"): it exits
    70 (EX_SOFTWARE) with one line, and no locals (they hold personal data) are printed."""
    try:
        app(prog_name="selfaudit", standalone_mode=True)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        print(f"selfaudit: internal error ({type(exc).__name__}): {exc}"[:300], file=sys.stderr)
        print("selfaudit: this is a bug; the report was not finished.", file=sys.stderr)
        sys.exit(ExitCode.INTERNAL_ERROR)
