"""The general causes behind held-out corpus 11's errors, one test (or row) each."""

from __future__ import annotations

import pytest

from selfaudit.extract import extract_findings
from selfaudit.extract.orgs import names_employer
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Subject

from .helpers import MORAG, html_page, values


@pytest.mark.parametrize(
    ("sentence", "talk"),
    [
        ("Three sleep-ins in a row and the young people decided 5am was a perfectly reasonable"
         " time to make pancakes.", True),
        ("Waking night tonight, so if anyone needs me I'll be doing laundry.", True),
        ("Summer fun day at work was chaos in the best way.", True),
        ("2022 First Aid at Work, certificate no. 4411", False),
        ("Custom orders: texts best, I can't answer at work.", False),
        ("By 4am the bed manager had rung every unit in Wales and two in Bristol.", True),
        ("On Tuesday I was called out at 11pm to assess a man in his seventies.", True),
        ("I don't write this to blame anyone at the health board, the crisis team were"
         " brilliant.", True),
        ("Dad's quiz team finally won at the Swan tonight and now the whole team is"
         " insufferable.", False),
        ("Our netball team won again tonight, the whole team was buzzing.", False),
        ("Nobody warns you that working in a children's home means learning every Taylor Swift"
         " song.", True),
        ("They are, and honestly the managers actually listen.", True),
        ("Had a young person tell me today that I'm the only adult who never gave up on her.",
         True),
        ("A young person at the bus stop told me the time.", False),
        ("Most days are about getting our young people to school and keeping the house calm.",
         True),
        ("I'm key worker for two young people and I lead on medication audits.", True),
        ("Before that I spent three years in adult care, which taught me patience.", True),
        ("Before that I spent three years in Spain, which taught me patience.", False),
        ("My first client of the day always asks to see my sunrise photos.", True),
        ("Pulled over between my 6.45 and my 7.30 call to grab this.", True),
        ("My only clients are herons and they never turn up to their appointments.", False),
        ("The hardest part of the job is telling a family there is no bed tonight.", True),
        ("Best part of the job.", False),
        ("My employer, Larkfield Children's Homes, has agreed to match the first £500.", True),
        ("Views are mine, not my employer's.", False),
        ("Update: I rang my union and they said the split has to be agreed in writing.", True),
        ("I cover a patch that's mostly farms and coastline.", True),
        ("Thank you Nia, the ward staff that night were kinder than they had time to be.",
         True),
    ],
)
def test_work_talk_phrasing(sentence: str, talk: bool, rules_only: None) -> None:
    assert is_work_talk(sentence) is talk


def test_the_employers_handle_on_a_line_of_its_own_in_a_bio() -> None:
    subject = Subject(name="Keeley Marchbank", handles=("keeley_mb",),
                      employers=("Larkfield Children's Homes Ltd",))
    body = ("<div data-testid='UserDescription'><span>Residential support worker </span>"
            "<div><a href='/LarkfieldCH'>@LarkfieldCH</a></div><span> · mum of two</span></div>")
    head = '<meta property="og:type" content="profile">'
    page = html_page(f"<h1>Keeley Marchbank</h1>{body}", head=head, url="https://x.com/keeley_mb")
    assert values(page, subject, FindingKind.WORKPLACE) == ["Larkfield Children's Homes Ltd"]


def test_a_namesake_harpist_organising_an_event_is_not_the_subject() -> None:
    subject = Subject(name="Owain Trevelyan", employers=("Glanmorfa County Borough Council",),
                      locations=("Aberaeron",))
    body = ("<h1>An evening of Welsh harp with Owain Trevelyan</h1>"
            "<div class='organizer'>Organised by Owain Trevelyan</div>"
            "<p>I grew up in Caernarfon and I've taught harp for twenty years as a harpist and"
            " music teacher. Box office enquiries: 0117 496 0791.</p>")
    page = html_page(body, url="https://www.eventbrite.co.uk/e/welsh-harp-1")
    found = extract_findings(page, subject)
    assert found and all(f.may_not_be_you for f in found)


def test_a_reviewer_who_works_at_the_employer_is_not_the_subject() -> None:
    subject = Subject(name="Janine Thewlis", employers=("Brightwater Homecare",))
    body = ("<article class='review'><span class='consumer'>Janice W</span><h2>Good company,"
            " bad rotas</h2><p>I'm a carer at Brightwater in Washington and the clients are"
            " lovely.</p></article>")
    page = html_page(body, url="https://uk.trustpilot.com/review/brightwaterhomecare.co.uk")
    assert values(page, subject, FindingKind.WORKPLACE) == []


