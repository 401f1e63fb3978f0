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
def serve_command(db: str, host: str, port: int, read_only: bool, max_body: int, log_level: str) -> None:
    """Serve the API (/api, docs at /docs) and the web UI (/) over the store."""
    import uvicorn

    from khabar.errors import KhabarError
    from khabar.server.app import create_app

    try:
        app = create_app(db, read_only=read_only, max_body_bytes=max_body, warm=True)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"khabar: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    # One process: DuckDB allows one read-write connection per file, and the app holds it.
    try:
        uvicorn.run(app, host=host, port=port, log_level=log_level, workers=1)
    finally:
        app.state.khabar.close()
