"""The process never dumps its memory, and an unexpected error is reported without its values."""

from __future__ import annotations

import subprocess
import sys

SECRET = "Zoë Ørsted said her manager"


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )


def test_core_dumps_are_disabled() -> None:
    code = (
        "import resource\n"
        "from coachdesk.process_safety import disable_core_dumps, is_dumpable\n"
        "assert disable_core_dumps()\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    expected_dumpable = "False" if sys.platform.startswith("linux") else "None"
    assert result.stdout.split() == ["(0,", "0)", expected_dumpable]


def test_a_crash_names_type_and_place_never_the_message_or_values() -> None:
    code = (
        "from coachdesk.process_safety import install_crash_reporting\n"
        "install_crash_reporting()\n"
        f"note = {SECRET!r}\n"
        "def save(text):\n"
        "    raise ValueError('cannot store ' + text)\n"
        "save(note)\n"
    )
    result = _run(code)
    assert result.returncode == 1
    assert "ValueError" in result.stderr
    assert "<string>:5 in save" in result.stderr
    assert "Zoë" not in result.stderr
    assert "manager" not in result.stderr
    assert "Traceback" not in result.stderr


def test_a_crash_in_a_worker_thread_is_reported_the_same_way() -> None:
    code = (
        "import threading\n"
        "from coachdesk.process_safety import install_crash_reporting\n"
        "install_crash_reporting()\n"
        "def work():\n"
        f"    raise KeyError({SECRET!r})\n"
        "t = threading.Thread(target=work); t.start(); t.join()\n"
    )
    result = _run(code)
    assert result.returncode == 0
    assert "KeyError at <string>:5 in work" in result.stderr
    assert "Zoë" not in result.stderr


def test_the_command_hardens_before_it_runs() -> None:
    code = (
        "import sys, resource\n"
        "import coachdesk.cli as cli\n"
        "cli.main = lambda: print(resource.getrlimit(resource.RLIMIT_CORE), sys.excepthook.__module__) or 0\n"
        "raise SystemExit(cli.command())\n"
    )
    hardened = _run(code)
    assert hardened.returncode == 0, hardened.stderr
    assert hardened.stdout.strip() == "(0, 0) coachdesk.process_safety"


def test_paths_in_reports_start_at_the_package() -> None:
    from coachdesk.process_safety import _short_path

    assert _short_path("/home/zoe.orsted/.venv/lib/coachdesk/vault/vault.py") == "coachdesk/vault/vault.py"
    assert _short_path("C:\\Users\\Zoe\\app\\other.py") == "other.py"
