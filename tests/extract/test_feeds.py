"""Blog feeds served as JSON: whose entry is whose comes only from each entry's author."""

from __future__ import annotations

from selfaudit.extract.feeds import feed_as_html
from selfaudit.models import FindingKind

from .helpers import MORAG, json_page, values

FEED_URL = "https://nightshiftnotes.blogspot.com/feeds/posts/default?alt=json"


def _atom(entries: list[tuple[str, str, str]], owner: str = "Gethin Pryce") -> dict:
    return {
        "version": "1.0",
        "feed": {
            "title": {"type": "text", "$t": "Rolling Through Wrexham"},
            "subtitle": {"type": "html", "$t": "Wheels, rights and rugby league."},
            "author": [{"name": {"$t": owner}}],
            "entry": [
                {
                    "title": {"type": "text", "$t": title},
                    "content": {"type": "html", "$t": html},
                    "author": [{"name": {"$t": author}}],
                }
                for title, author, html in entries
            ],
        },
    }


GUEST = (
    "Guest post: a day as his PA",
    "Morag Kelly",
    "<p>Nobody warned me how much paperwork there is: timesheets, the payroll portal and the"
    " risk assessment for the hoist at Dunmore Council.</p>",
)
HIS = (
    "Five years of direct payments",
    "Gethin Pryce",
    "<p>My old agency, Alyn Valley Homecare, cut calls to fifteen minutes. Here in Wrexham"
    " the support service helps with payroll.</p>"
    "<p><img src='https://img.example.org/alyn-waters.jpg'"
    " alt='Morag Kelly pushing me up the hill at Alyn Waters'></p>",
)


def test_her_guest_entry_in_someone_elses_feed_is_read_as_her_words() -> None:
    page = json_page(_atom([HIS, GUEST]), url=FEED_URL)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any("risk assessment for the hoist" in t for t in talk)
    assert "Dunmore Council" in values(page, MORAG, FindingKind.WORKPLACE)


def test_the_feed_owners_entries_and_blog_title_are_not_hers() -> None:
    page = json_page(_atom([HIS, GUEST]), url=FEED_URL)
    assert values(page, MORAG, FindingKind.LOCATION) == []
    assert "Alyn Valley Homecare" not in values(page, MORAG, FindingKind.WORKPLACE)


def test_a_photo_in_his_entry_that_names_her_is_a_tagged_photo() -> None:
    page = json_page(_atom([HIS, GUEST]), url=FEED_URL)
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == [
        "https://img.example.org/alyn-waters.jpg"
    ]


def test_a_json_feed_of_her_own_blog_is_hers() -> None:
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Notes from Leith",
        "authors": [{"name": "Morag Kelly"}],
        "items": [
            {
                "title": "Shift notes",
                "authors": [{"name": "Morag Kelly"}],
                "content_text": "I work at Dunmore Council on the duty team. Three child"
                " protection visits before lunch and a strategy meeting after.",
            }
        ],
    }
    page = json_page(feed, url="https://moragk.example.org/feed.json")
    assert "Dunmore Council" in values(page, MORAG, FindingKind.WORKPLACE)
    assert "Leith" in values(page, MORAG, FindingKind.LOCATION)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any("strategy meeting" in t for t in talk)


def test_names_and_text_entries_are_escaped_not_parsed_as_markup() -> None:
    html = feed_as_html(_atom([("<script>x</script>", "<b>Gethin</b>", "")]))
    assert html is not None
    assert "<script>" not in html and "&lt;script&gt;" in html
    text_feed = _atom([])
    text_feed["feed"]["entry"] = [{"content": {"type": "text", "$t": "<img src=x>"}}]
    rendered = feed_as_html(text_feed)
    assert rendered is not None and "<img" not in rendered


def test_json_that_is_not_a_feed_is_left_alone() -> None:
    assert feed_as_html({"items": [1, 2]}) is None
    assert feed_as_html([{"feed": {}}]) is None


