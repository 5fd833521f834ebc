"""The general causes behind held-out corpus 19's errors, one test each."""

from __future__ import annotations

from selfaudit.models import FindingKind, Subject

from .helpers import html_page, values

WENDY = Subject(
    name="Wendy Brimblecombe", handles=("brimblebees", "wendybrim"),
    employers=("Coombe Meadow Care Home",), locations=("Tiverton", "Bampton"),
)  # fmt: skip


def test_a_card_headed_by_the_subjects_handle_in_words_is_theirs() -> None:
    """A market's stallholders page: her stall's card is headed "Brimble Bees" (she is
    @brimblebees) and calls her by her given name only."""

    def card(heading: str, said: str) -> str:
        return f"<div class='stall-card'><h3>{heading}</h3><p>{said}</p></div>"

    body = (
        "<h1>Our stallholders</h1>"
        + card("Hembury Cheese", "Tom Hembury makes cheddar on the family farm at Bampton.")
        + card("Brimble Bees", "Raw honey and cut comb. Wendy is based in Tiverton and has"
               " kept bees for eleven years.")
    )  # fmt: skip
    page = html_page(body, url="https://www.cullomptonfarmersmarket.example.org/stallholders/")
    assert values(page, WENDY, FindingKind.LOCATION) == ["Tiverton"]


JORDAN = Subject(
    name="Jordan Pilbeam", handles=("dollyshingle",), aliases=("Dolly Shingle",),
    employers=("Seabright Homecare",), locations=("Hove", "Worthing"),
)  # fmt: skip


def test_the_next_shorts_in_youtubes_sequence_are_their_channels_not_the_subjects() -> None:
    def reel(n: int, channel: str, title: str) -> str:
        return (
            f"<ytd-reel-video-renderer id='{n}' class='reel-video-in-sequence'><div id='overlay'>"
            f"<h2><span>{title}</span></h2><span><a href='/@{channel}'>@{channel}</a></span>"
            "</div></ytd-reel-video-renderer>"
        )

    body = (
        "<h1>Dolly Shingle</h1>"
        "<div id='shorts-container'><ytd-reel-video-renderer id='0' is-active><div><div>"
        "<div><p>Ten hours as a PA today, then straight into the wig for the show.</p>"
        "<a href='/@dollyshingle'>@dollyshingle</a></div></div></div></ytd-reel-video-renderer>"
        + reel(1, "seabrighthomecare", "Meet our carers at Seabright Homecare!")
        + reel(2, "brightonpride", "Pride 2024 highlights")
        + "</div>"
    )
    page = html_page(body, url="https://www.youtube.com/shorts/Qh7tZp2LmWc")
    assert values(page, JORDAN, FindingKind.WORKPLACE) == []


def test_born_in_one_town_based_in_another_is_two_places() -> None:
    body = "<h1>Dolly Shingle</h1><p>Worthing-born, Hove-based, sequin-dependent.</p>"
    page = html_page(body, url="https://www.youtube.com/@dollyshingle/about")
    assert sorted(values(page, JORDAN, FindingKind.LOCATION)) == ["Hove", "Worthing"]


def test_the_subjects_reply_nested_in_another_accounts_instagram_comment_is_theirs() -> None:
    def item(user: str, text: str, replies: str = "") -> str:
        return (f"<li><img alt=\"{user}'s profile picture\" src='/{user}.jpg'>"
                f"<div><h3><a href='/{user}/'>{user}</a></h3><span>{text}</span></div>"
                f"{replies}</li>")

    reply = item("dollyshingle", "<a href='/seabrighthomecare/'>@seabrighthomecare</a> Miss you"
                 " lot too, call me on 07700 900261 when you need a Sunday double-up!")
    body = (
        "<h1>Dolly Shingle</h1><ul>"
        + item("seabrighthomecare", "We miss you Jordan! Office: 01632 960880.",
               f"<ul>{reply}</ul>")
        + item("brightondragfan99", "the standing frame to stiletto pipeline is real")
        + "</ul>"
    )  # fmt: skip
    page = html_page(body, url="https://www.instagram.com/reel/C7xYz/")
    assert values(page, JORDAN, FindingKind.PHONE) == ["+447700900261"]
    assert values(page, JORDAN, FindingKind.WORKPLACE) == ["Seabright Homecare"]


