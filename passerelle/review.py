"""The administrators' review of what agents submit: the queue and the decisions.

Where a profile asks for review, a publication does not go public at once: GeoNetwork records get
the workflow status *submitted*, CKAN and udata datasets are created private with a review mark.
Administrators see what awaits them (:func:`queue`), each submission with its author organisation,
its date and the check report of the record as received (the checks that need no data, under the
profile's rules), then approve or reject it (:func:`decide`). The agent reads the decision and the
reviewer's comment with ``api.publication_status(..., live=True)`` (``"review"`` of each target).

    >>> from passerelle import api
    >>> for submission in api.review_queue("ideo-bfc"):
    ...     print(submission.title, submission.organisation, submission.submitted, len(submission.errors))
    >>> api.review(submission.identifier, "ideo-bfc", decision="reject",
    ...            comment="Le résumé ne dit pas d'où viennent les données.")

Nothing here imports Qt or QGIS.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .catalogue.errors import PasserelleError
from .catalogue.findings import ERROR, WARNING, Finding

DECISIONS = ("approve", "reject")
COMMENT_MAX = 2000  # characters: a reviewer's comment is a few sentences


@dataclass
class Submission:
    """One record awaiting review on one target."""

    identifier: str  # the record's stable identifier (Passerelle's)
    target: str  # the profile target holding it
    title: str = ""
    organisation: str = ""  # the author organisation (the record's producer, else the portal's organisation)
    author: str = ""  # the account that submitted, when the target says
    submitted: str = ""  # when (ISO 8601, as the target gives it)
    url: str = ""  # where to read it on the target
    ids: dict = field(default_factory=dict)  # the target's ids (uuid, dataset id…)
    record: object = None  # the Record as received (None when it could not be read)
    findings: list = field(default_factory=list)  # the check report of that record

    @property
    def errors(self) -> list:
        return [f for f in self.findings if f.severity == ERROR]

    @property
    def warnings(self) -> list:
        return [f for f in self.findings if f.severity == WARNING]

    @property
    def extent(self) -> Optional[tuple]:
        """(west, south, east, north) in WGS84 degrees, None when the record has no usable extent."""
        extent = getattr(self.record, "extent", None)
        if extent is None or not extent.is_geographic():
            return None
        return (extent.west, extent.south, extent.east, extent.north)


@dataclass
class Decision:
    """What one target holds after a decision."""

    identifier: str
    target: str
    decision: str  # "approve" or "reject"
    comment: str
    status: dict  # the target's status afterwards (``"review"``: state, comment, date, by)

    @property
    def state(self) -> str:
        return ((self.status or {}).get("review") or {}).get("state", "")


def reviewing_publishers(context, targets=None) -> list:
    """The publishers of the profile's targets that hold submissions (GeoNetwork, CKAN, udata under review)."""
    chosen = [p for p in context.publishers(targets) if getattr(p, "reviews", False) and p.settings.get("review")]
    if not chosen:
        rules = context.profile
        raise PasserelleError(
            f"Le profil « {rules.name} » ne soumet rien à relecture : aucune de ses cibles GeoNetwork, CKAN ou udata "
            "n'a « review »: true.",
            f"Profile '{rules.name}' sends nothing to review: none of its GeoNetwork, CKAN or udata targets has "
            "\"review\": true.", code="review.none")
    return chosen


def queue(context, targets=None) -> list:
    """Every submission awaiting review on the profile's targets, oldest first, each with its check report."""
    from .catalogue.checks import check_layer

    rules = context.check_context()
    found = []
    for publisher in reviewing_publishers(context, targets):
        for item in publisher.submissions():
            submission = Submission(identifier=item["identifier"], target=publisher.name, title=item.get("title", ""),
                                    organisation=item.get("organisation", ""), author=item.get("author", ""),
                                    submitted=str(item.get("submitted") or ""), url=item.get("url", ""),
                                    ids=dict(item.get("ids") or {}))
            try:
                submission.record = _received(item, context.vocabularies)
            except PasserelleError as error:
                submission.findings = [Finding(error.code or "review.unreadable", ERROR, submission.title or
                                               submission.identifier, error.message_fr, error.message_en)]
                found.append(submission)
                continue
            record = submission.record
            submission.title = submission.title or record.title
            submission.organisation = record.producer.organisation or record.contact.organisation or \
                submission.organisation
            not_carried = set(item.get("not_carried") or ())
            submission.findings = [f for f in check_layer(record, None, rules)
                                   if not (f.code == "metadata.required" and f.field in not_carried)]
            found.append(submission)
    return sorted(found, key=lambda s: (s.submitted, s.target, s.title))


def _received(item: dict, vocabularies):
    """The record of a submission: decoded from its ISO 19139 XML, or as the portal's dataset carries it."""
    if item.get("xml") is not None:
        from .catalogue.encoders.iso19139_read import decode

        return decode(item["xml"], vocabularies)
    if item.get("record") is not None:
        return item["record"]
    raise PasserelleError("La soumission ne porte pas de fiche lisible.", "The submission carries no readable record.",
                          code="review.unreadable")


def decide(context, identifier: str, decision: str, comment: str = "", targets=None) -> list:
    """Approve or reject ``identifier`` on every reviewing target that holds it; returns a :class:`Decision` each.

    A rejection needs a comment: it is what the author reads. A target that does not hold the record
    is skipped; none holding it raises ``review.not-found``.
    """
    from .catalogue.identifiers import validate as validate_identifier
    from .publishers.http import PublishError

    decision = (decision or "").strip().lower()
    if decision not in DECISIONS:
        raise PasserelleError(f"Décision inconnue « {decision} » : « approve » (approuver) ou « reject » (refuser).",
                              f"Unknown decision '{decision}': 'approve' or 'reject'.", code="review.decision")
    comment = (comment or "").strip()
    if decision == "reject" and not comment:
        raise PasserelleError(
            "Un refus doit être motivé : écrivez ce que l'auteur doit corriger, c'est le message qu'il lira.",
            "A rejection needs a comment: it is what the author reads.", code="review.comment-required")
    if len(comment) > COMMENT_MAX:
        raise PasserelleError(f"Le commentaire dépasse {COMMENT_MAX} caractères.",
                              f"The comment is longer than {COMMENT_MAX} characters.", code="review.comment-too-long")
    validate_identifier(identifier)
    done, missing = [], []
    for publisher in reviewing_publishers(context, targets):
        try:  # the reviewer's machine has no registry of the author's publications: found by identifier
            status = publisher.review(identifier, {}, decision, comment)
        except PublishError as error:
            if error.code == "review.not-found":
                missing.append(publisher.name)
                continue
            raise
        done.append(Decision(identifier, publisher.name, decision, comment, status))
    if not done:
        raise PasserelleError(
            f"Aucune cible ({', '.join(missing)}) ne détient la fiche {identifier} : elle a peut-être été retirée "
            "par son auteur.", f"No target ({', '.join(missing)}) holds record {identifier}.", code="review.not-found")
    return done
