"""The checker's rules: one small function each, over the release and its paragraph alignment."""

from __future__ import annotations

from collections.abc import Iterator

from drafter.dates import embargo_given, embargo_in_english
from drafter.l10n import tr
from drafter.model import Version
from drafter.parity import compare, compare_qualifiers, plain, review, roles, rules_glossary, rules_text
from drafter.parity.findings import ATTACHMENT_INDEX, DETAIL_INDEX, FIELDS, Finding, Severity, detail_name, field_name
from drafter.parity.units import Context, Part, gap, whole


def _items(version: Version, name: str) -> list[Part]:
    if name == "title":
        texts = [version.title] if version.title else []
    elif name == "subtitle":
        texts = list(version.subtitle)
    elif name == "body":
        texts = [p.text for p in version.body]
    elif name == "footnotes":
        texts = [n.text for n in version.footnotes]
    else:
        texts = [version.contact] if version.contact else []
    return [Part(i, t) for i, t in enumerate(texts)]


def empty_version(ctx: Context) -> Iterator[Finding]:
    """One finding for a version not written yet, instead of one per field."""
    for lang, other in (("ko", "en"), ("en", "ko")):
        if ctx.release.version(lang).is_empty() and not ctx.release.version(other).is_empty():
            message = tr("The Korean version is empty.") if lang == "ko" else tr("The English version is empty.")
            yield Finding("empty-version", Severity.ERROR, "title", None, None, message)


def empty_field(ctx: Context) -> Iterator[Finding]:
    """A field filled on one side only (title, subtitle, body, footnotes, contact)."""
    r = ctx.release
    if r.ko.is_empty() or r.en.is_empty():
        return
    for name in FIELDS:
        ko, en = _items(r.ko, name), _items(r.en, name)
        if bool(ko) == bool(en):
            continue
        if ko:
            message = tr("The English {field} is empty; the Korean has one.", field=field_name(name))
            yield Finding("empty-field", Severity.ERROR, name, whole(ko[0]), gap(0), message)
        else:
            message = tr("The Korean {field} is empty; the English has one.", field=field_name(name))
            yield Finding("empty-field", Severity.ERROR, name, gap(0), whole(en[0]), message)


def paragraph_structure(ctx: Context) -> Iterator[Finding]:
    """Paragraphs with no counterpart, and paragraphs merged or split in translation."""
    r = ctx.release
    if r.ko.is_empty() or r.en.is_empty():
        return
    ko = _items(r.ko, "body")
    en = _items(r.en, "body")
    if not ko or not en:
        return  # empty_field reports the whole body
    next_ko = next_en = 0
    for pair in ctx.pairs:
        if pair.optional:  # a summary box or a section heading that the other version leaves out
            pass
        elif pair.ko and not pair.en:
            i = pair.ko[0]
            yield Finding(
                "missing-paragraph",
                Severity.ERROR,
                "body",
                whole(ko[i]),
                gap(next_en),
                tr("Korean paragraph {n} has no English counterpart.", n=i + 1),
            )
        elif pair.en and not pair.ko:
            j = pair.en[0]
            yield Finding(
                "extra-paragraph",
                Severity.ERROR,
                "body",
                gap(next_ko),
                whole(en[j]),
                tr("English paragraph {n} has no Korean counterpart.", n=j + 1),
            )
        elif len(pair.ko) > 1:
            yield Finding(
                "merged-paragraphs",
                Severity.WARNING,
                "body",
                whole(ko[pair.ko[0]]),
                whole(en[pair.en[0]]),
                tr(
                    "Korean paragraphs {first}–{last} are one paragraph in English.",
                    first=pair.ko[0] + 1,
                    last=pair.ko[-1] + 1,
                ),
            )
        elif len(pair.en) > 1:
            yield Finding(
                "split-paragraph",
                Severity.WARNING,
                "body",
                whole(ko[pair.ko[0]]),
                whole(en[pair.en[0]]),
                tr(
                    "Korean paragraph {n} is split into English paragraphs {first}–{last}.",
                    n=pair.ko[0] + 1,
                    first=pair.en[0] + 1,
                    last=pair.en[-1] + 1,
                ),
            )
        next_ko = pair.ko[-1] + 1 if pair.ko else next_ko
        next_en = pair.en[-1] + 1 if pair.en else next_en


def details_missing(ctx: Context) -> Iterator[Finding]:
    """A detail the documents print (organisation, embargo, attachments) given in one language only: the
    other language's documents would leave it out, or print FOR IMMEDIATE RELEASE for an embargoed one."""
    r = ctx.release
    if r.ko.is_empty() or r.en.is_empty():
        return
    # The documents print the glossary's English organisation, and a Korean embargo's date and time
    # written the English way, where the English detail is empty: a warning then, not an error.
    ko, en = r.ko.details.organisation, r.en.details.organisation
    if bool(ko) != bool(en):
        yield _detail_finding("organisation", Severity.WARNING, DETAIL_INDEX["organisation"], ko, en)
    ko, en = embargo_given(r.ko.details.embargo), embargo_given(r.en.details.embargo)
    if bool(ko) != bool(en):
        severity = Severity.WARNING if embargo_in_english(ko) else Severity.ERROR  # the documents print that
        yield _detail_finding("embargo", severity, DETAIL_INDEX["embargo"], ko, en)
    ko_list, en_list = r.ko.details.attachments, r.en.details.attachments
    for i in range(len(en_list), len(ko_list)):
        yield _detail_finding("attachment", Severity.ERROR, ATTACHMENT_INDEX + i, ko_list[i], "")
    for i in range(len(ko_list), len(en_list)):
        yield _detail_finding("attachment", Severity.ERROR, ATTACHMENT_INDEX + i, "", en_list[i])


def _detail_finding(name: str, severity: Severity, index: int, ko: str, en: str) -> Finding:
    what = detail_name(name)
    if ko:
        message = tr('The English details have no {what}; the Korean has "{value}".', what=what, value=ko)
        return Finding("detail-missing", severity, "details", whole(Part(index, ko)), gap(index), message)
    message = tr('The Korean details have no {what}; the English has "{value}".', what=what, value=en)
    return Finding("detail-missing", severity, "details", gap(index), whole(Part(index, en)), message)


RULES = (
    empty_version,
    empty_field,
    details_missing,
    paragraph_structure,
    compare.facts,
    compare.weekdays,
    compare_qualifiers.statements,
    roles.roles,
    rules_text.identifiers,
    rules_text.person_names,
    rules_text.untranslated,
    rules_text.quotations,
    rules_text.length_ratio,
    rules_text.dropped_sentences,
    rules_text.notes,
    rules_glossary.glossary_terms,
    rules_glossary.english_names,
    rules_glossary.consistency,
    rules_glossary.acronyms,
    review.stale,
    plain.plain_korean,
)