PA = Subject(
    name="Jordan Pilbeam", handles=("dollyshingle",), aliases=("Dolly Shingle",),
    employers=("Bernard Oakley", "Seabright Homecare"), locations=("Hove",),
)  # fmt: skip


def test_a_person_who_employs_a_pa_is_named_by_their_given_name_in_the_pas_words() -> None:
    said = ("Swapped my Tuesday shift, the rota’s changed again and I’ve got Bernard’s hospital"
            " appointment first thing.")
    page = html_page(f"<h1>Dolly Shingle</h1><p>{said}</p>",
                     url="https://mastodon.example/@dollyshingle/112634")
    assert values(page, PA, FindingKind.WORKPLACE) == ["Bernard Oakley"]
    # a Bernard in words that are not about work is not him
    other = html_page("<h1>Dolly Shingle</h1><p>Bernard Cribbins was on telly again.</p>",
                      url="https://mastodon.example/@dollyshingle/112635")
    assert values(other, PA, FindingKind.WORKPLACE) == []


def test_only_a_persons_name_gives_a_given_name() -> None:
    from selfaudit.extract.orgs import person_given_name

    assert person_given_name("Bernard Oakley") == "Bernard"
    assert person_given_name("Seabright Homecare") is None
    assert person_given_name("Hollowcombe House") is None
    assert person_given_name("NSPCC") is None


def test_a_web_components_slots_are_laid_out_apart() -> None:
    """Reddit's <shreddit-post> puts its credit bar and its title in slots, each a block of
    its own: "2 mo. ago" does not run into the title's first word."""
    title = "Anyone else’s team drowning in care package delays this month?"
    body = (
        "<h1>rajruns_cov</h1><shreddit-post author='rajruns_cov'>"
        "<span slot='credit-bar'><a href='/r/socialwork/'>r/socialwork</a> · "
        "<faceplate-timeago>2 mo. ago</faceplate-timeago></span>"
        f"<a slot='title' href='/r/socialwork/comments/1ct5n8w/'>{title}</a>"
        "</shreddit-post>"
    )
    raj = Subject(name="Rajinder Kular", handles=("rajruns_cov",))
    page = html_page(body, url="https://www.reddit.com/user/rajruns_cov/")
    assert "ago Anyone" not in " ".join(values(page, raj, FindingKind.WORK_TALK))
    from selfaudit.extract.base import build_document

    assert title in build_document(page, raj).text.splitlines()


def test_his_after_the_subjects_own_first_person_sentence_is_someone_they_speak_of() -> None:
    """Which sentences are the subject's own words (what work talk is judged on)."""
    from selfaudit.extract.base import build_document
    from selfaudit.extract.work_talk import own_sentences

    said = "Today was physio, a big Tesco shop and his direct payments timesheet."
    body = f"<h1>Dolly Shingle</h1><p>I’m a PA for a lovely man in Hove. {said}</p>"
    page = html_page(body, url="https://mastodon.example/@dollyshingle/112636")
    assert said in own_sentences(build_document(page, JORDAN), JORDAN)
    # alone, the same sentence reads as a bio written about the page's owner
    alone = html_page(f"<h1>Dolly Shingle</h1><p>{said}</p>",
                      url="https://mastodon.example/@dollyshingle/112637")
    assert said not in own_sentences(build_document(alone, JORDAN), JORDAN)


def test_replies_in_a_mastodon_thread_are_their_authors() -> None:
    def status(cls: str, account: str, name: str, said: str) -> str:
        return (
            f"<div class='{cls}'><div class='status__info'><a class='status__display-name'"
            f" href='https://mas.to/@{account}'><span class='display-name'><bdi><strong>{name}"
            f"</strong></bdi><span>@{account}</span></span></a></div><div"
            f" class='status__content'><p>{said}</p></div></div>"
        )

    body = (
        status("detailed-status", "dollyshingle", "Jordan (Dolly Shingle)",
               "Then home, lashes on, and Dolly for the late show.")
        + status("status status-public", "sequinsandsalt", "Sequins &amp; Salt",
                 "Bernard sounds like a legend. Text me on 07700 900913 about Saturday?")
        + status("status status-public", "dollyshingle", "Jordan (Dolly Shingle)",
                 "Lewes on Saturday, call me on 07700 900261.")
    )  # fmt: skip
    page = html_page(body, url="https://mastodon.social/@dollyshingle/112634918270551903")
    assert values(page, JORDAN, FindingKind.PHONE) == ["+447700900261"]
