"""Figures for reading vCard files of 100 KB, 1 MB and 10 MB: the time must grow linearly with the size.

Run as ``python bench/vcard_bench.py [--runs N]``. Each file mixes the cards phones write (vCard 3.0
with folded lines, vCard 2.1 with quoted-printable notes broken by soft line breaks) with hostile ones
(a parameter whose quote never closes, ``PREF=²``, ``CHARSET=undefined``, a line without a colon).
It prints the median and the worst of the runs, and the time per megabyte; it never asserts.
"""

from __future__ import annotations

import argparse
import statistics
import time

from coachdesk.services.import_vcard import read_vcards

SIZES = {"100 KB": 100 * 1024, "1 MB": 1024 * 1024, "10 MB": 10 * 1024 * 1024}


def _card(number: int) -> str:
    kind = number % 4
    if kind == 0:
        return (
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ørsted;Zoë;;;\r\nFN:Zoë Ørsted {number}\r\n"
            f"EMAIL;TYPE=INTERNET,WORK,pref:zoe{number}@nordlicht.example\r\n"
            "TEL;TYPE=CELL:+49 151 2345 6789\r\n"
            "NOTE:Met at the HR conference in Hamburg\\, spring 2026. Prefers morning sessions\\; n\r\n"
            " ever Fr\r\n"
            " idays.\r\nEND:VCARD\r\n"
        )
    if kind == 1:
        note = "=\r\n".join(["=D0=94=D0=BC=D0=B8=D1=82=D1=80=D0=B8=D0=B9 note"] * 12)
        return (
            f"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=94 {number}\r\n"
            f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{note}\r\nEND:VCARD\r\n"
        )
    if kind == 2:
        note = "=\r\n".join(["Caf=E9 owner"] * 12)
        return (
            "BEGIN:VCARD\r\nVERSION:2.1\r\n"
            f"FN;CHARSET=undefined;ENCODING=QUOTED-PRINTABLE:Caf=E9 {number}\r\n"
            "TEL;PREF=\u00b2:+44 20 7946 0000\r\n"
            f'NOTE;ENCODING=QUOTED-PRINTABLE;X-A="b:{note}\r\nEND:VCARD\r\n'
        )
    return f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ben {number}\r\nnot a property\r\nEND:VCARD\r\n"


def vcard_text(size: int) -> str:
    """Cards until the text is ``size`` characters long (give or take one card)."""
    parts: list[str] = []
    length, number = 0, 0
    while length < size:
        card = _card(number)
        parts.append(card)
        length += len(card)
        number += 1
    return "".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'file':>8}  {'cards':>7}  {'median':>9}  {'worst':>9}  {'per MB':>9}")
    for label, size in SIZES.items():
        text = vcard_text(size)
        times = []
        for _run in range(args.runs):
            start = time.perf_counter()
            cards = len(read_vcards(text).contacts)
            times.append(time.perf_counter() - start)
        median = statistics.median(times)
        per_mb = median / (len(text) / 2**20)
        figures = (f"{seconds * 1000:>7.0f} ms" for seconds in (median, max(times)))
        print(f"{label:>8}  {cards:>7,}  {'  '.join(figures)}  {per_mb * 1000:>6.0f} ms")


if __name__ == "__main__":
    main()
