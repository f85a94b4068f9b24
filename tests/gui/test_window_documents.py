"""What the window saves, exports and remembers is what was typed: a release typed into every field
(a contact of two departments on two lines, notes, three levels, footnotes, details in both languages),
saved and exported through the window's own menu actions, reads the same as the command line's export
of the saved file — text byte for byte, DOCX, HWPX and PDF by their text — and so do the reference
release and the samples opened in the window."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from drafter import cli, storage
from drafter.gui.main_window import MainWindow
from tests.conftest import REFERENCE, SAMPLES
from tests.gui.conftest import commit

KO_CONTACT = (
    "혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311)",
    "국제협력담당관실 염동현 사무관(042-724-7654)",
)
EN_CONTACT = (
    "Innovation Procurement Planning Division, Lee Jeong-min, Director (+82-42-724-7300)",
    "International Cooperation Division, Yeom Dong-hyun, Deputy Director (+82-42-724-7654)",
)
FORMATS = (".txt", ".docx", ".hwpx", ".pdf")
LAYOUTS = ("ko", "en", "bilingual")


def type_lines(qtbot, editor, lines: tuple[str, ...] | list[str], korean: bool) -> None:  # type: ignore[no-untyped-def]
    """Type lines as the user does: each line, then Return (Hangul through the input method)."""
    editor.setFocus()
    for i, line in enumerate(lines):
        if i:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        if korean:
            commit(editor, line)
        else:
            qtbot.keyClicks(editor, line)


def type_body(qtbot, editor, paragraphs: list[tuple[int, str, list[str]]], korean: bool) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs with their level (Tab at the start of each, as many times as the level asks) and notes."""
    editor.setFocus()
    for i, (tabs, text, notes) in enumerate(paragraphs):
        if i:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        for _ in range(tabs):
            qtbot.keyClick(editor, Qt.Key.Key_Tab)
        if korean:
            commit(editor, text)
        else:
            qtbot.keyClicks(editor, text)
        for note in notes:
            qtbot.keyClick(editor, Qt.Key.Key_Return)
            (commit if korean else lambda e, t: qtbot.keyClicks(e, t))(editor, note)


