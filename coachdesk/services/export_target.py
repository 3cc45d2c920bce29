"""Where an export may be written: never over a vault, its backups or its lock, and with the right ending.

Every export (PDF, CSV, iCalendar, a client's folder) asks ``check_export_target`` before it writes,
in the command line and in the app alike, so a slip of the keyboard cannot replace the practice with
a calendar file.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from coachdesk.domain.lazy_words import LazyWords
from coachdesk.domain.phrases import phrase
from coachdesk.services.errors import ValidationError
from coachdesk.vault.format import MAGIC
from coachdesk.vault.storage import backup_folder


def _kind_names() -> dict[str, str]:
    return {
        ".pdf": phrase("services", "A PDF"),
        ".csv": phrase("services", "A spreadsheet (CSV)"),
        ".ics": phrase("services", "A calendar file"),
        ".json": phrase("services", "A JSON file"),
    }


KIND_NAMES: LazyWords[str] = LazyWords(_kind_names)


def _resolved(path: Path) -> Path:
    return Path(path).expanduser().resolve(strict=False)


def _is_vault_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _protected(vault: Path) -> tuple[Path, Path, Path]:
    """The vault itself, its lock file and its backups folder, by their real paths."""
    real = _resolved(vault)
    return real, real.with_name(real.name + ".lock"), backup_folder(real)


def check_export_target(
    path: Path | str, suffixes: Iterable[str], vaults: Iterable[Path | str] = (), *, field: str = "output"
) -> Path:
    """The real path to write ``path`` at, or a ``ValidationError`` saying why not.

    ``suffixes`` are the endings the export may have (".pdf"); ``vaults`` are the vaults open or
    named in this command or window. Refused: the wrong ending, a folder, any of those vaults (also
    through a link), their lock files, anything in their backups folders, and any existing file
    that is a CoachDesk vault.
    """
    endings = tuple(suffix.lower() for suffix in suffixes)
    chosen = Path(path)
    target = _resolved(chosen)
    for vault in vaults:
        real, lock, backups = _protected(Path(vault))
        if target == real:
            raise ValidationError(
                field,
                phrase(
                    "services", "{chosen} is your vault: an export never replaces it. Choose another name."
                ).format(chosen=chosen),
            )
        if target == lock:
            raise ValidationError(
                field,
                phrase("services", "{chosen} is the vault's lock file: choose another name.").format(
                    chosen=chosen
                ),
            )
        if target.is_relative_to(backups):
            raise ValidationError(
                field, phrase("services", "That folder holds the vault's backups: choose another folder.")
            )
    if target.is_dir():
        raise ValidationError(
            field,
            phrase("services", "{chosen} is a folder: choose a file name inside it.").format(chosen=chosen),
        )
    if target.exists() and _is_vault_file(target):
        raise ValidationError(
            field,
            phrase(
                "services",
                "{chosen} is a CoachDesk vault: an export never replaces one. Choose another name.",
            ).format(chosen=chosen),
        )
    if endings and chosen.suffix.lower() not in endings:
        kind = KIND_NAMES.get(endings[0], phrase("services", "This export"))
        raise ValidationError(
            field,
            phrase("services", "{kind} ends in {endings}: choose a name like {stem}{endings}.").format(
                kind=kind, endings=endings[0], stem=chosen.stem
            ),
        )
    return target


def check_export_folder(
    path: Path | str, vaults: Iterable[Path | str] = (), *, field: str = "output"
) -> Path:
    """The real folder for a multi-file export (a client's records), never a vault or its backups."""
    target = _resolved(Path(path))
    for vault in vaults:
        real, lock, backups = _protected(Path(vault))
        if target in (real, lock) or target.is_relative_to(backups):
            raise ValidationError(
                field,
                phrase("services", "That is where the vault and its backups live: choose another folder."),
            )
    if target.exists() and not target.is_dir():
        raise ValidationError(
            field, phrase("services", "{path} is a file: name a folder for the export.").format(path=path)
        )
    return target
