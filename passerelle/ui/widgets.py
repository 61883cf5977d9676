"""Small widget builders the Passerelle windows share, so that alike widgets are made alike."""
from __future__ import annotations

from qgis.PyQt.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableWidget


def push_button(parent, text: str, name: str = "", default: bool = False, tooltip: str = "") -> QPushButton:
    """A dialog button; only the ``default`` one answers Enter (the others do not become default on focus)."""
    button = QPushButton(text, parent)
    if name:
        button.setObjectName(name)
    if default:
        button.setDefault(True)
    else:
        button.setAutoDefault(False)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def read_only_table(parent, name: str, headers: list) -> QTableWidget:
    """A table the person reads: columns fitted to their contents, the last one taking the rest."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    fit_columns(table)
    return table


def fit_columns(table) -> None:
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)


def search_field(parent, name: str, placeholder: str):
    """A filter line with QGIS's search icon and clear button."""
    from qgis.gui import QgsFilterLineEdit

    field = QgsFilterLineEdit(parent)
    field.setObjectName(name)
    field.setShowSearchIcon(True)
    field.setPlaceholderText(placeholder)
    return field


def top_level_item(tree, value, role):
    """The top-level item of ``tree`` whose column 0 holds ``value`` under ``role``, or None."""
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item.data(0, role) == value:
            return item
    return None
