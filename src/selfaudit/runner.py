"""Glue between the CLI and the engine: run an audit, show progress, write the outputs.

Kept apart from ``cli.py`` so the Typer command bodies stay a few lines each and this logic is
tested directly.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .catalogue import Catalogue
from .engine import Audit, AuditOptions, Reporter, SilentReporter
from .exitcodes import ExitCode
from .files import write_private
from .models import Report, Severity, Subject
from .net import Net, NetConfig
from .render import Format, render

FAIL_ON = ("never", "low", "medium", "high")


@dataclass(frozen=True)
class OutputOptions:
    fmt: Format = Format.TEXT
    output: Path | None = None
    fail_on: str = "never"
    color: bool = False
    width: int = 100
    redact: bool = False


class ProgressReporter:
    """A rich progress bar on stderr; the CLI uses it only when stderr is a terminal."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self._progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=Console(file=stream, markup=False, highlight=False),
            transient=True,
        )
        self._task = None

    def __enter__(self) -> ProgressReporter:
        self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._progress.stop()

    def stage(self, name: str, total: int) -> None:
        if self._task is not None:
            self._progress.remove_task(self._task)
        self._task = self._progress.add_task(name, total=total)

    def advance(self, amount: int = 1) -> None:
        if self._task is not None:
            self._progress.advance(self._task, amount)

    def note(self, text: str) -> None:
        pass


@contextmanager
def stop_on_signals(stop: threading.Event, net: Net) -> Iterator[None]:
    """Ctrl-C or SIGTERM sets ``stop`` and closes the network, so the engine winds down fast
    and returns what it had, marked incomplete."""

    def handler(signum, frame) -> None:  # noqa: ARG001
        stop.set()
        net.close()

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def run_audit(
    subject: Subject,
    catalogue: Catalogue,
    net_config: NetConfig,
    options: AuditOptions,
    progress: bool,
    reporter: Reporter | None = None,
) -> Report:
    stop = threading.Event()
    with Net(net_config) as net, stop_on_signals(stop, net):
        if reporter is not None:
            return Audit(subject, catalogue, net, options, reporter, stop).run()
        if progress:
            with ProgressReporter(sys.stderr) as reporter:
                return Audit(subject, catalogue, net, options, reporter, stop).run()
        return Audit(subject, catalogue, net, options, SilentReporter(), stop).run()


def exit_code_for(report: Report, fail_on: str) -> ExitCode:
    if not report.complete:
        return ExitCode.INTERRUPTED
    if report.nothing_checked and not report.findings:
        return ExitCode.COULD_NOT_RUN
    if fail_on != "never":
        threshold = Severity(fail_on).rank
        if any(f.severity.rank >= threshold and not f.may_not_be_you for f in report.findings):
            return ExitCode.FINDINGS
    return ExitCode.OK


def emit(report: Report, out: OutputOptions, stdout: TextIO, stderr: TextIO) -> ExitCode:
    """Print the report and write the file the user asked for; return the exit code."""
    code = exit_code_for(report, out.fail_on)
    if out.redact:
        from .render.redact import redact

        report = redact(report)
    if out.output is not None:
        write_private(out.output, render(report, out.fmt))
        stdout.write(render(report, Format.TEXT, color=out.color, width=out.width))
        stderr.write(f"Report written to {out.output} (readable by you only).\n")
    elif out.fmt is Format.TEXT:
        stdout.write(render(report, Format.TEXT, color=out.color, width=out.width))
    else:
        stdout.write(render(report, out.fmt))
    return code
