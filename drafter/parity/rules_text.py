"""Rules over the wording of aligned units: identifiers, untranslated text, quotations, length, notes."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from decimal import Decimal

from drafter.hangul import HANGUL
from drafter.l10n import tr, tr_n
from drafter.parity.budget import MAX_NAMES
from drafter.parity.facts_ko_qualifiers import QUANTITIES
from drafter.parity.findings import Finding, Severity
from drafter.parity.identifiers import Identifier, contains_name, find, names_of
from drafter.parity.quotes import SPEECH
from drafter.parity.quotes import quotations as quoted
from drafter.parity.units import Context, Part, Unit, counterpart, span, whole

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+(?:[\s·,]+[\uac00-\ud7a3\u3131-\u318e]+)*")
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
    all_en = names_of([p.text for u in units for p in u.en])
    all_keys = {lang: {i.key for u in units for _p, i in _found(u.side(lang), names=False)} for lang in ("ko", "en")}
    for unit in ctx.comparable:
        ko = _found(unit.ko, names=True)
        en = _found(unit.en, names=False)
        en_keys = {i.key for _p, i in en}
        ko_keys = {i.key for _p, i in ko}
        lone_en = [(p, i) for p, i in en if i.key not in ko_keys and i.key not in all_keys["ko"]]
        nearest: dict[str, tuple[Part, Identifier] | None] = {}  # per missing name: each is looked for once
        en_names: list[tuple[Part, Identifier]] | None = None  # found when first needed
        for part, ident in ko:
            if ident.kind == "name":
                if contains_name(all_en, ident.key):
                    continue
                if ident.key not in nearest:
                    en_names = _english_names(unit.en) if en_names is None else en_names
                    nearest[ident.key] = _near(ident.key, unit.ko, en_names)
                near = nearest[ident.key]
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


def _english_names(en: tuple[Part, ...]) -> list[tuple[Part, Identifier]]:
    """The distinct Latin names of the English side, each at its first place."""
    first: dict[str, tuple[Part, Identifier]] = {}
    for part, ident in _found(en, names=True):
        if ident.kind == "name":
            first.setdefault(ident.key.lower(), (part, ident))
    return list(first.values())


def _near(name: str, ko: tuple[Part, ...], names: list[tuple[Part, Identifier]]) -> tuple[Part, Identifier] | None:
    """The English name that `name` of the Korean was probably meant to be (a slip of a letter or two)."""
    korean = " ".join(p.text for p in ko)
    return next(
        ((p, i) for p, i in names if _similar(name.lower(), i.key.lower()) and not contains_name(korean, i.key)),
        None,
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
    """A statement quoted in one language should be quoted in the other.

    By role, not glyph (see `quotes`): a Korean statement is quoted with “…” (‘…’ marks words, titles
    and thoughts), an English one with either; what answers it is any quotation or title mark on the
    other side. How many quotations a passage is cut into, and whether a single word is put in
    quotation marks, is the translator's style.
    """
    for unit in ctx.comparable:
        if unit.field != "body":
            continue
        ko = [(p, q) for p in unit.ko for q in quoted(p.text)]
        en = [(p, q) for p in unit.en for q in quoted(p.text)]
        ko_said = [(p, q) for p, q in ko if q.statement and q.role == SPEECH]
        en_said = [(p, q) for p, q in en if q.statement]
        if ko_said and not en:
            (part, q), ko_loc, en_loc = ko_said[0], None, counterpart(unit.en)
            ko_loc = span(part, q.start, q.end)
        elif en_said and not ko:
            (part, q), ko_loc = en_said[0], counterpart(unit.ko)
            en_loc = span(part, q.start, q.end)
        else:
            continue
        yield Finding(
            "quotes",
            Severity.WARNING,
            "body",
            ko_loc,
            en_loc,
            tr_n(
                "The Korean has {ko} quotation here, the English {en}.",
                "The Korean has {ko} quotations here, the English {en}.",
                len(ko),
                ko=len(ko),
                en=len(en),
            ),
        )


# Korean writes a name's original beside it: 세라 페일린(Sarah Palin), 한국국제협력단(KOICA).
_LATIN_GLOSS = re.compile(r"\([A-Za-z][^()가-힣]*\)")


def _korean_length(text: str) -> int:
    """The Korean's length without the Latin names in brackets it repeats (they are not text to translate)."""
    return len(text) - sum(len(m) for m in _LATIN_GLOSS.findall(text)) if "(" in text else len(text)


