"""`khabar serve`: the HTTP API and web UI over a store, served by uvicorn."""

from __future__ import annotations

import click


@click.command("serve")
@click.option(
    "--db",
    default="khabar.duckdb",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The store to serve (created when missing unless --read-only).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--read-only",
    is_flag=True,
    help="Open the store read-only (POST /api/articles is refused; `khabar ingest` may run beside).",
)
@click.option(
    "--max-body",
    default=2_000_000,
    show_default=True,
    type=click.IntRange(1_000),
    help="Largest request body accepted, in bytes.",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
@click.option(
    "--allowed-host",
    "allowed_host",
    multiple=True,
    metavar="NAME",
    help="A Host name the server answers to besides the loopback names and --host (repeatable; "
    "*.example.org for a domain, * for any). Other names get 400: no DNS rebinding.",
)
@click.option(
    "--token",
    envvar="KHABAR_API_TOKEN",
    help="Token that write endpoints want (Authorization: Bearer TOKEN); also $KHABAR_API_TOKEN. "
    "Listening beyond loopback without one, a random token is made and printed.",
)
@click.option(
    "--allow-private-fetch",
    is_flag=True,
    help="Let /api/analyze and /api/articles fetch URLs on loopback, private or link-local "
    "addresses (refused by default).",
)
@click.option("--max-chars", default=200_000, show_default=True, type=click.IntRange(0),
              help="Longest article analysed, in characters (0 = no limit).")  # fmt: skip
@click.option("--article-timeout", default=120.0, show_default=True, type=click.FloatRange(0),
              help="Seconds one analysis may take (0 = no limit).")  # fmt: skip
@click.option("--analysis-queue", default=8, show_default=True, type=click.IntRange(0),
              help="Analyse requests that may wait for the analysis slot; more get 503.")  # fmt: skip
def serve_command(
    db: str,
    host: str,
    port: int,
    read_only: bool,
    max_body: int,
    log_level: str,
    allowed_host: tuple[str, ...],
    token: str | None,
    allow_private_fetch: bool,
    max_chars: int,
    article_timeout: float,
    analysis_queue: int,
) -> None:
    """Serve the API (/api, docs at /docs) and the web UI (/) over the store.

    Exit status 2 if the store cannot be opened (missing, locked by another process, wrong version).
    """
    import secrets
    import sys

    import uvicorn

    from khabar.engine.budget import Budget
    from khabar.errors import KhabarError
    from khabar.server.app import create_app
    from khabar.server.guard import allowed_hosts, is_loopback

    if not token and not is_loopback(host):
        token = secrets.token_urlsafe(24)
        click.echo(
            f"khabar: listening beyond loopback; write endpoints want the token {token} "
            "(Authorization: Bearer …; set your own with --token or $KHABAR_API_TOKEN)",
            err=True,
        )
    try:
        app = create_app(
            db,
            read_only=read_only,
            max_body_bytes=max_body,
            warm=True,
            hosts=allowed_hosts(host, allowed_host),
            token=token,
            allow_private_fetch=allow_private_fetch,
            budget=Budget(max_chars=max_chars or None, seconds=article_timeout or None),
            queue=analysis_queue,
        )
    except KhabarError as exc:  # a missing, locked or outdated store: a setup error, status 2
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    click.echo(f"khabar: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    # One process: DuckDB allows one read-write connection per file, and the app holds it.
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, workers=1)
    finally:
        app.state.guards.close()
        app.state.khabar.close()
