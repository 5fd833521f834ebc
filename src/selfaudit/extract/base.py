"""The parsed page every extractor reads, and the base class extractors are written against.

A page is parsed ONCE into a :class:`Document`: the HTML tree, its JSON-LD, OpenGraph/Twitter
meta, h-cards, tel:/mailto: links, images, known-API JSON, and the visible text of the parts of
the page that belong to its owner. Other people's words (comment threads, replies, feed entries
by other authors, colleagues' cards on a team page) are cut out first, so that a colleague's
phone number or a commenter's moan about *their* manager is never reported as the subject's.

Building never raises: each step that fails leaves its part empty and the rest still runs.
"""

from __future__ import annotations

import json
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, ClassVar, TypeVar
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from ..folding import squash
from ..models import Finding, FindingKind, Page, Subject
from ..severity import SeverityContext, assess
from . import json_api, structured
from .chat_log import own_chat_lines
from .contact_list import named_above, on_venue_line
from .facts import Facts, FactsBuilder, ImageRef
from .feeds import feed_as_html
from .json_api import ApiProfile
from .json_person import person_record
from .mail_archive import read_archived_message
from .names import (
    fold,
    handle_in,
    is_clearly_other,
    is_handle,
    looks_like_subject,
    mentions_name,
    name_tokens,
    names_compatible,
)
from .orgs import OrgMatch, discover_orgs, find_employer, same_org
from .structured import HCard, LdNode
from .text import MAX_TEXT, decode, one_line, phrase_pattern, sentences, shorten, tidy, words
from .transcript import own_transcript_turns
from .wiki_talk import own_talk_comments

T = TypeVar("T")

SERVICE_USERS = re.compile(
    r"(?i)\b(?:service[- ]users?|clients?|people (?:i|we) (?:support|care for|work with)"
    r"|case ?loads?|(?:my|our) cases?|case (?:conference|review|notes|files?)"
    r"|famil(?:y|ies) (?:i|we) work with|residents?|young people"
    r"|child protection|home visits?|my kids at work|looked[- ]after)\b"
)
"""Words that make talk about work a matter of other people's confidentiality."""

_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "svg", "iframe", "object",
    "embed", "select", "button", "title", "meta", "link", "base",
)  # fmt: skip
# Not "head" itself: an unclosed <head> makes html.parser put the whole body inside it.
_BLOCK_TAGS = words(
    """p div li ul ol dl dt dd h1 h2 h3 h4 h5 h6 section article aside header main blockquote
    pre table tr td th figure figcaption address hr form fieldset details summary body html
    label option caption"""
)
_KEEP_WHOLE = frozenset({"html", "body", "main"})
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")

_COMMENT_TOKEN = re.compile(
    r"comment(?!ary)|repl(?:y|ies)|(?:^|[-_])(?:supporters?|donors?|responses?)(?:$|[-_])"
    r"|^mgrrspn"  # Tripadvisor's management response under a review
)
"""Other people's words under a post: comments, replies, a fundraiser's supporters' messages,
Medium's "responses"."""
_SELLER_ANSWER_CLASS = r"(?:seller|owner|shop)[-_]?(?:response|reply|answer)"
"""A shop's answer to a review, by class ("seller-response"): see :func:`_sellers_answers`."""
_COMMENT_NOT = re.compile(
    r"^(?:has|no|with|allow|show|enable|open|closed)[-_]|[-_]with[-_](?:comments?|replies)$"
    rf"|^{_SELLER_ANSWER_CLASS}$"
    r"|[-_](?:open|closed|count|status|number)$"
    r"|^js-reply"
)
"""Classes that say a post has comments, not that the element is one: "has-comments",
LinkedIn's "main-feed-activity-card-with-comments"; a script's hook for where new replies
go (XenForo's "js-replyNewMessageContainer" holds the whole thread); and a shop's answer
to a review, which is the shop owner's (:func:`_sellers_answers`)."""
_PERSON_BLOCK = re.compile(
    r"^(?:h-card|vcard|person|officer|committee[-_]member|trustee|board[-_]member|coach)$"
    r"|(?:coach|volunteer|leader)[-_]?(?:card|profile|item)$"
    r"|team[-_]*member|staff[-_]?(?:member|profile|card)|member[-_]card"
    r"|person[-_]?card|profile[-_]card|team[-_]card|people[-_]item|officer[-_]card"
)
_PLACE_OR_ORG_CARD = frozenset({"p-location", "p-org", "p-organization", "p-adr"})
"""An h-card nested as a place or an organisation ("Care Assistant, <span class="p-location
h-card"><span class="p-org">Kessock View Care Home</span></span>"): not a person's card."""
_ENTRY = frozenset(
    {"h-entry", "hentry", "h-cite", "post", "message--post", "talk-post", "forum-post",
     "crawler-post", "topic-post", "detailed-status", "status-public",
     "chatlog__message-container", "tgme_widget_message", "msg", "js-question", "js-answer"}
)  # fmt: skip
"""Entries by one author: h-entries, forum posts (phpBB ``post``, XenForo ``message--post``,
Discourse's ``topic-post`` and, in the view it serves to crawlers, ``crawler-post``), and a
Mastodon thread's posts (``detailed-status``, and ``status status-public`` for each reply),
a chat export's messages (DiscordChatExporter's ``chatlog__message-container``), a
Telegram channel's public preview's (``tgme_widget_message``), and a Stack Exchange
question and its answers (``js-question``, ``js-answer``), each signed by "user-details"."""
_AUTHOR = frozenset(
    {"p-author", "author", "u-author", "username", "message-name", "postauthor", "nickname",
     "fn", "status__display-name", "detailed-status__display-name", "chatlog__author",
     "tgme_widget_message_from_author"}
)  # fmt: skip
"""Author names by class; "fn" is the name in a vCard, which is how WordPress themes sign a
comment (Astra's ``<b class="fn">`` under a header too long to be a name), and Mastodon's
web app signs each post with its ``status__display-name`` link."""
_AUTHOR_LIKE = re.compile(
    r"^(?:post|message|comment|entry|caption|c)?[-_]?(?:author|poster|user|commenter)[-_]?"
    r"(?:name|info|details)?$|^(?:post|entry|activity)[-_]owner$"
    r"|^(?:[a-z]*(?:comment|thread|reply|review)[a-z]*[-_]){1,2}(?:author|commenter|poster)"
    r"(?:[-_](?:name|link))?$|^reviewer(?:[-_]?name)?$"
    r"|^comments-(?:comment|post)-meta__(?:description-title|name-text)$"
)
"""Author blocks named otherwise: "poster", "post-author", "author-name", "user-name",
Strava's "entry-owner", Steam's "commentthread_comment_author", LinkedIn's
"comments-comment-meta__description-title"."""
_SHARED = re.compile(
    r"^(?:.*[-_])?(?:reblog(?:ged)?|boost(?:ed)?|repost(?:ed)?|reshared?)(?:[-_].*)?$"
    r"|^(?:.*[-_])?shared[-_](?:post|content|status|item|attachment|story)$"
    r"|^embedded[-_](?:post|tweet|status|toot)(?:[-_]wrap(?:per)?)?$"
)
"""Another account's post shown in the owner's feed, or embedded in their newsletter
(Substack's "embedded-post"): never the owner's words or details."""
_SHARED_LABEL = re.compile(r"(?i)^(?:shared|reposted|reblogged|boosted) (?:post|content|status)$")
_DELETED = re.compile(r"(?:^|[-_])(?:deleted|removed)$")
_SHARED_PREPEND = re.compile(
    r"^(?P<who>\S.{0,60}?)\s*\b(?:boosted|reblogged|reposted|retweeted|shared a post)\b"
)
_FURNITURE = re.compile(
    r"sidebar|^side$|widget|footer|testimonial|^officers$|^committee$|contact[-_]?us|^related"
    r"|[-_]related|also[-_]viewed|^secondary$|site[-_]?(?:header|branding)|masthead"
    r"|(?:^|[-_])(?:charity|beneficiary|cause)(?:[-_]+(?:info|details|box|card|about))?$"
    r"|about[-_](?:the[-_])?(?:charity|organi[sz]ation|company)"
)
"""Side furniture of a page (sidebars, widgets, footers, "people also viewed", organisation
banners, a fundraiser's box about the charity): kept only where it names the subject (a blog's
own "About me" widget)."""
_ARTICLE_TYPES = frozenset(
    {"Article", "NewsArticle", "BlogPosting", "Report", "SocialMediaPosting", "ScholarlyArticle",
     "LiveBlogPosting", "OpinionNewsArticle", "ReportageNewsArticle"}
)  # fmt: skip
_ORG_TYPES = re.compile(r"Organi[sz]ation|Corporation|NGO|LocalBusiness|GovernmentOrganization")

_ICON_HINT = re.compile(r"icon|sprite|emoji|spacer|pixel|tracking|beacon|badge|favicon")
_AVATAR_HINT = re.compile(
    r"avatar|profile[-_ ]?(?:pic|photo|image|img|picture)|pfp|userpic|user[-_]photo|headshot"
)
_BANNER_HINT = re.compile(
    r"banner|(?<!object-)(?<!bg-)(?<!background-)(?<!re)(?<!dis)(?<!un)cover(?!y|ed|ing)"
    r"|profile[-_]?header"
    r"|header[-_]?(?:image|img|photo|bg)|masthead|hero"
    r"|(?:^|\s)(?:profile[-_])?background[-_](?:image|img|photo)(?:\s|$)"
)
"""Words that mark a banner, cover or profile background photo (not CSS utilities:
"object-cover" says how an image is cropped, on team photos and avatars alike; nor the
"cover" in "Northlight Recovery Foundation logo" or "Discover more")."""
_BANNER_DIR = re.compile(
    r"/(?:profile[-_]?banners?|banners?|covers?|header[-_]?photos?|backgrounds?)/"
)
"""A folder of a site's profile banners, cover or background photos (About.me's
``/background/users/...``)."""
_FB_PROFILE_PICTURE = re.compile(r"^https?://[\w.-]+\.fbcdn\.net/v/t[\d.]+-1/")
"""Facebook serves profile pictures as type "-1" ("/v/t39.30808-1/"), post photos as "-6"."""
_ROLE_RANK = {"icon": 0, "og": 1, "content": 2, "banner": 3, "avatar": 4}
"""Which role wins when one image URL appears in several places."""
_TAG_HINT = re.compile(r"tag|caption|people|persons")
_PEOPLE_HINT = re.compile(r"tag|people|persons")
"""People-tag lists ("tagged", "people-tags"): their items name who is in the photo."""
_TAG_ATTRS = (
    "data-tagged", "data-tags", "data-people", "data-persons", "data-users", "data-mentions",
    "data-caption", "data-title",
)  # fmt: skip
_AVATAR_LABEL = re.compile(r"(?i)\b(?:avatar|profile (?:picture|photo|image))\s*$")
"""An alt that says the image is someone's avatar ("u/geth_cares avatar", "jas.rowb's profile
picture")."""
_IMAGE_TAGS = ["img", "faceplate-img"]
"""Images: Reddit draws avatars with its own ``<faceplate-img>`` element."""
_STYLE_URL = re.compile(r"""url\(\s*['"]?([^'")]+)['"]?\s*\)""")


@dataclass(frozen=True)
class Document:
    """One page, parsed once, as every extractor sees it.

    ``soup`` holds only the owner's parts of the page (see the module docstring); ``text`` is
    their visible text (for API JSON: the bio, notes and posts); ``meta_text`` the title and
    descriptions from ``<head>``. ``facts`` are the structured facts that belong to the subject
    (cards and JSON-LD persons clearly about someone else are left out). ``ctx`` grades every
    finding on the page.
    """

    page: Page
    url: str
    kind: str  # "html", "json", "text" or "image"
    text: str = ""
    meta_text: str = ""
    soup: BeautifulSoup | None = None
    meta: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    jsonld: tuple[LdNode, ...] = ()
    hcards: tuple[HCard, ...] = ()
    facts: Facts = field(default_factory=Facts)
    tel_links: tuple[str, ...] = ()
    mailto_links: tuple[str, ...] = ()
    images: tuple[ImageRef, ...] = ()
    api: ApiProfile | None = None
    display_name: str | None = None
    owner_is_other: bool = False
    site_names: tuple[str, ...] = ()
    discovered_orgs: tuple[OrgMatch, ...] = ()
    ctx: SeverityContext = field(default_factory=SeverityContext)
    owner_is_subject: bool = False
    namesake: bool = False
    blocks: tuple[tuple[str, str], ...] = ()
    link_context: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    subject_posts: bool = False
    """A thread whose remaining posts (others' were cut out) are signed by the subject."""
    author_urls: tuple[str, ...] = ()
    """Where the page's schema.org microdata says its author is (a video's channel)."""
    own_words: tuple[str, ...] = ()
    """The bodies of the subject's own comments, wherever they are on the page."""
    answered: tuple[tuple[str, str], ...] = ()
    """Others' comments that the subject replied to, each with her reply, as written (see
    :func:`_answered_comments`): never read as hers, only for what they ask her."""

    @property
    def all_text(self) -> str:
        """Body text then head text: what a reader of the page (or its preview) sees."""
        return f"{self.text}\n{self.meta_text}" if self.meta_text else self.text


class Extractor(ABC):
    """One kind of exposure. Subclasses set ``kind`` and yield findings from a Document.

    ``extract`` may raise on a page it cannot read; :func:`selfaudit.extract.extract_findings`
    skips that extractor for that page and runs the others.
    """

    kind: ClassVar[FindingKind]

    @abstractmethod
    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        """The findings of this kind on ``doc``."""

    def finding(
        self,
        doc: Document,
        value: str,
        evidence: str,
        *,
        ctx: SeverityContext | None = None,
        source_url: str | None = None,
    ) -> Finding:
        return Finding(
            kind=self.kind,
            value=value,
            source_url=source_url or doc.url,
            evidence=shorten(evidence, 200),
            severity=assess(self.kind, ctx or doc.ctx),
        )


# -- building ---------------------------------------------------------------------------------
def _attempt(step: Callable[[], T], default: T) -> T:
    """Run one building step; a page that breaks it loses that part, not the whole page."""
    try:
        return step()
    except Exception:  # hostile pages must never stop an audit
        return default


_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*")


def is_image(page: Page) -> bool:
    ctype = (page.content_type or "").split(";")[0].strip().lower()
    if ctype.startswith("image/"):
        return True
    if ctype in ("", "application/octet-stream", "binary/octet-stream"):
        body = page.body or b""
        return body.startswith(_MAGIC) or (body[:4] == b"RIFF" and body[8:12] == b"WEBP")
    return False


def _looks_json(page: Page, text: str) -> bool:
    ctype = (page.content_type or "").lower()
    if "json" in ctype:
        return True
    return "html" not in ctype and text.lstrip()[:1] in ("{", "[")


def build_document(page: Page, subject: Subject | None = None) -> Document:
    """Parse ``page`` once for every extractor; ``subject`` decides whose parts are kept."""
    url = page.url or ""
    if is_image(page):
        return Document(page=page, url=url, kind="image")
    text = _attempt(lambda: decode(page), "")
    if _looks_json(page, text):
        data = _attempt(lambda: json.loads(text), None)
        if data is not None:
            return _json_document(page, url, data, subject)
    ctype = (page.content_type or "").lower()
    if ctype.startswith("text/plain") or "json" in ctype:
        body = tidy(text)[:MAX_TEXT]
        return _finish(Document(page=page, url=url, kind="text", text=body), subject)
    return _html_document(page, url, text, subject)


def _json_document(page: Page, url: str, data: Any, subject: Subject | None) -> Document:
    api = _attempt(lambda: json_api.adapt(url, data), None)
    if api is None and (html := _attempt(lambda: feed_as_html(data), None)):
        return _html_document(page, url, html, subject)
    if api is None:
        api = _attempt(lambda: person_record(url, data), None)
    if api is None:
        text = _attempt(lambda: json_api.generic_text(data), "")
        doc = Document(page=page, url=url, kind="json", text=tidy(text)[:MAX_TEXT])
        return _finish(doc, subject)
    doc = Document(
        page=page,
        url=url,
        kind="json",
        text=tidy(api.text)[:MAX_TEXT],
        api=api,
        facts=api.facts,
        images=api.facts.images,
        display_name=api.name,
    )
    return _finish(doc, subject)


