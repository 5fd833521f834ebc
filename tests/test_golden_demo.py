"""The demo prints the same report every time: golden files for its text and JSON output.

After an intended change, regenerate with SELFAUDIT_UPDATE_GOLDEN=1 and read the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from selfaudit.cli import app

GOLDEN = Path(__file__).parent / "golden"


def normalise_json(text: str) -> str:
    data = json.loads(text)
    data["started_at"] = data["finished_at"] = "<time>"
    data["tool"]["version"] = "<version>"
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def normalise_text(text: str) -> str:
    return re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1:<port>", text)


@pytest.mark.parametrize("persona", ["exposed", "careful"])
@pytest.mark.parametrize(("fmt", "normalise"), [("text", normalise_text),
                                                ("json", normalise_json)])
def test_demo_output_matches_the_golden_file(persona, fmt, normalise):
    result = CliRunner().invoke(app, ["demo", "--persona", persona, "--format", fmt],
                                catch_exceptions=False)
    assert result.exit_code == 0
    got = normalise(result.stdout)
    golden = GOLDEN / f"demo-{persona}.{'txt' if fmt == 'text' else 'json'}"
    if os.environ.get("SELFAUDIT_UPDATE_GOLDEN"):
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")
