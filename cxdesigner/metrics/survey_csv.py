"""Read survey answers from CSV: header ``touchpoint,question,score``, one answer per row.

``touchpoint`` is a touchpoint's id or its name (a name shared by several touchpoints must be
given as an id); ``question`` is ``nps`` (score 0–10) or ``ces`` (score 1–5, 1 = much less effort
than expected … 5 = much more). Everything is checked before anything is returned, so a bad file
imports nothing; every problem names its line and column.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from ..model.entities import JourneyMap

MAX_PROBLEMS = 20
HEADER = ["touchpoint", "question", "score"]


class SurveyError(ValueError):
    """``str()`` lists the problems, one per line, each with its line and column."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class SurveyAnswers:
    """Answer counts to add, per touchpoint id."""

    nps: dict[str, list[int]] = field(default_factory=dict)
    ces: dict[str, list[int]] = field(default_factory=dict)
    rows: int = 0


def read_survey_csv(raw: bytes, m: JourneyMap, source: str = "answers") -> SurveyAnswers:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SurveyError([f"{source}: not UTF-8 text (bad byte at position {exc.start})"]) from None
    by_id = {tp.id: tp.id for tp in m.touchpoints()}
    names: dict[str, list[str]] = {}
    for tp in m.touchpoints():
        names.setdefault(tp.name.strip().casefold(), []).append(tp.id)

    reader = csv.reader(io.StringIO(text, newline=""))
    problems: list[str] = []
    answers = SurveyAnswers()
    try:
        header = next(reader, None)
        if header is None or [h.strip().lower() for h in header] != HEADER:
            raise SurveyError([f"{source}: line 1: the header must be exactly: {','.join(HEADER)}"])
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            problem = _read_row(row, line, source, by_id, names, answers)
            if problem:
                problems.append(problem)
                if len(problems) >= MAX_PROBLEMS:
                    problems.append(f"{source}: … stopped after {MAX_PROBLEMS} problems")
                    break
    except csv.Error as exc:
        problems.append(f"{source}: line {reader.line_num}: {exc}")
    if problems:
        raise SurveyError(problems)
    return answers


def _read_row(
    row: list[str],
    line: int,
    source: str,
    by_id: dict[str, str],
    names: dict[str, list[str]],
    answers: SurveyAnswers,
) -> str | None:
    where = f"{source}: line {line}"
    if len(row) != 3:
        return f"{where}: expected 3 fields (touchpoint, question, score), found {len(row)}"
    who, question, score_text = (cell.strip() for cell in row)
    tp_id = by_id.get(who)
    if tp_id is None:
        matches = names.get(who.casefold(), [])
        if not matches:
            return f"{where}, column 1: no touchpoint with the id or name {who!r}"
        if len(matches) > 1:
            return f"{where}, column 1: {len(matches)} touchpoints are named {who!r} ({', '.join(matches)}); use the id"
        tp_id = matches[0]
    question = question.lower()
    if question not in ("nps", "ces"):
        return f"{where}, column 2: the question must be nps or ces, not {question!r}"
    low, high = (0, 10) if question == "nps" else (1, 5)
    try:
        score = int(score_text)
    except ValueError:
        return f"{where}, column 3: the score {score_text!r} is not a whole number"
    if not low <= score <= high:
        return f"{where}, column 3: a {question} score must be {low}–{high}, not {score}"
    table = answers.nps if question == "nps" else answers.ces
    counts = table.setdefault(tp_id, [0] * (11 if question == "nps" else 5))
    counts[score - low] += 1
    answers.rows += 1
    return None


def merged_counts(existing: tuple[int, ...] | None, added: list[int]) -> tuple[int, ...]:
    base = existing or (0,) * len(added)
    return tuple(a + b for a, b in zip(base, added, strict=True))