def _html_document(page: Page, url: str, html: str, subject: Subject | None) -> Document:
    soup = _attempt(lambda: BeautifulSoup(html, "html.parser"), None)
    if soup is None:
        return _finish(
            Document(page=page, url=url, kind="text", text=tidy(html)[:MAX_TEXT]), subject
        )
    meta = _attempt(lambda: structured.read_meta(soup), {})
    for full in _attempt(lambda: structured.script_descriptions(soup, url), []):
        # the whole text, where <meta> has it cut short ("... I work for Ribble…")
        meta.setdefault("description", []).append(full)
    jsonld = _attempt(lambda: structured.jsonld_nodes(soup), [])
    captions = _attempt(lambda: structured.script_captions(soup), [])
    title = _attempt(lambda: soup.title.get_text() if soup.title else "", "")
    deep = _attempt(lambda: _deeper_than(soup, MF2_MAX_DEPTH), True)
    items = [] if deep else _attempt(lambda: structured.parse_mf2(html, url), [])
    cards = _attempt(lambda: structured.hcards(items), [])

    message = _attempt(lambda: read_archived_message(soup), None)
    author_urls = _attempt(lambda: _microdata_author_urls(soup), [])
    _attempt(lambda: _name_user_ids(soup), None)
    mine = _attempt(lambda: _subjects_comments(soup, subject), []) if subject else []
    own_words = _attempt(lambda: _own_comment_words(mine), ())
    answered = _attempt(lambda: _answered_comments(soup, subject, mine), ()) if subject else ()
    if subject is not None:
        spoken = _attempt(
            lambda: own_transcript_turns(
                soup, soup.get_text(" "), subject_names(subject), subject_handles(subject)
            ),
            (),
        )
        signed = _attempt(
            lambda: own_talk_comments(soup, subject_names(subject), subject_handles(subject)), ()
        )
        own_words = (*own_words, *spoken, *signed)
    in_comments = _attempt(lambda: _photos_in_comments(soup, url, subject, mine), [])
    pruned = _attempt(lambda: _prune(soup, subject, mine), (False, False))
    owner_other_entry, subject_posts = pruned
    if subject is not None:
        own_words = (*own_words, *_attempt(lambda: _own_card_words(soup, subject), ()))
    facts, display = _attempt(lambda: _facts(url, jsonld, cards, meta, subject), (Facts(), None))
    if message is not None and display is None:
        display = message.sender  # a list archive's message is its sender's page
    images = _attempt(lambda: _images(soup, meta, url, facts), [])
    seen = {i.url for i in images}
    images += [i for i in in_comments if i.url not in seen]
    tel = _attempt(lambda: _links(soup, "tel:"), [])
    mailto = _attempt(lambda: _links(soup, "mailto:"), [])
    body_text = _attempt(lambda: _visible_text(soup), "")
    if subject is not None:
        body_text = _with_own_captions(body_text, captions, subject)
        said = _attempt(
            lambda: own_chat_lines(body_text, subject_names(subject), subject_handles(subject)), ()
        )
        own_words = (*own_words, *said)
    blocks: tuple[tuple[str, str], ...] = ()
    link_context: dict[str, tuple[str, ...]] = {}
    if subject is not None and not deep:
        blocks = _attempt(lambda: _small_blocks(soup), ())
        link_context = _attempt(lambda: _link_contexts(soup), {})

    meta_lines: list[str] = []
    for line in [title, *_meta_values(meta, "og:title", "og:description", "twitter:description",
                                       "description")]:  # fmt: skip
        for part in (line or "").split("\n"):  # a description's paragraphs stay apart
            part = one_line(part)
            if part and part not in meta_lines:
                meta_lines.append(part)
    if subject_posts:
        # A thread where only the subject's replies are left: its title and description are
        # the opening post's, someone else's ("Final year MSc student in Glasgow").
        meta_lines = []
    doc = Document(
        page=page,
        url=url,
        kind="html",
        text=body_text,
        meta_text="\n".join(meta_lines)[:20_000],
        soup=soup,
        author_urls=tuple(author_urls),
        own_words=tuple(own_words),
        answered=answered,
        meta={k: tuple(v) for k, v in meta.items()},
        jsonld=tuple(jsonld),
        hcards=tuple(cards),
        facts=facts,
        tel_links=tuple(tel),
        mailto_links=tuple(mailto),
        images=tuple(images),
        display_name=display,
        owner_is_other=owner_other_entry
        or _attempt(lambda: _authored_by_other(jsonld, meta, subject), False),
        subject_posts=subject_posts,
        site_names=tuple(_attempt(lambda: _site_names(jsonld, meta), [])),
        blocks=blocks,
        link_context=link_context,
    )
    return _finish(doc, subject)


def _with_own_captions(text: str, captions: list[tuple[str, str]], subject: Subject) -> str:
    """The page's text with the subject's post captions that only its script data holds (an
    Instagram grid shows pictures; the words are in its JSON): theirs when posted from one
    of their handles, added once, as paragraphs of their own."""
    handles = subject_handles(subject)
    seen = " ".join(text.split()).casefold()
    extra = []
    for who, caption in captions:
        start = " ".join(caption.split()).casefold()[:80]
        if is_handle(who, handles) and start not in seen:
            extra.append(tidy(caption))
            seen += " " + start
    return "\n\n".join([text, *extra])[:MAX_TEXT] if extra else text


MF2_MAX_DEPTH = 300
"""mf2py recurses per element; past this depth it would only fail, slowly."""


def _deeper_than(soup: BeautifulSoup, limit: int) -> bool:
    """Is any element nested more than ``limit`` deep? (An explicit stack: no recursion.)"""
    stack: list[tuple[Tag, int]] = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        stack.extend((c, depth + 1) for c in node.contents if isinstance(c, Tag))
    return False


def _finish(doc: Document, subject: Subject | None) -> Document:
    """Attach what every extractor would otherwise work out again: the organisations the text
    says its author works for, and the severity context."""
    names = subject_names(subject) if subject else []
    handles = subject.handles if subject else ()
    orgs = _attempt(lambda: tuple(discover_orgs(doc.all_text, names, handles)), ())
    doc = replace(doc, discovered_orgs=orgs)
    if subject is None:
        return doc
    ctx = _attempt(lambda: severity_context(doc, subject), SeverityContext())
    doc = replace(doc, ctx=ctx)
    namesake = _attempt(lambda: _namesake_page(doc, subject), False)
    owned = not namesake and _attempt(lambda: _owned_by_subject(doc, subject), False)
    return replace(doc, owner_is_subject=owned, namesake=namesake)


# -- pruning: keep the owner's parts ----------------------------------------------------------
_STYLED_CLASS = re.compile(r"^css-[0-9a-z]{4,10}-(?P<name>[A-Z][A-Za-z0-9]+)$")
_CAMEL_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")
_CAMEL_CLASS = re.compile(r"^([a-z]{2,5})([A-Z][a-z]+)(?=$|[_-])")
"""A class named prefix-first in camel case, Invision's "ipsComment" and "ipsComment_content":
the name after the prefix, what the element is, read as a word."""


def _class_list(el: Tag) -> list[str]:
    """``el``'s class names as written (bs4 gives a list, or a string for an odd parser)."""
    raw = el.get("class") or []
    if isinstance(raw, str):
        raw = raw.split()
    return [c for c in raw if isinstance(c, str)]


def classes(el: Tag) -> list[str]:
    """``el``'s class names, lower-cased."""
    return [c.lower() for c in _class_list(el)]


def _tokens(el: Tag) -> list[str]:
    """An element's class names, id, itemprop and test id, lower-cased: what its markup says
    it is. A styled component's class ("css-1i7ohvi-DivCommentItemContainer", TikTok's) also
    gives its name in words ("div-comment-item-container"), the way other sites write it."""
    written = _class_list(el)
    if "style-scope" in written:
        # Polymer (YouTube) puts "style-scope ytd-comment-view-model" on every element inside
        # a component: the host it sits in, not what the element is. Read as a name, each
        # part of a comment would be a comment (its body one "by" the @mention it starts
        # with). What a Polymer element is, its own tag says (<ytd-comment-view-model>).
        at = written.index("style-scope")
        written = written[:at] + written[at + 2 :] + ([el.name] if "-" in el.name else [])
    out = [c.lower() for c in written]
    for c in written:
        styled = _STYLED_CLASS.match(c) if c[:4] == "css-" else None
        if styled:
            out.append("-".join(_CAMEL_PART.findall(styled.group("name"))).lower())
        elif _CAMEL_CLASS.match(c):  # Invision's "ipsComment": "ips-comment"
            out.append(_CAMEL_CLASS.sub(lambda m: f"{m.group(1)}-{m.group(2)}", c, 1).lower())
    for attr in ("id", "itemprop", "data-testid", "data-test-id", "data-tag"):  # Patreon: data-tag
        value = el.get(attr)
        if isinstance(value, str):
            out.extend(value.lower().split())
    return out


def _hints(el: Tag) -> str:
    return " ".join(_tokens(el))


def _ancestors(el: Tag, limit: int) -> Iterator[Tag]:
    node = el.parent
    while node is not None and limit > 0 and isinstance(node, Tag):
        if node.name == "[document]":
            return
        yield node
        node = node.parent
        limit -= 1


def subject_names(subject: Subject) -> list[str]:
    return [n for n in (subject.name, *subject.aliases) if n and n.strip()]


def subject_handles(subject: Subject) -> list[str]:
    return [h for h in subject.handles if h and h.strip()]


def can_be_named(subject: Subject) -> bool:
    """Did the user give a name or handle, so that a page can say whose a detail is? With
    neither, nothing can be tied to the subject, and a first-person detail is kept."""
    return bool(subject_names(subject)) or any(h.strip() for h in subject.handles)


def _mentions_subject(text: str, subject: Subject) -> bool:
    if any(mentions_name(text, n) for n in subject_names(subject)):
        return True
    handles = [h for h in subject.handles if len(h) >= 3]
    # a handle in the text, or the whole text a handle written as words: a stall's card
    # headed "Brimble Bees" is @brimblebees's
    return any(handle_in(text, h, require_at=False) for h in handles) or is_handle(text, handles)


def _is_chrome(el: Tag, tokens: list[str]) -> bool:
    """Page furniture and other people's words: dropped before anything reads the page."""
    if el.name in _DROP_TAGS:
        # an SVG that draws a photo (Facebook's profile picture) is kept for the photo, and
        # so is a labelled button that shows one, as its background (Google Maps' review
        # photos) or as the picture to open full size (Bluesky's image embed)
        if el.name == "svg":
            return not any(t.name == "image" for t in _first_tags(el, 30))
        if el.name == "button" and el.get("aria-label"):
            shows = _STYLE_URL.search(str(el.get("style") or "")) or any(
                t.name == "img" for t in _first_tags(el, 5)
            )
            return not shows
        if el.name == "noscript":  # SoundCloud serves the whole track page inside one
            return el.find(["article", "main", "h1"]) is None
        return True
    role = str(el.get("role") or "").lower()
    if role in ("navigation", "contentinfo"):
        return True
    if el.name in _KEEP_WHOLE:
        return False
    if _is_shared(el, tokens) or _is_advert(el, tokens):
        return True
    return _is_comment(tokens)


_ADVERT = re.compile(
    r"^(?:ad|ads|advert|advertisement|sponsored|promoted)"
    r"(?:[-_](?:post|content|unit|slot|box|banner|card|item|block|container|wrapper))?$"
)


def _is_advert(el: Tag, tokens: list[str]) -> bool:
    """An advertisement on the page (Quora's ``data-promoted="true"`` box, "ad-slot",
    "sponsored-post"): an advertiser's words and phone number, never the subject's."""
    return str(el.get("data-promoted") or "").lower() == "true" or any(
        _ADVERT.match(t) for t in tokens
    )


def _is_shared(el: Tag, tokens: list[str]) -> bool:
    """Another account's post carried by a share: marked by class or test id ("shared-post"),
    or by the label Facebook gives screen readers (``aria-label="Shared post"``)."""
    return any(_SHARED.search(t) for t in tokens) or bool(
        _SHARED_LABEL.match(str(el.get("aria-label") or ""))
    )


def _is_comment(tokens: list[str]) -> bool:
    return any(_COMMENT_TOKEN.search(t) and not _COMMENT_NOT.search(t) for t in tokens)


_PROFILE_SUFFIX = re.compile(r"(?i)(?:['’]s)?\s+(?:profile|avatar)(?:\s+(?:picture|photo))?$")


def _walk(el: Tag, max_tags: int, opaque: frozenset[str] = frozenset()) -> Iterator[Any]:
    """The elements and text inside ``el`` in document order, stopping after ``max_tags``
    elements and not entering those named in ``opaque``. An explicit walk: bs4's
    ``descendants`` and ``strings`` first find the subtree's last element, which is as deep
    as the page is, so reading the start of every element that way is quadratic."""
    stack: list[Iterator[Any]] = [iter(el.contents)]
    while stack and max_tags > 0:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
        elif isinstance(node, Tag):
            max_tags -= 1
            yield node
            if node.name not in opaque:
                stack.append(iter(node.contents))
        else:
            yield node


def _first_tags(el: Tag, limit: int) -> Iterator[Tag]:
    """The first ``limit`` elements inside ``el``, in document order."""
    return (node for node in _walk(el, limit) if isinstance(node, Tag))


_WORK_TITLE = re.compile(
    r"(?i)(?:book|album|product|track|film|work)[-_]?(?:title|info|meta|details)"
)
"""The title block of the book, album or product a review is of: its "authorName" is the
book's author, not the review's."""


_USER_ID_ATTRS = ("data-user-id", "data-userid", "data-uid", "data-author-id")


def _name_user_ids(soup: BeautifulSoup) -> None:
    """Comments that carry only their writer's id (``data-user-id="u-318"``), the names
    given once in a legend of the people in the conversation ("<li data-user-id="u-318">
    Ally Mac</li>"): each such comment gets its writer's name as ``data-author``, where
    :func:`_comment_author` reads it."""
    legend: dict[str, str] = {}
    carriers: list[tuple[Tag, str]] = []
    for el in soup.find_all(lambda t: any(t.has_attr(a) for a in _USER_ID_ATTRS), limit=2_000):
        user = next(str(el[a]) for a in _USER_ID_ATTRS if el.has_attr(a))
        if _is_one_comment(el):
            carriers.append((el, user))
        elif user not in legend and (name := _text_upto(el, 61)) and len(name) <= 60:
            legend[user] = name
    for el, user in carriers:
        if user in legend and not el.get("data-author") and not el.get("author"):
            el["data-author"] = legend[user]


def _comment_author(el: Tag) -> str | None:
    """Who wrote a comment: the first author-marked element or named link at its top (read
    from its first 25 elements only, so a deep thread stays linear), the ``author`` that
    Reddit's ``<shreddit-comment>`` carries, or whose avatar leads a comment with no link."""
    for attr in ("author", "data-author"):
        value = el.get(attr)
        if isinstance(value, str) and value.strip():
            return value.strip()
    labelled = _labelled_by(el)  # Ravelry: only aria-label="Reply by hookandoar, 2 March"
    if labelled:
        return labelled
    first = list(_first_tags(el, 25))
    for node in first:  # an element marked as the author wins over any link
        tokens = _tokens(node)
        if isinstance(node.parent, Tag) and any(
            _WORK_TITLE.search(t) for t in _tokens(node.parent)
        ):
            continue  # "The Bee Sting by <a class="authorName">Paul Murray</a>": the book's
        if (
            node.has_attr("data-username")
            or set(tokens) & _AUTHOR
            or any(_AUTHOR_LIKE.match(t) for t in tokens)  # Substack's "commenter-name"
        ):
            text = _SAYS.sub("", _text_upto(node, 61))  # WordPress: "kettlesonorla says:"
            inside = _first_tags(node, 12) if node.name != "a" else iter(())
            links = [t for t in inside if t.name == "a"][:4]
            named = next((n for n in (_text_upto(a, 61) for a in links) if n), "")
            if named and text.startswith(named):
                # Steam's "ap_spinner 3 Jun @ 10:40pm", Flickr's "cwmcollie posted 4 weeks
                # ago" (after an avatar link): the named link is the author
                return named
            if text and len(text) <= 60:
                return text
    for node in first:  # a byline under the words: "# Posted by <a>islafiddles</a> ..."
        lead = next((str(t) for t in node.contents[:2] if is_words(t) and str(t).strip()), "")
        if node.name not in ("p", "div", "span", "footer") or not _SIGNED_LEAD.match(lead):
            continue
        signed = _SIGNED_BY.match(_text_upto(node, 120))
        link = next((t for t in _first_tags(node, 12) if t.name == "a"), None)
        if (
            signed
            and link is not None
            and signed.group("who") == _text_upto(link, 61)
            and _nearest_comment(node) is el
        ):
            return signed.group("who")
    lead = _text_upto(el, 80)
    for node in first:
        if node.name != "a" or str(node.get("href") or "").startswith("#"):
            continue  # "Re: The Lass o' the Moray Firth", a link to the comment itself
        text = _text_upto(node, 61)
        if text:
            # the comment's first words, not a link inside what it says ("Thanks <a>Morag</a>")
            return text if lead.startswith(text) and len(text) <= 60 else None
        # an avatar link has no text, only a label ("Sandra Munro profile") or the picture's
        # alt (Strava's <img alt="Tamsin Penhallow">)
        label = " ".join(str(node.get("aria-label") or "").split())[:200]
        if not label:
            picture = next((t for t in _first_tags(node, 8) if t.name == "img"), None)
            label = " ".join(str(picture.get("alt") or "").split())[:200] if picture else ""
        label = _PROFILE_SUFFIX.sub("", label)
        return label if label and len(label) <= 60 else None  # the first link decides
    # No link: the writer's picture leads, its alt naming them (Meetup's "Photo of the user
    # Dougie F." before a name in a plain <div>; Nextdoor's public view, the avatar alone).
    picture = next((t for t in first[:8] if t.name == "img"), None)
    if picture is None:
        return None
    alt = one_line(str(picture.get("alt") or ""))
    avatar = _AVATAR_HINT.search(_hints(picture)) and 0 < len(alt) <= 60
    return _pictured(picture) or (alt if avatar else None)


