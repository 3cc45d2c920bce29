"""The app's German and French catalogs: finished, faithful to their placeholders, current with the
code, and compiled into the committed .qm files."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk.ui.kit.translation import TRANSLATED
from tests.translation_catalogs import (
    TRANSLATIONS,
    Message,
    accelerators,
    catalog,
    lrelease,
    lupdate_part,
    messages,
    parts,
    placeholders,
)

PLURAL_FORMS = {"de": 2, "fr": 2}  # what Qt's lrelease expects for each language's numerus forms
# Where the code formats a label in lower case for English ("Filter {lower}"), it passes the label as
# written too, under one of these names, since German writes nouns with a capital.
AS_WRITTEN = {"{name}", "{title}"}


def placeholder_problem(source: str, text: str, numerus: bool) -> str:
    """Why ``text`` cannot stand for ``source``: a tag or %-number changed, or a {name} the code lacks."""
    wanted, given = placeholders(source), placeholders(text)
    fixed = [p for p in wanted if not p.startswith("{") and not (numerus and p == "%n")]
    if [p for p in given if not p.startswith("{") and not (numerus and p == "%n")] != fixed:
        return "changes the placeholders or tags"
    if numerus and "%n" in wanted and given.count("%n") > wanted.count("%n"):
        return "repeats %n"
    allowed = {p for p in wanted if p.startswith("{")} | (AS_WRITTEN if "{lower}" in wanted else set())
    unknown = sorted({p for p in given if p.startswith("{")} - allowed)
    return f"uses {', '.join(unknown)}, which the code does not give" if unknown else ""


def problems_of(message: Message, language: str) -> list[str]:
    """What is wrong with one message's translation, in words."""
    where = f"{message.context}: {message.source!r}"
    if message.kind:
        return [f"{where} is {message.kind}"]
    wanted = PLURAL_FORMS[language] if message.numerus else 1
    if len(message.translations) != wanted:
        return [f"{where} has {len(message.translations)} forms, {wanted} wanted"]
    found = []
    for text in message.translations:
        if not text.strip():
            found.append(f"{where} has an empty translation")
        elif problem := placeholder_problem(message.source, text, message.numerus):
            found.append(f"{where} → {text!r} {problem}")
        elif min(accelerators(message.source), 1) != min(accelerators(text), 1):
            found.append(f"{where} → {text!r} adds or drops the & accelerator")
    return found


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("part", parts())
def test_every_message_is_translated_keeping_its_placeholders(language: str, part: str) -> None:
    found = [p for m in messages(catalog(language, part)) for p in problems_of(m, language)]
    assert found == [], f"{language}/{part}.ts:\n" + "\n".join(found)


@pytest.mark.parametrize("part", parts())
def test_the_catalogs_hold_the_texts_the_code_has_now(part: str, tmp_path: Path) -> None:
    """A new tr() or phrase() text fails here until packaging/translations.sh ran and it is translated."""
    in_code = {(m.context, m.source) for m in lupdate_part(part, tmp_path / f"{part}.ts")}
    for language in TRANSLATED:
        in_catalog = {(m.context, m.source) for m in messages(catalog(language, part))}
        missing, stale = sorted(in_code - in_catalog), sorted(in_catalog - in_code)
        assert (missing, stale) == ([], []), (
            f"{language}/{part}.ts is behind the code (run bash packaging/translations.sh --part {part}):\n"
            + "".join(f"  not in the catalog: {c}: {s!r}\n" for c, s in missing[:40])
            + "".join(f"  no longer in the code: {c}: {s!r}\n" for c, s in stale[:40])
            + (f"  … {len(missing) + len(stale) - 80} more\n" if len(missing) + len(stale) > 80 else "")
        )


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_committed_qm_is_compiled_from_the_catalogs_as_they_are(language: str, tmp_path: Path) -> None:
    committed = TRANSLATIONS / f"coachdesk_{language}.qm"
    assert committed.exists(), f"{committed.name} is missing: run bash packaging/translations.sh --compile"
    made = lrelease(language, tmp_path / committed.name)
    assert made == committed.read_bytes(), (
        f"{committed.name} is older than ts/{language}/*.ts: run bash packaging/translations.sh --compile"
    )


def test_a_broken_translation_is_named() -> None:
    """The checks above fail on what they are for (so a passing catalog means something)."""
    source = "Saved {name} at %1 — <b>%n</b> &sessions"

    def check(*texts: str, numerus: bool = True, kind: str = "") -> list[str]:
        return problems_of(Message("Ctx", source, texts, numerus, kind), "de")

    good = "{name} um %1 gespeichert — <b>%n</b> &Sitzungen"
    assert check(good, good) == []
    assert check(good, good, kind="unfinished") == ["Ctx: " + repr(source) + " is unfinished"]
    assert "has 1 forms" in check(good)[0]
    assert "empty" in check(good, " ")[0]
    assert "does not give" in check(good, good.replace("{name}", "{Name}"))[0]
    assert check(good.replace("<b>%n</b>", "<b>eine</b>"), good) == []  # a singular may say "one"
    assert "repeats %n" in check(good, good + " %n")[0]
    lower = "Filter {lower}"
    assert problems_of(Message("Ctx", lower, ("{title} filtern",), False, ""), "de") == []
    assert "does not give" in problems_of(Message("Ctx", lower, ("{noun} filtern",), False, ""), "de")[0]
    assert "placeholders" in check(good, good.replace("%1", ""))[0]
    assert "placeholders" in check(good, good.replace("<b>", ""))[0]
    assert "accelerator" in check(good, good.replace("&", ""))[0]
