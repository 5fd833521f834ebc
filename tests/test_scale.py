"""A few hundred sites at once: every status right. (Speed is measured in bench/, not here.)"""

from __future__ import annotations

import json

from typer.testing import CliRunner

from selfaudit.cli import app
from selfaudit.fakeweb import scale_internet


def test_three_hundred_sites_every_status_right(tmp_path):
    with scale_internet(sites=300, servers=30, latency=0.05) as internet:
        path = tmp_path / "sites.json"
        path.write_text(json.dumps(internet.catalogue))
        result = CliRunner().invoke(
            app,
            ["audit", "Sam Whitlock", "--handle", internet.username, "--sites", str(path),
             "--format", "json"],
            catch_exceptions=False,
        )
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    got = {a["site"]: a["status"] for a in report["accounts"]}
    assert got == internet.expected