def _avatar_handle(el: Tag) -> str | None:
    """The @handle a comment's first link goes to (``/@callum_youthwork``), where that link
    is an avatar with no name on it (TikTok's empty alt). A handle, to be compared as one:
    "calum.pryce.fit" is not Callum Pryce."""
    link = next((t for t in _first_tags(el, 25) if t.name == "a"), None)
    if link is None or _text_upto(link, 10):
        return None  # a named link: _comment_author has read it
    if _nearest_comment(link, 25) is not el:
        return None  # the avatar of a reply nested in this comment, not this comment's
    return _profile_handle(link)


_SAYS = re.compile(r"\s+(?:says|said|wrote|writes|replied)\s*:?\s*$", re.IGNORECASE)
_SIGNED_BY = re.compile(
    r"^\W{0,3}(?i:posted|written|submitted|added)\s+by\s+(?P<who>[^\n.,·|:]{2,60}?)"
    r"(?=\s+(?:\w+\s+){0,3}(?i:ago|on|at)\b|\s*[.,·|]|$)"
)
"""A comment signed below its words ("# Posted by islafiddles two years ago."), the name
being the link there (The Session's tune comments)."""
_SIGNED_LEAD = re.compile(r"^\W{0,3}(?i:posted|written|submitted|added)\s+by\b")
_COMMENT_BODY = re.compile(r"body|content|text|message")
_ONE_COMMENT = re.compile(
    r"^(?:.*[-_])?(?:comment|reply|response|review)"
    r"(?:[-_]*(?:item|container|wrapper|card|box|block|view-model|renderer|entity))*$"
)
"""The class (or tag) of a single comment ("comment", "c-comment", "reply", Flickr's
"comment-container", ``<shreddit-comment>``, Medium's "response", LinkedIn's
"comments-comment-entity")."""


_LIKED = re.compile(
    r"(?i)(?:\b(?:liked|loved|celebrated|supported|commented on|reposted|shared) by\s+\S"
    r"|\b(?:likes|liked|loves|commented on|reposted) this\b)"
)
"""An activity feed's note on an item that is another account's post ("Liked by Keeley
Marchbank", "Keeley Marchbank likes this")."""
_PICTURE_OF = re.compile(
    r"^(?:(?P<who>\S.{0,60}?)['’]s profile picture"
    r"|profile (?:photo|picture) (?:for|of) (?P<for>\S.{0,60}?)"
    r"|photo of the user (?P<user>\S.{0,60}?))$",
    re.IGNORECASE,
)
"""Whose avatar a picture is, by its alt: Instagram's "sharonbell_72's profile picture",
Quora's "Profile photo for Moira Gallacher", Meetup's "Photo of the user Dougie F."."""


def _pictured(img: Tag) -> str | None:
    """Whose avatar ``img`` is, where its alt says (:data:`_PICTURE_OF`)."""
    found = _PICTURE_OF.match(one_line(str(img.get("alt") or "")))
    return found and (found.group("who") or found.group("for") or found.group("user"))


def _others_items(soup: BeautifulSoup, subject: Subject) -> list[Tag]:
    """List items that are another account's words: led by that account's profile picture
    ("sharonbell_72's profile picture": Instagram's comments, which carry no class a reader
    could name), or another account's post in the subject's activity ("Liked by ...")."""
    names = subject_names(subject)
    handles = subject_handles(subject)
    out: list[Tag] = []
    mine: list[Tag] = []  # items led by the subject's own picture: their replies
    for item in soup.find_all("li", limit=2_000):
        if _LIKED.search(_text_upto(item, 400)):
            out.append(item)  # "Liked by Keeley Marchbank": someone else's post she liked
            continue
        for node in _first_tags(item, 12):
            if node.name != "img":
                continue
            who = _pictured(node)
            if who:
                theirs = looks_like_subject(who, names, handles)
                (mine if theirs else out).append(item)
            break
    _rescue_replies(mine, out)
    return out


def _rescue_replies(replies: list[Tag], dropping: list[Tag]) -> None:
    """Move each of the subject's replies out of the other account's comment it answers
    (about to be dropped) to just after that comment's outermost dropped block, in order."""
    doomed = {id(d) for d in dropping}
    moves: list[tuple[Tag, Tag]] = []
    for reply in replies:
        top = None
        for up in _ancestors(reply, 60):
            if id(up) in doomed:
                top = up  # the outermost dropped block wins
        if top is not None:
            moves.append((reply, top))
    _place_after(moves)


def _is_one_comment(el: Tag) -> bool:
    if el.name in _KEEP_WHOLE:
        return False  # a page's <body class="body-review">: the page, not one comment
    if el.name == "li" and "post" in _class_list(el) and str(el.get("id", "")).startswith("post-"):
        return True  # Disqus: <li class="post" id="post-6482019207">, replies nested inside
    return bool(_ONE_COMMENT.match(el.name) or any(_ONE_COMMENT.match(t) for t in _tokens(el)))


def _by_subject_or_nobody(el: Tag, subject: Subject | None) -> bool:
    """Does a part of the subject's comment name no author but the subject ("comment-content"
    holding the subject's name link and the words)?"""
    author = _comment_author(el)
    if not author:
        return True
    handles = subject_handles(subject) if subject else []
    return subject is not None and looks_like_subject(author, subject_names(subject), handles)


def _subjects_comments(soup: BeautifulSoup, subject: Subject) -> list[Tag]:
    """The subject's own comments on the page (at most 50), in document order: one walk of
    the tree, shared by the pruning and by the words kept apart for a thread not theirs."""
    names = subject_names(subject)
    handles = subject_handles(subject)
    mine: list[Tag] = []
    for el in soup.find_all(True):
        if not _is_one_comment(el):
            continue  # a list of comments ("comment-list", "replyContainer") is not one
        author = _comment_author(el)
        if (
            (author and looks_like_subject(author, names, handles))
            or (not author and is_handle(_avatar_handle(el) or "", handles))
            or (author and is_handle(_author_account(el, author) or "", handles))
        ):
            mine.append(el)
            if len(mine) >= 50:
                break
    return mine


_USER_PATH = re.compile(
    r"^(?:https?://[^/?#]+)?/(?:u|user|users|profile|members?|people|@)/(?P<handle>[\w.-]{1,40})/?$"
)
"""A user's profile address on a forum or a federated site (Lemmy's ``/u/declan_mag``)."""


def _author_account(el: Tag, author: str) -> str | None:
    """The account a comment's author link goes to, where the link shows a short display
    name instead ("Dec", linking to ``/u/declan_mag`` with ``title="declan_mag"``): the
    handle, which names the writer better than the name they display."""
    for node in _first_tags(el, 25):
        if node.name != "a" or _text_upto(node, 61) != author:
            continue
        title = str(node.get("title") or "").strip().lstrip("@").split("@")[0]
        if re.fullmatch(r"[\w.-]{3,40}", title):
            return title
        found = _USER_PATH.match(str(node.get("href") or ""))
        return found.group("handle") if found else _profile_handle(node)
    return None


def _nearest_comment(el: Tag, limit: int = 30) -> Tag | None:
    """The innermost single comment that holds ``el`` (a body, a link), if any."""
    return next((a for a in _ancestors(el, limit) if _is_one_comment(a)), None)


def _own_comments(mine: list[Tag]) -> tuple[set[int], set[int], set[int]]:
    """The subject's own comments under a post (their words, as public as the post), the
    elements that hold them, and among those the comments by someone else that the subject
    replied under: (comments, holders, others' comments), as element ids. Of another's
    comment only the way down to the subject's reply is kept, never its own words."""
    own = {id(el) for el in mine}
    holders: set[int] = set()
    others: set[int] = set()
    for el in mine:
        for above in _ancestors(el, 60):
            holders.add(id(above))
            if id(above) not in own and _is_one_comment(above):
                others.add(id(above))
    return own, holders - own, others - own


_BODY_NAME = re.compile(r"(?:^|[-_])(?:body|content|text|message|entry)$")
"""A comment's body by its class or id ("comment-body", Reddit's "...-rtjson-content", and
its slot="comment"), not a utility class that merely has the word in it ("text-14")."""


def _own_comment_words(mine: list[Tag]) -> tuple[str, ...]:
    """The words of the subject's own comments (their bodies, not replies nested in them),
    kept apart so that a thread someone else started can still be read for what the subject
    said in it, and for nothing else on the page."""
    words: list[str] = []
    for el in mine:
        bodies = []
        taken: set[int] = set()  # bodies read: one inside another holds no more words
        for body in el.find_all(True, limit=200):
            if body.get("slot") != "comment" and not any(
                _BODY_NAME.search(t) for t in _tokens(body)
            ):
                continue
            if any(id(a) in taken for a in _ancestors(body, 30)):
                continue  # read with its wrapper: each word is read once, however deep
            if _nearest_comment(body) is el and not _is_one_comment(body):
                taken.add(id(body))
                bodies.append(tidy(body.get_text("\n"))[:5_000])
        if not bodies:  # no body named as such (Lemmy's "md-div"): its own paragraphs
            bodies = [
                "\n".join(
                    tidy(p.get_text(" ")) for p in el.find_all("p", limit=50)
                    if _nearest_comment(p) is el
                )[:5_000]
            ]  # fmt: skip
        # The longest: a typography class on the name above the words ("Text Text__title5")
        # looks like a body too; a body's wrapper holds what is inside it anyway.
        words.append(max(bodies, key=len, default=""))
    return tuple(w for w in words if w)


_REPLIES = re.compile(r"^(?:.*[-_])?replies(?:[-_].*)?$")
"""The box a thread's replies sit in, below the comment they answer (YouTube's ``<div
id="replies">`` and ``<ytd-comment-replies-renderer>``, "comment-replies")."""


def _labelled_by(el: Tag) -> str | None:
    """The author a screen-reader label gives a comment or message: Facebook's ("Comment by
    Dai Morgan 1 week ago") or Google Groups' ("Ruaridh Galbraith's message"); None for
    anything else."""
    label = el.get("aria-label")
    if not isinstance(label, str):
        return None
    label = one_line(label)
    match = _LABELLED_AUTHOR.match(label) or _MESSAGE_LABEL.match(label)
    return match.group("who") if match else None


_MESSAGE_LABEL = re.compile(r"^(?P<who>\S.{0,60}?)['’]s\s+(?:message|post)$")


def _shape(el: Tag) -> tuple[str, ...]:
    """An element's tag and classes: comments in one list share them."""
    return (el.name, *_class_list(el))


def _answered_comments(
    soup: BeautifulSoup, subject: Subject, mine: Sequence[Tag]
) -> tuple[tuple[str, str], ...]:
    """The words of the comments by others that the subject replied to, each with her reply:
    the comment her reply is nested in, the first comment of the thread whose replies box
    holds it, or in a flat list (Threads' posts, Goodreads' comments) the one just before hers,
    of the same shape (at most 20).

    A friend's "You still at Taff Bay, Leonie?" answered "Still there!" tells a stranger
    where she works, though neither sentence says it alone. These words are someone else's:
    they are kept apart and read only for what they ask her, never as her own words."""
    names = subject_names(subject)
    handles = subject_handles(subject)

    def comment(el: Tag) -> bool:
        return _is_one_comment(el) or _labelled_by(el) is not None

    def hers(el: Tag) -> bool:
        author = _labelled_by(el) or _comment_author(el)
        return bool(author) and looks_like_subject(author or "", names, handles)

    replies = list(mine) + [
        el for el in soup.find_all(attrs={"aria-label": _LABELLED_AUTHOR}, limit=200)
        if hers(el)
    ] + [
        el for el in soup.find_all(attrs={"data-pressable-container": "true"}, limit=200)
        if hers(el)
    ]  # fmt: skip
    nested: dict[tuple[str, ...], bool] = {}

    def nests(el: Tag) -> bool:
        """Do comments of this shape (tag and classes) nest on this page? Then its siblings
        are not replies to each other (Reddit's top-level comments answer the post)."""
        shape = _shape(el)
        if shape not in nested:
            found = soup.find(
                lambda t: _shape(t) == shape and any(_shape(a) == shape for a in _ancestors(t, 60))
            )
            nested[shape] = found is not None
        return nested[shape]

    out: list[tuple[str, str]] = []
    seen: set[int] = set()
    for reply in replies[:50]:
        asked: Tag | None = None
        in_replies_box = False
        for up in _ancestors(reply, 30):
            if comment(up):
                asked = up  # nested in the comment it answers (or in her own)
                break
            if _REPLIES.match(up.name) or any(_REPLIES.match(t) for t in _tokens(up)):
                in_replies_box = True
            elif in_replies_box:  # the thread: its first comment is the one answered
                asked = next((c for c in up.find_all(comment, limit=5) if c is not reply), None)
                break
        else:
            before = reply.find_previous_sibling(True)
            if (
                not nests(reply)
                and before is not None
                and _shape(before) == _shape(reply)
                and not _SHARED_PREPEND.search(_text_upto(before, 120))  # her own repost
            ):
                asked = before  # a flat list: the one just before hers
        if asked is None or id(asked) in seen or hers(asked):
            continue
        seen.add(id(asked))
        words = one_line(" ".join(_words_outside_comments(asked, comment)))
        said = one_line(" ".join(_words_outside_comments(reply, comment)))
        if words:
            out.append((words[:2_000], said[:2_000]))
        if len(out) >= 20:
            break
    return tuple(out)


def _words_outside_comments(el: Tag, comment: Callable[[Tag], bool]) -> Iterator[str]:
    """The text of ``el`` without the comments and replies boxes nested in it."""
    stack: list[Any] = list(reversed(el.contents))
    budget = 2_000
    while stack and budget > 0:
        node = stack.pop()
        budget -= 1
        if is_words(node):
            yield str(node)
        elif isinstance(node, Tag) and node.name not in _DROP_TAGS:
            if comment(node) or any(_REPLIES.match(t) for t in _tokens(node)):
                continue
            stack.extend(reversed(node.contents))


def _is_furniture(el: Tag, tokens: list[str]) -> bool:
    """A sidebar, widget, footer, related-people box or site banner (see :data:`_FURNITURE`)."""
    if el.name in _KEEP_WHOLE:
        return False
    if any(_SIGNATURE.search(t) for t in tokens):
        return False  # a forum post's signature ("Strabane born, Derry based"): its author's
    if el.name in ("aside", "footer"):  # kept where it names the subject (a blog's About me)
        return True
    if el.name == "header" and not any(
        a.name in ("article", "main") for a in _ancestors(el, 12)
    ):  # the page's banner; an article's own header holds its title and photo
        return True
    if str(el.get("role") or "").lower() in ("complementary", "banner"):
        return True
    if _GROUP_ABOUT.match(str(el.get("data-pagelet") or "")):
        return True  # a Facebook group's About box: the group's town, not a member's
    return any(_FURNITURE.search(t) for t in tokens)


