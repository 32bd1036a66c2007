"""Provider notifications and the sandbox pay page (Django views, not GraphQL).

Notifications arrive on the public host: ``/payments/notify/<provider>/<schema>/`` for a
company's owners' payments (the company is activated explicitly from the path), and
``/payments/notify/<provider>/`` for the vendor's own subscriptions. A notification is answered
``success`` (Alipay's word) or 2xx once it is verified and recorded in the inbox (committed); its
settlement is queued and runs after the answer. Anything that fails verification gets a 4xx and
changes nothing.
"""

from __future__ import annotations

import html
import logging
import re
import time

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from django_tenants.utils import tenant_context

from billing.gateways.base import Amount, PaymentState
from billing.gateways.sandbox import LABEL, LABEL_EN, SandboxGateway
from billing.models import OrderState, PaymentOrder, Provider
from billing.services.context import current_company, sandbox_allowed
from billing.services.credentials import GatewayNotConfigured, gateway_for
from billing.services.notifications import Received, Verdict, notification_receive
from billing.tasks import settle_soon
from saas.core.money import fen_to_yuan
from tenants.models import Company
from tenants.schemas import activate_public

log = logging.getLogger(__name__)


def _answer(provider: str, received: Received) -> HttpResponse:
    if received.acknowledged:
        if provider == Provider.STRIPE:
            return JsonResponse({"received": True, "result": received.verdict.value})
        return HttpResponse("success", content_type="text/plain")
    log.warning("payment notification refused (%s): %s %s", provider, received.verdict.value, received.detail)
    status = 404 if received.verdict is Verdict.NOT_CONFIGURED else 400
    return HttpResponse(f"fail: {received.detail}", status=status, content_type="text/plain")


def _receive(request: HttpRequest, provider: str) -> HttpResponse:
    if provider not in Provider.values:
        return HttpResponse("fail: unknown provider", status=404, content_type="text/plain")
    headers = {key: value for key, value in request.headers.items()}
    return _answer(provider, _received(notification_receive(provider=provider, headers=headers, body=request.body)))


def _received(received: Received) -> Received:
    """The entry is committed (autocommit): queue its settlement, then the caller answers."""
    if received.entry_id is not None:
        settle_soon(received.entry_id)
    return received


COMPANY_CACHE_SECONDS = 60.0
_companies: dict[str, tuple[float, Company]] = {}


def _company(schema: str) -> Company | None:
    """The company a notify URL names, remembered per process for a minute (only companies that
    exist: random paths must not fill memory). Suspension does not matter here: money already paid
    to a suspended company still lands."""
    now = time.monotonic()
    cached = _companies.get(schema)
    if cached is not None and now - cached[0] < COMPANY_CACHE_SECONDS:
        return cached[1]
    company = Company.objects.customers().filter(schema_name=schema).first()
    if company is not None:
        _companies[schema] = (now, company)
    return company


@csrf_exempt
@require_POST
def tenant_notify(request: HttpRequest, provider: str, schema: str) -> HttpResponse:
    company = _company(schema)
    if company is None:
        return HttpResponse("fail: unknown merchant", status=404, content_type="text/plain")
    # Suspended or read-only companies still receive money already paid to them.
    with tenant_context(company):
        return _receive(request, provider)


@csrf_exempt
@require_POST
def platform_notify(request: HttpRequest, provider: str) -> HttpResponse:
    activate_public()
    return _receive(request, provider)


PAGE = """<!doctype html><html lang="zh-hans"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{label}</title>
<style>body{{font-family:sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem}}
.banner{{background:#fff3cd;border:1px solid #e0b000;padding:.75rem;border-radius:.5rem}}
button{{font-size:1.1rem;padding:.6rem 1.4rem;margin-right:.5rem}}</style></head><body>
<p class="banner"><strong>{label}</strong><br>{label_en}</p>
<h1>¥ {amount}</h1><p>{subject}</p><p>订单号 {out_trade_no} · {state}</p>{actions}</body></html>"""


# Our order numbers (``out_trade_no_new``): anything else is not an order, and a NUL must never
# reach PostgreSQL.
OUT_TRADE_NO_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _plain(text: str, status: int) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


def _sandbox_refusal(request: HttpRequest, out_trade_no: str) -> tuple[PaymentOrder | None, HttpResponse | None]:
    """The order this page may act on, or why not: unknown order, the sandbox switched off or not
    allowed for this company (a paying company takes no fake money), a missing or wrong token."""
    if not OUT_TRADE_NO_RE.fullmatch(out_trade_no):
        return None, _plain("not found", 404)
    order = PaymentOrder.objects.filter(out_trade_no=out_trade_no, provider=Provider.SANDBOX).first()
    if order is None:
        return None, _plain("not found", 404)
    try:
        gateway = gateway_for(Provider.SANDBOX)
    except GatewayNotConfigured:
        return None, _plain("模拟支付未启用 · sandbox payments are switched off", 403)
    if not sandbox_allowed(current_company()):
        return None, _plain("本公司不可使用模拟支付 · sandbox payments are not allowed here", 403)
    token = request.GET.get("t", "")
    if not isinstance(gateway, SandboxGateway) or not gateway.page_token_valid(out_trade_no, token):
        return None, _plain("链接无效 · this payment link is not valid", 403)
    return order, None


def _sandbox_deliver(order: PaymentOrder, action: str) -> Received | HttpResponse:
    """Only a PENDING order that has not expired can be paid or cancelled from the page."""
    if order.state != OrderState.PENDING or order.expires_at <= timezone.now():
        return _plain("订单已结束或已过期 · this order is no longer open", 409)
    state = PaymentState.CLOSED if action == "cancel" else PaymentState.PAID
    gateway = gateway_for(Provider.SANDBOX)
    headers, body = gateway.notification_build(  # type: ignore[attr-defined]
        out_trade_no=order.out_trade_no, amount=Amount(order.amount_fen, order.currency), state=state
    )
    return _received(notification_receive(provider=Provider.SANDBOX, headers=headers, body=body))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def sandbox_page(request: HttpRequest, out_trade_no: str) -> HttpResponse:
    """The sandbox's cashier: shows the order, and on "pay" delivers the signed callback to the
    same notification handling as a real provider's (in-process: no real money moves). The
    checkout URL's token stands in for CSRF protection: a foreign page cannot know it."""
    order, refusal = _sandbox_refusal(request, out_trade_no)
    if refusal is not None or order is None:
        return refusal or _plain("not found", 404)
    result = ""
    if request.method == "POST":
        received = _sandbox_deliver(order, request.POST.get("action", "pay"))
        if isinstance(received, HttpResponse):
            return received
        if request.headers.get("Accept", "").startswith("application/json"):
            return JsonResponse({"result": received.verdict.value, "detail": received.detail})
        order.refresh_from_db()
        result = (
            "<p>已处理（模拟）。</p>" if received.acknowledged else f"<p>未处理：{html.escape(received.detail)}</p>"
        )
    actions = result
    if order.state == OrderState.PENDING and order.expires_at > timezone.now():
        actions += (
            '<form method="post"><button name="action" value="pay">确认支付（模拟）</button>'
            '<button name="action" value="cancel">取消</button></form>'
        )
    page = PAGE.format(
        label=LABEL,
        label_en=LABEL_EN,
        amount=fen_to_yuan(order.amount_fen),
        subject=html.escape(order.subject),
        out_trade_no=html.escape(order.out_trade_no),
        state=html.escape(OrderState(order.state).label),
        actions=actions,
    )
    return HttpResponse(page, content_type="text/html; charset=utf-8")
