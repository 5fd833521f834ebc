"""Photo GPS: EXIF positions read from image pages; broken images give nothing, never raise."""

from __future__ import annotations

import os

import pytest

from selfaudit.extract import extract_findings
from selfaudit.extract.photo_location import format_position, gps_from_tags
from selfaudit.models import FindingKind, Page, Severity

from .helpers import FIXTURES, MORAG, make_images

IMAGES = make_images()
URL = "https://files.example.org/media/photo.jpg"


def image_page(body: bytes, content_type: str = "image/jpeg") -> Page:
    return Page(url=URL, content_type=content_type, body=body)


@pytest.mark.parametrize(
    ("gps", "little_endian", "expected"),
    [
        ((55.95325, -3.18827), False, "55.95325,-3.18827"),
        ((55.95325, -3.18827), True, "55.95325,-3.18827"),
        ((56.11903, -3.93682), True, "56.11903,-3.93682"),
        ((-33.85678, 151.21530), False, "-33.85678,151.21530"),  # south and east
        ((51.50135, 0.14189), False, "51.50135,0.14189"),
        ((0.0, 0.0), False, None),  # no fix
    ],
)
def test_gps_read(gps: tuple[float, float], little_endian: bool, expected: str | None) -> None:
    body = IMAGES.jpeg(IMAGES.exif_block("Fictocam", "FC-1", gps, little_endian=little_endian))
    found = extract_findings(image_page(body), MORAG)
    assert [f.value for f in found] == ([expected] if expected else [])
    for finding in found:
        assert finding.kind is FindingKind.PHOTO_LOCATION
        assert finding.severity is Severity.HIGH
        assert finding.source_url == URL
        assert finding.evidence == "EXIF GPS in photo (camera: Fictocam FC-1)"


@pytest.mark.parametrize(
    "body",
    [
        IMAGES.jpeg(IMAGES.exif_block("Fictocam", "FC-1", None)),  # EXIF without GPS
        IMAGES.jpeg(None),  # no EXIF at all
        b"",
        b"\xff\xd8\xff",
        b"GIF89a\x01\x00\x01\x00",
        os.urandom(4096),
        b"\xff\xd8\xff\xe1\xff\xffExif\x00\x00MM\x00*\x00\x00\x00\x08" + b"\xff" * 64,
    ],
)
def test_no_gps_no_finding(body: bytes) -> None:
    assert extract_findings(image_page(body), MORAG) == []


def test_every_truncation_of_a_gps_photo_is_survived() -> None:
    whole = IMAGES.IMAGES["photo_gps_edinburgh.jpg"]
    for cut in range(len(whole)):
        found = extract_findings(image_page(whole[:cut]), MORAG)
        assert all(f.value == "55.95325,-3.18827" for f in found), cut


def test_image_pages_go_only_to_the_gps_extractor() -> None:
    body = IMAGES.IMAGES["photo_gps_edinburgh.jpg"] + b" Call 0131 496 0123 morag@example.org"
    assert [f.kind for f in extract_findings(image_page(body), MORAG)] == [
        FindingKind.PHOTO_LOCATION
    ]


def test_image_sniffed_when_served_as_octet_stream() -> None:
    body = IMAGES.IMAGES["photo_gps_edinburgh.jpg"]
    found = extract_findings(image_page(body, "application/octet-stream"), MORAG)
    assert [f.value for f in found] == ["55.95325,-3.18827"]


def test_committed_images_match_the_generator() -> None:
    for name, data in IMAGES.IMAGES.items():
        assert (FIXTURES / "corpus" / name).read_bytes() == data, name


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ({}, None),
        ({"GPS GPSLatitude": [55, 57, 11.7], "GPS GPSLongitude": [3, 11, 17.772],
          "GPS GPSLongitudeRef": "W"}, (55.95325, -3.18827)),
        ({"GPS GPSLatitude": [95, 0, 0], "GPS GPSLongitude": [3, 0, 0]}, None),  # out of range
        ({"GPS GPSLatitude": [], "GPS GPSLongitude": [3, 0, 0]}, None),
        ({"GPS GPSLatitude": ["x"], "GPS GPSLongitude": [3, 0, 0]}, None),
    ],
)  # fmt: skip
def test_gps_from_tags(tags: dict, expected: tuple[float, float] | None) -> None:
    result = gps_from_tags(tags)
    if expected is None:
        assert result is None
    else:
        assert result is not None
        assert format_position(*result) == format_position(*expected)


def test_format_position_has_five_decimals_and_no_negative_zero() -> None:
    assert format_position(55.953254, -3.188274) == "55.95325,-3.18827"
    assert format_position(-0.000001, 1.5) == "0.00000,1.50000"
