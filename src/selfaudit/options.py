"""Turn raw CLI values into the typed things the engine takes, refusing bad ones clearly.

Imported lazily by the CLI so that ``selfaudit --version`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from . import catalogue as cat
from .engine import AuditOptions
from .errors import InputError
from .exitcodes import ExitCode
from .files import write_private
from .models import Subject
from .net import NetConfig, Route
from .paths import community_catalogue_path
from .render import Format
from .render.safe import clean
from .runner import FAIL_ON, OutputOptions, emit
from .subject import SubjectInput, build_subject, load_profile

COMMUNITY_URL = "https://raw.githubusercontent.com/WebBreacher/WhatsMyName/main/wmn-data.json"


def subject_from(
    name: str | None,
    handles: list[str] | None,
    aliases: list[str] | None,
    employers: list[str] | None,
    phones: list[str] | None,
    emails: list[str] | None,
    locations: list[str] | None,
    profile: Path | None,
    region: str,
) -> Subject:
    flags = SubjectInput(
        name=name,
        handles=list(handles or []),
        aliases=list(aliases or []),
        employers=list(employers or []),
        phones=list(phones or []),
        emails=list(emails or []),
        locations=list(locations or []),
    )
    if profile:
        raw = load_profile(profile).merged_with(flags)
    elif name is None:
        from .commands import saved_profile

        saved = saved_profile()
        if saved is None:
            raise InputError(
                "give your full name and --handle, or run `selfaudit init` to save a profile"
            )
        raw = saved.merged_with(flags)
    else:
        raw = flags
    subject = build_subject(raw, region)
    if not subject.handles:
        raise InputError("give at least one --handle (a username you use online) to check")
    return subject


def output_options(
    fmt: str, output: Path | None, fail_on: str, redact: bool = False
) -> OutputOptions:
    try:
        chosen = Format(fmt.lower())
    except ValueError:
        raise InputError(
            f"unknown format {fmt!r}: use one of {', '.join(f.value for f in Format)}"
        ) from None
    if fail_on.lower() not in FAIL_ON:
        raise InputError(f"unknown --fail-on {fail_on!r}: use one of {', '.join(FAIL_ON)}")
    if output is not None:
        if output.is_dir():
            raise InputError(f"output {output} is a directory")
        folder = output.expanduser().parent
        if not folder.is_dir():  # say so now, not after the whole audit has run
            raise InputError(f"output {output}: the folder {folder} does not exist")
    color = (
        sys.stdout.isatty()
        and output is None
        and chosen is Format.TEXT
        and not os.environ.get("NO_COLOR")
    )
    return OutputOptions(
        fmt=chosen, output=output, fail_on=fail_on.lower(), color=color, redact=redact
    )


def audit_options(
    concurrency: int,
    search: str,
    searxng_url: str | None,
    search_contacts: bool = False,
    max_queries: int = 8,
) -> AuditOptions:
    """The engine's options; the search backend is chosen here, bad choices refused."""
    backend = None
    if search.strip().lower() != "none":  # the search package is not even imported for none
        from .search import make_backend

        try:
            backend = make_backend(search, searxng_url)
        except ValueError as exc:
            raise InputError(str(exc)) from None
    if not 0 <= max_queries <= 50:
        raise InputError(f"--max-queries {max_queries}: use a number from 0 to 50")
    return AuditOptions(
        workers=concurrency,
        search=backend,
        search_contacts=search_contacts,
        max_queries=max_queries,
    )


def catalogue_from(sites: str | None) -> cat.Catalogue:
    if sites is None:
        return cat.load_bundled()
    if sites == "community":
        path = community_catalogue_path()
        if not path.exists():
            raise InputError(
                "no community catalogue yet: run `selfaudit sites update` to download it"
            )
        return cat.load_bundled().merged_over(cat.load_file(path, cat.COMMUNITY))
    return cat.load_file(Path(sites))


def parse_routes(route: list[str] | None) -> tuple[Route, ...]:
    return tuple(Route.parse(r) for r in route or [])


def net_config(route: list[str] | None, timeout: float, concurrency: int) -> NetConfig:
    return NetConfig(timeout=timeout, routes=parse_routes(route), pool_size=concurrency)


def audit_and_emit(
    subject: Subject,
    catalogue: cat.Catalogue,
    net_config: NetConfig,
    options: AuditOptions,
    out: OutputOptions,
    save: bool = False,
    data_dir: Path | None = None,
) -> ExitCode:
    from .commands import audit_saved

    report, _ = audit_saved(
        subject, catalogue, net_config, options, sys.stderr.isatty(), data_dir, save
    )
    return emit(report, out, sys.stdout, sys.stderr)


def sites_listing(catalogue: cat.Catalogue) -> str:
    lines = []
    for site in sorted(catalogue.sites, key=lambda s: s.name.casefold()):
        how = (
            "check by hand" if site.check_by_hand else ("skipped" if not site.valid else "checked")
        )
        address = site.uri_pretty or site.uri_check
        # A catalogue may come from anywhere: its text is shown cleaned, like scraped text.
        lines.append(clean(f"{site.name:<28} {site.cat:<10} {how:<14} {address}"))
    lines.append(f"{len(catalogue.sites)} sites ({', '.join(catalogue.sources)})")
    if cat.COMMUNITY in catalogue.sources:
        lines.append(f"Community data: {cat.COMMUNITY_LICENCE}")
    return "\n".join(lines) + "\n"


def update_community(url: str | None, route: list[str] | None, timeout: float) -> str:
    """Download, validate, then store the community catalogue. Never done silently."""
    from .net import FetchError, Net

    source = url or COMMUNITY_URL
    config = NetConfig(timeout=timeout, routes=parse_routes(route), max_bytes=20_000_000)
    with Net(config) as net:
        try:
            response = net.get(source)
        except FetchError as exc:
            raise InputError(f"could not download {source}: {exc.reason}") from None
    if response.status != 200:
        raise InputError(f"could not download {source}: HTTP {response.status}")
    if response.truncated:
        raise InputError(f"could not download {source}: larger than 20 MB")
    catalogue = cat.loads(response.body, source, cat.COMMUNITY)
    path = community_catalogue_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_private(path, response.text())
    return (
        f"Saved {len(catalogue.sites)} sites from {source} to {path}.\n"
        f"Use them with --sites community. Licence: {cat.COMMUNITY_LICENCE}"
    )
