"""Spelling squiggles in the editors, checked off the typing path, and suggestions in the context menu.

Highlighting a block only looks words up in a cache; words not yet known go to a worker thread (which
also opens the dictionaries, a few tenths of a second for Korean) and the blocks that had them are
highlighted again when the answer comes. Misspelt words get a dotted purple underline on a pale purple
ground, unlike the checker's wavy red, orange and blue. Tools ▸ Check Spelling as You Type turns it off.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu

from drafter.errors import DrafterError, InputError
from drafter.gui.editors import FieldEdit, NoteHighlighter
from drafter.gui.i18n import language, ui
from drafter.model import Term
from drafter.spelling import Speller, words

SPELLING_COLOUR = QColor("#8e24aa")
SPELLING_BACKGROUND = QColor("#f3e0f7")
_PACKAGES = {"ko": "hunspell-ko", "en": "hunspell-en-us"}


class SpellHighlighter(NoteHighlighter):
    """Notes styled (as NoteHighlighter) and misspelt words underlined, from the checker's cache."""

    def __init__(self, document: QTextDocument, notes: bool, lang: str, checker: SpellChecker, levels: str) -> None:
        super().__init__(document, notes, levels)
        self.lang = lang
        self.checker = checker
        self.pending: list[QTextBlock] = []

    def highlightBlock(self, text: str) -> None:
        super().highlightBlock(text)
        if not self.checker.enabled:
            return
        unknown = []
        for start, end, word in words(text, self.lang):
            verdict = self.checker.verdict(self.lang, word)
            if verdict is None:
                unknown.append(word)
            elif not verdict:
                squiggle = self.format(start)
                squiggle.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                squiggle.setUnderlineColor(SPELLING_COLOUR)
                squiggle.setBackground(SPELLING_BACKGROUND)  # a dotted line alone is hard to see at 100%
                self.setFormat(start, end - start, squiggle)
        if unknown and self.checker.request(self.lang, unknown, text):
            self.pending.append(self.currentBlock())

    def misspelt(self, position: int) -> tuple[int, int, str] | None:
        """The misspelt word at a position of the document, with its span."""
        block = self.document().findBlock(position)
        return next((m for m in self.misspellings(block) if m[0] <= position <= m[1]), None)

    def misspellings(self, block: QTextBlock | None = None) -> list[tuple[int, int, str]]:
        """The words underlined as misspelt, with their spans in the document: of one block, or of all."""
        if not self.checker.enabled:
            return []
        found = []
        current = block if block is not None else self.document().firstBlock()
        while current.isValid():
            at = current.position()
            for start, end, word in words(current.text(), self.lang):
                if self.checker.verdict(self.lang, word) is False:
                    found.append((at + start, at + end, word))
            if block is not None:
                break
            current = current.next()
        return found

    def answered(self) -> None:
        # Each block once: while the dictionaries load, every keystroke adds the block typed in again.
        blocks = {block.blockNumber(): block for block in self.pending if block.isValid()}
        self.pending = []
        for block in blocks.values():
            self.rehighlightBlock(block)


