"""The practice's tables load on first use: the pure rules of the domain (phrases, folding) serve
the unlock window without SQLModel and SQLAlchemy, and naming any table loads them all."""

from __future__ import annotations

import subprocess
import sys

import pytest

import coachdesk.domain
from coachdesk.domain import tables


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def test_the_pure_rules_load_without_the_database_libraries() -> None:
    code = (
        "import sys\n"
        "import coachdesk.domain.phrases, coachdesk.domain.folding, coachdesk.services.db\n"
        "import coachdesk.services.vault_access\n"
        "heavy = ('sqlalchemy', 'sqlmodel', 'coachdesk.domain.tables')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
    )
    assert _run(code) == "[]"


def test_naming_one_table_loads_every_table_into_the_metadata() -> None:
    """So that each foreign key finds its table, whichever table a module names first."""
    code = (
        "from coachdesk.domain import Client\n"
        "from sqlmodel import SQLModel\n"
        "print(' '.join(sorted(SQLModel.metadata.tables)))\n"
    )
    assert _run(code).split() == sorted(tables.metadata.tables)


def test_the_package_names_are_the_tables_own() -> None:
    assert coachdesk.domain.__all__ == tables.__all__  # a table added there is named here
    for name in coachdesk.domain.__all__:
        assert getattr(coachdesk.domain, name) is getattr(tables, name)
    with pytest.raises(AttributeError, match="no attribute 'Clinet'"):
        coachdesk.domain.Clinet  # noqa: B018
