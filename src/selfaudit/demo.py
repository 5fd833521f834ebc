"""The offline demo: a fictional worker audited against a fake internet on 127.0.0.1.

It runs exactly the code path of ``selfaudit audit``: the persona's sites are requested at their
real-looking addresses (``https://api.github.com/...``) and ``--route`` sends every one of them to
a loopback server that plays all of those hosts. Nothing leaves the machine.

A persona is a folder in ``data/demo/``: ``persona.toml`` (the subject, a one-line description
and the trainer's narration), ``sites.json`` (a WhatsMyName catalogue), ``web.json`` (what each
host answers) and ``pages/``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import tomllib
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

from . import catalogue as cat
from .engine import STAGES, AuditOptions
from .errors import InputError
from .exitcodes import ExitCode
from .fakeweb import FakeWeb, Reply
from .files import write_private
from .models import Report, Subject
from .net import NetConfig, Route
from .runner import OutputOptions, emit, run_audit
from .search import DuckDuckGoHtml
from .subject import SubjectInput, build_subject

DEFAULT_PERSONA = "exposed"
_CLOSED_PORT_BASE = "http://127.0.0.1:9"  # the discard port: nothing listens, so it is refused


@dataclass(frozen=True)
class Persona:
    name: str
    folder: Traversable

    def _toml(self) -> dict:
        return tomllib.loads(self.folder.joinpath("persona.toml").read_text("utf-8"))

    @property
    def description(self) -> str:
        return self._toml().get("description", "")

    @property
    def narration(self) -> dict[str, str]:
        return dict(self._toml().get("narration", {}))

    def subject(self) -> Subject:
        data = self._toml()
        raw = SubjectInput(name=data["name"])
        for field in ("aliases", "handles", "employers", "phones", "emails", "locations"):
            setattr(raw, field, list(data.get(field, [])))
        return build_subject(raw)

    def catalogue(self) -> cat.Catalogue:
        text = self.folder.joinpath("sites.json").read_bytes()
        return cat.loads(text, f"demo persona {self.name}", f"demo:{self.name}")

    def build_fake_web(self) -> tuple[FakeWeb, set[str], list[str]]:
        """The persona's fake internet, the origins it plays, and the ones that refuse."""
        spec = json.loads(self.folder.joinpath("web.json").read_text("utf-8"))
        pages = self.folder.joinpath("pages")
        web = FakeWeb()
        origins: set[str] = set()

        def reply(entry: dict) -> Reply:
            if "file" in entry:
                body: bytes | str = pages.joinpath(entry["file"]).read_bytes()
            else:
                body = entry.get("body", "")
            return Reply(
                status=entry.get("status", 200),
                body=body,
                content_type=entry.get("content_type", "text/html; charset=utf-8"),
                headers=tuple(entry.get("headers", {}).items()),
                delay=entry.get("delay", 0.0),
            )

        for entry in spec["pages"]:
            web.add_url(entry["url"], reply(entry))
            parts = urlsplit(entry["url"])
            origins.add(f"{parts.scheme}://{parts.netloc}")
        for entry in spec["defaults"]:
            web.default(entry["host"], reply(entry))
            origins.add(f"https://{entry['host']}")
        return web, origins, list(spec.get("refused", []))


def personas() -> dict[str, Persona]:
    root = resources.files("selfaudit").joinpath("data/demo")
    return {
        p.name: Persona(p.name, p)
        for p in sorted(root.iterdir(), key=lambda p: p.name)
        if p.is_dir() and p.joinpath("persona.toml").is_file()
    }


def persona_named(name: str) -> Persona:
    found = personas()
    if name not in found:
        raise InputError(f"no demo persona {name!r}: use one of {', '.join(found)}")
    return found[name]


def listing() -> str:
    lines = [f"{name:<10} {p.description}" for name, p in personas().items()]
    return "\n".join(lines) + "\n"


