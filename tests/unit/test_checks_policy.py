"""policy.status: access level, nature, licence and targets must agree."""
import pytest

from passerelle.catalogue.checks import policy

from support.checks import (CC_BY, CLOSED, ETALAB, FR_LO, ODBL, OPEN, PERSONAL, PROPRIETARY, PUBLIC, SHARED,
                            complete_record, make_context)


def run(vocab, record, targets=()):
    return policy.check(record, None, make_context(vocab, target_kinds=targets), "couche")


def test_personal_data_can_never_have_open_access(vocab):
    findings = run(vocab, complete_record(nature=PERSONAL, access=OPEN, licence=PROPRIETARY))
    assert [(f.code, f.severity, f.field) for f in findings] == [("policy.status", "error", "access")]


@pytest.mark.parametrize("nature, access", [(PERSONAL, CLOSED), (PUBLIC, CLOSED)])
def test_personal_or_closed_data_with_an_open_licence_is_refused(vocab, nature, access):
    findings = run(vocab, complete_record(nature=nature, access=access, licence=ETALAB))
    assert [(f.code, f.severity, f.field) for f in findings] == [("policy.status", "error", "licence")]


@pytest.mark.parametrize("nature, access", [(PERSONAL, CLOSED), (PUBLIC, CLOSED), (PERSONAL, SHARED)])
def test_personal_or_closed_data_headed_for_an_open_target_is_refused(vocab, nature, access):
    findings = run(vocab, complete_record(nature=nature, access=access, licence=PROPRIETARY), targets=("open",))
    assert findings and all(f.severity == "error" for f in findings)
    assert {(f.code, f.field) for f in findings} == {("policy.status", "access")}


def test_closed_data_may_not_leave_for_a_restricted_target_but_may_stay_internal(vocab):
    record = complete_record(access=CLOSED, licence=PROPRIETARY)
    assert len(run(vocab, record, targets=("restricted",))) == 1
    assert run(vocab, record, targets=("internal",)) == []


def test_shared_data_with_an_open_licence_is_refused(vocab):
    findings = run(vocab, complete_record(access=SHARED, licence=ODBL))
    assert [(f.severity, f.field) for f in findings] == [("error", "licence")]


def test_shared_data_headed_for_an_open_target_is_refused(vocab):
    findings = run(vocab, complete_record(access=SHARED, licence=PROPRIETARY), targets=("open", "restricted"))
    assert [(f.severity, f.field) for f in findings] == [("error", "access")]


def test_shared_data_to_a_restricted_target_under_a_closed_licence_passes(vocab):
    assert run(vocab, complete_record(access=SHARED, licence=PROPRIETARY), targets=("restricted",)) == []


@pytest.mark.parametrize("licence", [None, PROPRIETARY])
def test_open_data_without_an_open_licence_is_refused_citing_the_decree(vocab, licence):
    findings = run(vocab, complete_record(access=OPEN, licence=licence))
    assert [(f.severity, f.field) for f in findings] == [("error", "licence")]
    assert "2017-638" in findings[0].message_fr


def test_open_public_data_under_an_open_licence_off_the_decree_list_only_warns(vocab):
    findings = run(vocab, complete_record(access=OPEN, licence=CC_BY))
    assert [(f.severity, f.field) for f in findings] == [("warning", "licence")]


@pytest.mark.parametrize("licence", [ETALAB, ODBL, FR_LO])
def test_open_public_data_under_an_allowed_licence_passes(vocab, licence):
    # Licence Ouverte 1.0 is open; its retirement is vocabulary.deprecated's business.
    assert run(vocab, complete_record(access=OPEN, licence=licence), targets=("open",)) == []


def test_an_unrecognised_licence_is_left_to_the_vocabulary_check(vocab):
    assert run(vocab, complete_record(access=OPEN, licence="Licence Ouverte")) == []
