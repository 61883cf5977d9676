"""schema.violation and schema.unavailable: data declared to follow a Table Schema must follow it."""
from __future__ import annotations

from ..findings import WARNING, Finding
from ..tableschema import SchemaCheck
from ..textfields import excerpt
from .scan import Scanner, check_with

CODES = ("schema.violation", "schema.unavailable")


def check(record, data, context, layer: str) -> list[Finding]:
    return check_with(scanner, record, data, context, layer)


def scanner(record, info, context, layer: str):
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
    if info is None:
        return []
    return SchemaScan(SchemaCheck(schema, info.columns, info.field_types), layer)


class SchemaScan(Scanner):
    def __init__(self, check: SchemaCheck, layer: str):
        self.check, self.layer = check, layer

    @property
    def columns(self) -> list:
        return self.check.columns

    def ask_database(self, database) -> bool:
        """PostGIS groups each column's values: a field is then judged once per distinct value, and the
        features of offending values asked for by value (see pgstream). Columns with too many distinct
        values (identifiers) still stream. True when nothing is left to stream."""
        for field_check in self.check.fields:
            found = database.distinct(field_check.column)
            if found is None:
                continue
            raw = [value for value, _count in found]
            distinct = database.as_column(field_check.column, raw)

            def fetch(positions, tally, count, column=field_check.column, raw=raw):
                database.features_with(column, [raw[p] for p in positions], tally, count)

            field_check.answer(distinct, [count for _value, count in found], fetch)
        return not self.check.columns

    def add(self, batch) -> None:
        self.check.add(batch)

    def wants_another_pass(self) -> bool:
        return self.check.wants_another_pass()

    def add_again(self, batch) -> None:
        self.check.add_again(batch)

    def findings(self) -> list[Finding]:
        return [Finding("schema.violation", violation.severity, self.layer, violation.message_fr,
                        violation.message_en, feature_ids=violation.feature_ids, field=violation.field,
                        feature_count=violation.feature_count)
                for violation in self.check.violations()]
