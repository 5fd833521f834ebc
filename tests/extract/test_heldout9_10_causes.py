"""The general causes behind held-out corpora 9 and 10's errors, one test (or row) each."""

from __future__ import annotations

import json

import pytest

from selfaudit.extract import extract_findings, is_namesake
from selfaudit.extract.base import build_document
from selfaudit.extract.email import addresses_in_text
from selfaudit.extract.orgs import find_employer
from selfaudit.extract.photo_location import printed_gps
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, html_page, json_page, values

WORK_TALK = FindingKind.WORK_TALK


def test_a_first_person_place_in_someone_elses_reddit_post_is_not_the_subjects() -> None:
    body = (
        '<div class="thing link self" data-author="leith_lass">'
        '<p class="tagline">submitted by <a class="author" href="/user/leith_lass">leith_lass</a>'
        "</p><div class='md'><p>Anyone had the Dunmore Council duty team? I live in Leith and"
        " have waited six months.</p></div></div>"
    )
    page = html_page(body, url="https://old.reddit.com/r/Leith/comments/1/anyone/")
    assert values(page, MORAG, FindingKind.LOCATION) == []


def test_a_businesss_response_to_the_subjects_review_is_not_the_subjects() -> None:
    body = (
        "<h1>Morag Kelly</h1><div class='jftiEf'><div class='d4r55'>Leith Motor Spares</div>"
        "<span class='wiI7pd'>Waited forty minutes for a wiper blade.</span>"
        "<div class='CDe7pd'><span>Response from the owner</span> <span>a year ago</span>"
        "<div>Sorry Morag, please call the shop on 01632 960771 next time.</div></div></div>"
    )
    page = html_page(body, url="https://www.google.com/maps/contrib/1/reviews")
    assert values(page, MORAG, FindingKind.PHONE) == []


@pytest.mark.parametrize(
    ("employer", "written"),
    [
        ("Tywi Valley University Health Board", "the Tywi Valley health board"),
        ("Leeds Teaching Hospitals NHS Trust", "Leeds Hospitals NHS Trust"),
    ],
)
def test_an_nhs_bodys_name_is_found_without_its_qualifier(employer: str, written: str) -> None:
    assert find_employer(f"Lunch with my team from {written} today.", employer) is not None


def test_a_qualifier_is_never_dropped_down_to_two_words() -> None:
    assert find_employer("I studied at Ulster University.", "Ulster University Hospital") is None


@pytest.mark.parametrize(
    ("display", "other"),
    [
        ("knits & natters", False),  # a blog's title
        ("Tea and Biscuits Club", False),
        ("Ffion Rees", True),
    ],
)
def test_a_blog_title_is_not_a_namesakes_name(display: str, other: bool) -> None:
    assert is_namesake(display, MORAG) is other


def test_the_subjects_findings_on_a_blog_with_a_title_for_a_name_are_theirs() -> None:
    head = ('<meta property="og:type" content="profile">'
            '<meta property="og:title" content="knits &amp; natters">')
    body = ("<h1>knits &amp; natters</h1><p>Morag · 40s · Leith</p><div class='post'><p>Spent"
            " today chasing a pharmacy for one of the people on my caseload.</p></div>")
    page = html_page(body, head=head, url="https://moragk.tumblr.com/")
    found = extract_findings(page, MORAG)
    assert found and not any(f.may_not_be_you for f in found)


FB_HEAD = ('<meta property="og:type" content="profile">'
           '<meta property="og:title" content="Morag Kelly">')


def test_a_facebook_comment_labelled_by_its_author_is_not_the_subjects() -> None:
    body = (
        "<h1>Morag Kelly</h1><div role='article'><h2>Morag Kelly</h2>"
        "<div>Last day before a fortnight off.</div><div role='list'>"
        "<div role='article' aria-label='Comment by Lorna Pybus 3 weeks ago'>"
        "<span>Lorna Pybus</span> Text us when you're back, 07700 900233</div>"
        "<div role='article' aria-label='Comment by Morag Kelly 3 weeks ago'>"
        "<span>Morag Kelly</span> Or call me on 07700 900123</div></div></div>"
    )
    page = html_page(body, head=FB_HEAD, url="https://www.facebook.com/moragk")
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]


