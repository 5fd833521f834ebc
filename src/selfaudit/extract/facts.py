"""Structured facts about a page's owner, whatever markup or API they came from.

JSON-LD, h-card and public API JSON all say the same kinds of things (a name, an employer, a
town, an email, a phone, an avatar) in different shapes. The readers turn each shape into these
facts, so one extractor per kind reads every source the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Fact:
    """One value and where it came from ("JSON-LD worksFor", "GitHub API company")."""

    value: str
    source: str


@dataclass(frozen=True)
class ImageRef:
    """An image on the page, with what the page says around it.

    ``role`` is "avatar", "banner", "content", "icon" or "og" (an OpenGraph/Twitter card
    image); ``label`` joins alt/title/aria-label; ``context`` is captions and people-tag text
    near the image; ``tags`` are people-tag tokens (handles or names); ``hints`` are class/id
    words of the image and its near ancestors, used to tell avatars and banners apart.
    """

    url: str
    role: str
    label: str = ""
    context: str = ""
    tags: tuple[str, ...] = ()
    hints: str = ""
    source: str = "img"


@dataclass(frozen=True)
class Facts:
    names: tuple[Fact, ...] = ()
    orgs: tuple[Fact, ...] = ()
    titles: tuple[Fact, ...] = ()
    locations: tuple[Fact, ...] = ()
    emails: tuple[Fact, ...] = ()
    phones: tuple[Fact, ...] = ()
    work_phones: tuple[Fact, ...] = ()
    """A profile's work phone field (Gravatar's ``contact_info.work_phone``): people put their
    employer's switchboard there (a nursery's, a hospice's), which is not theirs to remove."""
    images: tuple[ImageRef, ...] = ()


@dataclass
class FactsBuilder:
    """Collects facts from several readers, dropping empty values and exact repeats."""

    names: list[Fact] = field(default_factory=list)
    orgs: list[Fact] = field(default_factory=list)
    titles: list[Fact] = field(default_factory=list)
    locations: list[Fact] = field(default_factory=list)
    emails: list[Fact] = field(default_factory=list)
    phones: list[Fact] = field(default_factory=list)
    work_phones: list[Fact] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)

    def add(self, bucket: str, value: object, source: str) -> None:
        if not isinstance(value, str):
            return
        value = " ".join(value.split())
        if not value or len(value) > 300:
            return
        facts: list[Fact] = getattr(self, bucket)
        if all(f.value != value for f in facts):
            facts.append(Fact(value, source))

    def add_image(self, image: ImageRef) -> None:
        if image.url and all(i.url != image.url for i in self.images):
            self.images.append(image)

    def extend(self, other: Facts) -> None:
        for bucket in ("names", "orgs", "titles", "locations", "emails", "phones", "work_phones"):
            for fact in getattr(other, bucket):
                self.add(bucket, fact.value, fact.source)
        for image in other.images:
            self.add_image(image)

    def freeze(self) -> Facts:
        return Facts(
            names=tuple(self.names),
            orgs=tuple(self.orgs),
            titles=tuple(self.titles),
            locations=tuple(self.locations),
            emails=tuple(self.emails),
            phones=tuple(self.phones),
            work_phones=tuple(self.work_phones),
            images=tuple(self.images),
        )
