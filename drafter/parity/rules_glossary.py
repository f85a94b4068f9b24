"""Glossary rules: terms rendered on the aligned side, acronyms spelled out, one rendering per term."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafter.l10n import tr
from drafter.parity.budget import MAX_NAMES
from drafter.parity.findings import Finding, Severity
from drafter.parity.glossary import Glossary, Term, titled, unspaced
from drafter.parity.units import Context, Part, counterpart, span

# Not "ON-line", "KF-21" or the "KONEP" of "KONEPS-based": the whole word, capitals (and digits) only; with a
# decimal, one word ("PM2.5", not "PM2").
ACRONYM = re.compile(r"(?<![A-Za-z0-9&.-])[A-Z][A-Z0-9&]*[A-Z][A-Z0-9]*(?:\.[0-9]+)?(?![A-Za-z0-9-]|\.[0-9])")
# Roman numerals: a section's number (II. Key Measures), a phase (Phase III), not an acronym.
_ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|VI{0,3}|I{1,3})")
# Acronyms every reader of an English release knows; spelling them out would be odd. With them the common
# names of pollutants and greenhouse gases, which are written as such (PM2.5, not "particulate matter 2.5").
_KNOWN = frozenset(
    "US USA UK EU UN CEO CFO ICT IT AI GDP COVID MOU OECD ASEAN APEC NATO WHO WTO IMF ODA R&D PC TV "
    "SME SMEs ESG CO2 UAE KRW USD EUR JPY CNY GBP AM PM OK ID IP KST UTC GMT "
    "PM2.5 PM10 SO2 NO2 CH4".split()
)


def _english_of(unit_parts: tuple[Part, ...]) -> str:
    return "\n".join(p.text for p in unit_parts)


def glossary_terms(ctx: Context, glossary: Glossary | None = None) -> Iterator[Finding]:
    """A Korean name or title with none of its English renderings on the aligned side.

    Titles and subtitles paraphrase: there, the rendering anywhere in the English version will do. So
    does a person's title (장관, 청장): Korean repeats it at every mention ("김 장관은"), English gives it
    once and then the name alone ("Kim said").
    """
    g = glossary or ctx.glossary
    if not g.terms:
        return
    texts = [part.text for u in ctx.units for part in u.en]
    whole = "\n".join(texts)
    in_whole: dict[str, bool] = {}  # per term: the whole English is read once for it, not at each mention
    names_in_whole: list[list[tuple[str, list[Term], int, int]]] = []  # its names, found when first needed

    def anywhere(term: Term) -> bool:
        key = f"{term.ko}={term.en}"  # a title as an agency renders it is another question than as any
        if key not in in_whole:
            if not names_in_whole:  # each paragraph's names, remembered per paragraph: after a keystroke
                names, at = [], 0  # only the edited one is read again (a name does not span two)
                for text in texts:
                    names += [(r, terms, start + at, end + at) for r, terms, start, end in g.find_en(text)]
                    at += len(text) + 1
                names_in_whole.append(names)
            in_whole[key] = g.rendered(term, whole, names_in_whole[0]) is not None
        return in_whole[key]

    organisation = g.term(ctx.release.ko.details.organisation)
    for unit in ctx.comparable:
        headline = unit.field in ("title", "subtitle")
        english = _english_of(unit.en)
        seen: set[str] = set()
        for part in unit.ko:
            found_here = g.find_ko(part.text)
            for term, start, end in found_here:
                if (
                    term.ko in seen
                    or len(seen) >= MAX_NAMES
                    or not term.is_name
                    or _foreign_body(part.text, start, term, g)
                ):
                    continue  # past MAX_NAMES distinct terms in a paragraph (no release has so many): no more
                seen.add(term.ko)
                if _is_title(term):  # the agency named before it, or the release's, may have its own English
                    before = [t for t, _s, e in reversed(found_here) if e <= start]
                    term = titled(term, [*before[:1], *([organisation] if organisation else [])])
                if headline:
                    found = anywhere(term)
                else:
                    found = g.rendered(term, english) is not None or (
                        (
                            _is_title(term)
                            or _shortened(term, english)
                            or _before_title(part.text, end, term, found_here)
                        )
                        and anywhere(term)
                    )
                if not found:
                    yield Finding(
                        "glossary",
                        Severity.WARNING,
                        unit.field,
                        span(part, start, end),
                        counterpart(unit.en),
                        tr(
                            '"{ko}" should be rendered as {en} in the English.',
                            ko=term.ko,
                            en=" / ".join(f'"{r}"' for r in term.en),
                        ),
                    )


def _is_title(term: Term) -> bool:
    return term.note.lower().startswith("title")


_ORGANISATIONS = ("ministry", "agency", "commission", "institution", "international")
_OF = re.compile(r"\s+of\s+", re.I)


def _shortened(term: Term, english: str) -> bool:
    """An organisation named in full once and then by its kind alone: "the ministry" for a later 고용노동부,
    "the corporation" for 기술보증기금 (its kind: the word before "of", or the last, of a rendering)."""
    if not term.note.lower().startswith(_ORGANISATIONS):
        return False
    heads = {_OF.split(r)[0].split()[-1].lower() for r in term.en if r != term.acronym and r.strip()}
    return any(re.search(rf"\bthe\s+{re.escape(head)}\b(?!\s+of\b)", english, re.I) for head in heads)


def _before_title(text: str, end: int, term: Term, found: list[tuple[Term, int, int]]) -> bool:
    """An organisation named before a person's title (김성환 환경부 장관): once the release has named it, the
    English gives the title alone ("Minister Kim Sung-hwan"), as it says "the ministry" for a later mention."""
    return term.note.lower().startswith(_ORGANISATIONS) and any(
        _is_title(t) and start >= end and not text[end:start].strip() for t, start, _e in found
    )


# Another country's ministry or office ("미국 법무부", "독일 총리") is named as that country names it.
_COUNTRY_BEFORE = re.compile(
    r"(?:미국|미|영국|영|독일|프랑스|일본|일|중국|중|러시아|캐나다|호주|인도|이탈리아|스페인|북한|대만|베트남|태국|유럽연합|EU)"
    r"(?:의)?\s+$"
)
_WORD_BEFORE = re.compile(r"(?<![가-힣])(?P<w>[가-힣]+)\s$")
# Words that may stand before a title without naming anyone: 신임 장관, 전 장관, 이날 장관은 …
_MODIFIERS = frozenset(
    "신임 전 현 전임 초대 역대 차기 각 해당 담당 관계 이날 또한 한편 당시 그 이 우리 주요 부 대리 직무대행".split()
)
# (이 and 가 end names too often to tell: 메이, 리가.)
_PARTICLE_END = ("은", "는", "을", "를", "의", "에", "도", "와", "과", "로", "에서", "에게", "부터")


def _foreign_body(text: str, start: int, term: Term, glossary: Glossary) -> bool:
    """A glossary name that belongs to another country (미국 법무부), or a title that goes with a person
    named before it other than by a Korean full name (트럼프 대통령, 메이 총리, 김 위원장): another
    country's titles are rendered its own way, and a later mention in English names the person alone."""
    if _COUNTRY_BEFORE.search(text, max(0, start - 8), start):
        return True
    name = _name_before(text, start, term, glossary)
    if name is None:
        return False
    from drafter.parity.names import korean_names

    return not korean_names(text[name : start + len(term.ko)])  # 김민지 장관 is checked


