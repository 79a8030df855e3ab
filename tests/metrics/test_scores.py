"""NPS and CES against hand-worked examples, the survey CSV, and `cxdesigner metrics`."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cxdesigner.commands import History
from cxdesigner.commands.survey import add_survey_answers
from cxdesigner.metrics import SurveyError, ces_summary, nps_summary, read_survey_csv
from cxdesigner.storage import dumps_map, load_map, loads_map, save_map
from tests.factories import small_map


def test_nps_hand_worked():
    # 10 answers: scores 10, 10, 9 (promoters), 8, 7 (passives), 6, 5, 0, 3, 9 -> 4 promoters, 2 passives, 4 detractors
    counts = [0] * 11
    for score in (10, 10, 9, 8, 7, 6, 5, 0, 3, 9):
        counts[score] += 1
    s = nps_summary(counts)
    assert (s.n, s.promoters, s.passives, s.detractors) == (10, 4, 2, 4)
    assert s.score == 0.0
    only_promoters = nps_summary([0] * 9 + [1, 2])
    assert only_promoters.score == 100.0
    assert nps_summary([3] + [0] * 10).score == -100.0
    # 7 promoters, 2 passives, 1 detractor of 10: 70 % − 10 % = 60
    assert nps_summary([1, 0, 0, 0, 0, 0, 0, 1, 1, 3, 4]).score == pytest.approx(60.0)


def test_nps_edge_cases():
    assert nps_summary(None).score is None and nps_summary(None).n == 0
    all_passives = nps_summary([0] * 7 + [5, 5, 0, 0])
    assert all_passives.score == 0.0 and all_passives.passives == 10
    with pytest.raises(ValueError):
        nps_summary([1, 2, 3])


def test_ces_hand_worked():
    s = ces_summary([2, 3, 4, 1, 0])  # 5 of 10 less than expected
    assert s.n == 10 and s.share_less == pytest.approx(0.5)
    assert ces_summary(None).share_less is None
    assert ces_summary([0, 0, 3, 0, 0]).share_less == 0.0


def csv_bytes(*rows: str) -> bytes:
    return ("touchpoint,question,score\n" + "\n".join(rows) + "\n").encode()


def test_survey_csv_good_file_adds_up_and_is_one_undo_step():
    m = small_map()
    web, friends = m.phases[0].touchpoints
    answers = read_survey_csv(csv_bytes(f"{web.id},nps,9", "Web,nps,0", "friends,ces,1", "Friends,CES,5", ""), m)
    assert answers.rows == 4
    before = m.snapshot()
    h = History(m)
    h.push(add_survey_answers(m, answers))
    assert web.nps == (1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0)
    assert friends.ces == (1, 0, 0, 0, 1)
    h.push(add_survey_answers(m, answers))  # answers add up
    assert nps_summary(web.nps).n == 4
    h.undo()
    h.undo()
    assert m.snapshot() == before


@pytest.mark.parametrize(
    "rows, message",
    [
        (("Nowhere,nps,5",), "line 2, column 1: no touchpoint with the id or name 'Nowhere'"),
        (("Web,csat,5",), "line 2, column 2: the question must be nps or ces"),
        (("Web,nps,eleven",), "line 2, column 3: the score 'eleven' is not a whole number"),
        (("Web,nps,11",), "line 2, column 3: a nps score must be 0–10, not 11"),
        (("Web,ces,0",), "line 2, column 3: a ces score must be 1–5, not 0"),
        (("Web,nps",), "line 2: expected 3 fields"),
        (("Web,nps,5", "Web,nps,5,extra"), "line 3: expected 3 fields"),
    ],
)
def test_survey_csv_bad_rows_name_line_and_column(rows, message):
    m = small_map()
    before = m.snapshot()
    with pytest.raises(SurveyError) as error:
        read_survey_csv(csv_bytes(*rows), m, "answers.csv")
    assert f"answers.csv: {message}" in str(error.value)
    assert m.snapshot() == before


def test_survey_csv_bad_header_and_encoding():
    m = small_map()
    with pytest.raises(SurveyError, match="line 1: the header must be exactly"):
        read_survey_csv(b"who,what,score\nWeb,nps,1\n", m)
    with pytest.raises(SurveyError, match="not UTF-8"):
        read_survey_csv(b"touchpoint,question,score\n\xff\xfe,nps,1\n", m)


def test_ambiguous_names_must_use_ids():
    m = small_map()
    m.phases[1].touchpoints[0].name = "Web"
    with pytest.raises(SurveyError, match="2 touchpoints are named 'Web'"):
        read_survey_csv(csv_bytes("Web,nps,1"), m)


def test_counts_are_saved_in_the_file():
    m = small_map()
    m.phases[0].touchpoints[0].nps = tuple(range(11))
    m.phases[0].touchpoints[0].ces = (1, 2, 3, 4, 5)
    again = loads_map(dumps_map(m))
    assert again.phases[0].touchpoints[0].nps == tuple(range(11))
    assert again.snapshot() == m.snapshot()


def test_metrics_command_imports_and_prints_json(tmp_path):
    m = small_map()
    path = tmp_path / "m.cxmap"
    save_map(m, path)
    web = m.phases[0].touchpoints[0]
    answers = tmp_path / "answers.csv"
    answers.write_bytes(csv_bytes("Web,nps,10", "Web,nps,10", "Web,nps,2", "Web,ces,1", "Web,ces,4"))
    cmd = [sys.executable, "-m", "cxdesigner", "metrics", str(path)]
    result = subprocess.run([*cmd, "--import", str(answers), "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows[web.id]["nps"] == {"score": pytest.approx(100 / 3), "n": 3, "promoters": 2, "passives": 0, "detractors": 1}
    assert rows[web.id]["ces"] == {"distribution": [1, 0, 0, 1, 0], "n": 2, "share_less": 0.5}
    assert load_map(path).phases[0].touchpoints[0].nps[10] == 2
    text = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout
    assert "Web [" in text and "NPS +33 (n=3: 2 promoters, 0 passives, 1 detractors)" in text
    saved = path.read_bytes()
    answers.write_bytes(csv_bytes("Web,nps,10", "Nope,nps,3"))
    bad = subprocess.run([*cmd, "--import", str(answers)], capture_output=True, text=True, timeout=60)
    assert bad.returncode == 1 and "line 3, column 1" in bad.stderr and "Traceback" not in bad.stderr
    assert path.read_bytes() == saved  # nothing half-imported
