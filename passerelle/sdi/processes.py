"""Child servers that die with their parent.

Every server Passerelle starts (pycsw, qgis_mapserver, the file server; the test servers too)
goes through :func:`spawn`, which makes sure it cannot outlive the process that started it:

- **parent-death signal** (Linux ``prctl(PR_SET_PDEATHSIG)``): the kernel signals the server when
  its parent dies, even by ``kill -9`` or a crash. The signal fires when the *thread* that forked
  exits, not the process: a server started from a ``QgsTask`` worker would be killed as soon as
  QGIS retires that thread. So every fork happens on one long-lived thread of our own. The signal
  reaches the server itself, which stops its own children: gunicorn's master stops its workers
  (which also ask for the signal themselves, see pycsw_server.py), PostgreSQL's children follow
  their postmaster;
- **its own process group** (new session): :func:`stop` signals the server, then kills whatever
  is left of its group (gunicorn's workers); Ctrl-C in a terminal reaches the parent only, which
  then stops its servers in order;
- **stopped at exit** (``atexit``): :func:`stop_all` stops what is still running;
- **without secrets**: a server has no use for Passerelle's secrets; the master password of QGIS's
  authentication database (``PASSERELLE_AUTH_MASTER_PASSWORD``) and any variable named like a
  password, token or key are left out of its environment (:func:`child_environment`), so a server
  (or whoever can read its ``/proc/PID/environ``) never holds them;
- **tagged**: the ``PASSERELLE_SPAWNED_BY`` environment variable names the run that started it
  (:func:`begin_run`), so a test session or ``make`` can prove afterwards that nothing it started
  survives (:func:`survivors`; ``python -m passerelle.sdi.processes --survivors TAG``).

Standard library only: the test support servers use it too. Elsewhere than on Linux, only the
stop at exit remains (no parent-death signal).
"""
from __future__ import annotations

import atexit
import os
import queue
import re
import secrets
import signal
import subprocess
import sys
import threading
import time

RUN_VARIABLE = "PASSERELLE_SPAWNED_BY"
#: Never passed to a child server (see :func:`child_environment`).
SECRET_VARIABLES = ("PASSERELLE_AUTH_MASTER_PASSWORD", "QGIS_AUTH_PASSWORD_FILE")
_SECRET_NAME = re.compile(r"(?i)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|AUTH_?KEY|CREDENTIAL)")
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>

_children: list = []
_children_lock = threading.Lock()


# -- starting ---------------------------------------------------------------------------------------

def spawn(command, *, death_signal: int = signal.SIGTERM, stop_signal: int = signal.SIGTERM, env=None,
          keep_secrets=(), **popen_options) -> subprocess.Popen:
    """``subprocess.Popen(command, ...)`` for a server that dies with this process.

    ``death_signal`` is what the server receives when this process dies, ``stop_signal`` what
    :func:`stop` sends first (PostgreSQL stops fast on SIGINT). ``env`` (default: ours) loses its
    secrets but the variables named in ``keep_secrets`` (see :func:`child_environment`). Other
    keywords go to ``Popen`` (``user=`` works: the parent-death signal is set after the change of
    user, which would clear it).

    >>> server = spawn(["python3", "-m", "http.server", "8000"], stdout=subprocess.DEVNULL)
    >>> stop(server)
    """
    options = dict(popen_options, env=child_environment(env, keep_secrets), start_new_session=True,
                   preexec_fn=_dies_with(os.getpid(), death_signal))
    process = _SPAWNER.call(lambda: subprocess.Popen(command, **options))
    process.stop_signal = stop_signal
    with _children_lock:
        _children.append(process)
    return process


def child_environment(env=None, keep_secrets=()) -> dict:
    """``env`` (default: ours) tagged (:func:`tagged_environment`) and without its secrets: the variables of
    :data:`SECRET_VARIABLES` and those named like a password, token or key, but those in ``keep_secrets``
    (a test server given its own password on purpose)."""
    env = tagged_environment(env)
    for name in list(env):
        if name not in keep_secrets and (name in SECRET_VARIABLES or _SECRET_NAME.search(name)):
            del env[name]
    return env


def tagged_environment(env=None) -> dict:
    """``env`` (default: ours) carrying the run tag, so the child can be found again by :func:`survivors`."""
    env = dict(os.environ if env is None else env)
    env.setdefault(RUN_VARIABLE, os.environ.get(RUN_VARIABLE) or f"pid-{os.getpid()}")
    return env


def begin_run(name: str) -> str:
    """Tag what this process (and its children) start from now on with a new run ``name-xxxxxxxx``.

    Runs nest (``make-1a2b/pytest-3c4d``): a survivor of the inner run is one of the outer run too.
    Returns the new tag.
    """
    tag = f"{name}-{secrets.token_hex(4)}"
    outer = os.environ.get(RUN_VARIABLE)
    os.environ[RUN_VARIABLE] = f"{outer}/{tag}" if outer else tag
    return tag


def _dies_with(parent_pid: int, death_signal: int):
    """The ``preexec_fn`` asking the kernel to send ``death_signal`` when the parent dies (Linux only)."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up here: the child only calls it

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, int(death_signal), 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before prctl: no signal will ever come
            os._exit(1)

    return preexec


class _Spawner:
    """Runs every ``Popen`` on one thread that lives as long as the process (see the module docstring)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._requests = None
        self._thread = None
        self._pid = 0

    def call(self, function):
        with self._lock:
            if self._thread is None or not self._thread.is_alive() or self._pid != os.getpid():
                self._requests, self._pid = queue.SimpleQueue(), os.getpid()
                self._thread = threading.Thread(target=self._serve, args=(self._requests,),
                                                name="passerelle-spawner", daemon=True)
                self._thread.start()
            requests = self._requests
        if threading.current_thread() is self._thread:
            return function()
        answer = {}
        done = threading.Event()
        requests.put((function, answer, done))
        done.wait()
        if "error" in answer:
            raise answer["error"]
        return answer["value"]

    @staticmethod
    def _serve(requests) -> None:
        while True:
            function, answer, done = requests.get()
            try:
                answer["value"] = function()
            except BaseException as error:  # handed back to the caller's thread
                answer["error"] = error
            finally:
                done.set()
                del function, answer, done


