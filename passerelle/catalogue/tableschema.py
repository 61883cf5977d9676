"""Validate a layer's attributes against a frictionless Table Schema, column by column.

Each schema field is checked a whole column (or a batch of it) at once (pandas),
so a million-row layer validates in seconds. :class:`SchemaCheck` takes the
layer batch after batch, with memory bounded by the batch, not the layer;
:func:`validate` runs it over one table. A violation names the offending feature
ids (every one in :func:`validate`, the first ``MAX_FEATURE_IDS`` in a streamed
check, with the total count); its messages quote a few examples so people can find them.

Values are judged by their logical type, not by how the layer stores them: an
integer column satisfies ``"type": "number"``, a GeoPackage date column
satisfies ``"type": "date"``, and text columns are parsed the way a CSV
validator would parse the published file.
"""
from __future__ import annotations

import re
import dataclasses
from typing import Optional

import numpy as np
import pandas as pd

from .findings import ERROR, EXAMPLES, MAX_FEATURE_IDS, WARNING, Tally
from .textfields import excerpt

KINDS = ("missing-field", "extra-field", "type", "required", "enum", "pattern", "minimum", "maximum",
         "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "unique", "invalid-schema")

#: French and English names of Table Schema types, for messages.
TYPE_NAMES = {
    "string": ("texte", "text"), "integer": ("entier", "integer"), "number": ("nombre", "number"),
    "boolean": ("booléen (true/false)", "boolean (true/false)"),
    "date": ("date (AAAA-MM-JJ)", "date (YYYY-MM-DD)"),
    "datetime": ("date et heure (AAAA-MM-JJThh:mm:ss)", "date-time (YYYY-MM-DDThh:mm:ss)"),
    "year": ("année (AAAA)", "year (YYYY)"), "time": ("heure (hh:mm:ss)", "time (hh:mm:ss)"),
    "yearmonth": ("année-mois (AAAA-MM)", "year-month (YYYY-MM)"),
}

_STRING_FORMATS = {
    "email": r"[^@\s]+@[^@\s]+\.[^@\s]+",
    "uri": r"[A-Za-z][A-Za-z0-9+.\-]*:\S+",
    "uuid": r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
}
_ISO_DATETIME = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?"


@dataclasses.dataclass
class Violation:
    """One broken rule of the schema, with every feature that breaks it."""

    field: str
    kind: str  # one of KINDS
    message_fr: str
    message_en: str
    feature_ids: list = dataclasses.field(default_factory=list)  # not field(): the attribute shadows it
    severity: str = ERROR
    feature_count: Optional[int] = None  # offending features in all, when more than feature_ids lists


def validate(data, schema: dict, case_sensitive: bool = False) -> list[Violation]:
    """Check ``data`` (a LayerData or a DataFrame indexed by feature id) against a Table Schema.

    Field names match case-insensitively unless ``case_sensitive``: databases
    often lower-case names that schemas (e.g. SCDL) spell in capitals, and
    encoders write the schema's spelling.

    >>> schema = {"fields": [{"name": "COLL_SIRET", "constraints": {"pattern": r"\\d{14}"}}]}
    >>> [v.kind for v in validate(layer_data, schema)]
    ['pattern']
    """
    attributes = getattr(data, "attributes", data)
    check = SchemaCheck(schema, list(attributes.columns), getattr(data, "field_types", {}) or {},
                        case_sensitive, cap=None)
    check.add(attributes)
    if check.wants_another_pass():
        check.add_again(attributes)
    return check.violations()


class SchemaCheck:
    """A Table Schema check fed batch after batch (DataFrames indexed by feature id, in layer order).

    ``columns`` are the layer's columns, ``storage_types`` their types (``LayerData.field_types``).
    Give every batch to :meth:`add`; when :meth:`wants_another_pass` (repeated values of a unique
    field: the first pass keeps only their hashes), give them all again, in the same order, to
    :meth:`add_again`; then read :meth:`violations`. ``cap`` bounds the ids kept per violation.
    """

    def __init__(self, schema: dict, columns: list, storage_types: Optional[dict] = None,
                 case_sensitive: bool = False, cap: Optional[int] = MAX_FEATURE_IDS):
        storage_types = storage_types or {}
        descriptors = schema.get("fields", [])
        matched = _match_columns(columns, [f.get("name", "") for f in descriptors], case_sensitive)
        missing_values = [str(v) for v in schema.get("missingValues", [""])]
        key = schema.get("primaryKey") or []
        key = [key] if isinstance(key, str) else list(key)
        self.plan: list = []  # Violations known from the schema alone, and checks of fields, in report order
        self.fields: list[_FieldCheck] = []
        for descriptor in descriptors:
            name = descriptor.get("name", "")
            column = matched.get(name)
            if column is None:
                self.plan.append(Violation(
                    name, "missing-field",
                    f"Le champ « {name} » exigé par le schéma est absent de la couche : ajoutez-le, "
                    f"ou renommez le champ qui contient cette information.",
                    f"Field '{name}' required by the schema is missing from the layer: add it, "
                    f"or rename the field that holds this information."))
                continue
            field_check = _FieldCheck(name, column, descriptor, storage_types.get(column), missing_values,
                                      key == [name], cap)
            self.fields.append(field_check)
            self.plan.append(field_check)
        known = set(matched.values())
        for extra in (c for c in columns if c not in known):
            self.plan.append(Violation(
                extra, "extra-field",
                f"Le champ « {extra} » n'est pas prévu par le schéma : supprimez-le de la publication "
                f"ou vérifiez qu'il ne s'agit pas d'un champ du schéma mal nommé.",
                f"Field '{extra}' is not in the schema: drop it from the publication or check it is not "
                f"a misnamed schema field.", severity=WARNING))
        self.key: Optional[_KeyCheck] = None
        if len(key) > 1 and all(k in matched for k in key):
            self.key = _KeyCheck(key, [matched[k] for k in key], cap)
            self.plan.append(self.key)

    @property
    def pending(self) -> list:
        """Checks of fields still judged from the batches (not answered from the distinct values)."""
        return [f for f in self.fields if not f.answered]

    @property
    def columns(self) -> list:
        """The layer columns the check reads from the batches."""
        wanted = [f.column for f in self.pending] + (self.key.columns if self.key else [])
        return list(dict.fromkeys(wanted))

    def add(self, frame) -> None:
        for field_check in self.pending:
            field_check.add(frame[field_check.column])
        if self.key is not None:
            self.key.add(frame[self.key.columns])

    def wants_another_pass(self) -> bool:
        return any(c.wants_another_pass() for c in self.pending + ([self.key] if self.key else []))

    def add_again(self, frame) -> None:
        for field_check in self.pending:
            if field_check.wants_another_pass():
                field_check.add_again(frame[field_check.column])
        if self.key is not None and self.key.wants_another_pass():
            self.key.add_again(frame[self.key.columns])

    def violations(self) -> list[Violation]:
        out = []
        for step in self.plan:
            out += [step] if isinstance(step, Violation) else step.violations()
        return out


def _match_columns(columns, names, case_sensitive) -> dict:
    """Schema field name -> layer column name."""
    present = {c: c for c in columns}
    folded = {}
    for c in columns:
        folded.setdefault(str(c).casefold(), c)
    out = {}
    for name in names:
        if name in present:
            out[name] = name
        elif not case_sensitive and name.casefold() in folded:
            out[name] = folded[name.casefold()]
    return out


#: Range constraints: (key, test of a value against the bound, French and English wording).
_BOUNDS = (("minimum", lambda v, b: v < b, "inférieure(s) au minimum", "below the minimum"),
           ("maximum", lambda v, b: v > b, "supérieure(s) au maximum", "above the maximum"),
           ("exclusiveMinimum", lambda v, b: v <= b, "pas strictement supérieure(s) à", "not strictly above"),
           ("exclusiveMaximum", lambda v, b: v >= b, "pas strictement inférieure(s) à", "not strictly below"))
_ORDERED_TYPES = ("integer", "number", "date", "datetime", "year", "time", "yearmonth")
_LENGTHS = (("minLength", lambda n, b: n < b, "plus courte(s) que", "shorter than"),
            ("maxLength", lambda n, b: n > b, "plus longue(s) que", "longer than"))


class _FieldCheck:
    """One schema field against one layer column: the rules worked out once, offenders tallied per batch."""

    def __init__(self, name, column, descriptor, storage_type, missing_values, single_key, cap):
        self.name, self.column, self.descriptor = name, column, descriptor
        self.storage_type, self.missing_values, self.cap = storage_type, missing_values, cap
        self.kind = kind = descriptor.get("type", "string")
        constraints = dict(descriptor.get("constraints") or {})
        if single_key:
            constraints.setdefault("required", True)
            constraints.setdefault("unique", True)
        self.constraints = constraints
        self.type, self.required = Tally(cap), Tally(cap)
        # (key, Tally) per constraint in report order; a Violation where the schema itself is unreadable
        self.rules: list = []
        self.enum = self.pattern = None
        if "enum" in constraints:
            allowed, _ = _coerce(pd.Series(constraints["enum"], dtype=object), kind, descriptor, None)
            self.enum = list(allowed)
            self.rules.append(("enum", Tally(cap)))
        if "pattern" in constraints:
            try:
                self.pattern = re.compile(constraints["pattern"])
                self.rules.append(("pattern", Tally(cap)))
            except re.error:
                self.rules.append(_schema_problem(name, f"pattern {constraints['pattern']!r}"))
        self.bounds = {}
        for key, *_ in _BOUNDS:
            if key not in constraints or kind not in _ORDERED_TYPES:
                continue
            bound, bound_bad = _coerce(pd.Series([constraints[key]], dtype=object), kind, descriptor, None)
            if bound_bad.any():
                self.rules.append(_schema_problem(name, f"{key} {constraints[key]!r}"))
                continue
            self.bounds[key] = bound.iloc[0]
            self.rules.append((key, Tally(cap)))
        self.lengths = [key for key, *_ in _LENGTHS if key in constraints and kind in ("string", "any")]
        self.rules += [(key, Tally(cap)) for key in self.lengths]
        self.unique = _Repeats(cap, as_numbers=kind == "number") if constraints.get("unique") else None
        # A field that no value can break (a text column declared "string", without constraints) is not read.
        self.answered = self.cannot_fail

    @property
    def type_cannot_fail(self) -> bool:
        """Whether every value the layer stores as it does is of the field's type."""
        storage, fmt = self.storage_type, self.descriptor.get("format", "default") or "default"
        if self.kind == "string":
            return fmt not in _STRING_FORMATS
        return storage in {"integer": ("integer",), "number": ("integer", "number"), "boolean": ("boolean",),
                           "date": ("date",), "datetime": ("datetime",)}.get(self.kind, ())

    @property
    def presence_rules_only(self) -> bool:
        """Whether only ``required`` and ``unique`` can break the field (its values are of its type)."""
        return self.type_cannot_fail and not any(isinstance(rule, tuple) for rule in self.rules)

    @property
    def cannot_fail(self) -> bool:
        return self.presence_rules_only and not self.constraints.get("required") and self.unique is None

    def add(self, column: pd.Series) -> None:
        offenders, _raw, values = self.offenders(column)
        for key, offending in offenders:
            if key == "required":
                self.required.add(offending.index)
            else:
                _tally(self.tallies[key], offending)
        if self.unique is not None:
            self.unique.add(values)

    def offenders(self, column: pd.Series):
        """([(rule, offending raw values)] in report order, present raw values, their logical values) of
        a batch of the column; ``unique`` aside, every rule judges each value on its own, so ``column``
        may as well be the column's distinct values."""
        out = []
        null = column.isna()
        if column.dtype == object:
            null |= column.isin(self.missing_values)
        present = column[~null] if null.any() else column
        values, bad = _coerce(present, self.kind, self.descriptor, self.storage_type)
        if bad.any():
            out.append(("type", present[bad]))
            raw, values = present[~bad], values[~bad]
        else:
            raw = present
        if self.constraints.get("required") and null.any():
            out.append(("required", column[null.to_numpy(dtype=bool)]))
        if self.enum is not None:
            offending = ~values.isin(self.enum)
            if offending.any():
                out.append(("enum", raw[offending]))
        if self.pattern is not None:
            offending = ~_fullmatch(_as_text(values if self.kind == "string" else raw), self.pattern)
            if offending.any():
                out.append(("pattern", raw[offending]))
        for key, breaks, *_ in _BOUNDS:
            if key in self.bounds:
                offending = breaks(values, self.bounds[key])
                if offending.any():
                    out.append((key, raw[offending]))
        if self.lengths:
            lengths = _as_text(raw).str.len()
            for key, breaks, *_ in _LENGTHS:
                if key in self.lengths:
                    offending = breaks(lengths, int(self.constraints[key]))
                    if offending.any():
                        out.append((key, raw[offending]))
        return out, raw, values

    @property
    def tallies(self) -> dict:
        """Rule -> Tally (type, required, and each readable constraint)."""
        found = {"type": self.type, "required": self.required}
        found.update(rule for rule in self.rules if isinstance(rule, tuple))
        return found

    def wants_another_pass(self) -> bool:
        return self.unique is not None and self.unique.wants_another_pass()

    def add_again(self, column: pd.Series) -> None:
        _offenders, raw, values = self.offenders(column)
        self.unique.add_again(raw, values)

    def answer(self, distinct: pd.Series, counts, fetch) -> None:
        """Judge the field from the column's ``distinct`` values (a Series indexed 0..n-1, converted as a
        batch would be) and how many features hold each (``counts``): ``fetch(positions, tally, count)``
        adds to ``tally`` the features holding the distinct values at ``positions`` (in layer order)."""
        import numpy as np

        counts = np.asarray(counts, dtype="int64")
        offenders, _raw, values = self.offenders(distinct)
        for key, offending in offenders:
            positions = offending.index.to_numpy()
            fetch(positions, self.tallies[key], int(counts[positions].sum()))
        if self.unique is not None and len(values):
            # Distinct raw values may read as one logical value ("01" and "1" as integers): group them.
            held = pd.Series(counts[values.index.to_numpy()], index=values.index)
            totals = held.groupby(value_hashes(values, self.unique.as_numbers)).transform("sum")
            repeated = totals.index[totals.to_numpy() > 1].to_numpy()
            if len(repeated):
                fetch(repeated, self.unique.tally, int(held[repeated].sum()))
        if self.unique is not None:
            self.unique.settle()
        self.answered = True

    def violations(self) -> list[Violation]:
        name, out = self.name, []
        if self.type:
            type_fr, type_en = TYPE_NAMES.get(self.kind, (self.kind, self.kind))
            fmt = self.descriptor.get("format", "default")
            if fmt not in ("default", "any", None):
                type_fr, type_en = f"{type_fr} au format « {fmt} »", f"{type_en} in format '{fmt}'"
            n = self.type.count
            out.append(_violation(name, "type", self.type,
                                  f"{n} valeur(s) ne sont pas du type {type_fr}",
                                  f"{n} value(s) are not of type {type_en}",
                                  "Corrigez ces valeurs, ou le type du champ s'il est faux.",
                                  "Fix these values, or the field type if it is wrong."))
        if self.required:
            ids, n = self.required.ids, self.required.count
            out.append(Violation(
                name, "required",
                f"Champ « {name} » : {n} entité(s) sans valeur alors que le schéma l'exige "
                f"(entités {_ids(ids, n)}). Renseignez ces valeurs.",
                f"Field '{name}': {n} feature(s) have no value although the schema requires one "
                f"(features {_ids(ids, n)}). Fill them in.", ids, feature_count=self.required.capped))
        for rule in self.rules:
            if isinstance(rule, Violation):
                out.append(rule)
            elif rule[1]:
                out.append(self._rule_violation(*rule))
        if self.unique is not None and self.unique.tally:
            n = self.unique.tally.count
            out.append(_violation(name, "unique", self.unique.tally,
                                  f"{n} entités partagent une valeur qui devrait être unique",
                                  f"{n} features share a value that should be unique",
                                  "Chaque valeur ne doit apparaître qu'une fois : corrigez les doublons.",
                                  "Each value may appear only once: fix the duplicates."))
        return out

    def _rule_violation(self, key, tally) -> Violation:
        name, n, constraints = self.name, tally.count, self.constraints
        if key == "enum":
            shown = ", ".join(f"« {v} »" for v in constraints["enum"][:10])
            more = "…" if len(constraints["enum"]) > 10 else ""
            return _violation(name, "enum", tally,
                              f"{n} valeur(s) hors de la liste autorisée",
                              f"{n} value(s) outside the allowed list",
                              f"Valeurs permises : {shown}{more}.",
                              f"Allowed values: {shown.replace('« ', chr(39)).replace(' »', chr(39))}{more}.")
        if key == "pattern":
            pattern = constraints["pattern"]
            return _violation(name, "pattern", tally,
                              f"{n} valeur(s) ne respectent pas le motif « {pattern} »",
                              f"{n} value(s) do not match the pattern '{pattern}'",
                              "Corrigez ces valeurs pour qu'elles suivent le format attendu.",
                              "Fix these values so they follow the expected format.")
        if key in self.bounds:
            text_fr, text_en = next((fr, en) for k, _, fr, en in _BOUNDS if k == key)
            return _violation(name, key, tally,
                              f"{n} valeur(s) {text_fr} {constraints[key]}",
                              f"{n} value(s) {text_en} {constraints[key]}",
                              "Corrigez ces valeurs.", "Fix these values.")
        text_fr, text_en = next((fr, en) for k, _, fr, en in _LENGTHS if k == key)
        return _violation(name, key, tally,
                          f"{n} valeur(s) {text_fr} {constraints[key]} caractères",
                          f"{n} value(s) {text_en} {constraints[key]} characters",
                          "Corrigez ces valeurs.", "Fix these values.")


def _tally(tally: Tally, offending: pd.Series) -> None:
    tally.add(offending.index, offending)


class _Repeats:
    """Values that must be unique: a 64-bit hash per value in a first pass (8 bytes a feature, whatever
    the values), then, when some hashes repeat, a second pass names the features that share them."""

    def __init__(self, cap, as_numbers: bool = False):
        self.as_numbers = as_numbers
        self.hashes: list = []
        self.tally = Tally(cap)
        self.repeated = None  # sorted hashes seen more than once, once the first pass is over

    def add(self, values) -> None:
        self.hashes.append(value_hashes(values, self.as_numbers))

    def wants_another_pass(self) -> bool:
        if self.repeated is None:
            everything = np.concatenate(self.hashes) if self.hashes else np.array([], dtype="uint64")
            self.hashes = []
            everything.sort()
            self.repeated = np.unique(everything[1:][everything[1:] == everything[:-1]])
        return len(self.repeated) > 0

    def add_again(self, raw: pd.Series, values) -> None:
        """``raw``: what messages quote (indexed by feature id); ``values``: what was hashed, aligned."""
        offending = np.isin(value_hashes(values, self.as_numbers), self.repeated)
        if offending.any():
            _tally(self.tally, raw[offending])

    def settle(self) -> None:
        """Nothing left to find in a second pass (the repeats were counted otherwise)."""
        self.hashes, self.repeated = [], np.array([], dtype="uint64")


class _KeyCheck:
    """A composite primary key: every combination of values once (rows with a missing part aside)."""

    def __init__(self, key, columns, cap):
        self.key, self.columns = key, columns
        self.repeats = _Repeats(cap)

    def add(self, frame) -> None:
        self.repeats.add(frame.dropna())

    def wants_another_pass(self) -> bool:
        return self.repeats.wants_another_pass()

    def add_again(self, frame) -> None:
        complete = frame.dropna()
        self.repeats.add_again(pd.Series(0, index=complete.index), complete)

    def violations(self) -> list[Violation]:
        tally = self.repeats.tally
        if not tally:
            return []
        label, ids, n = ", ".join(self.key), tally.ids, tally.count
        return [Violation(
            label, "unique",
            f"Clé primaire ({label}) : {n} entités partagent la même combinaison de valeurs "
            f"(entités {_ids(ids, n)}). Chaque combinaison doit être unique : corrigez les doublons.",
            f"Primary key ({label}): {n} features share the same combination of values "
            f"(features {_ids(ids, n)}). Each combination must be unique: fix the duplicates.", ids,
            feature_count=tally.capped)]


def value_hashes(values, as_numbers: bool = False) -> np.ndarray:
    """A 64-bit hash of each value (of each row of a DataFrame), the same in every batch whatever its dtype
    there: integers by value, numbers (``as_numbers``) as floats, 0.0 and -0.0 alike, every NaN alike,
    as pandas compares them. Distinct values share a hash once in about 2**64 / n**2 layers of n values.

    Text and other objects hash with Python's own ``hash`` (ten times faster than pandas' on strings, and
    equal where Python's ``==`` is, as in pandas' ``duplicated``): salted per process, so hashes compare
    within one check only, which is all a check asks of them."""
    if isinstance(values, pd.DataFrame):
        out = np.zeros(len(values), dtype="uint64")
        with np.errstate(over="ignore"):
            for name in values.columns:
                out = out * np.uint64(1_000_003) ^ value_hashes(values[name])
        return out
    dtype = values.dtype
    if dtype.kind == "M" or isinstance(dtype, pd.DatetimeTZDtype):
        canonical = values.to_numpy(dtype="datetime64[ns]").view("int64")
    elif pd.api.types.is_bool_dtype(dtype):
        canonical = values.to_numpy(dtype=bool).astype("int64")
    elif pd.api.types.is_integer_dtype(dtype) and not as_numbers:
        canonical = values.to_numpy(dtype="int64")
    elif pd.api.types.is_numeric_dtype(dtype):
        canonical = values.to_numpy(dtype="float64") + 0.0  # -0.0 becomes 0.0
        canonical[np.isnan(canonical)] = np.nan
    else:
        objects = values.to_numpy(dtype=object)
        try:
            return np.fromiter(map(hash, objects), dtype=np.int64, count=len(objects)).view(np.uint64)
        except TypeError:  # unhashable values (lists of a JSON column): by their text
            return np.fromiter((hash(repr(v)) for v in objects), dtype=np.int64, count=len(objects)).view(np.uint64)
    return pd.util.hash_array(canonical)


def _fullmatch(text: pd.Series, pattern) -> pd.Series:
    """Whether each value matches ``pattern`` in full (False for a missing value), each distinct value
    matched once: layers repeat their codes, so a million rows often hold a few thousand values."""
    if len(text) < 64:
        return text.str.fullmatch(pattern).fillna(False).astype(bool)
    codes, uniques = pd.factorize(text, use_na_sentinel=True)
    matched = pd.Series(uniques).str.fullmatch(pattern).fillna(False).to_numpy(dtype=bool)
    return pd.Series(np.append(matched, False)[codes], index=text.index)


# --- coercion: physical values -> logical values + mask of values that cannot be read ---------------

def _coerce(values: pd.Series, kind: str, descriptor: dict, storage_type: Optional[str]):
    """Logical values (same index) and a boolean Series marking values not readable as ``kind``."""
    reader = _READERS.get(kind)
    if reader is None or len(values) == 0:
        return values, pd.Series(False, index=values.index)
    logical, bad = reader(values, descriptor, storage_type)
    return logical, bad.fillna(True).astype(bool)


def _as_text(values: pd.Series) -> pd.Series:
    """The values as ``str``, without copying a column that already is text."""
    return values if pd.api.types.infer_dtype(values, skipna=True) == "string" else values.astype(str)


def _text(values: pd.Series) -> pd.Series:
    return _as_text(values).str.strip()


def _read_string(values, descriptor, storage_type):
    text = _as_text(values)
    pattern = _STRING_FORMATS.get(descriptor.get("format", "default"))
    bad = ~_fullmatch(text, pattern) if pattern else pd.Series(False, index=values.index)
    return text, bad


def _read_integer(values, descriptor, storage_type):
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype) or dtype.kind == "M":
        return values, pd.Series(True, index=values.index)
    if pd.api.types.is_integer_dtype(dtype):
        return values.astype("int64"), pd.Series(False, index=values.index)
    if pd.api.types.is_float_dtype(dtype):
        bad = ~np.isfinite(values) | (values != np.floor(values))
        return values.where(~bad, 0).astype("int64"), bad
    text = _text(values)
    ok = _fullmatch(text, r"[+-]?\d+")
    return pd.to_numeric(text.where(ok, "0")), ~ok