class PaceReporter:
    """For a live workshop: before each stage, one line of narration, then wait for Enter.

    Without a terminal (piped, CI) it prints the narration and does not wait.
    """

    def __init__(self, narration: dict[str, str], out: TextIO,
                 wait: Callable[[], object] | None) -> None:
        self._narration = narration
        self._out = out
        self._wait = wait
        self._keys = {text: key for key, text in STAGES.items()}

    def pause(self, key: str) -> None:
        line = self._narration.get(key)
        if not line:
            return
        self._out.write(f"\n>> {line}\n")
        self._out.flush()
        if self._wait is not None:
            self._out.write("   (press Enter to go on)")
            self._out.flush()
            self._wait()

    def stage(self, name: str, total: int) -> None:
        self.pause(self._keys.get(name, ""))

    def advance(self, amount: int = 1) -> None:
        pass

    def note(self, text: str) -> None:
        pass


def routes_for(web: FakeWeb, origins: set[str], refused: list[str]) -> tuple[Route, ...]:
    routes = tuple(Route.parse(f"{o}={web.base}") for o in sorted(origins))
    return routes + tuple(Route.parse(f"{o}={_CLOSED_PORT_BASE}") for o in refused)


def audit_persona(persona: Persona, reporter=None) -> Report:
    web, origins, refused = persona.build_fake_web()
    with web:
        config = NetConfig(
            timeout=1.0,
            routes=routes_for(web, origins, refused),
            retry_after_cap=1.0,
            only_routed=True,  # nothing may leave the machine, whatever a page links to
        )
        options = AuditOptions(workers=16, search=DuckDuckGoHtml(), search_spacing=0.0)
        return run_audit(persona.subject(), persona.catalogue(), config, options,
                         progress=False, reporter=reporter)


def open_in_browser(report: Report, opener: Callable[[str], object] | None = None) -> Path:
    """Write the HTML report to a private temporary file (0600) and open it."""
    from .render import Format, render

    opener = opener or webbrowser.open
    folder = Path(tempfile.mkdtemp(prefix="selfaudit-demo-"))
    path = folder / "report.html"
    write_private(path, render(report, Format.HTML))
    opener(path.as_uri())
    return path


def run_demo(
    out: OutputOptions,
    persona_name: str = DEFAULT_PERSONA,
    pace: bool = False,
    open_report: bool = False,
    stdin: TextIO | None = None,
) -> ExitCode:
    persona = persona_named(persona_name)
    stdin = stdin or sys.stdin
    reporter = None
    if pace:
        wait = stdin.readline if stdin.isatty() else None
        reporter = PaceReporter(persona.narration, sys.stderr, wait)
    report = audit_persona(persona, reporter)
    if reporter is not None:
        reporter.pause("report")
    if open_report:
        path = open_in_browser(report)
        sys.stderr.write(f"Opened the HTML report ({path}, readable by you only).\n")
    return emit(report, out, sys.stdout, sys.stderr)


def serve(persona_name: str, port: int = 0, stop: threading.Event | None = None,
          out: TextIO | None = None) -> None:
    """Keep the persona's fake internet up on 127.0.0.1 until Ctrl-C (or ``stop``)."""
    out = out or sys.stdout
    persona = persona_named(persona_name)
    web, _, _ = persona.build_fake_web()
    try:
        web.start(port)
    except OSError as exc:
        raise InputError(f"cannot serve on 127.0.0.1:{port} ({exc.strerror})") from None
    try:
        out.write(f"The fake internet of '{persona.name}' is up on {web.base} (loopback only).\n"
                  "Open these in a browser to show where each finding came from:\n")
        for url in browse_urls(persona, web):
            out.write(f"  {url}\n")
        out.write("Press Ctrl-C to stop.\n")
        out.flush()
        (stop or threading.Event()).wait()
    except KeyboardInterrupt:
        pass
    finally:
        web.stop()
        out.write("Stopped.\n")


def browse_urls(persona: Persona, web: FakeWeb) -> list[str]:
    """Each page of the persona, addressed so a browser reaches it: /_/HOST/PATH."""
    spec = json.loads(persona.folder.joinpath("web.json").read_text("utf-8"))
    urls = []
    for entry in spec["pages"]:
        if entry.get("content_type", "text/html").startswith(("text/html", "application/json")):
            parts = urlsplit(entry["url"])
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            urls.append(f"{web.base}/_/{parts.netloc}{path}")
    return urls
