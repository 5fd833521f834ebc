"""Employer branding: the employer's logo or name in a personal profile's avatar or banner."""

from __future__ import annotations

import pytest

from selfaudit.extract.employer_branding import mentions_employer
from selfaudit.models import FindingKind, Severity

from .helpers import MORAG, PLAIN, findings, html_page, json_page, values

KIND = FindingKind.EMPLOYER_BRANDING
CDN = "https://cdn.example.net"
PROFILE = '<meta property="og:type" content="profile">'


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        ("", f'<img class="avatar" src="{CDN}/u/dunmore-council-logo.png">',
         f"{CDN}/u/dunmore-council-logo.png"),
        ("", f'<img class="avatar" src="{CDN}/u/DunmoreCouncil.jpg">',
         f"{CDN}/u/DunmoreCouncil.jpg"),
        ("", f'<img class="avatar" src="{CDN}/u/dunmore_logo.png">', f"{CDN}/u/dunmore_logo.png"),
        ("", f'<div class="profile-header"><img src="{CDN}/b/1.jpg" alt="Dunmore Council banner">'
             "</div>", f"{CDN}/b/1.jpg"),
        ("", f'<img class="profile-banner" src="{CDN}/b/2.jpg" title="Proud of Dunmore Council">',
         f"{CDN}/b/2.jpg"),
        ("", f'<div class="cover" style="background-image: url(\'{CDN}/b/dunmore-council.jpg\')">'
             "</div>", f"{CDN}/b/dunmore-council.jpg"),
        (PROFILE + f'<meta property="og:image" content="{CDN}/og/dunmore-council-crest.png">',
         "<p>hi</p>", f"{CDN}/og/dunmore-council-crest.png"),
        ("", f'<img class="avatar" src="{CDN}/u/dunmore%20council.png">',
         f"{CDN}/u/dunmore%20council.png"),
    ],
)  # fmt: skip
def test_branding_found(head: str, body: str, expected: str) -> None:
    assert values(html_page(body, head=head), MORAG, KIND) == [expected]


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a photo in a post is not the profile's avatar or banner
        ("", f'<div class="post"><img src="{CDN}/p/dunmore-council-awards.jpg"></div>'),
        # an unrelated avatar; "logo" alone, or "council" alone, names no employer
        ("", f'<img class="avatar" src="{CDN}/u/cat.jpg">'),
        ("", f'<img class="avatar" src="{CDN}/u/logo.png">'),
        ("", f'<img class="avatar" src="{CDN}/u/council-logo.png">'),
        # the employer's own site is not a personal profile
        ('<meta property="og:site_name" content="Dunmore Council">',
         f'<img class="avatar" src="{CDN}/dunmore-council-logo.png">'),
        # the employer's own page on a platform (a business Page the subject runs)
        (PROFILE + '<meta property="og:title" content="Dunmore Council">',
         f'<img class="avatar" src="{CDN}/dunmore-council-logo.png">'),
        # ... or its page whose og:title is its name, whatever the page's type
        ('<meta property="og:title" content="Dunmore Council">',
         f'<div role="banner"><img class="cover" src="{CDN}/dunmore-council-banner.jpg"></div>'
         f'<img class="avatar" src="{CDN}/dunmore-council-logo.png">'),
        # an article's card image on a page that is not a profile
        (f'<meta property="og:image" content="{CDN}/news/dunmore-council.jpg">', "<p>news</p>"),
        ('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person",'
         '"name":"Jane Reporter"}}</script>',
         f'<img class="banner" src="{CDN}/dunmore-council-banner.jpg">'),
    ],
)  # fmt: skip
def test_not_branding(head: str, body: str) -> None:
    assert values(html_page(body, head=head), MORAG, KIND) == []


def test_host_of_the_employer_is_not_a_personal_profile() -> None:
    page = html_page(
        f'<img class="avatar" src="{CDN}/dunmore-council-logo.png">',
        url="https://www.dunmorecouncil.example.org/team",
    )
    assert values(page, MORAG, KIND) == []


