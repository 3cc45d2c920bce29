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
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from coachdesk.documents.agreement import AgreementRenderer  # noqa: E402
from coachdesk.domain import Client, CoachProfile, Engagement, Goal, GoalOrigin, Referral  # noqa: E402
from coachdesk.services.agreement_pdf import agreement_pdf, live_agreement_data  # noqa: E402
from coachdesk.services.conflicts import conflicts_concerning  # noqa: E402
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


# What the coach types for a German or French client (terms, profile wording, the conflict's wording):
# CoachDesk prints it as typed, so a sample in another language needs it typed in that language.
TYPED_IN = {
    "de": {
        "title": "Die ersten 100 Tage als Leiterin Operations",
        "role": "Leiterin Operations",
        "payment_terms": "Monatliche Rechnung an den Auftraggeber; zahlbar innerhalb von 30 Tagen.",
        "cancellation_policy": "Sitzungen, die weniger als 24 Stunden vorher verschoben werden, werden voll "
        "berechnet.",
        "three_way_meetings": "in der ersten Woche, zur Zwischenbilanz in Woche acht und zum Abschluss",
        "contact_channels": "E-Mail und Signal, für alles zwischen den Sitzungen.",
        "contact_hours": "Montag bis Freitag, 9 bis 18 Uhr.",
        "response_time": "Innerhalb von zwei Werktagen.",
        "gifts_policy": "Keine Geschenke über eine Aufmerksamkeit von unter 25 € hinaus.",
        "confidentiality_terms": "",
        "platforms": "Zoom für Videositzungen und Signal für kurze Nachrichten",
        "processors": "Proton Mail (E-Mail), Zoom (Videositzungen) und Signal (Nachrichten); keiner dieser "
        "Dienste erhält Sitzungsnotizen",
        "qualifications": "MSc Coaching-Psychologie; Akkreditierung als EMCC Senior Practitioner",
        "complaints_route": "Bitte wenden Sie sich mit jedem Anliegen zuerst an Alex. Wird es nicht geklärt, "
        "kann es im Ethical Conduct Review der ICF vorgebracht werden: International Coaching Federation, "
        "Ethics and Compliance, 2365 Harrodsburg Rd, Suite A325, Lexington, KY 40504, USA; "
        "ethics@coachingfederation.org.",
        "document_wording": "Der Coach coacht eine weitere Person in derselben Organisation; die beiden "
        "Coachings bleiben vollständig getrennt.",
        "safeguards": "Nichts aus dem einen Coaching wird im anderen verwendet; jeder Klient kann diese "
        "Regelung jederzeit beenden",
    },
    "fr": {
        "title": "Reconversion vers la recherche UX",
        "role": "Chef de produit",
        "payment_terms": "Réglé d’avance pour chaque bloc de trois séances.",
        "cancellation_policy": "Une séance déplacée moins de 24 heures à l’avance est facturée en totalité.",
        "three_way_meetings": "",
        "contact_channels": "E-mail et Signal, pour tout ce qui se présente entre les séances.",
        "contact_hours": "Du lundi au vendredi, de 9 h à 18 h.",
        "response_time": "Sous deux jours ouvrés.",
        "gifts_policy": "Aucun cadeau au-delà d’une attention de moins de 25 €.",
        "confidentiality_terms": "",
        "platforms": "Zoom pour les séances en visioconférence et Signal pour les messages courts",
        "processors": "Proton Mail (e-mail), Zoom (visioconférence) et Signal (messages) ; aucun de ces "
        "services ne reçoit de notes de séance",
        "qualifications": "MSc en psychologie du coaching ; accréditation EMCC Senior Practitioner",
        "complaints_route": "Adressez d’abord toute préoccupation à Alex. Si elle n’est pas résolue, elle "
        "peut être portée devant la procédure Ethical Conduct Review de l’ICF : International Coaching "
        "Federation, Ethics and Compliance, 2365 Harrodsburg Rd, Suite A325, Lexington, KY 40504, USA ; "
        "ethics@coachingfederation.org.",
        "document_wording": "",
        "safeguards": "",
    },
}


def agreement_in(session: Session, client_name: str, language: str) -> bytes:
    """The client's agreement in ``language``, as a coach writing for that client would type its terms.

    The demo's agreements were signed in English, so this prints the terms as they stand (the live
    agreement), after setting the client's document language and the wording the coach types.
    """
    typed = TYPED_IN[language]
    engagement = engagement_of(session, client_name)
    client = session.get(Client, engagement.client_id)
    profile = session.exec(select(CoachProfile)).one()
    assert client is not None
    client.document_language, client.role = language, typed["role"]
    for name in ("title", "payment_terms", "cancellation_policy", "contact_channels", "contact_hours",
                 "response_time", "gifts_policy", "confidentiality_terms"):  # fmt: skip
        setattr(engagement, name, typed[name])
    if engagement.sponsor_id is not None:
        engagement.three_way_meetings = typed["three_way_meetings"]
    for name in ("platforms", "processors", "qualifications", "complaints_route"):
        setattr(profile, name, typed[name])
    for conflict in conflicts_concerning(session, engagement):
        conflict.document_wording, conflict.safeguards = typed["document_wording"], typed["safeguards"]
    session.flush()
    return AgreementRenderer(live_agreement_data(session, engagement, TODAY)).render()


