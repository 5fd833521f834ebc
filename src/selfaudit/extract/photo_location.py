"""Photo location: a GPS position in a photo's EXIF metadata, as "lat,lon" in decimal degrees.

Phones write where a photo was taken into the file; a photo taken at home and posted publicly
publishes the home's position to five decimal places (about a metre). Graded high always.

Only pages whose content is an image reach this extractor. The file is read with ``exifread``
in its lenient mode; truncated, hostile or EXIF-less files give no finding and never raise.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from ..models import Finding, FindingKind, Subject
from .base import Document, Extractor

MAX_IMAGE_BYTES = 16_000_000


class _OnlyErrors(logging.Filter):
    """exifread warns about every photo without EXIF; that is not worth a line on a terminal."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR


_QUIET = _OnlyErrors()


def _quiet_exifread() -> None:
    logger = logging.getLogger("exifread")
    if _QUIET not in logger.filters:
        logger.addFilter(_QUIET)


def _number(value: Any) -> float:
    if isinstance(value, Fraction | int | float):
        return float(value)
    num, den = getattr(value, "num", None), getattr(value, "den", None)
    if num is not None and den:
        return float(num) / float(den)
    return float(value)


def _degrees(tag: Any) -> float | None:
    values = getattr(tag, "values", tag)
    if not isinstance(values, list | tuple) or not values:
        return None
    parts = [_number(v) for v in values[:3]]
    while len(parts) < 3:
        parts.append(0.0)
    d, m, s = parts
    return d + m / 60 + s / 3600


def _ref(tag: Any) -> str:
    values = getattr(tag, "values", tag)
    if isinstance(values, list | tuple):
        values = values[0] if values else ""
    if isinstance(values, bytes):
        values = values.decode("ascii", "ignore")
    return str(values).strip().upper()[:1]


def gps_from_tags(tags: dict) -> tuple[float, float] | None:
    """(lat, lon) from exifread tags, or None when missing, malformed or out of range."""
    lat_tag, lon_tag = tags.get("GPS GPSLatitude"), tags.get("GPS GPSLongitude")
    if lat_tag is None or lon_tag is None:
        return None
    try:
        lat, lon = _degrees(lat_tag), _degrees(lon_tag)
    except (ArithmeticError, TypeError, ValueError):
        return None
    if lat is None or lon is None:
        return None
    if _ref(tags.get("GPS GPSLatitudeRef", "N")) == "S":
        lat = -lat
    if _ref(tags.get("GPS GPSLongitudeRef", "E")) == "W":
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None  # 0,0 is what a camera without a fix writes
    return lat, lon


def read_gps(body: bytes) -> tuple[tuple[float, float] | None, str | None]:
    """The GPS position and camera ("Make Model") recorded in an image's EXIF."""
    import exifread

    _quiet_exifread()
    tags = exifread.process_file(
        io.BytesIO(body[:MAX_IMAGE_BYTES]), details=False, extract_thumbnail=False
    )
    camera = " ".join(
        str(tags[k]).strip()
        for k in ("Image Make", "Image Model")
        if k in tags and str(tags[k]).strip()
    )
    return gps_from_tags(tags), camera or None


def format_position(lat: float, lon: float) -> str:
    """ "lat,lon" rounded to 5 decimals, without "-0.0"."""
    return f"{round(lat, 5) + 0.0:.5f},{round(lon, 5) + 0.0:.5f}"


class PhotoLocationExtractor(Extractor):
    kind = FindingKind.PHOTO_LOCATION

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        if doc.kind != "image" or not doc.page.body:
            return
        position, camera = read_gps(doc.page.body)
        if position is None:
            return
        evidence = "EXIF GPS in photo" + (f" (camera: {camera})" if camera else "")
        yield self.finding(doc, format_position(*position), evidence)
