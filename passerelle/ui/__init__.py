"""QGIS desktop windows, in French when QGIS is: widgets only, every action a call to :mod:`passerelle.api`.

- :mod:`.panel` — the Passerelle dock: the project's layers with a status badge each, and the check results;
- :mod:`.tag_editor` — the record form (one or several layers, written only on « Appliquer »), its pages
  built by :mod:`.tag_form` from a table of record fields;
- :mod:`.check_results` — findings by layer and severity, zoom to features, one-click vocabulary fixes;
- :mod:`.publish_dialog` — profile, targets, dry-run preview, publication with progress and cancel; its layout
  is the Qt Designer form ``publish_dialog.ui``;
- :mod:`.settings_dialog` and :mod:`.config` — portal profiles, vocabulary sources, authentication ids;
- :mod:`.badges`, :mod:`.vocabulary_widgets`, :mod:`.widgets`, :mod:`.common` — what the windows share.

A window with a fixed layout is a Qt Designer form (``*.ui`` next to its module, loaded with
``qgis.PyQt.uic.loadUiType`` when that module is first imported, never at plugin start; its strings are
translated in the form's context, its ``<class>``, which ``scripts/update_ts.py`` extracts); a window built
from data (the tag editor's fields, the panel's actions) is built in Python from a table.
"""
