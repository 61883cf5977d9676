"""The test session itself fails when a process it started outlives it (tests/support/no_leftover_processes.py)."""
import os
import subprocess
import sys
import time

from passerelle.sdi import processes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

LEAKING = '''
import subprocess

def test_leaves_an_orphan_behind():
    subprocess.run(["sh", "-c", "sleep 301 >/dev/null 2>&1 &"], check=True)  # sh exits, sleep is orphaned
'''

CLEAN = '''
from passerelle.sdi import processes

def test_stops_what_it_starts():
    server = processes.spawn(["sleep", "302"])
    assert server.poll() is None

def test_forgets_a_spawned_server_that_the_session_stops_at_its_end():
    processes.spawn(["sleep", "303"])
'''


def run_session(tmp_path, source: str):
    (tmp_path / "test_sample.py").write_text(source, encoding="utf-8")
    tag = f"session-{time.monotonic_ns()}"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([ROOT, os.path.join(ROOT, "tests")]),
               PASSERELLE_LEFTOVER_WAIT="1",
               PASSERELLE_SPAWNED_BY=f"{os.environ.get('PASSERELLE_SPAWNED_BY', '')}/{tag}")
    done = subprocess.run([sys.executable, "-m", "pytest", "-p", "support.no_leftover_processes", "-p", "no:qgis",
                           "-p", "no:pytestqt", "-p", "no:cacheprovider", "-q", "test_sample.py"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    return done, tag


def test_a_session_leaving_a_process_running_fails_and_kills_it(tmp_path):
    done, tag = run_session(tmp_path, LEAKING)
    try:
        assert done.returncode == 1, done.stdout[-2000:]
        assert "1 passed" in done.stdout and "processes left running" in done.stdout
        assert "sleep 301" in done.stdout
        assert processes.survivors(tag) == []  # killed, not left behind
    finally:
        processes.kill(pid for pid, _command in processes.survivors(tag))


def test_a_session_that_stops_its_servers_passes(tmp_path):
    done, tag = run_session(tmp_path, CLEAN)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "processes left running" not in done.stdout
    assert processes.survivors(tag) == []
