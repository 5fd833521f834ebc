"""Peak memory of `selfaudit audit` over 300 loopback sites that each serve a 2 MB page.

    .venv/bin/python bench/memory.py [--sites 300] [--page-mb 2] [--limit-mb 150]

Half the sites hold the account (a 2 MB profile page: read and run through the extractors),
half answer 404 with a 2 MB page. Prints the peak RSS of the selfaudit process (measured by the
kernel: getrusage of the child) and exits 1 above the limit.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selfaudit.fakeweb import FakeWeb, Reply


def page(found: bool, size: int) -> bytes:
    head = (b"<html><head><title>Sam Whitlock</title></head><body>"
            + (b"<h1 class='profile'>Sam Whitlock</h1>" if found else b"<p>no such user</p>"))
    filler = b"<p>" + b"lorem ipsum dolor sit amet " * 40 + b"</p>\n"
    body = bytearray(head)
    while len(body) < size:
        body += filler
    return bytes(body[:size])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--page-mb", type=float, default=2.0)
    parser.add_argument("--limit-mb", type=float, default=150)
    args = parser.parse_args()
    size = int(args.page_mb * 1_000_000) - 1000  # just under the 2 MB cap, so it is all read
    found, missing = page(True, size), page(False, size)
    web = FakeWeb()
    for i in range(args.sites):
        web.add(None, f"/s{i}/samwhitlock",
                Reply(200, found) if i % 2 == 0 else Reply(404, missing))
    web.default(None, Reply(404, missing))
    sites = [{"name": f"s{i}", "uri_check": f"{{base}}/s{i}/{{account}}", "e_code": 200,
              "e_string": "class='profile'", "m_code": 404, "m_string": "no such user",
              "known": ["x"], "cat": "misc"} for i in range(args.sites)]
    exe = Path(sys.executable).with_name("selfaudit")
    with web, tempfile.TemporaryDirectory() as tmp:
        for site in sites:
            site["uri_check"] = site["uri_check"].replace("{base}", web.base)
        catalogue = Path(tmp) / "sites.json"
        catalogue.write_text(json.dumps({"sites": sites}))
        start = time.perf_counter()
        out = subprocess.run(
            [str(exe), "audit", "Sam Whitlock", "--handle", "samwhitlock", "--sites",
             str(catalogue), "--format", "json", "--no-save", "--search", "none"],
            capture_output=True, text=True, check=False,
        )
        wall = time.perf_counter() - start
    report = json.loads(out.stdout)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    s = report["summary"]
    print(f"{args.sites} sites x {args.page_mb:g} MB pages: peak RSS {peak_mb:.0f} MB "
          f"(limit {args.limit_mb:g} MB), {wall:.1f} s, found {s['accounts_found']}, "
          f"unknown {s['accounts_unknown']}")
    return 0 if peak_mb <= args.limit_mb else 1


if __name__ == "__main__":
    raise SystemExit(main())
