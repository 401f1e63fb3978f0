"""Quality stage: say what the output cannot be trusted for, instead of an empty result without a word.

Sets ``supported`` (khabar has a language pack for the article's language, so entities, quotes and
events can be extracted at all) and ``warnings``, each with a stable code:

- ``unsupported_language``: e.g. an Urdu article (``ur``): it is stored with its text and sentences,
  but no entities, quotes or events are extracted from it;
- ``short_text``: the clean text is shorter than any real article (``MIN_ARTICLE_CHARS``): typically a
  page whose extraction kept only a caption or a teaser;
- ``unreadable_date``: the reader gave a publication date (sidecar, JSONL ``published``, HTML
  metadata) that cannot be read as a date; the date then comes from the text or stays unknown. The
  reader itself reports an impossible one (a signed year, a UTC offset beyond ±14:00) with the same
  code, and this stage does not repeat it.
"""

from __future__ import annotations

from functools import lru_cache

from khabar.langpacks import LanguagePacks
from khabar.model import ArticleWarning, Document
from khabar.stages.metadata import MetadataStage

# A news article has a headline and at least a paragraph; below this the page was not extracted whole.
MIN_ARTICLE_CHARS = 300


@lru_cache(maxsize=64)
def language_name(code: str) -> str:
    """English name of a language code (``ur`` → Urdu), or the code when unknown."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code).get_display_name("en_US"))  # the messages are in English
    except (ValueError, TypeError, UnknownLocaleError):
        return code


_OWN_CODES = frozenset({"unsupported_language", "short_text"})


class QualityStage:
    name = "quality"
    requires = frozenset({"lang", "clean", "hint_published", "hint_published_basis", "published"})
    assigns = frozenset({"supported", "warnings"})

    def __init__(self, packs: LanguagePacks, *, min_chars: int = MIN_ARTICLE_CHARS) -> None:
        self._codes = frozenset(packs.codes)
        self._min_chars = min_chars
        self._dates = MetadataStage(packs)  # reads reader dates exactly as the metadata stage does

    def __call__(self, doc: Document) -> Document:
        # Kept: what the reader reported (an impossible date, …); this stage's own codes are rebuilt.
        warnings = [w for w in doc.warnings if w.code not in _OWN_CODES]
        lang = doc.lang
        doc.supported = bool(lang) and lang in self._codes
        if not doc.supported:
            known = ", ".join(sorted(self._codes))
            what = (
                "the language could not be determined"
                if not lang or lang == "und"
                else f"language {lang!r} ({language_name(lang)}) is not supported"
            )
            warnings.append(
                ArticleWarning(
                    "unsupported_language",
                    f"{what}: no entities, quotes or events are extracted (supported: {known})",
                )
            )
        length = len((doc.clean or "").strip())
        if length < self._min_chars:
            warnings.append(
                ArticleWarning(
                    "short_text",
                    f"only {length} characters of text, too short for a news article: the page's "
                    "article may not have been extracted (a caption or teaser only?)",
                )
            )
        hint = (doc.hint_published or "").strip()
        reported = any(w.code == "unreadable_date" for w in warnings)  # by the reader: say it once
        if (
            hint
            and not reported
            and self._dates.parse_hint(hint, doc.hint_published_basis or "reader") is None
        ):
            fallback = (
                f"the date was taken from the {doc.published_basis} instead"
                if doc.published is not None
                else "the publication date is unknown"
            )
            message = f"publication date {hint[:80]!r} cannot be read; {fallback}"
            warnings.append(ArticleWarning("unreadable_date", message))
        doc.warnings = warnings
        return doc


__all__ = ["MIN_ARTICLE_CHARS", "QualityStage", "language_name"]
