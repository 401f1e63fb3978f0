"""Quotes: cue-based direct and reported quotes with their speakers (``stage``)."""
