"""The save dialog checks the place before it asks about replacing, and says why a place is refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coachdesk.ui.kit.file_dialogs import save_file_name
from coachdesk.vault.format import MAGIC

Step = Callable[[QWidget], None]


def _drive(qtbot: QtBot, steps: list[Step], seen: list[str]) -> Callable[[], None]:
    """Answer each modal window as it opens, in order, noting what each one was.

    A window that opens when no step is left is noted as unexpected and closed, so a test fails
    instead of waiting for ever. Returns what stops the watching, once the dialog has returned.
    """
    stopped: list[bool] = []

    def next_step() -> None:
        if stopped:
            return
        modal = QApplication.activeModalWidget()
        if modal is None or getattr(modal, "_answered", False):
            QTimer.singleShot(20, next_step)
            return
        modal._answered = True  # type: ignore[attr-defined]
        seen.append(modal.text() if isinstance(modal, QMessageBox) else type(modal).__name__)
        if steps:
            steps.pop(0)(modal)
        else:
            seen.append("unexpected")
            modal.close()
        QTimer.singleShot(20, next_step)

    QTimer.singleShot(0, next_step)
    return lambda: stopped.append(True)


def _pick(path: Path) -> Step:
    def pick(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")  # what a coach types into the dialog
        assert name is not None
        name.setText(path.name)
        dialog.accept()

    return pick


def _press(button: QMessageBox.StandardButton) -> Step:
    def press(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return press


def test_a_vault_is_refused_before_any_replace_question(qtbot: QtBot, tmp_path: Path) -> None:
    vault = tmp_path / "practice.coachdesk"
    vault.write_bytes(MAGIC + b"...")
    fresh = tmp_path / "agreement.pdf"
    seen: list[str] = []
    stop = _drive(
        qtbot,
        [_pick(tmp_path / "practice.coachdesk"), _press(QMessageBox.StandardButton.Ok), _pick(fresh)],
        seen,
    )
    chosen = save_file_name(
        None, "Export", str(tmp_path / "agreement.pdf"), "PDF (*.pdf)", export=True, vaults=[vault]
    )
    stop()
    assert chosen == str(fresh)
    assert seen[0] == "QFileDialog" and seen[2] == "QFileDialog"
    assert "is your vault" in seen[1]
    assert not any("Replace it?" in text for text in seen)


def test_replacing_an_ordinary_file_is_asked_once_with_no_as_the_default(
    qtbot: QtBot, tmp_path: Path
) -> None:
    old = tmp_path / "log.csv"
    old.write_text("old")
    other = tmp_path / "log-2.csv"
    seen: list[str] = []
    steps = [
        _pick(old),
        _press(QMessageBox.StandardButton.No),
        _pick(old),
        _press(QMessageBox.StandardButton.Yes),
    ]
    stop = _drive(qtbot, steps, seen)
    chosen = save_file_name(None, "Export", str(other), "CSV (*.csv)", export=True)
    stop()
    assert chosen == str(old)
    assert seen == ["QFileDialog", f"“log.csv” already exists in {tmp_path}. Replace it?"] * 2


def test_the_ending_is_added_to_a_bare_name(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []
    stop = _drive(qtbot, [_pick(tmp_path / "calendar")], seen)
    chosen = save_file_name(None, "Export", str(tmp_path / "x.ics"), "Calendar (*.ics)", export=True)
    stop()
    assert chosen == str(tmp_path / "calendar.ics")
