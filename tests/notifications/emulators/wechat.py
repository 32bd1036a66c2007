"""A small WeChat API for tests: access tokens (``/cgi-bin/token``, checked on every call),
official-account template messages (one message per openid and ``client_msg_id``, like WeChat)
and mini-program subscribe messages (each consumes one subscription the user granted; none left:
43101). Errors come as HTTP 200 with ``errcode``.

Logins: ``login(app_id, openid)`` is what WeChat gives a front end (``wx.login()`` in the mini
program, the ``code`` an official account's web-page authorisation redirects with); the server
trades it once at ``/sns/jscode2session`` or ``/sns/oauth2/access_token`` for the openid. An
unknown code (or one of another app) answers 40029, a code traded before 40163; ``login_faults``
injects 45011 (frequency limit) and -1 (busy).

``answer_next_raw(body, times)``: the next calls (any path, after the token check) answer these
bytes with HTTP 200 instead, for replies WeChat does not document (a JSON number or list, an
``errcode`` that is not a number)."""

from __future__ import annotations

import json
import secrets
import threading
from collections import Counter
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from tests.billing.emulators.common import JsonHandler, Server
from tests.notifications.emulators.faults import Faults

OFFICIAL_APP_ID, OFFICIAL_SECRET = "wx0fficial0000001", "wuye-official-secret-000000000001"
MINI_APP_ID, MINI_SECRET = "wx0mini00000000001", "wuye-mini-secret-00000000000000001"


class WechatEmulator:
    def __init__(self) -> None:
        self.apps = {OFFICIAL_APP_ID: OFFICIAL_SECRET, MINI_APP_ID: MINI_SECRET}
        self.template_faults = Faults(transient_code="-1", permanent_code="43004")
        self.subscribe_faults = Faults(transient_code="-1", permanent_code="43101")
        self.tokens: dict[str, str] = {}
        self.token_calls = 0
        self.client_msg_ids: dict[tuple[str, str], str] = {}
        self.quota: Counter[tuple[str, str]] = Counter()  # (openid, template id) → subscriptions left
        self.unlimited_quota = True  # load runs: every user granted enough subscriptions
        self.sent: list[dict[str, Any]] = []
        self.login_faults = Faults(transient_code="-1", permanent_code="40029")
        self.codes: dict[str, tuple[str, str]] = {}  # code → (app id, openid)
        self.used_codes: set[str] = set()
        self.raw: list[bytes] = []
        self.lock = threading.Lock()
        self.server = Server(_Handler)
        self.server.httpd.owner = self  # type: ignore[attr-defined]
        self.server.start()
        host, port = self.server.address
        self.url = f"http://{host}:{port}"

    def reset(self) -> None:
        self.template_faults.reset()
        self.subscribe_faults.reset()
        self.login_faults.reset()
        with self.lock:
            self.codes.clear()
            self.used_codes.clear()
            self.tokens.clear()
            self.token_calls = 0
            self.client_msg_ids.clear()
            self.quota.clear()
            self.unlimited_quota = True
            self.sent.clear()
            self.raw.clear()

    def stop(self) -> None:
        self.server.stop()

    def grant(self, openid: str, template_id: str, times: int = 1) -> None:
        with self.lock:
            self.unlimited_quota = False
            self.quota[(openid, template_id)] += times

    def answer_next_raw(self, body: bytes, times: int = 1) -> None:
        with self.lock:
            self.raw.extend([body] * times)

    def take_raw(self) -> bytes | None:
        with self.lock:
            return self.raw.pop(0) if self.raw else None

    def login(self, app_id: str, openid: str) -> str:
        """A fresh one-time code for ``openid`` in ``app_id``, as ``wx.login()`` returns it."""
        code = secrets.token_urlsafe(24)
        with self.lock:
            self.codes[code] = (app_id, openid)
        return code

    def code_to_session(self, params: dict[str, str], *, code_param: str, official: bool) -> dict[str, Any]:
        app_id, code = params.get("appid", ""), params.get(code_param, "")
        if app_id not in self.apps:
            return {"errcode": 40013, "errmsg": "invalid appid"}
        if self.apps[app_id] != params.get("secret") or params.get("grant_type") != "authorization_code":
            return {"errcode": 40125, "errmsg": "invalid appsecret"}
        fault = self.login_faults.outcome(code, app_id)
        if fault is not None:
            return {"errcode": int(fault), "errmsg": f"error {fault}"}
        with self.lock:
            if code in self.used_codes:
                return {"errcode": 40163, "errmsg": "code been used"}
            found = self.codes.get(code)
            if found is None or found[0] != app_id:
                return {"errcode": 40029, "errmsg": "invalid code"}
            self.used_codes.add(code)
        openid = found[1]
        if official:
            return {
                "access_token": secrets.token_hex(16),
                "expires_in": 7200,
                "refresh_token": secrets.token_hex(16),
                "openid": openid,
                "scope": "snsapi_base",
            }
        return {"openid": openid, "session_key": secrets.token_urlsafe(16)}

    def token(self, params: dict[str, str]) -> dict[str, Any]:
        if self.apps.get(params.get("appid", "")) != params.get("secret"):
            return {"errcode": 40125, "errmsg": "invalid appsecret"}
        token = secrets.token_hex(16)
        with self.lock:
            self.tokens[token] = params["appid"]
            self.token_calls += 1
        return {"access_token": token, "expires_in": 7200}

    def template_send(self, app_id: str, body: dict[str, Any]) -> dict[str, Any]:
        openid, msg_id = body.get("touser", ""), body.get("client_msg_id", "")
        with self.lock:
            earlier = self.client_msg_ids.get((openid, msg_id)) if msg_id else None
        if earlier is not None:  # WeChat: one message per openid and client_msg_id
            return {"errcode": 0, "errmsg": "ok", "msgid": earlier}
        code = self.template_faults.outcome(msg_id, openid)
        if code is not None:
            return {"errcode": int(code), "errmsg": f"error {code}"}
        msgid = str(secrets.randbelow(10**15))
        with self.lock:
            self.client_msg_ids[(openid, msg_id)] = msgid
            self.sent.append({"kind": "template", "app": app_id, **body})
        return {"errcode": 0, "errmsg": "ok", "msgid": msgid}

    def subscribe_send(self, app_id: str, body: dict[str, Any], key: str) -> dict[str, Any]:
        openid, template_id = body.get("touser", ""), body.get("template_id", "")
        with self.lock:
            if not self.unlimited_quota and self.quota[(openid, template_id)] <= 0:
                self.subscribe_faults.outcome(key, "")  # counted as a call
                return {"errcode": 43101, "errmsg": "user refuse to accept the msg"}
        code = self.subscribe_faults.outcome(key, openid)
        if code is not None:
            return {"errcode": int(code), "errmsg": f"error {code}"}
        with self.lock:
            if not self.unlimited_quota:
                self.quota[(openid, template_id)] -= 1
            self.sent.append({"kind": "subscribe", "app": app_id, **body})
        return {"errcode": 0, "errmsg": "ok", "msgid": str(secrets.randbelow(10**15))}


