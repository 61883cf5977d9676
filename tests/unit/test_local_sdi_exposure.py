"""The local SDI exposes only what it publishes: its file server, its catalogue guard, its folder, its children."""
import os
import subprocess
import sys
import time

import pytest
import requests

from passerelle.catalogue.errors import PasserelleError
from passerelle.sdi import csw_guard, local, processes
from passerelle.sdi.pycsw_server import free_port


# -- the file server ---------------------------------------------------------------------------------

@pytest.fixture
def served(tmp_path):
    folder = tmp_path / "idg"
    for path, content in {"catalogue.ttl": "@prefix dcat: <http://www.w3.org/ns/dcat#> .", "catalogue.jsonld": "{}",
                          "data/arrets_bus.gpkg": "SQLite format 3", "records/abc.xml": "<MD_Metadata/>",
                          "records/abc.json": '{"record": {}}', "csw/records.db": "SQLite", "csw/pycsw.cfg": "[server]",
                          "csw/gunicorn.log": "log", "projet.qgs": "<qgis/>", "sdi.json": "{}",
                          local.MARKER: "x", "data/.cache.gpkg": "x", "schemas/pistes.schema.json": '{"fields": []}',
                          "schemas/notes.txt": "x"}.items():
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_text(content, encoding="utf-8")
    secret = tmp_path / "secret.gpkg"
    secret.write_text("outside", encoding="utf-8")
    os.symlink(secret, folder / "data" / "lien.gpkg")
    port = free_port()
    server = processes.spawn([sys.executable, "-m", "passerelle.sdi.file_server", str(port), str(folder)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=os.getcwd())
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            requests.get(url + "/", timeout=1)
            break
        except requests.ConnectionError:
            time.sleep(0.05)
    yield url
    processes.stop(server)


@pytest.mark.parametrize("path", ["/catalogue.ttl", "/catalogue.jsonld", "/data/arrets_bus.gpkg", "/records/abc.xml",
                                  "/schemas/pistes.schema.json", "/records/../schemas/pistes.schema.json"])
def test_the_published_files_are_served(served, path):
    answer = requests.get(served + path, timeout=5)
    assert answer.status_code == 200 and answer.content


@pytest.mark.parametrize("path", ["/csw/records.db", "/csw/pycsw.cfg", "/csw/gunicorn.log", "/projet.qgs", "/sdi.json",
                                  "/records/abc.json", "/data/", "/records/", "/csw/", "/data/.cache.gpkg",
                                  f"/{local.MARKER}", "/data/lien.gpkg", "/data/../csw/records.db",
                                  "/data/%2e%2e/csw/records.db", "/..%2fsecret.gpkg", "//etc/passwd", "/schemas/",
                                  "/schemas/notes.txt", "/schemas/../csw/records.db", "/records/../../secret.gpkg"])
def test_nothing_else_of_the_folder_is(served, path):
    answer = requests.get(served + path, timeout=5)
    assert answer.status_code == 404 and b"SQLite" not in answer.content and b"outside" not in answer.content


def test_the_file_server_answers_its_own_host_only(served):
    port = served.rsplit(":", 1)[1]
    assert requests.get(served + "/catalogue.ttl", headers={"Host": f"localhost:{port}"}, timeout=5).ok
    rebound = requests.get(served + "/catalogue.ttl", headers={"Host": f"attaquant.example:{port}"}, timeout=5)
    assert rebound.status_code == 403 and b"dcat" not in rebound.content
    assert requests.post(served + "/catalogue.ttl", data=b"x", timeout=5).status_code in (405, 501)


# -- the catalogue guard (the WSGI wrapper around pycsw; the real pycsw is in tests/servers) -------------

def _call(app, method="GET", query="", host="127.0.0.1:8000", token=None):
    environ = {"REQUEST_METHOD": method, "QUERY_STRING": query, "HTTP_HOST": host}
    if token is not None:
        environ["HTTP_X_PASSERELLE_TOKEN"] = token
    status = []
    body = b"".join(app(environ, lambda s, headers: status.append(s)))
    return status[0], body


def test_the_guard_lets_reads_through_and_writes_only_with_the_run_token():
    pycsw = lambda environ, start: (start("200 OK", []), [b"pycsw"])[1]  # noqa: E731
    app = csw_guard.guard(pycsw, "le-jeton", 8000)
    assert _call(app, query="service=CSW&request=GetCapabilities") == ("200 OK", b"pycsw")
    assert _call(app, "POST", token="le-jeton") == ("200 OK", b"pycsw")
    for refused in (_call(app, "POST"), _call(app, "POST", token="autre"), _call(app, "POST", token=""),
                    _call(app, query="request=Harvest&source=http://evil"),
                    _call(app, query="REQUEST=transaction"), _call(app, "PUT", token="x"),
                    _call(app, host="evil.example:8000", query="request=GetCapabilities"),
                    _call(app, "POST", host="127.0.0.1:9999", token="le-jeton")):
        assert refused[0].startswith("403") and b"ExceptionReport" in refused[1] and b"pycsw" not in refused[1]
    assert _call(csw_guard.guard(pycsw, "", 8000), "POST", token="")[0].startswith("403")  # no token: no write


# -- the folder --------------------------------------------------------------------------------------

def test_the_sdi_takes_only_a_folder_of_its_own(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "Documents").mkdir(parents=True)
    for refused in (tmp_path / "home", tmp_path, "/"):  # the home folder, what holds it, the root
        with pytest.raises(PasserelleError) as caught:
            local.claim(str(refused))
        assert caught.value.code == "sdi.folder"
    assert not (tmp_path / "home" / local.MARKER).exists() and not (tmp_path / local.MARKER).exists()
    (tmp_path / "home" / "Documents" / "rapport.odt").write_text("x", encoding="utf-8")
    with pytest.raises(PasserelleError):
        local.claim(str(tmp_path / "home" / "Documents"))
    local.claim(str(tmp_path / "new" / "idg"))  # made and marked
    assert (tmp_path / "new" / "idg" / local.MARKER).is_file()
    local.claim(str(tmp_path / "new" / "idg"))  # its own: taken again
    (tmp_path / "empty").mkdir()
    local.claim(str(tmp_path / "empty"))
    legacy = tmp_path / "ancienne"
    (legacy / "csw").mkdir(parents=True)
    (legacy / "sdi.json").write_text("{}", encoding="utf-8")
    local.claim(str(legacy))  # made by an earlier version: recognised and marked
    assert (legacy / local.MARKER).is_file()
    local.claim(str(tmp_path / "pas-encore"), create=False)  # a dry run creates nothing
    assert not (tmp_path / "pas-encore").exists()


# -- child servers ---------------------------------------------------------------------------------------

def test_child_servers_never_hold_the_master_password_nor_other_secrets(monkeypatch):
    monkeypatch.setenv("PASSERELLE_AUTH_MASTER_PASSWORD", "Canary-Master-1")
    monkeypatch.setenv("CKAN_API_TOKEN", "Canary-Token-2")
    monkeypatch.setenv("PGPASSWORD", "Canary-Pg-3")
    child = processes.spawn([sys.executable, "-c", "import os, sys; sys.stdout.write(repr(dict(os.environ)))"],
                            stdout=subprocess.PIPE, text=True)
    shown, _ = child.communicate(timeout=30)
    processes.stop(child)
    assert "Canary-" not in shown and processes.RUN_VARIABLE in shown and "PATH" in shown
    kept = processes.child_environment(keep_secrets=("CKAN_API_TOKEN",))
    assert kept["CKAN_API_TOKEN"] == "Canary-Token-2" and "PASSERELLE_AUTH_MASTER_PASSWORD" not in kept
