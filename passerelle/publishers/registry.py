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

Several processes may publish to one profile at once (two QGIS windows, QGIS and a
``qgis_process`` batch): every change is made under an OS lock on ``<registry>.lock``
(``fcntl.flock``; ``msvcrt.locking`` on Windows), applied to what the file holds at that moment
(read, merge, write), so nobody's update is lost. Reads see the file as it is (it is replaced
atomically, never half-written). A file that is not a registry (truncated, edited by hand) is a
:class:`RegistryError` (``registry.corrupt``) naming it, with a copy kept aside; never a crash.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import shutil
import tempfile
import threading
import time
import uuid

from ..catalogue.errors import PasserelleError

PUBLISHED, INCOMPLETE, FAILED, REFUSED = "published", "incomplete", "failed", "refused"
SETTLED = (PUBLISHED, REFUSED)  # a batch is done when each layer is published or refused by the rules


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


class RegistryError(PasserelleError):
    """The registry file cannot be read (``registry.corrupt``) or written (``registry.write``)."""

    code = "registry.corrupt"


class Registry:
    def __init__(self, path: str):
        self.path = path
        self._lock = threading.RLock()
        self.data = _empty()
        self._stamp = ()
        self._load()

    def changed_on_disk(self) -> bool:
        """Whether someone else wrote the file since this registry read or wrote it (read it again)."""
        return _stamp(self.path) != self._stamp

    @property
    def lock_path(self) -> str:
        return self.path + ".lock"

    # -- publications -------------------------------------------------------------------------
    def entry(self, identifier: str) -> dict:
        with self._lock:
            self._refresh()
            return self.data["publications"].get(identifier, {})

    def target_entry(self, identifier: str, target: str) -> dict:
        return self.entry(identifier).get("targets", {}).get(target, {})

    def name_for(self, identifier: str):
        """The technical name the record was last published under (it changes only when the agent chooses
        another one for the record)."""
        return self.entry(identifier).get("name")

    def identifier_for(self, data: str):
        """The record identifier last published for a PostGIS table (its data key), or None."""
        with self._lock:
            self._refresh()
            found = [(entry.get("time", ""), identifier) for identifier, entry in self.data["publications"].items()
                     if data and entry.get("data") == data]
        return max(found)[1] if found else None

    def set_target(self, identifier: str, target: str, *, state: str, name: str = "", ids=None, urls=None,
                   content_hash: str = "", error: str = "", data: str = "") -> None:
        def change(content):
            entry = content["publications"].setdefault(identifier, {"targets": {}})
            entry.setdefault("targets", {})
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
        self._update(change)

    def forget_target(self, identifier: str, target: str) -> None:
        def change(data):
            entry = data["publications"].get(identifier)
            if entry:
                entry.get("targets", {}).pop(target, None)
                if not entry.get("targets") and not entry.get("origin"):
                    data["publications"].pop(identifier)
        self._update(change)

    # -- records linked from another catalogue ------------------------------------------------
    def origin(self, identifier: str) -> dict:
        """Where the record came from when a layer was linked to an existing one (``api.link_record``):
        ``{"kind", "location", "target", "identifier", "adopt", "linked"...}``, else {}."""
        origin = self.entry(identifier).get("origin")
        return dict(origin) if isinstance(origin, dict) else {}

    def set_origin(self, identifier: str, origin: dict) -> None:
        """Remember where ``identifier``'s record came from; ``origin["adopt"]``: the next publication may take
        the record over on its catalogue (it was not created by Passerelle: the person chose to)."""
        def change(data):
            entry = data["publications"].setdefault(identifier, {"targets": {}})
            entry["origin"] = dict(origin)
        self._update(change)

    def adopted(self, identifier: str) -> None:
        """The publication took the linked record over: later ones need no adoption (it carries the mark)."""
        def change(data):
            origin = data["publications"].get(identifier, {}).get("origin")
            if isinstance(origin, dict) and origin.get("adopt"):
                origin["adopt"] = False
                origin["adopted"] = _now()
        self._update(change)

    # -- batches ------------------------------------------------------------------------------
    def start_batch(self, sources: list, targets: list) -> str:
        batch_id = uuid.uuid4().hex[:12]

        def change(data):
            data["batches"][batch_id] = {
                "started": _now(), "targets": list(targets), "done": False,
                "layers": {s["identifier"]: {"source": s["source"], "state": "pending",
                                             **({"data": s["data"]} if s.get("data") else {})}
                           for s in sources}}
        self._update(change)
        return batch_id

    def batch(self, batch_id: str) -> dict:
        with self._lock:
            self._refresh()
            return self.data["batches"][batch_id]

    def set_batch_layer(self, batch_id: str, identifier: str, state: str) -> None:
        def change(data):
            batch = data["batches"].get(batch_id)
            if batch is None:  # a batch of a dry run, or removed by hand meanwhile: nothing to track
                return
            batch["layers"].setdefault(identifier, {"source": "", "state": "pending"})["state"] = state
            batch["done"] = all(layer["state"] in SETTLED for layer in batch["layers"].values())
        self._update(change)

    def unfinished_batches(self) -> list:
        with self._lock:
            self._refresh()
            return [bid for bid, b in self.data["batches"].items() if not b.get("done")]

    # -- storage ------------------------------------------------------------------------------
    def _update(self, change) -> None:
        """Apply ``change(data)`` to the file's current content under the lock, and write it back."""
        with self._lock, file_lock(self.lock_path):
            self._load()
            change(self.data)
            self.save()

    def _refresh(self) -> None:
        if self.changed_on_disk():
            self._load()

    def _load(self) -> None:
        stamp = _stamp(self.path)
        if not stamp:
            self.data, self._stamp = _empty(), ()
            return
        try:
            with open(self.path, "rb") as handle:
                loaded = json.loads(handle.read().decode("utf-8"))
            if not isinstance(loaded, dict) or not all(isinstance(loaded.get(k, {}), dict)
                                                       for k in ("publications", "batches")):
                raise ValueError("not a registry: publications and batches are not objects")
        except OSError as error:
            raise RegistryError(
                f"Le registre des publications « {self.path} » ne peut pas être lu ({error.strerror}) : vérifiez "
                "ses droits d'accès.", f"The publication registry '{self.path}' cannot be read ({error.strerror}).",
                code="registry.read") from None
        except ValueError as error:  # JSONDecodeError, UnicodeDecodeError
            raise self._corrupt(error) from None
        data = _empty()
        data["publications"].update(loaded.get("publications", {}))
        data["batches"].update(loaded.get("batches", {}))
        self.data, self._stamp = data, stamp

    def _corrupt(self, error: Exception) -> RegistryError:
        backup = _backup(self.path)
        kept_fr = f"une copie en est gardée sous « {backup} »" if backup else "aucune copie n'a pu en être faite"
        kept_en = f"a copy is kept as '{backup}'" if backup else "no copy could be made"
        return RegistryError(
            f"Le registre des publications « {self.path} » est illisible ({type(error).__name__} : "
            f"{str(error)[:120]}) ; {kept_fr}. Passerelle ne publie ni ne retire rien avec ce profil tant qu'il "
            "l'est : restaurez-le depuis une sauvegarde, corrigez-le, ou supprimez-le (les couches déjà publiées "
            "seront alors à reprendre ou à adopter).",
            f"The publication registry '{self.path}' is unreadable ({type(error).__name__}: {str(error)[:120]}); "
            f"{kept_en}. Restore, fix or remove it.", code="registry.corrupt")

    def save(self) -> None:
        with self._lock:
            folder = os.path.dirname(os.path.abspath(self.path))
            try:
                os.makedirs(folder, exist_ok=True)
                handle, temp = tempfile.mkstemp(prefix=".registry-", dir=folder)
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(self.data, out, ensure_ascii=False, indent=1, sort_keys=True)
                os.replace(temp, self.path)
            except OSError as error:
                raise RegistryError(
                    f"Le registre des publications « {self.path} » ne peut pas être écrit ({error.strerror}) : "
                    "vérifiez l'espace disque et les droits du dossier.",
                    f"The publication registry '{self.path}' cannot be written ({error.strerror}).",
                    code="registry.write") from None
            self._stamp = _stamp(self.path)


