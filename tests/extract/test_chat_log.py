"""Chat logs and thread exports pasted into a page: whose words a line is, by its prefix."""

from __future__ import annotations

from bs4 import BeautifulSoup

from selfaudit.extract.base import subject_handles, subject_names
from selfaudit.extract.chat_log import own_chat_lines
from selfaudit.models import FindingKind

from .helpers import MORAG, html_page, values

DISCORD_PASTE = (
    "<h1>drum-corps export</h1><pre class='text'>"
    "Guild: Leith Pipe Band\n"
    "--- Tuesday, 12 March 2024 ---\n"
    "[19:02] rossg: who's got the new score for the march\n"
    "[19:03] tired_sw: cant do thursday practice though, im on a sleepover shift at the house\n"
    "[19:05] eilidh.b: you are ALWAYS on shift\n"
    "[19:06] tired_sw: one of the young people I support has a hospital appointment so I swapped\n"
    "[19:08] eilidh.b: &gt; one of the young people I support has a hospital appointment\n"
    "[19:09] eilidh.b: my work rota at the vets is worse trust me\n"
    "[19:10] tired_sw: Dunmore have me on earlies all next week so I'll make tuesday\n"
    "</pre>"
)
PASTE_URL = "https://pastebin.example.org/Xy7hQ2mN"


def test_a_chat_export_in_a_pre_keeps_each_message_on_its_own_line() -> None:
    talk = values(html_page(DISCORD_PASTE, url=PASTE_URL), MORAG, FindingKind.WORK_TALK)
    assert "cant do thursday practice though, im on a sleepover shift at the house" in talk
    assert not any("vets" in t or "ALWAYS" in t for t in talk)


def test_her_lines_of_a_chat_export_name_her_employer_by_its_short_name() -> None:
    page = html_page(DISCORD_PASTE, url=PASTE_URL)
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_only_her_own_lines_are_hers_and_a_quote_of_her_is_not_read_twice() -> None:
    text = DISCORD_PASTE.replace("&gt;", ">").split("<pre class='text'>")[1]
    assert own_chat_lines(text, subject_names(MORAG), subject_handles(MORAG)) == (
        "cant do thursday practice though, im on a sleepover shift at the house",
        "one of the young people I support has a hospital appointment so I swapped",
        "Dunmore have me on earlies all next week so I'll make tuesday",
    )


def test_two_stamped_lines_in_an_article_are_not_a_chat_log() -> None:
    text = "[10:02] tired_sw: I work at Dunmore\n[10:03] Update: more soon"
    assert own_chat_lines(text, subject_names(MORAG), subject_handles(MORAG)) == ()


THREAD_EXPORT = (
    "<pre># Leith Noticeboard\n"
    "## Post by **Morag Kelly** · 12 March 2024 at 07:41\n"
    "Anyone know if the 22 is back on? I’ve got four visits before nine.\n"
    "---\n"
    "> **Sheena Kidd** · 07:52\n"
    "> Diverted till Friday. Are you one of the Dunmore lot?\n"
    ">\n"
    ">> **Morag Kelly** · 07:55\n"
    ">> Aye, I’m with Dunmore, four year now.\n"
    "> **Linda Ogilvie** · 08:20\n"
    "> You did my dad’s review in Portobello back in the day!\n"
    ">> **Morag Kelly** · 08:31\n"
    ">> Small world! I grew up in Portobello, moved to Leith in 2015.\n"
    "</pre>"
)


def test_a_thread_export_gives_her_the_words_under_her_own_headers() -> None:
    page = html_page(THREAD_EXPORT, url="https://archive.example.org/noticeboard/3")
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]
    assert "Leith" in values(page, MORAG, FindingKind.LOCATION)


def test_a_board_of_signed_notes_gives_her_note_and_nobody_elses() -> None:
    text = (
        "23\nStill top, still insufferable. Our sports expert is back from Lanzarote.\n"
        "— Declan Rafferty (capt.)\n22\nMissed week 6 because a placement fell through at four"
        " on a Friday.\n— Morag Kelly (capt.)\n19\nBlame me for the science round, I've been"
        " marking mocks all week.\n— Aoife Quinn (capt.)"
    )
    assert own_chat_lines(text, ["Morag Kelly"], ["moragk"]) == (
        "Missed week 6 because a placement fell through at four on a Friday.",
    )


def test_one_signed_quote_in_an_article_is_not_a_board_of_notes() -> None:
    text = "Our supporter of the month says the club is her second home.\n— Morag Kelly"
    assert own_chat_lines(text, ["Morag Kelly"], ["moragk"]) == ()


