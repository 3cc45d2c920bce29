"""``coachdesk --self-test``: proves headless that this installation works, end to end, one line per step."""

from __future__ import annotations

import io
import shutil
import sys
import tempfile
import time
import traceback
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from coachdesk import __version__

PASSPHRASE = "self-test passphrase, not a secret"  # noqa: S105 (a throwaway vault in a temporary folder)
CLIENT = "Zoë Łukasiewicz-Ørsted"  # accents and letters beyond Latin-1 must print
COACH = "Alex Moreau"
PROFESSIONAL = "Dr Inès Laurent"
PRIVATE_NOTE = "Spoke about the tension with her line manager and a wish to leave."
ENGAGEMENT_TITLE = "Finding her feet as head of operations"


class StepFailed(Exception):
    """A check within a step did not hold; the message says which."""


@dataclass
class _Run:
    """What the steps share: the temporary folder and the ids of what the practice holds."""

    folder: Path
    today: date = field(default_factory=date.today)
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    pdfs: dict[str, bytes] = field(default_factory=dict)

    @property
    def vault_path(self) -> Path:
        return self.folder / "self-test.coachdesk"


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _resources(run: _Run) -> str:
    from coachdesk.resources import resource_path, resource_root

    root = resource_root()
    fonts = sorted(p.name for p in resource_path("fonts").glob("*.ttf"))
    _check("DejaVuSans.ttf" in fonts, f"DejaVuSans.ttf is missing from {root / 'fonts'}")
    resource_path("clauses", "agreement.txt")
    for language in ("de", "fr"):  # the agreement in German and French
        resource_path("clauses", language, "agreement.txt")
    resource_path("legal", "data_protection_authorities.toml")
    resource_path("icons", "coachdesk.svg")
    from coachdesk.services.credential_rules import experience_rules

    rules = experience_rules()  # read and checked: a broken file stops the self-test here
    checked = f"credential rules of {rules.checked_on}"
    return f"found in {root} ({len(fonts)} fonts, agreement clauses, app icon, {checked})"


def _vault(run: _Run) -> str:
    from coachdesk.vault import KdfAlgorithm, KdfParams, Vault
    from coachdesk.vault.kdf import argon2_available

    # Small settings: this checks that key derivation works here, not how slow it is.
    kdf = (
        KdfParams(KdfAlgorithm.ARGON2ID, 8 * 1024, 1, 1)
        if argon2_available()
        else KdfParams(KdfAlgorithm.SCRYPT, 14, 8, 1)
    )
    with Vault.create(run.vault_path, PASSPHRASE, kdf=kdf):
        pass
    _check(run.vault_path.is_file(), "the vault file was not written")
    # A new vault's schema comes from an image; the scripts that upgrade older vaults must run here
    # too, and make that same schema.
    from coachdesk.vault.migrations import head_schema

    try:
        migrated = head_schema.migrated_script()
    except Exception as error:  # a frozen app missing a script or a module: the cause is shown
        raise RuntimeError(
            "the schema migrations, which bring older vaults up to date, could not run"
        ) from error
    _check(
        head_schema.comparable(migrated) == head_schema.comparable(head_schema.SCRIPT.read_text("utf-8")),
        "the schema migrations do not make the schema a new vault is given",
    )
    return f"created in a temporary folder, {kdf.describe()}; the schema migrations ran and agree with it"


