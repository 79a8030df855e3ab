"""The method's key metrics per touchpoint: NPS and CES, and survey answers read from CSV."""

from .scores import CES_STEPS, CesSummary, NpsSummary, ces_summary, nps_summary
from .survey_csv import SurveyError, read_survey_csv

__all__ = ["CES_STEPS", "CesSummary", "NpsSummary", "SurveyError", "ces_summary", "nps_summary", "read_survey_csv"]