def test_facebooks_profile_picture_is_known_by_its_address() -> None:
    body = (
        "<h1>Morag Kelly</h1><a aria-label='Morag Kelly' href='/photo/?fbid=1'><img"
        " src='https://scontent-lhr8-1.xx.fbcdn.net/v/t39.30808-1/1_n.jpg?stp=cp0_dst-jpg_s168x168'"
        " alt=\"May be an image of 1 person and text that says 'Dunmore Council'\"></a>"
        "<div class='post'><img src='https://scontent-lhr8-1.xx.fbcdn.net/v/t39.30808-6/2_n.jpg'"
        " alt=\"May be an image of text that says 'Dunmore Council is hiring'\"></div>"
    )
    page = html_page(body, head=FB_HEAD, url="https://www.facebook.com/moragk")
    assert values(page, MORAG, FindingKind.EMPLOYER_BRANDING) == [
        "https://scontent-lhr8-1.xx.fbcdn.net/v/t39.30808-1/1_n.jpg?stp=cp0_dst-jpg_s168x168"
    ]


def test_a_linkedin_post_with_comments_is_still_read() -> None:
    body = (
        "<article class='main-feed-activity-card main-feed-activity-card-with-comments'>"
        "<a class='author-name' href='https://uk.linkedin.com/in/moragk'>Morag Kelly</a>"
        "<p>Two years ago I moved from community social work to the hospital discharge team.</p>"
        "</article><section><h2>More Relevant Posts</h2><article>Our Hospital Social Work Team"
        " has been shortlisted for Team of the Year!</article></section>"
    )
    head = "<title>Morag Kelly on LinkedIn: #socialwork</title>"
    page = html_page(body, head=head, url="https://www.linkedin.com/posts/moragk_activity-1")
    assert values(page, MORAG, WORK_TALK) == [
        "Two years ago I moved from community social work to the hospital discharge team."
    ]


def test_the_authors_headline_on_a_colleagues_post_is_not_the_subjects_workplace() -> None:
    body = (
        "<article class='post'><div class='author'>Jo Akroyd</div>"
        "<p>Occupational Therapist at Dunmore Council</p>"
        "<p>Loved running our first falls workshop today.</p></article>"
    )
    page = html_page(body, url="https://www.linkedin.com/posts/jo-akroyd_activity-2")
    assert values(page, MORAG, FindingKind.WORKPLACE) == []


@pytest.mark.parametrize(
    ("sentence", "talk"),
    [
        ("Two years ago I moved from community social work to the hospital discharge team.",
         True),
        ("What I didn't expect was how much of the job happens in corridors: a chat with a ward"
         " sister can save a patient three days in a bed.", True),
        ("I'm a patient person and my job needs it.", False),
        ("I joined the pub quiz team last year.", False),
    ],
)
def test_work_talk_about_a_team_or_a_patient(sentence: str, talk: bool, rules_only: None) -> None:
    assert is_work_talk(sentence) is talk


def test_a_fundraisers_supporters_and_charity_card_are_not_the_subjects_words() -> None:
    body = (
        "<h1>Morag Kelly is fundraising for Dunmore Council</h1>"
        "<section class='cp-charity-card'><h3>Leith Food Trust</h3><p>We are based in"
        " Portobello.</p></section>"
        "<section class='cp-supporters'><ul><li class='cp-supporter'>"
        "<p class='cp-supporter__name'>Dee Chadha</p><p class='cp-supporter__message'>The"
        " families we work with are lucky to have you.</p></li></ul></section>"
    )
    page = html_page(body, url="https://www.justgiving.com/page/moragk-swim")
    assert values(page, MORAG, WORK_TALK) == []
    assert values(page, MORAG, FindingKind.LOCATION) == []


IG_HEAD = ('<meta property="og:type" content="profile">'
           '<meta property="og:title" content="Morag Kelly (@moragk)">')


