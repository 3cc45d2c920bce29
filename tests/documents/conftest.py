"""Fixtures for document tests."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture
def pdf_tools() -> None:
    """pdffonts and pdftoppm (poppler-utils) and qpdf check the PDFs; the test setup installs them."""
    missing = [tool for tool in ("pdffonts", "pdftoppm", "qpdf") if shutil.which(tool) is None]
    assert not missing, f"install {', '.join(missing)}: sh packaging/debian-packages.sh --test"
