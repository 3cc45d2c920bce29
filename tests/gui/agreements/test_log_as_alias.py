"""The agreement editor's "log as an alias" choice: only with a sponsor, loaded and saved."""

from __future__ import annotations

import uuid

from pytestqt.qtbot import QtBot

from coachdesk.ui.agreements.editor_fields import NO_SPONSOR
from coachdesk.vault import Vault
from tests.gui.agreements.test_editor import _editor, _engagements, _ok, _pick, _three_way, people

__all__ = ["people"]


def test_log_as_an_alias_needs_a_sponsor_and_is_saved_and_loaded(
    qtbot: QtBot, vault: Vault, people: dict[str, uuid.UUID]
) -> None:
    engagement = _three_way(vault, people)
    editor = _editor(qtbot, vault, engagement)
    f = editor.fields
    assert f.log_as_alias.isEnabled() and not f.log_as_alias.isChecked()
    f.log_as_alias.setChecked(True)
    _ok(editor)
    [e] = _engagements(vault)
    assert e.log_as_alias
    again = _editor(qtbot, vault, engagement)
    assert again.fields.log_as_alias.isChecked()
    _pick(again.fields.sponsor, NO_SPONSOR)
    assert not again.fields.log_as_alias.isEnabled()
    assert again.fields.details().log_as_alias is False  # never without a sponsor
