"""``--redact``: a copy of the report safe to show on a projector.

Phone numbers keep only their last two digits, emails lose their local part, street addresses
and image links are hidden, in every field that carries scraped or personal text, so every
renderer shows the same masked report.
"""

from __future__ import annotations

import dataclasses
import re

from ..models import Finding, FindingKind, Report

MASK = "•"
_EMAIL = re.compile(r"([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_PHONE = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_ADDRESS_HINT = re.compile(r"\d|\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_URL = re.compile(r"https?://\S+", re.IGNORECASE)
_IMAGE_KINDS = {FindingKind.TAGGED_PHOTO, FindingKind.EMPLOYER_BRANDING}


def mask_phone(text: str) -> str:
    digits = sum(ch.isdigit() for ch in text)
    if digits < 7:
        return text
    seen = 0
    out = []
    for ch in text:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen > digits - 2 else MASK)
        else:
            out.append(ch)
    return "".join(out)


def mask_text(text: str) -> str:
    text = _EMAIL.sub(lambda m: f"{MASK * 3}@{m.group(2)}", text)
    return _PHONE.sub(lambda m: mask_phone(m.group(0)), text)


def _is_image_url(value: str) -> bool:
    return bool(_URL.fullmatch(value.strip()))


def redact_finding(f: Finding) -> Finding:
    value, evidence, source = mask_text(f.value), mask_text(f.evidence), f.source_url
    if f.kind is FindingKind.LOCATION and _ADDRESS_HINT.search(f.value):
        value, evidence = "(street address hidden)", "(hidden)"
    if f.kind in _IMAGE_KINDS and _is_image_url(f.value):
        value = "(image link hidden)"
    if f.kind in _IMAGE_KINDS:
        evidence = _URL.sub("(image link hidden)", evidence)
    if f.kind is FindingKind.PHOTO_LOCATION:
        source = "(image link hidden)"
    return dataclasses.replace(f, value=value, evidence=evidence, source_url=source)


def redact(report: Report) -> Report:
    subject = dataclasses.replace(
        report.subject,
        # The schema wants real E.164 here, so a redacted report leaves the phones out.
        phones=(),
        emails=tuple(mask_text(e) for e in report.subject.emails),
    )
    results = tuple(
        dataclasses.replace(r, title=mask_text(r.title), snippet=mask_text(r.snippet))
        for r in report.search_results
    )
    return dataclasses.replace(
        report,
        subject=subject,
        findings=tuple(redact_finding(f) for f in report.findings),
        search_results=results,
        extra={**report.extra, "redacted": True},
    )
