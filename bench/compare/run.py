"""selfaudit beside sherlock and maigret on the same loopback sites: speed, memory, accuracy.

    bench/compare/run.sh                       # the one command (sets up the venvs, then this)
    .venv/bin/python bench/compare/run.py [--sites 300] [--servers 30] [--latency 0.25]
        [--runs 5] [--timeout 5] [--compare-venv bench/.venv-compare] [--no-install] [--strict]

1. Installs ``sherlock-project`` and ``maigret`` from PyPI into their own venv
   (``bench/.venv-compare``); a tool that fails to install is reported "not measured" with the
   reason, and the others still run.
2. Starts N sites over about 30 loopback ports, each answering after L ms, half holding the
   account (``selfaudit.fakeweb.scale_internet``; every tenth site blocks, rate-limits, shows a
   captcha on HTTP 200 or a login redirect), converts the catalogue to each tool's format
   (``convert.py``) and runs the tools interleaved A B C A B C, ``--runs`` times each, with the
   same ``--timeout``. Wall time is ``time.perf_counter`` around the child; CPU time
   (user + system) and peak RSS are the child's own, from ``os.wait4``.
3. Prints the physical floor: one request's latency plus ``python -c pass``, and each tool's
   start-up (``--version``, median of 10).
4. Runs the labelled accuracy set (``accuracy.py``) and prints precision, recall and honesty.

Everything listens on 127.0.0.1 only; nothing is fetched from the internet except the two
packages (and whatever the tools themselves ask for at start-up, which the output shows).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import accuracy
from tools import Measure, Tool, ToolFailed, maigret, measure, selfaudit, sherlock

from selfaudit.fakeweb import scale_internet

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {"sherlock": "sherlock-project", "maigret": "maigret"}
VERSION_RUNS = 10


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _pip_error(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("ERROR")]
    return (errors[-1] if errors else lines[-1] if lines else "no output")[:200]


def install_venv(venv: Path) -> dict[str, str]:
    """Create ``venv`` and pip-install each package; return {tool: reason} for failures."""
    failures: dict[str, str] = {}
    python = venv / "bin" / "python"
    if not python.exists():
        log(f"creating {venv} ...")
        made = subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)],
                              capture_output=True, text=True, check=False)
        # A self-ignoring venv, as `python3.13 -m venv` makes: git never sees it.
        if venv.is_dir():
            (venv / ".gitignore").write_text("# created by bench/compare/run.py\n*\n")
        if made.returncode != 0:
            reason = f"could not create {venv}: {_pip_error(made.stderr)}"
            return {tool: reason for tool in PACKAGES}
    for tool, package in PACKAGES.items():
        log(f"pip install {package} into {venv} ...")
        done = subprocess.run([str(python), "-m", "pip", "install", "-q", package],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            failures[tool] = f"pip install {package} failed: {_pip_error(done.stderr)}"
    return failures


def _version_of(python: Path, package: str) -> str:
    done = subprocess.run(
        [str(python), "-c", f"import importlib.metadata as m; print(m.version({package!r}))"],
        capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


def build_tools(venv: Path, install_packages: bool = True) -> list[Tool]:
    """selfaudit (from this interpreter's venv), sherlock and maigret (from ``venv``)."""
    venv = venv.absolute()
    failures = install_venv(venv) if install_packages else {}
    exe = Path(sys.executable).with_name("selfaudit")
    sa = selfaudit(exe)
    sa.version = _version_of(Path(sys.executable), "selfaudit")
    if not exe.exists():
        sa.missing = f"{exe} not found (pip install -e . first)"
    tools = [sa]
    for name, make in (("sherlock", sherlock), ("maigret", maigret)):
        tool = make(venv / "bin" / name)
        if name in failures:
            tool.missing = failures[name]
        elif not tool.exe.exists():
            tool.missing = f"{tool.exe} not found (was {PACKAGES[name]} installed?)"
        else:
            tool.version = _version_of(venv / "bin" / "python", PACKAGES[name])
        tools.append(tool)
    return tools


def machine() -> str:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cores} cores ({model}), {platform.system()} {platform.release()}, "
            f"Python {platform.python_version()}")


