"""Photos through a GraphQL multipart request: checked by content and size, stored under the
company's prefix, served only to whoever may see the order."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from saas.workorders.models import WorkOrder, WorkOrderPhoto
from saas.workorders.photos import MAX_PHOTO_BYTES, sniff_image
from tenants.schemas import activate_public
from tests.graphql import GraphQLClient
from tests.workorders.conftest import SUBMIT, Repairs, codes, gid

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 64
FIELDS = "photos { url jpegUrl contentType size }"


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


def _multipart(client: GraphQLClient, variables: dict[str, Any], files: list[tuple[str, bytes]], fields: str) -> Any:
    document = SUBMIT.replace("community { name }", f"community {{ name }} {fields}")
    variables["input"]["photos"] = [None] * len(files)
    data: dict[str, Any] = {
        "operations": json.dumps({"query": document, "variables": variables}),
        "map": json.dumps({str(i): [f"variables.input.photos.{i}"] for i in range(len(files))}),
    }
    for index, (name, content) in enumerate(files):
        data[str(index)] = SimpleUploadedFile(name, content, content_type="image/jpeg")
    response = client.http.post("/graphql", data=data, HTTP_AUTHORIZATION=f"Bearer {client.token}")
    activate_public()
    return response.json()


def _report(repairs: Repairs, files: list[tuple[str, bytes]], user: Any = None) -> dict[str, Any]:
    variables = {
        "input": {"category": "PLUMBING", "description": "天花板渗水", "house": gid("House", repairs.house.pk)}
    }
    body = _multipart(repairs.client(user or repairs.owner), variables, files, FIELDS)
    assert "errors" not in body, body
    payload: dict[str, Any] = body["data"]["workOrderSubmit"]
    return payload


def test_sniffing_reads_the_bytes_not_the_name() -> None:
    assert sniff_image(JPEG[:12]) == ("image/jpeg", "jpg")
    assert sniff_image(PNG[:12]) == ("image/png", "png")
    assert sniff_image(WEBP[:12]) == ("image/webp", "webp")
    assert sniff_image(b"GIF89a......") is None
    assert sniff_image(b"<svg xmlns=") is None


def test_photos_are_stored_under_the_company_and_listed(repairs: Repairs, media: Path) -> None:
    payload = _report(repairs, [("a.jpg", JPEG), ("b.png", PNG), ("c.webp", WEBP)])
    assert payload["errors"] == []
    photos = payload["workOrder"]["photos"]
    assert [(p["contentType"], p["size"]) for p in photos] == [
        ("image/jpeg", len(JPEG)),
        ("image/png", len(PNG)),
        ("image/webp", len(WEBP)),
    ]
    stored = repairs.in_schema(lambda: list(WorkOrderPhoto.objects.values_list("file", flat=True)))
    schema = repairs.company.schema_name
    assert all(name.startswith(f"{schema}/workorders/") for name in stored)
    assert (media / stored[0]).read_bytes() == JPEG
    assert stored[1].endswith(".png") and stored[2].endswith(".webp")


def test_a_photo_is_served_only_to_those_who_see_the_order(repairs: Repairs) -> None:
    url = _report(repairs, [("a.jpg", JPEG)])["workOrder"]["photos"][0]["url"]
    host = repairs.client(repairs.owner).host

    def get(user: Any) -> int:
        headers = {"HTTP_AUTHORIZATION": f"Bearer {repairs.client(user).token}"} if user else {}
        response = Client(HTTP_HOST=host).get(url, **headers)
        activate_public()
        if response.status_code == 200:
            assert b"".join(response.streaming_content) == JPEG  # type: ignore[attr-defined]
            assert response["Content-Type"] == "image/jpeg"
        return response.status_code

    assert get(repairs.owner) == 200
    assert get(repairs.desk) == 200
    assert get(repairs.other_owner) == 404
    assert get(repairs.desk_y) == 404
    assert get(repairs.ma) == 404  # not his order (yet)
    assert get(None) == 404


def test_bad_photos_are_refused_and_nothing_is_written(repairs: Repairs, media: Path) -> None:
    too_big = JPEG + b"\x00" * (MAX_PHOTO_BYTES - len(JPEG) + 1)
    payload = _report(repairs, [("ok.jpg", JPEG), ("fake.jpg", b"not an image at all"), ("big.jpg", too_big)])
    assert codes(payload) == [("photos.1", "PHOTO_TYPE_NOT_ALLOWED"), ("photos.2", "PHOTO_TOO_LARGE")]
    assert payload["errors"][1]["message"] == "每张照片不能超过 5 MB。"
    assert payload["workOrder"] is None
    assert repairs.in_schema(lambda: (WorkOrder.objects.count(), WorkOrderPhoto.objects.count())) == (0, 0)
    assert list(media.rglob("*.*")) == []


def test_at_most_nine_photos(repairs: Repairs, media: Path) -> None:
    payload = _report(repairs, [(f"{n}.jpg", JPEG) for n in range(10)])
    assert codes(payload) == [("photos", "TOO_MANY_PHOTOS")]
    assert list(media.rglob("*.*")) == []


def _heic(width: int = 64, height: int = 48) -> bytes:
    """A real HEIC file, HEVC-encoded by libheif (what an iPhone uploads by default)."""
    import io

    import pillow_heif
    from PIL import Image

    buffer = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (width, height), (200, 30, 30))).save(buffer, quality=80)
    return buffer.getvalue()


def test_a_heic_photo_is_kept_with_a_jpeg_beside_it(repairs: Repairs, media: Path) -> None:
    import io

    from PIL import Image

    heic = _heic()
    assert sniff_image(heic[:12]) == ("image/heic", "heic")
    payload = _report(repairs, [("IMG_0001.HEIC", heic)])
    assert payload["errors"] == []
    [photo] = payload["workOrder"]["photos"]
    assert (photo["contentType"], photo["size"]) == ("image/heic", len(heic))
    stored = repairs.in_schema(lambda: WorkOrderPhoto.objects.values_list("file", "jpeg_file").get())
    assert stored[0].endswith(".heic") and stored[1] == f"{stored[0]}.jpg"
    assert (media / stored[0]).read_bytes() == heic

    host = repairs.client(repairs.owner).host
    assert photo["jpegUrl"] == f"{photo['url']}/jpeg"
    response = Client(HTTP_HOST=host).get(
        photo["jpegUrl"],
        HTTP_AUTHORIZATION=f"Bearer {repairs.client(repairs.owner).token}",
    )
    activate_public()
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(b"".join(response.streaming_content)))  # type: ignore[attr-defined]
    assert image.format == "JPEG" and image.size == (64, 48)
    red, green, blue = image.convert("RGB").getpixel((32, 24))  # type: ignore[misc]
    assert red > 150 and green < 80 and blue < 80, "the picture survived the conversion"
    stranger = Client(HTTP_HOST=host).get(f"{photo['url']}/jpeg")
    activate_public()
    assert stranger.status_code == 404


def test_a_file_posing_as_heic_is_refused(repairs: Repairs, media: Path) -> None:
    fake = b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64
    payload = _report(repairs, [("IMG_0002.HEIC", fake)])
    assert codes(payload) == [("photos.0", "PHOTO_TYPE_NOT_ALLOWED")]
    assert list(media.rglob("*.*")) == []
