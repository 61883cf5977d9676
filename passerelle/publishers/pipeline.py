"""One pipeline for every target: services, then catalogue records linked to them, then verification.

Per layer: checks already ran when :mod:`~passerelle.publishers.planner` made the
job (errors refuse the layer for every target); service targets publish the data
(their results give the WMS/WFS links), then catalogue targets publish the ISO
record carrying those links, then each target reads its publication back. A layer that fails half-way is rolled back
(what this run created is removed); what cannot be rolled back is left
``incomplete`` in the registry and repaired by the next run, which updates in
place. Layers run concurrently (bounded) when every target is thread-safe; a
target that drives QGIS objects (a served project) makes the batch run on the
calling thread, one layer at a time.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Optional

from ..catalogue.errors import PasserelleError
from .base import CATALOGUE, SERVICE, PublicationPackage
from .ownership import ForeignObject
from .registry import FAILED, INCOMPLETE, PUBLISHED, REFUSED, Registry

log = logging.getLogger("passerelle.publishers")

# Outcome states, per layer and target.
STATES = ("published", "updated", "unchanged", "refused", "failed", "incomplete", "planned", "removed")


@dataclass
class Outcome:
    layer: str
    identifier: str
    target: str
    state: str
    message_fr: str = ""
    message_en: str = ""
    code: str = ""
    urls: dict = field(default_factory=dict)
    findings: list = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.state in ("published", "updated", "unchanged", "planned", "removed")


@dataclass
class PublishReport:
    outcomes: list = field(default_factory=list)
    batch_id: str = ""
    requests: list = field(default_factory=list)  # dry run: what would be sent
    profile_update: object = None  # a URL profile checked against its portal for this run (a ProfileUpdate)

    @property
    def failures(self) -> list:
        return [o for o in self.outcomes if not o.ok]

    @property
    def ok(self) -> bool:
        return not self.failures

    def for_layer(self, layer: str) -> list:
        return [o for o in self.outcomes if o.layer == layer or o.identifier == layer]

    def summary_fr(self) -> str:
        counts = {}
        for outcome in self.outcomes:
            counts[outcome.state] = counts.get(outcome.state, 0) + 1
        labels = {"published": "publiée(s)", "updated": "mise(s) à jour", "unchanged": "inchangée(s)",
                  "refused": "refusée(s)", "failed": "en échec", "incomplete": "incomplète(s)",
                  "planned": "prévue(s)", "removed": "retirée(s)"}
        return ", ".join(f"{n} {labels.get(state, state)}" for state, n in sorted(counts.items()))


@dataclass
class Job:
    """One layer to publish: its package (None when packaging failed) and its blocking findings."""

    layer: str
    identifier: str
    source: str
    package: Optional[PublicationPackage] = None
    blocking: list = field(default_factory=list)  # error findings: refuse the layer for every target
    refused: dict = field(default_factory=dict)  # target name -> error findings refusing that target only
    error: Optional[PasserelleError] = None  # packaging failure
    data: str = ""  # the key of a PostGIS table's data, the same from every project


class Pipeline:
    def __init__(self, publishers: list, registry: Registry, max_workers: int = 4, force: bool = False,
                 dry_run: bool = False):
        self.dry_run = dry_run  # publishers only plan their writes: nothing to read back
        self.publishers = publishers
        self.registry = registry
        self.max_workers = max(1, max_workers)
        self.force = force

    def _ordered(self) -> list:
        return ([p for p in self.publishers if p.role == SERVICE] +
                [p for p in self.publishers if p.role == CATALOGUE])

    def run(self, jobs: list, batch_id: str = "", cancelled=lambda: False, progress=lambda done, total: None
            ) -> PublishReport:
        report = PublishReport(batch_id=batch_id)
        lock = threading.Lock()
        done = [0]

        def one(job):
            outcomes = self._publish_job(job, batch_id, cancelled)
            with lock:
                report.outcomes.extend(outcomes)
                done[0] += 1
                progress(done[0], len(jobs))

        try:
            self._run_jobs(jobs, one)
        finally:
            for publisher in self.publishers:
                if not self.dry_run:
                    publisher.finish()
        order = {job.identifier: i for i, job in enumerate(jobs)}
        report.outcomes.sort(key=lambda o: order.get(o.identifier, 0))
        return report

    def _run_jobs(self, jobs, one) -> None:
        if self.max_workers == 1 or any(not getattr(p, "concurrent", True) for p in self.publishers):
            # A target that drives QGIS objects (a served project) must stay on the calling thread:
            # QGIS objects made in worker threads crash when Python frees them later.
            for job in jobs:
                one(job)
        else:
            with ThreadPoolExecutor(max_workers=self.max_workers) as pool:
                for future in [pool.submit(one, job) for job in jobs]:
                    future.result()

    # -- one layer --------------------------------------------------------------------------------
    def _publish_job(self, job: Job, batch_id: str, cancelled) -> list:
        every = self._ordered()
        if job.blocking or job.error is not None or all(p.name in job.refused for p in every):
            if batch_id:  # refused by the rules: resuming would not change that
                self.registry.set_batch_layer(batch_id, job.identifier, REFUSED)
            return [self._refusal(job, p, (job.blocking + job.refused.get(p.name, [])) or None) for p in every]
        # Status rules per target kind: a closed layer may reach an internal target of the same run
        # while the open one refuses it.
        refusals = [self._refusal(job, p, job.refused[p.name]) for p in every if p.name in job.refused]
        targets = [p for p in every if p.name not in job.refused]
        return refusals + self._publish_to(job, targets, batch_id, cancelled)

    def _publish_to(self, job: Job, targets: list, batch_id: str, cancelled) -> list:
        if cancelled():
            return [Outcome(job.layer, job.identifier, p.name, "failed", "Publication annulée.",
                            "Publication cancelled.", "publish.cancelled") for p in targets]
        package = job.package
        # Target rules (names, vocabulary mappings...) are checked for every target before any request,
        # so an unmappable value stops the layer before anything is sent anywhere.
        target_findings = [f for p in targets for f in p.check(package) if f.severity == "error"]
        if target_findings:
            job.blocking = target_findings
            if batch_id:
                self.registry.set_batch_layer(batch_id, job.identifier, REFUSED)
            return [self._refusal(job, p) for p in targets]
        if not self.force and self._unchanged(package, targets):
            if batch_id:
                self.registry.set_batch_layer(batch_id, job.identifier, PUBLISHED)
            return [Outcome(job.layer, job.identifier, p.name, "unchanged",
                            "Déjà publiée à l'identique.", "Already published as is.",
                            urls=self.registry.target_entry(job.identifier, p.name).get("urls", {}))
                    for p in targets]
        links = {"metadata_url": next((p.record_url(package.identifier) for p in targets
                                       if p.role == CATALOGUE and p.record_url(package.identifier)), ""),
                 "online_resources": []}
        results = []  # (publisher, result) of this run, for rollback
        outcomes = []
        try:
            for publisher in targets:
                # what this target held for the record before (a new technical name renames it there)
                links["previous"] = dict(self.registry.target_entry(package.identifier, publisher.name).get("ids", {}))
                result = publisher.publish(package, links)
                results.append((publisher, result))
                links["online_resources"] += result.online_resources
                was_published = self.registry.target_entry(package.identifier, publisher.name).get("state") == PUBLISHED
                self.registry.set_target(package.identifier, publisher.name, state=INCOMPLETE, name=package.name,
                                         ids=result.ids, urls=result.urls, data=job.data)
                state = "planned" if self.dry_run else \
                    "updated" if was_published or not result.created else "published"
                outcomes.append(Outcome(job.layer, job.identifier, publisher.name,
                                        state if result.changed else "unchanged", urls=result.urls))
            for publisher, result in ([] if self.dry_run else results):
                problems = publisher.verify(package, result)
                if problems:
                    raise PasserelleError(
                        f"{publisher.name} : la publication n'est pas visible à la relecture ({'; '.join(problems)}).",
                        f"{publisher.name}: the publication is not visible when read back ({'; '.join(problems)}).",
                        code="publish.verify")
        except PasserelleError as error:
            return self._fail(job, package, targets, results, error, batch_id)
        for publisher, result in results:
            self.registry.set_target(package.identifier, publisher.name, state=PUBLISHED, name=package.name,
                                     ids=result.ids, urls=result.urls, content_hash=package.content_hash, data=job.data)
        if batch_id:
            self.registry.set_batch_layer(batch_id, job.identifier, PUBLISHED)
        return outcomes

    def _unchanged(self, package, targets) -> bool:
        entries = [self.registry.target_entry(package.identifier, p.name) for p in targets]
        return all(e.get("state") == PUBLISHED and e.get("content_hash") == package.content_hash for e in entries)

    def _refusal(self, job: Job, publisher, findings=None) -> Outcome:
        if job.error is not None and findings is None:
            return Outcome(job.layer, job.identifier, publisher.name, "refused", job.error.message_fr,
                           job.error.message_en, job.error.code)
        findings = findings or job.blocking
        first = findings[0]
        return Outcome(job.layer, job.identifier, publisher.name, "refused",
                       f"Publication refusée : {len(findings)} erreur(s) bloquante(s) — {first.message_fr}",
                       f"Publication refused: {len(findings)} blocking error(s) — {first.message('en')}",
                       first.code, findings=list(findings))

    def _fail(self, job, package, targets, results, error, batch_id) -> list:
        """Roll back what this run created for the layer; what stays is marked incomplete."""
        leftovers = []
        for publisher, result in reversed(results):
            previously = self.registry.target_entry(package.identifier, publisher.name).get("content_hash")
            if result.created and not previously:
                try:
                    publisher.unpublish(package.identifier, result.ids)
                    self.registry.forget_target(package.identifier, publisher.name)
                    continue
                except PasserelleError as rollback_error:
                    log.warning("rollback on %s failed: %s", publisher.name, rollback_error.code)
            leftovers.append(publisher.name)
            self.registry.set_target(package.identifier, publisher.name, state=INCOMPLETE, ids=result.ids,
                                     urls=result.urls, error=error.code)
        if batch_id:
            self.registry.set_batch_layer(batch_id, job.identifier, INCOMPLETE if leftovers else FAILED)
        state = "incomplete" if leftovers else "failed"
        suffix_fr = (f" Éléments déjà mis à jour sur {', '.join(leftovers)} : la prochaine publication les réparera."
                     if leftovers else " Rien n'a été laissé à moitié publié.")
        suffix_en = (f" Already updated on {', '.join(leftovers)}: the next run repairs them." if leftovers
                     else " Nothing was left half-published.")
        return [Outcome(job.layer, job.identifier, p.name, state, error.message_fr + suffix_fr,
                        error.message_en + suffix_en, error.code) for p in targets]

    # -- removal ----------------------------------------------------------------------------------
    def unpublish(self, identifier: str, layer: str) -> list:
        """Remove what the registry says was published for ``identifier``, target by target.

        A target without a registry entry is sent nothing (an identifier alone proves nothing: it may
        be a colleague's record); with one, the publisher reads its mark back before deleting, and an
        object that is not (or no longer) Passerelle's is reported as refused, never removed.
        """
        outcomes = []
        for publisher in reversed(self._ordered()):
            entry = self.registry.target_entry(identifier, publisher.name)
            if not entry:
                outcomes.append(Outcome(layer, identifier, publisher.name, "unchanged",
                                        "Rien à retirer : le registre ne connaît aucune publication de cette fiche "
                                        "sur cette cible (aucune requête envoyée).",
                                        "Nothing to remove: the registry knows no publication of this record on this "
                                        "target (no request sent).", "unpublish.not-published"))
                continue
            try:
                publisher.unpublish(identifier, entry.get("ids", {}))
            except ForeignObject as error:
                outcomes.append(Outcome(layer, identifier, publisher.name, "refused", error.message_fr,
                                        error.message_en, error.code))
                continue
            except PasserelleError as error:
                outcomes.append(Outcome(layer, identifier, publisher.name, "failed", error.message_fr,
                                        error.message_en, error.code))
                continue
            self.registry.forget_target(identifier, publisher.name)
            outcomes.append(Outcome(layer, identifier, publisher.name, "removed", "Publication retirée.",
                                    "Publication removed."))
        return outcomes

    def finish(self) -> None:
        for publisher in self.publishers:
            publisher.finish()
