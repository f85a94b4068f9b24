"""Who does what to whom: two organisations, countries or places whose roles in a sentence are exchanged
between the versions ("조달청이 국방부에 지원한다" against "The Ministry of National Defense supports PPS"),
the flow of trade with a country turned around ("중국 수출" against "imports from China"), and the figures
of a list of names given to other names of it ("중국(7억 3천만 달러), 일본(6억 8천만 달러)" against "Japan
(USD 730 million), China (USD 680 million)").

Names are the glossary's organisations (ministries, agencies, institutions, local governments) and a
table of countries. A Korean name's role is its particle (조달청이: the one who acts; 국방부에, 국방부를:
the one acted on; 국방부로부터: the source); an English one's, its place (the first name of a sentence,
or the one after "by", acts; one after a verb or "to"/"for" is acted on; one after "from" is the source).
A sentence is compared only when it names exactly two such names with one role each, and the other
version has one sentence naming the same two with the opposite roles: where either is unclear (와/과,
"with", "and", "between"), nothing is said. One pass per sentence: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from drafter.l10n import Message, tr
from drafter.parity.compare import equal
from drafter.parity.compare_qualifiers import differing
from drafter.parity.extract import facts_of
from drafter.parity.facts import Fact
from drafter.parity.facts_ko_qualifiers import QUANTITIES
from drafter.parity.findings import Finding, Severity
from drafter.parity.glossary import Glossary
from drafter.parity.modality import sentence_ends
from drafter.parity.rules_glossary import ACRONYM
from drafter.parity.units import Context, Part, Unit, span

_COUNTRIES = {
    "미국": "United States|U.S.|US|USA|America", "중국": "China", "일본": "Japan", "베트남": "Vietnam|Viet Nam",
    "인도": "India", "독일": "Germany", "프랑스": "France", "영국": "United Kingdom|UK|U.K.|Britain",
    "러시아": "Russia", "캐나다": "Canada", "호주": "Australia", "인도네시아": "Indonesia", "태국": "Thailand",
    "필리핀": "Philippines", "말레이시아": "Malaysia", "싱가포르": "Singapore", "사우디아라비아": "Saudi Arabia",
    "사우디": "Saudi Arabia", "아랍에미리트": "United Arab Emirates|UAE", "멕시코": "Mexico", "브라질": "Brazil",
    "튀르키예": "Türkiye|Turkey", "폴란드": "Poland", "이탈리아": "Italy", "스페인": "Spain",
    "네덜란드": "Netherlands", "대만": "Taiwan", "몽골": "Mongolia", "우즈베키스탄": "Uzbekistan",
    "카자흐스탄": "Kazakhstan", "이집트": "Egypt", "칠레": "Chile", "페루": "Peru", "뉴질랜드": "New Zealand",
    "캄보디아": "Cambodia", "미얀마": "Myanmar", "라오스": "Laos", "몽골국": "Mongolia", "우크라이나": "Ukraine",
    "이스라엘": "Israel", "르완다": "Rwanda", "케냐": "Kenya", "에티오피아": "Ethiopia", "북한": "North Korea",
    "유럽연합": "European Union|EU", "네팔": "Nepal", "방글라데시": "Bangladesh", "스리랑카": "Sri Lanka",
    "파키스탄": "Pakistan", "키르기스스탄": "Kyrgyzstan", "동티모르": "Timor-Leste|East Timor",
}  # fmt: skip
# The provinces and metropolitan cities by the short names a sentence ranking them uses (제주가 14㎍/㎥로 가장
# 낮았고): English writes them in one word or two ("Jeju", "North Chungcheong"), which the glossary's names of
# two words or more do not all cover. A Korean one must end its word (대전환, 경기장 are none).
_REGIONS = {
    "서울": "Seoul", "부산": "Busan", "대구": "Daegu", "인천": "Incheon", "광주": "Gwangju", "대전": "Daejeon",
    "울산": "Ulsan", "세종": "Sejong", "경기": "Gyeonggi", "강원": "Gangwon", "충북": "North Chungcheong",
    "충남": "South Chungcheong", "전북": "North Jeolla|Jeonbuk", "전남": "South Jeolla", "경북": "North Gyeongsang",
    "경남": "South Gyeongsang", "제주": "Jeju",
}  # fmt: skip
_KO_REGION = re.compile(
    rf"(?<![가-힣])(?:{'|'.join(_REGIONS)})(?=(?:도|시)?(?:이|가|은|는|도|의|에서|에|와|과|로|으로)?(?![가-힣]))"
)
_EN_REGION_NAMES = {en: names.split("|")[0] for names in _REGIONS.values() for en in names.split("|")}
_EN_REGION = re.compile(rf"\b(?:{'|'.join(sorted(_EN_REGION_NAMES, key=len, reverse=True))})\b")
_ENTITY_NOTES = ("institution", "ministry", "agency", "local government", "commission", "international")
_HANGUL = "가-힣"
# 중국, and 대중국 / 대미 (toward China, the US) as in 대중국 수출, standing alone (the particle decides the
# rest); a plain alternation, checked in code for what stands before it, scans a paragraph fast.
_KO_COUNTRY = re.compile(
    rf"{'|'.join(sorted(_COUNTRIES, key=len, reverse=True))}|대(?P<short>미|일)(?![{_HANGUL}]{{2}})"
)
_SHORT = {"미": "미국", "일": "일본"}
# What both versions' mentions of a country share: its first English name.
_KEY = {ko: names.split("|")[0] for ko, names in _COUNTRIES.items()}
_EN_NAMES = {en: names.split("|")[0] for names in _COUNTRIES.values() for en in names.split("|")}
_COUNTRY_KEYS = frozenset(_KEY.values())
_EN_COUNTRY = re.compile("|".join(re.escape(n) for n in sorted(_EN_NAMES, key=len, reverse=True)))
# Korean particles by the role they give: the one who acts, the one acted on, the source.
_KO_ROLE = re.compile(
    r"(?P<source>으로부터|로부터|에게서)(?![가-힣])|(?P<goal>에게는|에게|에는|에|을|를|한테)(?![가-힣])"
    r"|(?P<agent>께서|이|가|은|는)(?![가-힣])"
)
_EN_BEFORE = re.compile(r"(?:\b(?P<w>[A-Za-z]+)\s+)?(?:(?:the|its|their|Korea['’]s)\s+)?$")
# The head of a sentence before its subject: a label in brackets ("(Regions) The ministry …"), "Meanwhile, the".
_EN_AGENT_START = re.compile(r"^[\s\"“]*(?:\([^()]{1,30}\)\s*)?\(?(?:(?:[A-Z][a-z]+,\s+)?(?:the|The)\s+)?$")
_EN_GOAL_WORDS = frozenset({"to", "for", "into", "toward", "towards"})
_EN_NO_ROLE = frozenset(
    """with and or between among than like including of in at on from by as about against versus vs nor but
    both""".split()
)
# The flow of trade with a country: 중국 수출, 대중 수출, 중국으로의 수출 / 중국산 수입, 중국에서 수입.
_KO_TRADE = re.compile(r"(?P<both>수출입)|(?P<export>수출)|(?P<import>수입)")  # 수출입은행: both ways
_EN_TRADE = re.compile(
    r"\b(?P<both>export-import)\b|\b(?P<export>export(?:s|ed|ing|er|ers)?|shipments?\s+to)\b"
    r"|\b(?P<import>import(?:s|ed|ing|er|ers)?)\b",
    re.I,
)


@dataclass(frozen=True)
class _Named:
    key: str  # what both versions' mentions of it share: the official English name
    role: str  # "agent", "goal", "source", or "" (unclear)
    start: int
    end: int


def roles(ctx: Context) -> Iterator[Finding]:
    """Two names whose roles are exchanged in the aligned sentence, and trade flows turned around."""
    for unit in ctx.comparable:
        if unit.field in ("contact", "details"):
            continue
        # Most paragraphs name fewer than two organisations or countries: they are read no further.
        named = [(p, _korean(ctx.glossary, p.text)) for p in unit.ko]
        ranked = [(p, _with_regions(names, p.text, "ko")) for p, names in named]
        if not any(len(names) >= 2 or (names and _KO_TRADE.search(p.text)) for p, names in ranked):
            continue
        en_named = [(p, _english(ctx.glossary, p.text)) for p in unit.en]
        ko = [(p, s, e, _within(names, s, e)) for p, names in named for s, e in _sentences(p.text, "ko")]
        en = [(p, s, e, _within(names, s, e)) for p, names in en_named for s, e in _sentences(p.text, "en")]
        yield from _swapped(unit, ko, en)
        yield from _trade_flows(unit, ko, en)
        en_ranked = [(p, _with_regions(names, p.text, "en")) for p, names in en_named]
        yield from _figures_swapped(unit, [(p, n) for p, n in ranked if len(n) >= 2], en_ranked)


def _hangul_at(text: str, at: int) -> bool:
    return at >= 0 and "가" <= text[at] <= "힣"


def _word_char(text: str, at: int, also: str) -> bool:
    """Whether a letter, digit or one of `also` stands at `at` (a name must stand alone: not "Chinatown")."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_" or text[at] in also)


