"""Renders the README's screenshots offscreen: python docs/screenshots/take_screenshots.py."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from coachdesk.ui.unlock_window import UnlockWindow

HERE = Path(__file__).parent
SIZE = (720, 480)


def _settle(app: QApplication, window: UnlockWindow) -> None:
    for _ in range(20):
        app.processEvents()
    window._runner.wait()  # noqa: SLF001 (a script, not product code)
    for _ in range(20):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv[:1])
    QApplication.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "practice.coachdesk"
        window = UnlockWindow(path)
        window.resize(*SIZE)
        window.show()
        window.new_passphrase.setText("correct horse battery staple")
        window.repeat_passphrase.setText("correct horse battery staple")
        _settle(app, window)
        window.grab().save(str(HERE / "create-vault.png"))
        window.create_button.click()
        _settle(app, window)
        window.grab().save(str(HERE / "recovery-key.png"))
        window.stored_check.setChecked(True)
        window.recovery_continue.click()
        window.lock()
        window.passphrase.setText("not the passphrase")
        window.unlock_button.click()
        _settle(app, window)
        window.grab().save(str(HERE / "unlock-wrong-passphrase.png"))
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
