"""Export and print: File ▸ Export's documents and File ▸ Print's preview of the release in the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from drafter.errors import DrafterError
from drafter.gui import i18n
from drafter.gui.file_control import last_folder
from drafter.gui.i18n import ui

if TYPE_CHECKING:
    from drafter.gui.file_control import FileControl
    from drafter.gui.review_control import ReviewControl
    from drafter.gui.window_parts import Window


class ExportControl(QObject):
    """Writes the release as the command line does (one registry, options and glossaries); previews its print."""

    def __init__(self, window: Window, files: FileControl, reviewer: ReviewControl) -> None:
        super().__init__(window)
        self.window, self.files, self.reviewer = window, files, reviewer

    def export_dialog(self, layout: str, suffix: str) -> None:
        suggested = str(Path(last_folder()) / f"{self.files.stem()}-{layout}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self.window, ui("Export"), suggested, f"*{suffix}")
        if path:
            self.export_to(Path(path), layout)

    def export_to(self, path: Path, layout: str) -> bool:
        from drafter.formats import ExportOptions, write_export

        try:
            options = ExportOptions(user_terms=self.reviewer.user_terms, plain_words=self.reviewer.plain_words())
            write_export(self.window.release(), path, layout, options)
        except DrafterError as error:
            self.window.error(error)
            return False
        self.window.statusBar().showMessage(ui("Exported {name}", name=path.name), 5000)
        return True

    def print_release(self) -> QDialog | None:
        """File ▸ Print: the preview of the release's pages, in the layout last printed."""
        from drafter.formats import ExportOptions
        from drafter.gui.printing import PrintPreview

        release = self.window.release()
        layout = i18n.settings().value("print/layout", "bilingual", type=str)
        try:
            dialog = PrintPreview(release, ExportOptions().house_style(release), layout, self.window)
        except DrafterError as error:
            self.window.error(error)
            return None
        dialog.finished.connect(lambda _r: i18n.settings().setValue("print/layout", dialog.chosen_layout()))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
