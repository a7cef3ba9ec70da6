"""Accuracy gate: the pipeline scored against corpus/gold with the SPEC scoring.

A change that costs accuracy on any field fails here, naming the field and the
misses, before it reaches a snapshot diff. The bars sit below today's scores
(README "Accuracy") so that they catch regressions, not noise.
"""
import pytest

from pipeline.evaluate import format_misses, load_gold, score_frames
from pipeline.tables import build_tables
from tests.conftest import CORPUS

MEETING_BAR = 0.97  # one miss in 35 notices still passes
SET_BARS = {"persons": 0.97, "agenda": 0.97, "decisions": 0.93, "dates": 0.97, "flags": 0.95}


@pytest.fixture(scope="module")
def scores(corpus_run):
    tables = build_tables(list(corpus_run.values()), [])
    return score_frames(load_gold(CORPUS / "gold"), {name: t.to_pandas() for name, t in tables.items()})


def test_every_gold_notice_is_scored(scores):
    assert len(scores.notices) == len(list((CORPUS / "gold").glob("*.json"))) == 37


@pytest.mark.parametrize("field", ["meeting_kind", "committee_name", "session_no", "session_year_be", "meeting_date",
                                   "weekday_stated", "mode", "venue", "chair_name", "session_total"])
def test_meeting_field_accuracy(scores, field):
    acc = scores.meeting[field]
    assert acc.accuracy >= MEETING_BAR, f"{field}: {acc.accuracy:.3f}\n" + format_misses(scores)


@pytest.mark.parametrize("field", sorted(SET_BARS))
def test_set_field_f1(scores, field):
    s = scores.sets[field]
    assert s.f1 >= SET_BARS[field], f"{field}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}\n" + format_misses(scores)
