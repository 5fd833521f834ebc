"""Work talk: the subject's own sentences about work, colleagues and people who use services."""

from __future__ import annotations

import pytest

from selfaudit.extract.work_talk import is_work_talk
from selfaudit.models import FindingKind, Severity

from .helpers import MORAG, findings, html_page, json_page, values

KIND = FindingKind.WORK_TALK


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("My client finally got her flat today.", True),
        ("One of my service users made me a card.", True),
        ("Service users deserve better.", True),
        ("The people I support are brilliant.", True),
        ("My caseload is ridiculous this month.", True),
        ("Long day at work today.", True),
        ("Can't stand my manager.", True),
        ("My team leader booked three home visits back to back.", True),
        ("On shift again tonight, short-staffed as usual.", True),
        ("Worst shift in months.", True),
        ("Night shift again, send coffee.", True),
        ("Case conference ran over.", True),
        ("Swam this straight off a night on the outreach van, so I'm blaming that.", True),
        ("The families we work with need more.", True),
        ("Safeguarding training all day, my brain hurts.", True),  # topical + personal
        ("We had another care home inspection this week.", True),
        ("Dunmore Council have cut our team again, absolute shambles.", True),  # complaint
        # neutral professional lines and ordinary life are not work talk
        ("Social worker in Edinburgh.", False),
        ("Safeguarding lead | views my own", False),
        ("Care home manager, opinions are mine", False),
        ("Senior Social Worker at Dunmore Council.", False),
        ("Child protection specialist.", False),
        ("Climbed Ben Lomond on Saturday.", False),
        ("Dunmore Council libraries are great.", False),
        ("Worst film I have seen this year.", False),
        ("The council cuts are a shambles.", False),  # no named employer
    ],
)
def test_is_work_talk(sentence: str, expected: bool) -> None:
    assert is_work_talk(sentence, ["Dunmore Council"]) is expected


def test_neutral_bio_is_not_work_talk() -> None:
    page = html_page("<p>Social worker in Edinburgh. Safeguarding lead. Views my own.</p>")
    assert values(page, MORAG, KIND) == []


def test_value_is_the_sentence_and_severity_follows_service_users() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>Worst shift in months. One of my service users cried in the office."
        " Anyway, off to the beach.</p>"
    )
    found = findings(page, kind=KIND)
    assert [(f.value, f.severity) for f in found] == [
        ("Worst shift in months.", Severity.MEDIUM),
        ("One of my service users cried in the office.", Severity.HIGH),
    ]


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [
        ("My manager moved my cases to Jo.", Severity.HIGH),
        ("Case conference ran over.", Severity.HIGH),
        ("My manager is off, just in case you wondered.", Severity.MEDIUM),
        ("Can't stand my manager.", Severity.MEDIUM),
    ],
)
def test_service_user_grading(sentence: str, severity: Severity) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><p>{sentence}</p>")
    assert [f.severity for f in findings(page, kind=KIND)] == [severity]


def test_anonymous_lowers_medium_but_not_service_users() -> None:
    page = html_page("<p>Worst shift in months. One of my service users cried.</p>")
    found = findings(page, kind=KIND)
    assert [f.severity for f in found] == [Severity.LOW, Severity.HIGH]


def test_long_sentence_is_cut_to_about_240_characters() -> None:
    sentence = "My manager said " + "that the rota would be fixed by next week " * 10 + "again."
    [value] = values(html_page(f"<p>{sentence}</p>"), MORAG, KIND)
    assert len(value) <= 240 and value.endswith("…") and value.startswith("My manager said")


@pytest.mark.parametrize(
    "body",
    [
        '<div class="comments"><p>My client said the funniest thing.</p></div>',
        '<ol class="comment-list"><li>Worst shift ever, my manager is a nightmare.</li></ol>',
        '<article class="h-entry"><p class="p-author h-card">Morag Kelly</p><p>Nice walk.</p>'
        '<div class="h-entry"><p class="p-author h-card">Pete Duncan</p>'
        "<p>My service users live miles away.</p></div></article>",
        '<blockquote class="reply">My caseload is mad</blockquote>',
        "<nav>My manager</nav><footer>Service users: contact us</footer>",
    ],
)
def test_other_peoples_words_are_not_the_subjects(body: str) -> None:
    assert values(html_page(body), MORAG, KIND) == []


