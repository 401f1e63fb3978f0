"""Knowledge base of actors: curated people/organisations plus generated countries, cities, demonyms."""

from khabar.home import user_kb_dir
from khabar.kb.base import AliasMatch, KnowledgeBase
from khabar.kb.model import Actor, Role, parse_partial_date
from khabar.kb.validate import Schema, load_actor_file

__all__ = [
    "Actor",
    "AliasMatch",
    "KnowledgeBase",
    "Role",
    "Schema",
    "load_actor_file",
    "parse_partial_date",
    "user_kb_dir",
]
