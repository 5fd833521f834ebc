"""A mailing list archive's message page (Mailman 2's pipermail) is its sender's."""

from __future__ import annotations

from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values

URL = "https://lists.example.org/pipermail/knit-leith/2025-March/000417.html"


def _message(sender: str, address: str) -> str:
    return (
        "<h1>[knit-leith] Re: Thursday group - new time?</h1>"
        f"<b>{sender}</b> <a href='mailto:knit-leith%40lists.example.org?Subject=Re'"
        f" title='[knit-leith] Re: Thursday group'>{address}</a><br><i>Wed Mar 12 2025</i>"
        "<hr><!--beginarticle--><pre>Hi all,\n\n"
        "&gt;<i> On Tue, Ailsa Gray wrote:\n</i>"
        "&gt;<i> My caseload at the hospital is mad, so can we start at half seven?\n</i>\n"
        "Half seven is grand.\n"
        "I'm on the late duty rota with my caseload every second Thursday now, so I'll be late.\n"
        "</pre><!--endarticle-->"
    )


def test_a_message_the_subject_sent_gives_her_address_and_her_words_only() -> None:
    page = html_page(_message("Morag Kelly", "morag.kelly at example.org"), url=URL)
    assert values(page, MORAG, FindingKind.EMAIL) == ["morag.kelly@example.org"]
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert len(talk) == 1 and "late duty rota" in talk[0]  # not the quoted hospital caseload


def test_a_message_someone_else_sent_is_not_hers() -> None:
    page = html_page(_message("Ailsa Gray", "ailsa.gray at example.org"), url=URL)
    assert values(page, MORAG, FindingKind.EMAIL) == []
    assert values(page, MORAG, FindingKind.WORK_TALK) == []