def type_everything(qtbot, w: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ko, en = w.ko.editors, w.en.editors
    type_lines(qtbot, ko["title"], ["혁신제품 해외수출 3,800억원 달성"], True)
    type_lines(qtbot, ko["subtitle"], ["35개사 해외실증 참여", "내년 50개사로 확대"], True)
    type_body(
        qtbot,
        ko["body"],
        [
            (0, "조달청은 24일 혁신제품 해외진출 성과보고회를 열었다.", []),
            (1, "올해 혁신제품* 수출액은 3,800억원이다.", ["* 혁신제품: 공공기관이 시범구매한 신기술 제품"]),
            (2, "35개사가 해외실증에 참여했다.", []),
            (3, "이 가운데 12개사는 본계약을 맺었다.", ["※ 본계약: 시범사용 뒤 맺는 구매계약"]),
            (1, "조달청은 내년 참여 기업을 50개사로 늘린다.", []),
        ],
        True,
    )
    type_lines(qtbot, ko["footnotes"], ["※ 수출액은 계약 기준임"], True)
    type_lines(qtbot, ko["contact"], KO_CONTACT, True)
    type_lines(qtbot, en["title"], ["Innovative products exported KRW 380 billion"], False)
    type_lines(qtbot, en["subtitle"], ["35 companies in overseas pilots", "50 companies next year"], False)
    type_body(
        qtbot,
        en["body"],
        [
            (0, "The Public Procurement Service held a results briefing on the 24th.", []),
            (
                0,
                "Exports of innovative products* reached KRW 380 billion this year.",
                ["* Innovative products: new technology bought on trial by public bodies"],
            ),
            (1, "35 companies took part in overseas pilots.", []),
            (2, "Of these, 12 signed a main contract.", ["* Main contract: the purchase after a trial use"]),
            (0, "PPS will raise the number of companies to 50 next year.", []),
        ],
        False,
    )
    type_lines(qtbot, en["footnotes"], ["* Exports are counted by contract value"], False)
    type_lines(qtbot, en["contact"], EN_CONTACT, False)
    meta = w.meta_panel
    for lang, name, value in (
        ("ko", "organisation", "조달청"),
        ("ko", "embargo", "2026. 11. 24.(화) 조간"),
        ("en", "organisation", "Public Procurement Service"),
        ("en", "embargo", "06:00 KST, November 24, 2026"),
        ("en", "dateline", "DAEJEON, Nov. 24 (PPS) –"),
    ):
        field = meta.fields[(lang, name)]
        field.setFocus()
        commit(field, value) if lang == "ko" or not value.isascii() else qtbot.keyClicks(field, value)
    type_lines(qtbot, meta.attachments["ko"], ["국가별 수출 현황", "성과보고회 사진"], True)
    type_lines(qtbot, meta.attachments["en"], ["Exports by country", "Photos of the briefing"], False)


def menu_action(w: MainWindow, name: str) -> QAction:
    action = w.findChild(QAction, name)
    assert action is not None, name
    return action


def save_through_menu(w: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    menu_action(w, "save").trigger()
    assert path.exists() and not w.isWindowModified()


def export_through_menu(w: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[tuple[str, str], Path]:
    """Every format in every layout, each through its entry of File ▸ Export."""
    made = {}
    for suffix in FORMATS:
        for layout in LAYOUTS:
            path = folder / f"window-{layout}{suffix}"
            monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, p=path, **k: (str(p), ""))
            menu_action(w, f"export_{layout}{suffix}").trigger()
            assert path.exists(), path
            made[(layout, suffix)] = path
    return made


def cli_exports(saved: Path, folder: Path) -> dict[tuple[str, str], Path]:
    made = {}
    for suffix in FORMATS:
        for layout in LAYOUTS:
            path = folder / f"cli-{layout}{suffix}"
            assert cli.main(["export", str(saved), "-o", str(path), "--layout", layout]) == 0
            made[(layout, suffix)] = path
    return made


def document_text(path: Path) -> str:
    """What a document says, read by a reader we did not write: python-docx, python-hwpx, pdftotext."""
    if path.suffix == ".txt":
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        import docx
        from docx.oxml.ns import qn
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        return "\n".join(Paragraph(p, document).text for p in document.element.body.iter(qn("w:p")))
    if path.suffix == ".hwpx":
        from hwpx.tools.text_extractor import TextExtractor

        with TextExtractor(path) as extractor:
            return extractor.extract_text()
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True).stdout.decode()


def assert_same_as_the_command_line(window_made: dict, cli_made: dict) -> None:  # type: ignore[type-arg]
    for key, path in window_made.items():
        if key[1] == ".txt":
            assert path.read_bytes() == cli_made[key].read_bytes(), key
        else:
            assert document_text(path) == document_text(cli_made[key]), key


needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@needs_pdftotext
def test_a_release_typed_into_every_field_is_saved_and_exported_as_the_command_line_exports_it(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    type_everything(qtbot, window)
    saved = tmp_path / "typed.release.json"
    save_through_menu(window, saved, monkeypatch)
    release = storage.load(saved)
    assert release.ko.contact.split("\n") == list(KO_CONTACT)
    assert release.en.contact.split("\n") == list(EN_CONTACT)
    assert [p.level for p in release.ko.body] == [0, 1, 2, 3, 1]
    assert [len(p.notes) for p in release.ko.body] == [0, 1, 0, 1, 0]
    assert release.ko.details.attachments == ["국가별 수출 현황", "성과보고회 사진"]
    window_made = export_through_menu(window, tmp_path, monkeypatch)
    assert_same_as_the_command_line(window_made, cli_exports(saved, tmp_path))
    for suffix in FORMATS:  # the second line of each contact, in every document
        korean = document_text(window_made[("ko", suffix)])
        english = document_text(window_made[("en", suffix)])
        assert "염동현" in korean and "724-7654" in korean, suffix
        assert "Yeom Dong-hyun" in english and "Lee Jeong-min" in english, suffix


@needs_pdftotext
@pytest.mark.parametrize("source", [REFERENCE, *sorted(SAMPLES.glob("*.txt"))], ids=lambda p: p.name.split(".")[0])
def test_an_opened_release_is_exported_by_the_window_as_the_command_line_exports_its_saved_file(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: Path
):
    if not source.exists():
        pytest.skip("shared/reference is not beside the checkout")
    assert window.open_path(source)
    saved = tmp_path / "opened.release.json"
    save_through_menu(window, saved, monkeypatch)
    assert_same_as_the_command_line(export_through_menu(window, tmp_path, monkeypatch), cli_exports(saved, tmp_path))


def test_the_contact_lines_are_remembered_one_by_one(qtbot, window: MainWindow, tmp_path: Path, monkeypatch):
    type_lines(qtbot, window.ko.editors["contact"], KO_CONTACT, True)
    type_lines(qtbot, window.en.editors["contact"], EN_CONTACT, False)
    save_through_menu(window, tmp_path / "contact.release.json", monkeypatch)
    window.memory.wait()
    from drafter.tm.store import Memory

    window.memory.shutdown()
    with Memory.open(window.memory.path) as memory:
        stored = {(s.ko, s.en) for s in memory.containing("염동현", "ko")}
    assert stored == {(KO_CONTACT[1], EN_CONTACT[1])}