@pytest.mark.parametrize(
    ("alt", "tagged"),
    [
        ("Photo by Morag Kelly on January 20, 2024. May be an image of dog and snow.", True),
        ("Photo shared by Morag Kelly on March 03, 2024 tagging @dunmorecouncil.", True),
        ("Photo by Morag Kelly in Portobello Beach. May be an image of 2 people.", True),
        ("Photo shared by moragk on March 03, 2024. May be an image of 1 person.", True),
        ("Photo by Fiona Grant on January 20, 2024. May be an image of snow.", False),
        ("Photo shared by fiona.g on March 03, 2024. May be an image of 1 person.", False),
        ("Photo: Morag Kelly", False),  # a photographer's credit
    ],
)
def test_instagrams_own_alt_puts_the_posters_name_on_the_photo(alt: str, tagged: bool) -> None:
    body = f"<h1>moragk</h1><img src='https://cdn.example.com/p.jpg' alt='{alt}'>"
    page = html_page(body, head=IG_HEAD, url="https://www.instagram.com/moragk/")
    found = values(page, MORAG, FindingKind.TAGGED_PHOTO)
    assert found == (["https://cdn.example.com/p.jpg"] if tagged else [])


def test_an_instagram_bio_naming_the_employers_account_and_the_town() -> None:
    subject = Subject(name="Jas Rowbotham", handles=("jas.rowb",),
                      employers=("Tallowmere Family Trust",), locations=("Nuneaton",))
    bio = ("<h1>Family support worker <a href='/tallowmerefamilies/'>@tallowmerefamilies</a> 💜\n"
           "Nuneaton\nMum of two · cold water dipper</h1>")
    head = IG_HEAD.replace("Morag Kelly (@moragk)", "Jas Rowbotham (@jas.rowb)")
    page = html_page(bio, head=head, url="https://www.instagram.com/jas.rowb/")
    assert values(page, subject, FindingKind.WORKPLACE) == ["Tallowmere Family Trust"]
    assert values(page, subject, FindingKind.LOCATION) == ["Nuneaton"]


def test_a_number_the_subject_can_be_reached_on_is_a_phone() -> None:
    page = html_page("<p>Questions? Morag Kelly can be reached on 07700 900123 (evenings).</p>",
                     url="https://school.example.org/pta")
    assert values(page, MORAG, FindingKind.PHONE) == ["+447700900123"]


def test_gravatars_gallery_and_header_image_are_read() -> None:
    profile = {
        "hash": "ab12", "display_name": "Morag Kelly",
        "profile_url": "https://gravatar.com/moragk",
        "avatar_url": "https://0.gravatar.com/avatar/ab12",
        "header_image": 'url("https://1.gravatar.com/userimage/1/head?size=1024") no-repeat 50%',
        "gallery": [
            {"url": "https://1.gravatar.com/userimage/1/a?size=1024",
             "alt_text": "Morag Kelly with her two boys at the duck pond"},
            {"url": "https://1.gravatar.com/userimage/1/b?size=1024", "alt_text": "A calm lake"},
        ],
    }
    page = json_page(profile, url="https://api.gravatar.com/v3/profiles/ab12")
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == [
        "https://1.gravatar.com/userimage/1/a?size=1024"
    ]
    banners = [i.url for i in build_document(page, MORAG).images if i.role == "banner"]
    assert banners == ["https://1.gravatar.com/userimage/1/head?size=1024"]


def test_other_posters_in_a_mumsnet_thread_the_subject_started_are_not_theirs() -> None:
    def post(user: str, text: str) -> str:
        return (f"<div class='post'><div><span data-username='{user}'>{user}</span></div>"
                f"<div class='post-content'><p>{text}</p></div></div>")

    opening = ("I work in a children's home in Leith and we get a flat £45 for a sleep-in,"
               " which is about £4.50 an hour.")
    body = ("<h1>To think £45 for a sleep-in is taking the mick?</h1><div class='thread'>"
            + post("moragk", opening)
            + post("RattyMcRatface", "I'm a support worker in Kettering and we get £60.")
            + post("moragk", "Thanks all, off to bed.") + "</div>")
    head = f'<meta property="og:description" content="{opening}...">'
    page = html_page(body, head=head, url="https://www.mumsnet.com/talk/aibu/1-to-think")
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]
    assert values(page, MORAG, WORK_TALK) == [opening]


