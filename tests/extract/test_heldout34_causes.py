"""Held-out corpus 34's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from .helpers import MORAG, all_may_not_be_you, findings, html_page

NEWS_URL = "https://www.borderherald.example.org/sport/swimming/coach-of-the-year"


def test_a_trades_listing_under_her_name_with_another_town_is_someone_else() -> None:
    page = html_page(
        "<h1>Morag Kelly Decorating</h1><p>Painter &amp; Decorator · Wallpaper hanging</p>"
        "<p>Based in Truro, covering Truro and Falmouth</p><h2>About us</h2>"
        "<p>I'm Morag, a time-served decorator. I also work for care settings and"
        " recently repainted every lounge at a nursing"
        " home while the residents carried on with their day.</p>"
        "<p>Call <a href='tel:07700900938'>07700 900938</a></p>",
        head="<script type='application/ld+json'>{\"@type\": \"HomeAndConstructionBusiness\","
        " \"name\": \"Morag Kelly Decorating\", \"telephone\": \"+441632960274\"}</script>",
        url="https://www.checkatrade.example.org/trades/moragkellydecorating",
    )
    assert findings(page, MORAG)
    assert all_may_not_be_you(page)


def test_a_practice_team_entry_with_post_nominals_and_another_trade_is_someone_else() -> None:
    page = html_page(
        "<h2>Our team</h2><h3>Morag Kelly Dip DTDH</h3><p>Dental Therapist, GDC 262731</p>"
        "<p>Morag grew up in Stranraer and joined us in 2019. She runs our children's"
        " clinic on Tuesdays.</p>"
        "<img src='/img/team/morag-kelly.jpg' alt='Morag Kelly, Dental Therapist'>",
        url="https://www.nithsidedental.example.org/team",
    )
    assert findings(page, MORAG)
    assert all_may_not_be_you(page)


def test_a_news_story_that_goes_on_by_surname_tells_of_another_trade() -> None:
    page = html_page(
        "<article><h1>Aberystwyth coach Morag Kelly named Coach of the Year</h1>"
        "<figure><img src='/img/morag-kelly-award.jpg' alt='Morag Kelly with her trophy'>"
        "</figure><p>Swimming coach Morag Kelly has been named Coach of the Year.</p>"
        "<p>Kelly, 41, teaches PE at a secondary school in Aberystwyth and grew up in"
        " Tregaron.</p><p>Club chair Gareth Lloyd said: \"She also raised money for the care"
        " home where her mum lives.\"</p></article>",
        url=NEWS_URL,
    )
    assert findings(page, MORAG)
    assert all_may_not_be_you(page)