def python_startup(runs: int = VERSION_RUNS) -> float:
    times = []
    with tempfile.TemporaryDirectory(prefix="bench-python-") as tmp:
        for _ in range(runs):
            result = measure([sys.executable, "-c", "pass"], Path(tmp), dict(os.environ), 30)
            times.append(result.wall)
    return statistics.median(times)


def speed(tools: list[Tool], args) -> dict[str, dict]:
    """Interleaved runs on the scale internet; per tool: runs, right statuses, or the reason."""
    stats: dict[str, dict] = {t.name: {"runs": [], "right": [], "failed": t.missing}
                              for t in tools}
    with scale_internet(args.sites, args.servers, args.latency) as internet:
        for run in range(args.runs):
            for tool in tools:
                entry = stats[tool.name]
                if entry["failed"]:
                    continue
                try:
                    result, got = tool.run(internet.catalogue, internet.username, args.timeout)
                except ToolFailed as exc:
                    entry["failed"] = str(exc)
                    continue
                right = sum(1 for site, want in internet.expected.items() if got.get(site) == want)
                entry["runs"].append(result)
                entry["right"].append(right)
                log(f"run {run + 1}/{args.runs} {tool.name}: {result.wall:.2f} s wall, "
                    f"{result.cpu:.2f} s CPU, {result.rss_mb:.0f} MB, {right}/{args.sites} right")
    return stats


def startups(tools: list[Tool]) -> dict[str, float | str]:
    out: dict[str, float | str] = {}
    for tool in tools:
        if tool.missing:
            continue
        try:
            out[tool.name] = statistics.median(tool.startup() for _ in range(VERSION_RUNS))
        except ToolFailed as exc:
            out[tool.name] = f"failed: {exc}"
    return out


def _s(x: float) -> str:
    return f"{x:.2f} s"


def print_speed(tools: list[Tool], stats: dict, starts: dict, floor: tuple[float, float],
                args) -> dict[str, float]:
    base: dict[str, float] = {}
    sa = stats["selfaudit"]["runs"]
    if sa:
        base = {"wall": statistics.median(m.wall for m in sa),
                "cpu": statistics.median(m.cpu for m in sa),
                "rss": max(m.rss_mb for m in sa)}
    print(f"Speed: {args.sites} sites on {args.servers} loopback ports, each answering after "
          f"{args.latency * 1000:.0f} ms, half holding the account; --timeout {args.timeout:g} s; "
          f"runs interleaved, {args.runs} per tool")
    print()
    print("| tool | version | wall (median) | × selfaudit | CPU (median) | × selfaudit "
          "| peak RSS (max) | × selfaudit | start-up (`--version`) | right statuses |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")

    def ratio(value: float, key: str) -> str:
        return f"{value / base[key]:.1f}×" if base.get(key) else "n/a"

    for tool in tools:
        entry = stats[tool.name]
        runs: list[Measure] = entry["runs"]
        start = starts.get(tool.name)
        start_s = _s(start) if isinstance(start, float) else (start or "")
        if entry["failed"] or not runs:
            reason = entry["failed"] or "no run finished"
            print(f"| {tool.name} | {tool.version} | not measured: {reason} | | | | | | "
                  f"{start_s} | |")
            continue
        wall = statistics.median(m.wall for m in runs)
        cpu = statistics.median(m.cpu for m in runs)
        rss = max(m.rss_mb for m in runs)
        right = f"{min(entry['right'])}/{args.sites}"
        print(f"| {tool.name} | {tool.version} | {_s(wall)} | {ratio(wall, 'wall')} | {_s(cpu)} "
              f"| {ratio(cpu, 'cpu')} | {rss:.0f} MB | {ratio(rss, 'rss')} | {start_s} | {right} |")
    latency, py = floor
    print(f"| floor: one request + `python -c pass` | | {_s(latency + py)} "
          f"({latency * 1000:.0f} ms + {py * 1000:.0f} ms) | | | | | | {_s(py)} | |")
    print()
    for tool in tools:
        runs = stats[tool.name]["runs"]
        if runs:
            print(f"{tool.name} wall per run: " + ", ".join(f"{m.wall:.2f}" for m in runs))
    print()
    print("Commands (each in a fresh temp dir $W with HOME=$W/home; catalogue converted by "
          "convert.py; every tool at its default concurrency):")
    print()
    for tool in tools:
        argv = tool.argv(Path("/W"), "samwhitlock", args.timeout)
        shown = " ".join(a.replace("/W", "$W") if a.startswith("/W") else shlex.quote(a)
                         for a in argv[1:])
        print(f"- `{Path(argv[0]).name} {shown}`")
    print()
    return base


