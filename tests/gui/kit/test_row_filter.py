"""The list filters of every area: typed text narrows the rows by their folded words, and a list
that is refreshed under a filter is narrowed by its new rows, never by what the old ones said."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from coachdesk.ui.kit.row_table import Column, RowFilterProxy, RowTableModel


@dataclass(frozen=True)
class Person:
    name: str


class Columns(IntEnum):
    NAME = 0


def _lists() -> tuple[RowTableModel[Person], RowFilterProxy[Person]]:
    specs: dict[IntEnum, Column[Person]] = {
        Columns.NAME: Column[Person]("Name", lambda p, _locale: p.name, lambda p: p.name)
    }
    model: RowTableModel[Person] = RowTableModel(Columns, specs)
    proxy: RowFilterProxy[Person] = RowFilterProxy(Person, lambda p: (p.name,), lambda p: (p.name,))
    proxy.setSourceModel(model)
    return model, proxy


def _shown(proxy: RowFilterProxy[Person]) -> list[str]:
    return sorted(proxy.index(r, 0).data() for r in range(proxy.rowCount()))


def test_typing_narrows_by_folded_words(qapp: object) -> None:
    model, proxy = _lists()
    model.set_rows([Person("Zoë Ørsted"), Person("Anna Berg"), Person("Jonas Ødegaard")])
    proxy.set_filter_text("ode")
    assert _shown(proxy) == ["Jonas Ødegaard"]
    proxy.set_filter_text("ZOE")
    assert _shown(proxy) == ["Zoë Ørsted"]


def test_a_list_refreshed_under_a_filter_is_narrowed_by_its_new_rows(qapp: object) -> None:
    model, proxy = _lists()
    model.set_rows([Person("Anna Berg"), Person("Bo Lund")])
    proxy.set_filter_text("anna")
    assert _shown(proxy) == ["Anna Berg"]
    model.set_rows([Person("Carl Nyman"), Person("Anna Sjö")])  # the same row numbers, other people
    assert _shown(proxy) == ["Anna Sjö"]
    model.set_rows([Person("Dana Ek")])
    assert _shown(proxy) == []
    proxy.set_filter_text("")
    assert _shown(proxy) == ["Dana Ek"]


def test_a_row_whose_words_changed_is_filtered_by_its_new_words(qapp: object) -> None:
    model, proxy = _lists()
    model.set_rows([Person("Anna Berg"), Person("Bo Lund")])
    proxy.set_filter_text("lund")
    assert _shown(proxy) == ["Bo Lund"]
    model._rows[0] = Person("Anna Lund")  # as an edited record would come back
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))
    assert _shown(proxy) == ["Anna Lund", "Bo Lund"]
