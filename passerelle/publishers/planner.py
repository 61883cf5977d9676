"""Job planning: what a batch publish does for each layer, decided before any request is sent.

For each layer the planner runs the checks that do not depend on the target (an error refuses
the layer everywhere), the status rules per target kind (a closed layer may reach an internal
target of the same run while the open one refuses it), picks a technical name that stays the same
from one run to the next and never collides inside a batch, and builds the publication package.
The batch is recorded in the registry so that ``api.resume`` can finish it after a crash. The
:class:`~passerelle.publishers.pipeline.Pipeline` then runs the jobs.

    >>> plan = planner.plan(layers, context, publishers, registry)
    >>> Pipeline(publishers, registry).run(plan.jobs, plan.batch_id)
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass, field

from ..catalogue.errors import PasserelleError
from .pipeline import Job

log = logging.getLogger("passerelle.publishers")

DEFAULT_MAX_NAME = 63  # PostgreSQL's and GeoServer's limit for a layer name


@dataclass
class Plan:
    """The jobs of a batch, in the order of the layers, and the layer objects they came from."""

    jobs: list = field(default_factory=list)
    layers: list = field(default_factory=list)
    batch_id: str = ""  # empty for a dry run: nothing to resume


def plan(layers: list, context, publishers: list, registry, *, targets=None, dry_run: bool = False,
         resume_batch: str = "", adopt: bool = False) -> Plan:
    """One job per layer (resolved QGIS layers); starts a batch in ``registry`` unless ``dry_run``
    or ``resume_batch`` (the batch being finished) says otherwise. ``adopt``: the packages may take
    over objects of the same identifier or name that are not Passerelle's (the user's explicit choice)."""
    from ..qgis_io.layers import read_record

    rules = context.profile
    check_context = context.check_context()  # the vocabularies come loaded once for the batch
    naming = Naming(registry, rules.naming.get("prefix", ""), rules.naming.get("max_length", DEFAULT_MAX_NAME))
    packaging = Packaging(work_dir(rules.name), target_crs(rules.targets), context.vocabularies, adopt=bool(adopt))
    packaging.organisation = dict(rules.organisation or {})  # its e-mail completes the producer's
    packaging.public_base = public_base(rules.export.get("base_url", ""))
    result = Plan(layers=list(layers))
    for layer in result.layers:
        record = read_record(layer)
        result.jobs.append(_job(layer, record, check_context, publishers, naming, packaging))
    if resume_batch:
        result.batch_id = resume_batch
    elif not dry_run:
        result.batch_id = registry.start_batch([{"identifier": j.identifier, "source": j.source,
                                                 **({"data": j.data} if j.data else {})} for j in result.jobs],
                                               list(targets or rules.targets))
    return result


def _job(layer, record, check_context, publishers, naming, packaging) -> Job:
    from ..qgis_io.layerdata import check_layer

    findings = check_layer(layer, record, check_context)  # everything but the rules that depend on the target
    blocking = [f for f in findings if f.severity == "error"]
    name = naming.name_for(record.identifier, default_name(layer), record.technical_name)
    job = Job(layer.name(), record.identifier, layer_source(layer), blocking=blocking,
              refused=target_refusals(record, layer.name(), publishers, check_context, findings),
              data=data_key(layer))
    if not blocking and len(job.refused) < len(publishers):
        job.package, job.error = packaging.build(layer, record, name)
        if job.package is not None and adopts_linked_record(layer, record.identifier, naming.registry):
            job.package.adopt = True
    return job


def adopts_linked_record(layer, identifier: str, registry) -> bool:
    """Whether the layer was linked to a record of another catalogue that the person chose to take over
    (``api.link_record(..., adopt=True)``) and no publication has taken it over yet: the layer's own
    note of the link first (kept in the project), else the publication registry's."""
    from ..catalogue.linking import Origin
    from ..qgis_io.linked import layer_origin

    origin = layer_origin(layer) or Origin.from_dict(registry.origin(identifier))
    return origin is not None and origin.adopt and origin.identifier == identifier


class Naming:
    """Technical names: the one the record names (chosen by the agent), else the one it was first published
    under, else one made from the table's or the layer's name; two layers named alike in one batch are kept
    apart, stably."""

    def __init__(self, registry, prefix: str = "", max_length: int = DEFAULT_MAX_NAME):
        self.registry = registry
        self.prefix = prefix
        self.max_length = max_length
        self.used: set = set()

    def name_for(self, identifier: str, layer_name: str, chosen: str = "") -> str:
        from ..qgis_io.package import SAFE_NAME, technical_name

        known = self.registry.name_for(identifier)  # read from a file: used only if still a safe name
        if chosen and SAFE_NAME.fullmatch(chosen):
            name = chosen[:self.max_length]
        elif known and SAFE_NAME.fullmatch(known):
            name = known
        else:
            name = technical_name(layer_name, self.prefix, self.max_length)
        if name in self.used:
            name = f"{name[:self.max_length - 9]}_{name_key(identifier)}"
        self.used.add(name)
        return name


