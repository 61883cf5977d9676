"""The note a layer keeps of the existing record it was linked to (``api.link_record``), in the project."""
from __future__ import annotations

import json
from typing import Optional

from ..catalogue.linking import Origin

PROPERTY = "passerelle/linked-record"


def layer_origin(layer) -> Optional[Origin]:
    """Where the layer's record came from, None when it was not linked (or the note is unreadable)."""
    try:
        text = layer.customProperty(PROPERTY, "")
    except (AttributeError, RuntimeError):  # not a map layer, or a deleted one
        return None
    if not text:
        return None
    try:
        return Origin.from_dict(json.loads(str(text)))
    except ValueError:
        return None


def set_layer_origin(layer, origin: Optional[Origin]) -> None:
    """Keep (or with None, forget) the note on the layer; saved with the project."""
    if origin is None:
        layer.removeCustomProperty(PROPERTY)
    else:
        layer.setCustomProperty(PROPERTY, json.dumps(origin.to_dict(), ensure_ascii=False, sort_keys=True))
