"""pytest plugin: the session fails when a process it started still runs at its end.

Everything the session starts carries its run tag (``PASSERELLE_SPAWNED_BY``, see
passerelle/sdi/processes.py), inherited by grandchildren: a server orphaned by a ``qgis_process``
or a demo that exited, the child of a killed process. What the session itself still holds is
stopped first, as it would be at exit (the local SDI of the last test, a server a test forgot);
whatever remains after that outlived what started it. It is listed, killed, and fails the session.

tests/conftest.py loads it for every test folder; ``pytest -p support.no_leftover_processes`` elsewhere.
Stopping servers may take a few seconds: survivors get ``PASSERELLE_LEFTOVER_WAIT`` seconds (20) to go.
"""
import os
import sys

from passerelle.sdi import processes

RUN_TAG = processes.begin_run("pytest")  # at import: before anything of the session starts


def pytest_sessionfinish(session, exitstatus):
    if "passerelle.sdi.local" in sys.modules:
        sys.modules["passerelle.sdi.local"].stop_all()
    processes.stop_all()
    found = dict(processes.survivors(RUN_TAG, wait=float(os.environ.get("PASSERELLE_LEFTOVER_WAIT", "20"))))
    found.update(processes.descendants(os.getpid()))  # also a child started with an environment of its own
    if not found:
        return
    processes.kill(found)
    lines = [f"{len(found)} process(es) started by the tests still ran at the end (now killed):"]
    lines += [f"  {pid}  {command[:200]}" for pid, command in sorted(found.items())]
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_sep("=", "processes left running", red=True)
        for line in lines:
            reporter.write_line(line)
    else:
        print("\n".join(lines), file=sys.stderr)
    session.exitstatus = 1
