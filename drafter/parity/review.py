"""The reviewer's memory: which Korean each English was written from, approved pairs, accepted findings.

A unit's English is remembered by a fingerprint of its text, together with the Korean it was last
edited, approved or imported with (a `Source`). When the Korean of that unit no longer reads the
same, the English is stale until it is edited (it then has a new fingerprint) or approved. Keying
by the English text, not by position, keeps the memory right when paragraphs are added or moved.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from drafter.l10n import tr
from drafter.model import Accepted, Release, Review, Source
from drafter.parity.findings import Finding, Location, Severity
from drafter.parity.units import Context, Unit, span, whole

_WORDS = re.compile(r"\s+|[^\s]+")
_SHOWN_CHANGES = 3  # changes quoted in a stale finding's message; the review view shows them all


def fingerprint(*texts: str) -> str:
    return hashlib.sha1("\x1f".join(texts).encode("utf-8")).hexdigest()[:16]


def source_key(unit: Unit) -> str:
    return fingerprint(unit.field, unit.text("en"))


def pair_key(unit: Unit) -> str:
    """An approval holds while neither side of the pair changes."""
    return fingerprint(unit.field, unit.text("ko"), unit.text("en"))


def _source(unit: Unit) -> Source:
    return Source(unit.field, source_key(unit), unit.text("ko"))


def remembered(review: Review, unit: Unit) -> str | None:
    """The Korean this unit's English was written from, if known."""
    return _sources(review).get((unit.field, source_key(unit)))


def _sources(review: Review) -> dict[tuple[str, str], str]:
    return {(s.field, s.en): s.ko for s in review.sources}


def adopt(review: Review, ctx: Context) -> Review:
    """Remember the current Korean for every English not seen before (just written or edited).

    Sources of English that no longer exists are dropped. Returns `review` itself when nothing changed.
    """
    keep, changed = [], False
    known = {(s.field, s.en): s for s in review.sources}
    for unit in ctx.comparable:
        source = known.pop((unit.field, source_key(unit)), None)
        if source is None:
            source, changed = _source(unit), True
        keep.append(source)
    if not changed and not known:
        return review
    return replace(review, sources=keep)


def stamp(release: Release) -> Release:
    """A release imported as a whole: each English was written from the Korean beside it."""
    ctx = Context.of(release)
    return replace(release, review=replace(release.review, sources=[_source(u) for u in ctx.comparable]))


def set_approved(review: Review, unit: Unit, approved: bool) -> Review:
    """Approve a pair (its English now matches this Korean) or withdraw the approval."""
    key = pair_key(unit)
    keys = [k for k in review.approved if k != key] + ([key] if approved else [])
    sources = review.sources
    if approved and unit.ko and unit.en:
        sources = [s for s in sources if not (s.field == unit.field and s.en == source_key(unit))] + [_source(unit)]
    return replace(review, approved=keys, sources=sources)


def is_approved(review: Review, unit: Unit) -> bool:
    return pair_key(unit) in review.approved


def review_units(ctx: Context) -> list[Unit]:
    """The pairs a reviewer approves, in the order of the release: title, subtitle, each aligned body
    pair (its notes go with it), footnotes, contact."""
    return [u for u in ctx.units if u.field != "notes"]


def progress(review: Review, ctx: Context) -> tuple[int, int]:
    """(approved, all) pairs of `review_units`."""
    units = review_units(ctx)
    return sum(1 for u in units if is_approved(review, u)), len(units)


def unit_findings(unit: Unit, findings: list[Finding]) -> list[Finding]:
    """The findings that point at words of the unit: for a body pair, of its paragraphs."""
    if unit.field != "body":
        return [f for f in findings if f.field == unit.field]
    ko, en = {p.index for p in unit.ko}, {p.index for p in unit.en}
    return [
        f
        for f in findings
        if f.field == "body"
        and (
            (f.ko is not None and f.ko.paragraph in ko and f.ko.excerpt)
            or (f.en is not None and f.en.paragraph in en and f.en.excerpt)
        )
    ]


