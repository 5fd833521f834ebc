"""The general causes behind held-out corpus 22's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.extract import extract_findings
from selfaudit.models import Subject

from .helpers import html_page

PIP = Subject(
    name="Philippa Marchbank", aliases=("Pip Marchbank", "Hooked by Pip"),
    handles=("hookedbypip", "pipmarchbank"), employers=("Bramblewood Day Nursery",),
    emails=("hookedbypip@example.co.uk",), locations=("Cheltenham",),
)  # fmt: skip


@pytest.mark.parametrize("site", ["Etsy", "Ravelry", "Patreon"])
def test_a_profile_titled_handle_on_site_is_not_a_namesakes(site: str) -> None:
    """og:title "HookedByPip on Etsy" is the account's name and the site's, not a person called
    "HookedByPip On"."""
    head = (
        "<meta property='og:type' content='profile'>"
        f"<meta property='og:title' content='HookedByPip on {site}'>"
    )
    body = (
        "<h1>HookedByPip</h1><p>Crochet patterns from Cheltenham.</p>"
        "<p>Seller details: Philippa Marchbank. Email: hookedbypip@example.co.uk</p>"
    )
    page = html_page(body, head=head, url=f"https://www.{site.lower()}.example/shop/HookedByPip")
    found = extract_findings(page, PIP)
    assert found and not any(f.may_not_be_you for f in found)
