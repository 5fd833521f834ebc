"""Search inside a real audit: pages only a name search reaches, and honest failures."""

from __future__ import annotations

import json
from urllib.parse import quote

import jsonschema
from typer.testing import CliRunner

from conftest import FIXTURES, site_entry
from selfaudit.cli import app
from selfaudit.fakeweb import Reply

runner = CliRunner()


def ddg_page(*results: tuple[str, str, str]) -> str:
    blocks = "".join(
        f'<div class="result results_links web-result"><div class="links_main result__body">'
        f'<h2 class="result__title"><a class="result__a" href="//duckduckgo.com/l/?uddg='
        f'{quote(url, safe="")}&amp;rut=0">{title}</a></h2>'
        f'<a class="result__snippet" href="#">{snippet}</a></div></div>'
        for url, title, snippet in results
    )
    return f'<html><body><div id="links" class="results">{blocks}</div></body></html>'


def audit(web, tmp_path, *extra):
    web.default("missing.example", Reply(404, "no such user"))
    path = tmp_path / "sites.json"
    path.write_text(
        json.dumps(
            {
                "sites": [
                    site_entry(
                        uri_check="https://missing.example/{account}", m_string="no such user"
                    )
                ]
            }
        )
    )
    return runner.invoke(
        app,
        [
            "audit",
            "Sam Whitlock",
            "--handle",
            "samw",
            "--employer",
            "Dunmore Council",
            "--location",
            "Falkirk",
            "--sites",
            str(path),
            "--search",
            "duckduckgo",
            "--format",
            "json",
            "--no-save",
            "--route",
            f"https://missing.example={web.base}",
            "--route",
            f"https://html.duckduckgo.com={web.base}",
            "--route",
            f"https://news.example={web.base}",
            *extra,
        ],
        catch_exceptions=False,
    )


def test_a_finding_only_a_name_search_reaches_is_in_the_report(web, tmp_path, report_schema):
    web.default(
        "html.duckduckgo.com",
        Reply(
            200,
            ddg_page(
                (
                    "https://news.example/awards",
                    "Care awards 2026 - Sam Whitlock honoured",
                    "Sam Whitlock of Dunmore Council won the kinship care award.",
                ),
                (
                    "https://news.example/leeds",
                    "Sam Whitlock, estate agent in Leeds",
                    "Sam Whitlock sells houses in Leeds.",
                ),
            ),
        ),
    )
    web.add(
        "news.example",
        "/awards",
        Reply(
            200,
            """<html><body><article>
        <h1>Care awards 2026</h1><p>Sam Whitlock, a social worker at Dunmore Council, was
        honoured. Reach Sam on 0131 496 0412.</p></article></body></html>""",
        ),
    )
    result = audit(web, tmp_path)
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    jsonschema.validate(report, report_schema)
    about = {r["url"]: r["about_subject"] for r in report["search_results"]}
    assert about == {"https://news.example/awards": True, "https://news.example/leeds": False}
    found = {(f["kind"], f["value"], f["source_url"]) for f in report["findings"]}
    assert ("phone", "+441314960412", "https://news.example/awards") in found
    assert not any(r.path == "/leeds" for r in web.log)  # namesake pages are not read


def test_a_blocked_search_is_reported_not_taken_for_no_results(web, tmp_path):
    anomaly = (FIXTURES / "search" / "ddg" / "anomaly.html").read_text()
    web.default("html.duckduckgo.com", Reply(202, anomaly))
    result = audit(web, tmp_path)
    report = json.loads(result.stdout)
    assert report["search"]["problems"]
    assert report["search"]["problems"][0].startswith("search could not run")
    ddg_requests = [r for r in web.log if r.host == "html.duckduckgo.com"]
    assert len(ddg_requests) == 1  # stops after the first refusal
    text = runner.invoke(app, ["show", "1"]).stdout  # nothing saved: --no-save
    assert "no run 1" in text or text == ""


def test_contacts_are_only_searched_when_asked(web, tmp_path):
    no_results = (FIXTURES / "search" / "ddg" / "no_results.html").read_text()
    web.default("html.duckduckgo.com", Reply(200, no_results))
    audit(web, tmp_path, "--phone", "0131 496 0412")
    queries = [r.path for r in web.log if r.host == "html.duckduckgo.com"]
    assert queries and not any("496" in q for q in queries)
    web.log.clear()
    audit(web, tmp_path, "--phone", "0131 496 0412", "--search-contacts", "--max-queries", "20")
    queries = [r.path for r in web.log if r.host == "html.duckduckgo.com"]
    assert any("496" in q for q in queries)


def test_the_search_progress_counts_queries_then_pages(web):
    """Each stage's bar ends exactly full: the queries that were planned, then the pages read
    (it used to count pages against the query total and overrun it)."""
    from conftest import routed_net
    from selfaudit.catalogue import loads
    from selfaudit.engine import STAGES, Audit, AuditOptions
    from selfaudit.models import Subject
    from selfaudit.search import DuckDuckGoHtml, full_query_plan

    class Recorder:
        def __init__(self) -> None:
            self.stages: list[list] = []

        def stage(self, name: str, total: int) -> None:
            self.stages.append([name, total, 0])

        def advance(self, amount: int = 1) -> None:
            self.stages[-1][2] += amount

        def note(self, text: str) -> None:
            pass

    web.default(
        "html.duckduckgo.com",
        Reply(
            200,
            ddg_page(
                (
                    "https://news.example/awards",
                    "Sam Whitlock honoured",
                    "Sam Whitlock of Dunmore Council",
                ),
            ),
        ),
    )
    web.add("news.example", "/awards", Reply(200, "<p>Sam Whitlock, Dunmore Council.</p>"))
    subject = Subject(name="Sam Whitlock", handles=("samw",), employers=("Dunmore Council",))
    recorder = Recorder()
    options = AuditOptions(search=DuckDuckGoHtml(), search_spacing=0, max_queries=3)
    with routed_net(web, "https://html.duckduckgo.com", "https://news.example") as net:
        Audit(subject, loads('{"sites": []}', "t", "t"), net, options, recorder).run()
    stages = {name: (total, done) for name, total, done in recorder.stages}
    planned = min(3, len(full_query_plan(subject, False)))
    assert stages[STAGES["search"]] == (planned, planned)
    assert stages[STAGES["search_pages"]] == (1, 1)
