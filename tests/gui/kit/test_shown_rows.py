"""Lists that sort and narrow their own rows (``ShownRowsModel``) behind a proxy that passes them
through: they show, sort, filter and keep the selection exactly as a sorting, filtering proxy over
every row does, and a keystroke that leaves the same rows shown changes nothing on screen."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from coachdesk.services.folding import fold
from coachdesk.ui.kit.row_table import OBJECT_ROLE, Column, RowFilterProxy, RowTableModel
from coachdesk.ui.kit.shown_rows import ShownRowsModel, ShownRowsProxy


@dataclass(frozen=True)
class Person:
    name: str
    town: str
    age: int | None
    active: bool = True


class Columns(IntEnum):
    NAME = 0
    TOWN = 1
    AGE = 2


SPECS: dict[IntEnum, Column[Person]] = {
    Columns.NAME: Column[Person]("Name", lambda p, _l: p.name, lambda p: fold(p.name)),
    Columns.TOWN: Column[Person]("Town", lambda p, _l: p.town, lambda p: fold(p.town) or None),
    Columns.AGE: Column[Person]("Age", lambda p, _l: str(p.age or ""), lambda p: p.age, True),
}
PEOPLE = [
    Person("Zoë Ørsted", "Aarhus", 41),
    Person("anna Berg", "", 35),
    Person("Jonas Ødegaard", "Bergen", None),
    Person("Émile Dubois", "aarhus", 35, active=False),
    Person("Bo Lund", "Malmö", 52),
    Person("Anna Sjö", "Bergen", None),
]


def _tie(p: Person) -> tuple[str, str]:
    return (fold(p.name), p.town)


class ActiveProxy(ShownRowsProxy[Person]):
    only_active = False

    def accepts(self, row: Person) -> bool:
        return row.active or not self.only_active


class ActiveRowProxy(RowFilterProxy[Person]):
    only_active = False

    def accepts(self, row: Person) -> bool:
        return row.active or not self.only_active


def _shown_lists() -> tuple[ShownRowsModel[Person], ActiveProxy]:
    model: ShownRowsModel[Person] = ShownRowsModel(Columns, SPECS, _tie)
    model.set_rows(PEOPLE)
    proxy = ActiveProxy(Person, lambda p: (p.name, p.town), _tie)
    proxy.setSourceModel(model)
    return model, proxy


def _proxy_lists() -> ActiveRowProxy:
    model: RowTableModel[Person] = RowTableModel(Columns, SPECS)
    model.set_rows(PEOPLE)
    proxy = ActiveRowProxy(Person, lambda p: (p.name, p.town), _tie)
    proxy.setSourceModel(model)
    return proxy


def _names(proxy: RowFilterProxy[Person]) -> list[str]:
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def test_every_sort_and_filter_shows_what_a_sorting_filtering_proxy_shows(qapp: object) -> None:
    _, shown = _shown_lists()
    listed = _proxy_lists()
    for text in ("", "anna", "AARHUS", "berg", "ö", "nobody"):
        for only_active in (False, True):
            for column in Columns:
                for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                    for proxy in (shown, listed):
                        proxy.set_filter_text(text)
                        proxy.only_active = only_active
                        proxy.refilter(lambda: None)
                        proxy.sort(column, order)
                    assert _names(shown) == _names(listed), (text, only_active, column, order)


def test_cells_are_read_straight_from_the_model(qapp: object) -> None:
    model, proxy = _shown_lists()
    proxy.sort(Columns.AGE, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("a")
    for row in range(proxy.rowCount()):
        for column in Columns:
            index = proxy.index(row, column)
            assert index.data() == model.index(row, column).data()
            assert index.data(OBJECT_ROLE) is model.rows()[row]
            assert index.flags() == model.index(row, column).flags()
    alignment = proxy.index(0, Columns.AGE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def test_the_selection_follows_its_row_and_is_lost_with_it(qapp: object) -> None:
    model, proxy = _shown_lists()
    proxy.sort(Columns.NAME, Qt.SortOrder.AscendingOrder)
    bo = next(n for n, p in enumerate(model.rows()) if p.name == "Bo Lund")
    held = QPersistentModelIndex(proxy.index(bo, Columns.TOWN))
    proxy.sort(Columns.AGE, Qt.SortOrder.DescendingOrder)
    assert held.data() == "Malmö" and held.column() == Columns.TOWN
    proxy.set_filter_text("lund")
    assert held.row() == 0 and held.data() == "Malmö"
    proxy.set_filter_text("anna")
    assert not held.isValid()


def test_a_keystroke_that_leaves_the_same_rows_changes_nothing(qapp: object) -> None:
    """Another letter of a name often leaves the rows as they were: the list is not laid out and
    painted again for it."""
    _, proxy = _shown_lists()
    proxy.set_filter_text("anna")
    changes: list[str] = []
    proxy.layoutChanged.connect(lambda *_: changes.append("layout"))
    proxy.modelReset.connect(lambda: changes.append("reset"))
    proxy.set_filter_text("anna ")  # the same needle
    proxy.set_filter_text("ann")  # the same two people
    assert changes == []
    proxy.set_filter_text("anna s")
    assert changes == ["layout"] and _names(proxy) == ["Anna Sjö"]


def test_new_rows_are_filtered_and_sorted_as_they_come(qapp: object) -> None:
    model, proxy = _shown_lists()
    proxy.sort(Columns.NAME, Qt.SortOrder.DescendingOrder)
    proxy.set_filter_text("berg")
    assert _names(proxy) == ["Jonas Ødegaard", "Anna Sjö", "anna Berg"]
    model.set_rows(
        [Person("Carl Berg", "Oslo", 30), Person("Dana Ek", "Bergen", 28), Person("Eva", "Umeå", 1)]
    )
    assert _names(proxy) == ["Dana Ek", "Carl Berg"]
    assert model.total_rows() == 3 and len(model.rows_in_order()) == 3
    proxy.set_filter_text("nobody")
    assert proxy.rowCount() == 0 and model.total_rows() == 3  # every row is still held


def test_the_proxy_and_model_pass_the_model_tester(qtmodeltester: ModelTester) -> None:
    model, proxy = _shown_lists()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    proxy.set_filter_text("a")
    proxy.sort(Columns.TOWN, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(proxy)
