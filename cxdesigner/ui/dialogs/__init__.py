"""Dialogs: messages (always plain text) and the template chooser."""