def test_discovered_employer_in_api_avatar() -> None:
    data = {
        "acct": "moragk", "username": "moragk", "display_name": "Morag Kelly",
        "note": "<p>Support worker for Riverside Care Trust.</p>",
        "avatar": f"{CDN}/avatars/riverside-care-trust.png",
    }  # fmt: skip
    [finding] = findings(json_page(data), PLAIN, KIND)
    assert finding.value == f"{CDN}/avatars/riverside-care-trust.png"
    assert finding.severity is Severity.MEDIUM


@pytest.mark.parametrize(
    ("haystack", "employer", "expected"),
    [
        ("/u/dunmore-council-logo.png", "Dunmore Council", True),
        ("/u/dunmorecouncil.png", "Dunmore Council Social Work", True),
        ("/u/riverside-logo.png", "Riverside Care Trust", True),
        ("/u/care-trust-logo.png", "Riverside Care Trust", False),
        ("/u/riverside.png", "Riverside Care Trust", False),
    ],
)
def test_mentions_employer(haystack: str, employer: str, expected: bool) -> None:
    assert mentions_employer(haystack, employer) is expected


def test_card_image_that_is_also_the_avatar_counts_as_the_avatar() -> None:
    # No og:type: the card image alone would not count, but the same file is the avatar.
    head = '<meta property="og:image" content="https://links.example/i/dunmore-council-logo.png">'
    body = '<img class="avatar" src="/i/dunmore-council-logo.png" alt="Dunmore Council logo">'
    page = html_page(body, head=head, url="https://links.example/samw")
    assert values(page, PLAIN, KIND) == []  # nothing names the employer in the text
    assert values(page, MORAG, KIND) == ["https://links.example/i/dunmore-council-logo.png"]


def test_a_twibbon_whose_file_runs_the_employers_words_together() -> None:
    from selfaudit.models import Subject

    subject = Subject(
        name="Rhi Pryce",
        handles=("rhipryce",),
        employers=("Severn Marches Mental Health Partnership",),
    )
    body = (
        '<img class="avatar" alt="Opens profile photo" '
        'src="https://pbs.example.com/profile_images/1/SevernMarches_twibbon_400x400.jpg">'
    )
    assert values(html_page(body, url="https://x.example.com/rhipryce"), subject, KIND) == [
        "https://pbs.example.com/profile_images/1/SevernMarches_twibbon_400x400.jpg"
    ]


def test_the_employers_own_account_avatar_beside_its_post_is_not_the_subjects_branding() -> None:
    body = (
        '<img class="avatar" alt="dunmore_council\'s profile picture" '
        'src="https://cdn.example.com/dunmore-council-logo.jpg">'
    )
    assert values(html_page(body, url="https://insta.example.com/p/Cx1/"), MORAG, KIND) == []


@pytest.mark.parametrize(
    ("alt", "src", "branding"),
    [
        ("A sensory garden for Dunmore Council's day centre", "b/91.jpg", False),
        ("The view from the office at Dunmore Council", "b/92.jpg", False),
        ("A banner with the Dunmore Council logo", "b/93.jpg", True),  # a mark is named
        ("A sensory garden for Dunmore Council", "b/dunmore-council-garden.jpg", True),
        ("Proud to work for Dunmore Council", "b/94.jpg", True),  # the banner's own words
    ],
)
def test_a_banner_picturing_a_scene_for_the_employer_does_not_wear_its_name(
    alt: str, src: str, branding: bool
) -> None:
    """A fundraiser's hero picture of the garden it raises money for names the employer as
    the cause, not as a name or logo the picture shows."""
    body = f'<div class="profile-header"><img class="hero" src="{CDN}/{src}" alt="{alt}"></div>'
    assert bool(values(html_page(body), MORAG, KIND)) is branding
