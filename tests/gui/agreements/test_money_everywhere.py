"""One amount, one way of writing it: the agreements table, the editor and the agreement PDF agree."""

from __future__ import annotations

import io
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlmodel import Session, col, select

from coachdesk.domain import Client
from coachdesk.services.agreement_list import agreement_rows
from coachdesk.services.agreement_pdf import agreement_pdf
from coachdesk.services.demo import create_demo_vault
from coachdesk.services.engagements import EngagementDetails, create_engagement
from coachdesk.ui.agreements.editor import EngagementEditor
from coachdesk.ui.agreements.table import AgreementColumn, AgreementTableModel
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 3, 2)
# Text extraction reports the no-break spaces the amounts are written with as plain spaces.
_AS_EXTRACTED = str.maketrans({"\u00a0": " ", "\u202f": " "})


@pytest.fixture
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    saved = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    vault = create_demo_vault(
        tmp_path_factory.mktemp("money") / "demo.coachdesk", PASSPHRASE, kdf=FAST_KDF, today=TODAY
    )
    yield vault
    vault.close()
    QLocale.setDefault(saved)


def _agreement(db: Session, currency: str, fee: str) -> uuid.UUID:
    client = db.exec(select(Client).where(col(Client.name) == "Zoë Ørsted")).one()
    details = EngagementDetails(
        client.id, f"Leading in {currency}", currency=currency, fee=fee, session_count=6
    )
    created = create_engagement(db, details).created
    assert created is not None
    return created


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize(
    ("currency", "fee", "shown"),
    [("NOK", "2500", "NOK\u00a02,500.00 per session"), ("EUR", "120", "€120.00 per session")],
)
def test_the_table_the_editor_and_the_pdf_write_the_fee_alike(
    qtbot: QtBot, demo: Vault, currency: str, fee: str, shown: str
) -> None:
    with demo.session() as db:
        engagement = _agreement(db, currency, fee)
        rows = agreement_rows(db)
        pdf = agreement_pdf(db, engagement, TODAY)
    model = AgreementTableModel()
    model.set_rows(rows)
    row = next(i for i, r in enumerate(model.rows()) if r.id == engagement)
    in_table = model.index(row, AgreementColumn.FEE).data()
    assert in_table == shown
    editor = EngagementEditor(demo.session, engagement, None, today=TODAY)
    qtbot.addWidget(editor)
    assert editor.fields.fee_shown.text() == f"= {in_table}, paid by the client"
    text = _pdf_text(pdf)
    assert in_table.translate(_AS_EXTRACTED) in text  # the summary of terms
    amount = in_table.removesuffix(" per session").translate(_AS_EXTRACTED)
    assert f"The fee is {amount} per session" in " ".join(text.split())  # the fees clause