def _status(acct: str, name: str, html: str, note: str = "") -> dict:
    return {
        "content": html,
        "account": {"acct": acct, "display_name": name, "note": note, "fields": []},
    }


def test_a_mastodon_reply_thread_keeps_her_statuses_and_drops_a_same_first_name_account() -> None:
    context = {
        "ancestors": [
            _status("tired_sw", "Mo 🎣", "<p>Back to support plans and transport forms"
                    " tomorrow after a long day at the duty desk.</p>",
                    note="<p>Social worker with Dunmore Council. Leith.</p>"),
        ],
        "descendants": [
            _status("moragkirk", "Morag Kirk", "<p>Not the same Morag but our new manager at"
                    " the depot books team meetings right when the school runs start.</p>",
                    note="<p>Bus driver, Bethesda.</p>"),
        ],
    }
    page = json_page(context, url="https://toot.example.org/api/v1/statuses/1132/context")
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any("support plans" in t for t in talk)
    assert not any("depot" in t for t in talk)
    assert "Dunmore Council" in values(page, MORAG, FindingKind.WORKPLACE)
    assert values(page, MORAG, FindingKind.LOCATION) == ["Leith"]


def _reddit_comment(author: str, body: str, replies: list[dict] | None = None) -> dict:
    return {
        "kind": "t1",
        "data": {
            "author": author,
            "body": body,
            "body_html": "&lt;div class=\"md\"&gt;&lt;p&gt;" + body + "&lt;/p&gt;&lt;/div&gt;",
            "author_flair_text": None,
            "replies": {"kind": "Listing", "data": {"children": replies or []}} if replies
            else "",
        },
    }


def _reddit_thread(post_author: str = "tired_sw") -> list[dict]:
    post = {
        "kind": "t3",
        "data": {
            "author": post_author,
            "title": "Reablement workers - how do you switch off after a heavy week?",
            "selftext": "We had three people come home from the hospital on the same day and my"
            " rota went out of the window.\n\nAny tips?",
            "author_flair_text": "Leith",
        },
    }
    comments = [
        _reddit_comment("AutoModerator", "Do not post identifying details. Call NHS 111."),
        _reddit_comment(
            "tavy_tom",
            "Which council are you with? Ours gave everyone a buddy app.",
            [_reddit_comment("tired_sw", "Dunmore. Lone working is fine on paper.")],
        ),
        _reddit_comment("night_owl", "I work nights at a care home and my manager is awful."),
    ]
    return [
        {"kind": "Listing", "data": {"children": [post]}},
        {"kind": "Listing", "data": {"children": comments, "after": None}},
    ]


REDDIT_URL = "https://www.reddit.com/r/CareWorkers/comments/1b7xq2k/switch_off/.json"


def test_a_reddit_thread_as_json_gives_her_post_and_replies_and_nobody_elses() -> None:
    talk = values(json_page(_reddit_thread(), url=REDDIT_URL), MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("We had three people come home from the hospital") for t in talk)
    assert not any("manager is awful" in t or "NHS 111" in t for t in talk)
    assert not any(t.startswith("Reablement workers") for t in talk)  # the title


def test_her_reddit_reply_naming_her_employer_to_which_council_is_a_workplace() -> None:
    page = json_page(_reddit_thread(), url=REDDIT_URL)
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_a_reddit_thread_by_someone_else_gives_her_nothing() -> None:
    thread = _reddit_thread(post_author="night_owl")
    thread[1]["data"]["children"][1]["data"]["replies"] = ""
    assert values(json_page(thread, url=REDDIT_URL), MORAG, FindingKind.WORK_TALK) == []


def test_a_reddit_listing_renders_names_and_words_escaped() -> None:
    thread = _reddit_thread(post_author="<b>x</b>")
    html = feed_as_html(thread) or ""
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def _bsky(handle: str, text: str, replies: list[dict] | None = None, **extra: object) -> dict:
    post = {
        "author": {"handle": f"{handle}.bsky.social", "displayName": handle.title()},
        "record": {"$type": "app.bsky.feed.post", "text": text},
        **extra,
    }
    return {"$type": "app.bsky.feed.defs#threadViewPost", "post": post, "replies": replies or []}


