"""How a Korean word ends, and the particle forms that follow it (조달청은, 나라장터는; 파일로, 문서로).

Korean particles change with the final sound of the word before them: 은/는, 이/가, 을/를, 과/와,
으로/로 (로 after a vowel or ㄹ). A message writes both forms, "{name}을(를)", and `resolve_particles`
picks one once the fields are filled in. Digits and Latin letters end as they are read aloud in Korean
(3 삼, 10 십, PPS 피피에스, json 제이슨); a closing quote is looked through ("공공구매"를), and a
parenthesis after a word defers to the word ("김윤상(Kim Yoon-sang)이", as the National Institute of
Korean Language advises).
"""

from __future__ import annotations

import re
from typing import Literal

Final = Literal["", "ㄹ", "other"]  # no final consonant, ㄹ, or another final consonant

_CLOSING_QUOTES = "\"'”’」』》〉»"
_BRACKETS = {")": "(", "]": "[", "}": "{", "）": "（"}
_PUNCTUATION = ",;:!?…·"
# The last digit as read in Sino-Korean: 영 일 이 삼 사 오 육 칠 팔 구.
_DIGIT_FINAL: tuple[Final, ...] = ("other", "ㄹ", "", "other", "", "", "other", "ㄹ", "ㄹ", "")
# Letter names: 엘, 엠, 엔, 알 end in a consonant; 에이, 비, 씨, …, 에스, 엑스 do not.
_LETTER_FINAL: dict[str, Final] = {"l": "ㄹ", "m": "other", "n": "other", "r": "ㄹ"}
_VOWELS = "aeiou"

HANGUL = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")  # a syllable or a jamo: text written in Korean


def final(text: str) -> Final:
    """The final sound of the last word of `text`, as a Korean reader says it."""
    i = len(text.rstrip())
    while i > 0:
        char = text[i - 1]
        if char in _CLOSING_QUOTES or char in _PUNCTUATION or char.isspace():
            i -= 1
        elif char in _BRACKETS:
            opening = text.rfind(_BRACKETS[char], 0, i - 1)
            before = text[:opening].rstrip() if opening >= 0 else ""
            # "이름(설명)" takes the particle of 이름; "(설명)" alone, of what is inside.
            i = len(before) if before and opening == len(before) else i - 1
        elif char == "." and i > 1 and text[i - 2].isdigit():
            return "ㄹ"  # "2026. 11. 24." is read as a date: …24일
        elif char == ".":
            i -= 1
        elif "가" <= char <= "힣":
            jong = (ord(char) - 0xAC00) % 28
            return "" if jong == 0 else "ㄹ" if jong == 8 else "other"
        elif "ㄱ" <= char <= "ㅎ":
            return "ㄹ" if char == "ㄹ" else "other"  # a lone consonant, as in ㅋ
        elif char.isdigit():
            return _number_final(text[:i])
        elif char == "%":
            return ""  # 퍼센트
        elif char.isascii() and char.isalpha():
            return _latin_final(text[:i])
        else:
            return ""
    return ""


def _number_final(text: str) -> Final:
    number = re.search(r"[\d,]*\d(?:\.\d+)?$", text)
    digits = number.group().replace(",", "") if number else "0"
    if "." in digits:
        return _DIGIT_FINAL[int(digits[-1])]
    if int(digits) == 0:
        return "other"  # 영
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return _DIGIT_FINAL[int(digits[-1])]
    if zeros < 4:
        return ("other", "other", "other")[zeros - 1]  # 십, 백, 천
    if zeros < 8:
        return "other"  # 만
    if zeros < 12:
        return "other"  # 억
    return "" if zeros < 16 else "other"  # 조, 경


