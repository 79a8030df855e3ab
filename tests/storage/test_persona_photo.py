"""The persona's needs, frustrations and embedded photo: saved, loaded, checked."""

from __future__ import annotations

import base64
import json

import pytest

from cxdesigner.model.errors import ModelError
from cxdesigner.model.operations import SetFields
from cxdesigner.model.values import MAX_PHOTO_BYTES
from cxdesigner.storage import MapFileError, dumps_map, load_map, loads_map, save_map
from tests.factories import small_map

# The smallest real images: a 1×1 PNG and a 1×1 JPEG header (enough for the type check).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 60


def test_persona_fields_and_photo_survive_save_and_load(tmp_path):
    m = small_map()
    SetFields("persona", "", {"needs": ["Quick answers"], "frustrations": ["Queues", "Forms 📄"], "photo": PNG}).apply(m)
    path = tmp_path / "persona.cxmap"
    save_map(m, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["graph"]["persona"]["photo"].startswith("data:image/png;base64,")
    back = load_map(path)
    assert back.persona.photo == PNG
    assert back.persona.needs == ["Quick answers"]
    assert back.persona.frustrations == ["Queues", "Forms 📄"]
    assert dumps_map(back).encode("utf-8") == path.read_bytes()


def test_no_photo_writes_no_photo_key():
    data = json.loads(dumps_map(small_map()))
    assert "photo" not in data["graph"]["persona"]


def test_photo_edit_is_undoable():
    m = small_map()
    inverse = SetFields("persona", "", {"photo": JPEG}).apply(m)
    assert m.persona.photo == JPEG
    inverse.apply(m)
    assert m.persona.photo == b""


@pytest.mark.parametrize(
    ("photo", "message"),
    [
        (b"GIF89a" + b"\x00" * 10, "JPEG or PNG"),
        (JPEG + b"\x00" * MAX_PHOTO_BYTES, "limit is 256 KiB"),
        ("not bytes", "image bytes"),
    ],
)
def test_bad_photos_are_refused(photo, message):
    m = small_map()
    with pytest.raises(ModelError, match=message):
        SetFields("persona", "", {"photo": photo}).apply(m)
    assert m.persona.photo == b""


def _with_photo(uri):
    data = json.loads(dumps_map(small_map()))
    data["graph"]["persona"]["photo"] = uri
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    ("uri", "message"),
    [
        (42, "expected a data URI"),
        ("http://example.com/me.jpg", "data:image/jpeg;base64"),
        ("data:image/gif;base64,R0lGODlh", "data:image/jpeg;base64"),
        ("data:image/png;base64,%%%notbase64", "not valid base64"),
        ("data:image/png;base64," + base64.b64encode(JPEG).decode(), "not the image/png image"),
        ("data:image/jpeg;base64," + "A" * (MAX_PHOTO_BYTES * 2), "larger than 256 KiB"),
    ],
)
def test_bad_photo_in_a_file_is_reported(uri, message):
    with pytest.raises(MapFileError, match=message) as info:
        loads_map(_with_photo(uri))
    assert "graph.persona: field 'photo'" in str(info.value)
