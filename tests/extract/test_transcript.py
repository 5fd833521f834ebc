"""Speaker-labelled transcripts: whose words a turn is, by the label in front of it."""

from __future__ import annotations

from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values

URL = "https://www.leithchoir.example.org/podcast/episode-12/"
INTRO = "<p>Our conductor Iain sits down with alto Morag Kelly and tenor Donnie Morrison.</p>"
DL_TRANSCRIPT = (
    "<dl class='transcript'>"
    "<dt>Iain</dt><dd>How do you fit learning the songs around work?</dd>"
    "<dt>Morag</dt><dd>I learn them in the car between home visits, and the people I support"
    " have heard a lot of Gaelic through the window.</dd>"
    "<dt>Donnie</dt><dd>I work nights at the hospital, so my manager hates rehearsal week.</dd>"
    "<dt>Morag</dt><dd>Honestly, after a day of care assessments, singing keeps me right.</dd>"
    "</dl>"
)


def test_a_definition_list_transcript_gives_her_turns_and_nobody_elses() -> None:
    talk = values(html_page(INTRO + DL_TRANSCRIPT, url=URL), MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("I learn them in the car between home visits") for t in talk)
    assert "Honestly, after a day of care assessments, singing keeps me right." in talk
    assert not any("manager" in t for t in talk)


def test_a_given_name_label_on_a_page_that_never_names_her_in_full_is_not_hers() -> None:
    intro = "<p>Our conductor Iain sits down with alto Morag Fraser and tenor Donnie.</p>"
    page = html_page(intro + DL_TRANSCRIPT, url=URL)
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


def test_paragraphs_led_by_a_bold_speaker_label_are_a_transcript() -> None:
    body = INTRO + (
        "<p><strong>Iain:</strong> So Morag, take me through a normal day.</p>"
        "<p><strong>Morag:</strong> I start with the duty desk, then four visits before"
        " lunch to the people I support.</p>"
        "<p><strong>Iain:</strong> And the paperwork?</p>"
        "<p><strong>Donnie:</strong> My shift pattern at the depot is worse than hers.</p>"
    )
    talk = values(html_page(body, url=URL), MORAG, FindingKind.WORK_TALK)
    assert talk == [
        "I start with the duty desk, then four visits before lunch to the people I support."
    ]


def test_a_crew_list_of_names_each_with_a_bio_is_not_a_transcript() -> None:
    crew = (
        "<dl class='crew'>"
        "<dt>Morag</dt><dd>Morag grew up in Leith and now works for Dunmore Council's duty"
        " team, which explains why she is the only one of us cheerful at six in the morning.</dd>"
        "<dt>Donnie</dt><dd>Donnie works nights at the hospital.</dd>"
        "<dt>Iain</dt><dd>Iain coxes.</dd></dl>"
    )
    page = html_page(INTRO + crew, url=URL)
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


def _table_transcript(guest: str) -> str:
    rows = [
        ("DB", "First on the line tonight, Morag in Leith, you're on Marches FM."),
        (guest, "I'm a social worker and last week my caseload hit forty."),
        ("DB", "Forty. And Kev in Oswestry, go ahead."),
        ("KJ", "I'm a paramedic and my shift ran four hours over on Sunday."),
        ("DB", "Thank you both."),
    ]
    cells = "".join(f"<tr><td>{who}</td><td>{words}</td></tr>" for who, words in rows)
    return f"<h1>Drivetime phone-in</h1><table>{cells}</table>"


def test_a_table_transcript_labelled_by_her_initials_gives_her_turns() -> None:
    """Callers' surnames are kept off air: "Morag in Leith", labelled MK in the transcript."""
    page = html_page(_table_transcript("MK"), url="https://radio.example.org/phone-in")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [
        "I'm a social worker and last week my caseload hit forty."
    ]


def test_initials_that_are_not_hers_are_not_her_turns() -> None:
    page = html_page(_table_transcript("ML"), url="https://radio.example.org/phone-in")
    assert values(page, MORAG, FindingKind.WORK_TALK) == []
