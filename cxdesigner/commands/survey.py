"""Adding survey answers to touchpoints: one undoable step for a whole CSV import."""

from __future__ import annotations

from ..metrics.survey_csv import SurveyAnswers, merged_counts
from ..model.entities import JourneyMap
from ..model.operations import Batch, SetFields
from .command import Command


def add_survey_answers(m: JourneyMap, answers: SurveyAnswers) -> Command:
    ops = []
    for tp in m.touchpoints():
        values = {}
        if tp.id in answers.nps:
            values["nps"] = merged_counts(tp.nps, answers.nps[tp.id])
        if tp.id in answers.ces:
            values["ces"] = merged_counts(tp.ces, answers.ces[tp.id])
        if values:
            ops.append(SetFields("touchpoint", tp.id, values))
    return Command(f"Import {answers.rows} survey answers", Batch(tuple(ops)))
