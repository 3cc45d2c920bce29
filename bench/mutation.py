"""Mutation testing of one module: apply small changes one at a time, run its tests, print survivors.

Usage (from the repository root; slow, not part of CI)::

    nice -n 15 python bench/mutation.py coachdesk/vault/storage.py [tests ...] [-j 2] [--only 3,17]

Without test paths, the module's tests are taken from ``MODULE_TESTS`` below. Each mutant is one
of: a comparison flipped, a number or boolean constant changed, ``and``/``or`` swapped, a ``not``
dropped, ``+``/``-`` swapped, a statement deleted (replaced by ``pass``), or a function that
returns at once. The module is mutated in a copy of the repository in a temporary folder, so the
working tree is never touched; a mutant is *killed* when its tests fail (or time out) and
*survives* when they pass. See docs/mutation-testing.md.
"""

from __future__ import annotations

import argparse
import ast
import copy
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The tests that exercise each module, those most likely to kill a mutant first: the run stops
# at the first failure. A folder named after files already listed adds only the rest.
MODULE_TESTS: dict[str, list[str]] = {
    "coachdesk/services/invoice_numbers.py": [
        "tests/services/test_invoice_numbers.py",
        "tests/services/test_computer_series.py",
        "tests/test_cli_invoices.py",
    ],
    "coachdesk/services/merge_invoices.py": [
        "tests/services/test_merge_invoices.py",
        "tests/services/test_merge_issued_invoices.py",
        "tests/services/test_computer_series.py",
        "tests/services/test_merge_outcome.py",
    ],
    "coachdesk/services/merge_engine.py": [
        "tests/services/test_merge_revived.py",
        "tests/services/test_merge_engine_stamps.py",
        "tests/services/test_merge_engine_counts.py",
        "tests/services/test_merge_engine_removals.py",
        "tests/services/test_merge_engine_unusual_copies.py",
        "tests/services/test_merge_rules.py",
        "tests/services/test_merge_links.py",
        "tests/services/test_merge_outcome.py",
        "tests/services/test_merge_review.py",
        "tests/services/test_merge_notes.py",
        "tests/services/test_merge_invoices.py",
        "tests/test_cli_merge.py",
    ],
    "coachdesk/services/merge_rules.py": [
        "tests/services/test_merge_notes.py",
        "tests/services/test_merge_rules.py",
        "tests/services/test_merge_review.py",
        "tests/services/test_merge_invoices.py",
    ],
    "coachdesk/services/merge_decision.py": [
        "tests/services/test_merge_rules.py",
        "tests/services/test_merge_invoices.py",
    ],
    "coachdesk/services/merge.py": [
        "tests/services/test_merge_outcome.py",
        "tests/services/test_merge_rules.py",
        "tests/services/test_merge_links.py",
        "tests/test_cli_merge.py",
        "tests/services/test_merge_invoices.py",
    ],
    "coachdesk/services/merge_copies.py": [
        "tests/services/test_merge_copies.py",
        "tests/test_cli_merge.py",
        "tests/services/test_merge_rules.py",
    ],
    "coachdesk/services/merge_review.py": [
        "tests/services/test_merge_review.py",
        "tests/services/test_merge_rules.py",
    ],
    "coachdesk/vault/snapshot.py": [
        "tests/vault/test_snapshot_copy.py",
        "tests/vault/test_memory_hygiene.py",
        "tests/vault/test_golden.py",
        "tests/vault/test_no_plaintext.py",
        "tests/vault/test_roundtrip.py",
        "tests/gui/shell/test_autosave.py",
    ],
    "coachdesk/vault/in_place.py": [
        "tests/vault/test_sqlite_buffer.py",
        "tests/vault/test_open_in_place.py",
        "tests/vault/test_snapshot_copy.py",
        "tests/vault/test_opening.py",
        "tests/vault/test_golden.py",
        "tests/vault/test_memory_hygiene.py",
        "tests/vault/test_roundtrip.py",
    ],
    "coachdesk/vault/storage.py": [
        "tests/vault/test_untrustworthy_disk.py",
        "tests/vault/test_temp_file_cleanup.py",
        "tests/vault/test_save_failure_messages.py",
        "tests/vault/test_drive_without_hard_links.py",
        "tests/vault/test_disk_faults.py",
        "tests/vault/test_os_errors.py",
        "tests/vault/test_changed_on_disk.py",
        "tests/vault/test_roundtrip.py",
        "tests/vault/test_crash_safety.py",
        "tests/vault/test_save_as_and_keep.py",
        "tests/vault/test_symlink.py",
        "tests/vault/test_backup_retention.py",
        "tests/vault/test_single_writer.py",
        "tests/services/test_vault_access.py",
    ],
    "coachdesk/vault/format.py": [
        "tests/vault/test_sealing_edges.py",
        "tests/vault/test_header_damage_messages.py",
        "tests/vault/test_unlock_messages.py",
        "tests/vault/test_hostile_files.py",
        "tests/vault/test_roundtrip.py",
        "tests/vault/test_golden.py",
        "tests/vault/test_os_errors.py",
        "tests/test_cli_passwd.py",
        "tests/vault/test_snapshot_copy.py",
    ],
    "coachdesk/services/hours_log.py": [
        "tests/services/test_hours_log_aliases.py",
        "tests/services/test_hours_log_groups.py",
        "tests/services/test_hours_log_period.py",
        "tests/services/test_hours_log.py",
        "tests/services/test_icf_log.py",
        "tests/services/test_earlier_hours.py",
        "tests/services/test_dashboard.py",
        "tests/services/test_application_pack.py",
        "tests/documents/test_hours_log_pdf.py",
        "tests/services/test_credentials_translated.py",
    ],
    "coachdesk/services/validation.py": [
        "tests/services/test_validation.py",
        "tests/services/test_control_characters.py",
        "tests/services/test_organisations_and_profile.py",
        "tests/services/test_clients.py",
        "tests/services/test_sessions.py",
        "tests/services/test_engagements.py",
        "tests/services/test_goals.py",
        "tests/services/test_hours_log.py",
    ],
    "coachdesk/services/consents.py": [
        "tests/services/test_consents.py",
        "tests/services/test_withdrawn_consent_redating.py",
        "tests/services/test_disclosure_account.py",
        "tests/services/test_lookups.py",
        "tests/services/test_referral_consent.py",
        "tests/services/test_outbound_ledger.py",
        "tests/documents/test_sponsor_report_rules.py",
        "tests/documents/test_sponsor_report.py",
        "tests/documents/test_referral_letter.py",
        "tests/services/test_ethics_log.py",
        "tests/services/test_client_records.py",
        "tests/services/test_referrals.py",
    ],
    "coachdesk/services/sponsor_report_pdf.py": [
        "tests/documents/test_sponsor_report_refusals.py",
        "tests/documents/test_sponsor_report_attendance.py",
        "tests/documents/test_sponsor_report_on_the_day.py",
        "tests/documents/test_sponsor_report_summary.py",
        "tests/documents/test_sponsor_report_rules.py",
        "tests/documents/test_sponsor_report.py",
        "tests/documents/test_export_command.py",
    ],
    "coachdesk/services/consent_rules.py": [
        "tests/services/test_consent_names.py",
        "tests/services/test_referral_consent_days.py",
        "tests/documents/test_sponsor_report_refusals.py",
        "tests/documents/test_sponsor_report_rules.py",
        "tests/services/test_outbound_ledger.py",
        "tests/documents/test_sponsor_report.py",
        "tests/documents/test_referral_letter.py",
        "tests/services/test_consents.py",
    ],
    "coachdesk/services/consent_filter.py": [
        "tests/services/test_consent_filter_recipients.py",
        "tests/services/test_consent_names.py",
        "tests/services/test_outbound_ledger.py",
        "tests/services/test_client_records.py",
        "tests/documents/test_export_command.py",
        "tests/documents/test_sponsor_report_rules.py",
        "tests/documents/test_sponsor_report.py",
        "tests/documents/test_referral_letter.py",
    ],
    "coachdesk/services/outbound_ledger.py": [
        "tests/services/test_ledger_entries.py",
        "tests/services/test_outbound_ledger.py",
        "tests/services/test_client_records.py",
        "tests/documents/test_export_command.py",
        "tests/test_cli_records.py",
    ],
}


