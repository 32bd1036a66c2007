"""``rows_update`` writes several rows in one statement and refuses what the columns refuse."""

from __future__ import annotations

import pytest
from django.db import DataError, transaction

from saas.core.rows import rows_update
from saas.estates.models import Community
from tests.factories import CommunityFactory

pytestmark = pytest.mark.usefixtures("in_a")


def test_rows_are_written_in_one_statement() -> None:
    first: Community = CommunityFactory()
    second: Community = CommunityFactory()
    first.name, second.name, second.address = "京华园北区", "清河嘉园南区", "北京市海淀区清河路2号"
    assert rows_update([first, second], ["name", "address"]) == 2
    stored = dict(Community.objects.filter(pk__in=[first.pk, second.pk]).values_list("pk", "name"))
    assert stored == {first.pk: "京华园北区", second.pk: "清河嘉园南区"}
    assert Community.objects.get(pk=second.pk).address == "北京市海淀区清河路2号"


def test_an_over_long_text_is_refused_not_cut() -> None:
    community: Community = CommunityFactory()
    community.name = "园" * 101  # max_length=100: a cast to varchar(100) would have cut it silently
    with pytest.raises(DataError), transaction.atomic():
        rows_update([community], ["name"])
    assert Community.objects.get(pk=community.pk).name != community.name