PHONE_IN = (
    "<h1>The Leith Phone-In: transcript</h1><div class='transcript'>"
    "<p><span>09:02</span> <span>PRESENTER:</span> Lines are open. First up, Graham in Bo'ness."
    " Morning, Graham.</p>"
    "<p><span>09:03</span> <span>CALLER:</span> I was a police officer for thirty years and"
    " I've driven plenty of kids to secure.</p>"
    "<p><span>09:05</span> <span>PRESENTER:</span> Thanks Graham. Now, Morag in Leith, good"
    " morning.</p>"
    "<p><span>09:05</span> <span>CALLER:</span> Morning. I'm a social worker at Dunmore, and"
    " the young people I work with have been let down by every adult they've met.</p>"
    "<p><span>09:07</span> <span>PRESENTER:</span> What does a good day look like?</p>"
    "<p><span>09:07</span> <span>CALLER:</span> We do the paperwork at two in the morning"
    " because there is no other time.</p>"
    "<p><span>09:09</span> <span>PRESENTER:</span> Morag, thank you. Let's go to Denise in"
    " Larbert.</p>"
    "<p><span>09:09</span> <span>CALLER:</span> I've fostered for the council for twelve years"
    " and two of my girls went into secure.</p></div>"
)


def test_a_phone_in_caller_is_whoever_the_host_introduced_until_the_next_caller() -> None:
    # Every caller is labelled "CALLER:"; only the presenter's "Morag in Leith, good
    # morning" says these two lines are hers, and "Denise in Larbert" ends them.
    page = html_page(PHONE_IN, url=PASTE_URL)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("We do the paperwork at two in the morning") for t in talk)
    assert not any("fostered" in t or "police officer" in t for t in talk)
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_a_phone_in_whose_host_never_introduces_her_gives_her_no_lines() -> None:
    other = PHONE_IN.replace("Morag in Leith", "Shona in Leith").replace("Morag,", "Shona,")
    text = BeautifulSoup(other, "html.parser").get_text("\n")
    lines = "\n".join(" ".join(p.split()) for p in text.split("\n\n"))
    assert own_chat_lines(lines, ["Morag Kelly"], ["moragk"]) == ()
    assert values(html_page(other, url=PASTE_URL), MORAG, FindingKind.WORK_TALK) == []


def test_a_csv_export_in_a_pre_gives_her_the_rows_under_her_name_in_the_author_column() -> None:
    body = (
        "<h1>Referee society newsletter</h1><p>This month's busiest thread, as exported:</p>"
        "<pre class='csv-export'>thread,post_id,author,posted_at,body\n"
        '"Midweek fixtures",4411,"Huw Bevan","2024-02-27 19:02","Can anyone cover Wednesday?"\n'
        '"Midweek fixtures",4412,"Morag Kelly","2024-02-27 19:40","I can\'t do Wednesdays,'
        ' it\'s my late visit night with new foster carers."\n'
        '"Midweek fixtures",4413,"Dai Rees","2024-02-27 20:01","My shift at the care home'
        ' finishes at six, I can do it."\n</pre>'
    )
    talk = values(html_page(body, url=PASTE_URL), MORAG, FindingKind.WORK_TALK)
    assert any("late visit night with new foster carers" in t for t in talk)
    assert not any("care home" in t for t in talk)


IRC_LOG = (
    "<pre class='log'>"
    "<span class='ts'>[19:02]</span> <span class='nick'>&lt;rossg&gt;</span> evening all\n"
    "<span class='ts'>[19:03]</span> <span class='nick'>&lt;tired_sw&gt;</span> "
    "Knackered, did a double at the care home today.\n"
    "<span class='ts'>[19:04]</span> <span class='nick'>&lt;rossg&gt;</span> "
    "my shift at the vets was worse\n"
    "<span class='ts'>[19:11]</span> <span class='sys'>*** tired_sw has quit</span>\n"
    "</pre>"
)


def test_an_irc_log_gives_the_writer_in_angle_brackets_with_no_colon() -> None:
    talk = values(html_page(IRC_LOG, url=PASTE_URL), MORAG, FindingKind.WORK_TALK)
    assert talk == ["Knackered, did a double at the care home today."]


def _slack_message(words: str, name: str | None = None) -> str:
    meta = f"<div class='meta'><span class='name'>{name}</span><span class='ts'>16:14</span></div>"
    kind = "msg" if name else "msg cont"  # a follow-on message shows no sender
    return (
        f"<div class='{kind}'><img class='avatar' src='https://a.example.org/1.jpg' alt=''>"
        f"<div class='body'>{meta if name else ''}<div class='text'>{words}</div></div></div>"
    )


SLACK_ARCHIVE = (
    "<main class='channel'><h1># trip-planning</h1>"
    + _slack_message("Anyone up for Ben Ledi on Saturday?", "dougie_f")
    + _slack_message("I'm in if we're back by 2.", "moragk")
    + _slack_message("I've got a client in Leith at 3 who needs her care plan reviewed.")
    + _slack_message("Count me in, my manager at the depot finally signed off my leave.", "cat.m")
    + _slack_message("My supervisor at the depot says the rota is out Friday.")
    + "</main>"
)


def test_a_chat_archives_follow_on_messages_are_the_last_named_senders() -> None:
    """A Slack archive names the sender once and shows their next messages with no name: her
    follow-on message is hers, another member's follow-on is theirs."""
    page = html_page(SLACK_ARCHIVE, url="https://hillwalkers.example.org/slack/trip-planning")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [
        "I've got a client in Leith at 3 who needs her care plan reviewed."
    ]
