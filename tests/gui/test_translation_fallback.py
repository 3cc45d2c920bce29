"""A text a base class asks for with ``self.tr`` is found although PySide6 asks under the subclass's name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import QApplication

from coachdesk.ui.goals.action_item_dialog import ActionItemDialog
from coachdesk.ui.goals.goal_dialog import GoalDialog
from coachdesk.ui.kit.inherited_translator import InheritingTranslator, context_chain
from coachdesk.ui.kit.record_dialog import RecordDialog
from tests.gui.translation_support import app_language, compile_catalog

__all__ = ["app_language"]


class _Recorder(QTranslator):
    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        self.asked.append(context)
        return None


class _Base(QObject):
    def greeting(self) -> str:
        return self.tr("Good morning")


class _Derived(_Base):
    pass


def test_pyside_asks_under_the_runtime_class_name(app_language: QApplication) -> None:
    """Why the fallback exists: lupdate files "Good morning" under _Base, PySide6 asks under _Derived
    first (6.11 then retries under _Base and QObject by itself; older versions may not)."""
    recorder = _Recorder()
    app_language.installTranslator(recorder)
    try:
        assert _Derived().greeting() == "Good morning"
    finally:
        app_language.removeTranslator(recorder)
    assert recorder.asked[0] == "_Derived"


def test_the_base_classes_of_a_ui_class_are_known() -> None:
    chain = context_chain("GoalDialog")
    assert chain[0] == "RecordDialog"
    assert "DraftEditor" in chain
    assert context_chain("NotAClassOfTheApp") == ()
    assert issubclass(GoalDialog, RecordDialog) and issubclass(ActionItemDialog, RecordDialog)


def test_a_text_of_a_base_class_translates_in_its_subclasses(
    app_language: QApplication, tmp_path: Path
) -> None:
    qm = compile_catalog(
        tmp_path / "base.qm",
        "de_DE",
        {
            ("RecordDialog", "Save the record"): "Eintrag sichern",
            ("DraftEditor", "Keep the draft"): "Entwurf behalten",
            ("GoalDialog", "Save the record"): "Ziel sichern",  # a subclass's own entry wins
        },
    )
    plain, inheriting = QTranslator(), InheritingTranslator()
    assert plain.load(str(qm)) and inheriting.load(str(qm))

    assert plain.translate("ActionItemDialog", "Save the record") == ""  # Qt alone misses it
    assert inheriting.translate("ActionItemDialog", "Save the record") == "Eintrag sichern"
    assert inheriting.translate("ActionItemDialog", "Keep the draft") == "Entwurf behalten"
    assert inheriting.translate("GoalDialog", "Save the record") == "Ziel sichern"
    assert inheriting.translate("ActionItemDialog", "Unknown text") is None

    app_language.installTranslator(inheriting)
    try:
        assert QCoreApplication.translate("ActionItemDialog", "Save the record") == "Eintrag sichern"
        assert QCoreApplication.translate("ActionItemDialog", "Unknown text") == "Unknown text"
    finally:
        app_language.removeTranslator(inheriting)