def _name_before(text: str, start: int, term: Term, glossary: Glossary) -> int | None:
    """Where the name of the person a title belongs to starts (트럼프 대통령, 김 위원장), if one stands before it."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start) if _is_title(term) else None
    if m is None:
        return None
    word = m["w"]
    if word in _MODIFIERS or word.endswith(_PARTICLE_END) or glossary.find_ko(word):
        return None  # not a name: 신임 장관, 이날 장관은, 행정안전부 장관
    return m.start("w")


def english_names(ctx: Context, glossary: Glossary | None = None) -> Iterator[Finding]:
    """The reverse of glossary_terms: an English name whose Korean term is not on the aligned side (info).

    Titles and subtitles paraphrase: there, the Korean term anywhere in the Korean version will do.
    """
    g = glossary or ctx.glossary
    whole = "\n".join(u.text("ko") for u in ctx.units if u.ko)
    for unit in ctx.comparable:
        korean = whole if unit.field in ("title", "subtitle") else unit.text("ko")
        flat = unspaced(korean)
        seen: set[str] = set()
        for part in unit.en:
            for rendering, terms, start, end in g.find_en(part.text):
                written = part.text[start:end]
                # A name of two words or more, capitalised as a name is: not "officials" or "head".
                proper = " " in rendering.strip() and any(w[:1].isupper() for w in written.split())
                # The Korean term inside a longer word (대법원장) or the acronym in Latin letters (EU) will do.
                if not proper or rendering in seen or any(_mentioned(t, flat) for t in terms):
                    continue
                seen.add(rendering)
                yield Finding(
                    "glossary-korean",
                    Severity.INFO,
                    unit.field,
                    counterpart(unit.ko),
                    span(part, start, end),
                    tr(
                        'The English names "{en}", but the Korean has no {ko} here.',
                        en=written,
                        ko=" / ".join(f'"{t}"' for t in dict.fromkeys(t.ko for t in terms)),
                    ),
                )


def _mentioned(term: Term, flat_korean: str) -> bool:
    """Whether Korean text (without spaces) mentions the term, even inside a longer word or by its acronym."""
    if unspaced(term.ko) in flat_korean:
        return True
    return (
        bool(term.acronym)
        and re.search(rf"(?<![A-Za-z]){re.escape(term.acronym)}(?![A-Za-z])", flat_korean) is not None
    )


def consistency(ctx: Context, glossary: Glossary | None = None) -> Iterator[Finding]:
    """The same Korean term rendered two different ways in one English version (an acronym aside)."""
    g = glossary or ctx.glossary
    first: dict[str, str] = {}  # term -> the rendering used first
    for unit in ctx.comparable:
        english = _english_of(unit.en)
        seen: set[str] = set()  # each term once per unit: its renderings are searched once, not per mention
        for part in unit.ko:
            for term, start, end in g.find_ko(part.text):
                names = tuple(r for r in term.en if r != term.acronym)
                if len(names) < 2 or term.ko in seen or len(seen) >= MAX_NAMES:
                    continue
                if _name_before(part.text, start, term, g) is not None:
                    continue  # once per unit; not titles of people named: "Minister" for one, "Secretary" for another
                seen.add(term.ko)
                used = [(r, m) for r in names if (m := g.rendered(Term(term.ko, (r,)), english))]
                # "Seoul" inside "Seoul Metropolitan Government" is the long form, not a second rendering.
                used = [(r, m) for r, m in used if not any(r != o and r.lower() in o.lower() for o, _m in used)]
                for rendering, _match in used:
                    earlier = first.setdefault(term.ko, rendering)
                    if earlier != rendering:
                        en_part = next(p for p in unit.en if rendering.lower() in p.text.lower())
                        at = en_part.text.lower().index(rendering.lower())
                        yield Finding(
                            "glossary-consistency",
                            Severity.WARNING,
                            unit.field,
                            span(part, start, end),
                            span(en_part, at, at + len(rendering)),
                            tr(
                                '"{ko}" is rendered as "{here}" here but as "{before}" before.',
                                ko=term.ko,
                                here=rendering,
                                before=earlier,
                            ),
                        )
                        break


def acronyms(ctx: Context, glossary: Glossary | None = None) -> Iterator[Finding]:
    """An English acronym used without being spelled out at first use or in a note."""
    g = glossary or ctx.glossary
    english = [u for u in ctx.units if u.en]
    whole = "\n".join(_english_of(u.en) for u in english)
    reported: set[str] = set()
    spelled = _spelled_out_forms(whole)
    for unit in english:
        for part in unit.en:
            for m in ACRONYM.finditer(part.text):
                acronym = m.group()
                if acronym in reported or acronym in _KNOWN or len(acronym) > 8 or _ROMAN_NUMERAL.fullmatch(acronym):
                    continue
                reported.add(acronym)
                term = g.by_acronym.get(acronym)
                if acronym in spelled or (term and term.expansion and _expanded(term, whole)):
                    continue
                message = (
                    tr(
                        '"{acronym}" is not spelled out in the English; at first use write "{name} '
                        '({acronym})" or explain it in a note.',
                        acronym=acronym,
                        name=term.expansion,
                    )
                    if term and term.expansion
                    else tr(
                        '"{acronym}" is not spelled out in the English; at first use write the full name '
                        "with the acronym in brackets, or explain it in a note.",
                        acronym=acronym,
                    )
                )
                yield Finding(
                    "acronym", Severity.INFO, unit.field, counterpart(unit.ko), span(part, m.start(), m.end()), message
                )


# "(PPS)" or "( PPS* )": what stands alone in brackets. "PPS (Public …" or "KONEPS* (Korea …": the word
# before an opening bracket whose first letter is a capital.
_IN_BRACKETS = re.compile(r"\(([^()]*)\)")
_BEFORE_BRACKET = re.compile(r"(?<![A-Za-z0-9&])[A-Za-z0-9&]+(?=\s*\*?\s*\(\s*[A-Z])")
_LONGEST = 8  # acronyms longer than this are not looked at


def _spelled_out_forms(text: str) -> set[str]:
    """Every acronym `text` spells out, "Public Procurement Service (PPS)" or "KONEPS (Korea ON-line …)", in one
    pass: asking about each acronym in turn would read a long release once per acronym."""
    found = set()
    for m in _IN_BRACKETS.finditer(text):
        inner = m[1].strip()
        found.add(inner)
        if inner.endswith("*"):
            found.add(inner[:-1].rstrip())
    for m in _BEFORE_BRACKET.finditer(text):
        word = m.group()  # an acronym ending this word and not following a letter in it: "3PPS" gives PPS
        start = len(word) - _LONGEST
        found.update(word[i:] for i in range(max(0, start), len(word)) if i == 0 or not _is_letter(word[i - 1]))
    return found


def _is_letter(ch: str) -> bool:
    return "A" <= ch <= "Z" or "a" <= ch <= "z"


def _expanded(term: Term, text: str) -> bool:
    """The acronym's full name in the glossary stands in `text`."""
    return Glossary.find_rendering(Term(term.ko, (term.expansion,)), text) is not None
