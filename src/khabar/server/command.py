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
    help="Refuse writes through the API (POST /api/articles answers 403). Either way the server "
    "holds the store only while answering, so `khabar ingest` and the read commands can run beside.",
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
    """Serve the API (/api, docs at /docs) and the web UI (/) over the store.

    Everything (knowledge base, language packs, spaCy) is loaded before the server listens; the
    store is opened only while a request needs it, so other khabar commands can use it meanwhile.
    """
    import time

    try:
        import fastapi  # noqa: F401
        import uvicorn
    except ImportError as exc:
        raise click.ClickException(
            f"khabar serve needs the server extra ({exc.name} is missing): pip install 'khabar[server]'"
        ) from None

    from khabar.errors import KhabarError
    from khabar.server.app import create_app

    started = time.perf_counter()
    click.echo(f"khabar: loading the knowledge base, language packs and models for {db} …", err=True)
    try:
        app = create_app(db, read_only=read_only, max_body_bytes=max_body, warm=True)
    except KhabarError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"khabar: loaded in {time.perf_counter() - started:.1f} s; starting the server", err=True)

    class _Server(uvicorn.Server):
        async def startup(self, sockets: list | None = None) -> None:  # type: ignore[type-arg]
            await super().startup(sockets)
            if self.should_exit or not self.servers:
                return
            bound = self.servers[0].sockets[0].getsockname()
            shown = f"[{bound[0]}]" if ":" in str(bound[0]) else bound[0]
            click.echo(
                f"khabar: listening on http://{shown}:{bound[1]}/ (API docs at /docs; "
                f"store {db}{', read-only' if read_only else ''}); Ctrl+C stops",
                err=True,
            )

    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, workers=1)
    try:
        _Server(config).run()
    finally:
        app.state.khabar.close()