def _practice(run: _Run) -> str:
    from coachdesk.services.clients import ClientDetails, create_client
    from coachdesk.services.consents import ConsentDetails, create_consent
    from coachdesk.services.directory import ProfessionalDetails, create_professional
    from coachdesk.services.engagements import EngagementDetails, create_engagement
    from coachdesk.services.profile import ProfileDetails, save_profile
    from coachdesk.services.referrals import ReferralDetails, create_referral
    from coachdesk.services.sessions import SessionDetails, create_session
    from coachdesk.vault import Vault

    def created(changes: object) -> uuid.UUID:
        new = getattr(changes, "created", None)
        _check(isinstance(new, uuid.UUID), "a service did not report what it created")
        assert isinstance(new, uuid.UUID)
        return new

    today = run.today
    with Vault.open(run.vault_path, PASSPHRASE) as vault, vault.session() as db:
        save_profile(
            db,
            ProfileDetails(
                name=COACH,
                practice_name="Moreau Coaching",
                credentials="ICF PCC",
                code_of_ethics="ICF Code of Ethics",
                email="alex@moreau-coaching.example",
            ),
        )
        client = created(
            create_client(
                db,
                ClientDetails(
                    name=CLIENT, email="zoe@example.org", role="Head of Operations", status="active"
                ),
            )
        )
        run.ids["engagement"] = created(
            create_engagement(
                db,
                EngagementDetails(
                    client_id=client,
                    title=ENGAGEMENT_TITLE,
                    start_date=today,
                    end_date=today + timedelta(days=90),
                    session_count=6,
                    fee=Decimal("120.00"),
                ),
            )
        )
        create_session(
            db,
            SessionDetails(
                client_id=client,
                engagement_id=run.ids["engagement"],
                starts_at=datetime.now(UTC).replace(microsecond=0) - timedelta(days=1),
                status="completed",
                private_notes=PRIVATE_NOTE,
            ),
        )
        professional = created(
            create_professional(
                db, ProfessionalDetails(name=PROFESSIONAL, profession="Clinical psychologist")
            )
        )
        consent = created(
            create_consent(
                db,
                ConsentDetails(client_id=client, scope="referral", recipient=PROFESSIONAL, granted_on=today),
            )
        )
        run.ids["referral"] = created(
            create_referral(
                db,
                ReferralDetails(
                    client_id=client,
                    professional_id=professional,
                    reason="Sleep problems over several weeks, beyond the scope of coaching.",
                    consent_id=consent,
                    referred_on=today,
                ),
            )
        )
        vault.save()
    return "wrote a coach profile, a client, an agreement, a session with notes and a referral with consent"


def _saved(run: _Run) -> str:
    data = run.vault_path.read_bytes()
    for plain in (CLIENT, PRIVATE_NOTE):
        _check(plain.encode() not in data, "client data is readable in the saved file")
    return f"saved to disk ({len(data) // 1024} KB), encrypted: no client data readable in the file"


def _reopen(run: _Run) -> str:
    from sqlmodel import select

    from coachdesk.domain import Client, CoachingSession
    from coachdesk.vault import Vault, WrongPassphrase

    try:
        Vault.open(run.vault_path, PASSPHRASE + " (wrong)", read_only=True).close()
    except WrongPassphrase:
        pass
    else:
        raise StepFailed("a wrong passphrase opened the vault")
    with Vault.open(run.vault_path, PASSPHRASE) as vault, vault.session() as db:
        names = [c.name for c in db.exec(select(Client)).all()]
        notes = [s.private_notes for s in db.exec(select(CoachingSession)).all()]
    _check(names == [CLIENT], f"the reopened vault holds the clients {names!r}")
    _check(notes == [PRIVATE_NOTE], "the session notes did not come back as written")
    return "reopened with the passphrase (a wrong one is refused); client and notes intact"