def _latin_final(text: str) -> Final:
    word = re.search(r"[A-Za-z]+$", text).group()  # type: ignore[union-attr]
    if word.isupper():  # an acronym, read letter by letter: PPS 피피에스, HTML 에이치티엠엘
        return _LETTER_FINAL.get(word[-1].lower(), "")
    w = word.lower()
    if w.endswith(("l", "le")):
        return "ㄹ"  # file 파일, email 이메일
    if w.endswith(("m", "n", "ng", "me", "ne")) or w.endswith("ck"):
        return "other"  # team 팀, json 제이슨, meeting 미팅, game 게임, phone 폰, check 체크… block 블록
    if len(w) > 1 and w[-1] in "bkp" and w[-2] in _VOWELS:
        return "other"  # web 웹, book 북, app 앱
    return ""  # txt 텍스트, docx 독스, paper 페이퍼, data 데이터


# The two forms of each particle, as messages write them, and which form follows a final consonant.
_PARTICLES = {
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(이)": ("이", ""),  # (이)나, (이)라는, (이)며
}
_WRITTEN = re.compile("|".join(re.escape(p) for p in sorted(_PARTICLES, key=len, reverse=True)) + r"|\(으\)로")


def particle(written: str, before: str) -> str:
    """The form of the particle `written` ("을(를)", "(으)로", …) that follows `before`."""
    sound = final(before)
    if written == "(으)로":
        return "로" if sound in ("", "ㄹ") else "으로"
    after_consonant, after_vowel = _PARTICLES[written]
    return after_vowel if sound == "" else after_consonant


# Markers for the particles of a message's own text while its fields are filled in: private-use
# characters, which no value contains, so that a value's own "을(를)" is left as it is.
_MARK = {written: chr(0xE000 + i) for i, written in enumerate([*_PARTICLES, "(으)로"])}
_UNMARK = {mark: written for written, mark in _MARK.items()}
_MARKED = re.compile("[" + "".join(_UNMARK) + "]")


def mark_particles(template: str) -> str:
    """The template with its particles ("을(를)", "(으)로") replaced by markers, for `resolve_particles`."""
    return _WRITTEN.sub(lambda m: _MARK[m.group()], template)


def resolve_particles(text: str) -> str:
    """Each marked particle in the form that follows the word before it."""
    out: list[str] = []
    last = 0
    for m in _MARKED.finditer(text):
        out.append(text[last : m.start()])
        out.append(particle(_UNMARK[m.group()], "".join(out)))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# --- particles after a word, for searching and replacing Korean words --------------------------

# Particles (and common endings) that may stand after a noun, longest first; 조달청 + 은 = 조달청은.
PARTICLES = tuple(
    sorted(
        (
            "은 는 이 가 을 를 의 에 와 과 도 만 로 으로 에서 에게 께서 께 한테 부터 까지 보다 처럼 마다 "
            "이나 나 이며 며 이고 고 이다 다 입니다 이라 라 이란 란 으로서 로서 으로써 로써 으로부터 로부터 "
            "에서는 에서도 에는 에도 으로는 로는 과는 와는 까지는 부터는 만의 과의 와의 에서의 으로의 로의 "
            "이라는 라는 이라고 라고 들 들은 들이 들을 들의 들에"
        ).split(),
        key=len,
        reverse=True,
    )
)

# Particles whose form follows the word before them: (after a final consonant, after a vowel).
_PAIRS = (
    ("은", "는"), ("이", "가"), ("을", "를"), ("과", "와"), ("이나", "나"), ("이며", "며"), ("이고", "고"),
    ("이다", "다"), ("이라", "라"), ("이란", "란"), ("이라는", "라는"), ("이라고", "라고"), ("과는", "와는"),
    ("과의", "와의"), ("으로", "로"), ("으로서", "로서"), ("으로써", "로써"), ("으로부터", "로부터"),
    ("으로는", "로는"), ("으로의", "로의"),
)  # fmt: skip


def agreeing(word: str, follows: str) -> str:
    """The particle `follows` in the form that agrees with `word`: agreeing("나라장터", "은") == "는"."""
    for consonant, vowel in _PAIRS:
        if follows in (consonant, vowel):
            sound = final(word)
            vowel_like = ("", "ㄹ") if consonant.startswith("으") else ("",)  # 로 also follows ㄹ
            return vowel if sound in vowel_like else consonant
    return follows
