"""Real servers for the publisher tests (no QGIS): the fixtures (``pycsw``, ``fresh_pycsw``, ``pycsw_factory``,
``ckan``, ``ckan_organisation``, ``udata``, ``udata_factory``) are in support/fixtures/servers.py, shared with
tests/hostile.
"""
