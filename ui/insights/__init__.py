"""The Insights screen: charts of confidence, motivation, skills and accountability."""

from .page import InsightsPage

__all__ = ["InsightsPage"]
