"""The lean path for plain fields answers exactly what graphql-core's full path answers (values,
nulls, errors and where they are), and plain scalar and object fields really take it."""

from __future__ import annotations

import enum
from typing import Any

import pytest
import strawberry
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext

from schema.core.execution import LeanExecutionContext


@strawberry.enum
class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@strawberry.type
class Part:
    label: str
    weight: int | None
    broken: str = None  # type: ignore[assignment]  # a non-null error inside an object

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, Part)


@strawberry.type
class Bolt:  # no is_type_of: its lists complete without an info
    size: int
    note: str | None = None


@strawberry.type
class Thing:
    name: str
    size: int
    colour: Colour
    note: str | None
    broken: str  # None on purpose: a non-null error
    count: int  # a string on purpose: the serialiser refuses it
    part: Part | None = None
    main_part: Part = None  # type: ignore[assignment]  # None on the second thing: a non-null error
    wrong: Part | None = None  # not a Part on the second thing: is_type_of refuses it
    bolts: list[Bolt] = strawberry.field(default_factory=list)  # a broken bolt on the second thing
    loose_bolts: list[Bolt | None] | None = None  # a null among them on the first thing
    odd_parts: list[Part] = strawberry.field(default_factory=list)  # a null, then not a Part, on the second

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, Thing)

    @strawberry.field
    def shout(self) -> str:
        return self.name.upper()

    @strawberry.field
    def label(self, root: Thing) -> str | None:  # computed from the row: null on the second thing
        return None if root.size > 1 else f"#{root.size}"

    @strawberry.field
    def fails(self) -> str:
        raise ValueError("坏了")

    @strawberry.field
    def odd(self) -> int:
        return "x"  # type: ignore[return-value]  # the serialiser refuses it

    @strawberry.field
    def seen_by(self, root: Thing, info: strawberry.Info) -> str:  # takes info
        return f"{info.field_name}:{root.name}"

    @strawberry.field
    def nothing(self) -> str:  # None on purpose: a non-null error from a computed field
        return None  # type: ignore[return-value]

    @strawberry.field
    def times(self, n: int) -> str:  # takes an argument: strawberry's path
        return self.name * n


def _things() -> list[Thing]:
    return [
            Thing(
                name="甲", size=1, colour=Colour.RED, note=None, broken="ok", count=3,
                part=Part(label="轮", weight=None), main_part=Part(label="轴", weight=2, broken="ok"),
                bolts=[Bolt(size=8), Bolt(size=10, note="不锈钢")], loose_bolts=[Bolt(size=6), None],
                odd_parts=[Part(label="轮", weight=1)],
            ),
            Thing(
                name="乙", size=2, colour=Colour.BLUE, note="n", broken=None, count="x",  # type: ignore[arg-type]
                part=None, main_part=None, wrong="not a part",  # type: ignore[arg-type]
                bolts=[Bolt(size=None)], loose_bolts=[], odd_parts=[None, "not a part"],  # type: ignore[arg-type, list-item]
            ),
        ]  # fmt: skip


@strawberry.type
class Query:
    @strawberry.field
    def things(self) -> list[Thing]:
        return _things()

    @strawberry.field
    def thing(self) -> Thing:
        return _things()[0]


DOCUMENTS = [
    "{ things { name size colour note shout } }",
    "{ things { name broken } }",
    "{ things { count } }",
    "{ things { alias: name n2: name @include(if: false) } }",
    "{ things { name part { label weight } } }",
    "{ things { name mainPart { label } } }",
    "{ things { name part { label } wrong { label } } }",
    "{ thing { mainPart { label broken } part { label broken } } }",
    "{ things { ...on Thing { p: part { label } } part { weight } } }",
    "{ things { shout label } }",
    "{ things { name fails } }",
    "{ things { odd seenBy times(n: 2) } }",
    "{ things { name alias: seenBy } }",
    "{ things { name nothing } }",
    "{ thing { label nothing } }",
    "{ things { name bolts { size note } loose: looseBolts { size } } }",
    "{ things { name bolts { note } looseBolts { note } } }",
    "{ thing { bolts { size } looseBolts { size } } }",
    "{ things { name oddParts { label } } }",
]


def _run(execution_context_class: Any, document: str) -> dict[str, Any]:
    schema = strawberry.Schema(query=Query, execution_context_class=execution_context_class)
    result = schema.execute_sync(document)
    errors = [(e.message, e.path) for e in result.errors or []]
    return {"data": result.data, "errors": errors}


def _full_path_fields(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the fields that go through graphql-core's own field execution from now on."""
    executed: list[str] = []
    full = StrawberryGraphQLCoreExecutionContext.execute_field

    def spy(self: Any, parent_type: Any, source: Any, details: Any, *args: Any) -> Any:
        executed.append(details[0].node.name.value)
        return full(self, parent_type, source, details, *args)

    monkeypatch.setattr(StrawberryGraphQLCoreExecutionContext, "execute_field", spy)
    return executed


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_lean_path_answers_what_the_full_path_answers(document: str) -> None:
    assert _run(LeanExecutionContext, document) == _run(StrawberryGraphQLCoreExecutionContext, document)


def test_plain_scalar_fields_skip_graphql_cores_field_execution(monkeypatch: pytest.MonkeyPatch) -> None:
    executed = _full_path_fields(monkeypatch)
    data = _run(LeanExecutionContext, "{ things { name size colour note shout label seenBy times(n: 1) } }")
    assert data["data"]["things"][0] == {
        "name": "甲", "size": 1, "colour": "RED", "note": None, "shout": "甲", "label": "#1", "seenBy": "seenBy:甲",
        "times": "甲",
    }  # fmt: skip
    # Only the list, the resolver taking an argument and the null column took the full path; the
    # columns and the computed fields (with or without info, null or not) did not.
    assert sorted(executed) == ["note", "things", "times", "times"]


def test_plain_object_fields_skip_graphql_cores_field_execution(monkeypatch: pytest.MonkeyPatch) -> None:
    executed = _full_path_fields(monkeypatch)
    data = _run(LeanExecutionContext, "{ thing { part { label weight } mainPart { label weight } } }")["data"]
    assert data == {"thing": {"part": {"label": "轮", "weight": None}, "mainPart": {"label": "轴", "weight": 2}}}
    # The root field and the null weight took the full path; the objects and their columns did not.
    assert sorted(executed) == ["thing", "weight"]


def test_plain_lists_of_objects_skip_graphql_cores_field_execution(monkeypatch: pytest.MonkeyPatch) -> None:
    executed = _full_path_fields(monkeypatch)
    data = _run(LeanExecutionContext, "{ thing { bolts { size note } looseBolts { size } } }")["data"]
    assert data == {
        "thing": {
            "bolts": [{"size": 8, "note": None}, {"size": 10, "note": "不锈钢"}],
            "looseBolts": [{"size": 6}, None],
        }
    }
    # The root field, the null note and the list holding a null took the full path; the list of
    # bolts and its items' other columns did not.
    assert sorted(executed) == ["looseBolts", "note", "thing"]
