"""Embedded PostgreSQL for a newcomer's machine: used only when DATABASE_URL is unset.

pgserver ships PostgreSQL binaries in a wheel. The server is started once with
``cleanup_mode=None`` so it outlives the process that started it: every later ``manage.py``
call finds it running instead of paying ~0.5 s to start it again. ``make db-stop`` stops it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse


def embedded_database_settings(data_dir: Path) -> dict[str, object]:
    import pgserver  # imported lazily: production never loads it

    data_dir.mkdir(parents=True, exist_ok=True)
    server = pgserver.get_server(data_dir, cleanup_mode=None)
    # The socket lives in the data dir unless that path is too long for a unix socket.
    socket_dir = parse_qs(urlparse(server.get_uri()).query)["host"][0]
    return {"NAME": "postgres", "USER": "postgres", "PASSWORD": "", "HOST": socket_dir, "PORT": ""}


def stop_embedded(data_dir: Path) -> None:
    """Stop the embedded server (``make db-stop``); it otherwise keeps running between commands."""
    import os

    import pgserver

    if (data_dir / "postmaster.pid").exists():
        user = "pgserver" if os.geteuid() == 0 else None
        pgserver.pg_ctl(["-m", "fast", "-w", "stop"], pgdata=data_dir, user=user)  # type: ignore[attr-defined]


if __name__ == "__main__":
    import sys

    stop_embedded(Path(sys.argv[1]))