def _bsky_thread(root_author: str = "moragk") -> dict:
    parent = _bsky("tavytom", "Anyone else doing the Leith 10k on Sunday?")
    root = _bsky(
        root_author,
        "Wee win today: a man I have been visiting since March let me help with his shopping"
        " list.",
        replies=[
            _bsky("nightowl", "My shift at the care home was awful, my manager never listens.",
                  replies=[_bsky("moragk", "Ha, the paperwork is why I am late, not the visits.")]),
            {"$type": "app.bsky.feed.defs#notFoundPost", "notFound": True},
        ],
        embed={"images": [{"fullsize": "https://cdn.example.org/list.jpg",
                           "alt": "Morag Kelly with the list on the kitchen table"}]},
    )
    root["parent"] = parent
    return {"thread": root}


BSKY_URL = "https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at%3A%2F%2Fx"


def test_a_bluesky_thread_gives_her_post_and_her_nested_reply_and_nobody_elses() -> None:
    talk = values(json_page(_bsky_thread(), url=BSKY_URL), MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("Wee win today") for t in talk)
    assert "Ha, the paperwork is why I am late, not the visits." in talk
    assert not any("manager never listens" in t for t in talk)


def test_a_bluesky_thread_started_by_someone_else_gives_her_only_her_reply() -> None:
    talk = values(json_page(_bsky_thread("tavytom"), url=BSKY_URL), MORAG, FindingKind.WORK_TALK)
    assert talk == ["Ha, the paperwork is why I am late, not the visits."]


def test_a_photo_in_a_bluesky_thread_whose_alt_names_her_is_a_tagged_photo() -> None:
    page = json_page(_bsky_thread("tavytom"), url=BSKY_URL)
    assert values(page, MORAG, FindingKind.TAGGED_PHOTO) == ["https://cdn.example.org/list.jpg"]


def _thread_post(pid: str, user: str, text: str, replied_to: str | None = None) -> dict:
    return {
        "id": pid,
        "username": user,
        "text": text,
        "permalink": f"https://www.threads.net/@{user}/post/{pid}",
        "is_reply": replied_to is not None,
        **({"replied_to": {"id": replied_to}} if replied_to else {}),
    }


THREADS_URL = "https://graph.threads.net/v1.0/1804/conversation?fields=id,text,username"


def _threads_conversation() -> dict:
    return {
        "data": [
            _thread_post("1", "tired_sw", "Two years on the duty team today and I still love"
                         " the home visits."),
            _thread_post("2", "ot_in_leeds", "Congratulations! Which council are you with? My"
                         " manager at the hospital is awful.", replied_to="1"),
            _thread_post("3", "tired_sw", "Dunmore! We write every support plan with the"
                         " person, never about them.", replied_to="2"),
            _thread_post("4", "morag.kelly.silver", "Lovely post. Leith girls done good.",
                         replied_to="1"),
        ],
        "paging": {"cursors": {"before": "x", "after": "y"}},
    }


def test_a_threads_conversation_gives_her_posts_and_replies_and_nobody_elses() -> None:
    page = json_page(_threads_conversation(), url=THREADS_URL)
    talk = values(page, MORAG, FindingKind.WORK_TALK)
    assert any(t.startswith("Two years on the duty team") for t in talk)
    assert any(t.startswith("We write every support plan") for t in talk)
    assert not any("manager" in t for t in talk)


def test_her_threads_reply_to_which_council_names_her_employer() -> None:
    page = json_page(_threads_conversation(), url=THREADS_URL)
    assert values(page, MORAG, FindingKind.WORKPLACE) == ["Dunmore Council"]


def test_an_account_whose_handle_spells_her_name_but_is_not_hers_is_someone_else() -> None:
    page = json_page(_threads_conversation(), url=THREADS_URL)
    assert values(page, MORAG, FindingKind.LOCATION) == []
