"""The OpenDataFrance SCDL « Catalogue simplifié » (``scdl/catalogue`` 0.1.3) as CSV.

One row per published dataset, the 20 columns of the schema, UTF-8, comma
separated, header first. Vocabulary fields go through the SCDL notations of
the shipped vocabularies (``pv:scdl``): ANNUAL → « Annuelle »,
fr:commune → « Communale », etalab-2.0 → « Licence Ouverte-LO ».

    >>> from passerelle.catalogue.encoders import scdl
    >>> text = scdl.to_csv(records, organisation={"name": "Saint-Aubin", "siret": "21390001900016"},
    ...                    distributions={r.identifier: [{"access_url": "https://…", "format": "CSV"}]
    ...                                   for r in records})

Every column is required by the schema. A missing value raises
:class:`ScdlExportError` naming the record and the column, except where an
honest value can be inferred:

- ``DATE_PUBL``: the publication date, else today (this catalogue publishes it);
- ``DATE_MAJ``: the revision date, else ``DATE_PUBL``;
- ``COUV_TEMP_DEBUT``: the temporal start, else the creation date, else ``DATE_PUBL``;
- ``COUV_TEMP_FIN``: the temporal end, else ``DATE_MAJ`` (the data is current up to its last update);
- ``FREQ_MAJ``: « Inconnue » when the record states no frequency;
- ``COUV_SPAT_MAILLE`` / ``LICENCE``: the schema's catch-all (« Autre », « Spécifique ou
  autre ») for a concept that has no SCDL equivalent;
- ``PRODUCTEUR_NOM`` / ``PRODUCTEUR_SIRET``: the collectivity when the record names no producer;
- ``URL``: the landing page, else the first resource's URL.
"""
from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import re
import unicodedata
from typing import Iterable, Mapping, Optional, Sequence

from .. import schemas
from .. import vocabularies as _vocabularies
from ..errors import PasserelleError
from ..record import Contact, Record

SCHEMA_URL = "https://schema.data.gouv.fr/schemas/scdl/catalogue/0.1.3/schema.json"

COLUMNS = (
    "COLL_NOM", "COLL_SIRET", "ID", "TITRE", "DESCRIPTION", "THEME", "PRODUCTEUR_NOM",
    "PRODUCTEUR_SIRET", "COUV_SPAT_MAILLE", "COUV_SPAT_NOM", "COUV_TEMP_DEBUT", "COUV_TEMP_FIN",
    "DATE_PUBL", "FREQ_MAJ", "DATE_MAJ", "MOTS_CLES", "LICENCE", "NOMBRE_RESSOURCES",
    "FORMAT_RESSOURCES", "URL",
)

FREQUENCY_UNKNOWN = "Inconnue"
GRANULARITY_OTHER = "Autre"
LICENCE_OTHER = "Spécifique ou autre"

_THEME_PREFIXES = ("http://inspire.ec.europa.eu/theme/",
                   "http://publications.europa.eu/resource/authority/data-theme/")
_TOPIC_PREFIX = "http://inspire.ec.europa.eu/metadata-codelist/TopicCategory/"


class ScdlExportError(PasserelleError, ValueError):
    """A column required by the SCDL catalogue schema cannot be filled for a record.

    ``identifier`` is the record's identifier (empty for the collectivity's own
    columns) and ``column`` the SCDL column name.
    """

    code = "scdl.missing-value"

    def __init__(self, record: Optional[Record], column: str, reason_fr: str, reason_en: str):
        self.identifier = record.identifier if record else ""
        self.column = column
        title = _field(column).get("title", column)
        if record is None:
            subject_fr, subject_en = "la collectivité", "the organisation"
        else:
            name = record.title or record.identifier
            subject_fr = f"la fiche « {name} » ({record.identifier})"
            subject_en = f"record '{name}' ({record.identifier})"
        super().__init__(
            f"Catalogue SCDL : pour {subject_fr}, la colonne {column} ({title}) ne peut pas être "
            f"remplie : {reason_fr}",
            f"SCDL catalogue: for {subject_en}, column {column} cannot be filled: {reason_en}")


