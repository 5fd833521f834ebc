"""The engine end to end on a loopback internet: jobs, email lookups, partial results."""

from __future__ import annotations

import hashlib
import json

from conftest import ROOT, routed_net, site_entry
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


def test_found_profiles_are_read_and_a_namesake_is_not_blamed_on_the_subject(web):
    subject = Subject(name="Sam Whitlock", handles=("samw",), employers=("Dunmore Council",))
    web.add("example.org", "/users/samw", Reply(200, """<html><head>
        <meta property="og:type" content="profile"><meta property="og:title" content="Sam Whitlock">
        </head><body><div class="profile-of"><h1>Sam Whitlock</h1>
        <p>Social worker at Dunmore Council. Call me on 0131 496 0412.</p></div></body></html>"""))
    web.add("other.example", "/users/samw", Reply(200, """<html><head>
        <meta property="og:type" content="profile"><meta property="og:title" content="Peter Grant">
        </head><body><div class="profile-of"><h1>Peter Grant</h1>
        <p>Estate agent at Dunmore Council. Call me on 0131 496 0999.</p></div></body></html>"""))
    for host in ("example.org", "other.example"):
        web.default(host, Reply(404, "no such user"))
    sites = catalogue(site_entry("Mine"),
                      site_entry("Theirs", uri_check="https://other.example/users/{account}"))
    with routed_net(web, "https://example.org", "https://other.example") as net:
        report = Audit(subject, sites, net).run()
    mine = {(f.kind.value, f.value) for f in report.findings if f.site == "Mine"}
    assert {("phone", "+441314960412"), ("workplace", "Dunmore Council")} <= mine
    assert all(not f.may_not_be_you for f in report.findings if f.site == "Mine")
    theirs = [f for f in report.findings if f.site == "Theirs"]
    assert theirs and all(f.may_not_be_you for f in theirs)
    shown = {a.site: a.display_name for a in report.accounts}
    assert shown == {"Mine": "Sam Whitlock", "Theirs": "Peter Grant"}
    assert all(f.advice for f in report.findings)


def test_github_api_profile_becomes_findings_through_the_route(web):
    subject = Subject(name="Sam Whitlock", handles=("samw",))
    web.add("api.github.com", "/users/samw", Reply(200, json.dumps({
        "login": "samw", "id": 1, "avatar_url": "https://avatars.example/u/1",
        "html_url": "https://github.com/samw", "name": "Sam Whitlock",
        "company": "Riverside Care Trust", "location": "Stirling",
        "email": "sam.w@example.org", "bio": "Support worker.", "public_repos": 1,
    }), content_type="application/json"))
    web.default("api.github.com", Reply(404, '{"message": "Not Found"}'))
    web.default("github.com", Reply(200, "<html><title>samw</title></html>"))
    sites = catalogue(site_entry("GitHub", uri_check="https://api.github.com/users/{account}",
                                 uri_pretty="https://github.com/{account}", e_string='"login":',
                                 m_string="Not Found"))
    with routed_net(web, "https://api.github.com", "https://github.com") as net:
        report = Audit(subject, sites, net).run()
    found = {(f.kind.value, f.value, f.source_url) for f in report.findings}
    api = "https://api.github.com/users/samw"
    assert {("workplace", "Riverside Care Trust", api), ("location", "Stirling", api),
            ("email", "sam.w@example.org", api)} <= found
    assert report.accounts[0].url == "https://github.com/samw"


def test_hostile_pages_and_images_do_not_stop_the_audit(web):
    """A huge JSON-LD block, a decompression-bomb photo and a truncated photo on a found
    profile: the audit finishes, and what can be read still is."""
    import gzip

    subject = Subject(name="Sam Whitlock", handles=("samw",))
    huge_jsonld = '{"@type": "Person", "name": "Sam Whitlock", "knows": [' + ",".join(
        ['{"@type": "Person", "name": "x"}'] * 40_000) + "]}"
    web.add("example.org", "/users/samw", Reply(200, f"""<html><head>
        <meta property="og:image" content="https://example.org/bomb.jpg">
        <script>{"var tracking = 1;" * 10_000}</script></head>
        <body><div class="profile-of">Sam Whitlock. Call me on 0131 496 0412.</div>
        <img src="/cut.jpg" alt="Sam Whitlock at the ceilidh">
        <script type="application/ld+json">{huge_jsonld}</script></body></html>"""))
    web.add("example.org", "/bomb.jpg", Reply(200, gzip.compress(b"\xff\xd8" + b"\0" * 30_000_000),
                                               content_type="image/jpeg",
                                               headers=(("Content-Encoding", "gzip"),)))
    web.add("example.org", "/cut.jpg", Reply(200, b"\xff\xd8\xff\xe1\x00\x10Exif\x00\x00MM",
                                              content_type="image/jpeg"))
    web.default("example.org", Reply(404, "no such user"))
    with routed_net(web, "https://example.org") as net:
        report = Audit(subject, catalogue(site_entry()), net).run()
    assert report.complete
    kinds = {(f.kind.value, f.value) for f in report.findings}
    assert ("phone", "+441314960412") in kinds
    assert ("tagged_photo", "https://example.org/cut.jpg") in kinds
    assert not any(f.kind.value == "photo_location" for f in report.findings)


