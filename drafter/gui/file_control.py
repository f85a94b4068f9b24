"""Files and recovery: new, open, save, save as, recent files, autosave, recovery after a crash, the file's lock."""

from __future__ import annotations

import time
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox

from drafter import safety, storage
from drafter.errors import DrafterError
from drafter.gui import i18n
from drafter.gui.folders import data_folder
from drafter.gui.i18n import text, ui
from drafter.model import Meta, Release
from drafter.parity import review

if TYPE_CHECKING:
    from drafter.gui.window_parts import Window

MAX_RECENT = 8
AUTOSAVE_PAUSE_MS = 2000  # a recovery copy this long after typing stops …
AUTOSAVE_EVERY_S = 30  # … and at least this often while it goes on


def recent_files() -> list[str]:
    value = i18n.settings().value("recent", [], type=list)
    return [str(v) for v in value]


def last_folder() -> str:
    """Where the file dialogs start: the folder of the file opened or saved last."""
    recent = recent_files()
    return str(Path(recent[0]).parent) if recent else str(Path.home())


class FileControl(QObject):
    """The release's file: which one it is, opening and saving it, its lock and its recovery copy."""

    saved = Signal(object)  # Path: the release was saved there
    recent_changed = Signal()

    def __init__(self, window: Window) -> None:
        super().__init__(window)
        self.window = window
        self.path: Path | None = None  # the .release.json being edited; None until saved
        self.name = ""
        self.session = uuid.uuid4().hex  # names this window's recovery copy
        self.recovery_folder = data_folder() / "recovery"
        self.recovery_file: Path | None = None
        self._last_autosave = time.monotonic()
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_PAUSE_MS, timeout=self.autosave)
        self._lock: safety.Lock | None = None
        self._on_disk: str | None = None  # what the file held when opened or last saved

    def loaded(self, path: Path | None, name: str) -> None:
        """The window holds a release of `path` (None: no file of ours) now, unchanged."""
        self.path, self.name = path, name
        self.forget_recovery()
        self._on_disk = safety.fingerprint(path) if path else None

    # -- keeping the work safe --------------------------------------------------------------------
    def edited(self) -> None:
        """The release changed: a recovery copy once typing pauses, and at least every AUTOSAVE_EVERY_S."""
        self._autosave_timer.start()
        if time.monotonic() - self._last_autosave >= AUTOSAVE_EVERY_S:
            self.autosave()  # typing that never pauses is still saved

    def autosave(self) -> None:
        """Write a recovery copy of the whole release (not over the user's file) while it has unsaved changes."""
        self._autosave_timer.stop()
        self._last_autosave = time.monotonic()
        if not self.window.isWindowModified():
            return
        try:
            self.recovery_file = safety.write_recovery(
                self.recovery_folder, self.session, self.window.release(), self.path, self._on_disk
            )
        except DrafterError as error:
            self.window.statusBar().showMessage(
                ui("No recovery copy could be written: {why}", why=error.line(i18n.language()))
            )

    def forget_recovery(self) -> None:
        """The work is saved, or the user let it go: the recovery copy has done its job."""
        self._autosave_timer.stop()
        if self.recovery_file is not None:
            safety.discard(self.recovery_file)
            self.recovery_file = None

    def offer_recovery(self) -> None:
        """After a crash: offer each recovery copy it left — restore, discard, or decide later."""
        for copy in safety.find_recovery(self.recovery_folder):
            answer = self.ask_recovery(copy)
            if answer == QMessageBox.StandardButton.Discard:
                safety.discard(copy.file)
            elif answer == QMessageBox.StandardButton.Open and self.restore(copy):
                return

    def restore(self, copy: safety.RecoveryCopy) -> bool:
        """Bring back the work of a recovery copy as unsaved changes of the file it belonged to.

        That file is locked again, and saving over it asks first if it changed on disk since the
        crashed session last read it (a colleague's save in between is never overwritten unasked).
        """
        if not self.maybe_save():
            return False
        native = copy.original is not None and copy.original.name.lower().endswith(".json")
        if native and not self._take_lock(copy.original):  # type: ignore[arg-type]
            return False
        if not native:
            self.drop_lock()
        self.window.load(
            copy.release,
            copy.original if native else None,
            copy.original.name if copy.original else ui("Recovered release"),
        )
        if native:
            self._on_disk = copy.on_disk or ""  # "": unknown (an older copy), so any file on disk counts as changed
        self.window.setWindowModified(True)
        self.autosave()  # this session's copy now holds the work; the old one can go
        safety.discard(copy.file)
        return True

    def ask_recovery(self, copy: safety.RecoveryCopy) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question, ui("Recover unsaved work"), "", QMessageBox.StandardButton.NoButton, self.window
        )
        box.setText(
            ui(
                'Release Drafter did not close properly last time. A recovery copy of "{name}", '
                "written {when}, was kept.",
                name=copy.original.name if copy.original else ui("New release"),
                when=copy.written.strftime("%Y-%m-%d %H:%M"),
            )
        )
        box.setInformativeText(str(copy.original) if copy.original else "")
        box.addButton(ui("Restore"), QMessageBox.ButtonRole.AcceptRole).setObjectName("restore")
        box.addButton(ui("Discard"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("discard")
        later = box.addButton(ui("Decide later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(later)
        box.exec()
        clicked = box.clickedButton()
        name = clicked.objectName() if clicked else ""
        return {"restore": QMessageBox.StandardButton.Open, "discard": QMessageBox.StandardButton.Discard}.get(
            name, QMessageBox.StandardButton.Cancel
        )

    def ask_overwrite(self, path: Path) -> str:
        """The file changed on disk since it was opened: "overwrite", "save_as" or "cancel"."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, ui("Changed on disk"), "", QMessageBox.StandardButton.NoButton, self.window
        )
        box.setText(
            ui(
                '"{name}" was changed by another program since you opened it. Overwrite it with this version?',
                name=path.name,
            )
        )
        box.setInformativeText(ui("Save As keeps both: the other version stays in this file, yours goes to a new one."))
        box.addButton(ui("Overwrite"), QMessageBox.ButtonRole.DestructiveRole).setObjectName("overwrite")
        box.addButton(ui("Save As…"), QMessageBox.ButtonRole.AcceptRole).setObjectName("save_as")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return clicked.objectName() if clicked is not None and clicked is not cancel else "cancel"

    def ask_open_locked(self, error: DrafterError) -> bool:
        answer = QMessageBox.question(
            self.window,
            ui("File in use"),
            error.line(i18n.language()) + "\n\n" + ui("Open it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _take_lock(self, path: Path) -> bool:
        """Lock the file being edited; if another live session has it, ask first."""
        self.drop_lock()
        try:
            self._lock = safety.acquire(path)
        except safety.LockedError as error:
            if not self.ask_open_locked(error):
                return False
            self._lock = safety.acquire(path, force=True)
        if self._lock.taken_over:
            self.window.statusBar().showMessage(
                ui(
                    "{name} was still marked as open by {who}, whose program is no "
                    "longer running; that mark was taken over.",
                    name=path.name,
                    who=self._lock.taken_over,
                ),
                10000,
            )
        return True

    def drop_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- files ------------------------------------------------------------------------------------
    def ask_unsaved(self) -> QMessageBox.StandardButton:
        buttons = (
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self.window,
            ui("Unsaved changes"),
            ui('Save the changes to "{name}"?', name=self.name or ui("New release")),
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def maybe_save(self) -> bool:
        """Whether the window may drop the release: saved, or the user said so."""
        if not self.window.isWindowModified():
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_release(self) -> None:
        if self.maybe_save():
            self.drop_lock()
            self.window.load(Release(meta=Meta(release_date=date.today())), None, "")

    def close_release(self) -> None:
        self.new_release()

    def open_dialog(self) -> None:
        from drafter.gui.file_types import open_filters

        path, _ = QFileDialog.getOpenFileName(self.window, ui("Open"), last_folder(), open_filters())
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        if not self.maybe_save():
            return False
        from drafter.formats import read_release  # loaded when first needed, not at start-up

        p = Path(path)
        try:
            imported = read_release(p)
        except DrafterError as error:
            self.window.error(error)
            return False
        native = p.name.lower().endswith(".json")
        if native and not self._take_lock(p):
            return False
        if not native:
            self.drop_lock()
        # Imported text or DOCX: each English was written from the Korean beside it (stale once that changes).
        self.window.load(imported.release if native else review.stamp(imported.release), p if native else None, p.name)
        self._add_recent(p)
        if imported.notices:
            self.window.inform(ui("Opened with notes"), "\n".join(text(n) for n in imported.notices))
        self.window.statusBar().showMessage(ui("Opened {name}", name=p.name), 5000)
        return True

    def save(self) -> bool:
        if self.path is None and self.name:  # opened from text or DOCX: say why Save asks for a new file
            return self._save_as(ui("Save as a release (.release.json); {name} stays as it is", name=self.name))
        return self.save_to(self.path) if self.path else self.save_as()

    def stem(self) -> str:
        """The name a file of the release starts with, without its suffix."""
        return storage.file_stem(self.window.release(), self.name) or ui("New release")

    def save_as(self) -> bool:
        return self._save_as(ui("Save As"))

    def _save_as(self, caption: str) -> bool:
        suggested = str(Path(last_folder()) / f"{self.stem()}{storage.SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self.window, caption, suggested, ui("Releases (*.release.json)"))
        if not path:
            return False
        if not path.endswith(storage.SUFFIX):
            path = str(Path(path).with_suffix("")) + storage.SUFFIX
        return self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        same_file = self.path is not None and path.resolve() == self.path.resolve()
        if same_file and self._on_disk is not None and safety.fingerprint(path) != self._on_disk:
            answer = self.ask_overwrite(path)
            if answer == "save_as":
                return self.save_as()
            if answer != "overwrite":
                return False
        if not same_file and not self._take_lock(path):
            return False
        try:
            storage.save(self.window.release(), path)
        except DrafterError as error:
            self.window.error(error)
            return False
        self.path, self.name = path, path.name
        self._on_disk = safety.fingerprint(path)
        self.forget_recovery()
        self.window.setWindowModified(False)
        self._add_recent(path)
        self.window.statusBar().showMessage(ui("Saved {name}", name=path.name), 5000)
        self.saved.emit(path)
        return True

    def _add_recent(self, path: Path) -> None:
        files = [str(path.resolve())] + [f for f in recent_files() if f != str(path.resolve())]
        i18n.settings().setValue("recent", files[:MAX_RECENT])
        self.recent_changed.emit()
