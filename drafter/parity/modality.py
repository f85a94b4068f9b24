"""What a sentence says may, must or will not happen, attached to every figure in it: allowed or banned
(허용/금지, allowed/banned), mandatory or recommended (의무/권고, mandatory/recommended), done or not done
(한다/하지 않는다, will/will not); and what its figures are compared with (전년 동월 대비/전월보다/전분기
대비 ↔ year-on-year, "from a year earlier"/"from the previous month"/"from the previous quarter"): a year
back, whether the same month or the same period of it, a quarter, a month, a week or a day.

A sentence states one of a pair only when its words say that one and not the other, so that compare
finds a disagreement only where the two versions clearly disagree about a sentence whose figures are the
same. Negation is read narrowly: a Korean sentence negates with 지 않/지 못/지 말, an English one with "will
not", "does not", "cannot" …; a sentence affirms only if it has no negative word at all (동결, 유지,
"freeze", "keep" …), since a translation may say "will keep fees unchanged" for 인상하지 않는다. One pass of
a few regular expressions per sentence: linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from drafter.parity.facts import Fact, Said

# Where a sentence may end: scanned for fast (a character set), then checked in code.
_STOP = re.compile(r"[.!?\n]")
_EN_NEXT = re.compile(r"[\"”’]?(\s+)(?=[A-Z\"“])")
_KO_NEXT = re.compile(r"\s+")

# What follows a base: 대비, 보다, 에 비해 (a figure in brackets between: 전년(3만 1천 톤)보다).
_KO_COMPARED = r"(?=\s?(?:\([^()]{0,24}\)\s?)?(?:대비|보다|에\s?비해|에\s?비하여|와\s?비교|과\s?비교))"
# An English base after what compares with it: "from a year earlier", "than last month", "on the previous
# quarter" (not "on the previous day", a date); the same month or period of a year is still a year back.
_EN_COMPARED = r"(?:from|than|over|on|compared\s+(?:with|to)|against|versus|relative\s+to)\s+"
_EN_SAME = r"(?:(?:the\s+)?same\s+(?:month|period|quarter|week|time|day)\s+(?:of\s+|in\s+)?)?"


def _en_base(unit: str, same: str = "", on: bool = True) -> str:
    """ "year-on-year", "on-year", and "from a year earlier" / "than the previous year" / "from last year"
    ("yesterday" for a day; `on`: "on the previous month" also, not "on the previous day")."""
    compared = _EN_COMPARED if on else _EN_COMPARED.replace("|on|", "|")
    on_unit = rf"|on[\s-]+(?:the[\s-]+)?{unit}(?!-)" if on else ""
    last = r"yesterday" if unit == "day" else rf"last\s+{unit}"
    return (
        rf"{unit}[\s-]+on[\s-]+{unit}{on_unit}|{compared}{same}(?:an?\s+{unit}\s+(?:earlier|ago|before)"
        rf"|(?:the\s+)?(?:previous|prior|preceding)\s+{unit}|the\s+{unit}\s+before|{last})"
    )


# (aspect, value): the words that state it in each language.
_KO = {
    ("permission", "permit"): r"허용|허가(?=[하한했된됩될])|수\s?있(?=도록|게|다|습니다|으며|고|으나|지만)",
    ("permission", "forbid"): r"금지|불허|불가(?!피|결|능성)|수\s?없(?=도록|게|다|습니다|으며|고|으나|지만)|못하도록",
    ("obligation", "oblige"): r"의무(?!감|경찰)|해야\s?한|하여야|필수(?!품)|반드시",
    ("obligation", "recommend"): r"권고|권장|권유|자율적(?=으로|인)",
    # The sentence's own predicate negated, at its end: 인상하지 않는다, 시행하지 않기로 했다.
    ("polarity", "negate"): r"지\s?않(?:는다|기로\s?했다|을\s?(?:계획|예정|방침)이다)(?=[.\s\"”']*$)",
}
# The base, before what compares with it: 전년 같은 달보다, 전월 대비, 전년(3만 1천 톤)보다.
_KO_BASES = {
    ("base", "year"): r"(?:전년도?|작년|지난해|1년\s?전|한\s?해\s?전)"
    r"(?:\s?(?:동월|동기|동\s?기간|동분기|같은\s?(?:달|기간|분기|때)|이맘때))?" + _KO_COMPARED,
    ("base", "quarter"): r"(?:(?:직?전|지난)\s?분기" + _KO_COMPARED + r"|전기(?=\s?대비))",
    ("base", "month"): r"(?:전월|전달|지난달|한\s?달\s?전|1개월\s?전)" + _KO_COMPARED,
    ("base", "week"): r"(?:전주|지난주|한\s?주\s?전|1주일?\s?전)" + _KO_COMPARED,
    ("base", "day"): r"(?:전일|전날|하루\s?전)" + _KO_COMPARED,
}
_EN = {
    (
        "permission",
        "permit",
    ): r"(?<!not )(?<!n't )(?<!n’t )(?:allow(?:s|ed|ing)?|permit(?:s|ted)?|(?:will\s+)?be\s+able\s+to"
    r"|(?-i:may|can)(?!['’]t|\s+not\b))",
    ("permission", "forbid"): r"ban(?:s|ned)?|prohibit(?:s|ed|ion)?|forbid(?:s|den)?|barred|not\s+(?:be\s+)?(?:allowed"
    r"|permitted)|cannot|can['’]t|(?-i:may)\s+not",
    ("obligation", "oblige"): r"mandatory|obligatory|compulsory|must|require[ds]?|obliged|have\s+to|has\s+to",
    ("obligation", "recommend"): r"recommend(?:s|ed|ation)?|advise[sd]?|encourage[sd]?|urge[sd]?|voluntar(?:y|ily)",
    # What a release says will not be done: not what someone "did not think" in a quotation.
    ("polarity", "negate"): r"will\s+not|won['’]t|will\s+no\s+longer|(?:decided|plans?|agreed)\s+not\s+to",
}
_EN_BASES = {
    ("base", "year"): _en_base("year", same=_EN_SAME) + r"|y/y|yoy",
    ("base", "quarter"): _en_base("quarter") + r"|q/q",
    ("base", "month"): _en_base("month") + r"|m/m",
    ("base", "week"): _en_base("week", on=False),
    ("base", "day"): _en_base("day", on=False),
}
# A sentence affirms (for the polarity pair) where it has none of these: a negation said in other words.
_KO_NEGATIVE = tuple(
    """않 못 없 아니 아닌 아님 말고 말아 금지 중단 중지 불 폐지 유보 보류 동결 철회 거부 반대 취소 면제
    제외 유지 그대로 현행 동일 자제 연기 차단 제한 배제 생략 미루 멈추 막""".split()
)
_EN_NEGATIVE = frozenset(
    """not no never none nor without neither kept unchanged held instead rather unless free less fewer only""".split()
)
_EN_NEGATIVE_STEMS = tuple(
    """halt stop suspend freez froze ban refrain exempt scrap cancel drop abolish end skip avoid keep remain fail
    lack hold declin rul den reject postpon delay defer except prevent prohibit block bar limit restrict waiv
    maintain retain stay paus withdr cut reduc lower""".split()
)
# "may" and "can" permit only in a sentence without a word that denies (수 있다, not 수 없다).
_MAY = frozenset({"may", "can"})
_EN_DENIED = re.compile(r"\b(?:not|no|never|none|nor|neither|nobody|nothing|without)\b|n['’]t\b", re.I)
_EN_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")
# Words without which a sentence states none of the pairs: most sentences are passed over after a look.
_KO_TRIGGERS = (
    *"허용 허가 수있 금지 불허 불가 수없 못하도록 의무 해야 하여야 필수 반드시 권고 권장 권유 지않 지못 지말".split(),
    *("자율적", "수 있", "수 없", "지 않", "지 못", "지 말"),
)
# … and none of the bases (전년, 지난달, 1년 전; "earlier", "on-year", "last month").
_KO_BASE_TRIGGERS = (
    *"전년 작년 지난해 년전 분기 전기 전월 전달 지난달 전주 지난주 전일 전날".split(),
    *("년 전", "해 전", "달 전", "개월 전", "주 전", "주일 전", "하루 전"),
)
_EN_TRIGGERS = (
    "allow", "permit", "able to", "ban", "prohibit", "forbid", "barred", "not ", "cannot", "can't", "can’t",
    "mandatory", "obligatory", "compulsory", "must", "require", "obliged", "have to", "has to", "recommend",
    "advise", "encourage", "urge", "voluntary", "won't", "won’t", "no longer", "may ", "can ",
)  # fmt: skip
_EN_BASE_TRIGGERS = (
    "earlier", "ago", "previous", "prior", "preceding", "year before", "month before", "quarter before",
    "week before", "day before", "last year", "last month", "last quarter", "last week", "yesterday", "-on-", "on-year",
    "on year", "on the year", "on-month", "on month", "on the month", "on-quarter", "on quarter", "on the quarter",
    "y/y", "q/q", "m/m", "yoy",
)  # fmt: skip
# The affirmative an English sentence must state for "will not" to be disagreed with: "will", "plans to" …
_EN_AFFIRM = re.compile(r"\b(?:will|plans?\s+to|decided\s+to|agreed\s+to|is\s+to|are\s+to)\b", re.I)
# The sentence's last verb in the present or a plan (지원한다, 시행된다, 추진할 계획이다), not a past one or a
# verb of saying (밝혔다, 말했다), whose clause may be negative: read at the sentence's end.
_KO_PREDICATE_END = re.compile(r"(?:[한된는간연준낸선진른든인]다|(?:계획|예정|방침)이다)[.\s\"”']*$")
_KO_MAY_AFFIRM = re.compile(r"(?:[한된는간연준낸선진른든인]다|(?:계획|예정|방침)이다)(?:[.\s\"”']|$)")
_HANGUL_BEFORE = re.compile(r"[가-힣]*$")
_HANGUL_AFTER = re.compile(r"[가-힣]*")


def _combined(table: dict[tuple[str, str], str], flags: int = 0) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One pattern for all the words of a language (a group per aspect and value): one pass a sentence."""
    names = {f"w{i}": key for i, key in enumerate(table)}
    pattern = "|".join(f"(?P<{name}>{table[key]})" for name, key in names.items())
    return re.compile(pattern, flags), names


