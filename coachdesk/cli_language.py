"""``--language de|fr|en`` for the command line's document exports (default: the client's language)."""

from __future__ import annotations

import argparse

from coachdesk.documents.wording import LANGUAGES


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--language",
        choices=sorted(LANGUAGES),
        help="the language the document prints in (default: the client's document language, else yours)",
    )
