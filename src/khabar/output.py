"""The output contract: one JSON object per article (see docs/output-contract.md).

The API, the exports and the evaluation read this shape, so fields are only ever added, never renamed.
"""

from __future__ import annotations

from typing import Any

from khabar.model import Document, Entity, Event, Quote


def _entity(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "type": entity.type,
        "name": entity.name,
        "actor_code": entity.actor_code,
        "country": entity.country,
        "sector": entity.sector,
        "roles": list(entity.roles),
        "kb_id": entity.kb_id,
        "role_conflicts": list(entity.role_conflicts),
        "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in entity.mentions],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    return {
        "start": quote.start,
        "end": quote.end,
        "speaker": quote.speaker,
        "direct": quote.direct,
        "cue": {"start": quote.cue.start, "end": quote.cue.end} if quote.cue else None,
    }


def _event(event: Event) -> dict[str, Any]:
    location = event.location
    return {
        "cameo": event.cameo,
        "plover": event.plover,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "source": event.source,
        "target": event.target,
        "date": event.date,
        "date_precision": event.date_precision,
        "location": (
            {"name": location.name, "country": location.country, "lat": location.lat, "lon": location.lon}
            if location
            else None
        ),
        "status": event.status,
        "trigger": {"start": event.trigger.start, "end": event.trigger.end},
        "sentence": event.sentence,
        "confidence": event.confidence,
    }


def to_contract(doc: Document) -> dict[str, Any]:
    """The output-contract object for one processed document."""
    published = doc.published
    return {
        "id": doc.id,
        "url": doc.url,
        "original_url": doc.original_url,
        "outlet": doc.outlet,
        "lang": doc.lang,
        "script": doc.script,
        "published": published.date().isoformat() if published else None,
        "published_at": (
            published.isoformat() if published and doc.published_precision == "datetime" else None
        ),
        "published_basis": doc.published_basis,
        "title": doc.title,
        "text": doc.clean,
        "removed": [
            {"start": r.start, "end": r.end, "kind": r.kind, "text": r.text} for r in doc.removed or []
        ],
        "sentences": [
            {"start": s.start, "end": s.end, "kind": s.kind, **({"lang": s.lang} if s.lang else {})}
            for s in doc.sentences or []
        ],
        "entities": [_entity(e) for e in doc.entities or []],
        "quotes": [_quote(q) for q in doc.quotes or []],
        "events": [_event(e) for e in doc.events or []],
        "warnings": list(doc.warnings),
    }
