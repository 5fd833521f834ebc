"""The labelled accuracy set: sites on loopback servers whose right answer we know, including the
ones no tool can check (a bot wall, a rate limit, a stall, a login wall, a captcha on HTTP 200,
a not-found page that changed since the catalogue was written).

    .venv/bin/python bench/compare/accuracy.py [--timeout 5] [--compare-venv bench/.venv-compare]

(``bench/compare/run.sh`` runs it too, after the timings.) Each tool is run once on the same
catalogue (converted to its own format) with the same ``--timeout``; its answer per site is read
as found / not_found / unknown and scored:

- found precision: of the sites it reports "found", the share that really hold the account;
- found recall: of the sites that hold the account, the share it reports "found";
- honesty: of the sites that cannot be checked, the share it reports as unknown (could not
  check) rather than found or not found. A site missing from a tool's output counts against it.

A site that cannot be checked answers the same whatever the username, so a "found" there is a
guess, and counts as a false "found" in precision.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tools import FOUND, NOT_FOUND, UNKNOWN, Tool, ToolFailed

from selfaudit.fakeweb import FakeWeb, Reply, Request

USERNAME = "samwhitlock"
PROFILE = f"<html><title>{USERNAME}</title><h1 class='profile'>{USERNAME}</h1><p>Care worker."
MISSING = "<html><title>Not found</title><p>Sorry, no such user.</p></html>"
SOFT_MISSING = "<html><title>Oops</title><p>Sorry, this page isn't available.</p></html>"
LOGIN_PAGE = ("<html><title>Log in</title><p>Log in to see this profile.</p>"
              "<form method=post action=/login><input name=user>"
              "<input type=password name=pw><button>Log in</button></form></html>")


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    what: str
    replies: tuple  # one Reply (or a callable of the stall time) per site of this kind
    soft404: bool = False  # the site's missing page is an HTTP 200 with a text


def _kinds(stall: float) -> list[Kind]:
    return [
        Kind("account", FOUND, "profile page, HTTP 200", (Reply(200, PROFILE),) * 8),
        Kind("account (soft-404 site)", FOUND, "profile page on a site whose missing page is 200",
             (Reply(200, PROFILE),) * 2, soft404=True),
        Kind("no account", NOT_FOUND, "HTTP 404 with the not-found text",
             (Reply(404, MISSING),) * 8),
        Kind("no account (soft-404 site)", NOT_FOUND, "HTTP 200 with the not-found text",
             (Reply(200, SOFT_MISSING),) * 4, soft404=True),
        Kind("blocked", UNKNOWN, "HTTP 403 bot challenge / access denied", (
            Reply(403, "<html><head><title>Just a moment...</title></head>"
                       "<body>Checking your browser before accessing.</body></html>"),
            Reply(403, "<html><title>Access Denied</title><h1>Access Denied</h1>You don't have "
                       "permission to access this page. Reference #18.2f4e</html>"),
            Reply(403, "<html><title>Request blocked</title>Request blocked. We can't connect "
                       "to the server for this app or website at this time.</html>"),
        )),
        Kind("rate limited", UNKNOWN, "HTTP 429, Retry-After: 3600", (
            Reply(429, "Too Many Requests", headers=(("Retry-After", "3600"),)),
        ) * 3),
        Kind("stalls", UNKNOWN, f"answers after {stall:g} s (past the timeout)", (
            Reply(200, PROFILE, delay=stall),
        ) * 3),
        Kind("login wall", UNKNOWN, "302 to a login page with a password form", (
            Reply(302, "", headers=(("Location", "/login"),)),
            Reply(302, "", headers=(("Location", "/accounts/login/?next=/"),)),
            Reply(303, "", headers=(("Location", "/signin"),)),
        )),
        Kind("captcha on 200", UNKNOWN, "captcha page with HTTP 200", (
            Reply(200, "<html><title>Security check</title><p>Please complete the captcha to "
                       "continue.</p><div class='g-recaptcha' data-sitekey='x'></div></html>"),
            Reply(200, "<html><title>One more step</title><p>Verify you are human.</p>"
                       "<div class='h-captcha' data-sitekey='x'></div></html>"),
            Reply(200, "<html><title>Captcha</title><form><img src='/captcha.png'>"
                       "<input name=answer></form></html>"),
        )),
        Kind("changed not-found page", UNKNOWN, "HTTP 200 or 404, neither marker", (
            Reply(200, "<html><title>Page unavailable</title><p>This account doesn't exist or "
                       "was removed.</p></html>"),
            Reply(200, "<html><title>Home</title><p>Welcome! Discover people near you.</p>"),
            Reply(404, "<html><title>404</title><p>The link you followed may be broken.</p>"),
        )),
    ]


@dataclass
class LabelledSet:
    catalogue: dict
    labels: dict[str, str]
    kind_of: dict[str, str]
    kinds: list[Kind]


@contextmanager
def labelled_internet(timeout: float, servers: int = 6):
    """Start the labelled sites on ``servers`` loopback ports; yield a :class:`LabelledSet`."""
    kinds = _kinds(stall=timeout + 3.0)
    webs = [FakeWeb() for _ in range(servers)]
    table: list[dict[str, Reply]] = [{} for _ in range(servers)]
    entries, labels, kind_of = [], {}, {}
    i = 0
    for kind in kinds:
        for j, reply in enumerate(kind.replies):
            stem = kind.key.split(" (")[0].replace(" ", "-")
            name = f"{stem}{'-soft' if kind.soft404 else ''}-{j}"
            table[i % servers][name] = reply
            entries.append({
                "name": name, "uri_check": f"http://127.0.0.1:PORT{i % servers}/{name}/{{account}}",
                "e_code": 200, "e_string": "class='profile'",
                "m_code": 200 if kind.soft404 else 404,
                "m_string": "this page isn't available" if kind.soft404 else "no such user",
                "known": [USERNAME], "cat": "social",
            })
            labels[name], kind_of[name] = kind.label, kind.key
            i += 1

    def answer_for(server: int, soft: set[str]):
        def answer(request: Request) -> Reply:
            path = request.path.split("?", 1)[0]
            if path in ("/login", "/accounts/login/", "/signin"):
                return Reply(200, LOGIN_PAGE)
            parts = path.strip("/").split("/")
            site = parts[0] if parts else ""
            if site not in table[server]:
                return Reply(404, MISSING)
            reply = table[server][site]
            if labels[site] in (FOUND, NOT_FOUND) and (len(parts) < 2 or parts[1] != USERNAME):
                # Any other username (a canary, a probe) is missing, as on a real site.
                return Reply(200, SOFT_MISSING) if site in soft else Reply(404, MISSING)
            return reply
        return answer

    soft = {n for n, k in kind_of.items() if "soft-404" in k}
    for s, web in enumerate(webs):
        web.default(None, answer_for(s, soft))
    try:
        for web in webs:
            web.start()
        for entry in entries:
            index = int(entry["uri_check"].split("PORT", 1)[1].split("/", 1)[0])
            entry["uri_check"] = entry["uri_check"].replace(f"PORT{index}", str(webs[index].port))
        yield LabelledSet({"sites": entries}, labels, kind_of, kinds)
    finally:
        for web in webs:
            web.stop()


@dataclass
class Score:
    precision: float | None
    recall: float
    honesty: float
    by_kind: dict[str, Counter]


def score(labelled: LabelledSet, got: dict[str, str]) -> Score:
    labels = labelled.labels
    said = {site: got.get(site, "missing") for site in labels}
    reported_found = [s for s in labels if said[s] == FOUND]
    true_found = [s for s in reported_found if labels[s] == FOUND]
    have = [s for s in labels if labels[s] == FOUND]
    cannot = [s for s in labels if labels[s] == UNKNOWN]
    by_kind: dict[str, Counter] = {k.key: Counter() for k in labelled.kinds}
    for site, status in said.items():
        by_kind[labelled.kind_of[site]][status] += 1
    return Score(
        precision=len(true_found) / len(reported_found) if reported_found else None,
        recall=len(true_found) / len(have),
        honesty=sum(1 for s in cannot if said[s] == UNKNOWN) / len(cannot),
        by_kind=by_kind,
    )


SHORT = {FOUND: "found", NOT_FOUND: "not found", UNKNOWN: "unknown", "missing": "missing"}


def cell(counts: Counter, label: str) -> str:
    parts = []
    for status in (FOUND, NOT_FOUND, UNKNOWN, "missing"):
        if counts[status]:
            mark = "" if status == label else "!"
            parts.append(f"{counts[status]} {SHORT[status]}{mark}")
    return ", ".join(parts)


def run_accuracy(tools: list[Tool], timeout: float) -> tuple[LabelledSet, dict]:
    """Run each measurable tool once on the labelled set; return scores or failure reasons."""
    results: dict[str, Score | str] = {}
    with labelled_internet(timeout) as labelled:
        for tool in tools:
            if tool.missing:
                results[tool.name] = f"not measured: {tool.missing}"
                continue
            try:
                _, got = tool.run(labelled.catalogue, USERNAME, timeout)
            except ToolFailed as exc:
                results[tool.name] = f"not measured: {exc}"
                continue
            results[tool.name] = score(labelled, got)
    return labelled, results


def fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


def print_accuracy(labelled: LabelledSet, results: dict, timeout: float, out=sys.stdout) -> None:
    names = list(results)
    n = Counter(labelled.labels.values())
    print(f"Accuracy on the labelled set: {len(labelled.labels)} sites on loopback "
          f"({n[FOUND]} hold the account, {n[NOT_FOUND]} do not, {n[UNKNOWN]} cannot be "
          f"checked), --timeout {timeout:g} s, one run each", file=out)
    print(file=out)
    print("| tool | found precision | found recall | honesty |", file=out)
    print("| --- | --- | --- | --- |", file=out)
    for name in names:
        r = results[name]
        if isinstance(r, str):
            print(f"| {name} | {r} | | |", file=out)
        else:
            print(f"| {name} | {fmt(r.precision)} | {fmt(r.recall)} | {fmt(r.honesty)} |",
                  file=out)
    print(file=out)
    scored = [name for name in names if not isinstance(results[name], str)]
    print("What each tool said, by kind of site (! = wrong):", file=out)
    print(file=out)
    print("| site kind (right answer) | " + " | ".join(scored) + " |", file=out)
    print("| --- |" + " --- |" * len(scored), file=out)
    for kind in labelled.kinds:
        row = [f"{kind.key}: {kind.what} ({SHORT[kind.label]})"]
        row += [cell(results[name].by_kind[kind.key], kind.label) for name in scored]
        print("| " + " | ".join(row) + " |", file=out)


def main() -> int:
    from run import build_tools  # the same tool set as the full benchmark

    parser = argparse.ArgumentParser(description="Score the tools on the labelled set.")
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--compare-venv", type=Path, default=Path("bench/.venv-compare"))
    args = parser.parse_args()
    tools = build_tools(args.compare_venv, install_packages=False)
    labelled, results = run_accuracy(tools, args.timeout)
    print_accuracy(labelled, results, args.timeout)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