_FLIPS: dict[type[ast.cmpop], list[type[ast.cmpop]]] = {
    ast.Lt: [ast.GtE, ast.LtE],
    ast.LtE: [ast.Gt, ast.Lt],
    ast.Gt: [ast.LtE, ast.GtE],
    ast.GtE: [ast.Lt, ast.Gt],
    ast.Eq: [ast.NotEq],
    ast.NotEq: [ast.Eq],
    ast.In: [ast.NotIn],
    ast.NotIn: [ast.In],
    ast.Is: [ast.IsNot],
    ast.IsNot: [ast.Is],
}


@dataclass(frozen=True)
class Mutant:
    """One change to the module: where it is and what it does."""

    index: int
    line: int
    description: str
    end_line: int = 0


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def _skipped_statement(node: ast.stmt) -> bool:
    """Statements whose deletion only breaks the module's import, or that are not behaviour."""
    if _is_docstring(node) or isinstance(node, ast.Pass | ast.Import | ast.ImportFrom | ast.Global):
        return True
    if isinstance(node, ast.FunctionDef | ast.ClassDef | ast.AsyncFunctionDef):
        return True
    if isinstance(node, ast.AnnAssign) and node.value is None:  # a dataclass field
        return True
    targets = node.targets if isinstance(node, ast.Assign) else []
    return any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)


