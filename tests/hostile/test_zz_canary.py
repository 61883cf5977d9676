"""Last of the hostile tests (the file names sort it last): no canary secret anywhere, and the tally.

Every secret the hostile tests used (passwords, API keys, the QGIS master password, the real CKAN
token and udata key once used) is looked for, in every form a leak takes (as is, URL-quoted, the
Basic header's base64): in every file the session wrote (its temporary folders, Passerelle's data:
registries, packages, exports, SDI folders, projects, the test servers' logs), in the test artifacts and
QGIS's settings folder (but its authentication database), in every log record and QGIS message, in
every message shown to a user, and in the environment of every server Passerelle runs.
"""
import os
from urllib.parse import quote

import pytest

from passerelle.sdi import local, processes
from support.hostile_run import LOGS, OUTCOMES, TALLY, all_canaries

MINIMUM = 200


def _forms() -> list:
    found = []
    for secret in all_canaries():
        found += [secret, quote(secret, safe="")]
    return sorted(set(found))


def _leaks_in(text: str) -> list:
    return [secret[:8] + "…" for secret in _forms() if secret in text]


#: The test servers' own account files, where they keep the keys they issued (as a real server keeps them in
#: its database): (prefix of the folder the fixture made, file name). Their logs and data are scanned.
SERVER_ACCOUNTS = {("ckan", "state.json"), ("udata", "ready.json")}


def _scan_files(folder: str) -> list:
    from qgis.core import QgsApplication

    leaks = []
    auth = {QgsApplication.qgisAuthDatabaseFilePath(), os.environ.get("QGIS_AUTH_DB_DIR_PATH", "\0")}
    for root, _dirs, files in os.walk(folder):
        if root in auth:
            continue  # a QGIS authentication database: where secrets belong
        for name in files:
            if any(os.path.basename(root).startswith(prefix) and name == kept for prefix, kept in SERVER_ACCOUNTS):
                continue
            path = os.path.join(root, name)
            if path in auth:
                continue
            try:
                if os.path.islink(path) or os.path.getsize(path) > 64 * 1024 * 1024:
                    continue
                with open(path, "rb") as handle:
                    content = handle.read()
            except OSError:
                continue
            leaks += [f"{path}: {secret[:8]}…" for secret in _forms() if secret.encode() in content]
    return leaks


def test_at_least_200_hostile_inputs_ran_and_each_category_is_there():
    total = sum(TALLY.values())
    print("\nhostile inputs by category:", ", ".join(f"{k} {v}" for k, v in sorted(TALLY.items())), f"= {total}")
    if len(TALLY) < 5:
        pytest.skip("run with the whole tests/hostile folder to count every category")
    assert total >= MINIMUM
    assert {"textes", "identifiants", "profils", "vocabulaires", "iso", "qmd", "données", "serveurs",
            "publication"} <= set(TALLY)


def test_the_scan_finds_a_canary_in_any_of_its_forms(tmp_path):
    import base64

    from support.hostile_run import CANARY_PASSWORD

    for form in (CANARY_PASSWORD, quote(CANARY_PASSWORD, safe=""),
                 base64.b64encode(f"editeur:{CANARY_PASSWORD}".encode()).decode()):
        planted = tmp_path / "journal.log"
        planted.write_bytes(b"GET /csw Authorization: Basic " + form.encode())
        try:
            assert _scan_files(str(tmp_path)), form
        finally:
            planted.unlink()


def test_no_canary_in_any_file_the_session_wrote(tmp_path_factory):
    from qgis.core import QgsApplication

    from support.qgis_env import ROOT

    folders = {str(tmp_path_factory.getbasetemp()), os.environ.get("PASSERELLE_DATA_DIR", ""),
               os.path.join(ROOT, "test-artifacts"), QgsApplication.qgisSettingsDirPath()}
    leaks = [leak for folder in folders if folder and os.path.isdir(folder) for leak in _scan_files(folder)]
    assert leaks == []


def test_no_canary_in_any_log_or_message():
    import logging

    logging.getLogger("passerelle.publishers").info("canary scan: the session's log is kept")
    assert any("canary scan: the session's log is kept" in text for text in LOGS), "the session's logs were not kept"
    leaks = [leak for text in LOGS + OUTCOMES for leak in _leaks_in(text)]
    assert leaks == []


def test_no_secret_in_the_environment_of_the_servers_passerelle_runs(tmp_path, monkeypatch):
    monkeypatch.setenv("PASSERELLE_DATA_DIR", str(tmp_path / "data"))
    sdi = local.sdi_for(str(tmp_path / "idg"))
    try:
        pids = [sdi.csw.process.pid, sdi.ows.process.pid, sdi.files.pid]
        pids += list(processes.descendants(sdi.csw.process.pid))  # gunicorn's workers
        for pid in pids:
            with open(f"/proc/{pid}/environ", "rb") as handle:
                environ = handle.read().decode("utf-8", "replace")
            assert _leaks_in(environ) == [], pid
            assert "PASSERELLE_AUTH_MASTER_PASSWORD" not in environ
    finally:
        local.stop_all()
