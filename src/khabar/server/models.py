"""Request and response bodies of the HTTP API (they make the OpenAPI document at /openapi.json)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

# One article's text (or HTML page) may be this long; the request body limit is set above it.
MAX_TEXT_CHARS = 500_000


class ErrorBody(BaseModel):
    error: str = Field(description="Short name of the problem (the HTTP reason).")
    message: str = Field(description="What went wrong, in a sentence a person can act on.")
    details: list[dict[str, Any]] | None = Field(
        default=None, description="One entry per invalid field: location and message."
    )


class ArticleInput(BaseModel):
    """An article to analyse: pasted ``text``, an ``html`` page, or only a ``url`` to fetch."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, max_length=MAX_TEXT_CHARS, description="Article text.")
    html: str | None = Field(default=None, max_length=MAX_TEXT_CHARS, description="An HTML page.")
    url: str | None = Field(
        default=None,
        max_length=2048,
        description="Where the article is from; fetched only when neither text nor html is given.",
    )
    published: str | None = Field(
        default=None,
        max_length=40,
        description="Publication date or date-time (ISO 8601: 2024-11-12 or 2024-11-12T16:49:38).",
        examples=["2024-11-12"],
    )
    lang: str | None = Field(default=None, pattern=r"^[a-z]{2,3}$", description="Language, e.g. hi or en.")
    title: str | None = Field(default=None, max_length=1000)

    @field_validator("published")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip()
        try:
            if len(value) == 10:
                date.fromisoformat(value)
            else:
                datetime.fromisoformat(value)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO date (YYYY-MM-DD) or date-time") from None
        return value


class StoreInput(ArticleInput):
    id: str | None = Field(
        default=None,
        min_length=1,
        max_length=200,
        pattern=r"^[\w.:-]+$",
        description="Article id (letters, digits, . _ : -); derived from the text when absent.",
    )
    replace: bool = Field(
        default=False,
        description="Overwrite an article stored under this id with another text (otherwise 409).",
    )


class StoreResult(BaseModel):
    id: str
    status: Literal["stored", "unchanged", "duplicate"] = Field(
        description="stored; unchanged (this text is stored under this id); duplicate (this text is "
        "stored under another id, given in duplicate_of: not stored again)"
    )
    duplicate_of: str | None = None
    entities: int
    quotes: int
    events: int
    warnings: list[str] = Field(default_factory=list, description="Problems that did not stop it.")


class Page(BaseModel):
    total: int = Field(description="Rows matching the filters, over all pages.")
    limit: int
    offset: int
    items: list[dict[str, Any]]


class SearchPage(Page):
    query: str


class ActorList(BaseModel):
    query: str | None
    items: list[dict[str, Any]]


class Network(BaseModel):
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    read_only: bool
    articles: int
    events: int
    indexed: int
