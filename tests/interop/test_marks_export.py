"""Moments of truth (touchpoints and cards) and dot votes in the other formats: Markdown, CSV,
OpenJourney and Mermaid write what they can hold, and their importers read it back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cxdesigner.interop import InteropError
from cxdesigner.interop.csv_format import COLUMNS, read_csv, write_csv
from cxdesigner.interop.markdown import write_markdown
from cxdesigner.interop.mermaid import read_mermaid, write_mermaid
from cxdesigner.interop.ojf import HINT_KEY, read_ojf
from cxdesigner.interop.ojf_export import write_ojf
from cxdesigner.model import JourneyMap
from tests.export.marks_maps import VOTES_17, VOTES_23, marked_map


def marks(m: JourneyMap) -> tuple[dict, dict, dict]:
    """(card text → votes, card text → star, touchpoint name → star): what must survive."""
    return (
        {c.text: dict(c.votes) for c in m.cards.values() if c.votes},
        {c.text: c.moment_of_truth for c in m.cards.values()},
        {tp.name: tp.moment_of_truth for tp in m.touchpoints()},
    )


@pytest.fixture
def m() -> JourneyMap:
    return marked_map()


# -- Markdown ----------------------------------------------------------------------------------
def test_markdown_shows_stars_vote_totals_and_metrics(m: JourneyMap) -> None:
    report = write_markdown(m)
    assert "| Buy | Store | Store / in person | – | ★ yes |" in report
    assert "### Store ★" in report
    assert r"- Thinks at Web \#0 ★ *moment of truth* *(17 votes)*" in report
    assert r"- Feels at Store \#0 *(23 votes)*" in report
    assert "NPS +30 (n = 10)" in report and "CES: 60% less effort than expected (n = 5)" in report
    assert "NPS -75 (n = 4)" in report and "CES: 0% less effort than expected (n = 4)" in report
    assert report.count("votes)") == 2


# -- CSV ---------------------------------------------------------------------------------------
def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_vote_columns_and_both_stars(m: JourneyMap) -> None:
    text = write_csv(m)
    assert COLUMNS[-2:] == ("votes", "vote_dots")
    rows = _rows(text)
    starred = next(r for r in rows if r["text"] == "Thinks at Web #0")
    assert (starred["votes"], starred["vote_dots"], starred["card_moment_of_truth"]) == (
        "17",
        "#56b4e9:8 #e69f00:9",
        "yes",
    )
    assert next(r for r in rows if r["text"] == "Feels at Store #0")["votes"] == "23"
    assert all(r["moment_of_truth"] == "yes" for r in rows if r["touchpoint"] == "Store")
    assert all(r["votes"] == "" for r in rows if r["text"] not in ("Thinks at Web #0", "Feels at Store #0"))


def test_csv_round_trip_keeps_votes_and_stars(m: JourneyMap) -> None:
    again = read_csv(write_csv(m).encode("utf-8-sig"))
    assert marks(again) == marks(m)
    assert marks(again)[0] == {"Thinks at Web #0": VOTES_17, "Feels at Store #0": VOTES_23}
    assert write_csv(again) == write_csv(m)


HEADER = "phase,touchpoint,lane,text,votes,vote_dots\r\n"


def test_hand_made_csv_total_without_dots_counts_as_black_dots() -> None:
    m = read_csv((HEADER + "Buy,Store,Thinks,Too slow,5,\r\nBuy,Store,Thinks,Fine,0,\r\n").encode())
    assert {c.text: c.votes for c in m.cards.values()} == {"Too slow": {"#000000": 5}, "Fine": {}}


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Buy,Store,Thinks,x,4,#e69f00:3", "line 2, column 'votes': 4 votes, but 'vote_dots' holds 3"),
        ("Buy,Store,Thinks,x,,#e69f00", "line 2, column 'vote_dots': expected colour:dots pairs"),
        ("Buy,Store,Thinks,x,,orange:2", "line 2, column 'vote_dots'"),
        ("Buy,Store,Thinks,x,,#e69f00:1 #E69F00:2", "appears twice"),
        ("Buy,Store,Thinks,x,many,", "line 2, column 'votes': expected a whole number"),
        ("Buy,Store,,,3,", "line 2, column 'lane': empty, but the row has a card"),
    ],
)
def test_bad_vote_cells_are_clear_errors(row: str, message: str) -> None:
    with pytest.raises(InteropError, match=message.replace("(", r"\(")):
        read_csv((HEADER + row + "\r\n").encode())


# -- OpenJourney ----------------------------------------------------------------------------------
def test_ojf_nodes_carry_the_star_and_the_vote_total(m: JourneyMap) -> None:
    data = json.loads(write_ojf(m))
    nodes = {n["title"]: n for n in data["nodes"]}
    assert nodes["Thinks at Web #0"]["isMomentOfTruth"] is True and nodes["Thinks at Web #0"]["voteCount"] == 17
    assert nodes["Feels at Store #0"]["voteCount"] == 23 and "isMomentOfTruth" not in nodes["Feels at Store #0"]
    assert nodes["Store"]["isMomentOfTruth"] is True
    assert "voteCount" not in nodes["Thinks at Web #1"]
    ids = (nodes["Thinks at Web #0"]["id"], nodes["Feels at Store #0"]["id"])
    assert data[HINT_KEY]["votes"] == {ids[0]: VOTES_17, ids[1]: VOTES_23}


def test_ojf_round_trip_keeps_votes_and_stars_and_is_stable(m: JourneyMap) -> None:
    text = write_ojf(m)
    again = read_ojf(text.encode())
    assert marks(again) == marks(m)
    assert write_ojf(again) == text
    # votes changed in the app after the import are what the next export writes
    card = next(c for c in again.cards.values() if c.text == "Thinks at Web #0")
    card.votes = {}
    nodes = {n["title"]: n for n in json.loads(write_ojf(again))["nodes"]}
    assert "voteCount" not in nodes["Thinks at Web #0"] and nodes["Feels at Store #0"]["voteCount"] == 23


def test_ojf_touchpoint_description_card_keeps_its_votes() -> None:
    data = {
        "stages": [{"id": "s", "name": "Buy"}],
        "swimlanes": [{"id": "t", "name": "Touchpoints"}],
        "nodes": [
            {"id": "n", "stageId": "s", "swimlaneId": "t", "title": "Till", "description": "Queue", "voteCount": 2}
        ],
        HINT_KEY: {"touchpointSwimlanes": ["t"], "votes": {"n": {"#009e73": 2}}},
    }
    m = read_ojf(json.dumps(data).encode())
    assert [c.votes for c in m.cards.values()] == [{"#009e73": 2}]
    node = json.loads(write_ojf(m))["nodes"][0]
    assert node["voteCount"] == 2 and node["description"] == "Queue"


def test_ojf_foreign_vote_count_without_the_hint_is_kept_as_it_was() -> None:
    data = {
        "stages": [{"id": "s", "name": "Buy"}],
        "swimlanes": [{"id": "t", "name": "Touchpoints"}, {"id": "p", "name": "Pain points"}],
        "nodes": [
            {"id": "a", "stageId": "s", "swimlaneId": "t", "title": "Till"},
            {"id": "b", "stageId": "s", "swimlaneId": "p", "title": "Queue", "voteCount": 7},
        ],
    }
    m = read_ojf(json.dumps(data).encode())
    assert all(not c.votes for c in m.cards.values())  # no colours: not dots the model can show
    node = next(n for n in json.loads(write_ojf(m))["nodes"] if n["title"] == "Queue")
    assert node["voteCount"] == 7


@pytest.mark.parametrize(
    ("votes", "message"),
    [
        ({"nobody": {"#009e73": 1}}, "x-cxdesigner.votes.nobody: no node with a card"),
        ({"b": {"green": 1}}, "x-cxdesigner.votes.b: expected a participant colour"),
        ([1], "x-cxdesigner.votes: expected an object"),
    ],
)
def test_ojf_bad_vote_hints_are_clear_errors(votes: object, message: str) -> None:
    data = {
        "stages": [{"id": "s", "name": "Buy"}],
        "swimlanes": [{"id": "p", "name": "Pain points"}],
        "nodes": [{"id": "b", "stageId": "s", "swimlaneId": "p", "title": "Queue"}],
        HINT_KEY: {"touchpointSwimlanes": [], "votes": votes},
    }
    with pytest.raises(InteropError, match=message):
        read_ojf(json.dumps(data).encode())


# -- Mermaid -----------------------------------------------------------------------------------
def test_mermaid_marks_moments_of_truth_with_a_star_and_reads_them_back(m: JourneyMap) -> None:
    text = write_mermaid(m)
    assert "      Store ★: 3" in text and "      Web: 3" in text
    again = read_mermaid(text.encode())
    stars = {tp.name: tp.moment_of_truth for tp in again.touchpoints()}
    assert stars == {"Web": False, "Friends": False, "Store": True}
    assert write_mermaid(again) == text


def test_mermaid_star_without_a_space_also_counts() -> None:
    m = read_mermaid("journey\n  section A\n    Pay★: 5: Me\n".encode())
    tp = m.touchpoints()[0]
    assert (tp.name, tp.moment_of_truth, tp.emotion) == ("Pay", True, 2)
