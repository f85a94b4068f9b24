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
    for field, part in parts:
        yield from _part_findings(plain, field, part.index, part.text)
    yield from _abbreviations(ctx, plain, parts)


@lru_cache(maxsize=8192)
def _part_findings(plain: PlainList, field: str, index: int, text: str) -> tuple[Finding, ...]:
    """A paragraph's findings, but for the abbreviations (which depend on the text before): remembered, so
    that a check after a keystroke reads only the edited paragraph again."""
    part, sentences = Part(index, text), sentence_spans(text, "ko")
    return (
        *(_word_finding(field, part, hit, sentences) for hit in plain.hits(text)),
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
    names: dict[str, tuple[str, ...]] | None = None  # made when the first Latin word is met
    seen: set[str] = set()
    for field, part in parts:
        for start, end in _latin_words(part.text):
            abbr = part.text[start:end]
            if abbr in seen or abbr in plain.words:
                continue
            names = _glossary_names(ctx) if names is None else names
            korean = plain.abbreviations.get(abbr) or names.get(abbr)
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


def _glossary_names(ctx: Context) -> dict[str, tuple[str, ...]]:
    """The glossary's Korean names by acronym (KOICA: 한국국제협력단), not its short forms (코이카) nor a
    longer name that holds another (차세대 나라장터 beside 나라장터)."""
    found: dict[str, list[str]] = {}
    for t in ctx.glossary.terms:
        if t.acronym and "short form" not in t.note.lower():
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
        if _CAPITALS.fullmatch(abbr) and name != abbr:
            found.setdefault(abbr, name)
    return found


def is_plain(finding: Finding) -> bool:
    """A finding of the plain-Korean family (the window underlines them in a colour of their own)."""
    return finding.rule.startswith("plain-")
