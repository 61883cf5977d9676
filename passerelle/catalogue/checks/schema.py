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
            f"Le schéma de données « {excerpt(record.schema, 120)} » n'a pas pu être chargé{because_fr} : "
            f"la conformité des données n'a pas été vérifiée. Vérifiez l'adresse du schéma (ou la connexion) "
            f"et relancez.",
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
        """PostGIS answers each field it can (see pgstream): a field only ``required`` or ``unique`` can break
        by counting missing values and comparing hashes of the values; another by grouping the column's
        values, the field being judged once per distinct value and the features of offending values asked
        for by value. Columns with too many distinct values (identifiers, free text) still stream.
        True when nothing is left to stream."""
        for field_check in self.check.pending:
            if field_check.presence_rules_only and self._presence(database, field_check):
                continue
            found = database.distinct(field_check.column)
            if found is None:
                continue
            raw = [value for value, _count in found]

            def fetch(positions, tally, count, column=field_check.column, raw=raw):
                database.features_with(column, [raw[p] for p in positions], tally, count)

            field_check.answer(database.as_column(field_check.column, raw), [c for _v, c in found], fetch)
        return not self.check.columns

    @staticmethod
    def _presence(database, field_check) -> bool:
        column = field_check.column
        repeated = None
        if field_check.unique is not None:
            repeated = database.repeated(column, field_check.missing_values)
            if repeated is None:
                return False
        if field_check.constraints.get("required"):
            missing, count = database.missing(column, field_check.missing_values)
            if count:
                database.features_with(column, missing, field_check.required, count)
        if repeated:
            database.features_with(column, [v for v, _c in repeated], field_check.unique.tally,
                                   sum(c for _v, c in repeated))
        if field_check.unique is not None:
            field_check.unique.settle()
        field_check.answered = True
        return True

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
