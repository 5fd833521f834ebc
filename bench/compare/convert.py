"""Convert a WhatsMyName-format catalogue (ours) into sherlock's and maigret's site formats.

    python bench/compare/convert.py sites.json --sherlock sherlock.json --maigret maigret.json

Only the fields a username check needs are translated; nothing of either tool is copied here.
The formats were read from the tools' own data files (sherlock-project 0.16:
``sherlock_project/resources/data.json``; maigret 0.6: ``maigret/resources/data.json``) and
from how their checkers read them.

sherlock decides with ``errorType``:
  ``message``      -> "claimed" unless ``errorMsg`` is in the body;
  ``status_code``  -> "claimed" on 2xx unless the status is in ``errorCode``;
  a list of both   -> "available" when either says so.
It has no "profile present" marker, so our ``e_string`` cannot be expressed: a page that has
neither marker reads as claimed.

maigret decides with ``checkType``:
  ``message``      -> "claimed" when one of ``presenseStrs`` (sic) is in the body and none of
                      ``absenceStrs``; otherwise "available";
  ``status_code``  -> "claimed" on 2xx.
It also turns 401/403/429/5xx and known bot-challenge pages into errors by itself.

A WMN site with a POST body is sent as a POST by both (sherlock: ``request_method`` and
``request_payload``, which it sends as JSON, so only JSON bodies convert; maigret:
``requestMethod`` and ``requestPayload``). Sites that cannot be expressed are left out and
listed in the ``skipped`` result, never silently dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

SHERLOCK_PLACEHOLDER = "{}"
MAIGRET_PLACEHOLDER = "{username}"
UNCLAIMED = "noonewouldeverusethis7"


def _main_url(uri: str) -> str:
    parts = urlsplit(uri.replace("{account}", "x"))
    return f"{parts.scheme}://{parts.netloc}/"


def _usable(sites: list[dict]) -> list[dict]:
    return [s for s in sites if s.get("valid", True) is not False and not s.get("x_check_by_hand")
            and (s.get("x_lookup") or "handle") == "handle"]


def to_sherlock(catalogue: dict) -> tuple[dict, list[str]]:
    """Return (sherlock data.json dict, names of sites that could not be converted)."""
    out: dict[str, dict] = {}
    skipped: list[str] = []
    for site in _usable(catalogue["sites"]):
        entry: dict = {
            "url": site["uri_check"].replace("{account}", SHERLOCK_PLACEHOLDER),
            "urlMain": _main_url(site["uri_check"]),
            "username_claimed": (site.get("known") or ["blue"])[0],
        }
        m_code, m_string = site["m_code"], site.get("m_string") or ""
        if m_string and not 200 <= m_code < 300:
            # The site's missing page has its own status and text: sherlock can use both.
            entry["errorType"] = ["message", "status_code"]
            entry["errorMsg"] = m_string
            entry["errorCode"] = m_code
        elif m_string:
            entry["errorType"] = "message"  # a "soft 404": HTTP 200 with a not-found text
            entry["errorMsg"] = m_string
        else:
            entry["errorType"] = "status_code"
            entry["errorCode"] = m_code
        if site.get("uri_pretty"):
            # sherlock asks urlProbe and shows url; WMN asks uri_check and shows uri_pretty.
            entry["urlProbe"] = entry["url"]
            entry["url"] = site["uri_pretty"].replace("{account}", SHERLOCK_PLACEHOLDER)
        if site.get("headers"):
            entry["headers"] = dict(site["headers"])
        if site.get("post_body") is not None:
            try:
                payload = json.loads(site["post_body"].replace("{account}", SHERLOCK_PLACEHOLDER))
            except json.JSONDecodeError:
                skipped.append(site["name"])  # sherlock only POSTs JSON payloads
                continue
            entry["request_method"] = "POST"
            entry["request_payload"] = payload
        out[site["name"]] = entry
    return out, skipped


def to_maigret(catalogue: dict) -> tuple[dict, list[str]]:
    """Return (maigret db dict with ``sites``/``engines``/``tags``, skipped site names)."""
    sites: dict[str, dict] = {}
    skipped: list[str] = []
    tags: set[str] = set()
    for site in _usable(catalogue["sites"]):
        e_string, m_string = site.get("e_string") or "", site.get("m_string") or ""
        entry: dict = {
            "url": (site.get("uri_pretty") or site["uri_check"]).replace(
                "{account}", MAIGRET_PLACEHOLDER),
            "urlMain": _main_url(site["uri_check"]).rstrip("/"),
            "usernameClaimed": (site.get("known") or ["blue"])[0],
            "usernameUnclaimed": UNCLAIMED,
            "tags": [site["cat"]] if site.get("cat") else [],
        }
        if site.get("uri_pretty"):
            entry["urlProbe"] = site["uri_check"].replace("{account}", MAIGRET_PLACEHOLDER)
        if e_string or m_string:
            entry["checkType"] = "message"
            if e_string:
                entry["presenseStrs"] = [e_string]
            if m_string:
                entry["absenceStrs"] = [m_string]
        else:
            entry["checkType"] = "status_code"
        if site.get("headers"):
            entry["headers"] = dict(site["headers"])
        if site.get("post_body") is not None:
            entry["requestMethod"] = "POST"
            entry["requestPayload"] = site["post_body"].replace("{account}", MAIGRET_PLACEHOLDER)
        tags.update(entry["tags"])
        sites[site["name"]] = entry
    return {"sites": sites, "engines": {}, "tags": sorted(tags)}, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("catalogue", type=Path, help="a WhatsMyName-format JSON file")
    parser.add_argument("--sherlock", type=Path, help="write sherlock's data.json here")
    parser.add_argument("--maigret", type=Path, help="write maigret's db here")
    args = parser.parse_args(argv)
    catalogue = json.loads(args.catalogue.read_text(encoding="utf-8"))
    if args.sherlock:
        data, skipped = to_sherlock(catalogue)
        args.sherlock.write_text(json.dumps(data, indent=1), encoding="utf-8")
        print(f"sherlock: {len(data)} sites, skipped {skipped or 'none'}", file=sys.stderr)
    if args.maigret:
        data, skipped = to_maigret(catalogue)
        args.maigret.write_text(json.dumps(data, indent=1), encoding="utf-8")
        print(f"maigret: {len(data['sites'])} sites, skipped {skipped or 'none'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
