"""``cxdesigner metrics MAP [--import ANSWERS.csv] [--json]``: NPS and CES per touchpoint."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..commands import History
from ..commands.survey import add_survey_answers
from ..metrics import SurveyError, ces_summary, nps_summary, read_survey_csv
from ..model.entities import JourneyMap
from .common import CommandError, read_map, write_map


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="MAP")
    parser.add_argument("--import", dest="answers", metavar="ANSWERS.csv", help="add survey answers (touchpoint,question,score) and save the map")
    parser.add_argument("--json", action="store_true", help="print a JSON list, one object per touchpoint")


def _rows(m: JourneyMap) -> list[dict[str, Any]]:
    rows = []
    for phase in m.phases:
        for tp in phase.touchpoints:
            nps, ces = nps_summary(tp.nps), ces_summary(tp.ces)
            rows.append(
                {
                    "id": tp.id,
                    "touchpoint": tp.name,
                    "phase": phase.name,
                    "moment_of_truth": tp.moment_of_truth,
                    "nps": {
                        "score": nps.score,
                        "n": nps.n,
                        "promoters": nps.promoters,
                        "passives": nps.passives,
                        "detractors": nps.detractors,
                    },
                    "ces": {"distribution": list(ces.distribution), "n": ces.n, "share_less": ces.share_less},
                }
            )
    return rows


def run(args: argparse.Namespace) -> int:
    m = read_map(args.file)
    if args.answers:
        path = Path(args.answers)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: cannot be read: {exc.strerror}") from None
        try:
            answers = read_survey_csv(raw, m, path.name)
        except SurveyError as exc:
            raise CommandError(str(exc).replace("\n", "\n  ")) from None
        History(m).push(add_survey_answers(m, answers))
        write_map(m, args.file)
    rows = _rows(m)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if args.answers:
        print(f"Added {answers.rows} answers from {args.answers}; saved {args.file}")
    for row in rows:
        nps, ces = row["nps"], row["ces"]
        nps_text = f"NPS {nps['score']:+.0f} (n={nps['n']}: {nps['promoters']} promoters, {nps['passives']} passives, {nps['detractors']} detractors)" if nps["n"] else "NPS – (no answers)"
        if ces["n"]:
            ces_text = f"CES n={ces['n']} [{' '.join(map(str, ces['distribution']))}], {ces['share_less']:.0%} less than expected"
        else:
            ces_text = "CES – (no answers)"
        marker = " ★" if row["moment_of_truth"] else ""
        print(f"{row['touchpoint']}{marker} [{row['id']}]: {nps_text}; {ces_text}")
    return 0



