"""The FastAPI application: a read API over the store, /api/analyze and /api/articles, and the web UI.

Read handlers are plain (synchronous) functions: Starlette runs them in its thread pool, each with
its own DuckDB cursor. The slow work (fetching a URL, analysing an article) runs in small bounded pools
of its own (:mod:`khabar.server.guard`), within the per-article budget, so it never holds the event
loop or the reads. Every error leaves as JSON ``{"error", "message", "details"?}``.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from khabar.engine.budget import Budget, BudgetExceeded
from khabar.errors import InputError, KhabarError, StoreError
from khabar.model import EventStatus
from khabar.readers.safety import MAX_JSON_DEPTH, json_depth
from khabar.server.guard import (
    UI_CSP,
    BoundedPool,
    BusyError,
    HostGuardMiddleware,
    HtmlPolicyMiddleware,
    allowed_hosts,
    docs_csp,
    token_matches,
)
from khabar.server.models import (
    ActorList,
    ArticleInput,
    ErrorBody,
    Health,
    Network,
    Page,
    SearchPage,
    StoreInput,
    StoreResult,
)
from khabar.server.search import SearchError
from khabar.server.state import ReadOnlyError, ServerState
from khabar.store import queries
from khabar.store.queries import EVENT_COLUMNS, ArticleFilter, EventFilter, QueryError

if TYPE_CHECKING:
    from khabar.model import Document
    from khabar.resources import Resources

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).parent / "static"
DEFAULT_MAX_BODY = 2_000_000  # bytes of one request body
MAX_PAGE = 500
MAX_EXPORT = 100_000
FETCH_TIMEOUT = 20.0

# Front-end files the UI uses, installed from the npm registry into web/node_modules by
# scripts/install.sh (never copied into the repository). Only these names are served.
VENDOR_FILES = {
    "d3-array.min.js": "d3-array/dist/d3-array.min.js",
    "d3-geo.min.js": "d3-geo/dist/d3-geo.min.js",
    "topojson-client.min.js": "topojson-client/dist/topojson-client.min.js",
    "countries-110m.json": "world-atlas/countries-110m.json",
    "swagger-ui-bundle.js": "swagger-ui-dist/swagger-ui-bundle.js",
    "swagger-ui.css": "swagger-ui-dist/swagger-ui.css",
    "favicon-32x32.png": "swagger-ui-dist/favicon-32x32.png",
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Invalid filter or query, or a Host that is not served"},
    404: {"model": ErrorBody, "description": "Not found"},
    413: {"model": ErrorBody, "description": "Request body too large"},
    422: {"model": ErrorBody, "description": "Invalid request"},
    500: {"model": ErrorBody, "description": "Server error"},
}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorBody, "description": "A token is required (Authorization: Bearer …)"},
    409: {"model": ErrorBody, "description": "An article with this id exists (send replace: true)"},
    503: {"model": ErrorBody, "description": "Busy: every analysis slot is taken"},
}
ANALYZE_RESPONSES: dict[int | str, dict[str, Any]] = {
    503: {"model": ErrorBody, "description": "Busy: every analysis slot is taken"},
}


@dataclass(slots=True)
class ServerGuards:
    """The server's limits and gates (see :mod:`khabar.server.guard`)."""

    token: str | None = None  # required by write endpoints when set
    allow_private_fetch: bool = False  # let /api/analyze and /api/articles fetch non-public addresses
    fetch_timeout: float = FETCH_TIMEOUT  # seconds for one URL in all
    budget: Budget = field(default_factory=Budget)
    analysis: BoundedPool = field(default_factory=lambda: BoundedPool("analysis", 1, 8))
    fetch: BoundedPool = field(default_factory=lambda: BoundedPool("fetch", 4, 8))

    def close(self) -> None:
        self.analysis.close()
        self.fetch.close()


