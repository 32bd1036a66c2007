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