def test_an_event_page_listing_the_subject_as_a_speaker_is_the_organisers() -> None:
    event = {
        "@context": "https://schema.org", "@type": "EducationEvent", "name": "Practice day",
        "location": {"@type": "Place", "name": "The Rooms",
                     "address": {"@type": "PostalAddress", "streetAddress": "12 Westgate",
                                 "addressLocality": "Halifax", "postalCode": "HX1 1PX"}},
        "performer": [{"@type": "Person", "name": "Morag Kelly"}],
    }
    head = f'<script type="application/ld+json">{json.dumps(event)}</script>'
    body = ("<h1>Practice day</h1><p>The Rooms</p><p>12 Westgate Halifax HX1 1PX</p>"
            "<div class='speaker'><h3>Morag Kelly</h3><p>Social Worker, Dunmore Council</p></div>"
            "<div class='organiser'><p>A network for social care practitioners in Calderdale"
            " and Kirklees.</p></div>")
    page = html_page(body, head=head, url="https://www.eventbrite.co.uk/e/practice-day-1")
    assert values(page, MORAG, FindingKind.LOCATION) == []
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_a_namesakes_page_whose_address_spells_the_name_is_still_a_namesakes() -> None:
    subject = Subject(name="Siobhan Carrick", handles=("siobhancarrick",),
                      employers=("Brackenlea Community Support",), locations=("Scarborough",))
    person = {"@context": "https://schema.org", "@type": "Person", "name": "Siobhan Carrick",
              "jobTitle": "Associate Solicitor", "worksFor": {"name": "Gordon Baird Mackie LLP"}}
    head = f'<script type="application/ld+json">{json.dumps(person)}</script>'
    body = ("<h1>Siobhan Carrick</h1><p>Associate Solicitor, family law, Aberdeen office.</p>"
            "<p>Call the Aberdeen office switchboard: 01632 960 200</p>")
    page = html_page(body, head=head, url="https://www.gbm.example/people/siobhan-carrick")
    found = extract_findings(page, subject)
    assert found and all(f.may_not_be_you for f in found)


def _comment(who: str, text: str, inner: str = "") -> str:
    return (f"<div class='comment'><a href='/profile/{who}'>{who}</a> <span>Leith</span>"
            f"<p class='comment-body'>{text}</p>{inner}</div>")


def test_the_subjects_own_comment_under_their_post_is_read_and_others_are_not() -> None:
    body = (
        "<div data-testid='post-byline'><a href='/profile/1'>Morag Kelly</a>"
        "<div><a href='/n/leith'>Leith</a> · 3 days ago</div></div>"
        "<div data-testid='post-body'>Anyone got an old piano? I'd love music in the lounge.</div>"
        "<div class='comments'>"
        + _comment("Helen Morgan", "Is that at Dunmore? Call me on 07700 900555.")
        + _comment("Morag Kelly", "Yes, and my residents would be thrilled to have a piano.",
                   _comment("Rhys P", "My clients would love one too, call 07700 900666."))
        + "</div>"
    )
    page = html_page(body, url="https://nextdoor.co.uk/p/7hQmZk2vXcRt")
    assert values(page, MORAG, WORK_TALK) == [
        "Yes, and my residents would be thrilled to have a piano."
    ]
    assert values(page, MORAG, FindingKind.PHONE) == []
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def test_a_commenters_name_line_places_them_without_their_name() -> None:
    subject = Subject(name="Grace Finch", locations=("Penarth",))
    body = ("<h1>Grace Finch</h1><div class='comment'><a href='/p/1'>Grace Finch</a>"
            " <span>Cogan, Penarth</span><p>Yes, it's the one.</p></div>")
    page = html_page(body, head='<meta property="og:type" content="profile">')
    assert values(page, subject, FindingKind.LOCATION) == ["Cogan, Penarth"]


