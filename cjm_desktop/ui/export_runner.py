"""Running an export from a window with a progress dialog that can be cancelled.

The exports work on a copy of the project, so nothing the export does can touch the user's work.
PDF, Excel and Mermaid (pure Python) run in a worker thread, so a long PDF leaves the window
responsive; PNG and SVG are drawn from a Qt scene, which only the GUI thread may do, so they run
afterwards in the GUI thread, one map at a time. The progress dialog is application-modal: the
project cannot be edited meanwhile. The bar moves within a PDF, and Cancel stops a PDF between
two of its pages (nothing of it is written) and any other export after the file being written;
every exporter writes atomically, so no half-written file is left, and the files already written
are named.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ..export_jobs import ExportRequest, run_exports
from ..exporters.export_progress import Cancelled
from ..model import Project
from ..user_message import UserError, UserMessage
from .export_choices import planned_files, split_request


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportRunner", text)


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


# The bar counts hundredths of a file, so it can move within one long PDF.
STEPS_PER_FILE = 100


class _Progress:
    """The hooks of run_exports: records what was written, reports how far the export is in
    hundredths of a file, and says stop once cancelled."""

    def __init__(self, offset: int) -> None:
        self.offset = offset
        self.cancelled = False
        self.names: list[str] = []
        self.written: list[Path] = []
        self.notes: list[UserMessage] = []

    def __call__(self, done: int, total: int, name: str) -> None:
        # run_exports announces each file before writing it: those announced before are done.
        self.written = [Path(n) for n in self.names[:done]]
        if name:
            self.names.append(name)
        self.report((self.offset + done) * STEPS_PER_FILE, name)

    def part(self, done: int, total: int) -> None:
        """How far the file being written is."""
        current = self.offset + len(self.names) - 1
        within = STEPS_PER_FILE * done // max(total, 1)
        self.report(current * STEPS_PER_FILE + within, self.names[-1] if self.names else "")

    def stop(self) -> bool:
        return self.cancelled

    def run(self, project: Project, request: ExportRequest) -> None:
        self.written = run_exports(
            project, request, self, part=self.part, stop=self.stop, notes=self.notes
        )

    def report(self, done: int, name: str) -> None:
        pass


class _Worker(QThread):
    """Runs the part of the export that needs no GUI thread."""

    progressed = Signal(int, str)

    def __init__(self, project: Project, request: ExportRequest, parent=None) -> None:
        super().__init__(parent)
        self.project = project
        self.request = request
        self.progress = _Progress(0)
        self.progress.report = lambda done, name: self.progressed.emit(done, name)
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.progress.run(self.project, self.request)
        except BaseException as error:  # handed to the GUI thread, which reports or re-raises
            self.error = error


class ExportRun(QObject):
    """One export from `parent` (a MainWindow): `run()` returns the files written."""

    def __init__(self, parent: QWidget, project: Project, request: ExportRequest) -> None:
        super().__init__(parent)
        # Exports read a snapshot, never the document the window keeps editing.
        self.project = project.model_copy(deep=True)
        self.request = request
        self.plain, self.pictures = split_request(request)
        self.total = len(planned_files(self.project, request))
        self.written: list[Path] = []
        self.notes: list[UserMessage] = []
        self.cancelled = False
        self.error: UserError | None = None
        steps = max(self.total, 1) * STEPS_PER_FILE
        self.dialog = QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, steps, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setMinimumWidth(360)
        self.dialog.setWindowTitle(tr("Export"))
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        # A quick export finishes before the dialog would flash up.
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self._cancel)
        self._progress: list[_Progress] = []

    def run(self) -> list[Path]:
        self.dialog.setValue(0)
        try:
            self._run_plain()
            if not self.cancelled and self.error is None:
                self._run_pictures()
        finally:
            # Closing a progress dialog emits `canceled`: the export is over, not cancelled.
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        return self.written

    def _cancel(self) -> None:
        self.cancelled = True
        self.dialog.setLabelText(tr("Stopping the export…"))
        for progress in self._progress:
            progress.cancelled = True

    @Slot(int, str)
    def _show(self, done: int, name: str) -> None:
        self.dialog.setValue(min(done, self.dialog.maximum()))
        if name and not self.cancelled:
            self.dialog.setLabelText(tr("Writing {name}…").format(name=Path(name).name))

    def _run_plain(self) -> None:
        if self.plain.is_empty():
            return
        worker = _Worker(self.project, self.plain)
        self._progress.append(worker.progress)
        worker.progressed.connect(self._show)
        loop = QEventLoop()
        worker.finished.connect(loop.quit)
        worker.start()
        loop.exec()
        worker.wait()
        self.written += worker.progress.written
        self.notes += worker.progress.notes
        self._settle(worker.error)

    def _run_pictures(self) -> None:
        if self.pictures.is_empty():
            return
        progress = _Progress(len(self.written))
        progress.cancelled = self.cancelled
        self._progress.append(progress)

        def report(done: int, name: str) -> None:
            self._show(done, name)
            # The pictures block the GUI thread one at a time: let the dialog paint and Cancel
            # be pressed in between.
            QApplication.processEvents()
            if self.cancelled:
                progress.cancelled = True

        progress.report = report
        error = None
        try:
            progress.run(self.project, self.pictures)
        except BaseException as exc:  # sorted out by _settle
            error = exc
        self.written += progress.written
        self.notes += progress.notes
        self._settle(error)

    def _settle(self, error: BaseException | None) -> None:
        if error is None:
            return
        if isinstance(error, Cancelled):
            self.cancelled = True
        elif isinstance(error, UserError):
            self.error = error
        else:
            raise error


def export_from_window(window) -> list[Path] | None:
    """File > Export of `window`: the dialog, then the export with progress; None if not run."""
    from .dialogs.export_dialog import ExportDialog

    document = window.document
    dialog = ExportDialog(document.project, document.path, window.settings, window)
    if not dialog.exec():
        dialog.deleteLater()
        return None
    request = dialog.request()
    choices = dialog.choices()
    dialog.deleteLater()
    run = ExportRun(window, document.project, request)
    written = run.run()
    folder = Path(choices.folder).expanduser()
    if run.error is not None:
        _show_failure(window, run.error, written)
    elif run.cancelled:
        window.statusBar().showMessage(
            tr("Export cancelled; {n} of {total} files written.").format(
                n=len(written), total=run.total
            ),
            8000,
        )
    else:
        window.statusBar().showMessage(
            tr("Exported {n} files to {folder}").format(n=len(written), folder=folder), 8000
        )
        if run.notes:
            _show_notes(window, run.notes)
        if choices.open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
    return written


def _show_notes(window, notes: list[UserMessage]) -> None:
    """What the export could not do well, though it wrote every file."""
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Export"), "", parent=window)
    box.setObjectName("exportNotes")
    box.setText(tr("The export is written, with a warning."))
    box.setInformativeText("\n".join(note.render(_translate) for note in notes))
    box.exec()


def _show_failure(window, error: UserError, written: list[Path]) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Export failed"), "", parent=window)
    text = error.render(_translate)
    first, _, rest = text.partition("\n")
    box.setText(first)
    if written:
        names = ", ".join(path.name for path in written)
        box.setInformativeText(
            tr("Files written before the problem are complete: {names}").format(names=names)
        )
    else:
        box.setInformativeText(tr("No file was written. The project is unchanged."))
    if rest:
        box.setDetailedText(rest)
    box.exec()
