"""metadata.control-characters, metadata.too-long, metadata.email-invalid, metadata.uri-invalid,
record.identifier-invalid: what no export can write.

The same rules refuse the value at tagging time (:mod:`..tagging`) and refuse the export or the
publication (:func:`passerelle.api.export`, :func:`passerelle.api.publish`): a record that passes
these checks can be written as XML, CSV and a file name; one that fails them is reported here first.
"""
from __future__ import annotations

from .. import identifiers, textfields
from ..findings import ERROR, Finding

CODES = (textfields.CONTROL_CHARACTERS, textfields.TOO_LONG, textfields.EMAIL_INVALID, textfields.URI_INVALID,
         identifiers.INVALID)


def check(record, data, context, layer: str) -> list[Finding]:
    out = [Finding(p.code, ERROR, layer, p.message_fr, p.message_en, field=p.field)
           for p in textfields.problems(record)]
    try:
        identifiers.validate(record.identifier)
    except identifiers.IdentifierError as error:
        out.append(Finding(error.code, ERROR, layer, error.message_fr, error.message_en, field="identifier"))
    return out
