"""Tagged photos: images whose alt, caption or people tags name the subject."""

from __future__ import annotations

import pytest

from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values

KIND = FindingKind.TAGGED_PHOTO
BASE = "https://photos.example.com/moragk"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ('<img src="/p/1.jpg" alt="Morag Kelly at the Christmas do">', ["/p/1.jpg"]),
        ('<img src="/p/2.jpg" alt="MORAG KELLY">', ["/p/2.jpg"]),
        ('<img src="/p/3.jpg" alt="Jo, M. Kelly and Sam">', ["/p/3.jpg"]),
        ('<img src="/p/4.jpg" alt="Mo Kelly on the beach">', ["/p/4.jpg"]),  # alias
        ('<img src="/p/5.jpg" alt="Morag McLeod, 1999">', ["/p/5.jpg"]),  # maiden name
        ('<img src="/p/6.jpg" title="with Morag Kelly">', ["/p/6.jpg"]),
        ('<img src="/p/7.jpg" aria-label="Photo of @moragk">', ["/p/7.jpg"]),
        ('<img src="https://cdn.example.net/x.jpg" alt="Mórag Kélly">',
         ["https://cdn.example.net/x.jpg"]),
        ('<figure><img src="/p/8.jpg" alt="Party"><figcaption>Morag Kelly and friends'
         "</figcaption></figure>", ["/p/8.jpg"]),
        ('<figure data-tagged="jsmith,moragk"><img src="/p/9.jpg" alt="Ceilidh"></figure>',
         ["/p/9.jpg"]),
        ('<img src="/p/10.jpg" data-people="moragk" alt="">', ["/p/10.jpg"]),
        ('<div class="photo"><img src="/p/11.jpg" alt="Beach"><ul class="tags"><li>Sam Reid</li>'
         "<li>Mo Kelly</li></ul></div>", ["/p/11.jpg"]),
        ('<div class="post"><img data-src="/p/12.jpg" alt="Morag Kelly"></div>', ["/p/12.jpg"]),
        ('<meta property="og:image" content="/p/og.jpg">'
         '<meta property="og:image:alt" content="Morag Kelly receiving an award">', ["/p/og.jpg"]),
    ],
)  # fmt: skip
def test_tagged_photo_found(body: str, expected: list[str]) -> None:
    page = html_page(body, url=BASE)
    absolute = [e if e.startswith("http") else "https://photos.example.com" + e for e in expected]
    assert values(page, MORAG, KIND) == absolute


@pytest.mark.parametrize(
    "body",
    [
        '<img src="/p/1.jpg" alt="John Smith at the party">',
        '<img src="/p/2.jpg" alt="Kelly\'s birthday">',  # surname alone
        '<img src="/p/4.jpg" alt="moragk">',  # a bare handle in alt text is not a tag
        '<img src="/p/9.jpg" alt="Morag Kelly\'s mum at ninety">',  # her family, not her
        '<img src="/pixel.gif" width="1" height="1" alt="Morag Kelly">',
        '<img src="data:image/png;base64,AAAA" alt="Morag Kelly">',
        '<figure data-tagged="jsmith"><img src="/p/5.jpg" alt="Ceilidh"></figure>',
        # a caption belongs to its own photo, not to the neighbours in a gallery
        '<div class="gallery"><img src="/p/6.jpg" alt="Sunset">'
        '<figure><img src="/p/7.jpg" alt="x"><figcaption>John Smith</figcaption></figure></div>',
        '<div class="comment"><img src="/p/8.jpg" alt="Morag Kelly"></div>',
    ],
)
def test_not_a_tagged_photo(body: str) -> None:
    assert values(html_page(body, url=BASE), MORAG, KIND) == []


@pytest.mark.parametrize(
    "body",
    [
        '<img class="avatar" src="/a.jpg" alt="Morag Kelly">',
        '<img class="avatar" src="/a.jpg" alt="Morag Kelly\'s profile picture">',
        '<div class="h-card"><img class="u-photo" src="/a.jpg" alt="Morag Kelly">'
        '<span class="p-name">Morag Kelly</span></div>',
    ],
)
def test_a_profile_photo_with_the_subjects_name_is_a_tagged_photo(body: str) -> None:
    """The issue's definition is the markup: an image whose alt names the subject. A face
    beside the name is what a stranger (or a service user's family) can recognise."""
    assert values(html_page(body, url=BASE), MORAG, KIND) == ["https://photos.example.com/a.jpg"]


OWN = '<header><h1>Morag Kelly</h1></header>'


@pytest.mark.parametrize(
    ("body", "tagged"),
    [
        ('<img src="/p/1.jpg" alt="Morag at the top of Ben Ledi">', True),
        ('<figure><a href="/full/2.jpg"><img src="/p/2.jpg" alt=""></a>'
         "<figcaption>Team night out: Morag (left) with the crew</figcaption></figure>", True),
        ('<img src="/p/3.jpg" alt="Morag Grant and her dog">', False),  # another Morag
        ('<img src="/p/4.jpg" alt="Morag\'s boys on the last day of term">', False),
        ('<img src="/p/5.jpg" alt="View from the car park">', False),
    ],
)  # fmt: skip
def test_on_the_subjects_own_page_the_given_name_alone_names_them(body: str, tagged: bool) -> None:
    got = values(html_page(OWN + body, url=BASE), MORAG, KIND)
    assert bool(got) is tagged, got


def test_the_given_name_alone_is_not_enough_on_someone_elses_page() -> None:
    body = '<header><h1>Sam Reid</h1></header><img src="/p/1.jpg" alt="Morag at the beach">'
    assert values(html_page(body, url="https://photos.example.com/samreid"), MORAG, KIND) == []


def test_profile_card_image_is_not_a_tagged_photo() -> None:
    head = (
        '<meta property="og:type" content="profile">'
        '<meta property="og:image" content="/me.jpg">'
        '<meta property="og:image:alt" content="Morag Kelly">'
    )
    assert values(html_page("<p>hi</p>", head=head, url=BASE), MORAG, KIND) == []