def print_targets(base: dict, starts: dict, acc: dict) -> bool:
    checks: list[tuple[str, bool | None, str]] = []
    version = starts.get("selfaudit")
    if base:
        checks.append(("median wall ≤ 1.0 s", base["wall"] <= 1.0, _s(base["wall"])))
        checks.append(("peak RSS < 100 MB", base["rss"] < 100, f"{base['rss']:.0f} MB"))
    else:
        checks.append(("median wall ≤ 1.0 s / peak RSS < 100 MB", None, "not measured"))
    if isinstance(version, float):
        checks.append(("`selfaudit --version` < 0.3 s", version < 0.3, _s(version)))
    score = acc.get("selfaudit")
    if isinstance(score, accuracy.Score):
        precision = accuracy.fmt(score.precision)
        checks.append(("found precision 1.0", score.precision == 1.0, precision))
        checks.append(("found recall 1.0", score.recall == 1.0, accuracy.fmt(score.recall)))
        checks.append(("honesty ≥ 0.95", score.honesty >= 0.95, accuracy.fmt(score.honesty)))
    else:
        checks.append(("accuracy", None, score or "not run (--no-accuracy)"))
    print("selfaudit against its targets:")
    print()
    ok = True
    for what, met, value in checks:
        word = "met" if met else ("MISSED" if met is False else "NOT MEASURED")
        ok = ok and bool(met)
        print(f"- {what}: {value}, {word}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description="selfaudit vs sherlock vs maigret on loopback.")
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--servers", type=int, default=30)
    parser.add_argument("--latency", type=float, default=0.25, help="seconds per answer")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=5.0, help="seconds, for every tool")
    parser.add_argument("--compare-venv", type=Path, default=ROOT / "bench" / ".venv-compare")
    parser.add_argument("--no-install", action="store_true", help="use the venv as it is")
    parser.add_argument("--no-accuracy", action="store_true")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 if selfaudit misses a target")
    args = parser.parse_args()

    tools = build_tools(args.compare_venv, install_packages=not args.no_install)
    for tool in tools:
        if tool.missing:
            log(f"{tool.name}: not measured: {tool.missing}")
    started = dt.datetime.now(dt.UTC)
    load = os.getloadavg()
    t0 = time.perf_counter()
    stats = speed(tools, args)
    log("start-up times ...")
    floor = (args.latency, python_startup())
    starts = startups(tools)
    acc: dict = {}
    labelled = None
    if not args.no_accuracy:
        log("labelled accuracy set ...")
        labelled, acc = accuracy.run_accuracy(tools, args.timeout)

    print(f"Machine: {machine()}; {started:%Y-%m-%d %H:%M} UTC; "
          f"bench took {time.perf_counter() - t0:.0f} s; load average at start "
          f"{load[0]:.2f}, at end {os.getloadavg()[0]:.2f}")
    print()
    base = print_speed(tools, stats, starts, floor, args)
    if labelled is not None:
        accuracy.print_accuracy(labelled, acc, args.timeout)
        print()
    ok = print_targets(base, starts, acc)
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
