"""Renders the README's screenshots offscreen at 1280x800: python docs/screenshots/take_screenshots.py."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from coachdesk.ui.app_controller import AppController
from coachdesk.vault import KdfAlgorithm, KdfParams
from coachdesk.vault import vault as vault_module

HERE = Path(__file__).parent
SIZE = (1280, 800)
PASSPHRASE = "correct horse battery staple"


def _settle(app: QApplication, controller: AppController) -> None:
    for _ in range(30):
        app.processEvents()
    controller.unlock_window.wait_for_work()
    for _ in range(30):
        app.processEvents()


def _shoot(widget: QWidget, name: str) -> None:
    widget.resize(*SIZE)
    QApplication.processEvents()
    widget.grab().save(str(HERE / name))
    print(f"wrote {HERE / name}")


def main() -> int:
    app = QApplication(sys.argv[:1])
    QApplication.setStyle("Fusion")
    # A fast key derivation: these pictures need no real protection.
    vault_module.calibrate = lambda *_args: KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        controller = AppController(Path(folder) / "practice.coachdesk", settings)
        window = controller.unlock_window
        controller.start()
        window.new_passphrase.setText(PASSPHRASE)
        window.repeat_passphrase.setText(PASSPHRASE)
        _settle(app, controller)
        _shoot(window, "create-vault.png")
        window.create_button.click()
        _settle(app, controller)
        _shoot(window, "recovery-key.png")
        window.stored_check.setChecked(True)
        window.recovery_continue.click()
        form = window.profile_form
        for name, value in [
            ("name", "Alex Moreau"),
            ("practice_name", "Moreau Coaching & Mentoring"),
            ("credentials", "ICF PCC"),
            ("professional_body", "International Coaching Federation"),
            ("code_of_ethics", "ICF Code of Ethics (2025)"),
        ]:
            form.fields[name].setText(value)  # type: ignore[union-attr]
        _shoot(window, "coach-profile.png")
        window.profile_save.click()
        _settle(app, controller)
        _shoot(controller.main_window, "main-window.png")
        controller.lock()
        window.passphrase.setText("not the passphrase")
        window.unlock_button.click()
        _settle(app, controller)
        _shoot(window, "unlock-wrong-passphrase.png")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
