"""What the checks need to know besides the record and the data."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Optional

if TYPE_CHECKING:
    from ..vocabularies import Vocabularies


@dataclass
class Territory:
    """The area a portal covers: bbox in WGS84 degrees (west, south, east, north)."""

    name: str
    bbox: tuple


#: Record fields required unless a portal profile says otherwise.
DEFAULT_REQUIRED = ("title", "abstract", "access", "nature", "granularity", "frequency",
                    "licence", "themes", "contact", "extent", "revised", "lineage")

#: Kinds of publication targets; "open" targets reach anyone (open-data portals, public WMS/WFS/CSW).
TARGET_KINDS = ("open", "restricted", "internal")


@dataclass
class CheckContext:
    vocabularies: Vocabularies
    today: _dt.date = field(default_factory=_dt.date.today)
    territory: Optional[Territory] = None
    required_fields: tuple = DEFAULT_REQUIRED
    target_kinds: tuple = ()  # where the layer is headed, e.g. ("open",)
    resolve_schema: Optional[Callable[[str], dict]] = None  # schema URL -> Table Schema dict
    sample_size: int = 1000  # rows sampled for value-based RGPD detection
    formats: tuple = ()  # export formats in play, e.g. ("scdl",): their requirements become errors
    organisation: dict = field(default_factory=dict)  # the catalogue owner (profile): name, siret
    export_base_url: str = ""  # the public address exports are served at (profile or api.check(base_url=))