def test_a_page_written_by_someone_else_is_not_work_talk() -> None:
    head = (
        '<script type="application/ld+json">{"@type":"NewsArticle","author":'
        '{"@type":"Person","name":"Jane Reporter"}}</script>'
    )
    body = '<p>"I love the people I support," said Morag Kelly.</p>'
    assert values(html_page(body, head=head), MORAG, KIND) == []


def test_mixed_feed_keeps_only_the_subjects_entries() -> None:
    body = (
        '<div class="h-feed">'
        '<article class="h-entry"><p class="p-author h-card">Morag Kelly</p>'
        "<p>My manager actually listened.</p></article>"
        '<article class="h-entry"><p class="p-author h-card">Greg Hamilton</p>'
        "<p>My service users are being failed.</p></article></div>"
    )
    assert values(html_page(body), MORAG, KIND) == ["My manager actually listened."]


def test_mastodon_statuses_skip_boosts() -> None:
    account = {"acct": "moragk", "username": "moragk", "display_name": "Mo", "note": ""}
    data = [
        {"content": "<p>Home visit ran late, my client was lovely.</p>", "account": account,
         "reblog": None},
        {"content": "", "account": account,
         "reblog": {"content": "<p>My service users</p>", "account": {"acct": "other"}}},
    ]  # fmt: skip
    assert values(json_page(data), MORAG, KIND) == ["Home visit ran late, my client was lovely."]


def test_an_emoji_between_two_sentences_ends_the_first() -> None:
    """Posts use an emoji as a full stop: the race and the ward are two sentences."""
    page = html_page(
        "<h1>Morag Kelly</h1><p>Proud moment: I finished the Leith Half in 2:07 this morning ☀️"
        " My caseload can wait till Monday.</p>"
    )
    assert values(page, MORAG, KIND) == ["My caseload can wait till Monday."]


def test_an_initial_in_the_middle_of_a_sentence_does_not_end_it() -> None:
    """"One man I'll call D. moved in ...": the initial keeps people anonymous, and the
    finding quotes the whole sentence; "Then A. Smith came." still ends at "came"."""
    page = html_page(
        "<h1>Morag Kelly</h1><p>One man I’ll call D. moved in after eighteen months on an "
        "acute ward and my caseload doubled. Then Plan B. We went to the beach.</p>"
    )
    said = (
        "One man I’ll call D. moved in after eighteen months on an acute ward and my "
        "caseload doubled."
    )
    assert values(page, MORAG, KIND) == [said]


@pytest.mark.parametrize(
    "sentence",
    [
        # the team's policy: a sentence that only says what the job is is a workplace
        "I’m Tamsin, a senior carer and night team leader in a dementia care home in Cornwall.",
        "I'm a social worker at Dunmore Council, based in Leith.",
        "Hi, I'm a bank carer with Brightwater Homecare!",
    ],
)  # fmt: skip
def test_a_bare_job_title_is_not_work_talk(sentence: str, rules_only: None) -> None:
    assert is_work_talk(sentence, ["Dunmore Council"]) is False


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm a support worker at Oakfield House and my caseload is huge.",
        "I'm a social worker in Leith and I had three home visits today.",
        "I'm a carer at Oakfield and I love my residents.",
    ],
)
def test_a_job_title_with_more_to_say_is_judged_on_the_rest(
    sentence: str, rules_only: None
) -> None:
    """As soon as it says something about the work, the sentence is work talk."""
    assert is_work_talk(sentence, ["Dunmore Council"])


REVIEW_WITH_QUOTES = (
    "<h1>Morag Kelly's review of Running Up Hills</h1>"
    "<div class='reviewText'>"
    "<p>I lend this book to the people I support on the duty team's recovery group.</p>"
    "<blockquote>&ldquo;My support worker never once told me I would get better.&rdquo;"
    "</blockquote>"
    "<blockquote><p>My families are not problems to be solved, and my caseload proves it.</p>"
    "</blockquote></div>"
)


def test_a_quotation_in_a_blockquote_is_not_her_words_but_her_own_pull_quote_is() -> None:
    page = html_page(REVIEW_WITH_QUOTES, url="https://www.goodreads.example.org/moragk/review/77")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert not any("never once told me" in t for t in talk)
    assert "My families are not problems to be solved, and my caseload proves it." in talk
