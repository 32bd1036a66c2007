"""WeChat over its HTTPS API (httpx): official-account template messages and mini-program
subscribe messages. Template messages carry ``client_msg_id`` (WeChat sends one message per openid
and id), so a resend after a crash is safe; subscribe messages have no such id, but each consumes
one subscription the person granted, so a resend of one already delivered is refused (43101)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import httpx
from django.core.cache import cache

from saas.notifications.channels.base import Accepted, Outgoing, PermanentError, TransientError

TOKEN_INVALID = frozenset({40001, 40014, 42001})  # stale access token: fetch a new one and retry
TRANSIENT = frozenset({-1, 45009, 45011, 45047}) | TOKEN_INVALID  # busy, frequency limits
# 43004 not following the account, 43101 no subscription left, 40003 no such openid,
# 40037 / 47003 bad template or data: never retried.
NO_QUOTA = 43101
CODE_INVALID, CODE_USED = 40029, 40163  # a login code unknown or expired; traded before
WECHAT_LIMIT = 20  # "thing" values take at most 20 characters
MALFORMED = "MALFORMED"  # a reply that is not what WeChat documents: treated as WeChat being unwell


def _object(response: httpx.Response) -> dict[str, Any]:
    """The reply's JSON object; anything else (not JSON, a number, a list) is transient."""
    body = response.json()
    if not isinstance(body, dict):
        raise TransientError(MALFORMED, f"WeChat answered {response.text[:200]!r}")
    return body


class WechatSender:
    def __init__(self, *, provider: str, app_id: str, app_secret: str, api_base: str) -> None:
        self.provider = provider
        self.app_id = app_id
        self.app_secret = app_secret
        self.api_base = api_base.rstrip("/")
        self.http = httpx.Client(timeout=httpx.Timeout(10.0, connect=5.0))

    def _token_key(self) -> str:
        return f"wechat-token:{self.app_id}"

    def _token(self) -> str:
        token: str | None = cache.get(self._token_key())
        if token:
            return token
        body = self._get(
            "/cgi-bin/token", {"grant_type": "client_credential", "appid": self.app_id, "secret": self.app_secret}
        )
        self._raise_for(body)
        token = body.get("access_token")
        try:
            lifetime = int(body.get("expires_in", 7200))
        except (TypeError, ValueError):
            lifetime = 0
        if not isinstance(token, str) or not token or lifetime <= 0:
            raise TransientError(MALFORMED, f"WeChat answered without a usable access token: {str(body)[:200]}")
        cache.set(self._token_key(), token, max(60, lifetime - 300))
        return token

    def _get(self, path: str, params: dict[str, str]) -> dict[str, Any]:
        try:
            response = self.http.get(self.api_base + path, params=params)
            if response.status_code >= 500:
                raise TransientError(f"HTTP{response.status_code}", response.text[:200])
            return _object(response)
        except (httpx.HTTPError, ValueError) as exc:
            raise TransientError(type(exc).__name__, str(exc)) from exc

    def _post(self, path: str, payload: dict[str, Any]) -> dict[str, Any]:
        try:
            response = self.http.post(self.api_base + path, params={"access_token": self._token()}, json=payload)
            if response.status_code >= 500:
                raise TransientError(f"HTTP{response.status_code}", response.text[:200])
            return _object(response)
        except (httpx.HTTPError, ValueError) as exc:
            raise TransientError(type(exc).__name__, str(exc)) from exc

    def _raise_for(self, body: dict[str, Any]) -> None:
        raw = body.get("errcode") or 0
        if isinstance(raw, bool) or not isinstance(raw, int | str):
            raise TransientError(MALFORMED, f"errcode {raw!r}"[:200])
        try:
            code = int(raw)
        except ValueError:
            raise TransientError(MALFORMED, f"errcode {raw!r}"[:200]) from None
        if code == 0:
            return
        if code in TOKEN_INVALID:
            cache.delete(self._token_key())
        error = TransientError if code in TRANSIENT else PermanentError
        raise error(str(code), str(body.get("errmsg", "")))

    def _data(self, message: Outgoing) -> dict[str, dict[str, str]]:
        fields = message.fields or {name: name for name in message.params}
        return {key: {"value": str(message.params.get(name, ""))[:WECHAT_LIMIT]} for key, name in fields.items()}

    def send(self, message: Outgoing) -> Accepted:
        if self.provider == "wechat_official":
            payload: dict[str, Any] = {
                "touser": message.address,
                "template_id": message.template_id,
                "client_msg_id": message.dedupe_key,
                "data": self._data(message),
            }
            body = self._post("/cgi-bin/message/template/send", payload)
            self._raise_for(body)
            return Accepted(str(body.get("msgid", "")))
        payload = {
            "touser": message.address,
            "template_id": message.template_id,
            "page": message.page,
            "data": self._data(message),
        }
        body = self._post("/cgi-bin/message/subscribe/send", payload)
        self._raise_for(body)
        return Accepted(str(body.get("msgid", "")))

    def openid_of(self, code: str) -> str:
        """The openid of whoever the front end's one-time ``code`` belongs to: the mini program's
        ``wx.login()`` code (``jscode2session``) or the official account's web-page authorisation
        code (``sns/oauth2/access_token``). The session key and the user's access token that come
        with it are not kept: we only send to the openid."""
        grant = {"appid": self.app_id, "secret": self.app_secret, "grant_type": "authorization_code"}
        if self.provider == "wechat_official":
            body = self._get("/sns/oauth2/access_token", {**grant, "code": code})
        else:
            body = self._get("/sns/jscode2session", {**grant, "js_code": code})
        self._raise_for(body)
        openid = str(body.get("openid") or "")
        if not openid or len(openid) > 64:
            raise TransientError("NO_OPENID", "WeChat answered without an openid")
        return openid

    def find_sent(self, message: Outgoing, since: datetime) -> Accepted | None:
        """WeChat has no lookup; a template resend is deduplicated by ``client_msg_id`` and a
        subscribe resend of a delivered message is refused for want of quota: both safe."""
        return None


def subscribe_quota_spent(error: Exception) -> bool:
    return isinstance(error, PermanentError) and error.code == str(NO_QUOTA)
