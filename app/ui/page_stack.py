"""The main window's pages, each built the first time it is needed.

Building every page when the vault is unlocked froze the window for half a
second (issue #10); a placeholder holds each page's place in the stack, so
that the stack's index stays the navigation row, until the page is first
shown or asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from PySide6.QtWidgets import QStackedWidget, QWidget

from app.ui.pages import Page, PageSpec


class LazyPages(Mapping[str, Page]):
    """Pages by key: ``pages["agenda"]`` builds the agenda page if it is not yet."""

    def __init__(
        self,
        specs: Sequence[PageSpec],
        stack: QStackedWidget,
        built: Callable[[str, Page], None],
    ) -> None:
        self._specs = {spec.key: spec for spec in specs}
        self._order = [spec.key for spec in specs]
        self._stack = stack
        self._built: dict[str, Page] = {}
        self._on_built = built
        for _spec in specs:
            stack.addWidget(QWidget())

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._specs[key].factory()
            index = self._order.index(key)
            placeholder = self._stack.widget(index)
            self._stack.insertWidget(index, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._built[key] = page
            self._on_built(key, page)
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __len__(self) -> int:
        return len(self._order)

    def key_at(self, row: int) -> str:
        """The key of the page at navigation row ``row``."""
        return self._order[row]

    def built(self) -> list[Page]:
        """The pages built so far (the others hold nothing to clear or keep)."""
        return [self._built[key] for key in self._order if key in self._built]

    def is_built(self, key: str) -> bool:
        return key in self._built
