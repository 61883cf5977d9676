"""The real udata server of the tests and the demo (support/udata_server.py) never outlives what started it."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

SUPPORT = Path(__file__).resolve().parents[1] / "support"

PARENT = """
import json, sys, time
sys.path.insert(0, {support!r})
from udata_server import UdataServer
server = UdataServer({folder!r}).start()
print(json.dumps({{"pid": server.process.pid, "url": server.url}}), flush=True)
time.sleep(600)
"""


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(")")[-1].split()[0] != "Z"  # a zombie is dead, waiting for its reaper
    except FileNotFoundError:
        return False


def wait_until_gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_the_server_dies_when_its_parent_is_killed(tmp_path):
    parent = subprocess.Popen([sys.executable, "-c", PARENT.format(support=str(SUPPORT), folder=str(tmp_path))],
                              stdout=subprocess.PIPE, text=True)
    try:
        started = json.loads(parent.stdout.readline())
        assert alive(started["pid"]) and os.getpgid(started["pid"]) == started["pid"]  # its own process group

        parent.send_signal(signal.SIGKILL)  # no cleanup code of the parent runs
        parent.wait(10)

        assert wait_until_gone(started["pid"])
    finally:
        if parent.poll() is None:
            parent.kill()
        parent.stdout.close()


def test_stop_ends_the_server_and_a_new_start_is_an_empty_site(udata_factory):
    import requests

    server = udata_factory()
    pid, old_key = server.process.pid, server.api_key
    answer = requests.post(f"{server.url}/api/1/datasets/", headers={"X-API-KEY": old_key}, timeout=30,
                           json={"title": "Avant", "description": "d", "organization": server.organisation})

    server.stop()

    assert answer.status_code == 201 and not server.running and wait_until_gone(pid)
    server.start()
    assert server.get("me/", key=old_key)[0] == 401  # a new database: new accounts and keys
    assert server.get(f"organizations/{server.organisation}/datasets/", key=server.api_key)[1]["total"] == 0
