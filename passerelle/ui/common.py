"""What every Passerelle window shares: translation, messages, background tasks, settings.

Widgets stay thin: they read and write through :mod:`passerelle.api`; this module
only carries the plumbing around those calls (French messages to the message bar
and the log panel, ``QgsTask`` wrappers so that long calls never freeze QGIS).
"""
from __future__ import annotations

import traceback

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsSettings, QgsTask
from qgis.PyQt.QtCore import QCoreApplication, QObject

LOG_TAG = "Passerelle"
SETTINGS_PREFIX = "passerelle/"


def tr(text: str) -> str:
    return QCoreApplication.translate("Passerelle", text)


def tr_noop(text: str) -> str:
    """Marks a literal for translation where it is defined; tr() translates it where shown."""
    return text


def language() -> str:
    """"fr" when the French translation is active, else "en".

    Asking the translator rather than the locale keeps the API messages we show
    (``message_fr`` / ``message_en``) in the same language as the widgets around them.
    """
    return "fr" if tr("en") == "fr" else "en"


def error_text(error: BaseException) -> str:
    """What a person reads about an error: the API's message in the UI language, never a traceback."""
    if hasattr(error, "message"):
        try:
            return error.message(language())
        except TypeError:
            pass
    return str(error) or type(error).__name__


def log(message: str, level=Qgis.Info) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def notify(iface, message: str, level=Qgis.Info, duration: int = 8) -> None:
    """Message bar (when QGIS has one) and log panel, both under the "Passerelle" tag."""
    log(message, level)
    bar = iface.messageBar() if iface is not None else None
    if bar is not None:
        bar.pushMessage(LOG_TAG, message, level=level, duration=duration)


def settings() -> QgsSettings:
    """Where Passerelle's choices are kept (keys under ``passerelle/``); tests point it elsewhere."""
    return QgsSettings()


def setting_list(key: str) -> list:
    value = settings().value(SETTINGS_PREFIX + key, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in (value or []) if str(v)]


def set_setting_list(key: str, values) -> None:
    settings().setValue(SETTINGS_PREFIX + key, list(values))


def setting(key: str, default: str = "") -> str:
    value = settings().value(SETTINGS_PREFIX + key, default)
    return "" if value is None else str(value)


def set_setting(key: str, value: str) -> None:
    if value:
        settings().setValue(SETTINGS_PREFIX + key, value)
    else:
        settings().remove(SETTINGS_PREFIX + key)


# -- background work --------------------------------------------------------------------------

_running = set()  # a QgsTask without a Python reference is garbage-collected mid-run


class Task(QgsTask):
    """Runs ``work(task)`` in a QGIS background thread, then ``done(task)`` on the main thread.

    ``task.result`` holds what ``work`` returned, ``task.error`` what it raised; ``work``
    reports progress with ``task.setProgress`` and stops early when ``task.isCanceled()``.
    """

    def __init__(self, description: str, work, done, can_cancel: bool = True):
        super().__init__(description, QgsTask.CanCancel if can_cancel else QgsTask.Flags())
        self.work = work
        self.done = done
        self.result = None
        self.error = None
        self.details = ""

    def run(self):
        try:
            self.result = self.work(self)
        except Exception as error:  # shown to the person by done(); details go to the log
            self.error = error
            self.details = traceback.format_exc()
            return False
        return True

    def finished(self, ok):
        from qgis.PyQt import sip

        _running.discard(self)
        if self.error is not None and not hasattr(self.error, "message_fr"):
            log(self.details, Qgis.Critical)  # an unexpected failure: keep the trace for support
        owner = getattr(self.done, "__self__", None)
        try:
            if owner is None or not isinstance(owner, QObject) or not sip.isdeleted(owner):
                self.done(self)  # the window that asked may have been closed for good (plugin unloaded)
        finally:
            self.work = self.done = None


def start(task: Task) -> Task:
    _running.add(task)
    QgsApplication.taskManager().addTask(task)
    return task


def running_tasks() -> int:
    return len(_running)
