"""schema.violation and schema.unavailable: data declared to follow a Table Schema must follow it."""
from __future__ import annotations

from ..findings import WARNING, Finding
from ..tableschema import validate
from ..textfields import excerpt

CODES = ("schema.violation", "schema.unavailable")


def check(record, data, context, layer: str) -> list[Finding]:
    if not record.schema:
        return []
    schema, reason = None, ""
    if context.resolve_schema is not None:
        try:
            schema = context.resolve_schema(record.schema)
        except Exception as exc:  # resolvers read files or the network: any failure means "not available"
            reason = str(exc)
    if not schema:
        because_fr = f" ({reason})" if reason else ""
        return [Finding(
            "schema.unavailable", WARNING, layer,
            f"Le schéma de données « {excerpt(record.schema, 120)} » n'a pas pu être chargé{because_fr} : la conformité "
            f"des données n'a pas été vérifiée. Vérifiez l'adresse du schéma (ou la connexion) et relancez.",
            f"Data schema '{excerpt(record.schema, 120)}' could not be loaded{because_fr}: conformity was not checked. "
            f"Check the schema address (or the connection) and run the checks again.", field="schema")]
    if data is None:
        return []
    return [Finding("schema.violation", violation.severity, layer, violation.message_fr, violation.message_en,
                    feature_ids=violation.feature_ids, field=violation.field)
            for violation in validate(data, schema)]
