"""The peak benchmark's server: the real settings and URLs plus one baseline view, a plain Django
view answering "my bills" (the owner app's ``OwnerMyBills`` shape) from hand-written SQL.

Served with ``DJANGO_SETTINGS_MODULE=tests.bench.peak_settings`` by ``bench_peak`` only.
"""

from __future__ import annotations

from typing import Any

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.urls import path

BILLS = """
SELECT b.id, b.period, b.due_date, b.status,
       b.amount_fen + b.late_fee_fen, b.paid_fen + b.late_fee_paid_fen, b.waived_fen + b.late_fee_waived_fen,
       b.late_fee_fen, h.id, h.room_number, c.name, bu.name, u.name
FROM finance_bill b
JOIN estates_house h ON h.id = b.house_id
JOIN estates_community c ON c.id = h.community_id
JOIN estates_building bu ON bu.id = h.building_id
JOIN estates_unit u ON u.id = h.unit_id
WHERE b.house_id IN (
    SELECT o.house_id FROM residents_occupancy o JOIN residents_resident r ON r.id = o.resident_id
    WHERE r.user_id = %s AND o.move_in <= CURRENT_DATE AND (o.move_out IS NULL OR o.move_out > CURRENT_DATE)
)
ORDER BY b.period, b.id
LIMIT %s
"""
LINES = """
SELECT l.bill_id, l.id, l.description, l.quantity, l.unit_price, l.months, l.amount_fen, l.paid_fen, l.waived_fen
FROM finance_billline l WHERE l.bill_id = ANY(%s) ORDER BY l.bill_id, l.id
"""


def _yuan(fen: int) -> str:
    return f"{fen // 100}.{fen % 100:02d}" if fen >= 0 else f"-{_yuan(-fen)}"


def my_bills(request: HttpRequest) -> JsonResponse:
    if not request.user.is_authenticated:
        return JsonResponse({"errors": [{"message": "login", "extensions": {"code": "UNAUTHENTICATED"}}]})
    first = min(int(request.GET.get("first", "20")), 200)
    with connection.cursor() as cursor:
        cursor.execute(BILLS, [request.user.pk, first])
        bills = cursor.fetchall()
        cursor.execute(LINES, [[row[0] for row in bills]])
        lines: dict[int, list[dict[str, Any]]] = {}
        for bill_id, pk, description, quantity, price, months, amount, paid, waived in cursor.fetchall():
            lines.setdefault(bill_id, []).append(
                {
                    "id": pk, "description": description, "quantity": str(quantity), "unitPrice": str(price),
                    "months": months, "amount": _yuan(amount), "paid": _yuan(paid), "waived": _yuan(waived),
                    "balance": _yuan(amount - paid - waived),
                }
            )  # fmt: skip
    edges = [
        {
            "node": {
                "id": pk, "period": period.isoformat(), "dueDate": due.isoformat(), "status": status.upper(),
                "total": _yuan(total), "paid": _yuan(paid), "waived": _yuan(waived),
                "balance": _yuan(total - paid - waived), "lateFee": _yuan(late),
                "house": {
                    "id": house, "roomNumber": room, "community": {"name": community},
                    "building": {"name": building}, "unit": {"name": unit},
                },
                "lines": lines.get(pk, []),
            }
        }
        for pk, period, due, status, total, paid, waived, late, house, room, community, building, unit in bills
    ]  # fmt: skip
    return JsonResponse({"data": {"bills": {"totalCount": len(edges), "edges": edges}}})


def _urlpatterns() -> list[Any]:
    from saas.urls_tenant import urlpatterns as tenant_urls

    return [*tenant_urls, path("bench/my-bills", my_bills)]


urlpatterns = _urlpatterns()
handler500 = "saas.server.server_error"
