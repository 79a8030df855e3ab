"""The persona box in the PDF: its text read back with pypdf, its photo an embedded image (seen
in the rendered pixels), headings in the map's language; the handout cover shows it all."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from cxdesigner.export.pdf import build_pdf
from cxdesigner.export.pdf_options import Mode, PdfOptions
from cxdesigner.model.operations import SetFields
from cxdesigner.templates import load_template

from .helpers import all_text, export, squeeze

MAGENTA = (255, 0, 255)  # a colour nothing else on a map uses: where it shows, the photo is


def magenta_jpeg() -> bytes:
    """A small real JPEG: a magenta portrait (the persona model accepts JPEG or PNG bytes)."""
    out = io.BytesIO()
    Image.new("RGB", (120, 160), MAGENTA).save(out, "JPEG", quality=90)
    return out.getvalue()


def persona_map(template: str = "service-journey-en", photo: bool = True):  # noqa: ANN201
    m = load_template(template)
    fields = {"needs": ["Clear prices up front", "Answers within a day"], "frustrations": ["Queueing on the phone"]}
    if template.endswith("-fi"):
        fields = {"needs": ["Selkeä hinta heti alussa"], "frustrations": ["Jonottaminen puhelimessa"]}
    if photo:
        fields["photo"] = magenta_jpeg()
    SetFields("persona", "", fields).apply(m)
    return m


def image_xobjects(reader: PdfReader) -> list[list[int]]:
    """Per page, the object numbers of the images it draws."""
    pages = []
    for page in reader.pages:
        found = []
        resources = page.get("/Resources")
        xobjects = resources.get_object().get("/XObject") if resources is not None else None
        for ref in (xobjects.get_object().values() if xobjects is not None else ()):
            if ref.get_object().get("/Subtype") == "/Image":
                found.append(ref.idnum)
        pages.append(found)
    return pages


def magenta_pixels(path: Path, page: int = 0, scale: float = 1.5) -> int:
    image = pdfium.PdfDocument(str(path))[page].render(scale=scale).to_pil().convert("RGB")
    distance = ImageChops.difference(image, Image.new("RGB", image.size, MAGENTA)).convert("L")
    return sum(distance.histogram()[:30])  # pixels within JPEG noise of magenta


def test_fit_page_prints_the_persona_box_with_its_photo(tmp_path: Path) -> None:
    m = persona_map()
    path = tmp_path / "fit.pdf"
    reader, warnings = export(m, path, page_size="A3")
    text = all_text(reader)
    p = m.persona
    for expected in (p.name, p.quote, "Goals", "Needs", "Frustrations", *p.goals, *p.needs, *p.frustrations):
        assert squeeze(expected) in text, expected
    assert "•" in text
    assert image_xobjects(reader) == [[image_xobjects(reader)[0][0]]]  # exactly one image: the photo
    assert magenta_pixels(path) > 200
    assert not any("glyph" in w for w in warnings)


def test_without_a_photo_there_is_no_image_and_no_magenta(tmp_path: Path) -> None:
    m = persona_map(photo=False)
    path = tmp_path / "fit.pdf"
    reader, _ = export(m, path, page_size="A3")
    assert image_xobjects(reader) == [[]]
    assert magenta_pixels(path) == 0
    assert squeeze(m.persona.needs[0]) in all_text(reader)


def test_a_finnish_map_prints_finnish_headings(tmp_path: Path) -> None:
    m = persona_map("palvelupolku-fi")
    reader, _ = export(m, tmp_path / "fi.pdf")
    text = all_text(reader)
    for heading in ("Tavoitteet", "Tarpeet", "Turhautumiset"):
        assert heading in text, heading
    for english in ("Goals", "Needs", "Frustrations"):
        assert english not in text, english
    assert squeeze("”Aikani on kortilla") in text  # Finnish quotation marks


def test_poster_embeds_the_photo_once_however_many_tiles_show_it(tmp_path: Path) -> None:
    m = persona_map()
    path = tmp_path / "poster.pdf"
    reader, _ = export(m, path, mode=Mode.POSTER, page_size="A4", scale=100.0)
    per_page = image_xobjects(reader)
    assert sum(1 for images in per_page if images) >= 1
    assert len({n for images in per_page for n in images}) == 1
    assert squeeze(m.persona.name) in all_text(reader)
    shown = [i for i, images in enumerate(per_page) if images]
    assert magenta_pixels(path, shown[0], scale=1.0) > 100


def test_handout_cover_shows_needs_frustrations_and_the_photo(tmp_path: Path) -> None:
    m = persona_map()
    path = tmp_path / "handout.pdf"
    reader, warnings = export(m, path, mode=Mode.HANDOUT)
    cover = squeeze(reader.pages[0].extract_text())
    for expected in ("Needs", "Frustrations", "Goals", *m.persona.needs, *m.persona.frustrations, m.persona.name):
        assert squeeze(expected) in cover, expected
    images = image_xobjects(reader)
    assert images[0] and not any(images[1:])  # the phase pages carry no persona
    assert magenta_pixels(path, 0) > 200
    assert not any("did not fit" in w for w in warnings)


def test_a_damaged_photo_prints_an_empty_frame_and_the_export_goes_on(tmp_path: Path) -> None:
    m = persona_map(photo=False)
    SetFields("persona", "", {"photo": b"\xff\xd8\xff\xe0" + b"not really a jpeg" * 20}).apply(m)
    for mode in (Mode.FIT, Mode.HANDOUT):
        data, warnings = build_pdf(m, PdfOptions(mode=mode))
        reader = PdfReader(io.BytesIO(data))
        assert squeeze(m.persona.name) in all_text(reader)
        assert not any(image_xobjects(reader))
        assert any("The persona's photo cannot be read" in w for w in warnings), warnings


def test_a_truncated_png_photo_prints_an_empty_frame_and_warns_in_the_users_language() -> None:
    """A PNG's header opens fine; the damage shows only when its pixels are decoded, which
    reportlab does half-way through drawing the page."""
    out = io.BytesIO()
    Image.effect_noise((200, 200), 60).convert("RGB").save(out, "PNG")
    m = persona_map(photo=False)
    SetFields("persona", "", {"photo": out.getvalue()[: len(out.getvalue()) // 2]}).apply(m)
    data, warnings = build_pdf(m, PdfOptions(message_language="fi"))
    assert not any(image_xobjects(PdfReader(io.BytesIO(data))))
    assert any("Persoonan kuvaa ei voi lukea" in w for w in warnings), warnings


@pytest.mark.parametrize("field", ["needs", "frustrations"])
def test_missing_glyphs_in_needs_and_frustrations_are_reported(field: str) -> None:
    m = persona_map(photo=False)
    SetFields("persona", "", {field: ["Musiikki 𝄞 soi"]}).apply(m)
    _, warnings = build_pdf(m, PdfOptions())
    assert any(f"the persona's {field}" in w and "U+1D11E" in w for w in warnings), warnings


def test_a_long_persona_is_summed_up_on_the_cover_and_leaves_room_for_the_rest(tmp_path: Path) -> None:
    m = persona_map()
    needs = [f"Need {i} " + "with many words " * (20 if i == 0 else 1) for i in range(12)]
    SetFields("persona", "", {"needs": needs}).apply(m)
    reader, warnings = export(m, tmp_path / "handout.pdf", mode=Mode.HANDOUT)
    cover = squeeze(reader.pages[0].extract_text())
    assert squeeze("… and 6 more") in cover
    assert squeeze(needs[5]) in cover and squeeze(needs[6]) not in cover
    assert "…" in cover.split(squeeze("Need 0"))[1].split(squeeze("Need 1"))[0]  # a long item is cut short
    assert "Momentsoftruth" in cover and "Emotioncurve" in cover
    assert not any("did not fit" in w for w in warnings)