def accept(review: Review, finding: Finding, reason: str, today: date | None = None) -> Review:
    on = (today or date.today()).isoformat()
    others = [a for a in review.accepted if a.fingerprint != finding.fingerprint]
    return replace(review, accepted=[*others, Accepted(finding.fingerprint, reason.strip(), finding.rule, on)])


def reopen(review: Review, finding: Finding) -> Review:
    return replace(review, accepted=[a for a in review.accepted if a.fingerprint != finding.fingerprint])


def reasons(review: Review) -> dict[str, str]:
    """Why each accepted finding was accepted, by its fingerprint."""
    return {a.fingerprint: a.reason for a in review.accepted}


def split_accepted(review: Review, findings: list[Finding]) -> tuple[list[Finding], list[tuple[Finding, str]]]:
    """The open findings, and the accepted ones with their reasons."""
    why = reasons(review)
    open_ = [f for f in findings if f.fingerprint not in why]
    return open_, [(f, why[f.fingerprint]) for f in findings if f.fingerprint in why]


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """`old` → `new` word by word, as ("=" | "-" | "+", text) runs; spaces stay with the words around them."""
    import difflib  # only when there is a change to show

    a, b = _WORDS.findall(old), _WORDS.findall(new)
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("-", "".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", "".join(b[j1:j2])))
    return runs


def changes(old: str, new: str) -> list[tuple[str, str]]:
    """The changed places as (was, now) pairs of words; one side is "" for a pure insertion or deletion."""
    result: list[tuple[str, str]] = []
    pending: list[str] = ["", ""]
    for op, text in [*word_diff(old, new), ("=", "")]:
        if op == "=":
            if any(s.strip() for s in pending):
                result.append((pending[0].strip(), pending[1].strip()))
            pending = ["", ""]
        else:
            pending[op == "+"] += text
    return result


def stale(ctx: Context) -> Iterator[Finding]:
    """English written from a Korean text that has changed since (and not edited or approved after)."""
    sources = _sources(ctx.release.review)
    if not sources:
        return
    for unit in ctx.comparable:
        before = sources.get((unit.field, source_key(unit)))
        if before is None or before == unit.text("ko"):
            continue
        shown = "; ".join(_change(was, now) for was, now in changes(before, unit.text("ko"))[:_SHOWN_CHANGES])
        yield Finding(
            "stale-translation",
            Severity.WARNING,
            unit.field,
            _changed_words(unit, before),
            whole(unit.en[0]),
            tr(
                "The Korean changed after this English was written ({changes}); update or approve the English.",
                changes=shown,
            ),
        )


def _changed_words(unit: Unit, before: str) -> Location:
    """The words put in since `before`, from the first to the last, when they are in one Korean part;
    else (words only taken out, or a merged pair) the whole first part."""
    inserted, at = [], 0
    for op, chunk in word_diff(before, unit.text("ko")):
        if op == "+" and chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            inserted.append((at + lead, at + len(chunk.rstrip())))
        if op != "-":
            at += len(chunk)
    if len(unit.ko) != 1 or not inserted:
        return whole(unit.ko[0])
    return span(unit.ko[0], inserted[0][0], inserted[-1][1])


def stale_change(ctx: Context, finding: Finding) -> tuple[str, str] | None:
    """For a stale finding of `ctx`: the Korean its English was written from, and the Korean now."""
    if finding.rule != "stale-translation" or finding.ko is None:
        return None
    for unit in ctx.comparable:
        if unit.field == finding.field and unit.ko[0].index == finding.ko.paragraph:
            before = remembered(ctx.release.review, unit)
            return None if before is None else (before, unit.text("ko"))
    return None


def _change(was: str, now: str) -> str:
    if not was:
        return f"+ {now}"
    if not now:
        return f"− {was}"
    return f"{was} → {now}"
