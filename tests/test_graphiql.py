"""GraphiQL works offline: every asset comes from our own static files, and a real browser (the
system's headless Chromium, driven by playwright) runs a query through it with no network but
loopback."""

from __future__ import annotations

import json
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from django.test import Client, override_settings
from django_tenants.utils import tenant_context

from saas.accounts.models import ApiToken, User
from saas.accounts.services import api_token_issue
from tenants.models import Company
from tenants.routing import tenant_host
from tenants.schemas import activate_public

CHROMIUM = next((p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
QUERY = "{ me { username displayName } }"


def _page(host: str) -> str:
    response = Client(HTTP_HOST=host).get("/graphql", HTTP_ACCEPT="text/html")
    activate_public()
    assert response.status_code == 200
    return response.content.decode()


@override_settings(GRAPHQL_IDE=True)
def test_graphiql_page_loads_only_our_own_assets(db: None) -> None:
    for host in ("localhost", tenant_host("alpha")):
        page = _page(host)
        assets = [url for url in re.findall(r'(?:src|href)="([^"]+)"', page) if not url.startswith("data:")]
        assert len(assets) == 7 and all(url.startswith("/static/graphiql/") for url in assets), assets
        assert "unpkg" not in page and "cdn" not in page.lower()
        for url in assets:
            response = Client(HTTP_HOST=host).get(url)
            assert response.status_code == 200, url


@pytest.fixture(scope="module")
def admin_token(django_db_setup: None, django_db_blocker: Any) -> Iterator[str]:
    """A committed token for alpha's admin: the server's threads cannot see a test transaction."""
    with django_db_blocker.unblock():
        company = Company.objects.get(domains__domain=tenant_host("alpha"))
        with tenant_context(company):
            before = list(ApiToken.objects.values_list("pk", flat=True))
            issued = api_token_issue(user=User.objects.get(username="admin"))
        yield issued.raw
        with tenant_context(company):
            ApiToken.objects.exclude(pk__in=before).delete()
        activate_public()


@pytest.fixture(scope="module")
def server(django_db_setup: None, django_db_blocker: Any) -> Iterator[int]:
    """saas.asgi on a loopback port of its own (port 0: the OS picks), in a thread of this process."""
    import uvicorn

    from saas.asgi import application

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    config = uvicorn.Config(application, lifespan="off", log_level="warning")
    instance = uvicorn.Server(config)
    with django_db_blocker.unblock(), override_settings(GRAPHQL_IDE=True):
        thread = threading.Thread(target=instance.run, kwargs={"sockets": [listener]}, daemon=True)
        thread.start()
        while not instance.started:
            thread.join(0.05)
        yield port
        instance.should_exit = True
        thread.join(10)
    listener.close()


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (apt-get install chromium fonts-wqy-microhei)")
def test_graphiql_runs_a_query_in_a_real_browser_without_the_internet(server: int, admin_token: str) -> None:
    from playwright.sync_api import sync_playwright

    origin = f"http://{tenant_host('alpha')}:{server}"
    headers = json.dumps({"Authorization": f"Bearer {admin_token}"})
    url = f"{origin}/graphql?q={quote(QUERY)}&headers={quote(headers)}"
    outside: list[str] = []
    loaded: list[str] = []

    def only_loopback(route: Any) -> None:
        host = urlsplit(route.request.url).hostname or ""
        if host in ("127.0.0.1", "localhost") or host.endswith(".localhost"):
            loaded.append(route.request.url)
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.route("**/*", only_loopback)
            page.goto(url)
            page.locator(".graphiql-execute-button").click(timeout=30_000)
            page.locator(".graphiql-response").get_by_text("管理员").wait_for(timeout=30_000)
            answer = page.locator(".graphiql-response").inner_text()
        finally:
            browser.close()
    assert outside == [], "GraphiQL reached beyond loopback"
    assert '"username": "admin"' in answer and '"displayName": "管理员"' in answer
    assert any("/static/graphiql/graphiql-3.8.3/graphiql.min.js" in u for u in loaded)