def _read_number(values, descriptor, storage_type):
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype) or dtype.kind == "M":
        return values, pd.Series(True, index=values.index)
    if pd.api.types.is_numeric_dtype(dtype):
        return values.astype("float64"), pd.Series(False, index=values.index)
    text = _text(values)
    if descriptor.get("groupChar"):
        text = text.str.replace(descriptor["groupChar"], "", regex=False)
    if descriptor.get("decimalChar", ".") != ".":
        text = text.str.replace(descriptor["decimalChar"], ".", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    bad = numbers.isna() & ~text.str.fullmatch(r"[+-]?(NaN|INF)", case=False)
    return numbers, bad


def _read_boolean(values, descriptor, storage_type):
    dtype = values.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return values.astype(bool), pd.Series(False, index=values.index)
    if pd.api.types.is_numeric_dtype(dtype):  # a 0/1 column publishes as "0"/"1", both valid booleans
        return values == 1, ~values.isin([0, 1])
    true_values = [str(v) for v in descriptor.get("trueValues", ["true", "True", "TRUE", "1"])]
    false_values = [str(v) for v in descriptor.get("falseValues", ["false", "False", "FALSE", "0"])]
    text = _text(values)
    return text.isin(true_values), ~(text.isin(true_values) | text.isin(false_values))


def _strftime(descriptor) -> str:
    fmt = descriptor.get("format", "default") or "default"
    return fmt[4:] if fmt.startswith("fmt:") else fmt


def _read_date(values, descriptor, storage_type):
    if values.dtype.kind == "M":
        return values, values.dt.normalize() != values  # a time of day is more than a date
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred in ("date", "datetime"):
        stamps = pd.to_datetime(values, errors="coerce")
        return stamps, stamps.isna() | (stamps.dt.normalize() != stamps)
    text = _text(values)
    fmt = _strftime(descriptor)
    if fmt == "default":
        ok = _fullmatch(text, r"\d{4}-\d{2}-\d{2}")
        stamps = pd.to_datetime(text.where(ok), format="%Y-%m-%d", errors="coerce")
    elif fmt == "any":
        stamps = pd.to_datetime(text, format="mixed", dayfirst=True, errors="coerce")
    else:
        stamps = pd.to_datetime(text, format=fmt, errors="coerce")
    return stamps, stamps.isna()


def _read_datetime(values, descriptor, storage_type):
    if values.dtype.kind == "M":
        return values, pd.Series(storage_type == "date", index=values.index)  # a date has no time of day
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred == "datetime":
        stamps = pd.to_datetime(values, errors="coerce", utc=True).dt.tz_convert(None)
        return stamps, stamps.isna()
    text = _text(values)
    fmt = _strftime(descriptor)
    if fmt == "default":
        ok = _fullmatch(text, _ISO_DATETIME)
        stamps = pd.to_datetime(text.where(ok), format="ISO8601", errors="coerce", utc=True)
    elif fmt == "any":
        stamps = pd.to_datetime(text, format="mixed", errors="coerce", utc=True)
    else:
        stamps = pd.to_datetime(text, format=fmt, errors="coerce", utc=True)
    return stamps.dt.tz_convert(None), stamps.isna()


def _read_year(values, descriptor, storage_type):
    if values.dtype.kind == "M" or pd.api.types.is_bool_dtype(values.dtype):
        return values, pd.Series(True, index=values.index)
    years, bad = _read_integer(values, descriptor, storage_type)
    if values.dtype == object:  # written years have four digits: "24" is not a year
        bad |= ~_fullmatch(_text(values), r"\d{4}")
    return years, bad | (years < 0) | (years > 9999)


def _pattern_reader(regex):
    def read(values, descriptor, storage_type):
        text = _text(values)
        return text, ~_fullmatch(text, regex)
    return read


_READERS = {
    "string": _read_string, "integer": _read_integer, "number": _read_number, "boolean": _read_boolean,
    "date": _read_date, "datetime": _read_datetime, "year": _read_year,
    "time": _pattern_reader(r"\d{2}:\d{2}:\d{2}(\.\d+)?"), "yearmonth": _pattern_reader(r"\d{4}-\d{2}"),
}


# --- messages -------------------------------------------------------------------------------------

def _ids(ids, count: Optional[int] = None, limit: int = 10) -> str:
    """'3, 8, 12… (+40)': the first ids, and how many more (``count``: all of them, when ``ids`` is only the start)."""
    count = len(ids) if count is None else count
    shown = ", ".join(map(str, ids[:limit]))
    return shown + (f"… (+{count - limit})" if count > limit else "")


def _violation(name, kind, tally: Tally, what_fr, what_en, todo_fr, todo_en) -> Violation:
    examples_fr = ", ".join(f"« {excerpt(v, 40)} » (entité {i})" for i, v in tally.examples)
    examples_en = ", ".join(f"'{excerpt(v, 40)}' (feature {i})" for i, v in tally.examples)
    more = "…" if tally.count > EXAMPLES else ""
    return Violation(name, kind,
                     f"Champ « {name} » : {what_fr}, par exemple {examples_fr}{more}. {todo_fr}",
                     f"Field '{name}': {what_en}, e.g. {examples_en}{more}. {todo_en}", list(tally.ids),
                     feature_count=tally.capped)


def _schema_problem(name, what) -> Violation:
    return Violation(name, "invalid-schema",
                     f"Le schéma contient une contrainte illisible pour le champ « {name} » ({what}) : "
                     f"elle n'a pas été vérifiée. Signalez-le à l'auteur du schéma.",
                     f"The schema holds an unreadable constraint for field '{name}' ({what}): it was not "
                     f"checked. Report it to the schema's author.", severity=WARNING)
