"""The one small interface every publication target implements (targets come with the publishing issues)."""
from __future__ import annotations

import abc


class Publisher(abc.ABC):
    """A publication target: check, publish, unpublish, status — all idempotent per record identifier."""

    kind = "open"  # "open", "restricted" or "internal": what the policy checks compare against

    @abc.abstractmethod
    def check(self, package) -> list:
        """Findings that would block publishing ``package`` to this target."""

    @abc.abstractmethod
    def publish(self, package) -> dict:
        """Create or update the target's copy of ``package``; returns ids and URLs."""

    @abc.abstractmethod
    def unpublish(self, identifier: str) -> None:
        """Remove exactly what :meth:`publish` created for ``identifier``."""

    @abc.abstractmethod
    def status(self, identifier: str) -> dict:
        """What the target currently holds for ``identifier``."""
