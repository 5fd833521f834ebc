"""The engine end to end on a loopback internet: jobs, email lookups, partial results."""

from __future__ import annotations

import hashlib
import json

from conftest import routed_net, site_entry
from selfaudit import catalogue as cat
from selfaudit.engine import Audit, AuditOptions
from selfaudit.fakeweb import Reply
from selfaudit.models import Status, Subject

SUBJECT = Subject(name="Sam Whitlock", handles=("samw", "sam_w"),
                  emails=("sam.whitlock@example.org",))


def catalogue(*sites) -> cat.Catalogue:
    return cat.loads(json.dumps({"sites": list(sites)}), "test", "test")


def test_every_handle_is_checked_on_every_site_and_email_sites_get_hashes(web):
    digest = hashlib.md5(b"sam.whitlock@example.org").hexdigest()  # noqa: S324
    web.add("gravatar.example", f"/{digest}.json", Reply(200, '{"entry": [{}]}'))
    web.default("gravatar.example", Reply(404, "User not found"))
    web.add("example.org", "/users/samw", Reply(200, "profile-of"))
    web.default("example.org", Reply(404, "no such user"))
    sites = catalogue(
        site_entry("Example"),
        site_entry("Gravatar (by email)", uri_check="https://gravatar.example/{account}.json",
                   e_string='"entry"', m_string="User not found", x_lookup="email_md5"),
    )
    with routed_net(web, "https://example.org", "https://gravatar.example") as net:
        report = Audit(SUBJECT, sites, net, AuditOptions(read_profiles=False)).run()
    rows = {(a.site, a.username): a for a in report.accounts}
    assert rows[("Example", "samw")].status is Status.FOUND
    assert rows[("Example", "sam_w")].status is Status.NOT_FOUND
    email_row = rows[("Gravatar (by email)", "sam.whitlock@example.org")]
    assert email_row.status is Status.FOUND
    assert email_row.url == f"https://gravatar.example/{digest}.json"
    assert "asked by the email's MD5 hash" in email_row.detail
    assert not any("sam.whitlock" in r.path for r in web.log)  # the email itself never sent


def test_invalid_sites_are_skipped_and_said(web):
    sites = catalogue(site_entry("Broken", valid=False))
    with routed_net(web, "https://example.org") as net:
        report = Audit(SUBJECT, sites, net, AuditOptions(read_profiles=False)).run()
    assert report.accounts == ()
    assert any("marked not valid were skipped: Broken" in n for n in report.notes)
    assert web.log == []
