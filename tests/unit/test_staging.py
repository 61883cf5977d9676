"""StagedFolder: files appear in the destination all together, or not at all."""
import hashlib
import os

import pytest

from passerelle.catalogue.errors import PasserelleError
from passerelle.staging import StagedFolder


def tree(folder) -> dict:
    state = {}
    for root, dirs, files in os.walk(folder):
        state.update({os.path.relpath(os.path.join(root, d), folder) + "/": "dir" for d in dirs})
        for name in files:
            path = os.path.join(root, name)
            state[os.path.relpath(path, folder)] = hashlib.sha256(open(path, "rb").read()).hexdigest()
    return state


def write(path, text):
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


@pytest.fixture
def destination(tmp_path):
    folder = tmp_path / "catalogue"
    (folder / "iso19139").mkdir(parents=True)
    (folder / "iso19139" / "a.xml").write_text("ancienne a")
    (folder / "garder.txt").write_text("à garder")
    return folder


def test_nothing_reaches_the_destination_before_commit(destination):
    before = tree(destination)
    with StagedFolder(str(destination)) as stage:
        write(stage.path("iso19139", "a.xml"), "nouvelle a")
        write(stage.path("catalogue.ttl"), "@prefix")
        assert tree(destination) == before
        placed = stage.commit()
    assert sorted(os.path.relpath(p, destination) for p in placed) == [
        "catalogue.ttl", os.path.join("iso19139", "a.xml")]
    assert (destination / "iso19139" / "a.xml").read_text() == "nouvelle a"
    assert (destination / "garder.txt").read_text() == "à garder"
    assert os.listdir(destination.parent) == ["catalogue"]


def test_a_failure_before_commit_leaves_everything_as_it_was(destination):
    before = tree(destination)
    with pytest.raises(RuntimeError):
        with StagedFolder(str(destination)) as stage:
            write(stage.path("iso19139", "a.xml"), "nouvelle a")
            raise RuntimeError("encodeur en panne")
    assert tree(destination) == before and os.listdir(destination.parent) == ["catalogue"]


def test_a_move_failing_during_commit_puts_every_file_back(destination):
    (destination / "nouveau").write_text("un fichier où il faudrait un dossier")  # fails after a.xml moved
    before = tree(destination)
    with StagedFolder(str(destination)) as stage:
        write(stage.path("iso19139", "a.xml"), "nouvelle a")
        write(stage.path("nouveau", "b.xml"), "b")
        with pytest.raises(PasserelleError) as caught:
            stage.commit()
    assert caught.value.code == "export.write"
    assert tree(destination) == before and os.listdir(destination.parent) == ["catalogue"]


def test_a_folder_is_never_replaced_by_a_file(destination):
    (destination / "catalogue.ttl").mkdir()
    (destination / "catalogue.ttl" / "dedans.txt").write_text("précieux")
    before = tree(destination)
    with StagedFolder(str(destination)) as stage:
        write(stage.path("iso19139", "a.xml"), "nouvelle a")
        write(stage.path("catalogue.ttl"), "@prefix")
        with pytest.raises(PasserelleError) as caught:
            stage.commit()
    assert caught.value.code == "export.write"
    assert tree(destination) == before


def test_a_new_destination_and_its_parents_appear_only_on_commit(tmp_path):
    target = tmp_path / "a" / "b" / "catalogue"
    with StagedFolder(str(target)) as stage:
        write(stage.path("x.xml"), "x")
    assert os.listdir(tmp_path) == []  # discarded: the parents it made are gone too
    with StagedFolder(str(target)) as stage:
        write(stage.path("x.xml"), "x")
        stage.commit()
    assert tree(target) == {"x.xml": hashlib.sha256(b"x").hexdigest()}
    assert os.listdir(target.parent) == ["catalogue"]
    mask = os.umask(0)
    os.umask(mask)
    assert os.stat(target).st_mode & 0o777 == 0o777 & ~mask  # the usual permissions, not mkdtemp's 0700


def test_a_destination_that_is_a_file_is_refused(tmp_path):
    (tmp_path / "catalogue").write_text("un fichier")
    with pytest.raises(PasserelleError) as caught:
        StagedFolder(str(tmp_path / "catalogue"))
    assert caught.value.code == "export.destination"