def _document_ratio(ctx: Context) -> float | None:
    """The release's own English/Korean length ratio, over its 1–1 paragraph pairs (None: too few to tell)."""
    pairs = [u for u in ctx.units if u.field == "body" and len(u.ko) == 1 and len(u.en) == 1]
    total_ko = sum(_korean_length(u.ko[0].text) for u in pairs)
    total_en = sum(len(u.en[0].text) for u in pairs)
    return total_en / total_ko if len(pairs) >= _RATIO_MIN_PAIRS and total_ko and total_en else None


def length_ratio(ctx: Context) -> Iterator[Finding]:
    """A pair much longer or shorter than the release's own English/Korean ratio: something left out or added."""
    ratio = _document_ratio(ctx)
    if ratio is None:
        return
    for u in (u for u in ctx.units if u.field == "body" and len(u.ko) == 1 and len(u.en) == 1):
        ko_len, en_len = _korean_length(u.ko[0].text), len(u.en[0].text)
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


# A note that only converts a figure ("1억 달러 = 약 1,300억원", "환율 1달러 = 1,300원 기준"): an English version
# may leave it out, or convert in the text.
_CONVERSION_NOTE = re.compile(r"[^=≒≈≃]{0,24}[0-9][^=≒≈≃]{0,24}[=≒≈≃][^=≒≈≃]{0,24}[0-9][^=≒≈≃]{0,24}")


_USUAL_RATIO = 2.5  # English characters per Korean one in releases, where the release is too short to tell
_ONE_SENTENCE_SHORT = 0.5
_SENTENCE_MIN_HANGUL = 15  # syllables: a short piece ("그러나 그는 숨졌다") is as often joined to the next as left out


def dropped_sentences(ctx: Context) -> Iterator[Finding]:
    """A sentence of a Korean paragraph, or the half of what a quotation says, that the aligned English leaves
    out: the pieces of the pair are aligned (`align.align_sentences`), and a Korean one left alone is
    reported at its words when the English is short by about its length and either quotes fewer statements
    (the half of a quotation) or still has sentences of its own that the others answer (not one sentence
    that says what Korean splits in several, unless it states none of the sentence's figures), and does not
    state all the figures and names it does."""
    from drafter.parity.align import align_sentences, anchors
    from drafter.parity.sentences import piece_spans

    ratio = round(_document_ratio(ctx) or _USUAL_RATIO, 1)  # rounded: a keystroke elsewhere keeps what is known
    for unit in ctx.comparable:
        if unit.field != "body" or len(unit.ko) != 1 or len(unit.en) != 1:
            continue  # a merged or split pair has its own finding
        ko, en = unit.ko[0], unit.en[0]
        if len(piece_spans(ko.text, "ko")) < 2 and len(piece_spans(en.text, "en")) < 2:
            continue
        ko_spans, en_spans, pairs = align_sentences(ko.text, en.text, ratio)
        yield from _added_sentences(unit, ko_spans, en_spans, pairs, ratio)
        if len(ko_spans) < 2:
            continue
        short_by = ratio * _korean_length(ko.text) - len(en.text)  # characters the English lacks
        ko_said = [q.end - q.start for q in quoted(ko.text) if q.statement and q.role == SPEECH]
        en_said = [q.end - q.start for q in quoted(en.text)]
        quotes_short_by = ratio * sum(ko_said) - sum(en_said) if len(ko_said) > len(en_said) else 0
        for pair in pairs:
            if pair.en or len(pair.ko) != 1:
                continue
            start, end = ko_spans[pair.ko[0]]
            sentence = ko.text[start:end]
            named = anchors(sentence)
            # Half of what was said: the English quotes less, short of the Korean quotations by half of it.
            said = sum(q.end - q.start for q in quoted(sentence) if q.statement and q.role == SPEECH)
            half_quoted = said and quotes_short_by >= ratio * said / 2
            # One English sentence may say what Korean says in several: then only if it is half as long as
            # the Korean would have it, far shorter than translators write when they join sentences.
            # Nor can it when it states none of the sentence's figures, however written ("3점", "three points").
            figures = _values(sentence, "ko")
            alone = (
                len(en_spans) >= 2
                or len(en.text) <= _ONE_SENTENCE_SHORT * ratio * _korean_length(ko.text)
                or bool(figures and not figures & _values(en.text, "en"))
            )
            if (
                len(HANGUL.findall(sentence)) < _SENTENCE_MIN_HANGUL
                or short_by < ratio * _korean_length(sentence) / 2
                or (named and named <= anchors(en.text))
                or not (half_quoted or (not said and alone))
            ):
                continue
            yield Finding(
                "sentence-missing",
                Severity.WARNING,
                "body",
                span(ko, start, end),
                counterpart(unit.en),
                tr("This sentence of the Korean paragraph is not in the English."),
            )


