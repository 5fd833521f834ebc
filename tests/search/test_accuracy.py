"""The acceptance bar: on our labelled result sets, about_subject is right for at least 95%."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from urllib.parse import urlsplit

from . import FIXTURES, ROOT

LABELS = FIXTURES / "labels.json"
FICTIONAL_DOMAINS = ("example.org", "example.com", "example.net")
# Ofcom's drama ranges: 0113 496 0xxx-style geographic, 01632 960xxx, 07700 900xxx, 028 9018 0xxx.
DRAMA = re.compile(r"^\+44(?:1\d\d4960\d{3}|1632960\d{3}|7700900\d{3}|2890180\d{3})$")


def fictional(host: str) -> bool:
    return any(host == d or host.endswith("." + d) for d in FICTIONAL_DOMAINS)


def _bench():
    spec = importlib.util.spec_from_file_location(
        "search_accuracy", ROOT / "bench" / "search_accuracy.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def test_accuracy_meets_the_bar():
    bench = _bench()
    accuracy = bench.evaluate(LABELS)
    wrong = [(c.result.title, c.expected, v.reasons) for c, v in bench.mistakes(LABELS)]
    assert accuracy >= 0.95, wrong


def test_bench_exits_non_zero_below_the_bar(tmp_path):
    data = json.loads(LABELS.read_text())
    for row in data["results"]:
        row["about_subject"] = not row["about_subject"]
    flipped = tmp_path / "flipped.json"
    flipped.write_text(json.dumps(data))
    bench = _bench()
    assert bench.evaluate(flipped) < 0.95
    assert bench.main(["search_accuracy.py", str(flipped)]) == 1
    assert bench.main(["search_accuracy.py", str(LABELS)]) == 0


def test_labelled_set_is_big_varied_and_balanced():
    data = json.loads(LABELS.read_text())
    rows = data["results"]
    assert len(rows) >= 60
    assert len({row["persona"] for row in rows}) >= 3
    about = sum(row["about_subject"] for row in rows)
    assert 0.3 < about / len(rows) < 0.7


def test_labelled_set_is_fictional():
    data = json.loads(LABELS.read_text())
    for persona in data["personas"].values():
        assert all(fictional(e.rsplit("@", 1)[1]) for e in persona["emails"])
        assert all(DRAMA.match(p) for p in persona["phones"]), persona["phones"]
    for row in data["results"]:
        host = urlsplit(row["url"]).hostname
        assert fictional(host), host
        text = row["title"] + row["snippet"] + row.get("page_text", "")
        for email in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
            assert fictional(email.rsplit("@", 1)[1]), email


def test_recorded_pages_point_only_at_fictional_sites():
    checked = 0
    for path in FIXTURES.rglob("*"):
        if path.suffix not in (".html", ".json") or path.name == "labels.json":
            continue
        text = path.read_text()
        for url in re.findall(
            r"uddg=(https?%3A%2F%2F[^&\"]+)|\"url\": \"(https?://[^\"]+)\"", text
        ):
            address = next(u for u in url if u).replace("%3A", ":").replace("%2F", "/")
            assert fictional(urlsplit(address).hostname), (path.name, address)
            checked += 1
    assert checked >= 20
