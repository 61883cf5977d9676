"""Stand-in of the udata API v1 (data.gouv.fr) subset Passerelle uses: udata needs MongoDB, it cannot run here.

Strict on what the real server checks, from its source (github ``opendatateam/udata``):

- ``udata/api/__init__.py`` (``UDataApi``): the ``X-API-KEY`` header authenticates every call; an
  unknown key answers **401** ``{"message": "Invalid API Key"}`` on any endpoint; a secured endpoint
  without credentials answers 401 with ``WWW-Authenticate: Bearer realm="uData"``; a refused
  permission is **403** ``{"message": "You do not have the permission to modify that object."}``;
  a form that does not validate is **400** ``{"errors": {field: [messages]}}`` (``api.validate``),
  and a body that is not JSON is 400 ``{"errors": {"Content-Type": "expecting application/json"}}``.
- ``udata/core/dataset/api.py``: ``POST /datasets/`` → 201; ``GET /datasets/{id|slug}/``: a
  private dataset is 404 and a deleted one **410** ``Dataset has been deleted`` for whoever cannot
  edit it (its editors still read it, with ``deleted`` set); ``PUT`` on a deleted dataset is 410
  unless the body sets ``"deleted": null`` (restore); ``DELETE`` is a soft delete (204, then 410);
  ``POST /datasets/{id}/upload/`` (multipart ``file``) → 201 resource, title = file name,
  ``checksum`` from the storage, HTML refused with 415; ``POST /datasets/{id}/resources/`` only
  takes ``filetype: remote`` (400 "This endpoint only supports remote resources");
  ``PUT /datasets/{id}/resources/{rid}/`` cannot change ``filetype`` and keeps url, checksum, size,
  mime and format of hosted files; ``POST …/resources/{rid}/upload/`` replaces the file in place (200);
  ``DELETE …/resources/{rid}/`` → 204, 404 ``Resource does not exist``.
- ``udata/core/dataset/forms.py`` (``DatasetForm``): title required ≤ 350, description required
  ≤ 100 000, description_short ≤ 200, ``license`` among the instance's licences (blank allowed),
  ``frequency`` among ``UpdateFrequency`` (legacy ids mapped), ``access_type`` open |
  open_with_account | restricted, ``access_type_reason_category`` among the INSPIRE reasons,
  ``extras`` with platform-reserved keys silently dropped for non-sysadmins (``ReservedExtrasField``).
- ``udata/forms/fields.py``: ``organization`` must be an organisation the user belongs to (400
  "Permission denied for this organization"; an unknown id "Organization does not exists");
  ``udata/core/spatial/forms.py``: zones resolved by id (400 "Unknown geoid(s): …"), granularity
  among the instance's levels; ``udata/core/storages/api.py``: a missing file part is 400
  ``{"success": false, "error": "Missing file parameter"}``; extensions outside
  ``ALLOWED_RESOURCES_EXTENSIONS`` are 400 "This file type is not allowed…".
- ``udata/core/organization/api.py``: ``GET /organizations/{org}/datasets/`` lists the
  organisation's datasets, private ones included for its members (paginated ``data``/``next_page``).

Choices of this stand-in where the sources read do not settle it (tested as such): tags are
slugified and must be 3–96 characters (``TAG_MIN_LENGTH``/``TAG_MAX_LENGTH``, reference notes §1.d);
reserved extras are the keys starting with ``analysis:``, ``check:``, ``recommendations``,
``transport:`` or ``dcat`` (names from the ``can_write_extra`` docstring); the organisation listing
also returns soft-deleted datasets (``owned_by`` has no deletion filter in the source read);
``private`` must be a JSON boolean; chunked uploads (``totalparts`` > 1) answer 501; a URL
without its trailing slash is redirected (308), as Flask does for routes declared with one.
Fields the real API ignores are ignored too, and recorded in :attr:`UdataStandIn.ignored_fields`
so that tests can prove the client sends none. The request log never holds the key.
"""
from __future__ import annotations

import datetime as _dt
import mimetypes
import os
import re
import secrets
import shutil
import tempfile
import threading
import unicodedata
import uuid as _uuid
from urllib.parse import parse_qs, urlencode, urlsplit

from support.standins import multipart_form
from support.standins.standin_server import Request, Response, StandIn, json_response

API = "/api/1/"

