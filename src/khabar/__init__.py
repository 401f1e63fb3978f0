"""khabar: multilingual political event extraction with source-linked facts."""

from khabar.api import Extractor, extract
from khabar.model import Document
from khabar.output import to_contract

__all__ = ["Document", "Extractor", "extract", "to_contract"]
__version__ = "0.1.0"