def test_a_deleted_post_in_the_subjects_thread_does_not_hide_whose_thread_it_is() -> None:
    subject = Subject(name="Janine Thewlis", handles=("neenyt",),
                      employers=("Brightwater Homecare",))

    def post(nick: str, text: str, cls: str = "talk-post") -> str:
        head = f"<div class='talk-post-header'><span class='nickname'>{nick}</span></div>"
        return f"<div class='{cls}'>{head if nick else ''}<p>{text}</p></div>"

    body = ("<h1>AIBU to refuse split shifts?</h1>"
            + post("NeenyT", "I'm a bank carer with Brightwater Homecare.")
            + post("Rainbowdrops22", "Split shifts broke me.")
            + post("", "Message deleted by MNHQ.", "talk-post talk-post--deleted")
            + post("NeenyT", "Update: my manager agreed to put the split in writing."))
    page = html_page(body, url="https://www.mumsnet.com/talk/aibu/5123456-split-shifts")
    assert values(page, subject, FindingKind.WORK_TALK) == [
        "Update: my manager agreed to put the split in writing."
    ]


def test_instagram_comments_led_by_another_accounts_picture_are_theirs() -> None:
    subject = Subject(name="Janine Thewlis", handles=("neenyt",))

    def item(user: str, text: str) -> str:
        return (f"<li role='menuitem'><div><img alt=\"{user}'s profile picture\" src='/{user}.jpg'>"
                f"</div><h3><a href='/{user}/'>{user}</a></h3><span>{text}</span></li>")

    caption = "Last reablement call of a twelve day stretch done and dusted!"
    body = ("<ul>" + item("neenyt", caption)
            + item("wearsidereablement", "Join our team: call 01632 960620.")
            + item("gemma_k_x", "Mrs B sounds like my nana, ring me when you're up")
            + item("neenyt", "Thanks, honestly the team make it, our coordinators are saints.")
            + "</ul>")
    head = '<title>Janine Thewlis on Instagram: "Last reablement call"</title>'
    page = html_page(body, head=head, url="https://www.instagram.com/p/C8abc/")
    assert values(page, subject, FindingKind.PHONE) == []
    assert values(page, subject, FindingKind.WORK_TALK) == [
        caption, "Thanks, honestly the team make it, our coordinators are saints."
    ]


def test_a_you_may_like_box_is_other_accounts() -> None:
    subject = Subject(name="Keeley March", handles=("keeleymarch",),
                      employers=("Larkfield Children's Homes Ltd",))
    body = ("<h1>keeleymarch</h1><h2>Keeley March</h2><p>support worker in a kids home</p>"
            "<div><h3>You may like</h3><a href='/@larkfieldhomes'>larkfieldhomes</a>"
            "<p>Larkfield Children's Homes</p></div>")
    page = html_page(body, head='<meta property="og:type" content="profile">',
                     url="https://www.tiktok.com/@keeleymarch")
    assert values(page, subject, FindingKind.WORKPLACE) == []


def test_more_posts_from_the_subject_are_not_a_related_box() -> None:
    subject = Subject(name="Janine Thewlis", handles=("neenyt",))
    body = ("<div><span>More posts from <a href='/neenyt/'>neenyt</a></span>"
            "<div><img alt='Photo by Janine Thewlis on May 30, 2025. May be an image of a dog.'"
            " src='https://cdn.example/p1.jpg'></div></div>")
    page = html_page(body, url="https://www.instagram.com/neenyt/")
    assert values(page, subject, FindingKind.TAGGED_PHOTO) == ["https://cdn.example/p1.jpg"]


@pytest.mark.parametrize(
    ("bio", "expected"),
    [
        ("Lives in Wellington, Shropshire\nFrom Ketley, Shropshire",
         ["Wellington, Shropshire", "Ketley, Shropshire"]),
        ("Reablement support worker 💙 Washington, Tyne & Wear 📍 runner, reader",
         ["Washington, Tyne & Wear"]),
    ],
)
def test_a_place_keeps_its_county_in_a_profile_line(bio: str, expected: list[str]) -> None:
    subject = Subject(name="Keeley Marchbank", handles=("keeleymarch",))
    lines = "".join(f"<div>{line}</div>" for line in bio.split("\n"))
    page = html_page(f"<h1>Keeley Marchbank</h1>{lines}",
                     head='<meta property="og:type" content="profile">')
    assert values(page, subject, FindingKind.LOCATION) == expected


def test_a_field_starting_with_the_employers_own_name_is_that_employer() -> None:
    employer = "Glanmorfa County Borough Council"
    assert names_employer("Glanmorfa council AMHP service", employer)
    assert not names_employer("Glanmorfa Rugby Club", employer)


