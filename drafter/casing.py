"""Writing a word in the case of the word it stands for: find and replace, and the memory's adapted figures."""

from __future__ import annotations


def same_case(model: str, text: str) -> str:
    """`text` in the case pattern of `model`: all capitals ("BILLION"), each word capitalised ("Exports
    Rose", a headline), or its first letter ("Fourteen"); else as it is. Capitals in `text` are never
    lowered."""
    letters = [c for c in model if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return text.upper()
    words = [w for w in model.split() if any(c.isalpha() for c in w)]
    if len(words) > 1 and all(_first_letter(w).isupper() for w in words):
        return " ".join(_capitalised(w) for w in text.split(" "))
    return _capitalised(text) if letters and letters[0].isupper() else text


def _first_letter(word: str) -> str:
    return next((c for c in word if c.isalpha()), "")


def _capitalised(word: str) -> str:
    """The first letter upper case, the rest as it is (4.3 billion → 4.3 Billion)."""
    at = next((i for i, c in enumerate(word) if c.isalpha()), None)
    return word if at is None else word[:at] + word[at].upper() + word[at + 1 :]