class SpellChecker(QObject):
    """The words checked so far, a worker that checks new ones, and the highlighters of the editors."""

    notice = Signal(str)  # for the status bar: which dictionaries are missing (said once), a failed save
    _checked = Signal(str, object, bool)  # from the worker: language, {word: correct}, names learned
    _terms_set = Signal()  # from the worker: the glossary's words are in

    def __init__(self, personal: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speller = Speller(personal)
        self._verdicts: dict[tuple[str, str], bool] = {}
        self._asked: set[tuple[str, str]] = set()
        self._highlighters: list[SpellHighlighter] = []
        self._terms: tuple[Term, ...] | None = None
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="spelling")
        self._started = False  # the dictionaries are opened when the first words need checking
        self.enabled = True  # Tools ▸ Check Spelling as You Type
        self._closed = False
        self._queue: dict[str, tuple[list[str], list[str]]] = {}  # words and their texts, to send
        self._checked.connect(self._take)
        self._terms_set.connect(self.recheck)

    def _load(self) -> None:
        self.speller.load()
        from drafter.parity import glossary

        self.speller.set_terms(glossary.default().terms)
        if self.speller.missing:
            self.notice.emit(self._missing_message())
        if self.speller.personal_problem is not None:
            self.notice.emit(self._unreadable_message(self.speller.personal_problem))

    @staticmethod
    def _unreadable_message(error: DrafterError) -> str:
        return ui(
            "Your word list cannot be read, and is left as it is: {why} Words you add count until you quit.",
            why=error.line(language()),
        )

    def _missing_message(self) -> str:
        missing = self.speller.missing
        if self.speller.no_enchant:
            return ui("Spell check is off: the Enchant library is not installed (see the README).")
        names = [ui("Korean") if lang == "ko" else ui("English") for lang in missing]
        return ui(
            "Spell check: no dictionary for {languages} (on Debian or Ubuntu: apt install {packages}).",
            languages=", ".join(names),
            packages=" ".join(_PACKAGES[lang] for lang in missing),
        )

    def attach(self, editor: FieldEdit, lang: str) -> None:
        """Check the editor's words: its highlighter becomes one that also underlines misspellings."""
        old = editor.highlighter
        notes, levels = (old.notes, old.levels) if isinstance(old, NoteHighlighter) else (False, "")
        old.setDocument(None)
        editor.highlighter = SpellHighlighter(editor.document(), notes, lang, self, levels)
        self._highlighters.append(editor.highlighter)

    def set_enabled(self, on: bool) -> None:
        """Underline misspelt words (and look them up) or not."""
        if on != self.enabled:
            self.enabled = on
            for highlighter in self._highlighters:
                highlighter.rehighlight()

    def misspellings(self, editor: FieldEdit) -> list[tuple[int, int, str]]:
        """The misspelt words of an editor, in order, with their spans."""
        highlighter = editor.highlighter
        return highlighter.misspellings() if isinstance(highlighter, SpellHighlighter) else []

    def verdict(self, lang: str, word: str) -> bool | None:
        return self._verdicts.get((lang, word))

    def request(self, lang: str, unknown: list[str], text: str) -> bool:
        """Have the worker check words not asked about yet; True if it was asked. The words of all the
        blocks highlighted in one go (a file opened) are sent together, once control is back in the loop."""
        new = [w for w in unknown if (lang, w) not in self._asked]
        if not new or self._closed:
            return bool(unknown)
        self._asked.update((lang, w) for w in new)
        if not any(self._queue.values()):
            QTimer.singleShot(0, self._send)
        words_, texts = self._queue.setdefault(lang, ([], []))
        words_ += new
        texts.append(text)
        return True

    def _send(self) -> None:
        if self._closed:
            return
        if not self._started:
            self._started = True
            self._pool.submit(self._load)
        queue, self._queue = self._queue, {}
        for lang, (unknown, texts) in queue.items():
            self._pool.submit(self._check, lang, unknown, texts)

    def _check(self, lang: str, unknown: list[str], texts: list[str]) -> None:
        learned = [self.speller.learn_names(text, lang) for text in texts]
        self._checked.emit(lang, {w: self.speller.correct(w, lang) for w in unknown}, any(learned))

    def _take(self, lang: str, verdicts: dict[str, bool], learned: bool) -> None:
        self._verdicts.update(((lang, w), ok) for w, ok in verdicts.items())
        if learned:  # a name found now may have been flagged before
            self._forget(lang)
        for highlighter in self._highlighters:
            if highlighter.lang == lang:
                highlighter.rehighlight() if learned else highlighter.answered()

    def _forget(self, lang: str) -> None:
        """Drop the words flagged so far in `lang`: they are asked about again."""
        wrong = [key for key, ok in self._verdicts.items() if key[0] == lang and not ok]
        for key in wrong:
            del self._verdicts[key]
            self._asked.discard(key)

    def set_terms(self, terms: tuple[Term, ...]) -> None:
        """The user's and the release's glossary terms, over the built-in glossary: never flagged."""
        if terms == self._terms or self._closed:
            return
        self._terms = terms
        self._pool.submit(self._set_terms, terms).add_done_callback(lambda _f: self._terms_set.emit())

    def _set_terms(self, terms: tuple[Term, ...]) -> None:
        from drafter.parity import glossary

        self.speller.set_terms(glossary.layered(terms).terms)

    def recheck(self) -> None:
        """Ask about every flagged word again and redraw (the glossary or the word list changed)."""
        for lang in ("ko", "en"):
            self._forget(lang)
        for highlighter in self._highlighters:
            highlighter.rehighlight()

    def add_actions(self, menu: QMenu, editor: FieldEdit, position: int) -> None:
        """Suggestions for the misspelt word under the pointer, and Add to dictionary, atop the menu."""
        highlighter = editor.highlighter
        found = highlighter.misspelt(position) if isinstance(highlighter, SpellHighlighter) else None
        if found is None:
            return
        start, end, word = found
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.speller.suggest(word, highlighter.lang)
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            action.setObjectName("suggestion")
            action.triggered.connect(lambda _c=False, s=suggestion: _replace(editor, start, end, s))
            menu.insertAction(first, action)
        if not suggestions:
            none = QAction(ui("(no suggestions)"), menu)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = QAction(ui('Add "{word}" to dictionary', word=word), menu)
        add.setObjectName("add_to_dictionary")
        add.triggered.connect(lambda: self.add_word(word))
        menu.insertAction(first, add)
        menu.insertSeparator(first)

    def add_word(self, word: str) -> None:
        try:
            self.speller.add(word)
        except InputError as error:  # the list could not be read: it was not written
            self.notice.emit(self._unreadable_message(error))
        except DrafterError as error:
            self.notice.emit(ui("The word list could not be saved: {why}", why=error.line(language())))
        self._verdicts = {key: ok or key[1] == word for key, ok in self._verdicts.items()}
        for highlighter in self._highlighters:
            highlighter.rehighlight()

    def shutdown(self) -> None:
        self._closed = True
        self._pool.shutdown(wait=True, cancel_futures=True)


def _replace(editor: FieldEdit, start: int, end: int, word: str) -> None:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(word)