def catalogue_rows(records: Iterable[Record], *, organisation,
                   distributions: Optional[Mapping[str, Sequence[dict]]] = None,
                   landing_pages: Optional[Mapping[str, str]] = None,
                   vocabularies: Optional[_vocabularies.Vocabularies] = None,
                   today: Optional[_dt.date] = None) -> list[dict]:
    """One dict per record, keyed by :data:`COLUMNS`, values ready for the CSV.

    ``organisation``: a :class:`Contact` or a dict with ``name`` and a 14-digit
    ``siret`` (the collectivity publishing the catalogue). ``distributions``:
    record identifier -> list of dicts (``access_url``, ``download_url``,
    ``format`` as an EU file-type code). Raises :class:`ScdlExportError`.
    """
    vocab = vocabularies or _vocabularies.shipped()
    today = today or _dt.date.today()
    coll_name, coll_siret = _organisation(organisation)
    if not coll_name:
        raise ScdlExportError(None, "COLL_NOM", "le nom de la collectivité est vide.",
                              "the organisation's name is empty.")
    coll_siret = _checked_siret(None, "COLL_SIRET", coll_siret)
    rows = []
    for record in records:
        resources = list((distributions or {}).get(record.identifier, ()))
        row = {"COLL_NOM": coll_name, "COLL_SIRET": coll_siret}
        row.update(_row(record, vocab, coll_name, coll_siret, resources,
                        (landing_pages or {}).get(record.identifier), today))
        rows.append(row)
    return rows


