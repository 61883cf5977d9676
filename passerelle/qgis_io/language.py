"""Error texts in the language QGIS shows (its own locale setting, not the system's)."""
from __future__ import annotations

import sys

from ..catalogue import errors


def qgis_language() -> str:
    """"fr", "en"...: QGIS's locale override when set (Options › General), else the system locale."""
    from qgis.core import QgsApplication

    return (QgsApplication.locale() or "")[:2]


def follow_qgis_language() -> str:
    """Inside a QGIS application, make ``str(error)`` speak QGIS's language; elsewhere change nothing.

    Called when the plugin starts and when the API is imported. Returns the language in force.
    """
    if "qgis.core" in sys.modules:  # never import QGIS just for this
        from qgis.core import QgsApplication

        if QgsApplication.instance() is not None:
            errors.set_language(qgis_language() or errors.process_language())
    return errors.language()
