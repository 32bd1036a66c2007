"""The staff-activation page the invitation SMS links to, unless ``STAFF_ACTIVATION_URL`` points at
a front end: a small Chinese, phone-friendly form on the company's host, like the sandbox cashier."""

from __future__ import annotations

import html

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.views.decorators.http import require_http_methods

from saas.accounts.errors import StaffErrorCode
from saas.accounts.staff.invitations import staff_activate
from saas.core.errors import DomainError, DomainErrors
from saas.core.ratelimit import over_limit

DEFAULT_ACTIVATION_URL = "{company_url}staff/activate?code={code}"
MISMATCH = "两次输入的密码不一致。"

PAGE = """<!doctype html><html lang="zh-hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>激活员工账号</title>
<style>body{{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}
label{{display:block;margin:.8rem 0 .2rem}}input{{font-size:1.1rem;width:100%;box-sizing:border-box;padding:.5rem}}
button{{font-size:1.1rem;padding:.6rem 1.4rem;margin-top:1rem;width:100%}}
.error{{color:#b00020}}.done{{background:#e6f4ea;border:1px solid #34a853;padding:.75rem;border-radius:.5rem}}
</style></head><body><h1>激活员工账号</h1>{body}</body></html>"""

FORM = """{errors}<p>请设置登录密码（至少 8 位，不要只用数字）。</p>
<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="{csrf}">
<input type="hidden" name="code" value="{code}">
<label for="password">新密码</label>
<input id="password" name="password" type="password" autocomplete="new-password" required>
<label for="confirm">再次输入</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" required>
<button type="submit">激活</button></form>"""

DONE = """<p class="done">账号 {username} 已激活。请打开员工端，用手机号和刚设置的密码登录。</p>"""


def _page(body: str, status: int = 200) -> HttpResponse:
    return HttpResponse(PAGE.format(body=body), status=status, content_type="text/html; charset=utf-8")


def _form(request: HttpRequest, code: str, problems: list[str]) -> str:
    errors = "".join(f'<p class="error">{html.escape(text)}</p>' for text in problems)
    return FORM.format(errors=errors, csrf=get_token(request), code=html.escape(code))


def _attempt(request: HttpRequest, code: str) -> tuple[str | None, list[str]]:
    """(the activated username, or None) and the messages to show."""
    if over_limit(request, group="staff_activate", rate=settings.STAFF_ACTIVATE_RATE):
        return None, [StaffErrorCode.RATE_LIMITED.message()]
    password = request.POST.get("password", "")
    if password != request.POST.get("confirm", ""):
        return None, [MISMATCH]
    try:
        result = staff_activate(token=code, password=password)
    except DomainError as exc:
        return None, [exc.message]
    except DomainErrors as exc:
        return None, [error.message for error in exc.errors]
    return result.user.username, []


@require_http_methods(["GET", "POST"])
def staff_activate_page(request: HttpRequest) -> HttpResponse:
    if getattr(request, "tenant", None) is None or settings.STAFF_ACTIVATION_URL != DEFAULT_ACTIVATION_URL:
        raise Http404
    code = (request.POST if request.method == "POST" else request.GET).get("code", "")
    if request.method == "GET":
        return _page(_form(request, code, []))
    username, problems = _attempt(request, code)
    if username is None:
        return _page(_form(request, code, problems), status=400)
    return _page(DONE.format(username=html.escape(username)))