_SPAWNER = _Spawner()


# -- stopping ---------------------------------------------------------------------------------------

def stop(process: subprocess.Popen, timeout: float = 15.0):
    """Stop a spawned server and everything left in its process group; returns its exit code.

    Its ``stop_signal`` (SIGTERM) first, up to ``timeout`` seconds to exit (gunicorn stops its
    workers, qgis_mapserver takes 1 to 4 s), then SIGKILL to the whole group.
    """
    if process.poll() is None:
        try:
            process.send_signal(getattr(process, "stop_signal", signal.SIGTERM))
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process.pid)
            process.wait(5)
        # Stragglers (a worker that outlived its master). Only now: the group of a leader reaped
        # long ago may be gone and its number taken by another session.
        _kill_group(process.pid)
    with _children_lock:
        if process in _children:
            _children.remove(process)
    return process.returncode


def _kill_group(group: int) -> None:
    if not hasattr(os, "killpg"):  # Windows: no process groups (nor parent-death signal)
        return
    try:
        os.killpg(group, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def running() -> list:
    """The spawned processes still running."""
    with _children_lock:
        return [p for p in _children if p.poll() is None]


def stop_all(timeout: float = 15.0) -> None:
    """Stop every server this process spawned (also run at exit)."""
    with _children_lock:
        children = list(_children)
    for process in reversed(children):  # the last started may depend on the first (CKAN on PostgreSQL)
        stop(process, timeout)


atexit.register(stop_all)


def stop_on_signals(signals=(signal.SIGTERM, signal.SIGHUP)) -> None:
    """For scripts: SIGTERM (and SIGHUP) raise KeyboardInterrupt, so they stop their servers as Ctrl-C does.

    Python's default for SIGTERM ends the process without running ``finally`` or ``atexit``;
    the servers would still die (parent-death signal) but without an orderly stop. Main thread only.
    """
    def interrupt(number, _frame):
        raise KeyboardInterrupt(signal.Signals(number).name)

    for number in signals:
        signal.signal(number, interrupt)


# -- finding survivors ------------------------------------------------------------------------------

def survivors(tag: str, wait: float = 0.0) -> list:
    """Processes tagged with run ``tag`` still alive: ``[(pid, command line)]``.

    This process and its ancestors are left out (they carry the tag of the run they belong to);
    zombies too (dead already). With ``wait``, polls up to that many seconds for them to go
    (a server given SIGTERM by the kernel takes a few seconds to stop).
    """
    deadline = time.monotonic() + wait
    while True:
        found = _tagged(tag)
        if not found or time.monotonic() >= deadline:
            return found
        time.sleep(0.2)


def _tagged(tag: str) -> list:
    mine = _ancestors(os.getpid())
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) in mine:
            continue
        pid = int(name)
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                if handle.read().rsplit(b")", 1)[-1].split()[0] == b"Z":
                    continue
            with open(f"/proc/{pid}/environ", "rb") as handle:
                environ = handle.read().split(b"\0")
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                command = handle.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
        except OSError:  # gone meanwhile, or not ours to read
            continue
        prefix = RUN_VARIABLE.encode() + b"="
        for entry in environ:
            if entry.startswith(prefix) and tag in entry[len(prefix):].decode("utf-8", "replace").split("/"):
                found.append((pid, command))
                break
    return found


def descendants(root: int) -> dict:
    """Live (non-zombie) descendants of process ``root``: ``{pid: command line}``."""
    parents, commands = {}, {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as handle:
                fields = handle.read().rsplit(b")", 1)[-1].split()
            if fields[0] == b"Z":
                continue
            with open(f"/proc/{name}/cmdline", "rb") as handle:
                commands[int(name)] = handle.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
            parents[int(name)] = int(fields[1])
        except (OSError, ValueError, IndexError):
            continue
    found, frontier = {}, {root}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier and pid not in found}
        found.update({pid: commands[pid] for pid in frontier})
    return found


def _ancestors(pid: int) -> set:
    chain = set()
    while pid > 1 and pid not in chain:
        chain.add(pid)
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                pid = int(handle.read().rsplit(b")", 1)[-1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return chain


def kill(pids) -> None:
    """SIGKILL to ``pids`` (survivors found by a check, so they do not stay around)."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def main(argv=None) -> int:
    """``python -m passerelle.sdi.processes --survivors TAG [--wait S]``: exit 1 (and kill them) if any remain."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--survivors", required=True, metavar="TAG", help="run tag (PASSERELLE_SPAWNED_BY)")
    parser.add_argument("--wait", type=float, default=15.0, help="seconds to let stopping servers go")
    parser.add_argument("--label", default="", help="what ran (for the message)")
    options = parser.parse_args(argv)
    found = survivors(options.survivors, wait=options.wait)
    if not found:
        return 0
    what = f" after {options.label}" if options.label else ""
    print(f"{len(found)} process(es) started by run {options.survivors} still running{what}:", file=sys.stderr)
    for pid, command in found:
        print(f"  {pid}  {command[:200]}", file=sys.stderr)
    kill(pid for pid, _command in found)
    return 1


if __name__ == "__main__":
    sys.exit(main())
