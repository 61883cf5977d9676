"""What a batch of API calls shares: the profile read once, its vocabularies parsed once, the
publication registry and the HTTP clients the publishers talk through.

    >>> from passerelle import api
    >>> context = api.context("ideo-bfc")        # the profile is read and validated here, once
    >>> api.check(layers, context=context)       # vocabularies loaded on first use, then kept
    >>> api.publish(layers, context=context)     # same profile, vocabularies and registry

Every ``api`` function builds one when none is given, so one call reads its profile once and
parses its vocabularies at most once. A context looks at its vocabulary sources once (URL
sources are revalidated with ETag / Last-Modified, the offline cache as fallback): build a new
one to see a source or a profile that changed since. One context may serve several threads (the
panel's background checks). Nothing here imports Qt or QGIS at import time; credentials come from
QGIS's authentication manager unless ``credentials_for`` says otherwise.
"""
from __future__ import annotations

import datetime as _dt
import glob
import os
import threading
from typing import Callable, Optional

from .catalogue.errors import PasserelleError


def data_dir() -> str:
    """Where Passerelle keeps registries and publication packages (``$PASSERELLE_DATA_DIR``)."""
    return os.path.expanduser(os.environ.get("PASSERELLE_DATA_DIR") or
                              os.path.join(os.environ.get("XDG_DATA_HOME") or "~/.local/share", "passerelle"))


