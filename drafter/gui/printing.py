"""File ▸ Print: the release's pages in a print preview, in the layout chosen above them, printed from
there; the same pages as the PDF (drafter.gui.pages), drawn on the printer."""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QComboBox, QLabel, QToolBar, QWidget

from drafter.errors import DrafterError
from drafter.formats import format_for
from drafter.formats.layout import sections
from drafter.gui.file_types import layout_label
from drafter.gui.i18n import show_error, ui
from drafter.gui.pages import Typesetter
from drafter.gui.pdf import check_fonts, page_layout
from drafter.model import Release
from drafter.styles import HouseStyle


def print_layouts() -> tuple[str, ...]:
    """The layouts a printed release comes in: those the registry gives PDF."""
    pdf = format_for("release.pdf")
    return pdf.layouts if pdf else ("ko", "en", "bilingual")


class PrintPreview(QPrintPreviewDialog):
    """The pages as they will print; a choice of layout in the toolbar, the printer's own dialog from Print."""

    def __init__(self, release: Release, style: HouseStyle, layout: str, parent: QWidget | None = None) -> None:
        layouts = print_layouts()
        layout = layout if layout in layouts else layouts[0]
        # SaveError before anything is shown, for the languages printed: English alone needs no Korean font
        check_fonts(sections(release, layout, style))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)  # the pages place their own margins, from the paper's edge
        printer.setPageLayout(page_layout(style))
        printer.setDocName(release.ko.title or release.en.title or "Release Drafter")
        super().__init__(printer, parent)
        self.setObjectName("print_preview")
        self.setWindowTitle(ui("Print Preview"))
        self.release, self.style, self.printer = release, style, printer
        self.layout_choice = QComboBox()
        self.layout_choice.setObjectName("print_layout")
        for name in layouts:
            self.layout_choice.addItem(layout_label(name).replace("&", ""), name)
        self.layout_choice.setCurrentIndex(self.layout_choice.findData(layout))
        self._shown = layout  # the layout previewed: the choice goes back to it when the fonts of another are missing
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            caption = QLabel(ui("Layout:"))
            caption.setBuddy(self.layout_choice)
            toolbar.addWidget(caption)
            toolbar.addWidget(self.layout_choice)
        self.paintRequested.connect(self.paint)
        self.layout_choice.currentIndexChanged.connect(self._layout_changed)
        self.pages_painted = 0

    def chosen_layout(self) -> str:
        return str(self.layout_choice.currentData())

    def paint(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            return  # the printer refused (Qt says why in its own dialog)
        try:
            parts = sections(self.release, self.chosen_layout(), self.style)
            self.pages_painted = Typesetter(printer).paint(painter, parts)
        finally:
            painter.end()

    def _layout_changed(self) -> None:
        try:
            check_fonts(sections(self.release, self.chosen_layout(), self.style))
        except DrafterError as error:
            show_error(self, error)
            self.layout_choice.blockSignals(True)
            self.layout_choice.setCurrentIndex(self.layout_choice.findData(self._shown))
            self.layout_choice.blockSignals(False)
            return
        self._shown = self.chosen_layout()
        preview = self.findChild(QPrintPreviewWidget)
        if preview is not None:
            preview.updatePreview()
