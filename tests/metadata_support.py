"""Shared by the speed tests of the metadata stage: the dateline scan as it was before any screen."""

from __future__ import annotations

from khabar.stages.metadata import (
    _MIN_WEB_YEAR,
    FoundDate,
    MetadataStage,
    _header_lines,
    _is_dateline,
    _match_to_datetime,
)


def plain_datelines(stage: MetadataStage, clean: str) -> list[FoundDate]:
    """``MetadataStage.datelines`` without screens: every date pattern scanned on every header line."""
    found: list[FoundDate] = []
    for line in _header_lines(clean):
        for pattern in stage._date_patterns:
            for match in pattern.finditer(line):
                if _is_dateline(line, match.start(), match.end()):
                    candidate = _match_to_datetime(match.groupdict(), _MIN_WEB_YEAR, stage._max_year)
                    if candidate is not None:
                        found.append(candidate)
    return found
