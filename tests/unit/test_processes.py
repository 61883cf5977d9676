"""Child servers die with their parent: parent-death signal, process group, run tag (no QGIS)."""
import json
import os
import signal
import subprocess
import sys
import threading
import time

from passerelle.sdi import processes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[-1].split()[0] != b"Z"
    except OSError:
        return False


def wait_gone(pids, timeout: float = 20.0) -> list:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(alive(p) for p in pids):
        time.sleep(0.1)
    return [p for p in pids if alive(p)]


def group_members(group: int) -> list:
    members = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat", "rb") as handle:
                    fields = handle.read().rsplit(b")", 1)[-1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != b"Z":
                members.append(int(name))
    return members


def test_a_server_spawned_from_a_short_lived_thread_outlives_the_thread():
    # PR_SET_PDEATHSIG fires when the forking *thread* exits: a QgsTask thread must not take the server along.
    box = {}
    thread = threading.Thread(target=lambda: box.update(server=processes.spawn(["sleep", "300"])))
    thread.start()
    thread.join()
    time.sleep(1.0)
    try:
        assert box["server"].poll() is None
    finally:
        processes.stop(box["server"])
    assert not alive(box["server"].pid)


def test_a_kill_9_of_the_parent_kills_its_servers(tmp_path):
    tag = f"kill9-{time.monotonic_ns()}"
    code = (
        "import json, sys, threading\n"
        "from passerelle.sdi import processes\n"
        "servers = []\n"
        "t = threading.Thread(target=lambda: servers.append(processes.spawn(['sleep', '300'])))\n"
        "t.start(); t.join()\n"
        "servers.append(processes.spawn(['sleep', '301']))\n"
        "print(json.dumps([s.pid for s in servers]), flush=True)\n"
        "sys.stdin.read()\n")
    env = dict(os.environ, PYTHONPATH=ROOT,
               PASSERELLE_SPAWNED_BY=f"{os.environ.get('PASSERELLE_SPAWNED_BY', '')}/{tag}")
    parent = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              env=env, cwd=ROOT, text=True)
    try:
        pids = json.loads(parent.stdout.readline())
        time.sleep(0.3)
        tagged = {pid for pid, _command in processes.survivors(tag)}
        assert tagged == {parent.pid, *pids} and len(pids) == 2
        parent.kill()  # SIGKILL: no atexit, no finally
        parent.wait(10)
        assert wait_gone(list(tagged), 20) == []
        assert processes.survivors(tag) == []
    finally:
        parent.kill()
        processes.kill(pid for pid, _command in processes.survivors(tag))


def test_stop_ends_the_whole_process_group():
    server = processes.spawn(["sh", "-c", "sleep 300 & sleep 300 & wait"])
    deadline = time.monotonic() + 5
    while len(group_members(server.pid)) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    members = group_members(server.pid)
    assert len(members) == 3 and server.pid in members  # its own group: the shell leads it
    assert os.getpgid(server.pid) != os.getpgid(0)
    processes.stop(server, timeout=5)
    assert wait_gone(members, 5) == []
    assert server not in processes.running()


def test_stop_all_stops_what_is_still_running():
    servers = [processes.spawn(["sleep", "300"]) for _ in range(2)]
    assert set(servers) <= set(processes.running())
    processes.stop_all()
    assert all(s.poll() is not None for s in servers)
    assert not set(servers) & set(processes.running())


def test_spawned_servers_carry_the_run_tag_and_survivors_finds_them():
    tag = f"find-{time.monotonic_ns()}"
    server = processes.spawn(["sleep", "300"],
                             env=dict(os.environ, PASSERELLE_SPAWNED_BY=f"outer/{tag}"))
    try:
        found = processes.survivors(tag)
        assert [pid for pid, _command in found] == [server.pid] and "sleep 300" in found[0][1]
        assert [pid for pid, _ in processes.survivors("outer")] == [server.pid]  # nested runs: outer sees it
        assert processes.survivors(tag[:-1]) == []  # a tag is matched whole, not as a prefix
    finally:
        processes.stop(server)
    assert processes.survivors(tag, wait=2) == []


def test_the_survivors_command_fails_and_kills_what_remains():
    tag = f"cli-{time.monotonic_ns()}"
    orphan = subprocess.Popen(["sleep", "300"], env=dict(os.environ, PASSERELLE_SPAWNED_BY=tag),
                              start_new_session=True)
    try:
        done = subprocess.run([sys.executable, "-m", "passerelle.sdi.processes", "--survivors", tag, "--wait", "0.5",
                               "--label", "essai"], capture_output=True, text=True, cwd=ROOT, timeout=30)
        assert done.returncode == 1 and str(orphan.pid) in done.stderr and "after essai" in done.stderr
        assert orphan.wait(5) == -signal.SIGKILL
        clean = subprocess.run([sys.executable, "-m", "passerelle.sdi.processes", "--survivors", tag, "--wait", "0"],
                               capture_output=True, text=True, cwd=ROOT, timeout=30)
        assert clean.returncode == 0
    finally:
        orphan.kill()
