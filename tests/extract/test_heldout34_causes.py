"""Held-out corpus 34's first-score errors, each as the general case it stands for."""

from __future__ import annotations

from dataclasses import replace

from selfaudit.models import FindingKind, Page

from .helpers import MORAG, all_may_not_be_you, findings, html_page, values

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


def test_a_count_in_brackets_after_her_name_is_not_an_age_that_rules_her_out() -> None:
    page = html_page(
        "<h1>Exeter, St Sidwell</h1><table><tr><td>3</td><td>Morag Kelly</td></tr></table>"
        "<figure><img src='/image.php?id=1&amp;size=large' alt='Band photo'>"
        "<figcaption>L–R: Simon Heard, Mo Kelly, Margaret Yeo</figcaption></figure>"
        "<h2>Comments</h2><p>Morag Kelly (212)</p><p>David Sanders (1,408)</p>",
        url="https://bb.example.org/view.php?id=1801",
    )
    tagged = findings(page, MORAG)
    assert [f.value for f in tagged] == ["https://bb.example.org/image.php?id=1&size=large"]
    assert not any(f.may_not_be_you for f in tagged)


def test_a_walk_report_posted_by_her_handle_is_her_page_and_its_alt_may_name_the_handle() -> None:
    page = html_page(
        "<h1>Ben Chonzie: a hill for a bad week</h1>"
        "<p>Walked 3 November 2024 · posted by tired_sw · 12.4 km</p>"
        "<p>It had been a rotten week at work.</p>"
        "<figure><img src='https://cdn.example.org/IMG_5520.jpg'"
        " alt='tired_sw at the summit cairn of Ben Chonzie'></figure>",
        url="https://munrolog.example.org/reports/11402",
    )
    tagged = [f for f in findings(page, MORAG) if f.kind.value == "tagged_photo"]
    assert [f.value for f in tagged] == ["https://cdn.example.org/IMG_5520.jpg"]


def test_an_articles_hero_photo_with_a_caption_naming_her_is_a_tagged_photo() -> None:
    page = html_page(
        "<article><h1>Supporter of the Month: Morag Kelly</h1><p class='byline'>By Rhodri"
        " Ellis</p><figure class='article-hero'><img src='/media/news/morag-kelly-800.jpg'"
        " alt=''><figcaption>Morag Kelly in the South Stand with her ukulele.</figcaption>"
        "</figure><p>Our supporter of the month has followed the club since she was six.</p>"
        "</article>",
        url="https://www.wyverns.example.org/news/supporter-of-the-month",
    )
    tagged = [f.value for f in findings(page, MORAG) if f.kind.value == "tagged_photo"]
    assert tagged == ["https://www.wyverns.example.org/media/news/morag-kelly-800.jpg"]


def _old_reddit_thread() -> Page:
    return html_page(
        "<div class='side'><div class='md'><p>A community for social workers. Please don't"
        " post identifying details about service users.</p></div></div>"
        "<div class='thing link' data-author='thistle_msw'><div class='entry'>"
        "<p class='tagline'>submitted by <a class='author'>thistle_msw</a></p>"
        "<div class='md'><p>Final year MSc student in Glasgow. Placement next month.</p></div>"
        "</div></div>"
        "<div class='thing comment' data-author='tired_sw'><div class='entry'>"
        "<p class='tagline'><a class='author'>tired_sw</a> 212 points</p>"
        "<div class='md'><p>We're down two workers, so everyone's caseload is about forty.</p>"
        "</div></div></div>",
        head="<title>Is it as grim as people say? : r/socialwork</title><meta"
        " name='description' content='Final year MSc student in Glasgow. Placement next month.'>",
        url="https://old.reddit.example.org/r/socialwork/comments/1gq8x2k/grim/",
    )


def test_a_threads_opening_post_in_its_description_is_not_hers() -> None:
    assert values(_old_reddit_thread(), MORAG, FindingKind.LOCATION) == []


def test_a_forums_side_column_rules_are_not_her_words() -> None:
    talk = values(_old_reddit_thread(), MORAG, FindingKind.WORK_TALK)
    assert any("caseload" in t for t in talk)
    assert not any("identifying details" in t for t in talk)


def test_people_also_looked_at_is_a_list_of_other_businesses() -> None:
    who = replace(MORAG, employers=("Larkspur Care Group",))
    page = html_page(
        "<h1>Brightstaff Nursing Agency</h1><article><p>Morag K</p><p>I manage a nursing"
        " home and we use Brightstaff when our own bank can't cover.</p></article>"
        "<section class='styles_peopleAlsoLookedAt__c1Lq2'><h2>People also looked at</h2>"
        "<ul><li><a href='/review/larkspur.example.org'>Larkspur Care Group</a> 3.2</li>"
        "</ul></section>",
        head="<meta property='og:title' content=\"Morag Kelly's review of Brightstaff\">",
        url="https://www.trustpilot.example.org/reviews/66d6e1b2",
    )
    assert values(page, who, FindingKind.WORKPLACE) == []


def test_a_managers_response_under_her_review_is_not_her_words() -> None:
    page = html_page(
        "<h1>The Harbour Tearoom</h1><div id='REVIEWS'><div class='review-container'>"
        "<div class='review hsx_review'><div class='member_info'>"
        "<div class='info_text_name'>tired_sw</div></div>"
        "<div class='entry'><p class='partial_entry'>Brought four of the girls from our care"
        " at home team here for lunch after a hard month covering the rota.</p></div>"
        "<div class='mgrRspnInline'><div class='prw_rup prw_reviews_response_header'>"
        "<div class='header'>Response from HarbourTearoomTeam, Owner</div></div>"
        "<div class='prw_rup prw_reviews_text_summary_hsx'><div class='entry'>"
        "<p class='partial_entry'>Dear tired_sw, thank you so much for choosing us for your"
        " team lunch! We know how hard carers work, my own mum had carers coming in four"
        " times a day for two years and they were angels.</p></div></div></div>"
        "</div></div></div>",
        head="<meta property='og:title' content=\"Morag Kelly's review of The Harbour Tearoom\">",
        url="https://www.tripadvisor.example.org/ShowUserReviews-g1-d2-r3.html",
    )
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any("covering the rota" in t for t in talk)
    assert not any("four times a day" in t for t in talk)
