"""Time `selfaudit audit` over N loopback sites answering after L ms (default 300 at 250 ms).

    .venv/bin/python bench/scale.py [--sites 300] [--servers 30] [--latency 0.25] [--runs 5]

Prints the median wall time of the whole command (interpreter start-up included) and checks
that every status was right. Runs the installed `selfaudit` in a subprocess, as a user would.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from selfaudit.fakeweb import scale_internet


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sites", type=int, default=300)
    parser.add_argument("--servers", type=int, default=30)
    parser.add_argument("--latency", type=float, default=0.25)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=None)
    args = parser.parse_args()
    exe = Path(sys.executable).with_name("selfaudit")
    times, wrong = [], 0
    with scale_internet(args.sites, args.servers, args.latency) as internet, \
            tempfile.TemporaryDirectory() as tmp:
        catalogue = Path(tmp) / "sites.json"
        catalogue.write_text(json.dumps(internet.catalogue))
        for _ in range(args.runs):
            start = time.perf_counter()
            out = subprocess.run(
                [str(exe), "audit", "Sam Whitlock", "--handle", internet.username,
                 "--sites", str(catalogue), "--format", "json", "--no-save", "--search", "none",
                 *(["--concurrency", str(args.concurrency)] if args.concurrency else [])],
                capture_output=True, text=True, check=False,
            )
            times.append(time.perf_counter() - start)
            got = {a["site"]: a["status"] for a in json.loads(out.stdout)["accounts"]}
            wrong += sum(1 for k, v in internet.expected.items() if got.get(k) != v)
    print(f"{args.sites} sites on {args.servers} ports at {args.latency * 1000:.0f} ms: "
          f"median {statistics.median(times):.2f} s over {args.runs} runs "
          f"(min {min(times):.2f}, max {max(times):.2f}); wrong statuses: {wrong}")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
