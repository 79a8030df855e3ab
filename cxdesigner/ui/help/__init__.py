"""Help ▸ Getting started (a short guide that can open a guided example map) and Help ▸ About."""

from .about import AboutDialog, show_about
from .getting_started import GettingStartedDialog, example_template_for, show_getting_started

__all__ = ["AboutDialog", "GettingStartedDialog", "example_template_for", "show_about", "show_getting_started"]
