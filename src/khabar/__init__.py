"""khabar: multilingual political event extraction with source-linked facts."""

from khabar.api import Extractor, events_frame, extract, pipe
from khabar.model import Document, ItemError
from khabar.output import to_contract

__all__ = ["Document", "Extractor", "ItemError", "events_frame", "extract", "pipe", "to_contract"]
__version__ = "0.1.0"