def test_a_facebook_post_labelled_by_the_subjects_name_is_theirs() -> None:
    body = (
        "<a href='/groups/leith/'>Leith Noticeboard</a>"
        "<div role='article' aria-labelledby=':r1:'><h2 id=':r1:'><a href='/moragk'><strong>"
        "Morag Kelly</strong></a></h2><div data-ad-preview='message'>Hi all, we're recruiting"
        " relief support workers at Dunmore Council. It's the hardest and best job I've ever"
        " had, and the team look out for each other.</div></div>"
    )
    page = html_page(body, url="https://www.facebook.com/groups/leith/posts/1/")
    assert values(page, MORAG, WORK_TALK) == [
        "Hi all, we're recruiting relief support workers at Dunmore Council.",
        "It's the hardest and best job I've ever had, and the team look out for each other.",
    ]


def test_a_facebook_post_labelled_by_someone_elses_name_is_not_the_subjects() -> None:
    body = (
        "<div role='article' aria-labelledby=':r1:'><h2 id=':r1:'>Fiona Grant</h2>"
        "<div>It's the hardest and best job I've ever had, my clients are lovely.</div></div>"
    )
    page = html_page(body, url="https://www.facebook.com/groups/leith/posts/2/")
    assert values(page, MORAG, WORK_TALK) == []


def test_a_blog_posts_title_is_a_heading_not_work_talk() -> None:
    head = ("<title>Night shifts and kettles – Kettles &amp; Keys</title>"
            '<meta property="og:title" content="Night shifts and kettles">')
    body = ("<h1>Night shifts and kettles</h1><p>By Morag Kelly</p>"
            "<p>Worst night shift ever, my manager is a nightmare.</p>")
    page = html_page(body, head=head, url="https://moragk.wordpress.example/night-shifts/")
    assert values(page, MORAG, WORK_TALK) == [
        "Worst night shift ever, my manager is a nightmare."
    ]


def test_a_social_posts_title_names_its_poster() -> None:
    subject = Subject(name="Dez Fairweather", handles=("dez_activities",),
                      employers=("Hollowcombe House",))
    caption = "Our residents at Hollowcombe have better taste in music than I do, honestly!"
    head = f'<title>Dez Fairweather on Instagram: "{caption}"</title>'
    page = html_page(f"<div><span>{caption}</span></div>", head=head,
                     url="https://www.instagram.com/p/C4xYz12AbCd/")
    assert values(page, subject, WORK_TALK) == [caption]
    assert values(page, subject, FindingKind.WORKPLACE) == ["Hollowcombe House"]
    other = html_page(f"<div><span>{caption}</span></div>",
                      head=head.replace("Dez Fairweather", "Fiona Grant"),
                      url="https://www.instagram.com/p/C4xYz12AbCe/")
    assert values(other, subject, WORK_TALK) == []


def test_an_employer_is_found_whichever_apostrophe_the_page_uses() -> None:
    employer = "Larchfield Children's Services"
    assert find_employer("Childcare worker (Larchfield Children’s Services).", employer)


@pytest.mark.parametrize("label", ["work line", "direct line", "office line"])
def test_a_numbers_line_label_is_a_phone_context(label: str) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>Morag Kelly · OT · {label} 01632 960574</p>",
                     url="https://forum.example.org/t/1")
    assert values(page, MORAG, FindingKind.PHONE) == ["+441632960574"]


def test_work_talk_naming_the_employer_by_its_short_name() -> None:
    subject = Subject(name="Rhiannon Bhatt", employers=("Severnside Community Health NHS Trust",))
    said = ("Proud of our falls prevention group at Severnside this week: eight weeks, eleven"
            " people, and not one fall.")
    page = html_page(f"<h1>Rhiannon Bhatt</h1><p>{said}</p>",
                     head='<meta property="og:type" content="profile">')
    assert values(page, subject, WORK_TALK) == [said]
    assert not is_work_talk("Proud of our walking group this week.")


