"""Regenerate the sample documents of the demo practice: ``python docs/samples/make_samples.py``.

Each document is one function taking the open demo session and writing its PDFs (and a PNG of
the first page) into this folder; add a document by writing one more and listing it in ``SAMPLES``.
The date is fixed so the samples only change when the documents do. Name sample functions on the
command line (`python docs/samples/make_samples.py hours_logs`) to make only those.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from coachdesk.domain import Client, Engagement, Goal, GoalOrigin, Referral  # noqa: E402
from coachdesk.services.agreement_pdf import agreement_pdf  # noqa: E402
from coachdesk.services.demo import create_demo_vault  # noqa: E402
from coachdesk.services.hours_log import hours_log  # noqa: E402
from coachdesk.services.hours_log_export import hours_log_pdf  # noqa: E402
from coachdesk.services.referral_letter_pdf import referral_letter_pdf  # noqa: E402
from coachdesk.services.sponsor_report_pdf import sponsor_report_pdf  # noqa: E402
from coachdesk.vault import KdfAlgorithm, KdfParams  # noqa: E402

TODAY = date(2026, 11, 27)
FAST_KDF = KdfParams(KdfAlgorithm.ARGON2ID, 1024, 1, 1)  # a throwaway vault: no need for a slow KDF


def write_sample(name: str, pdf: bytes) -> Path:
    """Write ``name``.pdf and ``name``.png (its first page at 70 dpi, if pdftoppm is installed)."""
    path = HERE / f"{name}.pdf"
    path.write_bytes(pdf)
    if shutil.which("pdftoppm"):
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "70",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(path),
                str(HERE / name),
            ],
            check=True,
        )
    return path


def engagement_of(session: Session, client_name: str) -> Engagement:
    client = session.exec(select(Client).where(col(Client.name) == client_name)).one()
    return session.exec(select(Engagement).where(col(Engagement.client_id) == client.id)).one()


def agreements(session: Session) -> list[Path]:
    """A two-party agreement (Łukasz Nowak) and a three-way one (Zoë Ørsted, Nordlicht Energie)."""
    return [
        write_sample(name, agreement_pdf(session, engagement_of(session, client).id, TODAY))
        for name, client in (("agreement-two-party", "Łukasz Nowak"), ("agreement-three-way", "Zoë Ørsted"))
    ]


def referral_letters(session: Session) -> list[Path]:
    """The demo's referral: Chloé Girard to Dr Inès Laurent, with her consent."""
    referral = session.exec(select(Referral)).one()
    return [write_sample("referral-letter", referral_letter_pdf(session, referral.id, TODAY))]


def hours_logs(session: Session) -> list[Path]:
    """The demo practice's coaching-hours log (times read in Paris, where Alex Moreau practises)."""
    log = hours_log(session, TODAY, zone=ZoneInfo("Europe/Paris"))
    return [write_sample("hours-log", hours_log_pdf(session, log))]


def verification_letters(session: Session) -> list[Path]:
    """Vale & Tejo's contact verifies the hours of its confidential client, logged under an alias."""
    from coachdesk.services.verification_letter import organisations_with_aliases, verification_letter_pdf

    log = hours_log(session, TODAY, zone=ZoneInfo("Europe/Paris"))
    (organisation_id, _name), *_ = organisations_with_aliases(session)
    return [
        write_sample("verification-letter", verification_letter_pdf(session, organisation_id, TODAY, log=log))
    ]


def application_packs(session: Session) -> list[Path]:
    """The evidence for Alex Moreau's ICF application or renewal, as the pack's one PDF."""
    from coachdesk.services.application_pack import application_pack_pdf

    pdf = application_pack_pdf(session, TODAY, zone=ZoneInfo("Europe/Paris"))
    return [write_sample("credential-application", pdf)]


def sponsor_reports(session: Session) -> list[Path]:
    """Zoë Ørsted's three-way engagement reported to Nordlicht, with a summary she agreed to."""
    engagement = engagement_of(session, "Zoë Ørsted")
    summary = (
        "Zoë now runs the monthly operations review with her two leads and has handed weekly "
        "reporting to them; she leaves by 18:30 on most days."
    )
    # Zoë agreed to share her own goal on weekly reporting, in the words recorded with it.
    shared = session.exec(
        select(Goal.id).where(
            Goal.engagement_id == engagement.id, Goal.origin == GoalOrigin.CLIENT, Goal.sponsor_progress != ""
        )
    ).all()
    pdf = sponsor_report_pdf(
        session, engagement.id, TODAY, progress_summary=summary, summary_agreed=True, client_goal_ids=shared
    )
    return [write_sample("sponsor-report", pdf)]


def invoices(session: Session) -> list[Path]:
    """From the demo practice's invoices: a Factur-X invoice to the sponsor Nordlicht (reverse charge;
    dates and counts only), a client's overdue invoice partly paid with its payment reminder, and a
    credit note."""
    from coachdesk.services.invoice_export import reminder_pdf
    from coachdesk.services.invoice_list import list_invoices
    from coachdesk.services.invoice_pdf import invoice_pdf
    from coachdesk.services.invoice_status import InvoiceStatus

    rows = list_invoices(session, today=TODAY)
    sponsor = next(r for r in rows if r.payer_name.startswith("Nordlicht") and r.kind.value == "invoice")
    partly = next(r for r in rows if r.status is InvoiceStatus.OVERDUE and r.paid_minor)
    credit = next(r for r in rows if r.kind.value == "credit_note")
    return [
        write_sample("invoice", invoice_pdf(session, sponsor.id, TODAY, facturx=True)),
        write_sample("invoice-partly-paid", invoice_pdf(session, partly.id, TODAY)),
        write_sample("payment-reminder", reminder_pdf(session, partly.id, TODAY)),
        write_sample("credit-note", invoice_pdf(session, credit.id, TODAY)),
    ]


SAMPLES: list[Callable[[Session], list[Path]]] = [
    agreements,
    referral_letters,
    sponsor_reports,
    hours_logs,
    verification_letters,
    application_packs,
    invoices,
]


def main() -> None:
    """Make every sample, or only those whose function is named on the command line (``hours_logs``)."""
    wanted = set(sys.argv[1:])
    unknown = wanted - {make.__name__ for make in SAMPLES}
    if unknown:
        raise SystemExit(f"no such sample: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory() as folder:
        vault = create_demo_vault(
            Path(folder) / "demo.coachdesk", "sample passphrase", kdf=FAST_KDF, today=TODAY
        )
        try:
            with vault.session() as session:
                for make in (m for m in SAMPLES if not wanted or m.__name__ in wanted):
                    for path in make(session):
                        print(path.relative_to(HERE.parents[1]))
        finally:
            vault.close()


if __name__ == "__main__":
    main()
