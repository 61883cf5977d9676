"""Real servers die with the process that started them, even on kill -9: pycsw (gunicorn), and CKAN
with its PostgreSQL, Redis and Solr stand-in."""
import json
import os
import signal
import subprocess
import sys
import time

from passerelle.sdi import processes
from passerelle.sdi.pycsw_server import PycswServer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return False


def wait_gone(pids, timeout: float = 30.0) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def start_parent(code: str, tag: str, timeout: float = 180):
    """A Python process running ``code``; returns (process, the JSON line it prints once its servers run)."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([ROOT, os.path.join(ROOT, "tests")]),
               PASSERELLE_SPAWNED_BY=f"{os.environ.get('PASSERELLE_SPAWNED_BY', '')}/{tag}")
    parent = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env=env, cwd=ROOT, text=True)
    line = parent.stdout.readline()
    assert line, f"the parent exited early ({parent.wait(timeout)})"
    return parent, json.loads(line)


def test_pycsw_and_its_workers_die_when_their_parent_is_killed(tmp_path):
    tag = f"pycsw-kill9-{time.monotonic_ns()}"
    code = ("import json, sys\n"
            "from passerelle.sdi.pycsw_server import PycswServer\n"
            f"server = PycswServer({str(tmp_path / 'csw')!r}).start()\n"
            "print(json.dumps({'master': server.process.pid}), flush=True)\n"
            "sys.stdin.read()\n")
    parent, started = start_parent(code, tag)
    try:
        tree = processes.descendants(parent.pid)
        assert started["master"] in tree
        workers = [pid for pid in processes.descendants(started["master"])]
        assert len(workers) == 2 and all("gunicorn" in tree[pid] for pid in workers)  # -w 2
        parent.kill()
        parent.wait(10)
        assert wait_gone(list(tree), 30) == [], {p: tree[p] for p in tree if alive(p)}
        assert processes.survivors(tag) == []
    finally:
        parent.kill()
        processes.kill(pid for pid, _command in processes.survivors(tag))


def test_gunicorn_workers_die_with_a_killed_master(tmp_path):
    server = PycswServer(tmp_path / "csw").start()
    try:
        workers = list(processes.descendants(server.process.pid))
        assert len(workers) == 2
        os.kill(server.process.pid, signal.SIGKILL)  # no graceful stop: each worker's own parent-death signal
        server.process.wait(10)
        assert wait_gone(workers, 5) == []  # gunicorn alone notices after 15 s
    finally:
        server.stop()


def test_ckan_postgresql_redis_and_solr_die_when_their_parent_is_killed(tmp_path):
    tag = f"ckan-kill9-{time.monotonic_ns()}"
    code = ("import json, sys\n"
            "from support.ckan_server import CkanServer\n"
            f"server = CkanServer({str(tmp_path / 'ckan')!r}).start()\n"
            "print(json.dumps({name: p.pid for name, p in server.processes.items()}), flush=True)\n"
            "sys.stdin.read()\n")
    parent, started = start_parent(code, tag)
    try:
        assert set(started) == {"postgres", "redis", "solr", "ckan"}
        tree = processes.descendants(parent.pid)
        assert set(started.values()) <= set(tree)
        backends = processes.descendants(started["postgres"])
        assert backends and all("postgres" in command for command in backends.values())  # checkpointer...
        tagged = {pid for pid, _command in processes.survivors(tag)}
        assert {started["redis"], started["postgres"], started["ckan"]} <= tagged  # their tag is readable
        parent.kill()
        parent.wait(10)
        assert wait_gone(list(tree), 40) == [], {p: tree[p] for p in tree if alive(p)}
        assert processes.survivors(tag) == []
    finally:
        parent.kill()
        processes.kill(pid for pid, _command in processes.survivors(tag))