def _english(table: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    return {key: rf"\b(?:{words})\b" for key, words in table.items()}


# Per language, the words of the pairs and those of the bases, each with the words without which a paragraph
# has none of them (most paragraphs are passed over after one search).
_WORDS = {
    "ko": ((_combined(_KO), _KO_TRIGGERS), (_combined(_KO_BASES), _KO_BASE_TRIGGERS)),
    "en": (
        (_combined(_english(_EN), re.I), _EN_TRIGGERS),
        (_combined(_english(_EN_BASES), re.I), _EN_BASE_TRIGGERS),
    ),
}


def attach(text: str, facts: list[Fact], lang: str) -> list[Fact]:
    """The facts, each with what the sentence it stands in says may, must or will not happen."""
    if not facts:
        return facts
    triggered = _triggered(text, lang)
    if not triggered and not (_KO_MAY_AFFIRM if lang == "ko" else _EN_AFFIRM).search(text):
        return facts  # no sentence of it can state anything: most paragraphs
    out, i, start = [], 0, 0
    for end, next_start in [*sentence_ends(text, lang), (len(text), len(text))]:
        i0 = i
        while i < len(facts) and facts[i].start < end:
            i += 1
        found = _stated(text, start, end, lang, triggered) if i > i0 else {}  # only sentences with figures
        breaks = [m.start() for m in _CLAUSE_BREAK[lang].finditer(text, start, end)] if found else []
        for f in facts[i0:i]:
            said = [s for w in found.values() if (s := _for_figure(text, start, f, w, breaks, _OPENING.get(lang)))]
            said = said if f.start >= start else []
            out.append(replace(f, said=(*f.said, *said)) if said else f)
        start = next_start
    return out + list(facts[i:])


def obligations(text: str, lang: str, figures: list[int]) -> list[Said]:
    """The words that say a thing is mandatory or recommended in the sentences of a paragraph that have no
    figure (at the offsets `figures`): a sentence with figures states it of them (`attach`)."""
    words = _WORDS[lang][0]
    if not any(w in (text.lower() if lang == "en" else text) for w in words[1]):
        return []
    found, start = [], 0
    for end, next_start in [*sentence_ends(text, lang), (len(text), len(text))]:
        if not any(start <= f < end for f in figures):
            found += _stated(text, start, end, lang, [words[0]]).get("obligation", [])
        start = next_start
    return found


# Where a clause of a sentence ends: a comma or semicolon (…수 없으며, …; "…, and"); in Korean also 으나 / 지만.
_CLAUSE_BREAK = {"ko": re.compile(r"[,;](?=\s)|(?<=으나|지만)\s"), "en": re.compile(r"[,;](?=\s)")}
# A phrase before an English sentence's subject: "From January next year, …", "In 2027, …".
_OPENING = {
    "en": re.compile(
        r"\s*(?:From|In|By|On|Starting|Beginning|As\s+of|Until|Till|Through|After|Before|Since|During|For|Under)\b"
    )
}


def _for_figure(
    text: str, start: int, fact: Fact, words: list[Said], breaks: list[int], opening: re.Pattern[str] | None
) -> Said | None:
    """What a sentence (from `start`) states of one aspect, for one of its figures: the one value its words
    say, marked `local` where they stand in the figure's clause; where they say both values (권고 … 해야,
    "recommended … must"), the one said in the figure's clause, marked `resolved`. A figure in a phrase that
    opens the sentence (`opening`: "From January next year, it will be mandatory …") goes with the next clause."""
    at = bisect.bisect_right(breaks, fact.start)
    clause = (breaks[at - 1] if at else -1, breaks[at] if at < len(breaks) else 1 << 62)
    following = (clause[1], breaks[at + 1] if at + 1 < len(breaks) else 1 << 62)
    inside = [s for s in words if clause[0] < s.start < clause[1]]
    if not inside and at == 0 and opening is not None and opening.match(text, start):
        inside = [s for s in words if following[0] < s.start < following[1]]
    values = {s.value for s in words}
    if len(values) == 1:
        said = inside[0] if inside else words[0]
        return replace(said, local=bool(inside))
    if len({s.value for s in inside}) == 1:
        return replace(inside[0], local=True, resolved=True)
    return None


def sentence_ends(text: str, lang: str) -> list[tuple[int, int]]:
    """Where each sentence of a paragraph ends, and where the next one starts (the last one excepted): at a
    line break; in Korean after "다." or "!"/"?" and a space; in English after ".", "!" or "?" (and a
    closing quote) and a space before a capital or an opening quote."""
    bounds: list[tuple[int, int]] = []
    for m in _STOP.finditer(text):
        at = m.end()
        if bounds and m.start() < bounds[-1][1]:
            continue  # inside the space after the last end
        if m.group() == "\n":
            bounds.append((m.start(), at))
        elif lang == "ko":
            space = _KO_NEXT.match(text, at)
            if space is not None and (
                m.group() != "." or text[m.start() - 1 : m.start()] == "다" or "\n" in space.group()
            ):
                bounds.append((at, space.end()))
        else:
            space = _EN_NEXT.match(text, at)
            if space is not None:
                bounds.append((space.start(1), space.end()))
    return bounds


_Words = tuple[re.Pattern[str], dict[str, tuple[str, str]]]


def _triggered(text: str, lang: str) -> list[_Words]:
    """The words worth looking for in the paragraph's sentences: those of the pairs, of the bases, or none
    (most paragraphs)."""
    text = text.lower() if lang == "en" else text  # the English triggers are lower-case
    return [words for words, triggers in _WORDS[lang] if any(w in text for w in triggers)]


def _stated(text: str, start: int, end: int, lang: str, triggered: list[_Words]) -> dict[str, list[Said]]:
    """What one sentence states: for each aspect, the words that say one of its values, in order.
    `triggered`: the words the paragraph may state something with."""
    found: dict[str, list[Said]] = {}
    for words, names in triggered:
        for m in words.finditer(text, start, end):  # as if the text ended with the sentence
            assert m.lastgroup is not None
            aspect, value = names[m.lastgroup]
            at = _words_around(text, m.start(), m.end()) if value == "negate" and lang == "ko" else m.span()
            if m.group() in _MAY and _EN_DENIED.search(text, start, end):
                continue  # "no one can deny", "can do no wrong": a negation said elsewhere (부인할 수 없다)
            found.setdefault(aspect, []).append(Said(aspect, value, *at))
    if "polarity" not in found:
        affirm = _affirmed(text, start, end, lang)
        if affirm is not None:
            found["polarity"] = [affirm]
    return found


def _words_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The Korean words a negation is written across: 지 않 → 인상하지 않기로."""
    before = _HANGUL_BEFORE.search(text, max(0, start - 12), start)
    after = _HANGUL_AFTER.match(text, end)
    return (before.start() if before else start), (after.end() if after else end)


def _affirmed(text: str, start: int, end: int, lang: str) -> Said | None:
    """A sentence with no negative word at all, on the words that affirm it (its last verb, "will")."""
    if lang == "en":
        m = _EN_AFFIRM.search(text, start, end)
        if m is None:
            return None
        sentence = text[start:end].lower()
        words = _EN_WORD.findall(sentence)
        if "n't" in sentence or "n’t" in sentence or not _EN_NEGATIVE.isdisjoint(words):
            return None
        return None if any(w.startswith(_EN_NEGATIVE_STEMS) for w in words) else Said("polarity", "affirm", *m.span())
    m = _KO_PREDICATE_END.search(text, max(start, end - 12), end)
    if m is None or any(w in text[start:end] for w in _KO_NEGATIVE):
        return None
    word = _HANGUL_BEFORE.search(text, max(start, m.start() - 20), m.start())
    verb_end = _HANGUL_AFTER.match(text, m.start())
    return Said("polarity", "affirm", word.start() if word else m.start(), verb_end.end() if verb_end else m.end())
