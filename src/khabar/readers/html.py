"""HTML → article text and metadata, with trafilatura.

The document built from an HTML page has the *extracted article text* as its ``raw``: the markup
itself is not article text, and every offset khabar reports points into text a reader can see.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Any

from khabar.errors import InputError

# <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">.
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
# The head of the page, where charset and lang are declared.
_HEAD_BYTES = 4096


@dataclass(frozen=True, slots=True)
class HtmlArticle:
    text: str
    title: str | None
    date: str | None
    url: str | None
    sitename: str | None
    lang: str | None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = _META_CHARSET.search(data[:_HEAD_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def extract_html(html: str, origin: str, url: str | None = None) -> HtmlArticle:
    """Extract the main text and metadata of one page; :class:`InputError` if there is no text."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    with warnings.catch_warnings():
        # trafilatura 2.3 truth-tests lxml elements internally, which lxml flags with a FutureWarning.
        warnings.simplefilter("ignore", FutureWarning)
        result: Any = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # Only dates the page states (meta tags, structured data, <time>, URL), not guesses
            # from the running text: the basis is reported as "html_meta".
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    text = result.text if result is not None else None
    if not text or not text.strip():
        raise InputError(origin, "no article text could be extracted from the HTML")
    lang_match = _HTML_LANG.search(html[:_HEAD_BYTES])
    return HtmlArticle(
        text=text,
        title=result.title or None,
        date=result.date or None,
        url=result.url or None,
        sitename=result.sitename or None,
        lang=lang_match.group(1).lower() if lang_match else None,
    )