def name_key(identifier: str) -> str:
    """8 name-safe characters standing for a record: its UUID's first ones, else a hash."""
    key = re.sub(r"[^a-z0-9]", "", identifier.lower())[:8]
    return key if len(key) == 8 else hashlib.sha256(identifier.encode("utf-8")).hexdigest()[:8]


def target_refusals(record, layer_name: str, publishers: list, check_context, general: list) -> dict:
    """Rules per target kind (status; a technical title reaches no open target): {target name: error
    findings} for the targets this layer may not reach (what ``general`` already says is not repeated)."""
    from ..catalogue.checks import policy, titles
    from ..catalogue.checks.context import CheckContext

    already = {(f.code, f.message_fr) for f in general}
    by_kind = {}
    for kind in {p.kind for p in publishers}:
        context = CheckContext(vocabularies=check_context.vocabularies, target_kinds=(kind,),
                               required_fields=check_context.required_fields)
        findings = policy.check(record, None, context, layer_name) + titles.check(record, None, context, layer_name)
        by_kind[kind] = [f for f in findings if f.severity == "error" and (f.code, f.message_fr) not in already]
    return {p.name: by_kind[p.kind] for p in publishers if by_kind[p.kind]}


class Packaging:
    """Publication packages (GeoPackage in the targets' CRS, SLD style, ISO record) in ``work_dir``.

    ``organisation`` (the profile's) and ``public_base`` (its public address) make the ISO record as
    exports make it (see :func:`~passerelle.qgis_io.package.build_package`).
    """

    organisation: dict = {}
    public_base: str = ""

    def __init__(self, work_dir: str, crs: str, vocabularies, adopt: bool = False):
        self.work_dir = work_dir
        self.crs = crs
        self.vocabularies = vocabularies
        self.adopt = adopt

    def build(self, layer, record, name: str) -> tuple:
        """(package, None), or (None, the error) when packaging failed: one layer never aborts the batch."""
        from ..qgis_io.package import build_package

        try:
            package = build_package(layer, record, name, self.work_dir, self.crs, self.vocabularies,
                                    organisation=self.organisation, public_base=self.public_base)
            package.adopt = self.adopt
            return package, None
        except PasserelleError as error:
            return None, error
        except Exception as error:  # noqa: BLE001 - one layer's surprise must not abort the batch
            log.exception("packaging %s failed", layer.id())
            return None, PasserelleError(
                f"La préparation de la couche a échoué de façon inattendue ({type(error).__name__}) : "
                "elle n'est pas publiée, rien n'a été envoyé. Le journal de Passerelle donne le détail.",
                f"Preparing the layer failed unexpectedly ({type(error).__name__}): it is not published, "
                "nothing was sent. Passerelle's log has the details.", code="package.failed")


def public_base(url: str) -> str:
    """The profile's public address (``export.base_url``) ending with one slash, or ""."""
    url = (url or "").strip()
    return url.rstrip("/") + "/" if url.startswith(("http://", "https://")) else ""


def work_dir(profile_name: str) -> str:
    from ..context import data_dir

    return os.path.join(data_dir(), "packages", profile_name)


def target_crs(targets: dict) -> str:
    """The CRS the profile's targets ask the data in (the first one stated), else "" (the layer's)."""
    return next((settings.get("crs") for settings in targets.values() if settings.get("crs")), "")


def layer_source(layer) -> str:
    """What ``api.resume`` opens the layer again from, in any project: its file (and table), its PostGIS
    table (``postgres:`` + the source without password), else its id in the project."""
    from ..qgis_io import postgres
    from ..qgis_io.layers import ogr_source

    source = ogr_source(layer)
    if source:
        return source[0] + (f"|layername={source[1]}" if source[1] else "")
    table = postgres.table_source(layer)
    if table is not None:
        return postgres.reopen_source(table)
    return layer.id()


def default_name(layer) -> str:
    """What a technical name is made from: a PostGIS table's name (the same in every colleague's project),
    else the layer's name."""
    from ..qgis_io import postgres

    table = postgres.table_source(layer)
    return table.table if table is not None else layer.name()


def data_key(layer) -> str:
    """The key of a PostGIS table's data (``postgres:<database>/<schema>.<table>``), "" for other layers."""
    from ..qgis_io import postgres

    table = postgres.table_source(layer)
    if table is None:
        return ""
    try:
        return postgres.data_key(table)
    except PasserelleError:
        return ""


def planned_requests(publishers: list) -> list:
    """What a dry run would have sent, target by target."""
    return [request for publisher in publishers for request in publisher.http.planned]
