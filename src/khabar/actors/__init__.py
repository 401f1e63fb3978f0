"""Actors: finding entity mentions (per language) and linking them into one entity per real actor."""

from khabar.actors.finder import KbAliasFinder, MentionFinder
from khabar.actors.link import Linker
from khabar.actors.titles import Title, TitleLexicon, load_titles

__all__ = ["KbAliasFinder", "Linker", "MentionFinder", "Title", "TitleLexicon", "load_titles"]