class Context:
    """One profile and what goes with it, built once (see the module's documentation).

    ``profile``: a shipped or user profile name, a JSON file path, a dict or a loaded
    :class:`~passerelle.catalogue.profile.Profile` (None: the default rules).
    ``offline``: URL vocabulary sources are read from their cache only, never fetched.
    """

    def __init__(self, profile=None, *, credentials_for: Optional[Callable] = None, offline: bool = False,
                 cache_dir: Optional[str] = None):
        from .catalogue.profile import Profile

        self.profile = Profile.load(profile)
        self.offline = offline
        self.cache_dir = cache_dir
        self._credentials_for = credentials_for
        self._vocabularies = None
        self._registry = None
        self._registries = None
        self._network = None
        self._lock = threading.RLock()
        self._profile_revalidated = False
        self.profile_update = None  # what revalidate_profile() found (a ProfileUpdate), None before or for files

    def __repr__(self) -> str:
        return f"<Context profile={self.profile.name!r}>"

    def matches(self, profile) -> bool:
        """Whether ``profile`` (as the API takes it) names this context's profile."""
        from .catalogue.profile import Profile

        if profile is None or profile is self.profile:
            return True
        if isinstance(profile, Profile):
            return profile.name == self.profile.name
        if isinstance(profile, dict):
            return str(profile.get("name", "default")) == self.profile.name
        return os.fspath(profile) in (self.profile.source, self.profile.name)

    # -- the profile's own source ---------------------------------------------------------------
    def revalidate_profile(self, network: bool = True):
        """A profile downloaded from a URL is checked against its portal, once per context (a conditional
        GET with the cached copy's ETag / Last-Modified): a new version replaces the copy and is used from
        now on. Returns the :class:`~passerelle.catalogue.profile_sources.ProfileUpdate` (also kept as
        ``profile_update``), None for a profile that did not come from a URL. ``network=False`` (and an
        ``offline`` context) keeps the cached copy without asking. ``api.check``, ``api.publish`` and
        ``api.review_queue`` call it; building a context never touches the network.
        """
        with self._lock:
            if self._profile_revalidated:
                return self.profile_update
            self._profile_revalidated = True
            if not network or self.offline or not self.profile.source:
                return None
            from .catalogue import profile_sources
            from .catalogue.profile import Profile, path_of

            path = path_of(self.profile.source)
            if profile_sources.source_of(path) is None:
                return None
            update = profile_sources.revalidate(path, self.network.revalidate)
            self.profile_update = update
            if update is not None and update.changed:
                reload = self.profile.reload or (lambda: Profile.load(path))
                self.profile = reload()
                self._vocabularies = None  # the new version may name other vocabulary sources
            return update

    # -- vocabularies and checks ----------------------------------------------------------------
    @property
    def vocabularies(self):
        """The shipped vocabularies with the profile's sources merged over them, loaded once."""
        with self._lock:
            if self._vocabularies is None:
                from .catalogue import vocabularies as shipped_vocabularies

                sources = self.profile.vocabulary_sources
                if not sources:
                    self._vocabularies = shipped_vocabularies.shipped()
                else:
                    from .catalogue import vocabulary_sources

                    self._vocabularies = vocabulary_sources.load(sources, cache_dir=self.cache_dir,
                                                                 offline=self.offline, fetch=self.network.revalidate)
            return self._vocabularies

    def check_context(self, targets=(), today: Optional[_dt.date] = None, formats=(), base_url: str = ""):
        """The checks' view of this profile: its rules and vocabularies, plus the run's target kinds and formats
        (and the public address of an export: ``base_url``, else the profile's ``export.base_url``)."""
        from .catalogue import schemas
        from .catalogue.checks.context import CheckContext

        rules = self.profile
        return CheckContext(vocabularies=self.vocabularies, today=today or _dt.date.today(),
                            territory=rules.territory, required_fields=rules.required_fields,
                            target_kinds=tuple(rules.target_kinds) + tuple(targets),
                            resolve_schema=schemas.resolve, formats=tuple(formats),
                            organisation=dict(rules.organisation or {}),
                            export_base_url=(base_url or rules.export.get("base_url") or "").strip())

    # -- publication registry -------------------------------------------------------------------
    def registry_path(self, profile_name: str = "") -> str:
        return os.path.join(data_dir(), "publications", f"{profile_name or self.profile.name}.json")

    def registry(self):
        """The profile's publication registry; read again when another context wrote it since."""
        from .publishers.registry import Registry

        with self._lock:
            if self._registry is None or self._registry.path != self.registry_path() or \
                    self._registry.changed_on_disk():
                self._registry = Registry(self.registry_path())
            return self._registry

    def planned_registry(self):
        """A dry run's registry: reads the real file, keeps the run's writes in memory."""
        from .publishers.registry import PlannedRegistry

        return PlannedRegistry(self.registry_path())

    def registries(self) -> dict:
        """Every profile's publication registry that exists, by profile name; each file is read again
        only when it changed since this context read it."""
        from .publishers.registry import Registry

        with self._lock:
            known, found = self._registries or {}, {}
            for path in sorted(glob.glob(os.path.join(data_dir(), "publications", "*.json"))):
                name = os.path.splitext(os.path.basename(path))[0]
                if path == self.registry_path():
                    found[name] = self.registry()
                elif name in known and known[name].path == path and not known[name].changed_on_disk():
                    found[name] = known[name]
                else:
                    found[name] = Registry(path)
            self._registries = found
            return found

    # -- publishers and their HTTP clients ------------------------------------------------------
    def credentials(self, authcfg: str):
        """The credentials of a QGIS authentication configuration id (never stored in the context)."""
        if self._credentials_for is None:
            from .qgis_io.auth import credentials

            return credentials(authcfg)
        return self._credentials_for(authcfg)

    @property
    def network(self):
        """The network layer (:func:`passerelle.network.default`: QGIS's proxy and CAs in QGIS, the
        environment's headless), read once for the context."""
        with self._lock:
            if self._network is None:
                from . import network

                self._network = network.default()
            return self._network

    def http_client(self, base_url: str, *, target: str, credentials=None, timeout: float = 30,
                    retries: int = 3, verify_tls: bool = True, dry_run: bool = False, direct: bool = False):
        """The HTTP client a publisher talks to ``base_url`` through (one per publisher); ``direct``
        for Passerelle's own servers on this machine, which no proxy can reach."""
        from .publishers.factory import client_maker

        return client_maker(self.network)(base_url, target=target, credentials=credentials, timeout=timeout,
                                          retries=retries, verify_tls=verify_tls, dry_run=dry_run, direct=direct)

    def publishers(self, targets=None, dry_run: bool = False) -> list:
        """One publisher per chosen target of the profile (all when None), its client from :meth:`http_client`."""
        from .publishers import factory

        return factory.build(self.profile, targets, credentials_for=self.credentials, dry_run=dry_run,
                             http_client=self.http_client)


def resolve(profile=None, context: Optional[Context] = None) -> Context:
    """``context`` when given (``profile`` must then be None or name the same profile), else a new one."""
    if context is None:
        return Context(profile)
    if not context.matches(profile):
        raise PasserelleError(
            f"Le profil donné ne correspond pas à celui du contexte (« {context.profile.name} ») : "
            "donnez l'un ou l'autre.",
            f"The profile given does not match the context's ('{context.profile.name}'): give one or the other.",
            code="api.context-profile")
    return context
