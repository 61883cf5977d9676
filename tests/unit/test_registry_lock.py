"""The publication registry shared by several processes: nobody's update is lost; a corrupt file is a clear error."""
import json
import multiprocessing
import os

import pytest

from passerelle.publishers.registry import PlannedRegistry, Registry, RegistryError

WRITES = 60


def _writer(path: str, name: str, start, finished) -> None:
    registry = Registry(path)  # read before the others write: a last-writer-wins registry would lose them
    start.wait(30)
    batch = registry.start_batch([{"identifier": f"{name}-{i}", "source": "x.gpkg"} for i in range(WRITES)], ["csw"])
    for i in range(WRITES):
        registry.set_target(f"{name}-{i}", "csw", state="published", name=f"{name}_{i}", content_hash=f"h{i}")
        registry.set_batch_layer(batch, f"{name}-{i}", "published")
    finished.put(batch)


def test_three_processes_writing_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "publications" / "profil.json")
    Registry(path).set_target("before", "csw", state="published", content_hash="h0")
    context = multiprocessing.get_context("fork")
    start, finished = context.Event(), context.Queue()
    workers = [context.Process(target=_writer, args=(path, name, start, finished)) for name in ("a", "b", "c")]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    batches = [finished.get(timeout=5) for _ in workers]
    merged = Registry(path)
    assert len(merged.data["publications"]) == 3 * WRITES + 1  # every process's entries, and the earlier one
    assert merged.target_entry("b-59", "csw")["content_hash"] == "h59"
    assert all(merged.batch(b)["done"] for b in batches) and merged.unfinished_batches() == []


def test_a_registry_sees_what_another_process_wrote_since_it_read_the_file(tmp_path):
    path = str(tmp_path / "r.json")
    mine, theirs = Registry(path), Registry(path)
    theirs.set_target("x", "csw", state="published", content_hash="h1")
    assert mine.target_entry("x", "csw")["state"] == "published"
    mine.set_target("y", "csw", state="incomplete")
    assert theirs.entry("y")["targets"]["csw"]["state"] == "incomplete"
    assert set(theirs.data["publications"]) == {"x", "y"}


@pytest.mark.parametrize("content", [b'{"publications": {"x": ', b"\xff\xfe\x00garbage", b"[1, 2]",
                                     b'{"publications": [], "batches": {}}', b""])
def test_a_corrupt_registry_is_a_clear_error_naming_the_file_with_a_copy_kept(tmp_path, content):
    path = tmp_path / "publications" / "profil.json"
    path.parent.mkdir()
    path.write_bytes(content)
    for make in (Registry, PlannedRegistry):
        with pytest.raises(RegistryError) as caught:
            make(str(path))
        assert caught.value.code == "registry.corrupt" and str(path) in caught.value.message_fr
    backups = [p for p in os.listdir(path.parent) if ".illisible-" in p]
    assert len(backups) == 1 and (path.parent / backups[0]).read_bytes() == content
    assert path.read_bytes() == content  # left as it was, for the user to repair


def test_a_registry_corrupted_while_in_use_stops_the_next_write(tmp_path):
    path = tmp_path / "r.json"
    registry = Registry(str(path))
    registry.set_target("x", "csw", state="published")
    path.write_text("{ tronqué", encoding="utf-8")
    with pytest.raises(RegistryError) as caught:
        registry.set_target("y", "csw", state="published")
    assert caught.value.code == "registry.corrupt" and path.read_text(encoding="utf-8") == "{ tronqué"


def test_the_file_stays_valid_json_and_the_lock_sits_beside_it(tmp_path):
    path = tmp_path / "r.json"
    Registry(str(path)).set_target("x", "csw", state="published", ids={"record": "x"})
    assert json.loads(path.read_text(encoding="utf-8"))["publications"]["x"]["targets"]["csw"]["ids"] == {"record": "x"}
    assert (tmp_path / "r.json.lock").exists()