class _Handler(JsonHandler):
    def _owner(self) -> WechatEmulator:
        return self.server.owner  # type: ignore[attr-defined,no-any-return]

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = dict(parse_qsl(url.query))
        raw = self._owner().take_raw()
        if raw is not None:
            self.reply(200, raw)
            return
        if url.path == "/cgi-bin/token":
            self.reply(200, json.dumps(self._owner().token(params)).encode())
            return
        if url.path == "/sns/jscode2session":
            answer = self._owner().code_to_session(params, code_param="js_code", official=False)
            self.reply(200, json.dumps(answer).encode())
            return
        if url.path == "/sns/oauth2/access_token":
            answer = self._owner().code_to_session(params, code_param="code", official=True)
            self.reply(200, json.dumps(answer).encode())
            return
        self.reply(404, b"{}")

    def do_POST(self) -> None:
        emulator = self._owner()
        url = urlsplit(self.path)
        token = dict(parse_qsl(url.query)).get("access_token", "")
        body = json.loads(self.read_body() or b"{}")
        with emulator.lock:
            app_id = emulator.tokens.get(token)
        raw = emulator.take_raw() if app_id is not None else None
        if raw is not None:
            self.reply(200, raw)
            return
        if app_id is None:
            answer: dict[str, Any] = {"errcode": 40001, "errmsg": "invalid credential, access_token is invalid"}
        elif url.path == "/cgi-bin/message/template/send":
            answer = emulator.template_send(app_id, body)
        elif url.path == "/cgi-bin/message/subscribe/send":
            # WeChat has no id for these; the test harness reads ours from the page it opens.
            key = dict(parse_qsl(urlsplit(body.get("page", "")).query)).get("m", "")
            answer = emulator.subscribe_send(app_id, body, key)
        else:
            answer = {"errcode": 40066, "errmsg": "invalid url"}
        self.reply(200, json.dumps(answer, ensure_ascii=False).encode())