def _within(names: list[_Named], start: int, end: int) -> list[_Named]:
    return [n for n in names if start <= n.start and n.end <= end]


def _sentences(text: str, lang: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for end, next_start in sentence_ends(text, lang):
        bounds.append((start, end))
        start = next_start
    return [*bounds, (start, len(text))]


def _korean(glossary: Glossary, text: str) -> list[_Named]:
    """The organisations and countries a Korean paragraph names, each with the role its particle gives."""
    names = [(term.en[0], s, e) for term, s, e in glossary.find_ko(text) if term.note.lower().startswith(_ENTITY_NOTES)]
    names += [
        (_KEY[_SHORT.get(m["short"], m.group())], m.start(), m.end())
        for m in _KO_COUNTRY.finditer(text)
        if not _hangul_at(text, m.start() - 1)
        or (m["short"] is None and text[m.start() - 1] == "대" and not _hangul_at(text, m.start() - 2))
    ]
    named = []
    for key, s, e in sorted(names, key=lambda n: n[1]):
        m = _KO_ROLE.match(text, e)
        named.append(_Named(key, m.lastgroup if m and m.lastgroup else "", s, e))
    return named


def _with_regions(names: list[_Named], text: str, lang: str) -> list[_Named]:
    """`names` and the regions `text` names outside them (충북 the glossary knows, Busan of "Busan Metropolitan
    City"), without a role: for the figures each owns only, so that "outside the Seoul metropolitan area"
    does not make a third name in a sentence whose two names exchange roles."""
    if lang == "ko":
        found = [(_REGIONS[m.group()].split("|")[0], m.start(), m.end()) for m in _KO_REGION.finditer(text)]
    else:
        found = [(_EN_REGION_NAMES[m.group()], m.start(), m.end()) for m in _EN_REGION.finditer(text)]
    regions = [_Named(k, "", s, e) for k, s, e in found if not any(n.start <= s < n.end for n in names)]
    return sorted([*names, *regions], key=lambda n: n.start) if regions else names


def _english(glossary: Glossary, text: str) -> list[_Named]:
    """The organisations and countries an English paragraph names, each with the role its place gives in
    its sentence."""
    names = [
        (terms[0].en[0], s, e)
        for _r, terms, s, e in glossary.find_en(text)
        if terms[0].note.lower().startswith(_ENTITY_NOTES)
    ]
    for m in ACRONYM.finditer(text):
        term = glossary.by_acronym.get(m.group())
        if term is not None and term.note.lower().startswith(_ENTITY_NOTES):
            names.append((term.en[0], m.start(), m.end()))
    names += [
        (_EN_NAMES[m.group()], m.start(), m.end())
        for m in _EN_COUNTRY.finditer(text)
        if not _word_char(text, m.start() - 1, ".") and not _word_char(text, m.end(), "")
    ]
    names.sort(key=lambda n: n[1])
    if len(names) < 2:  # no roles to compare, but a country a trade flow may name
        return [_Named(key, "", s, e) for key, s, e in names]
    named = []
    for start, end in _sentences(text, "en"):
        named += _english_roles(text, start, [n for n in names if start <= n[1] and n[2] <= end])
    return named


def _english_roles(text: str, start: int, names: list[tuple[str, int, int]]) -> list[_Named]:
    """The roles of the names of one sentence, starting at `start`."""
    before = [_word_before(text, start, s) for _k, s, _e in names]
    passive = "by" in before  # "PPS is supported by the ministry": the subject is acted on
    named = []
    for i, ((key, s, e), word) in enumerate(zip(names, before, strict=True)):
        if word == "by":
            role = "agent"
        elif word == "from":
            role = "source"
        elif word in _EN_GOAL_WORDS:
            role = "goal"
        elif word in _EN_NO_ROLE:
            role = ""
        elif i == 0 and _EN_AGENT_START.fullmatch(text, start, s):
            role = "goal" if passive else "agent"  # the sentence's subject
        else:
            role = "goal" if i > 0 and word else ""  # after a verb: "supports PPS"
        named.append(_Named(key, role, s, e))
    return named


def _word_before(text: str, start: int, at: int) -> str:
    """The word before a name, past an article or possessive: "to" in "to the Ministry"."""
    m = _EN_BEFORE.search(text, max(start, at - 30), at)
    return (m.group("w") or "").lower() if m else ""


def _roles(names: list[_Named]) -> dict[str, str] | None:
    """The two names and their roles, when the sentence names exactly two with one clear role each."""
    keys = {n.key for n in names}
    if len(keys) != 2 or len(names) != 2 or not all(n.role for n in names):
        return None
    roles_ = {n.key: n.role for n in names}
    return roles_ if set(roles_.values()) in ({"agent", "goal"}, {"agent", "source"}) else None


def _swapped(unit: Unit, ko: list, en: list) -> Iterator[Finding]:  # type: ignore[type-arg]
    english = [(p, names, _roles(names)) for p, _s, _e, names in en]
    for part, _s, _e, names in ko:
        mine = _roles(names)
        if mine is None:
            continue
        same = [(p, n, r) for p, n, r in english if r is not None and set(r) == set(mine)]
        if len(same) == 1 and same[0][2] != mine and set(same[0][2].values()) == set(mine.values()):
            en_part, en_names, _r = same[0]
            yield Finding(
                "roles-swapped",
                Severity.ERROR,
                unit.field,
                _across(part, names),
                _across(en_part, en_names),
                tr("Roles exchanged: {ko} ≠ {en}", ko=_who(names, part.text), en=_who(en_names, en_part.text)),
            )


def _across(part: Part, names: list[_Named]):  # type: ignore[no-untyped-def]
    return span(part, min(n.start for n in names), max(n.end for n in names))


def _who(names: list[_Named], text: str) -> str:
    """ "조달청 → 국방부": the one who acts, then the one acted on (or the source, then the one who acts)."""
    by_role = {n.role: text[n.start : n.end] for n in names}
    if "source" in by_role:
        return f"{by_role['source']} → {by_role['agent']}"
    return f"{by_role['agent']} → {by_role['goal']}"


def _trade(text: str, start: int, end: int, lang: str) -> list[tuple[str, int, int]]:
    """The direction of trade a sentence states, once: ("export" or "import", span), or nothing."""
    found = {
        m.lastgroup: (m.start(), m.end()) for m in (_KO_TRADE if lang == "ko" else _EN_TRADE).finditer(text, start, end)
    }
    return [(flow, *at) for flow, at in found.items() if flow] if len(found) == 1 and "both" not in found else []


def _trade_flows(unit: Unit, ko: list, en: list) -> Iterator[Finding]:  # type: ignore[type-arg]
    """A sentence trading with one country whose direction of trade the other version turns around."""
    for part, s, e, names in ko:
        countries = {n.key for n in names if n.key in _COUNTRY_KEYS}
        flow = _trade(part.text, s, e, "ko")
        if len(countries) != 1 or not flow:
            continue
        matches = []
        for en_part, es, ee, en_names in en:
            en_flow = _trade(en_part.text, es, ee, "en")
            if {n.key for n in en_names if n.key in _COUNTRY_KEYS} == countries and en_flow:
                matches.append((en_part, en_flow[0]))
        if len(matches) == 1 and matches[0][1][0] != flow[0][0]:
            en_part, (en_dir, en_start, en_end) = matches[0]
            kind, k_start, k_end = flow[0]
            yield Finding(
                "trade-flow-differs",
                Severity.ERROR,
                unit.field,
                span(part, k_start, k_end),
                span(en_part, en_start, en_end),
                differing(
                    tr("Direction of trade"),
                    part.text[k_start:k_end],
                    _flow(kind),
                    en_part.text[en_start:en_end],
                    _flow(en_dir),
                ),
            )


def _flow(direction: str) -> Message:
    return tr("exports") if direction == "export" else tr("imports")


# A figure a name owns: 중국(7억 3천만 달러), 미국발(260kg), 일본 6억 8천만 달러 / China (USD 730 million),
# Japan: 12%, "China at USD 730 million"; or, in English, written before it: "USD 730 million to China".
_KO_OWNS = re.compile(r"(?:발|산|행|향)?\s?(?:\(\s?|[:：]\s?)?")
# … or as what it came to, after its particle: 중국산이 9건으로, 네팔이 4만 8천 명으로 (가장 많았다).
_KO_OWNS_AS = re.compile(r"(?:발|산)?(?:이|가|은|는)\s?")
_KO_CAME_TO = re.compile(r"\s?(?:으로|로)(?![가-힣])")
# … or after the rank it holds: "Jeju had the lowest concentration at 14 ㎍/㎥", "North Chungcheong the highest at 27".
_EN_OWNS = re.compile(
    r"\s?\(\s?|:\s+|\s+(?:at|with)\s+|(?:\s+(?:had|recorded|posted|showed|saw|was|were))?\s+the\s+"
    r"(?:lowest|highest|largest|smallest|most|fewest|least|biggest)(?:\s+[a-z]+){0,2}?,?\s+(?:at|with)\s+"
)
_EN_OWNED_BEFORE = re.compile(r"\s+(?:to|from|for|in)\s+(?:the\s+)?$")
# … or at the end of its clause after "with": "Nepal accounted for the most, with 48,000".
_EN_OWNS_WITH = re.compile(r"(?:\s+[A-Za-z'’-]+){1,8}?,\s+with\s+")


@dataclass(frozen=True)
class _Owned:
    key: str
    fact: Fact
    start: int  # the name and its figure
    end: int
    name: str


def _owned(text: str, names: list[_Named], lang: str) -> list[_Owned]:
    """The figures of a paragraph that belong to a name written right beside them."""
    facts = [f for f in facts_of(text, lang) if f.kind in QUANTITIES]
    by_start, by_end = {f.start: f for f in facts}, {f.end: f for f in facts}
    owned = []
    for n in names:
        m = (_KO_OWNS if lang == "ko" else _EN_OWNS).match(text, n.end)
        fact = by_start.get(m.end()) if m is not None else None
        if fact is None and lang == "ko" and (m := _KO_OWNS_AS.match(text, n.end)) is not None:
            fact = by_start.get(m.end())
            fact = fact if fact is not None and _KO_CAME_TO.match(text, fact.end) else None
        if fact is None and lang == "en" and (m := _EN_OWNS_WITH.match(text, n.end)) is not None:
            fact = by_start.get(m.end())
        if fact is None and lang == "en":  # "USD 730 million to China"
            before = _EN_OWNED_BEFORE.search(text, max(0, n.start - 12), n.start)
            fact = by_end.get(before.start()) if before is not None else None
        if fact is not None:
            end = max(n.end, fact.end)
            end += "(" in text[n.end : fact.start] and text[end : end + 1] == ")"  # the bracket closed: 중국(…)
            owned.append(_Owned(n.key, fact, min(n.start, fact.start), end, text[n.start : n.end]))
    return owned


def _figures_swapped(
    unit: Unit, named: list[tuple[Part, list[_Named]]], en_named: list[tuple[Part, list[_Named]]]
) -> Iterator[Finding]:
    """Figures of a list of names (countries, organisations) that the other version gives to another name of
    the same list: "중국(7억 3천만 달러), 일본(6억 8천만 달러)" against "Japan (USD 730 million), China (USD 680
    million)". Each figure is first paired with the one the same name owns."""
    ko = [(p, o) for p, names in named for o in _owned(p.text, names, "ko")]
    if len(ko) < 2:
        return
    en = [(p, o) for p, names in en_named for o in _owned(p.text, names, "en")]
    # The names both versions name (not only those a figure is owned by in both: "Products from Vietnam …,
    # with nine, followed by five from China" gives China the five of 베트남산 5건).
    keys = {n.key for _p, names in named for n in names} & {n.key for _p, names in en_named for n in names}
    ko = [(p, o) for p, o in ko if o.key in keys]
    en = [(p, o) for p, o in en if o.key in keys]
    used: set[int] = set()

    def partner(k: _Owned, same_name: bool) -> int | None:
        for j, (_p, e) in enumerate(en):
            if j not in used and (e.key == k.key) == same_name and equal(k.fact, e.fact):
                used.add(j)
                return j
        return None

    rest = [(part, k) for part, k in ko if partner(k, same_name=True) is None]
    for part, k in rest:
        j = partner(k, same_name=False)
        if j is None:
            continue
        en_part, e = en[j]
        yield Finding(
            "figures-swapped",
            Severity.ERROR,
            unit.field,
            span(part, k.start, k.end),
            span(en_part, e.start, e.end),
            tr(
                "Figures exchanged between names: {ko} ≠ {en}",
                ko=f"{k.name} {k.fact.text}",
                en=f"{e.name} {e.fact.text}",
            ),
        )
