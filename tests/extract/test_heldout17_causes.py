"""The general causes behind held-out corpus 17's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

ROZ = Subject(
    name="Rosalind Thirkettle", handles=("rozhooks",), aliases=("Roz Thirkettle",),
    employers=("Wensum Meadows Nursing Home",), locations=("Dereham",),
)  # fmt: skip

OWN_WORDS = "Two of the ladies I support now won’t sit down for the quiz without theirs."


def _listing(reviews: str = "", extra: str = "") -> str:
    """An Etsy listing: the seller named only as her shop, in the meta description."""
    return (
        "<html><head><meta name='description' content='This Gender-Neutral Adult item is sold"
        " by RozHooks. Ships from United Kingdom.'></head><body>"
        "<h1>Crochet Twiddle Muff for Dementia</h1>"
        f"<div class='wt-content-toggle'><p>{OWN_WORDS}</p>{extra}</div>"
        "<div class='shipping'><p>Dispatches from: United Kingdom</p></div>"
        f"<section class='reviews' data-region='reviews'>{reviews}</section></body></html>"
    )


def test_a_shop_listing_is_its_sellers_page() -> None:
    """"sold by RozHooks": her handle as a shop name; the description is her own words."""
    page = html_page(_listing(), url="https://www.etsy.com/uk/listing/1634829175/twiddle-muff")
    assert values(page, ROZ, FindingKind.WORK_TALK) == [OWN_WORDS]


def test_customers_reviews_are_their_words_not_the_sellers() -> None:
    reviews = (
        "<div class='review-card'><p><a href='/uk/people/markf'>Mark</a> · 20 Sep, 2024</p>"
        "<p data-review-text>Ordered two for the day centre where I volunteer in Fakenham. "
        "Sturdy, washable, and the service users love the beads.</p></div>"
    )
    page = html_page(_listing(reviews), url="https://www.etsy.com/uk/listing/1634829175/muff")
    assert values(page, ROZ, FindingKind.WORK_TALK) == [OWN_WORDS]
    assert values(page, ROZ, FindingKind.LOCATION) == []


def test_where_a_parcel_is_sent_from_is_not_where_the_seller_lives() -> None:
    page = html_page(_listing(), url="https://www.etsy.com/uk/listing/1634829175/muff")
    assert values(page, ROZ, FindingKind.LOCATION) == []
    said = "<p>Location: Dereham</p>"  # her own field still counts
    page = html_page(_listing(extra=said), url="https://www.etsy.com/uk/listing/1634829175/m")
    assert values(page, ROZ, FindingKind.LOCATION) == ["Dereham"]


def test_a_care_home_called_by_its_name_is_the_employer() -> None:
    """"Wensum Meadows let me run a session": the home without "Nursing Home"."""
    extra = "<p>Wensum Meadows let me run a muff-making afternoon with relatives.</p>"
    page = html_page(_listing(extra=extra), url="https://www.etsy.com/uk/listing/1634829175/m")
    assert values(page, ROZ, FindingKind.WORKPLACE) == ["Wensum Meadows Nursing Home"]


def test_a_news_story_about_a_farmer_from_a_town_the_list_lacks_is_a_namesakes() -> None:
    """Louth is in the gazetteer but not in the short town list: "Louth farmer" places him."""
    olly = Subject(name="Marcus Ollerenshaw", handles=("ollycoaches",),
                   employers=("Medlock Vale Council",), locations=("Stalybridge",))  # fmt: skip
    body = (
        "<article><h1>Louth farmer Marcus Ollerenshaw ploughs his way to county title</h1>"
        "<figure><img src='/plough.jpg' alt=''><figcaption>Marcus Ollerenshaw on his 1956 "
        "Fordson Major at the Wolds Ploughing Match</figcaption></figure>"
        "<p>Marcus Ollerenshaw, 61, who farms 400 acres of wheat, beat 38 other entrants.</p>"
        "</article>"
    )
    page = html_page(body, url="https://www.lincscourier.co.uk/news/louth-farmer-9201775")
    assert all_may_not_be_you(page, olly)
