"""现场照片 Photos attached to a work order: checked by content, stored under the tenant's prefix.

The type is read from the file's first bytes (JPEG, PNG, WebP, and HEIC/HEIF, which iPhones
upload by default), never from its name or the client's Content-Type. A HEIC/HEIF photo gets a
JPEG copy beside it (``<name>.jpg``): most browsers cannot show HEIC. Files go to Django's default storage as
``<schema>/workorders/<order id>/<random>.<ext>``, so companies never share a path and names
cannot be guessed; they are served only through ``saas.workorders.views`` to whoever may see the
order.
"""

from __future__ import annotations

import io
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pillow_heif
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

from saas.core.errors import ErrorCollector
from saas.workorders.errors import WorkOrderErrorCode
from saas.workorders.models import WorkOrder, WorkOrderPhoto
from tenants.schemas import current_schema_name

MAX_PHOTOS = 9
MAX_PHOTO_MB = 5
MAX_PHOTO_BYTES = MAX_PHOTO_MB * 1024 * 1024
# ISO base media "ftyp" brands: HEVC-coded HEIC, and the generic HEIF image brands.
HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
HEIF_BRANDS = {b"mif1", b"msf1", b"heif"}
JPEG_QUALITY = 85


def sniff_image(head: bytes) -> tuple[str, str] | None:
    """(content type, extension) of a JPEG, PNG or WebP image from its first 12 bytes, else None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png", "png"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "webp"
    if len(head) >= 12 and head[4:8] == b"ftyp":
        if head[8:12] in HEIC_BRANDS:
            return "image/heic", "heic"
        if head[8:12] in HEIF_BRANDS:
            return "image/heif", "heif"
    return None


def heif_to_jpeg(file: Any) -> bytes | None:
    """The photo as a JPEG (turned upright by its EXIF orientation), or None when it does not decode."""
    file.seek(0)
    try:
        heif = pillow_heif.open_heif(file.read())
        image = ImageOps.exif_transpose(heif.to_pillow()).convert("RGB")
    except (ValueError, OSError, SyntaxError, Image.DecompressionBombError):
        return None
    finally:
        file.seek(0)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY)
    return buffer.getvalue()


@dataclass(frozen=True)
class CheckedPhoto:
    file: Any  # a django.core.files File (an upload)
    content_type: str
    extension: str
    size: int
    jpeg: bytes | None = None  # the copy stored beside a HEIC/HEIF photo


def _head(file: Any) -> bytes:
    file.seek(0)
    head = file.read(12)
    file.seek(0)
    return bytes(head)


def check_photos(
    errors: ErrorCollector, files: Sequence[Any], *, field: str = "photos", codes: Any = WorkOrderErrorCode
) -> list[CheckedPhoto]:
    """Report every problem (with ``codes``, an enum defining TOO_MANY_PHOTOS, PHOTO_TOO_LARGE and
    PHOTO_TYPE_NOT_ALLOWED: other domains take photos too); return the photos to store when there is none."""
    if len(files) > MAX_PHOTOS:
        errors.add(codes.TOO_MANY_PHOTOS, field=field, limit=MAX_PHOTOS)
        return []
    checked = []
    for index, file in enumerate(files):
        where = f"{field}.{index}"
        size = int(file.size or 0)
        if size > MAX_PHOTO_BYTES:
            errors.add(codes.PHOTO_TOO_LARGE, field=where, limit=MAX_PHOTO_MB)
            continue
        kind = sniff_image(_head(file))
        if kind is None:
            errors.add(codes.PHOTO_TYPE_NOT_ALLOWED, field=where)
            continue
        jpeg = heif_to_jpeg(file) if kind[1] in ("heic", "heif") else None
        if kind[1] in ("heic", "heif") and jpeg is None:
            errors.add(codes.PHOTO_TYPE_NOT_ALLOWED, field=where)
            continue
        checked.append(CheckedPhoto(file=file, content_type=kind[0], extension=kind[1], size=size, jpeg=jpeg))
    return checked


@dataclass(frozen=True)
class SavedPhoto:
    photo: CheckedPhoto
    name: str
    jpeg_name: str  # "" unless a HEIC/HEIF photo got its JPEG copy


def photo_files_save(directory: str, photos: Sequence[CheckedPhoto]) -> list[SavedPhoto]:
    """Write each photo (and a HEIC/HEIF photo's JPEG copy) as ``<schema>/<directory>/<random>.<ext>``;
    if one write fails, remove what was written."""
    saved: list[SavedPhoto] = []
    try:
        for photo in photos:
            path = f"{current_schema_name()}/{directory}/{secrets.token_hex(12)}.{photo.extension}"
            name = default_storage.save(path, photo.file)
            saved.append(SavedPhoto(photo, name, ""))
            if photo.jpeg is not None:
                saved[-1] = SavedPhoto(photo, name, default_storage.save(f"{name}.jpg", ContentFile(photo.jpeg)))
    except BaseException:
        photo_files_delete(saved)
        raise
    return saved


def photo_files_delete(saved: Sequence[SavedPhoto]) -> None:
    for entry in saved:
        for name in (entry.name, entry.jpeg_name):
            if name:
                default_storage.delete(name)


def photos_store(*, order: WorkOrder, photos: Sequence[CheckedPhoto], uploaded_by: Any) -> list[WorkOrderPhoto]:
    """Write the files, then their rows (call once nothing can refuse the submission any more: a
    failure removes what was written; only a failed commit could leave a file without a row)."""
    saved = photo_files_save(f"workorders/{order.pk}", photos)
    try:
        return WorkOrderPhoto.objects.bulk_create(
            WorkOrderPhoto(
                work_order=order,
                file=entry.name,
                jpeg_file=entry.jpeg_name,
                content_type=entry.photo.content_type,
                size=entry.photo.size,
                uploaded_by=uploaded_by,
            )
            for entry in saved
        )
    except BaseException:
        photo_files_delete(saved)
        raise