#: udata 17.x ``UpdateFrequency`` ids with their French labels (reference notes §1.d).
FREQUENCIES = [
    ("continuous", "Temps réel"), ("oneMinute", "Toutes les minutes"), ("fiveMinutes", "Toutes les cinq minutes"),
    ("tenMinutes", "Toutes les dix minutes"), ("fifteenMinutes", "Toutes les quinze minutes"),
    ("thirtyMinutes", "Toutes les trente minutes"), ("hourly", "Toutes les heures"),
    ("bihourly", "Toutes les deux heures"), ("trihourly", "Toutes les trois heures"),
    ("twelveHours", "Toutes les douze heures"), ("severalTimesADay", "Plusieurs fois par jour"),
    ("threeTimesADay", "Trois fois par jour"), ("semidaily", "Deux fois par jour"), ("daily", "Quotidienne"),
    ("fiveTimesAWeek", "Cinq fois par semaine"), ("threeTimesAWeek", "Trois fois par semaine"),
    ("semiweekly", "Deux fois par semaine"), ("weekly", "Hebdomadaire"), ("biweekly", "Toutes les deux semaines"),
    ("threeTimesAMonth", "Trois fois par mois"), ("semimonthly", "Deux fois par mois"), ("monthly", "Mensuelle"),
    ("bimonthly", "Tous les deux mois"), ("quarterly", "Trimestrielle"), ("threeTimesAYear", "Trois fois par an"),
    ("semiannual", "Deux fois par an"), ("annual", "Annuelle"), ("biennial", "Tous les deux ans"),
    ("triennial", "Tous les trois ans"), ("quadrennial", "Tous les quatre ans"),
    ("quinquennial", "Tous les cinq ans"), ("decennial", "Tous les dix ans"), ("bidecennial", "Tous les vingt ans"),
    ("tridecennial", "Tous les trente ans"), ("punctual", "Ponctuelle"), ("irregular", "Sans régularité"),
    ("never", "Jamais"), ("notPlanned", "Non planifié"), ("other", "Autre"), ("unknown", "Inconnu"),
]
LEGACY_FREQUENCIES = {"realtime": "continuous", "fourTimesADay": "severalTimesADay", "fourTimesAWeek": "other",
                      "fortnighly": "biweekly", "biannual": "semiannual"}

#: Licences listed by data.gouv.fr (reference notes §1.d, from the live-API fixture).
LICENCES = [
    {"id": "lov2", "title": "Licence Ouverte / Open Licence version 2.0",
     "url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence", "alternate_titles": ["etalab-2.0"]},
    {"id": "fr-lo", "title": "Licence Ouverte / Open Licence",
     "url": "https://www.etalab.gouv.fr/wp-content/uploads/2014/05/Licence_Ouverte.pdf"},
    {"id": "odc-odbl", "title": "Open Data Commons Open Database License (ODbL)",
     "url": "http://opendatacommons.org/licenses/odbl/summary/"},
    {"id": "odc-by", "title": "Open Data Commons Attribution License",
     "url": "http://opendatacommons.org/licenses/by/summary/"},
    {"id": "odc-pddl", "title": "Open Data Commons Public Domain Dedication and Licence (PDDL)",
     "url": "http://opendatacommons.org/licenses/pddl/summary/"},
    {"id": "cc-by", "title": "Creative Commons Attribution", "url": "http://www.opendefinition.org/licenses/cc-by"},
    {"id": "cc-by-sa", "title": "Creative Commons Attribution Share-Alike",
     "url": "http://www.opendefinition.org/licenses/cc-by-sa"},
    {"id": "cc-zero", "title": "Creative Commons CCZero", "url": "http://www.opendefinition.org/licenses/cc-zero"},
    {"id": "notspecified", "title": "License Not Specified", "url": None, "flags": ["generic"]},
    {"id": "other-at", "title": "Other (Attribution)", "url": None, "flags": ["generic"]},
    {"id": "other-open", "title": "Other (Open)", "url": None, "flags": ["generic"]},
    {"id": "other-pd", "title": "Other (Public Domain)", "url": None, "flags": ["generic"]},
]

GRANULARITIES = [
    ("country-group", "Groupement de pays"), ("country", "Pays"), ("country-subset", "Sous-ensemble de pays"),
    ("fr:region", "Région française"), ("fr:departement", "Département français"),
    ("fr:arrondissement", "Arrondissement français"), ("fr:commune", "Commune française"),
    ("fr:iris", "Iris (quartiers INSEE)"), ("fr:canton", "Canton français"),
    ("fr:collectivite", "Collectivités d'outre-mer françaises"), ("fr:epci", "Intercommunalité française (EPCI)"),
    ("poi", "Point d'Intérêt"), ("other", "Autre"),
]

#: Zones known to this instance: test fixtures in the udata id format ``{level}:{code}``.
ZONES = [
    {"id": "fr:commune:39999", "name": "Passerelle-sur-Loue", "code": "39999", "level": "fr:commune"},
    {"id": "fr:commune:13004", "name": "Arles", "code": "13004", "level": "fr:commune"},
    {"id": "fr:commune:25056", "name": "Besançon", "code": "25056", "level": "fr:commune"},
    {"id": "fr:commune:39478", "name": "Saint-Aubin", "code": "39478", "level": "fr:commune"},
    {"id": "fr:commune:21540", "name": "Saint-Aubin", "code": "21540", "level": "fr:commune"},
    {"id": "fr:departement:39", "name": "Jura", "code": "39", "level": "fr:departement"},
    {"id": "fr:region:27", "name": "Bourgogne-Franche-Comté", "code": "27", "level": "fr:region"},
    {"id": "country:fr", "name": "France", "code": "fr", "level": "country"},
]

