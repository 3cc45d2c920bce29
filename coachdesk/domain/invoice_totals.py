"""An invoice's arithmetic: each line's net amount, then VAT per rate, then the totals.

Rounding, as EN 16931 computes it: each line's net amount (quantity × unit price) is rounded half
up to the minor unit; the lines' net amounts are summed per VAT rate, and the VAT of each rate is
that sum × rate, rounded half up once. The invoice's VAT is the sum of the rates' VAT, and its gross
amount is net + VAT, so the totals always add up to the cent. When no VAT is charged (exempt, reverse
charge, outside the scope) the VAT is zero whatever rates the lines carry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

_CENT = Decimal(1)


def round_half_up(amount: Decimal) -> int:
    """An exact amount in minor units rounded to a whole minor unit, halves away from zero."""
    return int(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


def line_net(quantity: Decimal, unit_price_minor: int) -> int:
    """A line's net amount in minor units: quantity × unit price, rounded half up."""
    return round_half_up(Decimal(quantity) * unit_price_minor)


def vat_of(net_minor: int, rate: Decimal) -> int:
    """The VAT on a net amount at a rate in percent, rounded half up."""
    return round_half_up(Decimal(net_minor) * Decimal(rate) / 100)


@dataclass(frozen=True)
class RateTotal:
    """The lines at one VAT rate: their net amount and its VAT."""

    rate: Decimal  # percent
    net_minor: int
    vat_minor: int


@dataclass(frozen=True)
class InvoiceTotals:
    """Net, VAT and gross of an invoice, with the breakdown per VAT rate (highest rate first)."""

    net_minor: int
    vat_minor: int
    gross_minor: int
    by_rate: tuple[RateTotal, ...]


def invoice_totals(lines: Iterable[tuple[int, Decimal]], *, vat_charged: bool) -> InvoiceTotals:
    """Totals of lines given as (net amount in minor units, VAT rate in percent)."""
    net_by_rate: dict[Decimal, int] = {}
    for net, rate in lines:
        key = Decimal(rate).normalize() if vat_charged else Decimal(0)
        net_by_rate[key] = net_by_rate.get(key, 0) + net
    by_rate = tuple(
        RateTotal(rate, net, vat_of(net, rate) if vat_charged else 0)
        for rate, net in sorted(net_by_rate.items(), reverse=True)
    )
    net_minor = sum(r.net_minor for r in by_rate)
    vat_minor = sum(r.vat_minor for r in by_rate)
    return InvoiceTotals(net_minor, vat_minor, net_minor + vat_minor, by_rate)
