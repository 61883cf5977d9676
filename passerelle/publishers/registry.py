"""The publication registry: what was published where, so a re-run updates and a broken batch resumes.

One JSON file per profile (atomic writes). Per record identifier and target it
keeps the ids the target gave, the URLs, the content hash, the time and the
state (``published``, ``incomplete`` when a run stopped half-way and the next
must repair, ``failed`` when nothing remains of a refused run). Batches list
the layers they cover so that ``resume`` can finish one after a crash.

Everything follows the data, never a project: a record's identifier is the same
in every project (a PostGIS table's record lives in its database), a PostGIS
table's publications also carry its data key (``postgres:<database>/<schema>.<table>``)
and a batch names each layer by what reopens it anywhere (its file, or its table as
``postgres:`` + its source without password), so ``publication_status``, ``resume`` and
``unpublish`` work from a colleague's project. A record linked from another catalogue
(``api.link_record``) keeps its ``origin`` there. No credential is ever written here.
"""
from __future__ import annotations

import datetime as _dt
import json
import os
import tempfile
import threading
import uuid

PUBLISHED, INCOMPLETE, FAILED, REFUSED = "published", "incomplete", "failed", "refused"
SETTLED = (PUBLISHED, REFUSED)  # a batch is done when each layer is published or refused by the rules


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class Registry:
    def __init__(self, path: str):
        self.path = path
        self._lock = threading.RLock()
        self.data = {"publications": {}, "batches": {}}
        self._stamp = _stamp(path)
        if os.path.exists(path):
            with open(path, encoding="utf-8") as handle:
                loaded = json.load(handle)
            self.data["publications"].update(loaded.get("publications", {}))
            self.data["batches"].update(loaded.get("batches", {}))

    def changed_on_disk(self) -> bool:
        """Whether someone else wrote the file since this registry read or wrote it (read it again)."""
        return _stamp(self.path) != self._stamp

    # -- publications -------------------------------------------------------------------------
    def entry(self, identifier: str) -> dict:
        return self.data["publications"].get(identifier, {})

    def target_entry(self, identifier: str, target: str) -> dict:
        return self.entry(identifier).get("targets", {}).get(target, {})

    def name_for(self, identifier: str):
        """The technical name the record was last published under (it changes only when the agent chooses
        another one for the record)."""
        return self.entry(identifier).get("name")

    def identifier_for(self, data: str):
        """The record identifier last published for a PostGIS table (its data key), or None."""
        found = [(entry.get("time", ""), identifier) for identifier, entry in self.data["publications"].items()
                 if data and entry.get("data") == data]
        return max(found)[1] if found else None

    def set_target(self, identifier: str, target: str, *, state: str, name: str = "", ids=None, urls=None,
                   content_hash: str = "", error: str = "", data: str = "") -> None:
        with self._lock:
            entry = self.data["publications"].setdefault(identifier, {"targets": {}})
            if name:
                entry["name"] = name
            if data:
                entry["data"] = data
                entry["time"] = _now()
            previous = entry["targets"].get(target, {})
            entry["targets"][target] = {
                "state": state, "ids": ids if ids is not None else previous.get("ids", {}),
                "urls": urls if urls is not None else previous.get("urls", {}),
                "content_hash": content_hash or previous.get("content_hash", ""),
                "time": _now(), **({"error": error} if error else {})}
            self.save()

    def forget_target(self, identifier: str, target: str) -> None:
        with self._lock:
            entry = self.data["publications"].get(identifier)
            if entry:
                entry["targets"].pop(target, None)
                if not entry["targets"] and not entry.get("origin"):
                    self.data["publications"].pop(identifier)
                self.save()

    # -- records linked from another catalogue ------------------------------------------------
    def origin(self, identifier: str) -> dict:
        """Where the record came from when a layer was linked to an existing one (``api.link_record``):
        ``{"kind", "location", "target", "identifier", "adopt", "linked"...}``, else {}."""
        origin = self.entry(identifier).get("origin")
        return dict(origin) if isinstance(origin, dict) else {}

    def set_origin(self, identifier: str, origin: dict) -> None:
        """Remember where ``identifier``'s record came from; ``origin["adopt"]``: the next publication may take
        the record over on its catalogue (it was not created by Passerelle: the person chose to)."""
        with self._lock:
            entry = self.data["publications"].setdefault(identifier, {"targets": {}})
            entry["origin"] = dict(origin)
            self.save()

    def adopted(self, identifier: str) -> None:
        """The publication took the linked record over: later ones need no adoption (it carries the mark)."""
        with self._lock:
            origin = self.entry(identifier).get("origin")
            if isinstance(origin, dict) and origin.get("adopt"):
                origin["adopt"] = False
                origin["adopted"] = _now()
                self.save()

    # -- batches ------------------------------------------------------------------------------
    def start_batch(self, sources: list, targets: list) -> str:
        with self._lock:
            batch_id = uuid.uuid4().hex[:12]
            self.data["batches"][batch_id] = {"started": _now(), "targets": list(targets), "done": False,
                                              "layers": {s["identifier"]: {"source": s["source"], "state": "pending",
                                                                           **({"data": s["data"]} if s.get("data")
                                                                              else {})}
                                                         for s in sources}}
            self.save()
            return batch_id

    def batch(self, batch_id: str) -> dict:
        return self.data["batches"][batch_id]

    def set_batch_layer(self, batch_id: str, identifier: str, state: str) -> None:
        with self._lock:
            batch = self.data["batches"][batch_id]
            batch["layers"][identifier]["state"] = state
            batch["done"] = all(layer["state"] in SETTLED for layer in batch["layers"].values())
            self.save()

    def unfinished_batches(self) -> list:
        return [bid for bid, b in self.data["batches"].items() if not b.get("done")]

    # -- storage ------------------------------------------------------------------------------
    def save(self) -> None:
        with self._lock:
            folder = os.path.dirname(os.path.abspath(self.path))
            os.makedirs(folder, exist_ok=True)
            handle, temp = tempfile.mkstemp(prefix=".registry-", dir=folder)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(self.data, out, ensure_ascii=False, indent=1, sort_keys=True)
            os.replace(temp, self.path)
            self._stamp = _stamp(self.path)


class PlannedRegistry(Registry):
    """A dry run's registry: reads what the real file says, keeps the run's writes in memory only.

    The dry run goes through the same steps as a real one (technical names kept, targets marked),
    so what it reports is what a real run would do; the file is never written.
    """

    def save(self) -> None:
        pass  # deliberately: a dry run leaves no trace


def _stamp(path: str) -> tuple:
    try:
        stat = os.stat(path)
    except OSError:
        return ()
    return stat.st_mtime_ns, stat.st_size, stat.st_ino