ACCESS_TYPES = ("open", "open_with_account", "restricted")
REASON_CATEGORIES = (
    "confidentiality_of_proceedings_of_public_authorities",
    "international_relations_public_security_or_national_defence",
    "course_of_justice_or_fair_trial", "confidentiality_of_commercial_or_industrial_information",
    "intellectual_property_rights", "confidentiality_of_personal_data", "protection_of_voluntary_information_suppliers",
    "protection_of_environment")
RESOURCE_TYPES = ("main", "documentation", "update", "api", "code", "other")
RESOURCE_FILETYPES = ("file", "remote")
ALLOWED_EXTENSIONS = (
    "csv", "txt", "json", "pdf", "xml", "rtf", "xsd", "ods", "odt", "odp", "odg", "xls", "xlsx", "doc", "docx", "pps",
    "ppt", "tar", "gz", "tgz", "rar", "zip", "7z", "xz", "bz2", "jpeg", "jpg", "jpe", "gif", "png", "dwg", "svg",
    "tiff", "ecw", "svgz", "jp2", "shp", "kml", "kmz", "gpx", "shx", "ovr", "geojson", "gpkg", "grib2", "dbf", "prj",
    "sql", "epub", "sbn", "sbx", "cpg", "lyr", "owl", "dxf", "rdf", "ttl", "n3")
RESERVED_EXTRA_PREFIXES = ("analysis:", "check:", "recommendations", "transport:", "dcat")
TITLE_MAX, DESCRIPTION_MAX, DESCRIPTION_SHORT_MAX = 350, 100000, 200
TAG_MIN, TAG_MAX = 3, 96

DATASET_FIELDS = ("title", "acronym", "description", "description_short", "license", "access_type",
                  "access_audiences", "authorization_request_url", "access_type_reason_category",
                  "access_type_reason", "frequency", "frequency_date", "deleted", "archived", "temporal_coverage",
                  "spatial", "tags", "private", "owner", "organization", "extras", "resources", "contact_points")
RESOURCE_FIELDS = ("title", "description", "filetype", "type", "url", "format", "checksum", "mime", "filesize",
                   "extras", "schema")

REQUIRED = "This field is required."
NOT_A_CHOICE = "Not a valid choice."
UNAUTHORIZED = ("The server could not verify that you are authorized to access the URL requested. You either "
                "supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how "
                "to supply the credentials required.")
NOT_FOUND = ("The requested URL was not found on the server. If you entered the URL manually please check "
             "your spelling and try again.")
FORBIDDEN = "You do not have the permission to modify that object."

ORG_COMMUNE = "64f1c0de0000000000000001"  # Commune de Passerelle-sur-Loue
ORG_OTHER = "64f1c0de0000000000000002"  # another organisation


class _Abort(Exception):
    def __init__(self, response: Response):
        super().__init__(response.status)
        self.response = response


def _abort(status: int, **payload):
    headers = payload.pop("_headers", None)
    raise _Abort(json_response(status, payload, headers))


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None).isoformat(timespec="seconds")


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


