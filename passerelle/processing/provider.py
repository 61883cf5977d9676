"""The "Passerelle" Processing provider: the same actions as the console API."""
from __future__ import annotations

import os

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon


class PasserelleProvider(QgsProcessingProvider):
    def id(self):
        return "passerelle"

    def name(self):
        return "Passerelle"

    def icon(self):
        return QIcon(os.path.join(os.path.dirname(os.path.dirname(__file__)), "resources", "icon.svg"))

    def loadAlgorithms(self):  # noqa: N802 (QGIS API)
        from .algorithms import AuditCatalogue, CheckLayers, ExportCatalogue, PublishLayers, TagLayer

        for algorithm in (TagLayer(), CheckLayers(), ExportCatalogue(), PublishLayers(), AuditCatalogue()):
            self.addAlgorithm(algorithm)