def _does_nothing(node: ast.FunctionDef) -> bool:
    """A body of only a docstring, ``pass``, ``...`` or ``return None``: every mutant of it is the same
    function (deleting ``return None`` or returning at once changes nothing), so none is offered."""
    for statement in node.body:
        if _is_docstring(statement) or isinstance(statement, ast.Pass):
            continue
        value = statement.value if isinstance(statement, ast.Expr | ast.Return) else None
        if isinstance(statement, ast.Expr) and isinstance(value, ast.Constant) and value.value is Ellipsis:
            continue
        if isinstance(statement, ast.Return) and (
            statement.value is None
            or (isinstance(statement.value, ast.Constant) and statement.value.value is None)
        ):
            continue
        return False
    return True


class _Mutator(ast.NodeTransformer):
    """Walks the tree, numbering every possible mutation; applies the one numbered ``target``."""

    def __init__(self, target: int | None) -> None:
        self.target = target
        self.count = 0
        self.found: list[Mutant] = []
        self._in_annotation = 0

    def _offer(self, node: ast.AST, description: str) -> bool:
        index = self.count
        self.count += 1
        line = getattr(node, "lineno", 0)
        self.found.append(Mutant(index, line, description, getattr(node, "end_lineno", None) or line))
        return index == self.target

    # Annotations and decorators describe types, not behaviour.
    def visit_arg(self, node: ast.arg) -> ast.AST:
        return node

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST:
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        if _does_nothing(node):  # a stub (a protocol's method, a hook with nothing to do)
            return node
        node.body = self._visit_body(node.body)
        if self._offer(node, f"{node.name}() returns at once"):
            node.body = [*([node.body[0]] if _is_docstring(node.body[0]) else []), ast.Return(value=None)]
        node.args.defaults = [self.visit(d) for d in node.args.defaults]
        node.args.kw_defaults = [self.visit(d) if d is not None else None for d in node.args.kw_defaults]
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.AST:
        node.body = self._visit_body(node.body)
        return node

    def _visit_body(self, body: list[ast.stmt]) -> list[ast.stmt]:
        result: list[ast.stmt] = []
        for statement in body:
            if not _skipped_statement(statement) and self._offer(
                statement, f"statement deleted: {ast.unparse(statement).splitlines()[0][:60]}"
            ):
                result.append(ast.copy_location(ast.Pass(), statement))
                continue
            visited = self.visit(statement)
            result.append(visited)
        return result

    def generic_visit(self, node: ast.AST) -> ast.AST:
        for name, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                setattr(node, name, self._visit_body(value))
            elif isinstance(value, list):
                setattr(node, name, [self.visit(v) if isinstance(v, ast.AST) else v for v in value])
            elif isinstance(value, ast.AST):
                setattr(node, name, self.visit(value))
        return node

    def visit_Module(self, node: ast.Module) -> ast.AST:
        # Deleting a module-level statement only breaks the import; mutate inside it instead.
        node.body = [self.visit(statement) for statement in node.body]
        return node

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for position, op in enumerate(node.ops):
            for replacement in _FLIPS.get(type(op), []):
                if self._offer(node, f"{type(op).__name__} → {replacement.__name__}"):
                    node.ops[position] = replacement()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        if self._offer(node, f"{type(node.op).__name__} → {type(other).__name__}"):
            node.op = other
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._offer(node, "not dropped"):
            return node.operand
        return node

    def visit_BinOp(self, node: ast.BinOp) -> ast.AST:
        self.generic_visit(node)
        swaps: dict[type[ast.operator], type[ast.operator]] = {ast.Add: ast.Sub, ast.Sub: ast.Add}
        swap = swaps.get(type(node.op))
        if (
            swap is not None
            and not _is_string_concat(node)
            and self._offer(node, f"{type(node.op).__name__} → {swap.__name__}")
        ):
            node.op = swap()
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            replacement: bool | int = not value
        elif isinstance(value, int):
            replacement = value + 1
        else:
            return node
        if self._offer(node, f"{value} → {replacement}"):
            return ast.copy_location(ast.Constant(replacement), node)
        return node


