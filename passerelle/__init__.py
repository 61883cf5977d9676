"""Passerelle: a territorial data catalogue inside QGIS.

Importing this package is cheap: the QGIS plugin class and everything heavy
(vocabularies, encoders, checks) are imported only when used.
"""


def classFactory(iface):  # noqa: N802 (name fixed by QGIS)
    from .plugin import PasserellePlugin

    return PasserellePlugin(iface)
