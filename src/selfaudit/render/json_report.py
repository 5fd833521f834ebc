"""The JSON report: shared/report.schema.json (selfaudit/report-v1), plus a few extra fields
the schema allows (``complete``, ``notes``, ``network``) that say how far the audit got."""

from __future__ import annotations

import json

from ..models import Report

SCHEMA_ID = "selfaudit/report-v1"


def report_dict(report: Report) -> dict:
    return {
        "schema": SCHEMA_ID,
        "tool": {"name": "selfaudit", "version": report.tool_version},
        "subject": report.subject.to_dict(),
        "started_at": report.started_at,
        "finished_at": report.finished_at,
        "complete": report.complete,
        "accounts": [a.to_dict() for a in report.accounts],
        "search_results": [r.to_dict() for r in report.search_results],
        "findings": [f.to_dict() for f in report.findings],
        "advice": [a.to_dict() for a in report.advice],
        "summary": report.summary.to_dict(),
        "notes": list(report.notes),
        "catalogues": list(report.catalogue_sources),
        "network": {"requests": report.requests_sent},
        **report.extra,
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), indent=2, ensure_ascii=False) + "\n"