def test_more_relevant_posts_in_a_sidebar_kept_for_the_subjects_card_are_dropped() -> None:
    body = (
        "<h1>Morag Kelly</h1><aside class='sidebar'><div>Morag Kelly</div><div>Social Worker"
        " at Dunmore Council</div><div>Leith, Scotland · 412 followers · View Profile</div>"
        "<section><h2>More Relevant Posts</h2><article><a href='/in/hg'>Hannah Greaves</a>"
        "<p>Senior Occupational Therapist at Leith Care Partners</p></article></section></aside>"
    )
    page = html_page(body, url="https://www.linkedin.com/posts/moragk_activity-3")
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_reddits_web_components_own_comment_and_avatar() -> None:
    avatar = "https://styles.redditmedia.com/t5_1/styles/profileIcon_snoo1-headshot.png?width=64"
    body = (
        "<shreddit-post author='moragk'><h1>Travel time question</h1><div slot='text-body'>"
        "<p>Do other carers get paid between calls?</p></div></shreddit-post>"
        "<shreddit-comment-tree>"
        "<shreddit-comment author='northwest_nurse_j'><div id='t1_a-comment-rtjson-content'>"
        "<p>Which agency? My manager says call 07700 900555.</p></div>"
        "<shreddit-comment author='moragk'><div slot='commentAvatar'><faceplate-img"
        f" src='{avatar}' alt='u/moragk avatar' width='24' height='24'></faceplate-img></div>"
        "<div id='t1_b-comment-rtjson-content'><p>Dunmore, and my manager is lovely but her"
        " hands are tied.</p></div></shreddit-comment></shreddit-comment></shreddit-comment-tree>"
    )
    page = html_page(body, url="https://www.reddit.com/r/CareWorkers/comments/1/travel/")
    said = values(page, MORAG, WORK_TALK)  # her own post's question counts too (pay at work)
    assert "Dunmore, and my manager is lovely but her hands are tied." in said
    assert not any("Which agency" in s or "My manager says" in s for s in said)
    assert values(page, MORAG, FindingKind.PHONE) == []
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == [avatar]


def test_linktrees_profile_image_is_an_avatar_whatever_its_file_is_called() -> None:
    src = "https://ugc.example/1_dunmore-council-staff-badge.png?size=avatar-v3_0"
    body = (f"<img data-testid='ProfileImage' alt='moragk' width='96' height='96' src='{src}'>"
            "<h1>@moragk</h1>")
    page = html_page(body, url="https://linktr.ee/moragk")
    roles = {i.url: i.role for i in build_document(page, MORAG).images}
    assert roles[src] == "avatar"


def test_a_video_by_another_creator_in_a_tiktok_grid_is_not_the_subjects_words() -> None:
    head = '<meta property="og:type" content="profile">'
    body = (
        "<h1>moragk</h1><h2>Morag Kelly</h2>"
        "<img src='https://cdn.example/v1.jpg' alt=\"night shift snack tier list, don't @ me"
        " #nurse created by Carly with Carly's original sound\">"
        "<img src='https://cdn.example/v2.jpg' alt='Back-to-back calls today with my manager"
        " and not one cold cuppa created by Morag Kelly with original sound'>"
    )
    page = html_page(body, head=head, url="https://www.tiktok.com/@moragk")
    talk = values(page, MORAG, WORK_TALK)
    assert len(talk) == 1 and talk[0].startswith("Back-to-back calls today with my manager")


