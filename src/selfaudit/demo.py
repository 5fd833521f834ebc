"""The offline demo: a fictional worker audited against a fake internet on 127.0.0.1.

It runs exactly the code path of ``selfaudit audit``: the persona's sites are requested at their
real-looking addresses (``https://api.github.com/...``) and ``--route`` sends every one of them to
a loopback server that plays all of those hosts. Nothing leaves the machine.
"""

from __future__ import annotations

import json
import sys
import tomllib
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from urllib.parse import urlsplit

from . import catalogue as cat
from .engine import AuditOptions
from .exitcodes import ExitCode
from .fakeweb import FakeWeb, Reply
from .net import NetConfig, Route
from .runner import OutputOptions, emit, run_audit
from .subject import SubjectInput, build_subject

DEFAULT_PERSONA = "exposed"
_CLOSED_PORT_BASE = "http://127.0.0.1:9"  # the discard port: nothing listens, so it is refused


@dataclass(frozen=True)
class Persona:
    name: str
    folder: Traversable

    def subject(self):
        data = tomllib.loads(self.folder.joinpath("persona.toml").read_text("utf-8"))
        raw = SubjectInput(name=data["name"])
        for field in ("aliases", "handles", "employers", "phones", "emails", "locations"):
            setattr(raw, field, list(data.get(field, [])))
        return build_subject(raw)

    def catalogue(self) -> cat.Catalogue:
        text = self.folder.joinpath("sites.json").read_bytes()
        return cat.loads(text, f"demo persona {self.name}", f"demo:{self.name}")

    def web(self) -> dict:
        return json.loads(self.folder.joinpath("web.json").read_text("utf-8"))

    def build_fake_web(self) -> tuple[FakeWeb, set[str], list[str]]:
        """The persona's fake internet, the origins it plays, and the ones that refuse."""
        spec = self.web()
        pages = self.folder.joinpath("pages")
        web = FakeWeb()
        origins: set[str] = set()

        def reply(entry: dict) -> Reply:
            body = (
                pages.joinpath(entry["file"]).read_bytes()
                if "file" in entry
                else entry.get("body", "")
            )
            return Reply(
                status=entry.get("status", 200),
                body=body,
                content_type=entry.get("content_type", "text/html; charset=utf-8"),
                headers=tuple(entry.get("headers", {}).items()),
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


def run_demo(out: OutputOptions, persona_name: str = DEFAULT_PERSONA) -> ExitCode:
    persona = personas()[persona_name]
    web, origins, refused = persona.build_fake_web()
    with web:
        routes = tuple(Route.parse(f"{o}={web.base}") for o in sorted(origins))
        routes += tuple(Route.parse(f"{o}={_CLOSED_PORT_BASE}") for o in refused)
        config = NetConfig(timeout=5.0, routes=routes, retry_after_cap=1.0)
        report = run_audit(
            persona.subject(),
            persona.catalogue(),
            config,
            AuditOptions(workers=16),
            progress=sys.stderr.isatty(),
        )
    return emit(report, out, sys.stdout, sys.stderr)