def _added_sentences(unit: Unit, ko_spans, en_spans, pairs, ratio: float) -> Iterator[Finding]:  # type: ignore[no-untyped-def]
    """A sentence of an English paragraph that the Korean does not say: left alone by the alignment, the
    Korean shorter by about its length, not a quotation (one Korean quote is often said in two), and naming
    what the Korean does not name (dropped_sentences' rule, the other way round)."""
    from drafter.parity.align import anchors

    ko, en = unit.ko[0], unit.en[0]
    long_by = len(en.text) - ratio * _korean_length(ko.text)  # characters the Korean lacks
    for pair in pairs:
        if pair.ko or len(pair.en) != 1:
            continue
        start, end = en_spans[pair.en[0]]
        sentence = en.text[start:end]
        named = anchors(sentence) - anchors(ko.text)
        alone = len(ko_spans) >= 2 or ratio * _korean_length(ko.text) <= _ONE_SENTENCE_SHORT * len(en.text)
        if (
            len(sentence) < ratio * _SENTENCE_MIN_HANGUL
            or long_by < len(sentence) / 2
            or not any(a[0].isupper() and a.lower() not in _SENTENCE_WORDS for a in named)
            or quoted(sentence)
            or not alone
        ):
            continue
        yield Finding(
            "sentence-missing",
            Severity.WARNING,
            "body",
            counterpart(unit.ko),
            span(en, start, end),
            tr("This sentence of the English paragraph is not in the Korean."),
        )


# Capitalised words that start a sentence rather than name something: "The institute", "It will".
_SENTENCE_WORDS = frozenset("the a an it this these those they he she we in on at for from by as its their".split())


def _values(text: str, lang: str) -> frozenset[Decimal]:
    """The values of the figures a text states."""
    from drafter.parity.extract import facts_of

    return frozenset(f.value for f in facts_of(text, lang) if f.value is not None and f.kind in QUANTITIES)


