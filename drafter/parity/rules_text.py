"""Rules over the wording of aligned units: identifiers, untranslated text, quotations, length, notes."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from drafter.l10n import tr, tr_n
from drafter.parity.findings import Finding, Severity
from drafter.parity.identifiers import Identifier, contains_name, find
from drafter.parity.units import Context, Part, counterpart, span, whole

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+(?:[\s·,]+[\uac00-\ud7a3\u3131-\u318e]+)*")
_DOUBLE_QUOTES = re.compile(r"[“”\"「」『』]")
_RATIO_LIMIT = math.log(2.2)  # a pair this far from the release's own English/Korean length ratio
_RATIO_MIN_KO = 30  # characters: short paragraphs vary too much to judge
_RATIO_MIN_PAIRS = 3


def _found(parts: tuple[Part, ...], names: bool) -> list[tuple[Part, Identifier]]:
    return [(p, i) for p in parts for i in find(p.text, names)]


def _similar(a: str, b: str) -> bool:
    """Two identifiers that differ by a slip: one or two characters, or the same characters reordered."""
    if sorted(a) == sorted(b):
        return True
    if abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 2


def identifiers(ctx: Context) -> Iterator[Finding]:
    """Phone numbers, e-mail and URLs on both sides, and Latin-script names of the Korean in the English."""
    units = ctx.units
    all_en_text = "\n".join(p.text for u in units for p in u.en)
    all_keys = {lang: {i.key for u in units for _p, i in _found(u.side(lang), names=False)} for lang in ("ko", "en")}
    for unit in ctx.comparable:
        ko = _found(unit.ko, names=True)
        en = _found(unit.en, names=False)
        en_keys = {i.key for _p, i in en}
        ko_keys = {i.key for _p, i in ko}
        lone_en = [(p, i) for p, i in en if i.key not in ko_keys and i.key not in all_keys["ko"]]
        for part, ident in ko:
            if ident.kind == "name":
                if contains_name(all_en_text, ident.key):
                    continue
                en_names = [(p, i) for p, i in _found(unit.en, names=True) if i.kind == "name"]  # only when needed
                near = next(
                    (
                        (p, i)
                        for p, i in en_names
                        if _similar(ident.key.lower(), i.key.lower())
                        and not contains_name(" ".join(q.text for q in unit.ko), i.key)
                    ),
                    None,
                )
                yield Finding(
                    "name-missing",
                    Severity.WARNING,
                    unit.field,
                    span(part, ident.start, ident.end),
                    span(*_loc(near)) if near else counterpart(unit.en),
                    tr(
                        '"{name}" in the Korean is not in the English (it has "{other}").',
                        name=ident.text,
                        other=near[1].text,
                    )
                    if near
                    else tr('"{name}" in the Korean does not appear in the English.', name=ident.text),
                )
                continue
            if ident.key in en_keys or ident.key in all_keys["en"]:
                continue
            other = next(((p, i) for p, i in lone_en if i.kind == ident.kind), None)
            if other:
                lone_en.remove(other)
                yield Finding(
                    "identifier-differs",
                    Severity.ERROR,
                    unit.field,
                    span(part, ident.start, ident.end),
                    span(*_loc(other)),
                    tr("{ko} ≠ {en}", ko=ident.text, en=other[1].text),
                )
            else:
                yield Finding(
                    "identifier-missing",
                    Severity.ERROR,
                    unit.field,
                    span(part, ident.start, ident.end),
                    counterpart(unit.en),
                    tr("{value} is in the Korean but not in the English.", value=ident.text),
                )
        for part, ident in lone_en:
            yield Finding(
                "identifier-extra",
                Severity.ERROR,
                unit.field,
                counterpart(unit.ko),
                span(part, ident.start, ident.end),
                tr("{value} is in the English but not in the Korean.", value=ident.text),
            )


def _loc(found: tuple[Part, Identifier]) -> tuple[Part, int, int]:
    part, ident = found
    return part, ident.start, ident.end


def untranslated(ctx: Context) -> Iterator[Finding]:
    """Hangul left in the English, and paragraphs that read the same on both sides."""
    for unit in ctx.units:
        same = {p.text for p in unit.ko} & {p.text for p in unit.en}
        for part in unit.en:
            if part.text in same and any(ch.isalpha() for ch in part.text):
                ko_part = next(p for p in unit.ko if p.text == part.text)
                yield Finding(
                    "untranslated-identical",
                    Severity.WARNING,
                    unit.field,
                    whole(ko_part),
                    whole(part),
                    tr("The English is the same as the Korean: not translated yet?"),
                )
                continue
            for m in _HANGUL_RUN.finditer(part.text):
                yield Finding(
                    "hangul-in-english",
                    Severity.WARNING,
                    unit.field,
                    counterpart(unit.ko),
                    span(part, m.start(), m.end()),
                    tr('Korean text left in the English: "{text}".', text=m.group()),
                )


def quotations(ctx: Context) -> Iterator[Finding]:
    """A paragraph quoting someone in one language should quote them in the other."""
    for unit in ctx.comparable:
        if unit.field != "body":
            continue
        counts = [sum(len(_DOUBLE_QUOTES.findall(p.text)) for p in side) // 2 for side in (unit.ko, unit.en)]
        if counts[0] != counts[1]:
            yield Finding(
                "quotes",
                Severity.WARNING,
                "body",
                whole(unit.ko[0]),
                whole(unit.en[0]),
                tr_n(
                    "The Korean has {ko} quotation here, the English {en}.",
                    "The Korean has {ko} quotations here, the English {en}.",
                    counts[0],
                    ko=counts[0],
                    en=counts[1],
                ),
            )


def length_ratio(ctx: Context) -> Iterator[Finding]:
    """A pair much longer or shorter than the release's own English/Korean ratio: something left out or added."""
    pairs = [u for u in ctx.units if u.field == "body" and len(u.ko) == 1 and len(u.en) == 1]
    if len(pairs) < _RATIO_MIN_PAIRS:
        return
    total_ko = sum(len(u.ko[0].text) for u in pairs)
    total_en = sum(len(u.en[0].text) for u in pairs)
    if not total_ko or not total_en:
        return
    ratio = total_en / total_ko
    for u in pairs:
        ko_len, en_len = len(u.ko[0].text), len(u.en[0].text)
        if ko_len < _RATIO_MIN_KO or not en_len:
            continue
        relative = (en_len / ko_len) / ratio
        if abs(math.log(relative)) > _RATIO_LIMIT:
            message = (
                tr(
                    "The English is {times:.1f} times as long as usual for this much Korean: something added?",
                    times=relative,
                )
                if relative > 1
                else tr(
                    "The English is {percent} of the usual length for this much Korean: something left out?",
                    percent=f"{relative:.0%}",
                )
            )
            yield Finding("length-ratio", Severity.WARNING, "body", whole(u.ko[0]), whole(u.en[0]), message)


