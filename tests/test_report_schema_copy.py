from pathlib import Path

import pytest

from conftest import FIXTURES

SHARED = Path(__file__).resolve().parents[2] / "shared" / "report.schema.json"


def test_our_copy_of_the_report_schema_matches_the_shared_contract():
    if not SHARED.exists():
        pytest.skip("shared/report.schema.json is not beside this checkout")
    assert (FIXTURES / "report.schema.json").read_text() == SHARED.read_text()