_SIGNATURE = re.compile(r"(?:^|[-_])signature$")
_GROUP_ABOUT = re.compile(r"^Group\w*About")
"""Facebook's ``data-pagelet="GroupInlineAbout"``: "Friendly ukulele group based in Barry"
and the group's "Barry, United Kingdom" line."""


_RELATED_HEADING = re.compile(
    r"(?i)^\s*(?:(?:people|others) (?:also viewed|also looked at|also searched|you may know)"
    r"|(?:discover )?similar (?:profiles|people|accounts|shops|sellers|stores|members|artists)"
    r"|discover more (?:people|profiles|shops|sellers)|more (?:shops|sellers) like this"
    r"|followers|following\s*$"
    r"|suggested (?:for you|accounts|people)|who to follow"
    r"|(?:(?:members|people|accounts|shops|sellers) )?you (?:might|may) (?:also )?like"
    r"|more (?:people|profiles)|related (?:profiles|people|posts|articles|stories)|most read"
    r"|more (?:relevant )?(?:posts|articles|stories) like this|more relevant posts"
    r"|(?:see )?others named|other people named|more people named|people with the same name"
    r"|recommended|explore (?:collaborative )?articles|explore topics"
    r"|also (?:reviewed|watched|liked|read|rated) by)\b"
)
"""A box of other people's profiles or other stories: never the page owner's, even when one
of them shares the subject's name."""


def _related_box(el: Tag) -> bool:
    if el.name not in ("aside", "section", "div", "ul"):
        return False
    heading = el.find(_HEADING_TAGS)
    if not isinstance(heading, Tag):
        return False
    title = one_line(heading.get_text(" "))
    text = one_line(el.get_text(" "))
    return bool(_RELATED_HEADING.search(title)) and text.find(title) in range(0, 40)


def _headed_related_box(el: Tag) -> bool:
    """A section that starts with a "People also viewed" / "Others named ..." heading: looked
    for in its direct children only, so the pass stays linear on deep pages."""
    if el.name not in ("aside", "section", "div"):
        return False
    first = next((c for c in el.children if isinstance(c, Tag)), None)
    if first is None or first.name not in (*_HEADING_TAGS, "p", "span", "div"):
        return False
    title = _text_upto(first, 60)  # TikTok heads its box with a <p>: "You may like"
    if first.name not in _HEADING_TAGS and len(title) > 40:
        return False
    return bool(_RELATED_HEADING.search(title))


def _furniture_names_subject(el: Tag, subject: Subject) -> bool:
    """Does a sidebar or footer name the subject: their name, a handle, or a blog's "About
    me" widget introducing them by their first name ("I'm Tamsin, a senior carer ...")?"""
    text = el.get_text(" ")
    folded = fold(text[:2_000])
    if any(re.search(_SELF_INTRO.format(re.escape(g)), folded) for g in _given_names(subject)):
        return True
    if el.name == "header" and any(
        # a blog's own banner with its bio line, "aoife · she/her · fostering SW at ..."
        re.search(rf"(?m)^\s*{re.escape(g)}\s*[·•|]\s*\S", fold(el.get_text("\n")[:2_000]))
        for g in _given_names(subject)
    ):
        return True
    if el.name == "footer":
        return False  # a site footer's "© Niamh Doherty" comes with its web designer's phone
    hrefs = " ".join(str(a.get("href") or "") for a in el.find_all("a", limit=50))
    alts = " ".join(str(i.get("alt") or "") for i in el.find_all("img", limit=20))
    return _mentions_subject(f"{text} {hrefs} {alts}", subject)


def _outermost(marked: list[Tag]) -> None:
    for el in marked:
        if not el.decomposed:
            el.decompose()


def _name_in(el: Tag) -> str | None:
    """The name in an author block: its p-name, else its own words ("creid_sw" of
    "creid_sw <span>Posts: 87</span>"), else its first link's text, else all its text."""
    name_el = el.find(class_=re.compile(r"^(?:p-name|fn)$"))
    if name_el is None:
        own = one_line(" ".join(filter(is_words, el.find_all(string=True, recursive=False))))
        if own:
            return own[:120]
        link = el.find("a")
        name_el = link if isinstance(link, Tag) and one_line(link.get_text(" ")) else el
    return one_line(name_el.get_text(" "))[:120] or None


def _own_reblog_items(soup: BeautifulSoup, subject: Subject) -> set[int]:
    """The parts of a reblog trail the subject wrote (Tumblr's ``reblog-list-item`` with
    ``data-reblog-blog="quizqueenaoife"``), with everything inside them and the trail and
    post around them: a reblog with her words added is her post, where the trail items of
    the blogs she reblogged are theirs."""
    handles = subject_handles(subject)
    if not handles:
        return set()
    keep: set[int] = set()
    for el in soup.find_all(_is_trail_item, limit=200):
        blog = next(
            (str(v) for k, v in el.attrs.items() if k.startswith("data-") and "blog" in k), ""
        )
        if not blog:
            link = next((t for t in _first_tags(el, 12) if t.name == "a"), None)
            blog = _text_upto(link, 61) if link is not None else ""
        if not is_handle(blog.strip().lstrip("@"), handles):
            continue
        keep.update(id(a) for a in _ancestors(el, 60))
        keep.add(id(el))
        keep.update(id(t) for t in el.find_all(True, limit=500))
    return keep


def _is_trail_item(el: Tag) -> bool:
    return any(_SHARED.search(t) for t in classes(el)) and any(
        t.endswith(("-item", "_item", "-entry")) for t in classes(el)
    )


def _prune(
    soup: BeautifulSoup, subject: Subject | None, mine: Sequence[Tag] = ()
) -> tuple[bool, bool]:
    """Cut the page down to its owner's parts. Returns (the page's one entry is by someone
    else, the entries left are the subject's own signed posts).

    Removed: non-content elements (scripts, styles, nav, footers, head metadata), comment and
    reply threads, h-entries by other authors nested in a thread or in a mixed feed, and on a
    page of several people's cards, the cards of everyone but the subject.

    ``mine`` are the subject's own comments (:func:`_subjects_comments`), found before.

    Each pass walks the tree once in document order, so a parent is seen before its children
    and "inside a dropped element", "inside an entry" or "inside a card" is inherited from the
    parent: linear even on a page nested ten thousand levels deep, where walking up from every
    element is not. Only the outermost element of a dropped subtree is decomposed.
    """
    dropped: set[int] = set()
    kept_furniture: set[int] = set()  # furniture judged and kept: its insides are not re-judged
    own, holders, others = (
        _own_comments(list(mine)) if subject is not None else (set(), set(), set())
    )
    in_own: set[int] = set()  # inside one of the subject's comments
    around_share: set[int] = set()  # elements that held a shared post, now dropped
    own_reblog = _attempt(lambda: _own_reblog_items(soup, subject), set()) if subject else set()
    drop: list[Tag] = []
    for el in soup.find_all(True):
        if id(el.parent) in dropped:
            dropped.add(id(el))
            continue
        inside_kept = id(el.parent) in kept_furniture
        if inside_kept:
            kept_furniture.add(id(el))
        if id(el) in own or id(el.parent) in in_own:
            in_own.add(id(el))
        tokens = _tokens(el)
        if id(el.parent) in others and id(el) not in holders and id(el) not in own:
            dropped.add(id(el))  # another's comment the subject replied under: its words
            drop.append(el)
        elif _is_comment(tokens) and (
            id(el) in holders
            or id(el) in own
            or (  # the body of the subject's comment, not a reply nested in it
                id(el) in in_own
                and any(_COMMENT_BODY.search(t) for t in tokens)
                and _by_subject_or_nobody(el, subject)
            )
        ):
            pass  # the subject's comment, or the list it is in: read on
        elif id(el) in own_reblog and el.name not in _DROP_TAGS:
            pass  # the subject's own part of a reblog trail, or the trail it is in
        elif _is_chrome(el, tokens):
            dropped.add(id(el))
            drop.append(el)
            if _is_shared(el, tokens):  # the post a share carries
                around_share.update(id(a) for a in _ancestors(el, 60))
        elif subject is not None and _headed_related_box(el):
            # "Others named Priya Chandrasekar", wherever it sits, even in a sidebar that was
            # kept for the subject's own card
            dropped.add(id(el))
            drop.append(el)
        elif subject is not None and not inside_kept and _is_furniture(el, tokens):
            # Judging reads the whole subtree: done once for the outermost furniture only, so
            # nested furniture cannot make the pass quadratic.
            if _related_box(el) or not _furniture_names_subject(el, subject):
                dropped.add(id(el))
                drop.append(el)
            else:
                kept_furniture.add(id(el))
    _outermost(drop)
    if subject is None:
        return False, False
    _outermost(_others_items(soup, subject))

    entry_ids: set[int] = set()
    row_ids: set[int] = set()  # entries that are phpBB 2 post rows
    card_ids: set[int] = set()
    up_entry: dict[int, Tag | None] = {}  # the nearest entry enclosing an element
    up_card: dict[int, Tag | None] = {}  # the nearest person card enclosing an element
    entries: list[Tag] = []
    cards: list[Tag] = []
    authors: dict[int, Tag] = {}  # entry -> its first author element (not a nested entry's)
    for el in soup.find_all(True):
        pid = id(el.parent)
        entry = el.parent if pid in entry_ids else up_entry.get(pid)
        up_entry[id(el)] = entry
        up_card[id(el)] = el.parent if pid in card_ids else up_card.get(pid)
        tokens = set(_tokens(el))
        # A feed's posts: marked by class (h-entry, "post"), by ARIA's role="article" as X and
        # Facebook mark each post in a timeline, by Threads' data-pressable-container, or by the
        # data-author that Reddit and XenForo put on each post (<shreddit-post author="...">).
        if (
            tokens & _ENTRY
            or str(el.get("role") or "").lower() == "article"
            or el.get("data-pressable-container") == "true"
            or el.has_attr("data-author")
            or (el.name.endswith("-post") and el.has_attr("author"))
            or any(_BY_HANDLE.match(t) or _ANSWER_ITEM.search(t) for t in tokens)
            or el.name.endswith("-video-renderer")  # YouTube's Shorts in sequence, by channel
            or _MESSAGE_LABEL.match(one_line(str(el.get("aria-label") or "")))  # Google Groups
        ):
            entry_ids.add(id(el))
            entries.append(el)
        elif (poster := _post_row_author(el)) is not None:
            row_ids.add(id(el))
            entry_ids.add(id(el))
            entries.append(el)
            authors[id(el)] = poster
        if (
            any(_PERSON_BLOCK.search(t) for t in tokens)
            or "schema.org/person" in str(el.get("itemtype") or "").lower()
        ) and not tokens & _PLACE_OR_ORG_CARD:
            card_ids.add(id(el))
            cards.append(el)
        if (
            entry is not None
            and id(entry) not in authors
            and (
                tokens & _AUTHOR
                or any(_AUTHOR_LIKE.match(t) for t in tokens)
                or el.has_attr("data-username")  # Mumsnet's poster name
                or ("name" in tokens and _in_meta_line(el))
            )
        ):
            authors[id(entry)] = el
    owner_is_other, own_posts = _prune_people(
        subject, entries, up_entry, authors, cards, up_card, around_share
    )
    if own_posts and entries and entries[0].parent is None:
        # The thread was started by someone else (its first post is gone): its title is
        # their words, not the subject's.
        if all(id(e) in row_ids for e in entries):
            # A phpBB 2 topic: all else outside the subject's posts is the site's (its menu
            # table, its footer with the club secretary's number). Not so on a profile
            # page of replies, whose header above the posts is the subject's own.
            _keep_only(soup, [e for e in entries if e.parent is not None])
        else:
            for heading in soup.find_all(["h1", "h2"], limit=5):
                if up_entry.get(id(heading)) is None:
                    heading.decompose()
    _outermost(
        _other_replies(soup, subject)
        + _quoted_posts(soup, subject)
        + _business_responses(soup)
        + _others_reviews(soup, subject)
    )
    return owner_is_other, own_posts


_WRITTEN_BY_THEM = re.compile(r"(?:^|[\s(])(?:I|I['’]m|I['’]ve|my|My)\b")
_WRITTEN_ABOUT_THEM = re.compile(r"^(?:She|He)\b|\b(?:says|said)\b")
"""A sentence about a card's person: it starts "She ..." or reports what they said."""


def _own_card_words(soup: BeautifulSoup, subject: Subject) -> tuple[str, ...]:
    """The subject's own entry on a members' or team page where each person writes their own
    ("Meet the members": "I bought my first whippet in 2009 ... By day I'm a shared lives
    carer"): her card, headed with her name and written mostly in the first person, is her
    words. A card whose sentences say "She ...", "Mags has ..." or "she said" as often was
    written about her (a staff page's bio), and is left to the page."""
    names = subject_names(subject)
    givens = tuple(_given_names(subject))
    out: list[str] = []
    for el in soup.find_all(_has_class_or_testid, limit=5_000):
        if not any(_PERSON_BLOCK.search(t) for t in _tokens(el)):
            continue
        if any(any(_PERSON_BLOCK.search(t) for t in _tokens(a)) for a in _ancestors(el, 8)):
            continue  # a part of a card (its "member-text"): the card is read whole
        heading = el.find(["h2", "h3", "h4", "h5", "strong"])
        if not isinstance(heading, Tag):
            continue
        named = re.sub(r"\([^)]*\)", " ", one_line(heading.get_text(" ")))  # "Marguerite (Mags)"
        if not any(mentions_name(named, n) or names_compatible(named, n) for n in names):
            continue
        body = [one_line(p.get_text(" ")) for p in el.find_all("p", limit=20)]
        said = "\n".join(b for b in body if len(b.split()) >= 6)
        told = [t for _, t in sentences(said)]
        by = sum(1 for t in told if _WRITTEN_BY_THEM.search(t))
        about = sum(
            1 for t in told
            if _WRITTEN_ABOUT_THEM.search(t) or fold(t).startswith(givens)
        )  # fmt: skip
        if by >= 2 and by > about:
            out.append(said[:5_000])
        if len(out) >= 5:
            break
    return tuple(out)


def _keep_only(soup: BeautifulSoup, kept: list[Tag]) -> None:
    """Remove everything from the page but the ``kept`` elements and the way down to them:
    of each element on the way, only the children that lead to a kept one stay."""
    path: dict[int, Tag] = {}
    for el in kept:
        for above in _ancestors(el, 200):
            path[id(above)] = above
    if not path:
        return
    stay = set(path) | {id(el) for el in kept}
    for holder in list(path.values()):
        for child in list(holder.children):
            if id(child) in stay:
                continue
            if isinstance(child, Tag):
                child.decompose()
            else:
                child.extract()


_META_LINE = frozenset({"meta", "msg-meta", "message-meta", "header", "msg-header"})


def _in_meta_line(el: Tag) -> bool:
    """Is ``el`` in the line that heads a chat message (Slack's archive: ``<div class="meta">
    <span class="name">cornetcat</span><span class="ts">16:14</span>``)? A bare "name" is
    the writer there, and nowhere else can it be trusted to be."""
    return isinstance(el.parent, Tag) and bool(set(_tokens(el.parent)) & _META_LINE)


def _post_row_author(el: Tag) -> Tag | None:
    """The author of a phpBB 2 post, which is a table row and nothing more: a left cell that
    starts with the poster's ``<span class="name">`` and a right cell holding the
    ``<span class="postbody">``. None for any other element. Without this a thread of such
    posts is nobody's, and what the subject wrote in it is never read."""
    if el.name != "tr":
        return None
    cells = el.find_all("td", recursive=False, limit=3)
    if len(cells) < 2:
        return None
    name = cells[0].find("span", class_="name", recursive=False)
    if not isinstance(name, Tag) or cells[1].find("span", class_="postbody") is None:
        return None
    return name