def notes(ctx: Context) -> Iterator[Finding]:
    """A Korean paragraph's notes explained in English too (English may add notes, e.g. acronym expansions)."""
    for unit in ctx.units:
        if unit.field == "notes" and len(unit.ko) > len(unit.en):
            missing = unit.ko[len(unit.en)]
            there = whole(unit.en[-1]) if unit.en else None  # notes are counted per field: no note to point at
            yield Finding(
                "notes-missing",
                Severity.WARNING,
                "notes",
                whole(missing),
                there,
                tr_n(
                    "The Korean paragraph has {ko} note, the English {en}.",
                    "The Korean paragraph has {ko} notes, the English {en}.",
                    len(unit.ko),
                    ko=len(unit.ko),
                    en=len(unit.en),
                ),
            )


def person_names(ctx: Context) -> Iterator[Finding]:
    """A Korean person's name with a title ("임기근 조달청장") not romanised in the aligned English.

    A romanised name there with the same family name but another given name ("Lim Ki-geum") is
    reported as differing; the family name alone ("Mr. Lim") counts as naming the person.
    """
    from drafter.parity import names  # its tables load with the checker

    everywhere = tuple(p for u in ctx.units for p in u.en)
    for unit in ctx.comparable:
        english = everywhere if unit.field in ("title", "subtitle") else unit.en
        text = "\n".join(p.text for p in english)
        seen: set[str] = set()
        for part in unit.ko:
            for name, start, end in names.korean_names(part.text):
                if name in seen or names.find_person(name, text) is not None:
                    continue
                seen.add(name)
                spelled = " ".join(w.capitalize() for w in names.romanise(name).split())
                wrong = next(((p, at) for p in english if (at := names.misspelt(name, p.text))), None)
                if wrong is not None:
                    p, (s, e) = wrong
                    yield Finding(
                        "person-name-differs",
                        Severity.WARNING,
                        unit.field,
                        span(part, start, end),
                        span(p, s, e),
                        tr(
                            'The name {name} ("{spelled}") does not match "{english}" in the English.',
                            name=name,
                            spelled=spelled,
                            english=p.text[s:e],
                        ),
                    )
                elif not names.mentioned(name, text):
                    yield Finding(
                        "person-name-missing",
                        Severity.WARNING,
                        unit.field,
                        span(part, start, end),
                        counterpart(unit.en),
                        tr('The name {name} ("{spelled}") is not in the English.', name=name, spelled=spelled),
                    )
