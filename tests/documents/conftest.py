"""Fixtures for document tests."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from sqlmodel import Session

from coachdesk.vault import Vault


@pytest.fixture
def pdf_tools() -> None:
    """pdffonts and pdftoppm (poppler-utils) and qpdf check the PDFs; the test setup installs them."""
    missing = [tool for tool in ("pdffonts", "pdftoppm", "qpdf") if shutil.which(tool) is None]
    assert not missing, f"install {', '.join(missing)}: sh packaging/debian-packages.sh --test"


@pytest.fixture
def db(vault: Vault) -> Iterator[Session]:
    """A database session on a new vault."""
    with vault.session() as session:
        yield session