def _prune_people(
    subject: Subject,
    entries: list[Tag],
    up_entry: dict[int, Tag | None],
    authors: dict[int, Tag],
    cards: list[Tag],
    up_card: dict[int, Tag | None],
    around_share: Collection[int] = (),
) -> tuple[bool, bool]:
    """Drop other authors' entries and other people's cards (see :func:`_prune`); also says
    whether the entries left are posts signed by the subject (a forum thread they wrote in)."""
    names = subject_names(subject)
    owner_is_other = False
    signed = 0  # top-level entries signed by the subject
    top_entries = [e for e in entries if up_entry[id(e)] is None]
    gone: set[int] = set()  # entries dropped, or inside a dropped entry
    drop: list[Tag] = []
    rescued: list[tuple[Tag, Tag]] = []  # (the subject's reply, the dropped entry it was in)
    last_author: dict[int, str] = {}  # entry -> the author it was read as
    for entry in entries:  # document order: an enclosing entry comes first
        outer = up_entry[id(entry)]
        if outer is not None and id(outer) in gone:
            author_el = authors.get(id(entry))
            author = _labelled_author(entry) or (
                _name_in(author_el) if author_el is not None else None
            )
            if (author and looks_like_subject(author, names, subject.handles)) or (
                author_el is not None and _author_link_is_subject(author_el, subject)
            ):  # "Wenna T", a Disqus reply nested in the post it answers
                rescued.append((entry, outer))  # their reply under a friend's comment
                continue
            gone.add(id(entry))
            continue
        shared = _SHARED_PREPEND.search(_text_upto(entry, 120)) is not None
        by_subject = shared and _shared_by_subject(entry, subject)
        carried = None
        if by_subject and id(entry) not in around_share:
            carried = _carried_post(entry)
            if carried is not None:
                drop.append(carried)  # the post she shared, under her own words
        if (
            shared and not (id(entry) in around_share and by_subject) and carried is None
        ) or any(_DELETED.search(t) for t in _tokens(entry)):
            # "Ewan boosted": another account's post in the feed; "talk-post--deleted": a
            # moderator's notice where someone's post was
            gone.add(id(entry))
            drop.append(entry)
            continue
        author_el = authors.get(id(entry))
        author = _name_in(author_el) if author_el is not None else _labelled_author(entry)
        for attr in ("data-author", "author"):  # Reddit's and XenForo's posts
            if not author and isinstance(entry.get(attr), str):
                author = str(entry[attr]).strip()
        if not author:
            author = _lead_profile(entry) or _test_id_author(entry) or _answer_author(entry)
        if not author and outer is None:
            # A chat groups one person's messages under the first one's name: a message with
            # no name, right after one of the same kind, is that one's writer's.
            before = entry.find_previous_sibling(True)
            if before is not None and set(_class_list(before)) <= set(_class_list(entry)):
                author = last_author.get(id(before))
        if author:
            last_author[id(entry)] = author
        if not author:
            continue
        if looks_like_subject(author, names, subject.handles) or (
            author_el is not None and _author_link_is_subject(author_el, subject)
        ):  # "garethp_leeds Member since 2021": the author's own link names them
            if outer is None:
                signed += 1
            continue
        if outer is not None or len(top_entries) > 1:
            _keep_photos_of(entry, subject)
            gone.add(id(entry))
            drop.append(entry)
        else:
            owner_is_other = True
    outer_cards = [c for c in cards if up_card[id(c)] is None and c.name not in _KEEP_WHOLE]
    if 2 <= len(outer_cards) <= 300:
        for card in outer_cards:
            hrefs = " ".join(str(a.get("href") or "") for a in card.find_all("a", limit=50))
            if not _mentions_subject(card.get_text(" ") + " " + hrefs, subject):
                drop.append(card)
    _move_out(rescued, up_entry, gone)
    _outermost(drop)
    dropped_top = sum(1 for e in drop if id(e) in gone and up_entry.get(id(e)) is None)
    # replies of hers rescued from a dropped post count as hers; the top ones all judged
    own_posts = signed + len(rescued) > 0 and signed + dropped_top == len(top_entries)
    return owner_is_other, own_posts


def _carried_post(entry: Tag) -> Tag | None:
    """The post that a share carries, where its markup does not mark it apart: Facebook gives
    the sharer's words and the shared post's words each a ``data-ad-preview="message"`` block,
    the sharer's first. The carried post is the largest part of the entry holding the second
    block and not the first; with one block, whose words it holds cannot be told."""
    blocks = entry.find_all(attrs={"data-ad-preview": "message"}, limit=4)
    if len(blocks) < 2:
        return None
    first, second = blocks[0], blocks[1]
    above_first = {id(a) for a in _ancestors(first, 60)}
    if id(first) in {id(a) for a in _ancestors(second, 60)}:
        return None  # nested in the sharer's words: not a carried post
    part = second
    while isinstance(part.parent, Tag) and part.parent is not entry:
        if id(part.parent) in above_first:
            break
        part = part.parent
    return part


def _shared_by_subject(entry: Tag, subject: Subject) -> bool:
    """Is this the subject sharing a post ("Leanne Brackley shared a post")? Asked of an
    entry whose shared post was marked apart ("shared-post") and dropped: the words left
    above it are hers."""
    found = _SHARED_PREPEND.search(_text_upto(entry, 120))
    handles = subject_handles(subject)
    return found is not None and looks_like_subject(
        found.group("who"), subject_names(subject), handles
    )


def _move_out(
    rescued: list[tuple[Tag, Tag]], up_entry: dict[int, Tag | None], gone: set[int]
) -> None:
    """Move each of the subject's replies out of the other person's comment it answers
    (which is about to be dropped), to just after that comment, in their order."""
    moves: list[tuple[Tag, Tag]] = []
    for reply, outer in rescued:
        top = outer
        while (above := up_entry.get(id(top))) is not None and id(above) in gone:
            top = above
        moves.append((reply, top))
    _place_after(moves)


def _place_after(moves: list[tuple[Tag, Tag]]) -> None:
    """Move each reply to just after its block (replies to one block keep their order)."""
    last: dict[int, Tag] = {}
    for reply, top in moves:
        after = last.get(id(top), top)
        after.insert_after(reply.extract())
        last[id(top)] = reply


_LABELLED_AUTHOR = re.compile(
    r"^(?i:comment|reply)\s+by\s+(?P<who>.+?)(?:\s+to\s+.{1,80}?['’]s\s+(?i:comment|reply))?"
    r"(?:,?\s+(?:(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago|about\s+.+"
    r"|yesterday|today|just\s+now|on\s+\d.*|\d{1,2}\s+[A-Z][a-z]+.*))?$"
)
"""Facebook's label for a comment: the author, then when ("Comment by Morag A Reid 3 weeks
ago", "Reply by Leanne Brackley to Sharon Eyre's comment 2 weeks ago", Ravelry's "Reply by
hookandoar, 2 March 2024"); the time phrase is
matched whole, so an initial stays part of the name."""


_PROFILE_PATH = re.compile(r"^(?:https?://[^/?#]+)?/@(?P<handle>[\w.-]{1,40})/?$")


def _lead_profile(entry: Tag) -> str | None:
    """Who the profile a post's first link goes to is, where nothing else names its author:
    Threads opens each post and reply with a link to ``/@handle`` (the avatar), then the
    handle again, and marks neither as the author. Where a link to the same profile right
    after it gives a name (Substack's byline: the avatar, then "Morven Tulloch" linking to
    ``/@weebrushes``), that name: a newsletter's handle need not be its writer's."""
    tags = list(_first_tags(entry, 40))
    link = next((t for t in tags[:8] if t.name == "a" and t.get("href")), None)
    handle = _profile_handle(link)
    if handle is None or link is None:
        return handle
    named = (
        _text_upto(t, 61) for t in tags
        if t is not link and t.name == "a" and t.get("href") == link.get("href")
    )  # fmt: skip
    return next((n for n in named if n and len(n) <= 60), handle)


_ANSWER_ITEM = re.compile(r"(?:^|[-_])question[-_]answer[-_]item[-_]\d+$")
"""Quora marks each answer on a question's page "dom_annotate_question_answer_item_0", "_1"...:
one person's answer each, by whoever its first link's profile is."""
_BY_HANDLE = re.compile(r"^(?:feeditem|postthreaditem)-by-(?P<handle>[\w.-]{1,80})$")
"""Bluesky's web app marks each post with its author's handle ("feedItem-by-ade.bsky.social"),
a repost in someone's feed included: the only place its markup names the author."""


def _answer_author(entry: Tag) -> str | None:
    """Who wrote a Quora answer: the name its first link shows, which goes to their profile
    ("/profile/Catriona-Lennie")."""
    if not any(_ANSWER_ITEM.search(t) for t in _tokens(entry)):
        return None
    link = next((t for t in _first_tags(entry, 12) if t.name == "a" and t.get("href")), None)
    if link is None or not _USER_PATH.match(str(link.get("href"))):
        return None
    name = _text_upto(link, 61)
    return name if 0 < len(name) <= 60 else None


def _test_id_author(entry: Tag) -> str | None:
    found = _BY_HANDLE.match(str(entry.get("data-testid") or "").lower())
    return found.group("handle") if found else None


def _profile_handle(link: Tag | None) -> str | None:
    """The handle of the ``/@handle`` profile a link goes to (Threads, TikTok, Medium)."""
    found = _PROFILE_PATH.match(str(link.get("href") or "")) if link is not None else None
    return found.group("handle") if found else None


def _labelled_author(entry: Tag) -> str | None:
    """Who wrote a post or comment, from what Facebook gives screen readers where its markup
    names no author: a comment's label ("Comment by Lorna Pybus 3 weeks ago"), or a post's
    heading named by aria-labelledby (the poster's name)."""
    labelled = _labelled_by(entry)
    if labelled:
        return labelled
    label_id = str(entry.get("aria-labelledby") or "").split()
    if not label_id:
        return None
    heading = next((t for t in _first_tags(entry, 40) if t.get("id") == label_id[0]), None)
    if isinstance(heading, Tag) and heading.name in _HEADING_TAGS:
        text = one_line(heading.get_text(" "))
        return text if 0 < len(text) <= 60 else None
    return None


_WITH = re.compile(r"(?i)(?:—|–|-|\bis)\s*with\s+(?P<who>[^.!?\n]{2,120})")
"""A post's tag line: "Best night out! — with Fiona Lennox and 2 others"."""


def _keep_photos_of(entry: Tag, subject: Subject) -> None:
    """Someone else's post is dropped, but a photo in it that tags the subject is exactly what
    the guidance means by "photos others tagged you in": move it out of the post first. A
    photo tagged only in the post's "— with ..." line carries that line in its alt."""
    text = one_line(entry.get_text(" "))
    tag_line = next(
        (m.group(0) for m in _WITH.finditer(text) if _mentions_subject(m.group("who"), subject)),
        None,
    )
    for img in entry.find_all("img", limit=20):
        label = f"{img.get('alt') or ''} {img.get('title') or ''}"
        if _mentions_subject(label, subject):
            entry.insert_before(img.extract())
        elif tag_line:
            img["alt"] = f"{img.get('alt') or ''} {tag_line}".strip()
            entry.insert_before(img.extract())


def _author_link_is_subject(author_el: Tag, subject: Subject) -> bool:
    """Does an entry's author block link to the subject (its first link's text or address is
    one of their handles or names)?"""
    link = author_el if author_el.name == "a" else author_el.find("a", href=True)
    if not isinstance(link, Tag):
        return False
    text = one_line(link.get_text(" "))
    handles = subject_handles(subject)
    if text and looks_like_subject(text, subject_names(subject), handles):
        return True
    href = str(link.get("href") or "")
    return bool(handles) and any(is_handle(p, handles) for p in _url_handles(href))


_REPLYING = re.compile(r"(?i)\breplying\s+to\s+@")
_LEAD_HANDLE = re.compile(r"(?<![\w@/.])@([A-Za-z0-9_]{2,30})\b")


def _post_author(post: Tag) -> tuple[str, str | None]:
    """(name, handle) a social post starts with: "Dan Whitaker @dan_whit · Jul 6"."""
    lead = _text_upto(post, 160)
    lead = _REPLYING.split(lead, maxsplit=1)[0]
    found = _LEAD_HANDLE.search(lead)
    if found is None:
        return "", None
    name = one_line(lead[: found.start()]).strip(" ·•|-")
    return name, found.group(1)


def _other_replies(soup: BeautifulSoup, subject: Subject) -> list[Tag]:
    """Posts in a timeline written by someone else: among several ``article`` posts, one that
    starts with another person's name and @handle ("Dan Whitaker @dan_whit · Replying to
    @garethp_leeds"). Their words and contacts are not the subject's, as with comments."""
    posts = [
        a for a in soup.find_all("article", limit=500)
        if not any(p.name == "article" for p in _ancestors(a, 30))
    ]  # fmt: skip
    if len(posts) < 2:
        return []
    names = subject_names(subject)
    handles = subject_handles(subject)
    out: list[Tag] = []
    for post in posts:
        name, handle = _post_author(post)
        if handle is None:
            continue
        if is_handle(handle, handles) or (name and looks_like_subject(name, names, handles)):
            continue
        if handles or (name and is_clearly_other(name, names, handles)):
            out.append(post)
    return out


def _quoted_posts(soup: BeautifulSoup, subject: Subject) -> list[Tag]:
    """Another account's post quoted inside one of the subject's (X's quote post: a box in the
    article with its own ``User-Name`` and ``tweetText``). Its words and its phone number
    are the quoted account's, as a share's are."""
    names = subject_names(subject)
    handles = subject_handles(subject)
    # Headers and texts in document order, each User-Name's nearest ancestors marked once
    # (no subtree search per post: linear on a hostile page with thousands of them):
    # ancestor id -> the first User-Name in it.
    marked = soup.find_all(attrs={"data-testid": ("User-Name", "tweetText")}, limit=1_000)
    order = {id(el): n for n, el in enumerate(marked)}
    headers: dict[int, Tag] = {}
    for header in (el for el in marked if el.get("data-testid") == "User-Name"):
        for up in _ancestors(header, 15):
            headers.setdefault(id(up), header)
    out: list[Tag] = []
    for said in (el for el in marked if el.get("data-testid") == "tweetText"):
        box = None
        for up in _ancestors(said, 15):
            if up.name == "article":
                break
            # a box is headed by its User-Name: one that comes after the text (the quote
            # box beside the post's own words in one wrapper) heads something else
            if id(up) in headers and order[id(headers[id(up)])] < order[id(said)]:
                box = up
                break
        if box is None:
            continue
        article = next((a for a in _ancestors(box, 30) if a.name == "article"), None)
        header = headers.get(id(article)) if article is not None else None
        if header is None or header is headers[id(box)]:
            continue  # the article's own header is in the box: its own text, not a quote
        name, handle = _post_author(box)
        if handle and (is_handle(handle, handles) or looks_like_subject(name, names, handles)):
            continue  # quoting herself
        out.append(box)
    return out


_ONE_REVIEW = re.compile(r"^(?:.*[-_])?review(?:[-_]*(?:item|container|wrapper|card|box|block))*$")


def _is_one_review(el: Tag) -> bool:
    """A single review by its class; never the page's body (Letterboxd's ``<body
    class="review-page body-review">`` on a review's page is the whole page)."""
    return el.name not in _KEEP_WHOLE and any(_ONE_REVIEW.match(t) for t in _tokens(el))


def _others_reviews(soup: BeautifulSoup, subject: Subject) -> list[Tag]:
    """Reviews signed by someone else (a customer's under a shop's listing: "Mark · 20 Sep"):
    their words, as comments are. A review that names no one is left alone: on the subject's
    own page of reviews it is theirs."""
    names = subject_names(subject)
    handles = subject_handles(subject)
    out: list[Tag] = []
    moves: list[tuple[Tag, Tag]] = []
    for el in soup.find_all(_is_one_review, limit=300):
        author = _comment_author(el)
        if author and not looks_like_subject(author, names, handles):
            out.append(el)  # a customer's review: the shop's answer to it is kept apart
            moves += [(answer, el) for answer in _sellers_answers(el)]
        elif author:
            out += _sellers_answers(el)  # the shop's answer to the subject's own review
    _place_after(moves)
    return out


_SELLER_ANSWER = re.compile(rf"^(?:.*[-_])?{_SELLER_ANSWER_CLASS}$")


def _sellers_answers(review: Tag) -> list[Tag]:
    """The shop's answers inside a customer's review (Etsy's "Response from the seller"): the
    words of whoever owns the shop, so on the subject's own shop page they are theirs, kept
    when the customer's review goes."""
    found: list[Tag] = []
    kept: set[int] = set()
    for el in review.find_all(True, limit=200):
        if any(_SELLER_ANSWER.match(t) for t in _tokens(el)) and not any(
            id(a) in kept for a in _ancestors(el, 20)
        ):
            found.append(el)
            kept.add(id(el))
    return found