def agreements_in_german_and_french(session: Session) -> list[Path]:
    """Zoë Ørsted's three-way agreement in German (Nordlicht is in Hamburg) and Łukasz Nowak's in French."""
    return [
        write_sample("agreement-three-way-de", agreement_in(session, "Zoë Ørsted", "de")),
        write_sample("agreement-fr", agreement_in(session, "Łukasz Nowak", "fr")),
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
    return [write_sample("sponsor-report", _sponsor_report(session))]


# The summary Zoë agreed to, as she wrote it in each language (the coach types it; it is not translated).
SUMMARIES = {
    "en": (
        "Zoë now runs the monthly operations review with her two leads and has handed weekly "
        "reporting to them; she leaves by 18:30 on most days."
    ),
    "de": (
        "Zoë leitet jetzt die monatliche Betriebsbesprechung mit ihren beiden Teamleitungen und hat das "
        "wöchentliche Reporting an sie übergeben; an den meisten Tagen geht sie um 18:30 Uhr."
    ),
    "fr": (
        "Zoë anime désormais la revue mensuelle des opérations avec ses deux responsables et leur a confié "
        "le reporting hebdomadaire ; la plupart des jours, elle part à 18 h 30."
    ),
}


def _sponsor_report(session: Session, language: str | None = None) -> bytes:
    engagement = engagement_of(session, "Zoë Ørsted")
    summary = SUMMARIES[language or "en"]
    # Zoë agreed to share her own goal on weekly reporting, in the words recorded with it.
    shared = session.exec(
        select(Goal.id).where(
            Goal.engagement_id == engagement.id, Goal.origin == GoalOrigin.CLIENT, Goal.sponsor_progress != ""
        )
    ).all()
    return sponsor_report_pdf(
        session,
        engagement.id,
        TODAY,
        progress_summary=summary,
        summary_agreed=True,
        client_goal_ids=shared,
        language=language,
    )


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


def _speaks(session: Session, name: str, language: str) -> Client:
    """Give ``name`` a document language, as the client dialog does."""
    from coachdesk.services.clients import ClientDetails, update_client

    client = session.exec(select(Client).where(col(Client.name) == name)).one()
    details = ClientDetails(name=name, organisation_id=client.organisation_id, document_language=language)
    update_client(session, client.id, details)
    return client


def _bill_now(session: Session, client_name: str, *, sponsor: bool = False) -> uuid.UUID:
    """Invoice the client's unbilled sessions today: the lines are written in the client's language."""
    from coachdesk.domain import Payer, TaxTreatment
    from coachdesk.services.invoice_issue import issue_invoice
    from coachdesk.services.invoices import DraftDetails, draft_from_engagement, update_draft

    draft = draft_from_engagement(session, engagement_of(session, client_name).id, until=TODAY).created
    assert draft is not None
    if sponsor:  # the sponsor pays, from another EU country
        details = DraftDetails(payer=Payer.SPONSOR, tax_treatment=TaxTreatment.REVERSE_CHARGE)
        update_draft(session, draft, details)
    issue_invoice(session, draft, on=TODAY)
    return draft


def in_other_languages(session: Session) -> list[Path]:
    """Zoë Ørsted reads German and Chloé Girard French: their latest sessions invoiced today (lines in
    their language), a partial payment, a reminder and a partial credit on Chloé's, the sponsor report
    and the referral letter, each in its client's language; the other language of each by ``language=``
    (``--language`` on the command line). Run last: it bills in the sample vault."""
    from datetime import timedelta

    from coachdesk.services.invoice_export import reminder_pdf
    from coachdesk.services.invoice_issue import credit_invoice
    from coachdesk.services.invoice_payments import record_payment
    from coachdesk.services.invoice_pdf import invoice_pdf

    _speaks(session, "Zoë Ørsted", "de")
    _speaks(session, "Chloé Girard", "fr")
    nordlicht = _bill_now(session, "Zoë Ørsted", sponsor=True)
    chloe = _bill_now(session, "Chloé Girard")
    credit = credit_invoice(session, chloe, amount="25.00", on=TODAY + timedelta(days=2)).created
    assert credit is not None
    record_payment(session, chloe, "40.00", on=TODAY + timedelta(days=3), reference="Virement 0412")
    later = TODAY + timedelta(days=30)
    referral = session.exec(select(Referral)).one()
    return [
        write_sample("invoice-de", invoice_pdf(session, nordlicht, TODAY, facturx=True)),
        write_sample("payment-reminder-de", reminder_pdf(session, nordlicht, later)),
        write_sample("sponsor-report-de", _sponsor_report(session, "de")),
        write_sample("referral-letter-de", referral_letter_pdf(session, referral.id, TODAY, language="de")),
        write_sample("invoice-fr", invoice_pdf(session, chloe, later)),
        write_sample("payment-reminder-fr", reminder_pdf(session, chloe, later)),
        write_sample("credit-note-fr", invoice_pdf(session, credit, later)),
        write_sample("sponsor-report-fr", _sponsor_report(session, "fr")),
        write_sample("referral-letter-fr", referral_letter_pdf(session, referral.id, TODAY)),
    ]


SAMPLES: list[Callable[[Session], list[Path]]] = [
    agreements,
    referral_letters,
    sponsor_reports,
    hours_logs,
    verification_letters,
    application_packs,
    invoices,
    in_other_languages,
    agreements_in_german_and_french,  # last: it rewrites the typed terms of the throwaway vault
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
