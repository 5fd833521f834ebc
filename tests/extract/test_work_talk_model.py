"""The learned second look at work talk: plain narrative about the job, not home life."""

from __future__ import annotations

import json

import pytest

from selfaudit.extract import work_talk
from selfaudit.extract.work_talk import is_work_talk
from selfaudit.extract.work_talk_model import WorkTalkModel, load, train
from selfaudit.models import FindingKind

from .helpers import MORAG, ROOT, html_page, load_module, values

STORY = "I spent the morning ringing round every unit in the county for a bed and found nothing."
"""Work told as plain story: no stock phrase of the rules ("my caseload", "on shift")."""


@pytest.mark.parametrize(
    "sentence",
    [
        STORY,
        "By the time I'd finished the paperwork it was gone nine and I had two calls to make.",
        "Today I sat in on my first team meeting since coming back from leave and it felt good.",
        "We had an inspection this week and I was so proud of how the young people spoke up.",
        "I drove ninety miles today for two visits and a review meeting in between.",
    ],
)
def test_plain_narrative_about_the_job_is_work_talk(sentence: str) -> None:
    assert is_work_talk(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # family words the scorer has seen in children's homes, at home
        "I spent the whole day at the beach with my kids and the dog.",
        "Our house is finally painted and the kids have picked their bedroom colours.",
        "Took the kids to see my parents in Oban and the weather held for once.",
        # a trade word, at home
        "My mum was in hospital last week but she is home now and doing well.",
        "We went to the match with my brother and our team played well tonight.",
        "The council still hasn't fixed the pothole outside our house.",
        "My sister is a nurse and I could never do what she does.",
        "I've been training for the Great North Run and my knees are not happy.",
        "We had the whole family round for Sunday lunch and I burnt the roast.",
    ],
)
def test_home_life_is_not_work_talk(sentence: str) -> None:
    assert not is_work_talk(sentence)


def test_the_scorer_finds_what_the_rules_miss_on_the_subjects_own_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = html_page(f"<h1>Morag Kelly</h1><article><p>{STORY}</p></article>")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [STORY]
    monkeypatch.setattr(work_talk, "MODEL", None)
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


def test_the_scorer_never_reads_other_peoples_comments() -> None:
    page = html_page(
        "<h1>Morag Kelly</h1><p>Lovely walk along the shore today.</p>"
        f"<div class='comment' data-author='Jo Bloggs'><p>{STORY}</p></div>"
    )
    assert values(page, MORAG, FindingKind.WORK_TALK) == []


def test_training_is_deterministic_and_learns_from_its_examples() -> None:
    examples = [
        ("I wrote up my assessment after the visit", True),
        ("The assessment and the visit ran late again", True),
        ("We walked the dog along the beach", False),
        ("The dog loved the beach and the sun", False),
    ] * 5
    first, second = train(examples), train(examples)
    assert first == second
    assert first.probability("another assessment visit") > 0.5
    assert first.probability("the dog on the beach") < 0.5


def _written(count: int) -> list[tuple[str, bool]]:
    lines = (ROOT / "fixtures" / "work_talk" / "sentences.jsonl").read_text("utf-8").splitlines()
    return [(d["text"], d["work_talk"]) for d in map(json.loads, lines[:count])]


def test_the_order_examples_are_given_in_does_not_matter() -> None:
    examples = _written(300)
    assert train(examples, epochs=20) == train(list(reversed(examples)), epochs=20)


def test_a_retrain_after_one_new_sentence_hardly_moves_the_others() -> None:
    """A retrain after a few new sentences must not flip unrelated findings: the examples
    already there are met in the same order (a fresh shuffle moved them twice as far)."""
    examples = _written(301)
    one, more = train(examples[:300], epochs=40), train(examples, epochs=40)
    gaps = [abs(one.probability(t) - more.probability(t)) for t, _ in examples[:300]]
    assert sum(gaps) / len(gaps) < 0.0025  # 0.0038 with random.shuffle


def test_the_model_file_round_trips() -> None:
    model = WorkTalkModel({"rota": 1.25, "beach": -0.5}, bias=-1.0, threshold=0.4)
    again = WorkTalkModel.from_json(model.to_json({"about": "test"}))
    assert again == model