_BUSINESS_RESPONSE = re.compile(
    r"^(?:response|reply|replied|management response)\s+from\s+(?:the\s+)?"
    r"(?:owner|business|management|property|venue|host|shop|company|\S+(?:\s+\S+){0,3},\s+"
    r"(?:owner|manager|general manager)|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4}\s*$)\b",
    re.IGNORECASE,
)
"""The line that opens a business's answer to a review ("Response from the owner" on Google
Maps, "Reply from Riverside Café" on Trustpilot, "Response from Sam, Manager")."""
_BUSINESS_START = re.compile(r"^\s*(?:response|reply|replied|management response)\s+from\b", re.I)


def _business_responses(soup: BeautifulSoup) -> list[Tag]:
    """A business's replies under the subject's reviews: the business's words and phone
    number, not the subject's. Found from the opening line, as review sites hide their class
    names; the reply is the largest element that still starts with that line."""
    out: list[Tag] = []
    for string in soup.find_all(string=_BUSINESS_START, limit=200):
        if not is_words(string):
            continue  # "<!-- reply from someone else -->": the page maker's note
        el = string.parent
        opening = one_line(str(string))
        # The opening is a line of its own ("Response from the owner"), not the start of
        # the subject's sentence ("Response from the venue was slow, so call me on ...").
        if not isinstance(el, Tag) or len(opening) > 60 or not _BUSINESS_RESPONSE.match(opening):
            continue
        if any(_SELLER_ANSWER.match(t) for a in (el, *_ancestors(el, 6)) for t in _tokens(a)):
            continue  # Etsy's "Response from the seller": the shop's, see _sellers_answers
        for _ in range(30):  # the reply is a few levels up, never the whole deep page
            parent = el.parent
            if not isinstance(parent, Tag) or parent.name in ("body", "html", "main", "article"):
                break
            start = _text_upto(parent, 80)
            # "Reply from CareWear Direct Hi Zosia, ...": the named business's reply goes on
            if not (_BUSINESS_RESPONSE.match(start) or start.startswith(opening)):
                break
            el = parent
        out.append(el)
    return out


_LAYOUT_INLINE = frozenset({"span", "a", "time", "label", "button", "small"})
_BADGE = re.compile(r"^(?:[a-z]+[-_])?badge$")
"""A badge beside a commenter's name ("creator-badge": Pinterest's "Creator", an "Author" or
"OP" label): the site's label for who wrote it, not words of the comment."""


_MENTION = re.compile(r"^@[\w.]{1,40}$")


def _mention_in_a_line(el: Tag) -> bool:
    """Is ``el`` a block that holds only an @mention between inline words? X sets each
    mention in a tweet in a ``<div>`` ("Proud of our night team at <div>@GreystoneFells
    </div> tonight."), which a browser shows inline; read as a block it cut the sentence."""
    before, after = el.previous_sibling, el.next_sibling
    if before is None or after is None:
        return False
    if any(isinstance(s, Tag) and s.name in _BLOCK_TAGS for s in (before, after)):
        return False
    return bool(_MENTION.match(_text_upto(el, 50)))


_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none")


def _hidden_data(el: Tag) -> bool:
    """A hidden element holding JSON: LinkedIn's ``<code style="display: none">`` islands of
    page data, which nobody reads on the page and which repeat it as one long "sentence"."""
    if not (el.has_attr("hidden") or _HIDDEN_STYLE.search(str(el.get("style") or ""))):
        return False
    first = next((str(t) for t in el.contents[:3] if is_words(t) and str(t).strip()), "")
    return first.lstrip()[:1] in ("{", "[")


def _visible_text(soup: BeautifulSoup) -> str:
    """Visible text with a line break around every block element, so sentences stay whole.

    An explicit stack instead of recursion or tree edits: both are slow or fatal on a page
    nested ten thousand levels deep.
    """
    parts: list[str] = []
    size = 0
    # (children, is a block, inside a <pre>): a <pre>'s line breaks are shown as written
    stack: list[tuple[Iterator[Any], bool, bool]] = [(iter(soup.contents), False, False)]
    while stack and size < MAX_TEXT * 2:
        children, block, pre = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if block:
                parts.append("\n")
            continue
        if isinstance(node, Tag):
            if node.name == "br":
                parts.append("\n")
                continue
            if node.name == "span" and any(_BADGE.match(c) for c in classes(node)):
                continue
            if _hidden_data(node):
                continue
            # an element put in a web component's slot (Reddit's <shreddit-post> has its
            # "credit-bar" and "title") is laid out as a part of its own
            is_block = (
                node.name in _BLOCK_TAGS and not _mention_in_a_line(node)
            ) or node.has_attr("slot")
            if is_block:
                parts.append("\n")
            elif node.name in _LAYOUT_INLINE and isinstance(node.previous_sibling, Tag):
                # "<span>Inverness, Scotland</span><span>Contact info</span>": two pieces of
                # a layout, which a browser shows apart, not one word.
                parts.append(" ")
            stack.append((iter(node.contents), is_block, pre or node.name == "pre"))
        elif is_words(node):
            if pre:  # a pasted chat log or a plain-text export: one message a line
                parts.append(str(node).replace("\r\n", "\n"))
            else:  # HTML collapses whitespace: a line break in the source is just a space.
                parts.append(_HTML_SPACE.sub(" ", str(node)))
            size += len(node)
    return tidy("".join(parts))[:MAX_TEXT]


# -- structured facts -------------------------------------------------------------------------
def _meta_values(meta: Mapping[str, Any], *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        out.extend(meta.get(key, ()))
    return out


def _same_url(a: str, b: str) -> bool:
    def norm(u: str) -> str:
        p = urlparse(u.strip())
        return (p.netloc.lower().removeprefix("www.") + p.path.rstrip("/")).lower()

    return bool(a and b) and norm(a) == norm(b)


def representative_card(cards: list[HCard], url: str) -> HCard | None:
    """The h-card that represents the page (microformats' representative h-card rules,
    simplified): one whose url/uid is the page, else the only top-level h-card."""
    for card in cards:
        if card.top_level and any(_same_url(u, url) for u in structured.hcard_urls(card)):
            return card
    top = [c for c in cards if c.top_level]
    return top[0] if len(top) == 1 else None


_SUFFIX_SPLIT = re.compile(r"\s+[|·•–—]\s+|\s+-\s+|\s*\(@")


def _clean_title(title: str, sites: Iterable[str] = ()) -> str | None:
    title = _SUFFIX_SPLIT.split(title, maxsplit=1)[0]
    title = re.sub(r"\s*\([^)]*\)\s*", " ", title)
    title = _ON_SITE.sub("", title.strip())
    on = re.search(r"\s+on\s+(\S+(?:\s+\S+)?)$", title)
    if on and squash(on.group(1)) in {squash(site) for site in sites}:
        title = title[: on.start()]  # "jodiemclimbs on CragLog", on craglog.co.uk
    return one_line(title) or None


def _own_site(meta: Mapping[str, Any], url: str) -> list[str]:
    """What a page calls its own site: og:site_name, and the host's name ("craglog" of
    www.craglog.co.uk), so that a profile titled "X on CragLog" is read as X's."""
    host = (urlparse(url).hostname or "").removeprefix("www.")
    return [*_meta_values(meta, "og:site_name"), host.split(".")[0]]


_ON_SITE = re.compile(
    r"\s+on\s+(?:Mastodon|GitHub|Bluesky|Twitter|X|Instagram|Threads|TikTok|Facebook|LinkedIn"
    r"|Tumblr|Pinterest|Flickr|Strava|YouTube|SoundCloud|Mixcloud|Twitch|Patreon|Ravelry"
    r"|Substack|Medium|Reddit|Etsy|Depop|Vinted|Letterboxd|Goodreads)$"
)
"""A profile's title names its site ("HookedByPip on Etsy"): the account is what comes before,
and "HookedByPip on Etsy" read as a two-word person's name made her own shop a namesake's."""


def _main_persons(jsonld: Iterable[LdNode]) -> list[LdNode]:
    return [n for n in jsonld if n.main and "Person" in n.types]


def _display_name(
    jsonld: list[LdNode], cards: list[HCard], meta: Mapping[str, Any], url: str
) -> str | None:
    named = [n for n in _main_persons(jsonld) if structured.ld_text(n.obj.get("name"))]
    if len(named) == 1:
        return structured.ld_text(named[0].obj.get("name"))
    rep = representative_card(cards, url)
    if rep is not None and structured.hcard_name(rep):
        return structured.hcard_name(rep)
    first = _meta_values(meta, "profile:first_name")
    last = _meta_values(meta, "profile:last_name")
    if first or last:
        return one_line(" ".join((first[:1] or [""]) + (last[:1] or [""]))) or None
    og_type = [t.lower() for t in _meta_values(meta, "og:type")]
    if "profile" in og_type:
        titles = _meta_values(meta, "og:title")
        if titles:
            return _clean_title(titles[0], _own_site(meta, url))
    for title in _meta_values(meta, "og:title")[:1]:
        authored = _AUTHORED_TITLE.match(title.strip())
        if authored:
            return authored.group("who")
    return None


_AUTHORED_TITLE = re.compile(
    r"(?P<who>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})['’]s[ \t]+"
    r"(?:review|rating|diary|list|shelf|bookshelf)\b"
)
"""A page that is one person's writing, by its title: Goodreads' "Joanna Blyth's review of
Wintering", Letterboxd's "Jo's diary"."""


def _facts(
    url: str,
    jsonld: list[LdNode],
    cards: list[HCard],
    meta: Mapping[str, Any],
    subject: Subject | None,
) -> tuple[Facts, str | None]:
    """The subject's structured facts (JSON-LD persons and h-cards that are theirs)."""
    builder = FactsBuilder()
    names = subject_names(subject) if subject else []
    handles = list(subject.handles) if subject else []

    def belongs(name: str | None, main: bool) -> bool:
        if subject is None:
            return main
        if name:
            if looks_like_subject(name, names, handles):
                return True
            return main and not is_clearly_other(name, names, handles)
        return main

    for node in jsonld:
        if "Person" in node.types and belongs(structured.ld_text(node.obj.get("name")), node.main):
            structured.person_facts(node.obj, builder, url)
    rep = representative_card(cards, url)
    for card in cards:
        is_mine = belongs(structured.hcard_name(card), card is rep)
        if not is_mine and subject is not None:
            is_mine = any(
                handle_in(u, h, require_at=False)
                for u in structured.hcard_urls(card)
                for h in handles
            )
        if is_mine:
            structured.hcard_facts(card, builder)
    return builder.freeze(), _display_name(jsonld, cards, meta, url)


def _authored_by_other(
    jsonld: list[LdNode], meta: Mapping[str, Any], subject: Subject | None
) -> bool:
    """Is the page's main text written by someone else (a news item, another person's post)?"""
    if subject is None:
        return False
    names = subject_names(subject)
    authors: list[str] = []
    for node in jsonld:
        if node.main and node.types & _ARTICLE_TYPES:
            for author in structured.ld_list(node.obj.get("author")):
                text = structured.ld_text(author)
                if text:
                    authors.append(text)
    for value in _meta_values(meta, "author", "article:author"):
        if not value.startswith(("http://", "https://")):
            authors.append(value)
    if not authors:
        return False
    return not any(looks_like_subject(a, names, subject.handles) for a in authors)


def byline_account(doc: Document, subject: Subject) -> str | None:
    """The account a post is signed from, when its structured author carries the subject's
    name: Substack's ``"author": {"name": "Marnie Holloway", "url":
    ".../@pottingshedmarnie"}``. A same-name author writing from an account the subject did
    not list is one sign of a namesake (:func:`selfaudit.extract._namesake_by_byline`)."""
    names = subject_names(subject)
    for node in doc.jsonld:
        if not (node.main and node.types & _ARTICLE_TYPES):
            continue
        for author in structured.ld_list(node.obj.get("author")):
            if not isinstance(author, dict):
                continue
            name = structured.ld_text(author.get("name"))
            url = structured.ld_text(author.get("url"))
            if not (name and url and any(names_compatible(name, n) for n in names)):
                continue
            path = [part for part in urlparse(url).path.split("/") if part.strip("@")]
            if path:
                return unquote(path[-1]).lstrip("@")
    return None


def _site_names(jsonld: list[LdNode], meta: Mapping[str, Any]) -> list[str]:
    """Who publishes the page: og:site_name and top-level organisations in JSON-LD."""
    out = list(_meta_values(meta, "og:site_name", "application-name"))
    for node in jsonld:
        if node.main and any(_ORG_TYPES.search(t) for t in node.types):
            name = structured.ld_text(node.obj.get("name"))
            if name:
                out.append(name)
    return out


# -- links and images -------------------------------------------------------------------------
_WHATSAPP = re.compile(
    r"(?i)^https?://(?:wa\.me/|(?:api|web)\.whatsapp\.com/send/?\?(?:.*&)?phone=)\+?(\d{7,15})\b"
)
"""A WhatsApp click-to-chat link: the number in it is a phone, as in a tel: link."""


def link_value(href: str) -> tuple[str, str] | None:
    """("tel:" or "mailto:", value) for a contact link; a WhatsApp link counts as tel:."""
    href = href.strip()
    low = href.lower()
    for scheme in ("tel:", "mailto:"):
        if low.startswith(scheme):
            value = unquote(href[len(scheme) :]).split("?")[0].strip()
            return (scheme, value) if value else None
    found = _WHATSAPP.match(href)
    if found:
        return "tel:", "+" + found.group(1)
    return None


def _links(soup: BeautifulSoup, scheme: str) -> list[str]:
    out: list[str] = []
    for a in soup.find_all("a", href=True, limit=2_000):
        found = link_value(str(a.get("href") or ""))
        if found and found[0] == scheme and found[1] not in out:
            out.append(found[1])
    return out


def _int_attr(el: Tag, name: str) -> int | None:
    match = re.match(r"\s*(\d+)", str(el.get(name) or ""))
    return int(match.group(1)) if match else None


_PLACEHOLDER_SRC = re.compile(
    r"(?i)(?:^|/)(?:blank|spacer|placeholder|transparent|pixel|empty|lazy|loading|1x1|grey)"
    r"[\w-]*\.(?:gif|png|svg)(?:$|\?)"
)
"""What a lazy-loading page puts in ``src`` until a script swaps the real image in."""


def _img_src(img: Tag) -> str | None:
    """The image a reader sees: a lazy-loaded image's real address (``data-src``) rather than
    the blank placeholder in its ``src``."""
    candidates = []
    # The lazy-loading attribute first: where a page has one, ``src`` is what shows until the
    # script runs (LinkedIn's grey "ghost" picture, a blank gif).
    for attr in (
        "data-delayed-url", "data-src", "data-original", "data-lazy-src", "data-lazy", "src",
        "data-url",  # last: on some sites it is the post's address, not the picture's
    ):  # fmt: skip
        value = img.get(attr)
        if isinstance(value, str) and value.strip() and not value.startswith("data:"):
            candidates.append(value.strip())
    real = [c for c in candidates if not _PLACEHOLDER_SRC.search(c)]
    if real or candidates:
        return (real or candidates)[0]
    srcset = img.get("srcset") or img.get("data-srcset")
    if isinstance(srcset, str) and srcset.strip():
        return srcset.strip().split(",")[0].split()[0]
    return None


def _split_tags(value: str) -> list[str]:
    return [t for t in re.split(r"[,;|\s]+", value) if t]


def _img_role(img: Tag, hints: str, label: str, src: str) -> str:
    width, height = _int_attr(img, "width"), _int_attr(img, "height")
    tiny = (width is not None and width <= 24) or (height is not None and height <= 24)
    path = urlparse(src).path.lower()
    # What a site's own attributes call the picture: Facebook's data-imgperflogname
    # "profileCoverPhoto", a data-testid "UserAvatar", Linktree's "ProfileImage".
    named = " ".join(
        v.lower() for k, v in img.attrs.items()
        if k.startswith("data-") and isinstance(v, str) and len(v) < 60
        and re.fullmatch(r"[A-Za-z_-]+", v)  # a name for the picture, not an address
    )  # fmt: skip
    if _AVATAR_LABEL.search(label) or _AVATAR_HINT.search(named):
        return "avatar"  # "u/geth_cares avatar": at any size, whatever its file is called
    if tiny or path.endswith((".svg", ".ico")) or _ICON_HINT.search(hints + " " + path):
        return "icon"
    own = _hints(img)
    if (
        _AVATAR_HINT.search(hints)
        or _AVATAR_HINT.search(label.lower())
        or _AVATAR_HINT.search(src.lower())  # ".../avatars/...", "?size=avatar-v3_0"
        or _AVATAR_HINT.search(named)
    ):
        return "avatar"
    if _BANNER_HINT.search(named):
        return "banner"
    if (
        width is not None
        and width == height
        and 100 <= width <= 200
        and label.startswith("May be an image of")
    ):
        return "avatar"  # Facebook's profile picture: square, 168 px, its automatic alt text
    if _FB_PROFILE_PICTURE.search(src):
        return "avatar"
    if "u-photo" in own and any("h-card" in _tokens(a) for a in _ancestors(img, 6)):
        return "avatar"
    if _BANNER_HINT.search(hints) or _BANNER_HINT.search(label.lower()):
        return "banner"
    if _BANNER_DIR.search(path):  # X's ".../profile_banners/<id>/...": the account's banner
        return "banner"
    return "content"


def _near_context(img: Tag) -> tuple[str, list[str]]:
    """Captions and people tags around ``img``, up to the nearest ancestor holding another
    image (so a gallery's captions are not shared between its photos)."""
    parts: list[str] = []
    tags: list[str] = []
    for attr in _TAG_ATTRS:
        value = img.get(attr)
        if isinstance(value, str) and value.strip():
            parts.append(value)
            tags.extend(_split_tags(value))
    for anc in _ancestors(img, 4):
        if len(anc.find_all("img", limit=2)) > 1:
            break
        for attr in _TAG_ATTRS:
            value = anc.get(attr)
            if isinstance(value, str) and value.strip():
                parts.append(value)
                tags.extend(_split_tags(value))
        for cap in anc.find_all("figcaption", limit=3):
            parts.append(one_line(cap.get_text(" ")))
        for el in anc.find_all(class_=True, limit=50):
            hints = _tokens(el)
            if any(_TAG_HINT.search(t) for t in hints):
                parts.append(one_line(el.get_text(" ")))
                if not any(_PEOPLE_HINT.search(t) for t in hints):
                    continue  # a caption: its words are context, its author link no tag
                for item in el.find_all(["a", "li", "span"], limit=30):
                    if any(_AUTHOR_LIKE.match(t) or t in _AUTHOR for t in _tokens(item)):
                        continue
                    text = one_line(item.get_text(" "))
                    if text:
                        tags.append(text)
        if anc.name in ("figure", "li", "article"):
            break
    return " | ".join(p for p in parts if p)[:2_000], tags[:100]


def _img_hints(img: Tag) -> str:
    """The class and id words of an image and its three nearest ancestors: what tells an
    avatar, a banner or a logo from a photo."""
    return " ".join([_hints(img)] + [_hints(a) for a in _ancestors(img, 3)])


def _photos_in_comments(
    soup: BeautifulSoup, url: str, subject: Subject | None, mine: Sequence[Tag]
) -> list[ImageRef]:
    """Photos that other people's comments show with the subject's full name in the alt
    of a picture of something ("Meinir Rowlands and Fly walking back from the pen", posted
    in a Flickr thread by the club's admin): photos others tagged her in. Read before the
    comments are cut away, since their words are not hers but the photo is of her."""
    if subject is None:
        return []
    names = [n for n in subject_names(subject) if len(name_tokens(n)) >= 2]
    own = {id(el) for el in mine}
    out: list[ImageRef] = []
    for img in soup.find_all("img", alt=True, limit=500):
        label = one_line(str(img.get("alt") or ""))
        named = next((n for n in names if mentions_name(label, n)), None)
        if named is None or len(name_tokens(label)) < len(name_tokens(named)) + 2:
            continue  # an alt that is only a name is the commenter's avatar, not a photo
        comment = _nearest_comment(img)
        if comment is None or id(comment) in own:
            continue  # not in a comment: the page itself is read as it is
        src = _img_src(img)
        if not src:
            continue
        absolute = urljoin(url, src)
        hints = _img_hints(img)
        if _img_role(img, hints, label, absolute) == "content":
            out.append(ImageRef(absolute, "content", label, hints=hints))
        if len(out) >= 20:
            break
    return out


def _images(soup: BeautifulSoup, meta: Mapping[str, Any], url: str, facts: Facts) -> list[ImageRef]:
    images: list[ImageRef] = []
    index: dict[str, int] = {}

    def add(image: ImageRef) -> None:
        """Keep one entry per URL; an image shown in several places (the card image that is
        also the avatar) takes its most specific role and everything said around it."""
        if not image.url.startswith(("http://", "https://")):
            return
        if image.url not in index:
            index[image.url] = len(images)
            images.append(image)
            return
        old = images[index[image.url]]
        role = max((old.role, image.role), key=lambda r: _ROLE_RANK.get(r, 0))
        images[index[image.url]] = replace(
            old,
            role=role,
            label=" | ".join(t for t in (old.label, image.label) if t),
            context=" | ".join(t for t in (old.context, image.context) if t),
            tags=old.tags + image.tags,
            hints=f"{old.hints} {image.hints}".strip(),
        )

    og_alt = " ".join(_meta_values(meta, "og:image:alt", "twitter:image:alt"))
    for key in ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
                "twitter:image:src"):  # fmt: skip
        for value in meta.get(key, ()):
            add(ImageRef(urljoin(url, value), "og", label=og_alt, source=key))
    for img in soup.find_all(_IMAGE_TAGS, limit=500):
        src = _img_src(img)
        if not src:
            continue
        absolute = urljoin(url, src)
        label = " ".join(
            str(img.get(a)) for a in ("alt", "title", "aria-label") if img.get(a)
        ).strip()
        hints = _img_hints(img)
        filename = unquote(urlparse(absolute).path.rsplit("/", 1)[-1]).lower()
        role = _img_role(img, hints, label, absolute)
        context, tags = _near_context(img)
        add(ImageRef(absolute, role, label, context, tuple(tags), f"{hints} {filename}"))
    for drawn in soup.find_all("image", limit=100):  # an SVG picture: Facebook's avatars
        href = drawn.get("xlink:href") or drawn.get("href")
        svg = drawn.find_parent("svg")
        if not isinstance(href, str) or not href.strip() or href.startswith("data:"):
            continue
        absolute = urljoin(url, href.strip())
        label = str(svg.get("aria-label") or "") if isinstance(svg, Tag) else ""
        hints = " ".join(_hints(a) for a in _ancestors(drawn, 4))
        role = _img_role(drawn, hints, label, absolute)
        context, tags = _near_context(svg if isinstance(svg, Tag) else drawn)  # a figcaption
        add(ImageRef(absolute, role, label, context, tuple(tags), hints))
    for el in soup.find_all(style=True, limit=300):
        match = _STYLE_URL.search(str(el.get("style")))
        hints = _hints(el)
        if match and _BANNER_HINT.search(hints):
            add(ImageRef(urljoin(url, match.group(1).strip()), "banner", hints=hints,
                         source="background-image"))  # fmt: skip
        elif match and (label := one_line(str(el.get("aria-label") or el.get("title") or ""))):
            # a picture drawn as a labelled element's background: Google Maps shows a
            # review's photos as buttons ("Photo 1 on Pip Marchbank's review")
            absolute = urljoin(url, match.group(1).strip())
            add(ImageRef(absolute, _img_role(el, hints, label, absolute), label, "", (), hints,
                         source="background-image"))  # fmt: skip
    for image in facts.images:
        add(image)
    return images


