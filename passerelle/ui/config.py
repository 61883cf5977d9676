"""The agent's Passerelle settings (QgsSettings under ``passerelle/``) and the profile they make.

Kept: the portal profile files added by the agent (``profiles``), the profile in
use (``current_profile``), extra vocabulary sources (``vocabulary_sources``) and,
per profile target, the id of a QGIS authentication configuration
(``authcfg/<profile>/<target>``) — an id only, never a secret.

:func:`effective_profile` is what the windows hand to the API: the chosen
profile with those settings applied. URL vocabulary sources are given as their
cached copies once the cache holds them, so that tagging and checking never wait
for the network; « Rafraîchir le cache » in the settings fetches them again in
the background.
"""
from __future__ import annotations

import os

from .common import set_setting, set_setting_list, setting, setting_list, tr

PROFILES = "profiles"
CURRENT_PROFILE = "current_profile"
VOCABULARY_SOURCES = "vocabulary_sources"


def profile_files() -> list:
    return setting_list(PROFILES)


def add_profile_file(path: str) -> None:
    files = profile_files()
    if path not in files:
        set_setting_list(PROFILES, files + [path])


def remove_profile_file(path: str) -> None:
    set_setting_list(PROFILES, [p for p in profile_files() if p != path])


def current_profile() -> str:
    return setting(CURRENT_PROFILE)


def set_current_profile(value: str) -> None:
    set_setting(CURRENT_PROFILE, value)


def profile_choices() -> list:
    """(value, text) of every profile the agent may pick: none, shipped ones, added files."""
    from ..catalogue.profile import Profile, shipped_profiles

    choices = [("", tr("No profile (default rules)"))]
    for name in shipped_profiles():
        choices.append((name, tr("{} (shipped)").format(name)))
    for path in profile_files():
        try:
            loaded = Profile.load(path)
            source = profile_source(path)
            where = tr("from {}").format(source["url"]) if source else os.path.basename(path)
            text = f"{loaded.name} {loaded.version}".strip() + f" — {where}"
        except Exception:
            text = tr("{} (unreadable)").format(os.path.basename(path))
        choices.append((path, text))
    return choices


def profile_source(path: str):
    """Where a profile file was downloaded from (``url``, ``version``…), None for a file the agent added."""
    from ..catalogue import profile_sources

    return profile_sources.source_of(path)


def vocabulary_sources() -> list:
    return setting_list(VOCABULARY_SOURCES)


def set_vocabulary_sources(sources) -> None:
    set_setting_list(VOCABULARY_SOURCES, sources)


def authcfg_key(profile_name: str, target: str) -> str:
    return f"authcfg/{profile_name}/{target}"


def authcfg(profile_name: str, target: str) -> str:
    return setting(authcfg_key(profile_name, target))


def set_authcfg(profile_name: str, target: str, config_id: str) -> None:
    set_setting(authcfg_key(profile_name, target), config_id)


def _usable_source(source: str, cached: dict) -> str:
    return cached.get(source, source)


def effective_profile(value: str = ""):
    """The profile to hand to the API (a ``Profile``), or None for the default rules without extra sources."""
    from ..catalogue import vocabulary_sources as sources_module
    from ..catalogue.profile import Profile

    extra = vocabulary_sources()
    if not value and not extra:
        return None
    profile = Profile.load(value or None)
    cached = {entry.get("url"): entry.get("path") for entry in sources_module.cached_sources()
              if entry.get("path") and os.path.exists(entry["path"])}
    profile.vocabulary_sources = [_usable_source(s, cached) for s in list(profile.vocabulary_sources) + extra]
    for target, target_settings in profile.targets.items():
        chosen = authcfg(profile.name, target)
        if chosen:
            target_settings["authcfg"] = chosen
    profile.reload = lambda: effective_profile(value)  # a new version from the profile's URL: same settings on top
    return profile


def profiles_folder() -> str:
    """Where profiles downloaded from a URL are kept (the user's Passerelle folder)."""
    from .. import api

    return os.path.join(api.data_dir(), "profiles")