class PlannedRegistry(Registry):
    """A dry run's registry: reads what the real file says, keeps the run's writes in memory only.

    The dry run goes through the same steps as a real one (technical names kept, targets marked),
    so what it reports is what a real run would do; the file is never written.
    """

    def _update(self, change) -> None:
        with self._lock:
            change(self.data)  # in memory only, over what the file said when the dry run began

    def _refresh(self) -> None:
        pass  # the run's own (unwritten) changes stay visible

    def save(self) -> None:
        pass  # deliberately: a dry run leaves no trace


def _stamp(path: str) -> tuple:
    try:
        stat = os.stat(path)
    except OSError:
        return ()
    return stat.st_mtime_ns, stat.st_size, stat.st_ino


def _empty() -> dict:
    return {"publications": {}, "batches": {}}


def _backup(path: str) -> str:
    """A copy of an unreadable registry beside it (one per distinct content), or "" when none could be made."""
    try:
        with open(path, "rb") as handle:
            content = handle.read()
        import hashlib

        backup = f"{path}.illisible-{hashlib.sha256(content).hexdigest()[:8]}"
        if not os.path.exists(backup):
            shutil.copyfile(path, backup)
        return backup
    except OSError:
        return ""


@contextlib.contextmanager
def file_lock(path: str, timeout: float = 120.0):
    """An exclusive OS lock on ``path`` (created if needed) between processes, for the ``with`` block.

    ``fcntl.flock`` on POSIX (released by the system if the process dies); ``msvcrt.locking`` on
    Windows. Waits up to ``timeout`` seconds for another process to finish its change.
    """
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _acquire(descriptor, path, timeout)
        try:
            yield
        finally:
            _release(descriptor)
    finally:
        os.close(descriptor)


def _acquire(descriptor: int, path: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if os.name == "nt":
                import msvcrt

                os.lseek(descriptor, 0, os.SEEK_SET)
                msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except OSError:
            if time.monotonic() >= deadline:
                raise RegistryError(
                    f"Le registre des publications est occupé par un autre traitement depuis plus de {timeout:.0f} s "
                    f"(verrou « {path} ») : attendez la fin de l'autre publication, puis relancez.",
                    f"The publication registry is held by another process (lock '{path}').",
                    code="registry.locked") from None
            time.sleep(0.02)


def _release(descriptor: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(descriptor, 0, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_UN)
