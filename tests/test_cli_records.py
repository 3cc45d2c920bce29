"""The records commands: export hours-log|calendar|client and import clients, run through main()."""

from __future__ import annotations

import csv
import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlmodel import col, select

from coachdesk.cli import main
from coachdesk.documents.files import sha256_hex
from coachdesk.domain import OWN_USE, Client, DocumentKind, GeneratedDocument, Organisation, OutboundEntry
from coachdesk.services.clients import ClientDetails, create_client
from coachdesk.services.demo import create_demo_vault
from coachdesk.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

IMPORTS = Path(__file__).parent / "data" / "import"


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.coachdesk"
    create_demo_vault(path, PASSPHRASE, kdf=FAST_KDF, today=date.today()).close()
    return path


@pytest.fixture
def small_path(tmp_path: Path) -> Path:
    """A practice with one client, Zoë Ørsted, whom the Excel file lists again."""
    path = tmp_path / "small.coachdesk"
    with Vault.create(path, PASSPHRASE, kdf=FAST_KDF) as vault:
        with vault.session() as session:
            create_client(session, ClientDetails(name="Zoë Ørsted", email="zoe.orsted@nordlicht.example"))
        vault.save()
    return path


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASSPHRASE}\n"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _clients(path: Path) -> list[str]:
    with Vault.open(path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        return sorted(c.name for c in s.exec(select(Client)).all())


def test_hours_log_as_csv_and_pdf(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        before = len(s.exec(select(GeneratedDocument)).all())  # the demo practice's own
    target = tmp_path / "hours.csv"
    code, out, err = _run(monkeypatch, capsys, "export", "hours-log", str(demo_path), "-o", str(target))
    assert (code, err) == (0, "")
    assert out.startswith(
        f"Wrote {target}: 11 rows, 59.25 coaching hours (56.50 paid, 2.75 pro bono), 16 clients"
    )
    assert "  Not claimable: 5 clients, 1.50 hours — no consent to be named" in out
    assert "  ACC: not yet" in out
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"), newline="")))
    assert rows[0][:3] == ["No.", "Client Name", "Individual/Group"]
    assert "Zoë Ørsted" in {row[1] for row in rows}
    pdf = tmp_path / "hours.pdf"
    assert _run(monkeypatch, capsys, "export", "hours-log", str(demo_path), "-o", str(pdf))[0] == 0
    assert "Coaching hours log" in PdfReader(pdf).pages[0].extract_text()
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        kinds = [
            d.kind for d in s.exec(select(GeneratedDocument).order_by(GeneratedDocument.created_at)).all()
        ]
    assert kinds[before:] == [DocumentKind.HOURS_LOG, DocumentKind.HOURS_LOG]  # both recorded and saved


def test_hours_log_period_and_mistakes(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "hours.csv"
    today = date.today().isoformat()
    code, out, _err = _run(
        monkeypatch,
        capsys,
        "export",
        "hours-log",
        str(demo_path),
        "-o",
        str(target),
        "--from",
        today,
        "--to",
        today,
    )
    assert code == 0 and "0 rows, 0.00 coaching hours" in out
    for extra, message in (
        (["--from", "2026-03-01", "--to", "2026-02-01"], "The end of the period is before its start."),
        (["--from", "1 March"], "The start of the period must be a date like 2026-03-14."),
    ):
        code, out, err = _run(
            monkeypatch, capsys, "export", "hours-log", str(demo_path), "-o", str(target), *extra
        )
        assert (code, out, err) == (1, "", f"coachdesk: {message}\n")
    code, _out, err = _run(
        monkeypatch, capsys, "export", "hours-log", str(demo_path), "-o", str(tmp_path / "h.xlsx")
    )
    assert (code, err) == (1, "coachdesk: Save the hours log as a .csv or a .pdf file.\n")


def test_calendar_without_and_with_names(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sessions.ics"
    code, out, _err = _run(monkeypatch, capsys, "export", "calendar", str(demo_path), "-o", str(target))
    assert code == 0 and out.endswith("upcoming sessions (titles show initials only)\n")
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert "Coaching session · Д.И." in summaries
    assert (
        _run(monkeypatch, capsys, "export", "calendar", str(demo_path), "-o", str(target), "--names")[0] == 0
    )
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT")}
    assert "Coaching session · Дмитрий Иванов" in summaries
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        calendars = s.exec(select(OutboundEntry).where(OutboundEntry.kind == DocumentKind.CALENDAR)).all()
    # Both exports are in the saved ledger, for the coach's own use, with the bytes last written.
    assert [c.recipient for c in calendars] == [OWN_USE, OWN_USE]
    assert sha256_hex(target.read_bytes()) in {c.sha256 for c in calendars}


def test_calendar_with_a_reminder(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sessions.ics"
    args = ("export", "calendar", str(demo_path), "-o", str(target))
    assert _run(monkeypatch, capsys, *args, "--reminder", "15")[0] == 0
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    ringing = [e for e in events if str(e["STATUS"]) == "CONFIRMED"]
    assert ringing
    for event in ringing:
        (alarm,) = event.walk("VALARM")
        assert alarm["TRIGGER"].dt.total_seconds() == -15 * 60
    target.unlink()
    code, out, err = _run(monkeypatch, capsys, *args, "--reminder", "-5")
    assert (code, out) == (1, "")
    assert err == "coachdesk: The reminder in minutes must be between 0 and 10,080.\n"
    assert not target.exists()


def test_import_reports_bad_rows_skips_duplicates_and_imports_the_rest(
    small_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(IMPORTS / "excel-semicolon-bom.csv")
    code, out, err = _run(monkeypatch, capsys, "import", "clients", str(small_path), source)
    assert code == 0
    assert err.splitlines() == [
        "coachdesk: line 5: not imported: “fz.elidrissi@example” is not an e-mail address "
        "(it should look like name@example.org).",
        "coachdesk: line 8: not imported: No name: the row needs a Name, or a First Name and Last Name.",
        "coachdesk: line 6: skipped: likely already a client, Zoë Ørsted (same e-mail address); "
        "--include-duplicates imports it",
    ]
    assert out == "Imported 3 of 6 CSV records as clients and 2 new organisations.\n"
    assert _clients(small_path) == ["Keiko Tanaka", "Mateus Gonçalves", "Siobhán Ní Bhriain", "Zoë Ørsted"]
    # Running the same import again adds no one twice.
    code, out, _err = _run(monkeypatch, capsys, "import", "clients", str(small_path), source)
    assert (code, out) == (0, "Imported 0 of 6 CSV records as clients.\n")
    assert len(_clients(small_path)) == 4
    with Vault.open(small_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        assert sorted(o.name for o in s.exec(select(Organisation)).all()) == [
            "Hope & Harbour Trust",
            "Vale & Tejo Logística, S.A.",
        ]


def test_import_vcard_dry_run_and_duplicates_on_request(
    small_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(IMPORTS / "iphone-3.0.vcf")
    code, out, err = _run(monkeypatch, capsys, "import", "clients", str(small_path), source, "--dry-run")
    assert code == 0 and out == "Would import 1 of 3 vCard records (dry run).\n"
    assert "line 23: not imported: No name" in err and "line 1: skipped" in err
    assert _clients(small_path) == ["Zoë Ørsted"]
    code, out, _err = _run(
        monkeypatch, capsys, "import", "clients", str(small_path), source, "--include-duplicates"
    )
    assert out == "Imported 2 of 3 vCard records as clients and 1 new organisation.\n"
    assert _clients(small_path) == ["Aiyana Redcloud", "Zoë Ørsted", "Zoë Ørsted"]


def test_import_of_a_file_that_cannot_be_read(
    small_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = _run(
        monkeypatch, capsys, "import", "clients", str(small_path), str(tmp_path / "none.csv")
    )
    assert (code, err) == (
        1,
        f"coachdesk: could not read {tmp_path / 'none.csv'}: No such file or directory\n",
    )
    headless = tmp_path / "phones.csv"
    headless.write_text("Phone\n123\n", encoding="utf-8")
    code, _out, err = _run(monkeypatch, capsys, "import", "clients", str(small_path), str(headless))
    assert code == 1 and "No column with the clients' names" in err
    assert _clients(small_path) == ["Zoë Ørsted"]


def test_export_client_for_a_subject_access_request(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with Vault.open(demo_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        zoe = s.exec(select(Client).where(col(Client.name) == "Zoë Ørsted")).one().id
    folder = tmp_path / "zoe"
    code, out, _err = _run(
        monkeypatch, capsys, "export", "client", str(demo_path), str(zoe), "-o", str(folder)
    )
    assert code == 0
    assert out == f"Wrote 2 files to {folder}:\n  client.json\n  agreement-1.pdf\n"
    assert json.loads((folder / "client.json").read_text(encoding="utf-8"))["client"]["name"] == "Zoë Ørsted"
    code, _out, err = _run(
        monkeypatch, capsys, "export", "client", str(demo_path), str(zoe), "-o", str(folder)
    )
    assert (code, err) == (1, "coachdesk: Choose an empty folder (or a new one) for the client's records.\n")
    code, _out, err = _run(
        monkeypatch, capsys, "export", "client", str(demo_path), "not-an-id", "-o", str(tmp_path / "x")
    )
    assert (code, err) == (1, "coachdesk: No such record (client id).\n")


def test_wrong_passphrase_is_named(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("not the passphrase\n"))
    assert main(["export", "calendar", str(demo_path), "-o", str(tmp_path / "x.ics")]) == 1
    assert "passphrase" in capsys.readouterr().err
    assert not (tmp_path / "x.ics").exists()


def test_import_of_malformed_vcards_prints_the_reasons_and_no_traceback(
    small_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "hostile.vcf"
    source.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana Ferreira\r\n"
        b"TEL;PREF=\xc2\xb2:+44 20 7946 0001\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:Caf=E9 Owner\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\nnot a property\r\nEND:VCARD\r\n"
    )
    code, out, err = _run(monkeypatch, capsys, "import", "clients", str(small_path), str(source))
    assert "Traceback" not in out + err
    assert "coachdesk: line 10: not imported: Line 13 is not a vCard property (it has no colon)." in err
    assert code == 0 and "Imported 2 of 3 vCard records as clients." in out
    assert _clients(small_path) == ["Ana Ferreira", "Café Owner", "Zoë Ørsted"]


def test_import_names_a_row_with_more_fields_than_the_header_and_imports_the_others(
    small_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "clients.csv"
    source.write_text(
        "Name,Email\nAna Ferreira,ana@example.org\nDan Toomany,dan@example.org,1,2,3,4,5,6,7\n",
        encoding="utf-8",
    )
    code, out, err = _run(monkeypatch, capsys, "import", "clients", str(small_path), str(source))
    assert code == 0
    assert err == "coachdesk: line 3: not imported: The row has 9 fields; the header has 2.\n"
    assert out == "Imported 1 of 2 CSV records as clients.\n"
    assert _clients(small_path) == ["Ana Ferreira", "Zoë Ørsted"]
    with Vault.open(small_path, PASSPHRASE, read_only=True) as vault, vault.session() as s:
        assert s.exec(select(Organisation)).all() == []
