"""Reader metadata (sidecar ``.json`` files and JSONL records) and building the Document."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from khabar.model import Document
from khabar.readers.html import HtmlArticle
from khabar.readers.safety import printable, require_letters

# Field → accepted keys, first match wins. The alternative names are those of the dev corpus sidecars
# (``source_url``, ``pub_date``); ``original_source_url`` is deliberately not read as the URL.
_KEYS: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "url": ("url", "source_url"),
    "title": ("title",),
    "published": ("published", "pub_date"),
    "lang": ("lang",),
    "outlet": ("outlet",),
}


class MetadataProblem(ValueError):
    """A metadata field has the wrong type; the message names the field."""


@dataclass(frozen=True, slots=True)
class Metadata:
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    outlet: str | None = None


def metadata_from(record: Mapping[str, Any]) -> Metadata:
    """Read the known metadata fields of a JSON object; empty strings count as absent."""
    values: dict[str, str | None] = {}
    for field_name, keys in _KEYS.items():
        value: str | None = None
        for key in keys:
            raw = record.get(key)
            if raw is None:
                continue
            if field_name == "id" and isinstance(raw, int) and not isinstance(raw, bool):
                raw = str(raw)
            if not isinstance(raw, str):
                raise MetadataProblem(f"field {key!r} must be a string, not {json_type(raw)}")
            if raw.strip():
                value = printable(raw.strip())  # a lone surrogate from a JSON escape cannot be stored
                break
        values[field_name] = value
    return Metadata(**values)


def json_type(value: object) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def make_document(
    *, default_id: str, raw: str, origin: str, meta: Metadata, html: HtmlArticle | None = None
) -> Document:
    """Build the reader's Document; explicit metadata wins over what the HTML page says.

    Raises :class:`~khabar.errors.InputError` for text without a single letter (not an article).
    """
    require_letters(raw, origin)
    published, date_warning = checked_published(meta.published)
    basis = "reader" if published else None
    if not published and html is not None and html.date:
        published, basis = html.date, "html_meta"
    return Document(
        warnings=[date_warning] if date_warning else [],
        id=meta.id or default_id,
        raw=raw,
        origin=origin,
        url=meta.url or (html.url if html else None),
        title=meta.title or (html.title if html else None),
        hint_published=published,
        hint_published_basis=basis,
        hint_lang=meta.lang or (html.lang if html else None),
        hint_outlet=meta.outlet or (html.sitename if html else None),
    )


# A year with a sign in front ("-2024-01-01", "+2024-01-01"): ISO's expanded years, never a news date.
_SIGNED_YEAR = re.compile(r"^\s*[+-]\d")
# A UTC offset at the end of a date-time: +05:30, -0800, +99:00.
_OFFSET = re.compile(r"(?<=\d)\s*(?:UTC|GMT)?([+-])(\d{2}):?(\d{2})\s*$", re.IGNORECASE)


def checked_published(value: str | None) -> tuple[str | None, str | None]:
    """A reader's publication date, or None with a warning when it cannot be a real one.

    A signed year or a UTC offset outside ±14:00 (or with 60+ minutes) would otherwise be quietly
    read as something else (``-2024-01-01`` as 2024-01-01, ``+99:00`` dropped); such a date is not
    used and the article carries a warning saying why.
    """
    if not value:
        return value, None
    if _SIGNED_YEAR.match(value):
        return None, f"publication date {value!r} has a signed year, not a possible date; ignored"
    offset = _OFFSET.search(value)
    if offset and (int(offset.group(2)) > 14 or int(offset.group(3)) >= 60):
        sign, hours, minutes = offset.groups()
        return None, (
            f"publication date {value!r} has the UTC offset {sign}{hours}:{minutes}, "
            "outside -14:00…+14:00; ignored"
        )
    return value, None