class UdataStandIn(StandIn):
    """In-memory udata: users by API key, organisations, datasets (with soft deletion), resources, files.

    ``keys`` maps an API key to a user name; ``members`` maps a user name to ``{org id: role}``.
    ``frequencies``/``licences``/``granularities``: the instance's reference lists (defaults: data.gouv.fr).
    """

    name = "udata-stand-in"

    def __init__(self, keys=None, members=None, data_dir=None, frequencies=None, licences=None, granularities=None,
                 zones=None):
        super().__init__()
        self.keys = dict(keys or {})
        self.members = {user: dict(orgs) for user, orgs in (members or {}).items()}
        self.organizations = {ORG_COMMUNE: {"name": "Commune de Passerelle-sur-Loue", "slug": "commune-de-passerelle"},
                              ORG_OTHER: {"name": "Syndicat des eaux", "slug": "syndicat-des-eaux"}}
        self.frequencies = list(frequencies if frequencies is not None else FREQUENCIES)
        self.licences = list(licences if licences is not None else LICENCES)
        self.granularities = list(granularities if granularities is not None else GRANULARITIES)
        self.zones = list(zones if zones is not None else ZONES)
        self.datasets = {}  # id -> internal dataset dict
        self.uploads = []  # one entry per received file: dataset, resource, size, largest_read, path, sha1
        self.ignored_fields = []  # fields sent that udata would silently ignore
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="udata-standin-")
        os.makedirs(self.data_dir, exist_ok=True)
        self._state = threading.RLock()

    # -- test helpers ------------------------------------------------------------------------------
    def live_datasets(self) -> list:
        """Datasets not deleted."""
        return [d for d in self.datasets.values() if not d["deleted"]]

    def resource_content(self, dataset_id: str, resource_id: str) -> bytes:
        for resource in self.datasets[dataset_id]["resources"]:
            if resource["id"] == resource_id:
                with open(resource["_path"], "rb") as handle:
                    return handle.read()
        raise KeyError(resource_id)

    # -- dispatch ----------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        try:
            with self._state:
                return self._route(request)
        except _Abort as abort:
            return abort.response

    def _route(self, request: Request) -> Response:
        path = request.path
        if not path.startswith(API):
            _abort(404, message=NOT_FOUND)
        if not path.endswith("/"):
            location = path + "/" + (f"?{urlencode(request.query, doseq=True)}" if request.query else "")
            raise _Abort(Response(308, b"", "text/html; charset=utf-8", {"Location": location}))
        user = self._authentify(request)
        parts = path[len(API):].strip("/").split("/")
        method = request.method
        routes = [
            (("datasets", "frequencies"), {"GET": self._frequencies}),
            (("datasets", "licenses"), {"GET": self._licences}),
            (("spatial", "granularities"), {"GET": self._granularities}),
            (("spatial", "zones", "suggest"), {"GET": self._suggest_zones}),
            (("me",), {"GET": self._me}),
            (("datasets",), {"POST": self._create_dataset}),
        ]
        for pattern, methods in routes:
            if tuple(parts) == pattern:
                return self._call(methods, method, request, user)
        if len(parts) == 3 and parts[0] == "organizations" and parts[2] == "datasets":
            return self._call({"GET": self._org_datasets}, method, request, user, parts[1])
        if parts[0] == "datasets" and len(parts) >= 2:
            dataset = self._dataset(parts[1])
            rest = parts[2:]
            if not rest:
                return self._call({"GET": self._get_dataset, "PUT": self._update_dataset,
                                   "DELETE": self._delete_dataset}, method, request, user, dataset)
            if rest == ["upload"]:
                return self._call({"POST": self._upload_new}, method, request, user, dataset)
            if rest == ["resources"]:
                return self._call({"POST": self._create_remote}, method, request, user, dataset)
            if len(rest) == 2 and rest[0] == "resources":
                resource = self._resource(dataset, rest[1])
                return self._call({"GET": self._get_resource, "PUT": self._update_resource,
                                   "DELETE": self._delete_resource}, method, request, user, dataset, resource)
            if len(rest) == 3 and rest[0] == "resources" and rest[2] == "upload":
                resource = self._resource(dataset, rest[1])
                return self._call({"POST": self._upload_replace}, method, request, user, dataset, resource)
        _abort(404, message=NOT_FOUND)

    @staticmethod
    def _call(methods, method, request, user, *args):
        if method not in methods:
            _abort(405, message="The method is not allowed for the requested URL.")
        return methods[method](request, user, *args)

    # -- authentication and permissions ------------------------------------------------------------
    def _authentify(self, request: Request):
        key = request.headers.get("X-API-KEY")
        if key is None:
            return None
        if key not in self.keys:
            _abort(401, message="Invalid API Key")
        return self.keys[key]

    @staticmethod
    def _secure(user):
        if user is None:
            _abort(401, message=UNAUTHORIZED, _headers={"WWW-Authenticate": 'Bearer realm="uData"'})

    def _is_member(self, user, org_id) -> bool:
        return bool(user) and org_id in self.members.get(user, {})

    def _can_edit(self, user, dataset) -> bool:
        if user is None:
            return False
        if dataset["organization"]:
            return self._is_member(user, dataset["organization"])
        return dataset["owner"] == user

    def _edit(self, user, dataset):
        self._secure(user)
        if not self._can_edit(user, dataset):
            _abort(403, message=FORBIDDEN)

    # -- reference lists ---------------------------------------------------------------------------
    def _frequencies(self, request, user):
        return json_response(200, [{"id": i, "label": label} for i, label in self.frequencies])

    def _licences(self, request, user):
        return json_response(200, [{"id": lic["id"], "title": lic["title"], "url": lic.get("url"),
                                    "alternate_urls": lic.get("alternate_urls", []),
                                    "alternate_titles": lic.get("alternate_titles", []),
                                    "flags": lic.get("flags", []), "maintainer": lic.get("maintainer")}
                                   for lic in self.licences])

    def _granularities(self, request, user):
        return json_response(200, [{"id": i, "name": name} for i, name in self.granularities])

    def _suggest_zones(self, request, user):
        q = request.param("q")
        if not q:
            _abort(400, message="Input payload validation failed",
                   errors={"q": "The string to autocomplete/suggest Missing required parameter in the query string"})
        try:
            size = int(request.param("size", "10"))
        except ValueError:
            _abort(400, message="Input payload validation failed",
                   errors={"size": "The amount of suggestion to fetch invalid literal for int()"})
        wanted = slugify(q)
        found = [z for z in self.zones if wanted in slugify(z["name"]) or wanted == z["code"].lower()]
        return json_response(200, [{**z, "keys": {}, "score": 1.0, "uri": f"{self.url}/api/1/spatial/zone/{z['id']}/"}
                                   for z in found[:size]])

    def _me(self, request, user):
        self._secure(user)
        return json_response(200, {"id": slugify(user), "slug": slugify(user), "first_name": user,
                                   "organizations": [{"id": o, **self.organizations[o]}
                                                     for o in self.members.get(user, {})]})

    # -- datasets ----------------------------------------------------------------------------------
    def _dataset(self, key: str) -> dict:
        dataset = self.datasets.get(key) or next((d for d in self.datasets.values() if d["slug"] == key), None)
        if dataset is None:
            _abort(404, message=NOT_FOUND)
        return dataset

    @staticmethod
    def _json_body(request: Request) -> dict:
        if "application/json" not in (request.headers.get("Content-Type") or ""):
            _abort(400, errors={"Content-Type": "expecting application/json"})
        try:
            body = request.json()
        except ValueError:
            _abort(400, message="Failed to decode JSON object")
        if not isinstance(body, dict):
            _abort(400, message="Failed to decode JSON object")
        return body

    def _create_dataset(self, request, user):
        self._secure(user)
        body = self._json_body(request)
        values = self._validate_dataset(body, None, user)
        dataset_id = secrets.token_hex(12)
        now = _now()
        dataset = {
            "id": dataset_id, "slug": self._unique_slug(values["title"]), "created_at": now, "last_modified": now,
            "deleted": None, "archived": None, "resources": [], "owner": None if values.get("organization") else user,
            "title": "", "acronym": None, "description": "", "description_short": None, "license": "notspecified",
            "access_type": "open", "access_type_reason_category": None, "access_type_reason": None,
            "authorization_request_url": None, "frequency": "unknown", "frequency_date": None,
            "temporal_coverage": None, "spatial": None, "tags": [], "private": False, "organization": None,
            "extras": {},
        }
        dataset.update(values)
        self.datasets[dataset_id] = dataset
        return json_response(201, self._render(dataset, user))

    def _get_dataset(self, request, user, dataset):
        if not self._can_edit(user, dataset):
            if dataset["private"]:
                _abort(404, message=NOT_FOUND)
            if dataset["deleted"]:
                _abort(410, message="Dataset has been deleted")
        return json_response(200, self._render(dataset, user))

    def _update_dataset(self, request, user, dataset):
        self._secure(user)
        body = self._json_body(request)
        if dataset["deleted"] and body.get("deleted", True) is not None:
            _abort(410, message="Dataset has been deleted")
        self._edit(user, dataset)
        values = self._validate_dataset(body, dataset, user)
        dataset.update(values)
        if "deleted" in body and body["deleted"] is None:
            dataset["deleted"] = None
        dataset["last_modified"] = _now()
        return json_response(200, self._render(dataset, user))

    def _delete_dataset(self, request, user, dataset):
        self._secure(user)
        if dataset["deleted"]:
            _abort(410, message="Dataset has been deleted")
        self._edit(user, dataset)
        dataset["deleted"] = _now()
        dataset["last_modified"] = _now()
        return Response(204, b"", "application/json")

    def _org_datasets(self, request, user, org_id):
        if org_id not in self.organizations:
            _abort(404, message=NOT_FOUND)
        try:
            page = int(request.param("page", "1"))
            page_size = int(request.param("page_size", "20"))
        except ValueError:
            _abort(400, message="Input payload validation failed")
        datasets = [d for d in self.datasets.values() if d["organization"] == org_id]
        if not self._is_member(user, org_id):
            datasets = [d for d in datasets if not d["private"]]
        start = (page - 1) * page_size
        chunk = datasets[start:start + page_size]

        def page_url(number):
            return f"{self.url}{API}organizations/{org_id}/datasets/?page={number}&page_size={page_size}"

        return json_response(200, {
            "data": [self._render(d, user) for d in chunk], "page": page, "page_size": page_size,
            "total": len(datasets), "next_page": page_url(page + 1) if start + page_size < len(datasets) else None,
            "previous_page": page_url(page - 1) if page > 1 else None})

    def _unique_slug(self, title: str) -> str:
        base = slugify(title) or "dataset"
        slug, n = base, 1
        taken = {d["slug"] for d in self.datasets.values()}
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        return slug

    def _validate_dataset(self, body: dict, existing, user) -> dict:
        """Cleaned values of the fields given; raises the 400 udata answers when a field does not validate."""
        errors, values = {}, {}
        for name in body:
            if name not in DATASET_FIELDS:
                self.ignored_fields.append(name)

        def merged(name, default=None):
            if name in body:
                return body[name]
            return existing.get(name, default) if existing else default

        title = merged("title")
        if not isinstance(title, str) or not title.strip():
            errors["title"] = [REQUIRED]
        elif len(title) > TITLE_MAX:
            errors["title"] = [f"Field cannot be longer than {TITLE_MAX} characters."]
        elif "title" in body:
            values["title"] = title
        description = merged("description")
        if not isinstance(description, str) or not description.strip():
            errors["description"] = [REQUIRED]
        elif len(description) > DESCRIPTION_MAX:
            errors["description"] = [f"Field cannot be longer than {DESCRIPTION_MAX} characters."]
        elif "description" in body:
            values["description"] = description
        if "description_short" in body:
            short = body["description_short"]
            if short is not None and (not isinstance(short, str) or len(short) > DESCRIPTION_SHORT_MAX):
                errors["description_short"] = [f"Field cannot be longer than {DESCRIPTION_SHORT_MAX} characters."]
            else:
                values["description_short"] = short
        if "acronym" in body:
            values["acronym"] = body["acronym"]
        if "license" in body:
            licence = body["license"]
            if licence in (None, ""):
                values["license"] = "notspecified"
            elif licence not in {lic["id"] for lic in self.licences}:
                errors["license"] = ["Not a valid choice"]
            else:
                values["license"] = licence
        if "frequency" in body and body["frequency"] is not None:
            frequency = LEGACY_FREQUENCIES.get(body["frequency"], body["frequency"])
            if frequency not in {i for i, _ in self.frequencies}:
                errors["frequency"] = [NOT_A_CHOICE]
            else:
                values["frequency"] = frequency
        if "frequency_date" in body:
            values["frequency_date"] = body["frequency_date"]
        if "access_type" in body and body["access_type"] is not None:
            if body["access_type"] not in ACCESS_TYPES:
                errors["access_type"] = [NOT_A_CHOICE]
            else:
                values["access_type"] = body["access_type"]
        if "access_type_reason_category" in body:
            reason = body["access_type_reason_category"]
            if reason is not None and reason not in REASON_CATEGORIES:
                errors["access_type_reason_category"] = [NOT_A_CHOICE]
            else:
                values["access_type_reason_category"] = reason
        for name in ("access_type_reason", "authorization_request_url"):
            if name in body:
                values[name] = body[name]
        if "private" in body:
            if not isinstance(body["private"], bool):
                errors["private"] = ["Not a valid boolean value."]
            else:
                values["private"] = body["private"]
        if "tags" in body:
            tags, problems = [], []
            for tag in body["tags"] if isinstance(body["tags"], list) else [None]:
                slug = slugify(tag) if isinstance(tag, str) else ""
                if not TAG_MIN <= len(slug) <= TAG_MAX:
                    problems.append(f'Tag "{tag}" must be between {TAG_MIN} and {TAG_MAX} characters long.')
                elif slug not in tags:
                    tags.append(slug)
            if problems:
                errors["tags"] = problems
            else:
                values["tags"] = tags
        if "temporal_coverage" in body:
            coverage = body["temporal_coverage"]
            if coverage is None:
                values["temporal_coverage"] = None
            elif not (isinstance(coverage, dict) and coverage.get("start") and coverage.get("end")):
                errors["temporal_coverage"] = ["Unable to parse date range"]
            else:
                try:
                    start = _dt.date.fromisoformat(str(coverage["start"])[:10])
                    end = _dt.date.fromisoformat(str(coverage["end"])[:10])
                    values["temporal_coverage"] = {"start": start.isoformat(), "end": end.isoformat()}
                except ValueError:
                    errors["temporal_coverage"] = ["Unable to parse date range"]
        if "spatial" in body:
            spatial = body["spatial"]
            if spatial is None:
                values["spatial"] = None
            elif not isinstance(spatial, dict):
                errors["spatial"] = ["Not a valid spatial coverage"]
            else:
                spatial_errors = {}
                zones = spatial.get("zones") or []
                known = {z["id"] for z in self.zones}
                unknown = [z for z in zones if z not in known]
                if unknown:
                    spatial_errors["zones"] = [f"Unknown geoid(s): {', '.join(map(str, unknown))}"]
                granularity = spatial.get("granularity") or "other"
                if granularity not in {g for g, _ in self.granularities}:
                    spatial_errors["granularity"] = [NOT_A_CHOICE]
                if zones and spatial.get("geom"):
                    spatial_errors["geom"] = ["The spatial coverage already has a Geozone"]
                if spatial_errors:
                    errors["spatial"] = spatial_errors
                else:
                    values["spatial"] = {"zones": list(zones), "granularity": granularity,
                                         "geom": spatial.get("geom")}
        if "organization" in body:
            org = body["organization"]
            if isinstance(org, dict):
                org = org.get("id")
            if org in (None, ""):
                values["organization"] = None
            elif org not in self.organizations:
                errors["organization"] = ["Organization does not exists"]
            elif not self._is_member(user, org):
                errors["organization"] = ["Permission denied for this organization"]
            else:
                values["organization"] = org
        if "extras" in body:
            extras = body["extras"]
            if not isinstance(extras, dict) or any(
                    not isinstance(v, (str, int, float, bool)) and v is not None for v in extras.values()):
                errors["extras"] = ["Unsupported data type"]
            else:
                kept = {k: v for k, v in extras.items() if not str(k).startswith(RESERVED_EXTRA_PREFIXES)}
                reserved = {k: v for k, v in ((existing or {}).get("extras") or {}).items()
                            if str(k).startswith(RESERVED_EXTRA_PREFIXES)}
                values["extras"] = {**kept, **reserved}
        if errors:
            _abort(400, errors=errors)
        return values

    def _render(self, dataset: dict, user) -> dict:
        org = dataset["organization"]
        return {
            "id": dataset["id"], "title": dataset["title"], "acronym": dataset["acronym"], "slug": dataset["slug"],
            "description": dataset["description"], "description_short": dataset["description_short"],
            "created_at": dataset["created_at"], "last_modified": dataset["last_modified"],
            "last_update": dataset["last_modified"], "deleted": dataset["deleted"], "archived": dataset["archived"],
            "private": dataset["private"], "featured": False, "tags": list(dataset["tags"]),
            "resources": [self._render_resource(r) for r in dataset["resources"]],
            "frequency": dataset["frequency"], "frequency_date": dataset["frequency_date"],
            "extras": dict(dataset["extras"]), "license": dataset["license"],
            "access_type": dataset["access_type"],
            "access_type_reason_category": dataset["access_type_reason_category"],
            "access_type_reason": dataset["access_type_reason"],
            "authorization_request_url": dataset["authorization_request_url"],
            "organization": {"id": org, "name": self.organizations[org]["name"],
                             "slug": self.organizations[org]["slug"],
                             "uri": f"{self.url}{API}organizations/{org}/",
                             "page": f"{self.url}/organizations/{self.organizations[org]['slug']}/"} if org else None,
            "owner": {"id": slugify(dataset["owner"]), "slug": slugify(dataset["owner"])} if dataset["owner"] else None,
            "temporal_coverage": dataset["temporal_coverage"],
            "spatial": dict(dataset["spatial"]) if dataset["spatial"] else None,
            "uri": f"{self.url}{API}datasets/{dataset['id']}/", "page": f"{self.url}/datasets/{dataset['slug']}/",
            "metrics": {"views": 0, "followers": 0, "reuses": 0},
        }

    # -- resources ---------------------------------------------------------------------------------
    @staticmethod
    def _resource(dataset: dict, rid: str) -> dict:
        try:
            _uuid.UUID(rid)
        except ValueError:
            _abort(404, message=NOT_FOUND)  # the route converter only matches UUIDs
        for resource in dataset["resources"]:
            if resource["id"] == rid:
                return resource
        _abort(404, message="Resource does not exist")

    @staticmethod
    def _render_resource(resource: dict) -> dict:
        return {k: v for k, v in resource.items() if not k.startswith("_")}

    def _get_resource(self, request, user, dataset, resource):
        if not self._can_edit(user, dataset):
            if dataset["private"]:
                _abort(404, message=NOT_FOUND)
            if dataset["deleted"]:
                _abort(410, message="Dataset has been deleted")
        return json_response(200, self._render_resource(resource))

    def _create_remote(self, request, user, dataset):
        self._edit(user, dataset)
        body = self._json_body(request)
        values = self._validate_resource(body, None)
        if values.get("filetype", "file") != "remote":
            _abort(400, message="This endpoint only supports remote resources")
        now = _now()
        resource = {"id": str(_uuid.uuid4()), "title": "", "description": None, "filetype": "remote", "type": "other",
                    "format": None, "url": "", "latest": "", "checksum": None, "filesize": None, "mime": None,
                    "created_at": now, "last_modified": now, "extras": {}, "schema": None}
        resource.update(values)
        resource["latest"] = f"{self.url}{API}datasets/r/{resource['id']}"
        dataset["resources"].append(resource)
        dataset["last_modified"] = now
        return json_response(201, self._render_resource(resource))

    def _update_resource(self, request, user, dataset, resource):
        self._edit(user, dataset)
        body = self._json_body(request)
        values = self._validate_resource(body, resource)
        if values.get("filetype") and values["filetype"] != resource["filetype"]:
            _abort(400, message="Cannot modify filetype after creation")
        if resource["filetype"] == "file":
            for protected in ("filetype", "url", "checksum", "filesize", "mime", "format"):
                values.pop(protected, None)
        resource.update(values)
        resource["last_modified"] = _now()
        dataset["last_modified"] = resource["last_modified"]
        return json_response(200, self._render_resource(resource))

    def _delete_resource(self, request, user, dataset, resource):
        self._edit(user, dataset)
        dataset["resources"].remove(resource)
        dataset["last_modified"] = _now()
        if resource.get("_path") and os.path.exists(resource["_path"]):
            os.remove(resource["_path"])
        return Response(204, b"", "application/json")

    def _validate_resource(self, body: dict, existing) -> dict:
        errors, values = {}, {}
        for name in body:
            if name not in RESOURCE_FIELDS:
                self.ignored_fields.append(name)

        def merged(name, default=None):
            if name in body:
                return body[name]
            return existing.get(name, default) if existing else default

        title = merged("title")
        if not isinstance(title, str) or not title.strip():
            errors["title"] = [REQUIRED]
        elif len(title) > TITLE_MAX:
            errors["title"] = [f"Field cannot be longer than {TITLE_MAX} characters."]
        url = merged("url")
        if not isinstance(url, str) or not url.strip():
            errors["url"] = [REQUIRED]
        elif not re.match(r"^https?://[^\s/]+", url):
            errors["url"] = ["Invalid URL."]
        filetype = merged("filetype", "file")
        if filetype not in RESOURCE_FILETYPES:
            errors["filetype"] = [NOT_A_CHOICE]
        rtype = merged("type", "other")
        if rtype not in RESOURCE_TYPES:
            errors["type"] = [NOT_A_CHOICE]
        description = body.get("description")
        if description is not None and len(str(description)) > DESCRIPTION_MAX:
            errors["description"] = [f"Field cannot be longer than {DESCRIPTION_MAX} characters."]
        if "extras" in body and not isinstance(body["extras"], dict):
            errors["extras"] = ["Unsupported data type"]
        if errors:
            _abort(400, errors=errors)
        for name in ("title", "description", "url", "mime", "filesize", "schema", "checksum"):
            if name in body:
                values[name] = body[name]
        values["filetype"], values["type"] = filetype, rtype
        if "format" in body:
            values["format"] = (body["format"] or "").strip().lower() or None
        if "extras" in body:
            values["extras"] = {k: v for k, v in body["extras"].items()
                                if not str(k).startswith(RESERVED_EXTRA_PREFIXES)}
        return values

    def _receive_file(self, request: Request, dataset: dict) -> dict:
        """The upload's file, stored like udata's storage does; raises udata's answers for bad uploads."""
        try:
            parts = multipart_form.parse(request.body, request.headers.get("Content-Type", ""), self.data_dir)
        except multipart_form.MultipartError:
            parts = {}
        try:
            total = int(parts["totalparts"].value) if "totalparts" in parts else 0
        except ValueError:
            total = 0
        if total > 1:
            _abort(501, message="Stand-in: chunked uploads are not modelled")
        upload = parts.get("file")
        if upload is None or upload.filename is None:
            for part in parts.values():
                if part.path:
                    os.remove(part.path)
            _abort(400, success=False, error="Missing file parameter")
        filename = os.path.basename(upload.filename)
        extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
        if extension not in ALLOWED_EXTENSIONS:
            os.remove(upload.path)
            _abort(400, message=("This file type is not allowed.The allowed file type list is available at "
                                 f"{self.url}{API}datasets/extensions/"))
        mime = mimetypes.guess_type(filename)[0] or upload.content_type or "application/octet-stream"
        if "html" in mime:
            os.remove(upload.path)
            _abort(415, message="Incorrect file content type: HTML")
        prefix = f"{dataset['slug']}/{_dt.datetime.utcnow().strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(2)}"
        target = os.path.join(self.data_dir, "resources", prefix, filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.move(upload.path, target)
        self.uploads.append({"dataset": dataset["id"], "filename": filename, "size": upload.size,
                             "sha1": upload.sha1, "largest_read": request.largest_read,
                             "chunked": request.chunked, "path": target})
        return {"title": filename, "url": f"{self.url}/static/resources/{prefix}/{filename}",
                "checksum": {"type": "sha1", "value": upload.sha1}, "filesize": upload.size, "mime": mime,
                "format": extension, "filetype": "file", "_path": target}

    def _upload_new(self, request, user, dataset):
        self._edit(user, dataset)
        infos = self._receive_file(request, dataset)
        now = _now()
        resource = {"id": str(_uuid.uuid4()), "description": None, "type": "main", "created_at": now,
                    "last_modified": now, "extras": {}, "schema": None, **infos}
        resource["latest"] = f"{self.url}{API}datasets/r/{resource['id']}"
        self.uploads[-1]["resource"] = resource["id"]
        dataset["resources"].append(resource)
        dataset["last_modified"] = now
        return json_response(201, {**self._render_resource(resource), "success": True})

    def _upload_replace(self, request, user, dataset, resource):
        self._edit(user, dataset)
        old = resource.get("_path")
        infos = self._receive_file(request, dataset)
        self.uploads[-1]["resource"] = resource["id"]
        resource.update(infos)
        resource["last_modified"] = _now()
        dataset["last_modified"] = resource["last_modified"]
        if old and old != resource["_path"] and os.path.exists(old):
            os.remove(old)
        return json_response(200, {**self._render_resource(resource), "success": True})


def page_query(url: str) -> dict:
    """Query parameters of a ``next_page`` URL (tests)."""
    return {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
