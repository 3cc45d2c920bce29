"""``coachdesk --self-test``: passes headless, leaves no files, and names the step and cause that fail."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from reportlab.pdfgen import canvas  # type: ignore[import-untyped]

from coachdesk import self_test
from coachdesk.self_test import CLIENT, run_self_test

STEP_NAMES = [name for name, _step in self_test.STEPS] + ["clean-up"]


def _step_lines(output: str) -> list[str]:
    return [line.strip() for line in output.splitlines() if line.startswith("  ")]


def test_passes_without_a_display_and_leaves_no_files(tmp_path: Path) -> None:
    temp, home = tmp_path / "tmp", tmp_path / "home"
    temp.mkdir()
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    env.update(TMPDIR=str(temp), HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = _step_lines(result.stdout)
    assert [line.split()[1].rstrip(":") for line in lines] == [name.split()[0] for name in STEP_NAMES]
    assert all(line.startswith("ok ") for line in lines), result.stdout
    assert result.stdout.splitlines()[-1].startswith("Self-test passed: 11 of 11 steps")
    assert "offscreen" in next(line for line in lines if "unlock window:" in line)
    assert "quitting saves and closes the vault" in next(line for line in lines if "main window:" in line)
    assert list(temp.iterdir()) == [], "the self-test left files in the temporary folder"
    assert list(home.iterdir()) == [], "the self-test wrote into the home folder"


def _pdf_without_the_client() -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Coaching agreement")
    page.save()
    return buffer.getvalue()


def test_a_failed_check_names_its_step_skips_the_rest_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(
        "coachdesk.services.document_export.agreement_pdf", lambda *_args, **_kw: _pdf_without_the_client()
    )
    out = io.StringIO()
    assert run_self_test(out) == 1
    lines = _step_lines(out.getvalue())
    assert f"FAIL  agreement: the agreement does not print {CLIENT!r}" in lines
    assert [line.split()[0] for line in lines] == ["ok"] * 5 + ["FAIL", "skip", "skip", "skip", "skip", "ok"]
    assert lines[-5:-1] == [
        "skip  referral letter",
        "skip  languages",
        "skip  unlock window",
        "skip  main window",
    ]
    assert out.getvalue().splitlines()[-1].startswith("Self-test FAILED at 'agreement'")
    assert list(tmp_path.iterdir()) == []


def test_the_cause_behind_a_plain_message_is_shown(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A frozen app missing a module fails with a plain message; the line also names the module."""

    def missing_module(_engine: object) -> None:
        raise ModuleNotFoundError("No module named 'alembic.op'")

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr("coachdesk.vault.migrations.upgrade", missing_module)
    out = io.StringIO()
    assert run_self_test(out) == 1
    failed = next(line for line in _step_lines(out.getvalue()) if line.startswith("FAIL"))
    assert failed.startswith(
        "FAIL  vault: the schema migrations, which bring older vaults up to date, could not run"
    )
    assert "cause: ModuleNotFoundError: No module named 'alembic.op'" in failed
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_offers_it() -> None:
    helptext = subprocess.run(
        [sys.executable, "-m", "coachdesk", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert "--self-test" in helptext
