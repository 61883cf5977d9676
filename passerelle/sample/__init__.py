"""A sample territory: the layers of a fictional Jura commune, for the demo and the tests.

Everything is generated with GDAL/OGR only (no QGIS), from a fixed seed, so two
runs give the same features::

    >>> from passerelle import sample
    >>> info = sample.generate("/tmp/demo")
    >>> info["gpkg"]
    '/tmp/demo/territoire.gpkg'

or from a shell: ``python -m passerelle.sample /tmp/demo``.
"""
from .territory import (  # noqa: F401
    COMMUNE,
    DEFAULT_TAGS,
    EMPTY_FIDS,
    FEATURE_COUNTS,
    GPKG_NAME,
    INVALID_FIDS,
    LAYERS,
    SCHEMA_BROKEN,
    SCHEMA_BROKEN_FIDS,
    SCHEMA_PATH,
    SEED,
    default_tags,
    generate,
)
