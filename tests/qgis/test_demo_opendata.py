"""``DEMO_OPENDATA=1 make demo``: the demo publishes the open layers to a real udata too, which stops with it."""
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def wait_for(path: Path, text: str, process, timeout: float = 180.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        output = path.read_text(encoding="utf-8") if path.exists() else ""
        if text in output:
            return output
        if process.poll() is not None:
            pytest.fail(f"the demo exited ({process.returncode}):\n{output[-3000:]}")
        time.sleep(0.5)
    pytest.fail(f"the demo did not print {text!r} within {timeout:.0f} s")


def gone(pid: int, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().split(")")[-1].split()[0] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.slow
def test_demo_opendata_publishes_the_open_layers_to_a_real_udata_that_stops_with_the_demo(tmp_path):
    out, log = tmp_path / "demo", tmp_path / "demo.log"
    with open(log, "w") as stdout, open(tmp_path / "demo.err", "w") as stderr:
        demo = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "demo.py"), str(out), "--serve"], cwd=ROOT,
                                env={**os.environ, "DEMO_OPENDATA": "1"}, stdout=stdout, stderr=stderr,
                                stdin=subprocess.DEVNULL)
    try:
        output = wait_for(log, "Ctrl-C", demo)
        udata = json.loads((out / "udata" / "ready.json").read_text())
        listing = requests.get(f"{udata['url']}/api/1/organizations/{udata['organisation']}/datasets/",
                               params={"page_size": 100}, timeout=30).json()["data"]  # anonymous: public ones
        wms = urlsplit(re.search(r"WMS\s+(\S+)", output).group(1))

        published = re.findall(r"open data : (?:published|updated|unchanged), (\S+)", output)
        assert len(listing) == len(published) >= 3
        assert not any("cimeti" in d["title"].lower() for d in listing)  # personal data: never on open data
        for dataset in listing:
            assert dataset["uri"] in published and dataset["license"] == "lov2"
            assert dataset["spatial"]["zones"] == ["fr:commune:39999"]  # the record's place, found on udata
            resources = {r["format"]: r for r in dataset["resources"]}
            assert sorted(resources) == ["csv", "geojson", "gpkg", "ogc:wfs", "ogc:wms"]
            for kind in ("ogc:wms", "ogc:wfs"):  # the local SDI's services, from the same run
                assert urlsplit(resources[kind]["url"]).netloc == wms.netloc
            for kind in ("csv", "geojson", "gpkg"):
                content = requests.get(resources[kind]["url"], timeout=30).content
                assert len(content) == resources[kind]["filesize"] > 0
                assert hashlib.sha1(content).hexdigest() == resources[kind]["checksum"]["value"]
    finally:
        demo.send_signal(signal.SIGINT)  # Ctrl-C: the demo stops its servers
        try:
            code = demo.wait(60)
        except subprocess.TimeoutExpired:
            demo.kill()
            code = demo.wait(10)

    assert code == 0 and gone(udata["pid"])