def test_nextdoor_neighbourhood_and_a_comment_whose_author_is_an_avatar_label() -> None:
    subject = Subject(name="Priya Chandrasekar", locations=("Inverness",))
    body = (
        "<div data-testid='post-header'><div data-testid='author-name'><a href='/p/1'>Priya"
        " Chandrasekar</a></div><div data-testid='post-byline'><a href='/neighborhood/h/'"
        " data-testid='neighborhood-link'>Hilton</a> · 3 d ago</div></div>"
        "<div data-testid='styled-text'>Our grey tabby hasn't come home.</div>"
        "<div class='comments-container'>"
        "<div class='comment'><a href='/p/2' aria-label='Sandra Munro profile'><img src='/s.jpg'"
        " alt=''></a><div class='comment-body'><span>Sandra Munro</span> Will check the shed,"
        " my clients on Culloden Road love cats!</div></div>"
        "<div class='comment'><a href='/p/1' aria-label='Priya Chandrasekar profile'><img"
        " src='/p.jpg' alt=''></a><div class='comment-body'><span>Priya Chandrasekar</span>"
        " <div class='comment-text'>Thanks Sandra, I'm out on my visits till 3.</div></div></div>"
        "</div>"
    )
    page = html_page(body, url="https://nextdoor.co.uk/p/Hq7vT2mPz9Kx")
    assert values(page, subject, FindingKind.LOCATION) == ["Hilton"]
    assert values(page, subject, WORK_TALK) == ["Thanks Sandra, I'm out on my visits till 3."]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("GPS Latitude\n53 deg 55' 29.86\" N\nGPS Longitude\n1 deg 49' 20.32\" W",
         (53.92496, -1.82231)),
        ('"GPS Latitude Ref", "raw": {"_content": "North"}}, {"label": "GPS Latitude", "raw":'
         ' {"_content": "51 deg 35\' 25.22\\" N"}}, {"label": "GPS Longitude", "raw":'
         ' {"_content": "0 deg 1\' 19.67\\" W"}}', (51.59034, -0.02213)),
        ("GPS Latitude 53 deg 55' 29.86\" N only", None),  # no longitude
    ],
)
def test_exif_gps_printed_on_a_photo_page(text: str, position: tuple[float, float] | None) -> None:
    found = printed_gps(text)
    if position is None:
        assert found is None
    else:
        assert found is not None and [round(v, 5) for v in found] == list(position)


def test_flickrs_exif_api_response_gives_the_photos_position_on_the_subjects_photo() -> None:
    def exif(tag: str, raw: str) -> dict[str, object]:
        return {"tagspace": "GPS", "tag": tag, "label": tag, "raw": {"_content": raw}}

    data = {"photo": {"id": "1", "owner": {"username": "moragk", "realname": "Morag Kelly"},
                      "exif": [exif("GPS Latitude", "55 deg 58' 30.00\" N"),
                               exif("GPS Longitude", "3 deg 10' 12.00\" W")]}}
    url = "https://api.flickr.com/services/rest/?method=flickr.photos.getExif&photo_id=1"
    assert values(json_page(data, url=url), MORAG, FindingKind.PHOTO_LOCATION) == [
        "55.97500,-3.17000"
    ]
    data["photo"]["owner"] = {"username": "fgrant", "realname": "Fiona Grant"}
    assert values(json_page(data, url=url), MORAG, FindingKind.PHOTO_LOCATION) == []


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Support worker · knitter · Munro bagger · Fife", ["Fife"]),
        ("Support worker · knitter · Kendal", ["Kendal"]),
        ("Support worker · knitter · Scotland", []),  # a nation alone says too little
        ("Support worker · Reading · knitting", []),  # a hobby, not a place in this bio
    ],
)
def test_a_place_as_one_part_of_a_bio_line(bio: str, expected: list[str]) -> None:
    subject = Subject(name="Fiona Lennox", handles=("fi_lennox",))
    page = html_page(f"<h1>Fiona Lennox</h1><p>{bio}</p>", url="https://links.example/fi_lennox")
    assert values(page, subject, FindingKind.LOCATION) == expected


@pytest.mark.parametrize(
    ("sentence", "talk"),
    [
        ("In my day job at Larchfield I see how much a week away can change a young person's"
         " confidence.", True),
        ("In my day job I'm an accountant and I love a spreadsheet.", False),
    ],
)
def test_what_the_subject_sees_in_their_day_job(sentence: str, talk: bool) -> None:
    assert is_work_talk(sentence) is talk


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("It's Dunmore, and the manager is lovely but her hands are tied by the budget.", True),
        ("She talks about her team and the families she works with.", False),
    ],
)
def test_her_is_the_subjects_manager_not_the_subject(sentence: str, said: bool) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>{sentence}</p>",
                     head='<meta property="og:type" content="profile">')
    assert values(page, MORAG, WORK_TALK) == ([sentence] if said else [])