def notes(ctx: Context) -> Iterator[Finding]:
    """A Korean paragraph's notes explained in English too (English may add notes, e.g. acronym expansions)."""
    for unit in ctx.units:
        korean = [p for p in unit.ko if not _CONVERSION_NOTE.fullmatch(p.text)] if unit.field == "notes" else []
        if len(korean) > len(unit.en):
            missing = korean[len(unit.en)]
            there = counterpart(unit.en[-1:])  # notes are counted per field: no note to point at
            yield Finding(
                "notes-missing",
                Severity.WARNING,
                "notes",
                whole(missing),
                there,
                tr_n(
                    "The Korean paragraph has {ko} note, the English {en}.",
                    "The Korean paragraph has {ko} notes, the English {en}.",
                    len(korean),
                    ko=len(korean),
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
                if name in seen or len(seen) >= MAX_NAMES or names.find_person(name, text) is not None:
                    continue  # past MAX_NAMES distinct names in one paragraph (no release has), no more are checked
                seen.add(name)
                spelled = names.suggested_romanisation(name)  # as the English contact is suggested
                # A misspelling is reported where it is written: a title's name misspelt in the body is the
                # body's finding, not the title's too.
                wrong = next(((p, at) for p in unit.en if (at := names.misspelt(name, p.text))), None)
                if wrong is not None:
                    p, (s, e) = wrong
                    written = p.text[s:e]
                    ko_at, en_at = span(part, start, end), span(p, s, e)
                    expected = spelled
                    if syllable := names.differing_syllable(name, written):  # 형 written "Kyung": those
                        k, a, b = syllable
                        ko_at = span(part, start + k, start + k + 1)
                        en_at = span(p, s + a, s + b)
                        right = names.romanise(name[k])  # what was written, with that syllable put right
                        expected = written[:a] + (right.capitalize() if written[a].isupper() else right) + written[b:]
                    yield Finding(
                        "person-name-differs",
                        Severity.WARNING,
                        unit.field,
                        ko_at,
                        en_at,
                        tr(
                            'The English writes the name {name} as "{english}": expected "{expected}", or '
                            'another romanisation of it such as "{spelled}".',
                            name=name,
                            english=written,
                            expected=expected,
                            spelled=spelled,
                        )
                        if expected != spelled
                        else tr(
                            'The English writes the name {name} as "{english}": expected "{expected}".',
                            name=name,
                            english=written,
                            expected=expected,
                        ),
                    )
                elif not names.mentioned(name, text):
                    family = {names.family_of(name)}  # "Minister Kang" for 권형석 장관: someone else, there
                    other = next(((p, at) for p in english if (at := names.other_family(family, p.text))), None)
                    if other is not None:
                        p, (s, e) = other
                        yield Finding(
                            "person-name-differs",
                            Severity.WARNING,
                            unit.field,
                            span(part, start, end),
                            span(p, s, e),
                            tr(
                                'The Korean names {name} here, the English "{english}".', name=name, english=p.text[s:e]
                            ),
                        )
                        continue
                    yield Finding(
                        "person-name-missing",
                        Severity.WARNING,
                        unit.field,
                        span(part, start, end),
                        counterpart(unit.en),
                        tr('The name {name} ("{spelled}") is not in the English.', name=name, spelled=spelled),
                    )
        named = {names.family_of(n) for part in unit.ko for n, _s, _e in names.korean_names(part.text)}
        yield from _family_mentions(unit, english, named)


def _family_mentions(unit: Unit, english: tuple[Part, ...], named: set[str]) -> Iterator[Finding]:
    """A later mention by family name (김 장관은) against a person the English names by another family name
    after a title ("Minister Park"): the English names someone else. Saying "he" or "the Minister" is fine."""
    from drafter.parity import names

    mentions = [(part, m) for part in unit.ko for m in names.family_mentions(part.text)]
    families = named | {family for _p, (family, _s, _e) in mentions}
    for part, (family, start, end) in mentions[:1]:
        for en_part in english:
            other = names.other_family(families, en_part.text)
            if other is None:
                continue
            yield Finding(
                "person-name-differs",
                Severity.WARNING,
                unit.field,
                span(part, start, end),
                span(en_part, *other),
                tr(
                    'The Korean names {name} here, the English "{english}".',
                    name=family,
                    english=en_part.text[other[0] : other[1]],
                ),
            )
            return