def test_the_shipped_model_is_trained_on_the_current_corpora() -> None:
    """Changing labels or how sentences are picked without retraining fails here."""
    tool = load_module(ROOT / "tools" / "train_work_talk.py", "train_work_talk")
    assert tool.main(["--check"]) == 0, "run: python tools/train_work_talk.py"
    assert load() == work_talk.MODEL


def test_a_sure_sentence_about_the_job_needs_no_first_person() -> None:
    """On their own page a post often has no "I": "Handover at 7am ..." is still theirs."""
    said = "The handover at 7am is the most important half hour of the day on the unit."
    assert work_talk.MODEL is not None and work_talk.MODEL.probability(said) >= 0.85
    page = html_page(f"<h1>Morag Kelly</h1><p>{said}</p>")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [said]


def test_a_paragraph_about_work_makes_its_other_sentences_count_more_easily(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A work story's middle ("I did fajitas because they're all four will eat") says
    nothing of work alone; in a paragraph that talks about work the scorer needs less."""
    lead = "Sleep-in at the home tonight with my young people."  # the rules: work talk
    middle = "I did chicken fajitas because they are the only thing all four will eat."
    fake = WorkTalkModel({"fajitas": 3.0}, bias=-0.5, threshold=0.4)  # here, about 0.57
    monkeypatch.setattr(work_talk, "MODEL", fake)
    assert 0.5 <= fake.probability(middle) < work_talk.SURE
    together = html_page(f"<h1>Morag Kelly</h1><p>{lead} {middle}</p>")
    assert values(together, MORAG, FindingKind.WORK_TALK) == [lead, middle]
    apart = html_page(f"<h1>Morag Kelly</h1><p>{lead}</p><p>{middle}</p>")
    assert values(apart, MORAG, FindingKind.WORK_TALK) == [lead]


def test_a_page_that_talks_about_work_twice_makes_its_other_posts_count_more_easily(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A profile's posts are paragraphs of their own: "Handover at 8am, bed by 9, up at 3 to
    sand a drawer." says little alone, but among posts about night shifts it is the job."""
    posts = [
        "Sleep-in at the home tonight with my young people.",  # the rules: work talk
        "Night shift again, and my residents were unsettled till four.",  # the rules too
    ]
    plain = "Handover at eight, bed by nine, up at three to sand a drawer."
    fake = WorkTalkModel({"handover": 5.5}, bias=-0.5, threshold=0.4)  # about 0.74
    monkeypatch.setattr(work_talk, "MODEL", fake)
    assert fake.probability(plain) >= work_talk.PAGE_NEIGHBOUR
    assert not work_talk.is_work_talk(plain)  # alone, no one's words about anything
    both = "".join(f"<p>{p}</p>" for p in [*posts, plain])
    page = html_page(f"<h1>Morag Kelly</h1>{both}")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [*posts, plain]
    once = "".join(f"<p>{p}</p>" for p in [posts[0], "Lovely walk on the beach.", plain])
    page = html_page(f"<h1>Morag Kelly</h1>{once}")
    assert values(page, MORAG, FindingKind.WORK_TALK) == [posts[0]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pathway plan with K went well and I came out grinning.", True),  # leaving care
        ("Two Section 47s before lunch and I have not sat down.", True),  # child protection
        ("I checked the MAR charts for room six and found three gaps.", True),  # care home
        ("Day job is youth justice, so my week is full of teenagers.", True),  # the role itself
        # everyday meanings were thinned out of the list: a parent's, a relative's
        ("I took the little one to stay and play at the library.", False),
        ("I fitted a key safe by Mum's door and she loves it.", False),
        ("I went to the shops and then watched the football all evening.", False),
    ],
)
def test_a_term_of_art_of_any_registered_role_lets_the_scorer_speak(
    sentence: str, expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scorer that is only fairly sure (0.5) needs a word of the trade: the terms of art of
    every role on the registers count, not only the roles our corpora happened to have."""
    monkeypatch.setattr(work_talk, "MODEL", WorkTalkModel({}, 0.0, 0.4))
    assert is_work_talk(sentence) is expected
