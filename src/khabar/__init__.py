"""khabar: multilingual political event extraction with source-linked facts."""

from khabar._compiled import drop_stale, prefer_python_sources, python_sources_wanted

drop_stale()  # before any compiled module is imported: a stale C extension never runs
if python_sources_wanted():  # KHABAR_PURE_PYTHON=1: the .py sources, for line tracing and profiling
    prefer_python_sources()

from khabar.api import Extractor, events_frame, extract, pipe  # noqa: E402
from khabar.model import Document, ItemError  # noqa: E402
from khabar.output import to_contract  # noqa: E402

__all__ = ["Document", "Extractor", "ItemError", "events_frame", "extract", "pipe", "to_contract"]
__version__ = "0.1.0"