def test_a_found_profile_is_read_while_slower_checks_still_wait(web):
    """Stage two overlaps stage one: the fast site's profile (and its photo) are read while
    a slow site is still answering, not after it."""
    import time

    seen: dict[str, float] = {}

    def photo(request):
        seen["photo"] = time.monotonic()
        return Reply(404, "gone")

    web.add("example.org", "/users/samw", Reply(200, """<html><body><div class="profile-of">
        <h1>Sam Whitlock</h1><img src="/img/walk.jpg" alt="Sam Whitlock on a walk"></div>
        </body></html>"""))
    web.add("example.org", "/img/walk.jpg", photo)
    web.default("example.org", Reply(404, "no such user"))
    web.default("slow.example", Reply(404, "no such user", delay=1.5))
    sites = catalogue(site_entry("Fast"),
                      site_entry("Slow", uri_check="https://slow.example/users/{account}"))
    subject = Subject(name="Sam Whitlock", handles=("samw",))
    started = time.monotonic()
    with routed_net(web, "https://example.org", "https://slow.example") as net:
        report = Audit(subject, sites, net).run()
    assert {a.site: a.status for a in report.accounts} == {
        "Fast": Status.FOUND, "Slow": Status.NOT_FOUND}
    assert seen["photo"] - started < 1.2  # read before the slow site had answered
    assert any(f.kind.value == "tagged_photo" for f in report.findings)


def test_the_profile_readers_end_with_the_audit(web):
    """A finished audit leaves no reader thread polling behind it (recheck and the demo's
    server run audits in a long-lived process)."""
    import threading

    web.add("example.org", "/users/samw", Reply(200, "<div class='profile-of'>Sam</div>"))
    web.default("example.org", Reply(404, "no such user"))
    with routed_net(web, "https://example.org") as net:
        Audit(Subject(name="Sam Whitlock", handles=("samw",)), catalogue(site_entry("Fast")),
              net).run()
    for thread in threading.enumerate():
        if thread.name == "selfaudit-read":
            thread.join(1)
    assert not [t for t in threading.enumerate() if t.name == "selfaudit-read" and t.is_alive()]


def test_only_photos_on_the_subjects_own_parts_of_a_profile_are_read_for_gps(web):
    """The photos whose EXIF is read are the subject's own: a photo in someone else's
    comment is not even fetched."""
    corpus = ROOT / "fixtures" / "extract" / "corpus"
    subject = Subject(name="Sam Whitlock", handles=("samw",))
    web.add("example.org", "/users/samw", Reply(200, """<html><body class="profile-of">
        <article class="post"><h1>Sam Whitlock</h1><p>A walk on Saturday.</p>
        <img src="/mine.jpg" alt="Sam Whitlock on Arthur's Seat"></article>
        <section class="comments"><div class="comment"><span class="comment-author">Peter
        Grant</span><p>Lovely! Here is mine from last week.</p>
        <img src="/theirs.jpg" alt="Peter's view"></div></section></body></html>"""))
    for name, source in (("mine", "photo_gps_edinburgh"), ("theirs", "photo_gps_stirling_le")):
        web.add("example.org", f"/{name}.jpg", Reply(
            200, (corpus / f"{source}.jpg").read_bytes(), content_type="image/jpeg"))
    web.default("example.org", Reply(404, "no such user"))
    with routed_net(web, "https://example.org") as net:
        report = Audit(subject, catalogue(site_entry()), net).run()
    places = {f.value for f in report.findings if f.kind.value == "photo_location"}
    assert places == {"55.95325,-3.18827"}
    assert [r.path for r in web.log if r.path.endswith(".jpg")] == ["/mine.jpg"]
