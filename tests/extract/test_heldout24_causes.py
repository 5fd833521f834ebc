"""The general causes behind held-out corpus 24's errors, one test each."""

from __future__ import annotations

import pytest

from selfaudit.extract import work_talk
from selfaudit.extract.work_talk_model import WorkTalkModel
from selfaudit.models import FindingKind, Subject

from .helpers import all_may_not_be_you, html_page, values

LEONIE = Subject(
    name="Leonie Bramwell", handles=("lbramwell_rovi", "leonieplaysuke"),
    employers=("Taff Bay Council",), locations=("Penarth", "Cardiff"),
)  # fmt: skip
DES = Subject(
    name="Desmond Whitlock", aliases=("Des Whitlock",), handles=("deswhitlock",),
    employers=("Itchen Street Outreach",), locations=("Southampton", "Eastleigh"),
)  # fmt: skip


def test_an_equine_physio_of_the_same_name_elsewhere_is_a_namesake() -> None:
    """"Manual therapy" for horses is not care work: the page's trade is a vet's."""
    page = html_page(
        "<h1>Leonie Bramwell</h1><p>Hi, I'm Leonie! I grew up on a livery yard outside Ludlow"
        " and set up Bramwell Equine Physiotherapy after an MSc in Veterinary Physiotherapy."
        " Treatments combine manual therapy and rehab exercise plans. Call 0121 496 0733.</p>"
        "<img src='https://static.example.org/leonie-treating-cob.jpg' alt='Leonie Bramwell"
        " treating a cob'>",
        url="https://www.bramwellequine.example.co.uk/about",
    )
    assert all_may_not_be_you(page, LEONIE)


def test_a_same_name_seller_who_says_he_is_retired_is_a_namesake() -> None:
    page = html_page(
        "<h1>Myford ML7 lathe</h1><div class='vip-description'><p>Runs quietly and cuts true."
        " I'm a retired toolmaker and it has been looked after. Collection only from Carlisle."
        " Ring 01632 960812.</p></div><aside><h2 class='seller-name'>Des Whitlock</h2></aside>",
        url="https://www.gumtree.com/p/lathes/myford-ml7/1490011223",
    )
    assert all_may_not_be_you(page, DES)
    own = html_page(
        "<h1>Des Whitlock</h1><p>Stand-up, mostly about dogs.</p>"
        "<p>My dad is retired and comes to every gig in Carlisle."
        " Call me on 07700 900781.</p>",
        url="https://www.example.org/deswhitlockcomedy",
    )
    assert values(own, DES, FindingKind.PHONE) == ["+447700900781"]
    assert not all_may_not_be_you(own, DES)


MAGS = Subject(
    name="Marguerite Holroyd", aliases=("Mags Holroyd",), handles=("holroydhill",),
    employers=("Five Towns Shared Lives",), locations=("Ossett",),
)  # fmt: skip


def _members_page(entry: str) -> str:
    card = "<div class='member-card'><h3>{who}</h3><p>{said}</p></div>"
    return (
        "<h1>Meet the members</h1>"
        + card.format(who="Pam Ibbotson", said="I show Rosie and work as a nurse in Wakefield.")
        + card.format(who="Marguerite (Mags) Holroyd", said=entry)
    )


SUPPORT = ("Our house is also home to a gentleman I support through the scheme, and he comes"
           " to most shows with me.")  # fmt: skip


def test_her_own_entry_on_a_members_page_is_her_words() -> None:
    entry = f"I bought my first whippet in 2009 and was hooked by the second show. {SUPPORT}"
    page = html_page(_members_page(entry), url="https://www.example.org/meet-the-members/")
    assert values(page, MAGS, FindingKind.WORK_TALK) == [SUPPORT]


def test_an_entry_written_about_her_is_not_her_words() -> None:
    entry = f"Mags has shown whippets since 2009. She says: {SUPPORT} She is our treasurer."
    page = html_page(_members_page(entry), url="https://www.example.org/meet-the-members/")
    assert values(page, MAGS, FindingKind.WORK_TALK) == []


@pytest.mark.parametrize(
    "said",
    [
        "Would love to, but I’m on the 5am street count that week so I’ll be a zombie.",
        "Point three goes double for my first cane lesson in the rain.",
    ],
)
def test_outreach_and_sight_loss_words_are_the_trades(
    said: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """heldout24's trades, new to every earlier set: a street count and an outreach shift,
    cane lessons and guide dog assessments. A plain sentence with one of them may be work
    when the scorer thinks it likely; without one, the scorer is not asked."""
    fake = WorkTalkModel({"the": 0.0}, bias=0.0, threshold=0.4)  # 0.5 for every sentence
    monkeypatch.setattr(work_talk, "MODEL", fake)
    assert work_talk.is_work_talk(said)
    assert not work_talk.is_work_talk("Would love to, but I’m at my sister’s that week.")


def test_a_facebook_groups_about_box_is_the_groups_town() -> None:
    page = html_page(
        "<div role='article'><h3><a href='/leonieplaysuke'>Leonie Bramwell</a></h3>"
        "<p>Set list for Saturday’s booking is up in Files! I live in Penarth so I can bring"
        " the spare stands.</p></div>"
        "<div data-pagelet='GroupInlineAbout'><h2>About</h2><div>Friendly ukulele group based"
        " in Barry, Vale of Glamorgan.</div><ul><li>Barry, United Kingdom</li></ul></div>",
        url="https://www.facebook.com/groups/valestrummers/user/leonieplaysuke/",
    )
    assert values(page, LEONIE, FindingKind.LOCATION) == ["Penarth"]
