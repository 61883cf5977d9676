"""All or nothing on disk: files are written into a staging folder, then moved into place together.

The staging folder sits next to the destination (same file system, so moving is a rename). Until
:meth:`StagedFolder.commit`, the destination is untouched; if anything fails (an encoder, GDAL, a full
disk), :meth:`StagedFolder.discard` removes the staging folder and the destination is as it was,
byte for byte. The commit itself moves file by file, keeping each replaced file aside, and puts them
back if a move fails.

    >>> with StagedFolder("/tmp/catalogue") as stage:
    ...     write(stage.path("iso19139", "fiche.xml"))
    ...     paths = stage.commit()   # ['/tmp/catalogue/iso19139/fiche.xml']
"""
from __future__ import annotations

import os
import shutil
import tempfile
import uuid

from .catalogue.errors import PasserelleError


class StagedFolder:
    """A temporary folder standing for ``destination`` until :meth:`commit`."""

    def __init__(self, destination: str):
        self.destination = os.path.abspath(os.path.expanduser(destination))
        if os.path.exists(self.destination) and not os.path.isdir(self.destination):
            raise PasserelleError(f"« {self.destination} » existe et n'est pas un dossier.",
                                  f"'{self.destination}' exists and is not a folder.", code="export.destination")
        parent = os.path.dirname(self.destination)
        self._created = _make_parents(parent)  # removed again if nothing gets committed
        try:
            self.root = _new_folder(parent, f".{os.path.basename(self.destination)}.passerelle-")
        except OSError:
            if not os.path.isdir(self.destination):
                self._remove_created()
                raise
            self.root = _new_folder(self.destination, ".passerelle-")  # the parent is read-only
        self._committed = False

    def __enter__(self) -> "StagedFolder":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.discard()

    def path(self, *parts: str) -> str:
        """Where to write ``destination/<parts>`` for now (its folder is created)."""
        path = os.path.join(self.root, *parts)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        return path

    def final(self, staged: str) -> str:
        """The destination path a staged path will have once committed."""
        return os.path.join(self.destination, os.path.relpath(staged, self.root))

    def commit(self) -> list:
        """Move every staged file into the destination; returns their final paths.

        Files already in the destination under other names stay; same-named ones are replaced.
        """
        staged = sorted(os.path.join(folder, name) for folder, _dirs, names in os.walk(self.root) for name in names)
        if not os.path.exists(self.destination):
            os.rename(self.root, self.destination)  # nothing was there: one rename places everything
            self._committed = True
            return [os.path.join(self.destination, os.path.relpath(p, self.root)) for p in staged]
        occupied = [self.final(p) for p in staged if os.path.isdir(self.final(p)) and not os.path.islink(self.final(p))]
        if occupied:  # never replace a folder (and all it holds) by a file
            raise PasserelleError(
                f"« {occupied[0]} » est un dossier : il ne peut pas être remplacé par un fichier. Rien n'a été "
                "modifié : renommez ce dossier ou choisissez une autre destination.",
                f"'{occupied[0]}' is a folder and cannot be replaced by a file. Nothing was changed: rename it or "
                "choose another destination.", code="export.write")
        backup = tempfile.mkdtemp(prefix=".backup-", dir=self.root)
        placed, replaced, new_dirs = [], [], []
        try:
            for index, source in enumerate(staged):
                target = self.final(source)
                new_dirs += _make_parents(os.path.dirname(target))
                if os.path.lexists(target):
                    kept = os.path.join(backup, str(index))
                    os.rename(target, kept)
                    replaced.append((kept, target))
                os.rename(source, target)
                placed.append(target)
        except OSError as exc:
            for target in reversed(placed):
                os.remove(target)
            for kept, target in reversed(replaced):
                os.rename(kept, target)
            for folder in reversed(new_dirs):
                _remove_if_empty(folder)
            raise PasserelleError(
                f"Impossible de placer les fichiers dans « {self.destination} » ({exc.strerror or exc}) : "
                "le dossier est resté tel qu'il était.",
                f"Cannot move the files into '{self.destination}' ({exc.strerror or exc}): the folder was left "
                "as it was.", code="export.write") from exc
        self._committed = True
        return placed

    def discard(self) -> None:
        """Remove what is left of the staging folder (everything, when nothing was committed)."""
        if os.path.isdir(self.root):
            shutil.rmtree(self.root, ignore_errors=True)
        if not self._committed:
            self._remove_created()

    def _remove_created(self) -> None:
        for folder in reversed(self._created):
            _remove_if_empty(folder)
        self._created = []


def _new_folder(parent: str, prefix: str) -> str:
    """A new, uniquely named folder with the usual permissions (mkdtemp's 0700 would follow it into place)."""
    while True:
        path = os.path.join(parent, prefix + uuid.uuid4().hex[:12])
        try:
            os.mkdir(path)
            return path
        except FileExistsError:
            continue


def _make_parents(folder: str) -> list:
    """Create ``folder`` and its missing parents; returns those created, outermost first."""
    missing = []
    while folder and not os.path.isdir(folder):
        missing.append(folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    for path in reversed(missing):
        os.mkdir(path)
    return list(reversed(missing))


def _remove_if_empty(folder: str) -> None:
    try:
        os.rmdir(folder)
    except OSError:
        pass
