"""Processed documents as Arrow tables: the row layout shared by the DuckDB store and Parquet shards.

One function turns a batch of documents into one Arrow table per store table, with fixed schemas,
so the local store, the Dask engine's Parquet shards and ``khabar merge`` all agree on columns.
Names, codes and countries of the source/target actors are repeated on each event row so that
event queries need no join.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import pyarrow as pa

from khabar.model import Document, Entity
from khabar.output import to_contract

_STR = pa.string()
_INT = pa.int32()

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", _STR),
            ("content_hash", _STR),
            ("origin", _STR),
            ("url", _STR),
            ("original_url", _STR),
            ("outlet", _STR),
            ("title", _STR),
            ("lang", _STR),
            ("script", _STR),
            ("published", pa.timestamp("us")),
            ("published_precision", _STR),
            ("published_basis", _STR),
            ("raw", _STR),
            ("clean", _STR),
            ("contract", _STR),
            ("ingested_at", pa.timestamp("us")),
        ]
    ),
    "removed_spans": pa.schema(
        [("article_id", _STR), ("start", _INT), ("end", _INT), ("kind", _STR), ("text", _STR)]
    ),
    "sentences": pa.schema(
        [("article_id", _STR), ("idx", _INT), ("start", _INT), ("end", _INT), ("kind", _STR), ("lang", _STR)]
    ),
    "entities": pa.schema(
        [
            ("article_id", _STR),
            ("entity_id", _STR),
            ("type", _STR),
            ("name", _STR),
            ("kb_id", _STR),
            ("actor_code", _STR),
            ("country", _STR),
            ("sector", _STR),
            ("roles", pa.list_(_STR)),
            ("mention_count", _INT),
        ]
    ),
    "mentions": pa.schema(
        [("article_id", _STR), ("entity_id", _STR), ("start", _INT), ("end", _INT), ("text", _STR)]
    ),
    "quotes": pa.schema(
        [
            ("article_id", _STR),
            ("idx", _INT),
            ("start", _INT),
            ("end", _INT),
            ("text", _STR),
            ("speaker", _STR),
            ("speaker_name", _STR),
            ("speaker_kb_id", _STR),
            ("direct", pa.bool_()),
            ("cue_start", _INT),
            ("cue_end", _INT),
        ]
    ),
    "events": pa.schema(
        [
            ("article_id", _STR),
            ("idx", _INT),
            ("cameo", _STR),
            ("plover", _STR),
            ("quad_class", _INT),
            ("goldstein", pa.float64()),
            ("source", _STR),
            ("source_name", _STR),
            ("source_kb_id", _STR),
            ("source_code", _STR),
            ("source_country", _STR),
            ("target", _STR),
            ("target_name", _STR),
            ("target_kb_id", _STR),
            ("target_code", _STR),
            ("target_country", _STR),
            ("date", _STR),
            ("date_start", pa.date32()),
            ("date_precision", _STR),
            ("date_text", _STR),
            ("location_name", _STR),
            ("location_country", _STR),
            ("lat", pa.float64()),
            ("lon", pa.float64()),
            ("status", _STR),
            ("trigger_start", _INT),
            ("trigger_end", _INT),
            ("trigger_text", _STR),
            ("sentence", _INT),
            ("sentence_text", _STR),
            ("evidence", _STR),  # JSON list of {sentence, trigger: {start, end}}
            ("confidence", pa.float64()),
            ("lang", _STR),
            ("published", pa.timestamp("us")),
            ("cluster_id", _STR),  # set by the store's clustering (khabar.stories), null before
        ]
    ),
}

# Tables whose rows belong to one article (deleted and rewritten with it).
CHILD_TABLES = ("removed_spans", "sentences", "entities", "mentions", "quotes", "events")


def _date_start(value: str | None) -> date | None:
    """First day of an ISO date of any precision ("2024", "2024-11", "2024-11-12")."""
    if not value:
        return None
    parts = value.split("-")
    try:
        return date(
            int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1
        )
    except (ValueError, IndexError):
        return None


def _sentence_text(doc: Document, index: int) -> str | None:
    if doc.clean is None or not doc.sentences or not 0 <= index < len(doc.sentences):
        return None
    sentence = doc.sentences[index]
    return doc.clean[sentence.start : sentence.end]


def document_rows(doc: Document, ingested_at: datetime) -> dict[str, list[dict[str, Any]]]:
    """The rows one processed document contributes to each table."""
    clean = doc.clean or ""
    entities: dict[str, Entity] = {e.id: e for e in doc.entities or []}

    def actor(entity_id: str | None, field: str) -> Any:
        entity = entities.get(entity_id) if entity_id else None
        return getattr(entity, field) if entity else None

    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    rows["articles"].append(
        {
            "id": doc.id,
            "content_hash": doc.content_hash,
            "origin": doc.origin,
            "url": doc.url,
            "original_url": doc.original_url,
            "outlet": doc.outlet,
            "title": doc.title,
            "lang": doc.lang,
            "script": doc.script,
            "published": doc.published,
            "published_precision": doc.published_precision,
            "published_basis": doc.published_basis,
            "raw": doc.raw,
            "clean": doc.clean,
            "contract": json.dumps(to_contract(doc), ensure_ascii=False),
            "ingested_at": ingested_at,
        }
    )
    for span in doc.removed or []:
        rows["removed_spans"].append(
            {"article_id": doc.id, "start": span.start, "end": span.end, "kind": span.kind, "text": span.text}
        )
    for index, sentence in enumerate(doc.sentences or []):
        rows["sentences"].append(
            {
                "article_id": doc.id,
                "idx": index,
                "start": sentence.start,
                "end": sentence.end,
                "kind": sentence.kind,
                "lang": sentence.lang,
            }
        )
    for entity in entities.values():
        rows["entities"].append(
            {
                "article_id": doc.id,
                "entity_id": entity.id,
                "type": entity.type,
                "name": entity.name,
                "kb_id": entity.kb_id,
                "actor_code": entity.actor_code,
                "country": entity.country,
                "sector": entity.sector,
                "roles": list(entity.roles),
                "mention_count": len(entity.mentions),
            }
        )
        for mention in entity.mentions:
            rows["mentions"].append(
                {
                    "article_id": doc.id,
                    "entity_id": entity.id,
                    "start": mention.start,
                    "end": mention.end,
                    "text": mention.text,
                }
            )
    for index, quote in enumerate(doc.quotes or []):
        rows["quotes"].append(
            {
                "article_id": doc.id,
                "idx": index,
                "start": quote.start,
                "end": quote.end,
                "text": clean[quote.start : quote.end],
                "speaker": quote.speaker,
                "speaker_name": actor(quote.speaker, "name"),
                "speaker_kb_id": actor(quote.speaker, "kb_id"),
                "direct": quote.direct,
                "cue_start": quote.cue.start if quote.cue else None,
                "cue_end": quote.cue.end if quote.cue else None,
            }
        )
    for index, event in enumerate(doc.events or []):
        location = event.location
        rows["events"].append(
            {
                "article_id": doc.id,
                "idx": index,
                "cameo": event.cameo,
                "plover": event.plover,
                "quad_class": event.quad_class,
                "goldstein": event.goldstein,
                **{
                    f"{role}{suffix}": actor(entity_id, field) if field else entity_id
                    for role, entity_id in (("source", event.source), ("target", event.target))
                    for suffix, field in (
                        ("", None),
                        ("_name", "name"),
                        ("_kb_id", "kb_id"),
                        ("_code", "actor_code"),
                        ("_country", "country"),
                    )
                },
                "date": event.date,
                "date_start": _date_start(event.date),
                "date_precision": event.date_precision,
                "date_text": event.date_text,
                "location_name": location.name if location else None,
                "location_country": location.country if location else None,
                "lat": location.lat if location else None,
                "lon": location.lon if location else None,
                "status": event.status,
                "trigger_start": event.trigger.start,
                "trigger_end": event.trigger.end,
                "trigger_text": clean[event.trigger.start : event.trigger.end],
                "sentence": event.sentence,
                "sentence_text": _sentence_text(doc, event.sentence),
                "evidence": json.dumps(
                    [
                        {"sentence": e.sentence, "trigger": {"start": e.trigger.start, "end": e.trigger.end}}
                        for e in event.evidence
                    ]
                ),
                "confidence": event.confidence,
                "lang": doc.lang,
                "published": doc.published,
            }
        )
    return rows


def document_tables(docs: Sequence[Document], ingested_at: datetime | None = None) -> dict[str, pa.Table]:
    """One Arrow table per store table for a batch of processed documents."""
    now = ingested_at or datetime.now(UTC).replace(tzinfo=None)
    merged: dict[str, list[dict[str, Any]]] = {name: [] for name in SCHEMAS}
    for doc in docs:
        for name, rows in document_rows(doc, now).items():
            merged[name].extend(rows)
    return {name: pa.Table.from_pylist(rows, schema=SCHEMAS[name]) for name, rows in merged.items()}
