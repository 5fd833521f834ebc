"""Photo location: a GPS position in a photo's EXIF metadata, as "lat,lon" in decimal degrees.

Phones write where a photo was taken into the file; a photo taken at home and posted publicly
publishes the home's position to five decimal places (about a metre). Graded high always.

An image page's file is read with ``exifread`` in its lenient mode; truncated, hostile or
EXIF-less files give no finding and never raise. A photo page that prints its photo's EXIF
("GPS Latitude 53 deg 55' 29.86\" N", as Flickr's page and its getExif API do) publishes the
same position: read from the subject's own pages too.
"""

from __future__ import annotations

import io
import logging
import re
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


_DMS = r"(\d{1,3})\s*(?:deg|°)\s*(\d{1,2})\s*['’]\s*([\d.]+)\s*(?:(?:\\?[\"”]|'')\s*)?([NSEW])\b"
_PRINTED_LAT = re.compile(r"GPS\s*Latitude\b(?!\s*Ref)[^\d]{0,60}?" + _DMS)
_PRINTED_LON = re.compile(r"GPS\s*Longitude\b(?!\s*Ref)[^\d]{0,60}?" + _DMS)
"""EXIF GPS printed in degrees, minutes and seconds, as exiftool and Flickr print it, in a
page's text or an API's JSON (where the quote mark is escaped)."""
MAX_PRINTED_TEXT = 400_000


def _printed(pattern: re.Pattern[str], text: str) -> float | None:
    found = pattern.search(text)
    if found is None:
        return None
    d, m, sec, ref = found.groups()
    try:
        value = float(d) + float(m) / 60 + float(sec) / 3600
    except ValueError:
        return None
    return -value if ref in "SW" else value


def printed_gps(text: str) -> tuple[float, float] | None:
    """(lat, lon) of EXIF GPS printed in ``text``, or None."""
    lat, lon = _printed(_PRINTED_LAT, text), _printed(_PRINTED_LON, text)
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


class PrintedGpsExtractor(Extractor):
    """GPS from a photo's EXIF as a page or API prints it, on the subject's own pages."""

    kind = FindingKind.PHOTO_LOCATION

    def extract(self, doc: Document, subject: Subject) -> Iterable[Finding]:
        if not (doc.owner_is_subject or doc.subject_posts):
            return
        if doc.kind == "json":  # the API's fields, not only the bio it was read for
            text = doc.page.body[:MAX_PRINTED_TEXT].decode("utf-8", "replace")
        else:
            text = doc.text
        if "GPS" not in text:
            return
        position = printed_gps(text)
        if position is not None:
            yield self.finding(doc, format_position(*position), "EXIF GPS printed on the page")
