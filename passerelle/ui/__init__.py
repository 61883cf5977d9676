"""QGIS desktop windows, in French when QGIS is: widgets only, every action a call to :mod:`passerelle.api`.

- :mod:`.panel` — the Passerelle dock: the project's layers with a status badge each, and the check results;
- :mod:`.tag_editor` — the record form (one or several layers, written only on « Appliquer »);
- :mod:`.check_results` — findings by layer and severity, zoom to features, one-click vocabulary fixes;
- :mod:`.publish_dialog` — profile, targets, dry-run preview, publication with progress and cancel;
- :mod:`.settings_dialog` and :mod:`.config` — portal profiles, vocabulary sources, authentication ids;
- :mod:`.badges`, :mod:`.vocabulary_widgets`, :mod:`.common` — what the windows share.
"""
