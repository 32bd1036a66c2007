"""Long ``__in`` lists go as one array parameter: past PostgreSQL's 65,535 parameters a statement
bound on the server would be refused (an import of 80,000 houses reconciled or rolled back)."""

from __future__ import annotations

import pytest

from saas.core.lookups import LONG_IN_LIST
from saas.estates.models import Community, House
from tests.factories import HouseFactory
from tests.graphql import QueryLog

pytestmark = pytest.mark.usefixtures("in_a")


def test_a_list_longer_than_postgresql_takes_parameters_still_filters_counts_and_deletes() -> None:
    houses = [HouseFactory(), HouseFactory()]
    ids = [*range(-70_000, 0), *(h.pk for h in houses), None]
    with QueryLog() as log:
        assert House.objects.filter(pk__in=ids).count() == 2
        assert House.objects.filter(community_id__in=[*range(-70_000, 0), houses[0].community_id]).count() >= 1
        assert Community.objects.filter(houses__in=[*range(-70_000, 0), houses[1].pk]).count() == 1
    assert all("ANY(" in sql for sql in log.statements)
    assert House.objects.filter(pk__in=ids).delete()[0] >= 2  # the cascade's own IN lists too
    assert not House.objects.filter(pk__in=[h.pk for h in houses]).exists()


def test_a_short_list_keeps_in_and_an_empty_one_matches_nothing() -> None:
    house = HouseFactory()
    with QueryLog() as log:
        assert House.objects.filter(pk__in=[house.pk, *range(-LONG_IN_LIST + 2, 0)]).count() == 1
    assert " IN (" in log.statements[0] and "ANY(" not in log.statements[0]
    assert House.objects.filter(pk__in=[]).count() == 0
    assert House.objects.filter(pk__in=[None] * (LONG_IN_LIST + 1)).count() == 0