# -- the page's severity context --------------------------------------------------------------
def severity_context(doc: Document, subject: Subject) -> SeverityContext:
    """What the whole page says about the person: named? employer shown? service users?"""
    names = [subject.name, *(a for a in subject.aliases if len(name_tokens(a)) >= 2)]
    names = [n for n in names if n and n.strip()]
    text = doc.all_text
    shown = [f.value for f in doc.facts.names]
    if doc.display_name:
        shown.append(doc.display_name)
    full_name = any(mentions_name(text, n) for n in names) or any(
        mentions_name(s, n) for s in shown for n in names
    )
    employer = (
        bool(doc.facts.orgs)
        or any(find_employer(text, e) for e in subject.employers)
        or bool(doc.discovered_orgs)
    )
    return SeverityContext(
        full_name_on_page=full_name,
        employer_on_page=employer,
        anonymous_handle=not full_name,
        mentions_service_users=SERVICE_USERS.search(doc.text) is not None,
    )


# -- whose page, whose block ------------------------------------------------------------------
_BLOCK_CAP = 800
"""A block longer than this is a page section, not one person's paragraph or card."""
_CONTAINER_TAGS = frozenset({"p", "li", "td", "th", "dd", "dt", "div", "section", "article",
                             "figure", "figcaption", "blockquote", "address", "tr", "aside",
                             "header", "span", "label", "caption"})  # fmt: skip
_NO_CLIMB = frozenset({"table", "tbody", "thead", "ul", "ol", "dl", "body", "html", "main"})
"""Lists and tables hold one person per row or item: a row's context stops at them."""


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "dt", "strong", "b", "legend", "caption")


def _card_heading(el: Tag) -> str:
    """What a card says it is about: the heading it starts with, else its first image's
    alt/title when the image comes first. A table row (a directory's one person) is about
    what the whole row says: "Niamh Doherty | Social Worker | 0141 496 0734"."""
    text = one_line(el.get_text(" "))
    if el.name == "tr":
        return text if len(text) <= _BLOCK_CAP else ""
    heading = el.find(_HEADING_TAGS)
    if isinstance(heading, Tag):
        title = one_line(heading.get_text(" "))
        if title and text.find(title) in range(0, 40):
            return title
    first = _first_content(el)
    pictured = (
        " ".join(str(first.get(a) or "") for a in ("alt", "title")).strip() if first else ""
    )
    return pictured or _named_author(el, text)


def _named_author(el: Tag, text: str) -> str:
    """The author block a card opens with (Tripadvisor's member box: an avatar with no alt,
    then ``div.username`` "Anjali P", then her location): the person the card is about."""
    for node in _first_tags(el, 12):
        tokens = _tokens(node)
        if set(tokens) & _AUTHOR or any(_AUTHOR_LIKE.match(t) for t in tokens):
            name = _text_upto(node, 61)
            if name and len(name) <= 60 and text.find(name) in range(0, 40):
                return name
            return ""
    return ""


def _first_content(el: Tag) -> Tag | None:
    """The first image or non-blank text node inside ``el`` (the image, if a card starts with
    its photo)."""
    for node in el.descendants:
        if isinstance(node, Tag) and node.name == "img":
            return node
        if isinstance(node, NavigableString) and str(node).strip():
            return None
    return None


def _small_blocks(soup: BeautifulSoup) -> tuple[tuple[str, str], ...]:
    """(text, heading) of the page's paragraphs, items and cards, at most :data:`_BLOCK_CAP`
    characters each: a card whose heading names the subject makes its paragraphs theirs."""
    out: list[tuple[str, str]] = []
    for el in soup.find_all(list(_CONTAINER_TAGS - {"span", "label"}), limit=3_000):
        text = one_line(el.get_text(" "))
        if text and len(text) <= _BLOCK_CAP and (not out or out[-1][0] != text):
            out.append((text, _card_heading(el)))
    return tuple(out)


def is_words(node: object) -> bool:
    """Is ``node`` text a reader sees? Not an HTML comment (``<!-- reply from someone else
    -->``), a doctype or a processing instruction, which bs4 also gives as strings."""
    return type(node) is NavigableString or isinstance(node, CData)


def _text_upto(el: Tag, limit: int) -> str:
    """An element's text on one line, reading no more of its subtree than ``limit`` needs:
    asking for the whole text of every ancestor is quadratic on a hostile page."""
    parts: list[str] = []
    size = 0
    # It stops after a few dozen elements too: a page can nest thousands without a word.
    for node in _walk(el, limit + 40, _UNREAD):
        if size > limit * 2:
            break
        if is_words(node):
            parts.append(str(node))
            size += len(node) + 1
    return one_line(" ".join(parts))[:limit]


_UNREAD = frozenset({"script", "style", "template"})


_CONTACT_HREF = re.compile(r"^\s*(?:tel|mailto|callto|sms):", re.IGNORECASE)


def _one_contact_list(el: Tag) -> bool:
    """A small list or table holding one person's details ("Direct line / Email / Base" in a
    staff card): the climb may go on to the card around it. A list with several people's
    numbers (a directory) stops it."""
    if el.name in ("body", "html", "main"):
        return False
    links = el.find_all("a", href=_CONTACT_HREF, limit=4)
    kinds = [str(a.get("href")).split(":", 1)[0].strip().lower() for a in links]
    return len(kinds) == len(set(kinds)) and len(_text_upto(el, _BLOCK_CAP + 1)) <= _BLOCK_CAP


def _link_contexts(soup: BeautifulSoup) -> dict[str, tuple[str, ...]]:
    """For each tel:/mailto: value: the text of its link's own block, then the headings of the
    small cards around it."""
    out: dict[str, list[str]] = {}
    for a in soup.find_all("a", href=True, limit=2_000):
        found = link_value(str(a.get("href") or ""))
        if found is None:
            continue
        texts = out.setdefault(found[1], [])
        own = True
        for anc in _ancestors(a, 8):
            if anc.name in _NO_CLIMB and not _one_contact_list(anc):
                break
            text = _text_upto(anc, _BLOCK_CAP + 1)
            if len(text) > _BLOCK_CAP:
                break
            if own and anc.name in _CONTAINER_TAGS - {"span", "label"}:
                texts.append(text)
                own = False
            else:
                texts.append(_card_heading(anc))
        if own:
            texts.append(one_line(a.get_text(" ")))
    return {k: tuple(v) for k, v in out.items()}


def _given_names(subject: Subject) -> set[str]:
    return {name_tokens(n)[0] for n in subject_names(subject) if len(name_tokens(n)) >= 2}


def mentions_subject(doc: Document, subject: Subject, text: str) -> bool:
    """Does ``text`` name the subject: a compatible full name, an alias, a handle, or (on a page
    that gives their full name) their first name alone ("call or text Tariq on ...")?"""
    if _mentions_subject(text, subject):
        return True
    if doc.ctx.full_name_on_page:
        tokens = set(re.findall(r"\w+", fold(text)))
        return bool(tokens & _given_names(subject))
    return False


def line_at(text: str, start: int, end: int) -> str:
    """The line (one block of the visible text) that holds ``text[start:end]``."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return text[left : right if right >= 0 else len(text)]


def block_contexts(doc: Document, text: str, start: int, end: int) -> list[str]:
    """The block holding ``text[start:end]``, then the headings of the cards around it."""
    line = line_at(text, start, end)
    out = [line]
    if doc.kind != "html" and "\n\n" in text:  # plain text: the paragraph
        left = text.rfind("\n\n", 0, start)
        right = text.find("\n\n", end)
        out.append(text[left + 1 if left >= 0 else 0 : right if right >= 0 else len(text)])
    needle = one_line(line)
    if needle:
        # The nearest card's heading: a grid of cards headed by its first card's name must not
        # lend that name to the cards after it.
        # A label that opens the line itself ("<strong>Hometown:</strong> Nuneaton") is not a
        # card's heading: the line already holds it, and it would hide the card's name above.
        headed = [
            (len(t), h) for t, h in doc.blocks if needle in t and h and not needle.startswith(h)
        ]
        if headed:
            out.append(min(headed)[1])
    return out


def in_page_topic(doc: Document, subject: Subject, text: str, start: int) -> bool:
    """Is ``text[start]`` in the page's title or description (what the page is about) on a page
    that names the subject? ("Leith social worker wins award", "Our team - Hearthstone Trust")"""
    if doc.namesake or not doc.meta_text:
        return False
    if start <= len(doc.text):
        return False
    return doc.ctx.full_name_on_page or any(
        handle_in(doc.all_text, h) for h in subject.handles if len(h) >= 3
    )


_BARE_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}")
"""A heading that is only a person's name ("Alan Thirlwell"), not a greeting ("Hi, I'm
Shona!")."""