def _pdf_text(pdf: bytes) -> tuple[str, int, set[str]]:
    """The text of a PDF with whitespace made single spaces, its page count and its font names."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    fonts: set[str] = set()
    for page in reader.pages:
        resources = page.get("/Resources")
        font_table = resources.get_object().get("/Font") if resources is not None else None
        for font in font_table.get_object().values() if font_table is not None else ():
            fonts.add(str(font.get_object().get("/BaseFont", "")))
    return text, len(reader.pages), fonts


def _document(run: _Run, kind: str) -> str:
    from coachdesk.services.document_export import (
        agreement_document,
        export_document,
        referral_letter_document,
    )
    from coachdesk.vault import Vault

    with Vault.open(run.vault_path, PASSPHRASE) as vault, vault.session() as db:
        if kind == "agreement":
            source = agreement_document(run.ids["engagement"], run.today)
            expected = (CLIENT, COACH, ENGAGEMENT_TITLE)
        else:
            source = referral_letter_document(run.ids["referral"], run.today)
            expected = (CLIENT, COACH, PROFESSIONAL)
        target = run.folder / f"{kind}.pdf"
        export_document(db, target, source.render(db), source, vaults=[run.vault_path])
        vault.save()  # the export is recorded in the vault, as the app does
    pdf = target.read_bytes()
    _check(pdf.startswith(b"%PDF-"), f"the {kind} is not a PDF")
    text, pages, fonts = _pdf_text(pdf)
    for wanted in expected:
        _check(wanted in text, f"the {kind} does not print {wanted!r}")
    _check(PRIVATE_NOTE not in text, f"the {kind} prints the session's private notes")
    _check(any("DejaVu" in font for font in fonts), f"the {kind} does not embed the DejaVu fonts")
    plural = "s" if pages != 1 else ""
    return f"{pages} page{plural}, {len(pdf) // 1024} KB; prints the client's and coach's names, no notes"


def _agreement(run: _Run) -> str:
    return _document(run, "agreement")


def _referral_letter(run: _Run) -> str:
    return _document(run, "referral letter")


def _unlock_window(run: _Run) -> str:
    from coachdesk.app import app_icon
    from coachdesk.ui.shell.self_check import WindowCheckFailed, check_unlock_window  # Qt, offscreen

    try:
        return check_unlock_window(run.vault_path, app_icon)
    except WindowCheckFailed as failed:
        raise StepFailed(str(failed)) from None


def _languages(run: _Run) -> str:
    from coachdesk.ui.kit.translation import check_languages  # Qt's translators, no window

    try:
        return check_languages()
    except LookupError as missing:
        raise StepFailed(str(missing)) from None


def _main_window(run: _Run) -> str:
    from coachdesk.ui.shell.self_check import WindowCheckFailed, check_main_window

    try:
        return check_main_window(run.vault_path, PASSPHRASE, run.folder / "settings.ini")
    except WindowCheckFailed as failed:
        raise StepFailed(str(failed)) from None


STEPS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("resources", _resources),
    ("vault", _vault),
    ("practice", _practice),
    ("saved file", _saved),
    ("reopen", _reopen),
    ("agreement", _agreement),
    ("referral letter", _referral_letter),
    ("languages", _languages),
    ("unlock window", _unlock_window),
    ("main window", _main_window),
)


def _reason(error: BaseException) -> str:
    """What went wrong, with the underlying cause when a message hides it (a frozen app's usual trouble)."""
    reason = str(error) or type(error).__name__
    cause = error.__cause__ or error.__context__
    if cause is not None and not isinstance(error, StepFailed):
        where = traceback.extract_tb(cause.__traceback__)[-1:] if cause.__traceback__ else []
        place = f" at {Path(where[0].filename).name}:{where[0].lineno}" if where else ""
        reason += f" (cause: {type(cause).__name__}: {cause}{place})"
    return reason


def run_self_test(out: TextIO | None = None) -> int:
    """Run every step in a temporary folder, printing one line each; 0 when all passed, else 1."""
    out = out or sys.stdout
    print(f"CoachDesk {__version__} self-test (Python {sys.version.split()[0]}, {sys.platform})", file=out)
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="coachdesk-self-test-"))
    failed = ""
    try:
        run = _Run(folder)
        for name, step in STEPS:
            if failed:
                print(f"  skip  {name}", file=out, flush=True)
                continue
            try:
                detail = step(run)
            except Exception as error:
                failed = name
                print(f"  FAIL  {name}: {_reason(error)}", file=out, flush=True)
            else:
                print(f"  ok    {name}: {detail}", file=out, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    if folder.exists():
        print(f"  FAIL  clean-up: {folder} could not be removed", file=out)
        failed = failed or "clean-up"
    else:
        print("  ok    clean-up: the temporary folder and everything in it removed", file=out)
    seconds = time.monotonic() - started
    if failed:
        print(f"Self-test FAILED at {failed!r} ({seconds:.1f} s).", file=out)
        return 1
    print(f"Self-test passed: {len(STEPS) + 1} of {len(STEPS) + 1} steps ({seconds:.1f} s).", file=out)
    return 0
