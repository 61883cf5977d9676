"""Stopping the servers the local SDI starts."""
from __future__ import annotations

import signal
import subprocess


def terminate(process: subprocess.Popen, timeout: float = 15.0):
    """SIGTERM, wait up to ``timeout``, SIGKILL if it hangs; returns the exit code."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)
    return process.returncode