def test_a_discourse_thread_in_its_crawler_view() -> None:
    def post(user: str, name: str, text: str, comment: bool = False) -> str:
        prop = " itemprop='comment'" if comment else ""
        return (f"<div class='topic-body crawler-post'{prop}><div class='crawler-post-meta'>"
                f"<span class='creator' itemprop='author'><a href='/u/{user}'><span"
                f" itemprop='name'>{user}</span></a> ({name})</span></div>"
                f"<div class='post' itemprop='text'><p>{text}</p></div></div>")

    body = (
        "<div id='topic-title'><h1>Section 136 handover delays</h1></div>"
        + post("moragk", "Morag Kelly", "In our area the police wait four hours with someone on"
               " a 136 before I can get a doctor out. Drop me a line at morag dot kelly at"
               " example dot org.")
        + post("kosei", "Kezia Osei", "Same here, my manager says email kezia@example.net.",
               comment=True)
    )
    page = html_page(body, url="https://community.example.org/t/section-136/4412")
    assert values(page, MORAG, FindingKind.EMAIL) == ["morag.kelly@example.org"]
    assert values(page, MORAG, WORK_TALK) == [
        "In our area the police wait four hours with someone on a 136 before I can get a"
        " doctor out."
    ]


def test_an_address_spelt_in_words_after_a_phrase_ending_in_at() -> None:
    found = [a for a, _, _ in addresses_in_text("drop me a line at t dot wrona at example dot com")]
    assert found == ["t.wrona@example.com"]


def test_the_abbreviation_a_page_defines_for_the_employer_next_to_the_subjects_name() -> None:
    subject = Subject(name="Siobhan Maguire", employers=("Calder Reach NHS Foundation Trust",))
    body = (
        "<p>The Panel considered a joint report of the Director of Adult Services and Calder"
        " Reach NHS Foundation Trust (CRFT) on hospital discharge.</p>"
        "<p>Siobhan Maguire, Hospital Discharge Lead (Social Work), CRFT, presented the report."
        "</p><p>The Service Manager for Commissioning (Adults) replied.</p>"
    )
    page = html_page(body, url="https://council.example.gov.uk/minutes/51")
    assert values(page, subject, FindingKind.WORKPLACE) == ["Calder Reach NHS Foundation Trust"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Morag Kelly, 34, who lives in Leith with her partner and their dog, works as an AMHP"
         " for Dunmore Council.", True),
        ("Morag Kelly is a social worker in Leith. Her partner works for Dunmore Council.",
         False),
    ],
)
def test_a_partner_she_lives_with_does_not_take_her_job(sentence: str, found: bool) -> None:
    page = html_page(f"<article><p>{sentence}</p></article>",
                     url="https://news.example.co.uk/award")
    assert values(page, MORAG, FindingKind.WORKPLACE) == (["Dunmore Council"] if found else [])


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Family support worker 💜 Leith Mum of two", ["Leith"]),  # one line: no line break
        ("Knitter and walker 📍 Lives in Portobello", ["Portobello"]),
    ],
)
def test_a_town_in_a_bio_run_together_on_one_line(bio: str, expected: list[str]) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>{bio}</p>",
                     head='<meta property="og:type" content="profile">')
    assert values(page, MORAG, FindingKind.LOCATION) == expected


def test_a_post_marked_with_another_author_on_the_subjects_page_is_not_their_talk() -> None:
    body = ("<h1>Morag Kelly</h1><div class='thing' data-author='leith_lass'><div class='md'>"
            "<p>Worst night shift ever, my manager is a nightmare.</p></div></div>")
    assert values(html_page(body), MORAG, WORK_TALK) == []
