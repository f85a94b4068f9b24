"""Plain Korean (공공언어, 국어기본법 제14조): the check every release is read for before it goes out.

The Korean version only: foreign, Japanese-style and hard words with a plainer Korean (로드맵 → 단계별
이행안), Latin abbreviations without Korean at their first use (R&D → 연구 개발(R&D)), the particle after
a bracket agreeing with the abbreviation rather than the word before it (연구 개발(R&D)를 → 을),
Japanese- and translation-style expressions (~에 있어서, ~을 필요로 하다, 되어지다), and sentences too long
to follow. Information and warnings only, never errors; off for a release (its review data) or for every
release (the window's setting, `check --no-plain-korean`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drafter.hangul import agreeing
from drafter.l10n import Message, tr
from drafter.model import Term
from drafter.parity.findings import Finding, Severity
from drafter.parity.glossary import unspaced
from drafter.parity.plain_words import Hit, PlainList, plain_list
from drafter.parity.units import Context, Part, note_parts, span
from drafter.search import replacement
from drafter.sentences import sentence_spans

SENTENCE_LIMIT = 30  # 어절 (words between spaces): twice a news sentence's average (NTREX: 15.4)
_ABBREVIATION = re.compile(r"(?<![A-Za-z0-9&.\-])[A-Za-z0-9&]*[A-Z][A-Za-z0-9&]*(?![A-Za-z0-9&\-])")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9&]{1,7}")  # an acronym the English may spell out: KRG, KOICA
_HANGUL = re.compile(r"[가-힣]")
# The particles whose form follows the word before them, after a closing bracket (연구 개발(R&D)을).
# Not 이다/다, 이나/나 and the like: after a vowel, the long form is right too (사과이다).
_PAIRED = ("은 는 이 가 을 를 과 와 으로 로 과의 와의 과는 와는 으로서 로서 으로써 로써 으로부터 로부터 으로는 로는 "
           "으로의 로의").split()  # fmt: skip
_BRACKET_PARTICLE = re.compile(
    r"(?P<word>[^\s()\[\]]+)\((?P<inner>[^()]*)\)(?P<particle>"
    + "|".join(sorted(_PAIRED, key=len, reverse=True))
    + r")(?![가-힣A-Za-z0-9])"
)
_HEADLINES = ("title", "subtitle")
_TITLE_CASE = re.compile(r"[A-Z][\w’'&-]*(?:(?:\s+|:\s*|\s+(?:of|and|the|for|&)\s+)[A-Z][\w’'&-]*)+")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_NAMED = re.compile(r"(?P<korean>(?:[가-힣]+ ){0,3}[가-힣]+) ?\((?P<latin>(?:[A-Z][\w’'.&-]*,? ?){1,4})")
_WORD_END = re.compile(r"[\s.,;:!?\"'”’)\]]|$")
_WORD_BEFORE = re.compile(r"(?:[가-힣]|[A-Z0-9&]+|[0-9]+)$")  # a word ending in Hangul, an acronym, a number


def korean_parts(ctx: Context) -> list[tuple[str, Part]]:
    """The Korean version's text in reading order, by field: title, subtitle lines, each body paragraph
    followed by its notes, footnotes (the contact and details are names and numbers)."""
    ko = ctx.release.ko
    parts: list[tuple[str, Part]] = [("title", Part(0, ko.title))] if ko.title else []
    parts += [("subtitle", Part(i, line)) for i, line in enumerate(ko.subtitle) if line]
    for i, (paragraph, notes) in enumerate(zip(ko.body, note_parts(ko), strict=True)):
        parts.append(("body", Part(i, paragraph.text)))
        parts += [("notes", note) for note in notes]
    parts += [("footnotes", Part(i, n.text)) for i, n in enumerate(ko.footnotes) if n.text]
    return parts


def plain_korean(ctx: Context) -> Iterator[Finding]:
    """The rule: every plain-Korean finding of the Korean version, unless the check is off."""
    if ctx.plain_words is None or not ctx.release.review.plain_korean:
        return
    plain = plain_list(ctx.plain_words)
    parts = korean_parts(ctx)
    names = frozenset(name for _field, part in parts for name in _names(part.text))
    english = {(u.field, p.index): u.text("en") for u in ctx.units for p in u.ko}
    for field, part in parts:
        # An English headline capitalises every word: only the running text tells names.
        named = _named_in_english(english.get((field, part.index), "")) if field not in _HEADLINES else frozenset()
        yield from _part_findings(plain, names | named, field, part.index, part.text)
    yield from _abbreviations(ctx, plain, parts)


@lru_cache(maxsize=8192)
def _names(text: str) -> tuple[str, ...]:
    """Names the text gives with their Latin spelling after them, as many Korean words as the Latin has:
    모멘텀(Momentum) is a group and 글로벌 시티즌(Global Citizen) an organisation, not momentum or 세계,
    wherever the release mentions them."""
    found = []
    for m in _NAMED.finditer(text):
        words = m["korean"].split()[-len(m["latin"].split()) :]
        found.append("".join(words))
    return tuple(found)


@lru_cache(maxsize=8192)
def _named_in_english(english: str) -> frozenset[str]:
    """The words of the names the English counterpart writes, capitalised two or more together ("British
    Open", "Academy Awards", "Open Data Institute"), lower case and in the singular too: a foreign word
    whose origin the English gives as a name is a name in the Korean as well (브리티시 오픈 is no 개장)."""
    found = set()
    for m in _TITLE_CASE.finditer(english):
        for word in _LATIN_WORD.findall(m.group()):
            word = word.lower()
            found.update((word, word.removesuffix("s")))
    return frozenset(f"en:{w}" for w in found)


def _in_a_name(text: str, hit: Hit, names: frozenset[str]) -> bool:
    if hit.word is not None and any(
        all(f"en:{w}" in names for w in _LATIN_WORD.findall(origin)) for origin in hit.word.origin
    ):
        return True
    word = unspaced(text[hit.start : hit.end])
    for name in names:
        if word in name:
            for m in re.finditer(r"\s*".join(map(re.escape, name)), text):
                if m.start() <= hit.start and hit.end <= m.end():
                    return True
    return False


@lru_cache(maxsize=8192)
def _part_findings(plain: PlainList, names: frozenset[str], field: str, index: int, text: str) -> tuple[Finding, ...]:
    """A paragraph's findings, but for the abbreviations (which depend on the text before): remembered, so
    that a check after a keystroke reads only the edited paragraph again."""
    part, sentences = Part(index, text), sentence_spans(text, "ko")
    hits = [hit for hit in plain.hits(text) if hit.word is None or not _in_a_name(text, hit, names)]
    return (
        *(_word_finding(field, part, hit, sentences) for hit in hits),
        *_bracket_particles(field, part, sentences),
        *_long_sentences(field, part, sentences),
    )


def _quoted(words: tuple[str, ...] | list[str]) -> str:
    return " / ".join(f'"{w}"' for w in words)


_NOUNS = ("plain-word", "plain-abbreviation")  # what they replace is a noun, which a particle may follow


def put(rule: str, text: str, start: int, end: int, new: str) -> tuple[int, int, str]:
    """Where to put what, to replace a finding's words `text[start:end]` by `new`: a word (a noun) takes the
    particle after it in the form that agrees with `new`, as Replace does (로드맵을 → 단계별 이행안을); an
    expression or a bracket's particle is replaced as it is."""
    return replacement(text, start, end, new) if rule in _NOUNS else (start, end, new)


def reworded(rule: str, text: str, start: int, end: int, new: str) -> tuple[str, str]:
    """The words around `text[start:end]` before and after it is replaced by `new`:
    ("정책에 있어서", "정책에서"), ("로드맵을", "단계별 이행안을")."""
    at, to, new_text = put(rule, text, start, end, new)
    left = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    right = _WORD_END.search(text, to)
    right_at = right.start() if right else len(text)
    return text[left:right_at], text[left:at] + new_text + text[to:right_at]


def _context(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> str:
    """The sentence a finding's words stand in, and which of the same words in it they are: two 노하우 of a
    release are two findings, each accepted on its own, as long as its sentence reads the same."""
    first, last = next(((a, b) for a, b in sentences if a <= start < b), (0, len(text)))
    return f"{text[first:last]}\x1f{text.count(text[start:end], first, start)}"


def _word_finding(field: str, part: Part, hit: Hit, sentences: list[tuple[int, int]]) -> Finding:
    where = span(part, hit.start, hit.end)
    context = _context(part.text, hit.start, hit.end, sentences)
    if hit.word is not None:
        message = _word_message(hit.word.kind, where.excerpt, _quoted(hit.suggestions))
        return Finding("plain-word", Severity.INFO, field, where, None, message, hit.suggestions, context)
    assert hit.expression is not None
    rule = "plain-expression"
    old = reworded(rule, part.text, hit.start, hit.end, hit.suggestions[0])[0]
    instead = _quoted([reworded(rule, part.text, hit.start, hit.end, s)[1] for s in hit.suggestions])
    message = _expression_message(hit.expression.kind, old, instead)
    return Finding(rule, Severity.INFO, field, where, None, message, hit.suggestions, context)


def _word_message(kind: str, word: str, instead: str) -> Message:
    if kind == "japanese":
        return tr('"{word}" is a Japanese-style word: write {suggestions}.', word=word, suggestions=instead)
    if kind == "hanja":
        return tr('"{word}" is a hard Sino-Korean word: write {suggestions}.', word=word, suggestions=instead)
    return tr(
        '"{word}" is a foreign word where Korean has its own: write {suggestions}.', word=word, suggestions=instead
    )


def _expression_message(kind: str, found: str, instead: str) -> Message:
    if kind == "japanese":
        return tr('"{found}" is a Japanese-style expression: write {suggestions}.', found=found, suggestions=instead)
    if kind == "passive":
        return tr('"{found}" is a double passive: write {suggestions}.', found=found, suggestions=instead)
    return tr('"{found}" is a translation-style expression: write {suggestions}.', found=found, suggestions=instead)


def _bracket_particles(field: str, part: Part, sentences: list[tuple[int, int]]) -> Iterator[Finding]:
    """연구 개발(R&D)를: the particle agrees with 개발, the word before the bracket (을), as the National
    Institute of Korean Language advises; a Latin word before the bracket whose sound is uncertain is left
    alone (only Hangul, acronyms and numbers end in a sound one can tell)."""
    for m in _BRACKET_PARTICLE.finditer(part.text):
        word, particle = m["word"], m["particle"]
        if not _WORD_BEFORE.search(word):
            continue
        right = agreeing(word, particle)
        if right == particle:
            continue
        start = m.start("word")
        fixed = part.text[start : m.start("particle")] + right
        yield Finding(
            "plain-particle",
            Severity.WARNING,
            field,
            span(part, start, m.end("particle")),
            None,
            tr(
                'The particle after a bracket agrees with the word before it ("{word}"), not with the brackets: '
                'write "{right}".',
                word=word,
                right=fixed,
            ),
            (fixed,),
            _context(part.text, start, m.end("particle"), sentences),
        )


def _long_sentences(field: str, part: Part, sentences: list[tuple[int, int]]) -> Iterator[Finding]:
    for start, end in sentences:
        count = len(part.text[start:end].split())
        if count > SENTENCE_LIMIT:
            yield Finding(
                "plain-sentence",
                Severity.INFO,
                field,
                span(part, start, end),
                None,
                tr(
                    "This sentence has {count} words (어절); beyond {limit}, readers lose track: split it.",
                    count=count,
                    limit=SENTENCE_LIMIT,
                ),
            )


def _abbreviations(ctx: Context, plain: PlainList, parts: list[tuple[str, Part]]) -> Iterator[Finding]:
    """A Latin abbreviation without Korean at its first use in the Korean version: the Korean name first,
    the abbreviation in brackets (연구 개발(R&D)), or the Korean in brackets after it (R&D(연구 개발)).
    Known: the list's abbreviations, the glossary's acronyms (with their Korean name) and any acronym the
    English spells out (its Korean is then the writer's to give). Words the plain-Korean list replaces
    (MOU → 업무 협약) are reported as words."""
    spelled: dict[str, str] = {}
    for unit in ctx.units:
        for english in unit.en:
            spelled = _spelled_out(english.text) | spelled  # the first spelling wins
    glossary: dict[str, tuple[str, ...]] | None = None  # made when the first Latin word is met
    seen: set[str] = set()
    for field, part in parts:
        for start, end in _latin_words(part.text):
            abbr = part.text[start:end]
            if abbr in seen or abbr in plain.words:
                continue
            if glossary is None:
                english = "\n".join(p.text for u in ctx.units for p in u.en).lower()
                glossary = _glossary_names(tuple(ctx.glossary.terms), english)
            korean = plain.abbreviations.get(abbr) or glossary.get(abbr)
            if not korean and abbr not in spelled:
                continue  # a name (BBC, KT&G) or a word the list does not know
            seen.add(abbr)
            if _explained(part.text, start, end):
                continue
            if korean:
                suggestions = tuple(f"{k}({abbr})" for k in korean)
                message = tr(
                    '"{abbr}" has no Korean at its first use: write {suggestions}.',
                    abbr=abbr,
                    suggestions=_quoted(suggestions),
                )
            else:
                suggestions = ()
                message = tr(
                    '"{abbr}" has no Korean at its first use: write its Korean name with "{abbr}" in brackets '
                    '(the English spells it out: "{expansion}").',
                    abbr=abbr,
                    expansion=spelled[abbr],
                )
            yield Finding(
                "plain-abbreviation", Severity.INFO, field, span(part, start, end), None, message, suggestions
            )


@lru_cache(maxsize=8192)
def _latin_words(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _ABBREVIATION.finditer(text))


@lru_cache(maxsize=8)
def _glossary_names(terms: tuple[Term, ...], english: str) -> dict[str, tuple[str, ...]]:
    """The glossary's Korean names by acronym (KOICA: 한국국제협력단) where the English (in lower case) gives
    the full name (MMA is 병무청 only in a release that names the Military Manpower Administration); not the
    short forms (코이카), nor a longer name that holds another (차세대 나라장터 beside 나라장터)."""
    found: dict[str, list[str]] = {}
    for t in terms:
        if t.acronym and t.expansion and "short form" not in t.note.lower() and t.expansion.lower() in english:
            found.setdefault(t.acronym, []).append(t.ko)
    return {
        acronym: tuple(sorted(n for n in names if not any(o != n and unspaced(o) in unspaced(n) for o in names)))
        for acronym, names in found.items()
    }


def _explained(text: str, start: int, end: int) -> bool:
    """연구 개발(R&D) or 연구 개발(R&D, Research and Development): in brackets after Korean; R&D(연구 개발):
    Korean in brackets right after it."""
    opening = text.rfind("(", 0, start)
    if opening >= 0 and ")" not in text[opening:start]:
        before = text[:opening].rstrip()
        if before and _HANGUL.match(before[-1]):
            return True
    after = text[end:].lstrip(" ")
    if after.startswith("("):
        closing = after.find(")")
        return bool(_HANGUL.search(after[1 : closing if closing >= 0 else len(after)]))
    return False


# "Kurdistan Regional Government (KRG)": the capitalised words before an acronym in brackets; "KEPS
# (Kurdistan E-Procurement System)": the name in brackets after it.
_NAME = r"[A-Z][\w’'-]*(?:\s+(?:of|and|for|on|the|in|to|&|[A-Z][\w’'-]*))*"
_SPELLED = re.compile(
    rf"(?P<name>{_NAME})\s*\(\s*(?P<abbr>[A-Z][A-Z0-9&]{{1,7}})\s*\)"
    rf"|(?<![\w-])(?P<abbr2>[A-Z][A-Z0-9&]{{1,7}})\s*\*?\s*\(\s*(?P<name2>{_NAME})\s*\)"
)


@lru_cache(maxsize=4096)
def _spelled_out(english: str) -> dict[str, str]:
    """The acronyms an English paragraph spells out, with their full names (remembered per paragraph)."""
    found = {}
    for m in _SPELLED.finditer(english):
        abbr, name = (m["abbr"], m["name"]) if m["abbr"] else (m["abbr2"], m["name2"])
        name = _initialled(name, abbr) if _CAPITALS.fullmatch(abbr) else ""
        if name:
            found.setdefault(abbr, name)
    return found


def _initialled(name: str, abbr: str) -> str:
    """The end of `name` that `abbr` abbreviates: from the word its first letter starts, holding its letters
    in order ("The Kurdistan Regional Government", KRG: "Kurdistan Regional Government"); "" if none does."""
    words = name.split()
    for i, word in enumerate(words):
        if word[0].upper() == abbr[0]:
            rest = iter(" ".join(words[i:]).upper())
            if all(letter in rest for letter in abbr if letter.isalpha()):
                return " ".join(words[i:])
    return ""


def is_plain(finding: Finding) -> bool:
    """A finding of the plain-Korean family (the window underlines them in a colour of their own)."""
    return finding.rule.startswith("plain-")