def test_a_post_the_subject_only_liked_is_not_theirs() -> None:
    subject = Subject(name="Keeley Marchbank", handles=("keeleymarch",))
    body = ("<h1>Keeley Marchbank</h1><section><h2>Activity</h2><ul>"
            "<li><h3>Finished my Level 5 and my manager surprised me with cake.</h3>"
            "<h4>Posted by Keeley Marchbank</h4></li>"
            "<li><h3>Haygate House was rated Good. For enquiries call 01632 960511.</h3>"
            "<h4>Liked by Keeley Marchbank</h4></li></ul></section>")
    page = html_page(body, head='<meta property="og:type" content="profile">',
                     url="https://uk.linkedin.com/in/keeleymarch")
    assert values(page, subject, FindingKind.PHONE) == []
    assert values(page, subject, FindingKind.WORK_TALK) == [
        "Finished my Level 5 and my manager surprised me with cake."
    ]


def test_facebooks_profile_picture_drawn_in_svg_names_the_subject() -> None:
    src = "https://scontent.example.fbcdn.net/v/t39.30808-1/1_n.jpg?stp=cp6_dst-jpg_s168x168"
    body = (f"<a aria-label='Morag Kelly'><svg aria-label='Morag Kelly' role='img'><mask"
            f" id='m'><circle r='84'></circle></mask><g mask='url(#m)'><image xlink:href='{src}'"
            " width='100%' height='100%'></image></g></svg></a><h1>Morag Kelly</h1>")
    head = ('<meta property="og:type" content="profile">'
            '<meta property="og:title" content="Morag Kelly">')
    page = html_page(body, head=head, url="https://www.facebook.com/moragk")
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == [src]


@pytest.mark.parametrize(
    ("story", "expected"),
    [
        ("Morag Kelly, 34, from Wellington, has worked at the home for six years.",
         ["Wellington"]),
        ("Morag Kelly, 41, of Portobello, was nominated by colleagues.", ["Portobello"]),
        ("Fiona Grant, 52, from Dundee, chaired the panel. Morag Kelly spoke.", []),
    ],
)
def test_a_news_storys_name_age_and_town(story: str, expected: list[str]) -> None:
    page = html_page(f"<article><p>{story}</p></article>", url="https://news.example.co.uk/1")
    assert values(page, MORAG, FindingKind.LOCATION) == expected


def test_the_subjects_reply_in_a_substack_thread_is_read() -> None:
    subject = Subject(name="Owain Trevelyan", handles=("owaintrev",))

    def comment(user: str, name: str, text: str, children: str = "") -> str:
        return (f"<div class='comment-list-item'><div class='comment'><div class='comment-content'>"
                f"<div class='comment-meta'><a href='https://substack.com/@{user}'"
                f" class='commenter-name'>{name}</a></div><div class='comment-body'><p>{text}"
                f"</p></div></div></div>{children}</div>")

    reply = "Thank you Nia, the ward staff that night were kinder than they had time to be."
    thread = comment("niarj", "Nia Rhys-Jones", "As a ward nurse I see this every shift.",
                     "<div class='comment-list-children'>"
                     + comment("owaintrev", "Owain Trevelyan", reply) + "</div>")
    body = (f"<h1>The bed that wasn't there</h1><p>By Owain Trevelyan</p>"
            f"<div class='comments-section'><div class='comment-list'>{thread}</div></div>")
    page = html_page(body, url="https://owaintrev.substack.com/p/the-bed")
    assert values(page, subject, FindingKind.WORK_TALK) == [reply]


def test_a_guest_photo_in_a_folder_called_logo_is_still_a_photo() -> None:
    src = "https://cdn.example.com/imglogo/image-logo/1/guests/morag-kelly-600.jpg"
    logo = "https://cdn.example.com/images/dunmore-logo.png"
    body = (f"<h1>Episode 41</h1><img src='{src}' alt='Morag Kelly' width='300' height='300'>"
            f"<img src='{logo}' alt='Morag Kelly Consulting'>")
    page = html_page(body, url="https://podcast.example.com/e/41")
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == [src]


def test_the_subjects_reply_in_a_flickr_comment_container() -> None:
    subject = Subject(name="Janine Thewlis", handles=("neenyt",))

    def comment(user: str, name: str, text: str) -> str:
        return (f"<div class='comment-container'><div class='comment-content'><a"
                f" class='comment-author' href='/photos/{user}/'>{name}</a><p"
                f" class='comment-text'>{text}</p></div></div>")

    reply = ("Ha no Davy, council reablement now, much better rota and I actually get to help"
             " people get back on their feet.")
    body = ("<h1>Penshaw sunrise</h1><div class='comments-list'>"
            + comment("davyrobson", "Davy Robson", "Nice one. Call me on 07700 900555.")
            + comment("neenyt", "Janine Thewlis", reply) + "</div>")
    page = html_page(body, url="https://www.flickr.com/photos/neenyt/1/")
    assert values(page, subject, FindingKind.WORK_TALK) == [reply]
    assert values(page, subject, FindingKind.PHONE) == []
