"""``coachdesk list mentoring|supervision|cce``: tab-separated rows with a header line (demo practice)."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from coachdesk.cli import main
from coachdesk.services.demo import create_demo_vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 12, 5)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=TODAY).close()
    return path


def _list(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], what: str, path: Path
) -> list[list[str]]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    assert main(["list", what, str(path)]) == 0
    out = capsys.readouterr().out
    assert out.endswith("\n")
    return [line.split("\t") for line in out.splitlines()]


def test_list_mentoring(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    header, *rows = _list(monkeypatch, capsys, "mentoring", demo_path)
    assert header == ["id", "date", "mentor", "mentor_credential", "hours", "format", "group_size"]
    assert [row[1:] for row in rows[:2]] == [
        ["2026-05-19", "Mara Quist", "MCC", "1", "one-to-one", "1"],
        ["2026-06-18", "Mara Quist", "PCC", "1.5", "group", "6"],
    ]
    assert len(rows) == 6 and all(len(row) == len(header) for row in rows)


def test_list_supervision(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    header, *rows = _list(monkeypatch, capsys, "supervision", demo_path)
    assert header == ["id", "date", "supervisor", "hours", "format"]
    assert [row[1:] for row in rows] == [
        ["2026-02-08", "Pat Oyelaran", "1.5", "individual"],
        ["2026-06-08", "Pat Oyelaran", "2", "group"],
        ["2026-10-21", "Pat Oyelaran", "1.5", "individual"],
    ]


def test_list_cce(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_path: Path
) -> None:
    header, *rows = _list(monkeypatch, capsys, "cce", demo_path)
    assert header == ["id", "date", "title", "provider", "units", "category", "certificate"]
    assert [row[1:] for row in rows] == [
        [
            "2025-10-31",
            "Ethics in everyday coaching",
            "ICF Learning Portal",
            "3",
            "Coaching Ethics",
            "ethics-certificate.pdf",
        ],
        [
            "2026-01-19",
            "Coaching presence intensive",
            "Northlight Coach Academy",
            "12",
            "Core Competencies",
            "",
        ],
        [
            "2026-07-08",
            "Team coaching foundations",
            "Northlight Coach Academy",
            "8.5",
            "Core Competencies",
            "",
        ],
        [
            "2026-09-21",
            "Building a coaching practice",
            "Small Business Network",
            "6",
            "Resource Development",
            "",
        ],
    ]


def test_the_help_names_the_new_lists(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["list", "--help"])
    out = capsys.readouterr().out
    assert "mentoring" in out and "supervision" in out and "cce" in out