def tied_to_subject(doc: Document, subject: Subject, contexts: Iterable[str]) -> bool:
    """Is a value in these contexts the subject's: on a page of their own (not a namesake's),
    or in the same paragraph, item or card as their name or handle?"""
    if doc.namesake:
        return False
    line, *headings = list(contexts) or [""]
    names = subject_names(subject)
    handles = subject_handles(subject)
    own_tokens = {t for n in names for t in name_tokens(n)}
    if not any(_mentions_subject(h, subject) for h in headings) and any(
        is_clearly_other(h, names, handles) and set(name_tokens(h)) & own_tokens
        and (not doc.owner_is_subject or _BARE_NAME.fullmatch(h.strip()))
        for h in headings
    ):
        # A card headed "Sophie Bunting": its "Sophie B." is her, not Sophie Bultitude; a card
        # headed "Sinéad McElhinney" that says "Shauna's cousin ... lives in Buncrana" is her
        # cousin's. A card of someone who shares a name with her: only her full name or
        # handle ties a line there to her. On her own shop page too: the card of "Alan
        # Thirlwell ... (my dad, Rotherham)" is her dad's.
        return any(handle_in(line, h) for h in handles if len(h) >= 3) or any(
            len(name_tokens(n)) >= 2 and set(name_tokens(n)) <= set(name_tokens(line))
            for n in names
        )
    if doc.owner_is_subject:
        return True
    return any(mentions_subject(doc, subject, c) for c in (line, *headings))


_OTHER_PERSON = re.compile(
    r"(?:\b(?:her|him|his|she|he|their|they)\b|\b(?:Mr|Mrs|Ms|Miss|Dr|Rev|Cllr|Councillor)\b\.?\s"
    r"|[”\"]\s*[–—-]\s*[A-Z])"
)
_ADDRESSED = re.compile(
    r"(?i:\b(?:call|text|ring|phone|email|e-mail|contact|message|whatsapp)(?:\s+or\s+\w+)?)"
    r"\s+([A-Z][a-z'’-]+)\s+(?i:on|at|via)\W*$"
)
_FIRST_PERSON = re.compile(r"(?i)\b(?:me|my|i|i'm|i’m|us|our)\b")
_SERVICE_LINE = re.compile(
    r"(?i)\b(?:duty|switchboard|helpline|enquir(?:y|ies)|reception|referrals?"
    r"|bookings?|out[- ]of[- ]hours|advice|support|recruitment|fostering"
    r"|24\s*(?:hr|hour|-hour)s?|24/7|emergency|crisis)"
    r"\s+(?:line|number|desk|team|hub)\b[^\n]{0,20}$"
    r"|\bthe\s+(?:[\w’'-]+\s+){1,3}(?:line|helpline|hotline)\s*(?:on|is|:)?\s*$"
    r"|\b(?:helpline|hotline)\s*(?:on|is|:)?\s*$"
    r"|\b(?:team|main)\s+(?:duty|line|number|phone|tel)\s*(?:on|is|:)?\s*$"
    r"|\b(?:switchboard|reception)\s*:\s*$|\breception\s+(?:on|is)\s*$"
    r"|\b(?:venue|general|press|media|box\s+office|group|hall|centre)\s+(?:enquir(?:y|ies)"
    r"|bookings?)\s*(?:on|:)?\s*$"
    r"|\b(?:vacancies|jobs|recruiting|recruitment|enquiries|bookings)\b[^\n.]{0,60}"
    r"\b(?:call|ring|phone)(?:\s+us)?(?:\s+on)?\s*:?\s*$"
    r"|\b(?:call|ring|phone|contact|try)\s+(?:the|our)\s+(?:main\s+)?office"
    r"(?:\s+(?:line|number))?\s*(?:on|:)?\s*$"
)
"""A service's line, not a person's ("the agency duty line is 028 9649 6000", "phone the Child
Protection line on ...", "our vacancies are on our website or call ..."): a worker's own
number is "my mobile", "my direct line", or an "office line" in their signature. "Ring the
office on ..." is the employer's switchboard, given in a reply to a friend."""


_SIGNPOST = re.compile(
    r"\?\s*(?P<who>(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s*:\s*$"
)
"""A signpost to a service: a question, then a name and a colon ("Need support with drugs or
alcohol? Northlight Liverpool: 0151 ...", "Struggling? Samaritans: ..."). The number is the
named service's, unless the name is the subject's ("Questions? Leonie: ...")."""


def points_to_other(text: str, start: int, subject: Subject) -> bool:
    """Does the text just before a contact detail give it to someone else ("call her on",
    "Mrs J. Haldane, tel.", a testimonial's "– Carol (carol@...)")?"""
    if on_venue_line(text, start):
        return True  # "Ground: The Paddock, Swithland Lane ... 0116 496 0987"
    listed = named_above(text, start)
    if listed and not looks_like_subject(listed, subject_names(subject), subject.handles):
        return True  # "Club Secretary / Graham Oakes / 0116 496 0412"
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind("\n\n"), window.rfind(". ", 0, max(0, len(window) - 60)))
    window = window[cut + 1 :] if cut >= 0 else window
    if _SERVICE_LINE.search(window[-60:]):  # "the agency duty line is", "our referral line:"
        return True
    signpost = _SIGNPOST.search(window)
    if signpost and not looks_like_subject(
        signpost.group("who"), subject_names(subject), subject.handles
    ):
        return True
    addressed = _ADDRESSED.search(window)
    if addressed:  # "text Tom on", "call or text Tariq on"
        return fold(addressed.group(1)) not in _given_names(subject)
    last = None
    for found in _OTHER_PERSON.finditer(window):
        last = found
    if last is None:
        return False
    return _FIRST_PERSON.search(window[last.end() :]) is None


def url_handles(url: str) -> list[str]:
    """The parts of a URL that could be an account's handle."""
    return _url_handles(url)


def _url_handles(url: str) -> list[str]:
    parsed = urlparse(url)
    parts = re.split(r"[/?=&#]", f"{parsed.path}?{parsed.query}")
    parts += [parsed.netloc.split(".")[0]]
    out = []
    for part in parts:
        part = unquote(part).strip().lstrip("@")
        out.append(part)
        if "." in part:  # "tariq-sw.bsky.example", "acct=moragk@social.example"
            out.append(part.split(".")[0])
        if "@" in part:
            out.append(part.split("@")[0])
    return [p for p in out if len(p) >= 3]


_LD_OTHERS_PART = frozenset(
    {"comment", "comments", "review", "reviews", "suggestedAnswer", "acceptedAnswer",
     "performer", "performers", "attendee", "attendees", "mentions", "knows", "follows",
     "colleague", "actor", "actors", "contributor", "character", "participant", "guest"}
)  # fmt: skip
"""JSON-LD keys under which a Person took part in the page without owning it (a podcast
episode's guest is its "actor")."""
_POSTER_TITLE = re.compile(
    r"^\s*(?P<who>[^:\n]{2,60}?)\s+on\s+(?:Instagram|X|Twitter|LinkedIn|Threads|Facebook"
    r"|TikTok|Bluesky|Mastodon|Tumblr)\b"
    r"|^\s*(?P<who2>[^:\n]{2,60}?)['’]s\s+answer\s+to\s"
)
"""The title a social site gives one post: "<poster> on Instagram: "caption"", "<poster> on
LinkedIn: #socialwork"."""
_SOLD_BY = re.compile(r"\b(?:sold|made)\s+by\s+(?P<who>[^\n.,·|]{2,60}?)\s*(?:[.,·|]|$)")
"""The seller a shop's listing names in its description: Etsy's "This item is sold by
RozHooks." The listing's own words (its description) are the seller's."""
_SELF_INTRO = r"(?i)\b(?:i'?m|i’m|i am|my name is|my name's|my name’s)\s+{}\b"


def _owned_by_subject(doc: Document, subject: Subject) -> bool:
    """Is this the subject's own page (their profile, blog, CV or API account)?"""
    if doc.owner_is_other:
        return False
    if doc.subject_posts:
        return True
    names = subject_names(subject)
    handles = subject_handles(subject)
    if doc.display_name and looks_like_subject(doc.display_name, names, handles):
        return True
    if doc.api is not None and doc.api.handle and is_handle(doc.api.handle, handles):
        return True
    # An event's page is its organiser's: a convention's page for one of its guests, headed
    # with her name at an address ending in it, gives the convention's phone and inbox and
    # the other guests' towns. It is hers when she organises it (Eventbrite's organiser).
    events = [n for n in doc.jsonld if n.main and any(t.endswith("Event") for t in n.types)]
    if events:
        organisers = [
            structured.ld_text(o) or "" for n in events
            for o in structured.ld_list(n.obj.get("organizer"))
        ]  # fmt: skip
        return any(looks_like_subject(o, names, handles) for o in organisers if o)
    # The page's person: a JSON-LD Person (a profile's, a post's author), an h-card, an API's
    # name.
    own_names = [
        structured.ld_text(n.obj.get("name")) or "" for n in doc.jsonld
        if "Person" in n.types
        and not _LD_OTHERS_PART.intersection(n.path)  # who wrote a comment, not the page
    ]  # fmt: skip
    own_names += [f.value for f in doc.facts.names if not f.source.startswith("JSON-LD")]
    if any(looks_like_subject(name, names, handles) for name in own_names if name):
        return True
    if handles and any(is_handle(p, handles) for p in _url_handles(doc.url)):
        return True
    if handles and any(  # YouTube's <span itemprop="author"><link itemprop="url" href=/@x>
        is_handle(p, handles) for url in doc.author_urls for p in _url_handles(url)
    ):
        return True
    for line in doc.meta_text.splitlines()[:10]:  # "Dez Fairweather on Instagram: ..."
        poster = _POSTER_TITLE.match(line) or _SOLD_BY.search(line)
        who = poster and (poster.group("who") or poster.groupdict().get("who2"))
        if who and looks_like_subject(who, names, handles):
            return True
    own_labels = _given_names(subject) | {"".join(name_tokens(n)) for n in names}
    host = urlparse(doc.url).netloc.lower().removeprefix("www.").split(".")[0]
    if (
        host and fold(host).replace("-", "") in own_labels
    ):  # priya.example.org, ewanbaird.example.net
        return True
    if doc.kind == "text":
        first = next((ln.strip() for ln in doc.text.splitlines() if ln.strip()), "")
        if first and len(first) <= 60 and looks_like_subject(first, names, handles):
            return True
    for given in _given_names(subject):
        if re.search(_SELF_INTRO.format(re.escape(given)), fold(doc.text[:5_000])):
            return True
    if doc.soup is not None:  # a page headed with their name ("Aidan", "Morag Kelly")
        # The first two: a cookie wall's "Before you continue to Google" may come first.
        for h1 in doc.soup.find_all("h1", limit=2):
            heading = one_line(h1.get_text(" "))
            if heading and (
                fold(heading).strip() in _given_names(subject)
                or any(names_compatible(heading, n) for n in names)
            ):
                return True
        if _signed_by_subject(doc.soup, names, handles) or _about_the_author_names(
            doc.soup, names, handles
        ):
            return True
    return any(
        any(mentions_name(who, n) for n in names)
        or (handles and is_handle(who.strip(), handles))  # "posted by fergusbagsmunros"
        for m in _AUTHORED_BY.finditer(doc.text[:20_000])
        if (who := m.group("who") or m.group("who2") or "")
    )


def _microdata_author_urls(soup: BeautifulSoup) -> list[str]:
    """The addresses schema.org microdata gives for the page's author (a video's channel);
    read before pruning, which drops the ``<link>`` elements that carry them."""
    urls = []
    for author in soup.find_all(attrs={"itemprop": "author"}, limit=5):
        if not isinstance(author, Tag):
            continue
        for link in author.find_all(attrs={"itemprop": "url"}, limit=3):
            href = link.get("href") if isinstance(link, Tag) else None
            if isinstance(href, str) and href.strip():
                urls.append(href.strip())
    # YouTube's watch page as its app draws it: the channel's link in the owner box, and
    # "ownerProfileUrl" in the player data its script carries
    for owner in soup.find_all("ytd-video-owner-renderer", limit=2):
        link = owner.find("a", href=True)
        if isinstance(link, Tag):
            urls.append(str(link["href"]).strip())
    for script in soup.find_all("script", limit=60):
        found = _OWNER_PROFILE.search(script.string or "")
        if found:
            urls.append(found.group(1))
            break
    return urls


_OWNER_PROFILE = re.compile(r'"ownerProfileUrl"\s*:\s*"(https?:[^"]{1,200})"')


_AUTHOR_BLOCK = re.compile(
    r"^(?:organi[sz]er|fundraiser|(?:page[-_]?)?owner(?:[-_]?name)?|(?:post[-_]?)?byline"
    r"|posted[-_]?by|created[-_]?by|(?:pattern[-_]?)?designer"
    r"|written[-_]?by|article[-_]?author|author[-_]?(?:info|name|bio)"
    r"|(?:seller|advertiser)[-_]?name|athlete[-_]card|creator[-_]?(?:profile|info|name|card))$"
)
"""A block that names who made the page: an organiser, a byline, a seller, a Strava
activity's athlete card (the owner's name and town beside the stats), a pin's or video's
creator card."""
_AUTHORED_BY = re.compile(
    r"(?:(?:posted|written|created|organi[sz]ed|started|shared|hike|walk|run|ride|tour|route"
    r"|checklist|activity)\s+by\s+(?P<who>[^\n.,·|:]{3,60}))"
    r"|(?:^|\n)\s*(?P<who2>[^\n.,·|]{3,60}?)\s+is\s+(?:organi[sz]ing|running\s+this|fundraising|raising\s+money)\b",
    re.IGNORECASE,
)
"""Who says they made the page: "Posted by Fiona Lennox", "Fiona Lennox is organising this
fundraiser", an outdoor app's "Hike by Morag K". Their first-person words on it are theirs."""


_ABOUT_THE_AUTHOR = re.compile(
    r"(?i)^about (?:the|this) (?:answer |report |post )?(?:author|writer|blogger|poster)$"
)


def _about_the_author_names(soup: BeautifulSoup, names: list[str], handles: list[str]) -> bool:
    """A box headed "About the author" whose next line is the subject's name or handle (a trip
    report site's sidebar: "About the author", "cornetcat", her stats): the page is hers."""
    for heading in soup.find_all(_HEADING_TAGS, limit=200):
        title = _text_upto(heading, 40)
        if not _ABOUT_THE_AUTHOR.match(title) or heading.parent is None:
            continue
        lines = [ln.strip() for ln in heading.parent.get_text("\n")[:2_000].splitlines()]
        lines = [ln for ln in lines if ln]
        after = lines[lines.index(title) + 1 :][:1] if title in lines else []
        if after and len(after[0]) <= 60 and looks_like_subject(after[0], names, handles):
            return True
    return False


def _has_class_or_testid(el: Tag) -> bool:
    return el.has_attr("class") or el.has_attr("data-testid") or el.has_attr("data-test-id")


def _signed_by_subject(soup: BeautifulSoup, names: list[str], handles: list[str]) -> bool:
    """An organiser, byline or author block (outside any comment) that names the subject."""
    for el in soup.find_all(_has_class_or_testid, limit=5_000):
        # Nextdoor's data-testid "post-byline", Pinterest's data-test-id "creator-profile"
        testid = str(el.get("data-testid") or el.get("data-test-id") or "").lower()
        if any(_AUTHOR_BLOCK.match(t) for t in [*_tokens(el), testid]):
            text = one_line(el.get_text(" "))[:200]
            if any(mentions_name(text, n) for n in names) or any(
                handle_in(text, h) for h in handles
            ):
                return True
    return False


def context_conflicts(
    handle: str | None, orgs: list[str], places: list[str], subject: Subject
) -> int | None:
    """How many of a page's own handle, employers and places differ from everything the
    subject told us; None as soon as one of them matches (then it may well be them)."""
    handles = subject_handles(subject)
    conflicts = 0
    if handle and handles:
        if is_handle(handle, handles):
            return None
        conflicts += 1
    if orgs and subject.employers:
        if any(same_org(o, e) for o in orgs for e in subject.employers):
            return None
        conflicts += 1
    folded = [fold(p) for p in places]
    wanted = [fold(p).strip() for p in subject.locations if p and p.strip()]
    if folded and wanted:
        if any(re.search(phrase_pattern(w), p) for p in folded for w in wanted):
            return None
        conflicts += 1
    return conflicts


def _namesake_page(doc: Document, subject: Subject) -> bool:
    """A profile of someone else with the same name: its own fields (handle, employer, town)
    differ from everything the subject told us, in at least two ways, and match none."""
    conflicts = context_conflicts(
        doc.api.handle if doc.api is not None else None,
        [f.value for f in doc.facts.orgs],
        [f.value for f in doc.facts.locations],
        subject,
    )
    return conflicts is not None and conflicts >= 2
