"""NPS and CES from answer counts, exactly as the source method defines them.

NPS: "How likely are you to recommend X to a friend or colleague?" 0–10. Promoters answer 9–10,
passives 7–8, detractors 0–6; NPS = % promoters − % detractors, from −100 to +100.
CES: "How much effort did handling the matter take?" on five steps, from much less to much more
effort than expected; the share of "less than expected" is the first two steps.
"""

from __future__ import annotations

from dataclasses import dataclass

CES_STEPS = (
    "much less effort than expected",
    "a little less effort than expected",
    "as expected",
    "a little more effort than expected",
    "much more effort than expected",
)


@dataclass(frozen=True)
class NpsSummary:
    n: int
    promoters: int
    passives: int
    detractors: int

    @property
    def score(self) -> float | None:
        """% promoters − % detractors; None without answers."""
        if self.n == 0:
            return None
        return 100.0 * (self.promoters - self.detractors) / self.n


@dataclass(frozen=True)
class CesSummary:
    distribution: tuple[int, ...]  # answers per step 1…5

    @property
    def n(self) -> int:
        return sum(self.distribution)

    @property
    def share_less(self) -> float | None:
        """Share (0–1) of answers saying less effort than expected; None without answers."""
        if self.n == 0:
            return None
        return (self.distribution[0] + self.distribution[1]) / self.n


def nps_summary(counts: tuple[int, ...] | list[int] | None) -> NpsSummary:
    counts = tuple(counts or (0,) * 11)
    if len(counts) != 11:
        raise ValueError("NPS needs 11 counts (answers 0–10)")
    return NpsSummary(sum(counts), sum(counts[9:]), sum(counts[7:9]), sum(counts[:7]))


def ces_summary(counts: tuple[int, ...] | list[int] | None) -> CesSummary:
    counts = tuple(counts or (0,) * 5)
    if len(counts) != 5:
        raise ValueError("CES needs 5 counts (steps 1–5)")
    return CesSummary(counts)
