"""Where the outbox files a staff notice's messages: under the one community the recipient works
in among those targeted (every community for a company-wide notice), so that community's managers
see them; under none (the admin's view alone) for the admin and for someone working in several."""

from __future__ import annotations

from django_tenants.utils import tenant_context

from saas.notifications.models import OutboxMessage
from tests.factories import staff_member
from tests.notices.conftest import Notices, gid
from tests.notices.test_staff_notices import _publish
from tests.notifications.events import console_sms


def _filed(notices: Notices, title: str) -> dict[str, int | None]:
    with tenant_context(notices.company):
        rows = OutboxMessage.objects.filter(template="notice", params__title=title)
        return {m.user.username: m.community_id for m in rows.select_related("user")}


def test_each_staff_message_is_filed_under_the_recipients_own_targeted_community(notices: Notices) -> None:
    with tenant_context(notices.company):
        console_sms()
        both = staff_member("both", "manager", (notices.x, notices.y), display_name="周敏")
    x, y = notices.x.pk, notices.y.pk
    _publish(notices, by=notices.admin, title="两小区演练", targets=[gid("Community", x), gid("Community", y)])
    assert _filed(notices, "两小区演练") == {
        notices.desk.username: x,
        notices.technician.username: x,
        notices.desk_y.username: y,  # not 京华园, the first target by name
        notices.admin.username: None,
        both.username: None,  # works in both targets
    }
    _publish(notices, title="京华园演练")  # 京华园 only: 周敏 works in one of the targets
    assert _filed(notices, "京华园演练") == {
        notices.desk.username: x,
        notices.technician.username: x,
        notices.admin.username: None,
        both.username: x,
    }
    _publish(notices, by=notices.admin, title="全公司演练", targetLevel="COMPANY", targets=[])
    assert _filed(notices, "全公司演练") == {
        notices.desk.username: x,
        notices.technician.username: x,
        notices.desk_y.username: y,
        notices.admin.username: None,
        both.username: None,
    }