def to_csv(records: Iterable[Record], **options) -> str:
    """The catalogue as CSV text (header row, comma, RFC 4180 line ends); arguments of :func:`catalogue_rows`."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(catalogue_rows(records, **options))
    return buffer.getvalue()


def _row(record, vocab, coll_name, coll_siret, resources, landing_page, today) -> dict:
    def require(column: str, value: str, reason_fr: str, reason_en: str) -> str:
        if not str(value or "").strip():
            raise ScdlExportError(record, column, reason_fr, reason_en)
        return str(value).strip()

    producer_name, producer_siret = coll_name, coll_siret
    if not record.producer.is_empty():
        producer_name = require("PRODUCTEUR_NOM", record.producer.organisation or record.producer.name,
                                "le producteur n'a pas de nom.", "the producer has no name.")
        same_body = _plain(producer_name) == _plain(coll_name)
        producer_siret = _checked_siret(record, "PRODUCTEUR_SIRET",
                                        record.producer.siret or (coll_siret if same_body else ""))
    published = record.published or today
    revised = record.revised or published
    return {
        "ID": require("ID", record.identifier, "l'identifiant est vide.", "the identifier is empty."),
        "TITRE": require("TITRE", record.title, "le titre est vide.", "the title is empty."),
        "DESCRIPTION": require("DESCRIPTION", record.abstract, "le résumé est vide.", "the abstract is empty."),
        "THEME": require("THEME", _theme_label(record.themes, vocab),
                         "aucun thème INSPIRE, européen ou ISO n'est renseigné.",
                         "no INSPIRE, EU or ISO theme is given."),
        "PRODUCTEUR_NOM": producer_name,
        "PRODUCTEUR_SIRET": producer_siret,
        "COUV_SPAT_MAILLE": _granularity(record, vocab),
        "COUV_SPAT_NOM": require("COUV_SPAT_NOM", record.place,
                                 "le nom du territoire couvert n'est pas renseigné.",
                                 "the name of the covered territory is missing."),
        "COUV_TEMP_DEBUT": (record.temporal_start or record.created or published).isoformat(),
        "COUV_TEMP_FIN": (record.temporal_end or revised).isoformat(),
        "DATE_PUBL": published.isoformat(),
        "FREQ_MAJ": _frequency(record, vocab),
        "DATE_MAJ": revised.isoformat(),
        "MOTS_CLES": require("MOTS_CLES", ";".join(_unique(_plain(k) for k in record.keywords)),
                             "ajoutez au moins un mot-clé.", "add at least one keyword."),
        "LICENCE": _licence(record, vocab),
        "NOMBRE_RESSOURCES": int(require("NOMBRE_RESSOURCES", len(resources) or "",
                                         "aucune ressource n'est publiée pour ce jeu de données.",
                                         "no resource is published for this dataset.")),
        "FORMAT_RESSOURCES": require("FORMAT_RESSOURCES", ";".join(_unique(_format(r) for r in resources)),
                                     "aucune ressource n'indique son format.", "no resource states its format."),
        "URL": require("URL", landing_page or next(
            (r.get("access_url") or r.get("download_url") for r in resources
             if r.get("access_url") or r.get("download_url")), ""),
            "ni page du jeu de données ni URL de ressource.", "neither a landing page nor a resource URL."),
    }


def _granularity(record: Record, vocab) -> str:
    if not record.granularity:
        raise ScdlExportError(record, "COUV_SPAT_MAILLE", "la granularité spatiale n'est pas renseignée.",
                              "the spatial granularity is missing.")
    concept = _concept(record, "COUV_SPAT_MAILLE", record.granularity, vocab)
    return _in_enum(record, "COUV_SPAT_MAILLE", concept.notation("scdl") or GRANULARITY_OTHER)


def _frequency(record: Record, vocab) -> str:
    if not record.frequency:
        return FREQUENCY_UNKNOWN
    concept = _concept(record, "FREQ_MAJ", record.frequency, vocab)
    code = concept.notation("scdl")
    if not code:  # no catch-all here: « Inconnue » would misstate a known frequency
        raise ScdlExportError(record, "FREQ_MAJ",
                              f"la fréquence « {concept.label('fr')} » n'a pas d'équivalent SCDL.",
                              f"frequency '{concept.label('en')}' has no SCDL equivalent.")
    return _in_enum(record, "FREQ_MAJ", code)


def _licence(record: Record, vocab) -> str:
    if not record.licence:
        raise ScdlExportError(record, "LICENCE", "la licence n'est pas renseignée.", "the licence is missing.")
    concept = _concept(record, "LICENCE", record.licence, vocab)
    return _in_enum(record, "LICENCE", concept.notation("scdl") or LICENCE_OTHER)


def _concept(record, column, uri, vocab):
    concept = vocab.concept(uri)
    if concept is None:
        raise ScdlExportError(record, column, f"le concept « {uri} » est inconnu des vocabulaires.",
                              f"concept '{uri}' is not in the vocabularies.")
    return concept


def _in_enum(record, column, value: str) -> str:
    allowed = _field(column).get("constraints", {}).get("enum")
    if allowed and value not in allowed:  # a vocabulary notation out of step with the schema
        raise ScdlExportError(record, column, f"« {value} » n'est pas une valeur admise par le schéma.",
                              f"'{value}' is not allowed by the schema.")
    return value


def _theme_label(themes: Sequence[str], vocab) -> str:
    """French label of the first INSPIRE or EU theme, else of the first ISO topic category."""
    for prefixes in (_THEME_PREFIXES, (_TOPIC_PREFIX,)):
        for uri in themes:
            concept = vocab.concept(uri) if uri.startswith(prefixes) else None
            if concept is not None:
                return concept.label("fr")
    return ""


def _format(resource: dict) -> str:
    value = str(resource.get("format") or "").strip().rstrip("/").rsplit("/", 1)[-1]
    value = re.sub(r"_SRVC$", "", value, flags=re.IGNORECASE)  # EU file-type WMS_SRVC reads « wms »
    return _plain(value)


def _plain(text: str) -> str:
    """Lower-case, unaccented, no ``;``: how the schema wants keywords and formats."""
    text = str(text).replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace(";", " ").lower().split())


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _organisation(organisation) -> tuple[str, str]:
    if isinstance(organisation, Contact):
        return (organisation.organisation or organisation.name).strip(), organisation.siret
    if isinstance(organisation, Mapping):
        return str(organisation.get("name") or organisation.get("organisation") or "").strip(), \
            str(organisation.get("siret") or "")
    raise TypeError("organisation must be a Contact or a dict with name and siret")


def _checked_siret(record: Optional[Record], column: str, siret: str) -> str:
    siret = re.sub(r"\s", "", siret or "")
    if not siret:
        raise ScdlExportError(record, column, "le numéro SIRET n'est pas renseigné.", "the SIRET is missing.")
    if not siret_is_valid(siret):
        raise ScdlExportError(record, column,
                              f"« {siret} » n'est pas un numéro SIRET valide (14 chiffres, clé de contrôle).",
                              f"'{siret}' is not a valid SIRET (14 digits, check digit).")
    return siret


def siret_is_valid(siret: str) -> bool:
    """14 digits with a valid Luhn key (La Poste's establishments: digit sum divisible by 5).

    Validata checks SIRETs this way (``french-siret-value``); checking here
    turns its rejection into an error the user sees before publishing.

    >>> siret_is_valid("24350013900189")
    True
    """
    if not re.fullmatch(r"\d{14}", siret or ""):
        return False
    if siret.startswith("356000000"):
        return sum(int(d) for d in siret) % 5 == 0
    total = 0
    for position, digit in enumerate(int(d) for d in reversed(siret)):
        doubled = digit * 2 if position % 2 else digit
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


@functools.lru_cache(maxsize=None)
def _fields() -> dict:
    return {field["name"]: field for field in schemas.resolve(SCHEMA_URL)["fields"]}


def _field(column: str) -> dict:
    return _fields().get(column, {})