def vendor_dir() -> Path:
    """Where npm installed the UI's packages: $KHABAR_WEB_MODULES, else <repository>/web/node_modules."""
    configured = os.environ.get("KHABAR_WEB_MODULES")
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parents[3] / "web" / "node_modules"


# --- errors ----------------------------------------------------------------------------------------


def _error(status: int, message: str, details: list[dict[str, Any]] | None = None) -> JSONResponse:
    from http import HTTPStatus

    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Error"
    body: dict[str, Any] = {"error": reason, "message": message}
    if details:
        body["details"] = details
    return JSONResponse(body, status_code=status)


def _where(loc: tuple[Any, ...]) -> str:
    kinds = {"query": "query parameter", "path": "path parameter", "body": "body field"}
    if not loc:
        return "request"
    kind, rest = loc[0], [str(part) for part in loc[1:]]
    if kind == "body" and not rest:
        return "request body"
    if kind == "body" and rest and rest[0].isdigit():
        return "request body (JSON)"
    label = kinds.get(str(kind), str(kind))
    return f"{label} {'.'.join(rest)!r}" if rest else label


def _validation_details(exc: RequestValidationError) -> list[dict[str, Any]]:
    details = []
    for problem in exc.errors():
        message = str(problem.get("msg", "invalid"))
        if problem.get("type") == "json_invalid":
            ctx = problem.get("ctx") or {}
            message = f"the body is not valid JSON ({ctx.get('error', 'malformed')})"
        details.append({"location": _where(tuple(problem.get("loc", ()))), "message": message})
    return details


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page or API endpoint; the API is described at /docs"
        if exc.status_code == 405:
            message = "this endpoint does not accept that method; see /docs"
        return _error(exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = _validation_details(exc)
        message = "; ".join(f"{d['location']}: {d['message']}" for d in details) or "invalid request"
        return _error(422, message, details)

    @app.exception_handler(KhabarError)
    async def khabar_error(_request: Request, exc: KhabarError) -> JSONResponse:
        if isinstance(exc, QueryError | SearchError):
            return _error(400, str(exc))
        if isinstance(exc, ReadOnlyError):
            return _error(403, str(exc))
        if isinstance(exc, BusyError):
            return _error(503, str(exc))
        if isinstance(exc, InputError):
            return _error(422, exc.message)
        if isinstance(exc, StoreError):
            return _error(503, str(exc))
        return _error(400, str(exc))

    @app.exception_handler(BudgetExceeded)
    async def over_budget(_request: Request, exc: BudgetExceeded) -> JSONResponse:
        return _error(422, str(exc).replace("--max-chars", "serve --max-chars").replace(
            "--article-timeout", "serve --article-timeout"))

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return _error(500, f"internal error ({type(exc).__name__}); the server log has the details")


# --- request size limit ----------------------------------------------------------------------------


class BodyLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413, whether or not Content-Length is sent.

    Bodies are small (an article), so the body is read here up to the limit and handed on whole.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(
            {
                "error": "Content Too Large",
                "message": f"the request body is larger than the limit of {self.max_bytes:,} bytes",
            }
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._too_large(send)
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._too_large(send)
                return
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        if _too_deep(body):  # the JSON parser would recurse until the interpreter gives up: a 500
            await _send_error(send, 422, f"the body is JSON nested deeper than {MAX_JSON_DEPTH} levels")
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if not delivered:
                delivered = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _too_deep(body: bytes) -> bool:
    try:
        return json_depth(body.decode("utf-8", "replace")) > MAX_JSON_DEPTH
    except RecursionError:  # pragma: no cover (json_depth does not recurse)
        return True


async def _send_error(send: Send, status: int, message: str) -> None:
    from http import HTTPStatus

    data = json.dumps({"error": HTTPStatus(status).phrase, "message": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


# --- query parameters ------------------------------------------------------------------------------

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Text200 = Annotated[str | None, Query(max_length=200)]


def event_filter(
    actor: Annotated[
        str | None, Query(max_length=200, description="Source or target, any script (शोइगु, Shoigu).")
    ] = None,
    source: Annotated[str | None, Query(max_length=200, description="Source actor, any script.")] = None,
    target: Annotated[str | None, Query(max_length=200, description="Target actor, any script.")] = None,
    actor_key: Annotated[
        str | None, Query(max_length=300, description="An actor key from /api/actors (source or target).")
    ] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3 of source or target.")
    ] = None,
    cameo: Annotated[str | None, Query(pattern=r"^[0-9]{1,4}$", description="CAMEO code or prefix.")] = None,
    plover: Annotated[str | None, Query(max_length=40, description="PLOVER type (CONSULT, …).")] = None,
    quad_class: Annotated[
        int | None, Query(ge=1, le=4, description="1 verbal coop. … 4 material conflict.")
    ] = None,
    status: Annotated[EventStatus | None, Query()] = None,
    date_from: Annotated[date | None, Query(description="Events on or after (YYYY-MM-DD).")] = None,
    date_to: Annotated[date | None, Query(description="Events on or before (YYYY-MM-DD).")] = None,
    lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
    article_id: Annotated[str | None, Query(max_length=300)] = None,
) -> EventFilter:
    flt = EventFilter(
        actor=actor or None,
        source=source or None,
        target=target or None,
        country=country,
        cameo=cameo,
        plover=plover or None,
        quad_class=quad_class,
        status=status,
        date_from=date_from,
        date_to=date_to,
        lang=lang,
        article_id=article_id or None,
        actor_key=actor_key or None,
    )
    flt.validate()
    return flt


Filter = Annotated[EventFilter, Depends(event_filter)]


def _event_row(row: dict[str, Any]) -> dict[str, Any]:
    if isinstance(row.get("evidence"), str):
        row["evidence"] = json.loads(row["evidence"])
    return row


# --- the API ---------------------------------------------------------------------------------------


def _api_router(state: ServerState, guards: ServerGuards) -> APIRouter:
    router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

    def kb_for(flt: EventFilter) -> Any:
        return state.kb if (flt.actor or flt.source or flt.target) else None

    @router.get("/health", response_model=Health, tags=["meta"])
    def health() -> dict[str, Any]:
        """Is the server up, and what does its store hold?"""
        with state.cursor() as cur:
            articles = (cur.execute("SELECT count(*) FROM articles").fetchone() or (0,))[0]
            events = (cur.execute("SELECT count(*) FROM events").fetchone() or (0,))[0]
        from khabar import __version__

        return {
            "status": "ok",
            "version": __version__,
            "read_only": state.read_only,
            "articles": articles,
            "events": events,
            "indexed": state.index.count(),
        }

    # -- articles --------------------------------------------------------------------------------
    @router.get("/articles", response_model=Page, tags=["articles"])
    def articles(
        lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
        outlet: Text200 = None,
        date_from: Annotated[date | None, Query(description="Published on or after.")] = None,
        date_to: Annotated[date | None, Query(description="Published on or before.")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stored articles (metadata and counts of entities, quotes and events), newest first."""
        flt = ArticleFilter(lang=lang, outlet=outlet or None, date_from=date_from, date_to=date_to)
        with state.cursor() as cur:
            total = queries.count_articles(cur, flt)
            items = queries.list_articles(cur, flt, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": items}

    @router.get("/articles/{article_id:path}", tags=["articles"])
    def article(
        article_id: Annotated[str, PathParam(min_length=1, max_length=300)],
        raw: Annotated[bool, Query(description="Include the raw text as it came.")] = False,
    ) -> dict[str, Any]:
        """One stored article: the output-contract object (clean text, sentences, entities, quotes,
        events — every annotation an offset into the text) plus storage metadata."""
        with state.cursor() as cur:
            row = cur.execute(
                "SELECT contract, origin, content_hash, ingested_at, raw FROM articles WHERE id = ?",
                [article_id],
            ).fetchone()
            if row is None:
                near = [
                    r[0]
                    for r in cur.execute(
                        "SELECT id FROM articles ORDER BY jaro_winkler_similarity(id, ?) DESC LIMIT 3",
                        [article_id],
                    ).fetchall()
                ]
        if row is None:
            hint = f"; similar ids: {', '.join(near)}" if near else ""
            raise HTTPException(404, f"no article {article_id!r} in the store{hint}")
        contract, origin, content_hash, ingested_at, raw_text = row
        record = json.loads(contract) if contract else {"id": article_id}
        record.update(origin=origin, content_hash=content_hash, ingested_at=ingested_at)
        if raw:
            record["raw"] = raw_text
        return record

    async def read_and_process(body: ArticleInput, id: str | None, replace: bool = True) -> Document:
        pool = guards.fetch if _needs_fetch(body) else guards.analysis
        doc = await pool.run(_document, body, guards, id)
        if not replace:
            await guards.analysis.run(_refuse_overwrite, state, doc)
        return await guards.analysis.run(state.process, doc, guards.budget)

    @router.post(
        "/articles", status_code=201, response_model=StoreResult, tags=["articles"], responses=WRITE_RESPONSES
    )
    async def store_article(
        body: StoreInput,
        authorization: Annotated[
            str | None, Header(description="Bearer TOKEN, when the server was started with a token.")
        ] = None,
    ) -> dict[str, Any]:
        """Analyse an article and store it. The same text already stored is left as is (under another
        id it is reported as a duplicate); an existing id is overwritten only with ``replace: true``."""
        if not token_matches(guards.token, authorization):
            raise HTTPException(401, "this server wants a token for writes: Authorization: Bearer TOKEN")
        processed = await read_and_process(body, body.id, replace=body.replace)
        result = await guards.analysis.run(state.store_documents, [processed])
        if result.failed:
            raise HTTPException(500, result.failed[0][1])
        duplicate_of = None
        if result.duplicates and not result.stored:
            with state.cursor() as cur:  # a cursor of its own: the writer's connection is not shared
                row = cur.execute(
                    "SELECT min(id) FROM articles WHERE content_hash = ?", [processed.content_hash]
                ).fetchone()
            duplicate_of = row[0] if row else None
        status = "stored" if result.stored else "duplicate" if duplicate_of else "unchanged"
        return {
            "id": processed.id,
            "status": status,
            "duplicate_of": duplicate_of,
            "entities": len(processed.entities or []),
            "quotes": len(processed.quotes or []),
            "events": len(processed.events or []),
            "warnings": list(processed.warnings),
        }

    @router.post("/analyze", tags=["analyze"], responses=ANALYZE_RESPONSES)
    async def analyze(body: ArticleInput) -> dict[str, Any]:
        """Run the pipeline on pasted text, an HTML page, or a URL; return the output-contract object.
        Nothing is stored. A URL is fetched only from a public address unless the operator allowed
        others; the article is processed within the server's size and time budget."""
        return _contract(await read_and_process(body, None))

    # -- search ----------------------------------------------------------------------------------
    @router.get("/search", response_model=SearchPage, tags=["articles"])
    def search(
        q: Annotated[
            str, Query(min_length=1, max_length=500, description='Words (any script), "phrases", prefix*.')
        ],
        lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Full-text search over the stored articles (Hindi words kept whole); snippets mark hits
        between U+0002 and U+0003."""
        total, hits = state.index.search(q, lang=lang, limit=limit, offset=offset)
        if hits:
            with state.cursor() as cur:
                meta = {
                    row["id"]: row
                    for row in queries.list_articles(
                        cur, ArticleFilter(ids=[h["id"] for h in hits]), limit=len(hits)
                    )
                }
            for hit in hits:
                info = meta.get(hit["id"], {})
                hit.update(
                    {k: info.get(k) for k in ("title", "outlet", "published", "url", "events", "entities")}
                )
        return {"query": q, "total": total, "limit": limit, "offset": offset, "items": hits}

    # -- events ----------------------------------------------------------------------------------
    @router.get("/events", response_model=Page, tags=["events"])
    def events(flt: Filter, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        """Stored events with the filters of `khabar events`, newest first, one page at a time."""
        kb = kb_for(flt)
        with state.cursor() as cur:
            total = queries.count_events(cur, flt, kb=kb)
            rows = queries.query_events(cur, flt, kb=kb, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": [_event_row(r) for r in rows]}

    @router.get(
        "/events.csv",
        tags=["events"],
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}, "description": "Events as CSV"}},
    )
    def events_csv(
        flt: Filter,
        limit: Annotated[int, Query(ge=1, le=MAX_EXPORT, description="At most this many rows.")] = 10_000,
    ) -> Response:
        """The filtered events as a CSV file (the columns of `khabar events --format csv`)."""
        from khabar.exports import write_csv

        with state.cursor() as cur:
            rows = queries.query_events(cur, flt, kb=kb_for(flt), limit=limit)
        buffer = io.StringIO()
        write_csv(rows, [*EVENT_COLUMNS, "url", "outlet"], buffer)
        return Response(
            buffer.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="khabar-events.csv"'},
        )

    @router.get("/timeline", tags=["events"])
    def timeline(
        flt: Filter, bucket: Annotated[Literal["day", "week", "month"], Query()] = "day"
    ) -> list[dict[str, Any]]:
        """Dated events per day (or week/month) and quad class."""
        with state.cursor() as cur:
            return queries.event_timeline(cur, flt, kb=kb_for(flt), bucket=bucket)

    @router.get("/network", response_model=Network, tags=["events"])
    def network(
        flt: Filter, max_edges: Annotated[int, Query(ge=1, le=1000)] = 150
    ) -> dict[str, list[dict[str, Any]]]:
        """Actors as nodes, source→target pairs as edges with cooperation and conflict counts."""
        with state.cursor() as cur:
            return queries.event_network(cur, flt, kb=kb_for(flt), max_edges=max_edges)

    @router.get("/map", tags=["events"])
    def event_map(flt: Filter, limit: Annotated[int, Query(ge=1, le=5000)] = 500) -> list[dict[str, Any]]:
        """Located events per place (name, country, lat, lon, level) and quad class; countries and
        states without coordinates of their own sit at their centroids."""
        from khabar.stories.queries import located_places

        with state.cursor() as cur:
            return located_places(cur, flt, kb=kb_for(flt), limit=limit)

    # -- stories and event clusters (khabar.stories) ---------------------------------------------
    @router.get("/stories", response_model=Page, tags=["stories"])
    def stories(
        actor: Annotated[str | None, Query(max_length=200, description="An actor, any script.")] = None,
        date_from: Annotated[date | None, Query(description="Reported on or after (YYYY-MM-DD).")] = None,
        date_to: Annotated[date | None, Query(description="Reported on or before (YYYY-MM-DD).")] = None,
        lang: Annotated[str | None, Query(pattern=r"^[a-z]{2,3}$")] = None,
        min_articles: Annotated[int, Query(ge=1, le=10_000)] = 1,
        article_id: Annotated[str | None, Query(max_length=300)] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Stories (articles reporting the same events, across languages), most reported first."""
        from khabar.stories.queries import StoryFilter, count_stories, list_stories

        flt = StoryFilter(actor or None, date_from, date_to, lang, min_articles, article_id or None)
        kb = state.kb if actor else None
        with state.cursor() as cur:
            total = count_stories(cur, flt, kb=kb)
            rows = list_stories(cur, flt, kb=kb, limit=limit, offset=offset)
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @router.get("/stories/{story_id}", tags=["stories"])
    def story(story_id: Annotated[str, PathParam(min_length=1, max_length=100)]) -> dict[str, Any]:
        """One story: its reports (text and sentences) and its event clusters with every report's
        sentence and trigger offsets."""
        from khabar.stories.queries import story_detail

        with state.cursor() as cur:
            found = story_detail(cur, story_id)
        if found is None:
            raise HTTPException(404, f"no story {story_id!r}")
        return found

    @router.get("/clusters", response_model=Page, tags=["stories"])
    def clusters(
        flt: Filter,
        place: Annotated[str | None, Query(max_length=200, description="Location name of the event.")] = None,
        members: Annotated[bool, Query(description="Include every report of each cluster.")] = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Event clusters (one row per real-world event, like `khabar events --clustered`) with
        num_articles, num_sources, num_mentions, first/last seen and the earliest report."""
        from khabar.stories.queries import count_clusters, query_clusters

        kb = kb_for(flt)
        with state.cursor() as cur:
            total = count_clusters(cur, flt, kb=kb, place=place or None)
            rows = query_clusters(
                cur, flt, kb=kb, limit=limit, offset=offset, with_members=members, place=place or None
            )
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    # -- actors and quotes -----------------------------------------------------------------------
    @router.get("/actors", response_model=ActorList, tags=["actors"])
    def actors(
        q: Annotated[
            str | None, Query(max_length=200, description="A name in any script; empty = most active.")
        ] = None,
        limit: Annotated[int, Query(ge=1, le=200)] = 20,
    ) -> dict[str, Any]:
        """Actors by name in any script: those in the store (with counts) first, then knowledge-base
        actors the store has not seen."""
        query = (q or "").strip()
        kb_hits: list[tuple[Any, float]] = []
        with state.cursor() as cur:
            if query:
                kb = state.kb
                keys = queries.find_actor_keys(cur, query, kb=kb, limit=limit)
                kb_hits = kb.search(query, limit=limit)
            else:
                keys = queries.top_actor_keys(cur, limit=limit)
            summaries = queries.actor_summaries(cur, [*keys, *(a.id for a, _ in kb_hits)])
        scores = {actor.id: score for actor, score in kb_hits}
        items = []
        for key in keys:
            if key in summaries:
                items.append({**summaries[key], "in_store": True, "score": scores.get(key)})
        in_store_first = sorted(items, key=lambda item: -(item["events"] or 0))
        seen = {item["key"] for item in in_store_first}
        for actor, score in kb_hits:
            if actor.id in seen:
                continue
            seen.add(actor.id)
            summary = summaries.get(actor.id)
            if summary:
                in_store_first.append({**summary, "in_store": True, "score": score})
            else:
                in_store_first.append(
                    {
                        "key": actor.id,
                        "kb_id": actor.id,
                        "name": actor.name,
                        "type": actor.type,
                        "country": actor.country,
                        "sector": actor.sector,
                        "actor_code": None,
                        "articles": 0,
                        "mentions": 0,
                        "events": 0,
                        "as_source": 0,
                        "as_target": 0,
                        "in_store": False,
                        "score": score,
                    }
                )
        return {"query": query or None, "items": in_store_first[:limit]}

    @router.get("/actors/{key:path}", tags=["actors"])
    def actor(key: Annotated[str, PathParam(min_length=1, max_length=300)]) -> dict[str, Any]:
        """One actor's profile: names as written, roles, event counts by type and role, partners, and
        the knowledge base's entry (aliases, dated roles) when it has one. ``key`` is a knowledge-base
        id or ``name:<canonical name>``."""
        with state.cursor() as cur:
            profile = queries.actor_profile(cur, key)
        kb_actor = state.kb.get(key) if not key.startswith("name:") else None
        if profile is None and kb_actor is None:
            raise HTTPException(
                404, f"no actor {key!r} in the store or the knowledge base; search /api/actors?q="
            )
        if profile is None:
            assert kb_actor is not None
            profile = {
                "key": key,
                "kb_id": key,
                "name": kb_actor.name,
                "type": kb_actor.type,
                "country": kb_actor.country,
                "sector": kb_actor.sector,
                "actor_code": None,
                "articles": 0,
                "mentions": 0,
                "events": 0,
                "as_source": 0,
                "as_target": 0,
                "spellings": [],
                "roles": [],
                "event_types": [],
                "partners": [],
                "quotes": 0,
            }
        profile["kb"] = (
            {
                "name": kb_actor.name,
                "type": kb_actor.type,
                "country": kb_actor.country,
                "sector": kb_actor.sector,
                "aliases": list(kb_actor.aliases[:60]),
                "roles": [
                    {
                        "title": r.title,
                        "org": r.org,
                        "country": r.country,
                        "sector": r.sector,
                        "start": r.start,
                        "end": r.end,
                    }
                    for r in kb_actor.roles
                ],
                "note": kb_actor.note,
                "current_code": state.kb.actor_code(kb_actor),
            }
            if kb_actor is not None
            else None
        )
        return profile

    @router.get("/quotes", response_model=Page, tags=["quotes"])
    def quotes(
        speaker: Annotated[str | None, Query(max_length=200, description="Speaker, any script.")] = None,
        article_id: Annotated[str | None, Query(max_length=300)] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Who said what: quotes, by speaker (any script) or article, newest first."""
        kb = state.kb if speaker else None
        with state.cursor() as cur:
            total = queries.count_quotes(cur, speaker=speaker or None, article_id=article_id or None, kb=kb)
            rows = queries.query_quotes(
                cur, speaker=speaker or None, article_id=article_id or None, kb=kb, limit=limit, offset=offset
            )
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    return router


def _needs_fetch(body: ArticleInput) -> bool:
    return not (body.text and body.text.strip()) and not (body.html and body.html.strip())


def _refuse_overwrite(state: ServerState, doc: Document) -> None:
    """409 when ``doc.id`` is stored with another text and the request did not ask to replace it."""
    with state.cursor() as cur:
        row = cur.execute("SELECT content_hash FROM articles WHERE id = ?", [doc.id]).fetchone()
    if row is not None and row[0] != doc.content_hash:
        raise HTTPException(
            409, f"an article with id {doc.id!r} is already stored with another text; "
            "send \"replace\": true to overwrite it"
        )  # fmt: skip


def _document(body: ArticleInput, guards: ServerGuards, id: str | None) -> Document:
    """The Document for a request: from text, an HTML page, or the page at ``url``."""
    from khabar.readers.html import extract_html
    from khabar.readers.meta import Metadata, make_document

    origin = body.url or "<request>"
    meta = Metadata(id=id, url=body.url, title=body.title, published=body.published, lang=body.lang)
    text = body.text if body.text and body.text.strip() else None
    html = body.html if body.html and body.html.strip() else None
    if text is None and html is None:
        if not body.url:
            raise HTTPException(422, "give the article as 'text' or 'html', or a 'url' to fetch")
        return _fetched(body, id, guards)
    if html is not None:
        article = extract_html(html, origin, url=body.url)
        raw = article.text
        doc = make_document(default_id="", raw=raw, origin=origin, meta=meta, html=article)
    else:
        assert text is not None
        doc = make_document(default_id="", raw=text, origin=origin, meta=meta)
    if not doc.id:
        doc.id = "api-" + hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()[:16]
    if body.published:
        doc.hint_published_basis = "caller"
    return doc


def _fetched(body: ArticleInput, id: str | None, guards: ServerGuards) -> Document:
    from urllib.parse import urlsplit

    from khabar.readers.fetch import fetch_document
    from khabar.readers.options import ReadOptions

    assert body.url is not None
    if urlsplit(body.url).scheme not in ("http", "https"):
        raise HTTPException(422, f"cannot fetch {body.url!r}: only http(s) URLs can be fetched")
    options = ReadOptions(
        max_bytes=DEFAULT_MAX_BODY * 5,
        url_timeout=guards.fetch_timeout,
        public_only=not guards.allow_private_fetch,
    )
    doc = fetch_document(body.url, options)
    doc.id = id or "api-" + hashlib.sha256(doc.raw.encode("utf-8")).hexdigest()[:16]
    if body.published:
        doc.hint_published, doc.hint_published_basis = body.published, "caller"
    if body.lang:
        doc.hint_lang = body.lang
    if body.title:
        doc.title = body.title
    return doc


def _contract(doc: Document) -> dict[str, Any]:
    from khabar.output import to_contract

    return to_contract(doc)


# --- the web UI ------------------------------------------------------------------------------------


def _ui_routes(app: FastAPI) -> None:
    index_html = (STATIC_DIR / "index.html").read_bytes()

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return Response(
            index_html,
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": UI_CSP, "Cache-Control": "no-cache"},
        )

    @app.get("/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        relative = VENDOR_FILES.get(name)
        if relative is None:
            raise HTTPException(404, f"no vendor file {name!r}")
        path = vendor_dir() / relative
        if not path.is_file():
            raise HTTPException(
                404, f"{relative} is not installed; run scripts/install.sh (it runs npm ci in web/)"
            )
        return FileResponse(path, headers={"Cache-Control": "max-age=3600"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="khabar API",
            swagger_js_url="/vendor/swagger-ui-bundle.js",
            swagger_css_url="/vendor/swagger-ui.css",
            swagger_favicon_url="/vendor/favicon-32x32.png",
        )
        page.headers["Content-Security-Policy"] = docs_csp(bytes(page.body))
        return page

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")


# --- the factory -----------------------------------------------------------------------------------


def create_app(
    db_path: str | Path,
    resources: Resources | None = None,
    *,
    read_only: bool = False,
    index_path: str | Path | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    warm: bool = False,
    hosts: Sequence[str] | None = None,
    token: str | None = None,
    allow_private_fetch: bool = False,
    budget: Budget | None = None,
    analysis_workers: int = 1,
    queue: int = 8,
    fetch_timeout: float = FETCH_TIMEOUT,
) -> FastAPI:
    """The khabar web application over the store at ``db_path``.

    ``resources`` (knowledge base, language packs, models) are loaded on first use when not given;
    ``warm=True`` loads them now. The store is created when missing unless ``read_only``.
    The connection lives as long as the app (``app.state.khabar.close()`` releases it): an ASGI
    lifespan may run more than once, so it does not close it.

    Guards: only requests whose ``Host`` is in ``hosts`` are served (default: loopback names);
    ``token`` (when set) is required by write endpoints; URLs are fetched from public addresses only
    unless ``allow_private_fetch``; analysis runs in ``analysis_workers`` threads with ``queue`` more
    requests waiting at most (others get 503), each article within ``budget``.
    """
    state = ServerState(db_path, resources, read_only=read_only, index_path=index_path)
    if warm:
        state.warm_up()

    from khabar import __version__

    app = FastAPI(
        title="khabar",
        version=__version__,
        summary="Political events, quotes and actors from news articles, every fact tied to its text.",
        docs_url=None,
        redoc_url=None,
    )
    guards = ServerGuards(
        token=token,
        allow_private_fetch=allow_private_fetch,
        fetch_timeout=fetch_timeout,
        budget=budget or Budget(),
        analysis=BoundedPool("analysis", analysis_workers, queue),
    )
    app.state.khabar = state
    app.state.guards = guards
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_body_bytes)
    app.add_middleware(HtmlPolicyMiddleware, policy=UI_CSP)
    allowed = hosts if hosts is not None else allowed_hosts("127.0.0.1")
    app.add_middleware(HostGuardMiddleware, allowed=allowed)
    _install_error_handlers(app)
    app.include_router(_api_router(state, guards))
    _ui_routes(app)
    return app


__all__ = ["DEFAULT_MAX_BODY", "create_app"]
