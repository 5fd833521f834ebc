"""One reading of a finished report that every renderer shares.

Grouping findings by kind, pairing each with its advice and the site's privacy-settings link,
and splitting the accounts into found / could not check / check yourself happens here once, so
the terminal, HTML and Markdown reports cannot disagree about what the audit found.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import (
    AccountCheck,
    AdviceEntry,
    Finding,
    FindingKind,
    Report,
    SearchResult,
    Status,
)

KIND_TITLES = {
    FindingKind.WORKPLACE: "Where you work",
    FindingKind.PHONE: "Phone numbers",
    FindingKind.EMAIL: "Email addresses",
    FindingKind.LOCATION: "Where you live or are based",
    FindingKind.TAGGED_PHOTO: "Photos that name or tag you",
    FindingKind.PHOTO_LOCATION: "GPS positions hidden in photos",
    FindingKind.WORK_TALK: "Posts that talk about work",
    FindingKind.EMPLOYER_BRANDING: "Employer logos or branding on a personal profile",
}
KIND_WHY = {
    FindingKind.WORKPLACE: "A stranger can tell where to find you, and link what you post to "
    "your employer.",
    FindingKind.PHONE: "Anyone who reads the page can call or message you, including people "
    "who use services.",
    FindingKind.EMAIL: "Anyone can contact you directly, outside your work's boundaries.",
    FindingKind.LOCATION: "Together with your name and work, it narrows down where you live.",
    FindingKind.TAGGED_PHOTO: "Photos others posted put you in the public eye, often without "
    "you knowing.",
    FindingKind.PHOTO_LOCATION: "The photo file itself says where it was taken, sometimes your "
    "home.",
    FindingKind.WORK_TALK: "Public posts about work, colleagues or people you support can breach "
    "confidentiality and the Codes of Practice.",
    FindingKind.EMPLOYER_BRANDING: "An employer's logo can look as if you speak for them.",
}


@dataclass(frozen=True)
class FindingView:
    finding: Finding
    advice: tuple[AdviceEntry, ...]
    privacy_url: str | None


@dataclass(frozen=True)
class KindGroup:
    kind: FindingKind
    title: str
    why: str
    items: tuple[FindingView, ...]

    @property
    def advice(self) -> tuple[AdviceEntry, ...]:
        """What to do about this kind: the advice its findings cite, each once, in order."""
        seen: dict[str, AdviceEntry] = {}
        for item in self.items:
            for entry in item.advice:
                seen.setdefault(entry.id, entry)
        return tuple(seen.values())


@dataclass(frozen=True)
class SearchView:
    """What a search for the name showed: results about the subject, namesakes set aside,
    and why the search could not run where it could not."""

    engine: str | None
    queries: tuple[str, ...]
    about: tuple[SearchResult, ...]
    namesakes: int
    problems: tuple[str, ...]
    skipped: str | None

    @property
    def ran(self) -> bool:
        return bool(self.queries)


def _search_view(report: Report) -> SearchView:
    info = report.extra.get("search") or {}
    return SearchView(
        engine=info.get("engine"),
        queries=tuple(info.get("queries") or ()),
        about=tuple(r for r in report.search_results if r.about_subject),
        namesakes=sum(1 for r in report.search_results if not r.about_subject),
        problems=tuple(info.get("problems") or ()),
        skipped=info.get("skipped"),
    )


@dataclass(frozen=True)
class ReportView:
    report: Report
    found: tuple[AccountCheck, ...]
    not_found: int
    unknown: tuple[AccountCheck, ...]
    check_yourself: tuple[AccountCheck, ...]
    groups: tuple[KindGroup, ...]
    general_advice: tuple[AdviceEntry, ...]
    checklist: tuple[AdviceEntry, ...]
    search: SearchView

    @property
    def credits(self) -> tuple[str, ...]:
        """Attribution owed for the data used (the community catalogue's CC BY-SA licence)."""
        from ..catalogue import COMMUNITY, COMMUNITY_LICENCE

        if COMMUNITY in self.report.catalogue_sources:
            return (f"Site checks used {COMMUNITY_LICENCE}.",)
        return ()

    @property
    def risk(self) -> str:
        return self.report.summary.risk

    @property
    def risk_label(self) -> str:
        """The risk as people should read it: "none" is never shown bare when we could not
        look everywhere, and an audit that could check nothing has no risk level at all."""
        if self.report.nothing_checked and not self.report.findings:
            return "NOT KNOWN: no site could be checked"
        if self.risk == "none" and self.could_not_check_everything:
            return "NONE FOUND where we could look"
        return self.risk.upper()

    @property
    def could_not_check_everything(self) -> bool:
        return (
            bool(self.unknown or self.check_yourself or self.search.problems)
            or not self.report.complete
        )


def build_view(report: Report) -> ReportView:
    from ..advice import checklist

    advice = {a.id: a for a in report.advice}
    privacy = {a.site: a.privacy_url for a in report.accounts if a.privacy_url}
    groups = []
    for kind in FindingKind:
        items = tuple(
            FindingView(
                f,
                tuple(advice[i] for i in f.advice if i in advice),
                privacy.get(f.site) if f.site else None,
            )
            for f in sorted(
                (f for f in report.findings if f.kind is kind),
                key=lambda f: (-f.severity.rank, f.may_not_be_you, f.value.casefold()),
            )
        )
        if items:
            groups.append(KindGroup(kind, KIND_TITLES[kind], KIND_WHY[kind], items))
    used = {i for f in report.findings for i in f.advice}
    listed = tuple(checklist())
    listed_ids = {a.id for a in listed}
    general = tuple(a for a in report.advice if a.id not in used and a.id not in listed_ids)
    return ReportView(
        report=report,
        found=tuple(report.found),
        not_found=sum(1 for a in report.accounts if a.status is Status.NOT_FOUND),
        unknown=tuple(report.unknown),
        check_yourself=tuple(report.check_yourself),
        groups=tuple(groups),
        general_advice=general,
        checklist=listed,
        search=_search_view(report),
    )
