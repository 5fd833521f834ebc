"""The general causes behind held-out corpus 24's errors, one test each."""

from __future__ import annotations

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
