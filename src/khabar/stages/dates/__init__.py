"""Dates: date expressions found by the packs' patterns (``stage``) and resolved against the
publication date (``resolve``)."""