def _is_string_concat(node: ast.BinOp) -> bool:
    return any(
        isinstance(side, ast.Constant | ast.JoinedStr) and isinstance(getattr(side, "value", ""), str)
        for side in (node.left, node.right)
    )


def mutants_of(source: str) -> list[Mutant]:
    walker = _Mutator(None)
    walker.visit(ast.parse(source))
    return walker.found


def mutated(source: str, index: int) -> str:
    tree = ast.parse(source)
    walker = _Mutator(index)
    tree = walker.visit(copy.deepcopy(tree))
    return ast.unparse(ast.fix_missing_locations(tree))


def _copy_repository(into: Path) -> None:
    for name in ("coachdesk", "tests", "resources", "pyproject.toml", "conftest.py"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, into / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.exists():
            shutil.copy2(source, into / name)


_STOP = threading.Event()
_RUNNING: set[subprocess.Popen[bytes]] = set()


def _stop(_signal: int, _frame: object) -> None:
    """SIGTERM or Ctrl+C: end the test runs under way and let the workers remove their copies."""
    _STOP.set()
    for process in list(_RUNNING):
        process.kill()


def _run_tests(
    checkout: Path, tests: list[str], timeout: float, prefix: list[str] | None = None
) -> tuple[bool, float]:
    """True when the tests pass; stops at the first failure."""
    env = {**os.environ, "PYTHONPATH": str(checkout), "PYTHONDONTWRITEBYTECODE": "1"}
    command = [sys.executable, *(prefix or []), "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    started = time.monotonic()
    process = subprocess.Popen(
        command, cwd=checkout, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _RUNNING.add(process)
    try:
        code = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return False, time.monotonic() - started
    finally:
        _RUNNING.discard(process)
    return code == 0 and not _STOP.is_set(), time.monotonic() - started


Selection = dict[int, list[str]]  # line of the module -> the tests that run it, in the given order


def _covered_baseline(checkout: Path, module: str, tests: list[str]) -> tuple[bool, float, Selection]:
    """Run the tests unmutated under coverage; which tests run which line of the module."""
    rc = checkout / ".mutation-coveragerc"
    data_file = checkout / ".mutation-coverage"
    rc.write_text(
        f"[run]\ndynamic_context = test_function\ninclude = {checkout / module}\ndata_file = {data_file}\n",
        encoding="utf-8",
    )
    passed, seconds = _run_tests(checkout, tests, 3600, prefix=["-m", "coverage", "run", f"--rcfile={rc}"])
    if not passed:
        return False, seconds, {}
    from coverage import CoverageData  # only this run needs it (optional group "mutation")

    data = CoverageData(basename=str(data_file))
    data.read()
    order = {path: position for position, path in enumerate(tests)}
    selection: Selection = {}
    for line, contexts in (data.contexts_by_lineno(str(checkout / module)) or {}).items():
        ids = {_node_id(checkout, context) for context in contexts if context}
        selection[line] = sorted((i for i in ids if i), key=lambda i: (_position(i, order), i))
    return True, seconds, selection


def _node_id(checkout: Path, context: str) -> str:
    """``tests.vault.test_x.test_y`` (coverage's context) as ``tests/vault/test_x.py::test_y``."""
    parts = context.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        path = "/".join(parts[:cut]) + ".py"
        if (checkout / path).is_file():
            return "::".join([path, *parts[cut:]])
    return ""


def _position(node_id: str, order: dict[str, int]) -> int:
    path = node_id.split("::", maxsplit=1)[0]
    for given, position in order.items():
        if path == given or path.startswith(given.rstrip("/") + "/"):
            return position
    return len(order)


def _tests_for(mutant: Mutant, selection: Selection, tests: list[str]) -> list[str]:
    """The tests that run the mutant's lines; all of them for lines run only at import."""
    lines = range(mutant.line, max(mutant.end_line, mutant.line) + 1)
    if not any(line in selection for line in lines):
        return []
    chosen = {node for line in lines for node in selection.get(line, [])}
    if not chosen:
        return tests
    order = {path: position for position, path in enumerate(tests)}
    return sorted(chosen, key=lambda i: (_position(i, order), i))


def _worker(
    module: str, tests: list[str], source: str, timeout: float, selection: Selection, jobs: Iterator[Mutant]
) -> list[Mutant]:
    survivors = []
    with tempfile.TemporaryDirectory(prefix="coachdesk-mutation-") as folder:
        checkout = Path(folder)
        _copy_repository(checkout)
        target = checkout / module
        for mutant in jobs:
            if _STOP.is_set():
                break
            chosen = _tests_for(mutant, selection, tests) if selection else tests
            if chosen:
                target.write_text(mutated(source, mutant.index), encoding="utf-8")
                passed, seconds = _run_tests(checkout, chosen, timeout)
                verdict = "SURVIVED" if passed else "killed"
            else:
                passed, seconds, verdict = True, 0.0, "SURVIVED (no test runs this line)"
            where = f"#{mutant.index:<4} line {mutant.line:<4}"
            print(f"  {where} {verdict:<8} {seconds:5.1f}s  {mutant.description}", flush=True)
            if passed:
                survivors.append(mutant)
    return survivors


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("module", help="path of the module to mutate, e.g. coachdesk/vault/storage.py")
    parser.add_argument("tests", nargs="*", help="test paths (default: MODULE_TESTS for the module)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="mutants run at once (default 1)")
    parser.add_argument("--only", default="", help="comma-separated mutant numbers to run")
    parser.add_argument("--list", action="store_true", help="list the mutants without running them")
    parser.add_argument(
        "--all-tests",
        action="store_true",
        help="run every given test for each mutant, not just those covering it",
    )
    options = parser.parse_args()
    module = Path(options.module).as_posix()
    tests = options.tests or MODULE_TESTS.get(module)
    if not tests:
        parser.error(f"no tests known for {module}; name them after the module")
    source = (ROOT / module).read_text(encoding="utf-8")
    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    mutants = mutants_of(source)
    if options.only:
        wanted = {int(n) for n in options.only.split(",")}
        mutants = [m for m in mutants if m.index in wanted]
    if options.list:
        for m in mutants:
            print(f"  #{m.index:<4} line {m.line:<4} {m.description}")
        return 0
    with tempfile.TemporaryDirectory(prefix="coachdesk-mutation-") as folder:
        _copy_repository(Path(folder))
        if options.all_tests:
            passed, baseline = _run_tests(Path(folder), tests, timeout=3600)
            selection: Selection = {}
        else:
            passed, baseline, selection = _covered_baseline(Path(folder), module, tests)
    if not passed:
        print(f"The tests fail without any mutation ({' '.join(tests)}); fix them first.")
        return 2
    timeout = max(60.0, baseline * 3)
    print(f"{module}: {len(mutants)} mutants against {' '.join(tests)} (unmutated run {baseline:.0f}s)")
    queue = iter(mutants)
    with ThreadPoolExecutor(options.jobs) as pool:
        futures = [
            pool.submit(_worker, module, tests, source, timeout, selection, queue)
            for _ in range(options.jobs)
        ]
        survivors = sorted((m for f in futures for m in f.result()), key=lambda m: m.index)
    if _STOP.is_set():
        print("Stopped before every mutant ran; no score.")
        return 2
    killed = len(mutants) - len(survivors)
    score = 100 * killed / len(mutants) if mutants else 100.0
    print(f"\n{module}: {killed} of {len(mutants)} killed, score {score:.0f}%; {len(survivors)} survived:")
    for m in survivors:
        print(f"  #{m.index:<4} line {m.line:<4} {m.description}")
    return 0 if not survivors else 1


if __name__ == "__main__":
    sys.exit(main())
