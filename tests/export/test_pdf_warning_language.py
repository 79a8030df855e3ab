"""PDF export warnings in the reader's language (``PdfOptions.message_language``), each kind made
for real: characters the font lacks, card text too small on one page (fit and comparison), a
handout phase with many touchpoints, a card taller than a handout page, a cover too full.

The printed PDF keeps the map's language whatever language the warnings are in."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cxdesigner.commands import History, create_ideal_state
from cxdesigner.export.pdf_options import Mode, PdfOptions
from cxdesigner.model import Channel, Touchpoint
from cxdesigner.model.operations import SetFields
from cxdesigner.templates import load_template
from tests.factories import generated_map, small_map

from .helpers import all_text, export, squeeze
from .test_pdf_persona import magenta_jpeg

ETHIOPIC = "ሰላም"  # DejaVu Sans has no Ethiopic: these print as empty boxes
ETHIOPIC_CODES = "ላ (U+120B), ም (U+121D), ሰ (U+1230)"


def _glyph_map():  # noqa: ANN202
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    card.text = f"{ETHIOPIC} customer"
    return m, card


def test_missing_glyphs_in_english_by_default(tmp_path: Path) -> None:
    m, card = _glyph_map()
    assert PdfOptions().message_language == "en"
    _, warnings = export(m, tmp_path / "en.pdf")
    assert warnings == [
        f"The font has no glyph for {ETHIOPIC_CODES} in card {card.id} “{ETHIOPIC} customer” in lane “Thinks”; "
        "they print as empty boxes."
    ]


def test_missing_glyphs_in_finnish_while_the_pdf_stays_in_the_maps_language(tmp_path: Path) -> None:
    m, card = _glyph_map()
    reader, warnings = export(m, tmp_path / "fi.pdf", message_language="fi")
    assert warnings == [
        f"Fontista puuttuu {ETHIOPIC_CODES} kohdassa: kortti {card.id} ”{ETHIOPIC} customer” kaistalla ”Thinks”. "
        "Puuttuvat merkit tulostuvat tyhjinä ruutuina."
    ]
    text = all_text(reader)
    assert "Legend" in text and "Selite" not in text  # an English map prints in English


def test_a_finnish_map_with_english_warnings_prints_in_finnish(tmp_path: Path) -> None:
    m = load_template("palvelupolku-fi")
    m.title = f"Palvelupolku {ETHIOPIC}"
    reader, warnings = export(m, tmp_path / "fi-map.pdf", page_size="A2", message_language="en")
    assert warnings == [f"The font has no glyph for {ETHIOPIC_CODES} in the title; they print as empty boxes."]
    text = all_text(reader)
    assert "Selite" in text and "Legend" not in text


def test_more_than_eight_missing_characters_in_one_text() -> None:
    m = small_map(cards_per_cell=0)
    m.title = "".join(chr(0x1200 + i) for i in range(12))
    shown = ", ".join(f"{chr(0x1200 + i)} (U+{0x1200 + i:04X})" for i in range(8))
    options = {"page_size": "A3"}
    en = _warnings(m, **options)
    fi = _warnings(m, message_language="fi", **options)
    assert en == [f"The font has no glyph for {shown} and 4 more in the title; they print as empty boxes."]
    assert fi == [
        f"Fontista puuttuvat merkit {shown} ja 4 muuta kohdassa: otsikko. Ne tulostuvat tyhjinä ruutuina."
    ]


def test_every_part_is_named_in_finnish() -> None:
    m = small_map(cards_per_cell=0)
    m.description = f"Rajaus {ETHIOPIC}"
    fields = {
        "name": f"Maija {ETHIOPIC}",
        "description": f"Kuvaus {ETHIOPIC}",
        "quote": f"Sitaatti {ETHIOPIC}",
        "goals": [f"Tavoite {ETHIOPIC}"],
        "needs": [f"Tarve {ETHIOPIC}"],
        "frustrations": [f"Harmi {ETHIOPIC}"],
    }
    SetFields("persona", "", fields).apply(m)
    m.phases[0].name = f"Haku {ETHIOPIC}"
    m.phases[0].touchpoints[0].name = f"Verkko {ETHIOPIC}"
    m.lanes[0].name = f"Ajattelee {ETHIOPIC}"
    places = [re.search(r"kohdassa: (.*)\. Puuttuvat", w) for w in _warnings(m, message_language="fi")]
    assert [p.group(1) if p else None for p in places] == [
        "rajaus",
        "persoona",
        "persoonan kuvaus",
        "persoonan sitaatti",
        "persoonan tavoitteet",
        "persoonan tarpeet",
        "persoonan turhautumiset",
        f"vaihe ”Haku {ETHIOPIC}”",
        f"kohtaamishetki ”Verkko {ETHIOPIC}”",
        f"kaista ”Ajattelee {ETHIOPIC}”",
    ]


@pytest.mark.parametrize(
    ("cards", "english", "finnish"),
    [
        (21, "… and 1 more text with characters the font lacks.",
         "… ja vielä 1 teksti, jossa on fontista puuttuvia merkkejä."),
        (25, "… and 5 more texts with characters the font lacks.",
         "… ja vielä 5 tekstiä, joissa on fontista puuttuvia merkkejä."),
    ],
)
def test_the_rest_of_many_texts_are_counted(cards: int, english: str, finnish: str) -> None:
    m = small_map(cards_per_cell=cards)
    for i, card in enumerate(list(m.cards.values())[:cards]):
        card.text = f"{ETHIOPIC} {i}"
    en, fi = _warnings(m, page_size="A2"), _warnings(m, page_size="A2", message_language="fi")
    assert len(en) == len(fi) == 21
    assert en[-1] == english
    assert fi[-1] == finnish
    assert all(w.startswith("Fontista puuttuu") for w in fi[:-1])


def test_tiny_card_text_on_one_page(tmp_path: Path) -> None:
    m = generated_map(2000, phases=8, touchpoints_per_phase=6)
    _, en = export(m, tmp_path / "en.pdf", page_size="A4")
    _, fi = export(m, tmp_path / "fi.pdf", page_size="A4", message_language="fi")
    number = _one(r"On one A4 page the card text prints at (\d+\.\d) pt, too small to read; "
                  r"try poster mode or a larger page size\.", en)
    assert fi == [
        f"Yhdellä A4-sivulla korttien teksti tulostuu {number.replace('.', ',')} pt:n kokoisena, "
        "liian pienenä luettavaksi; kokeile julistetilaa tai suurempaa sivukokoa."
    ]
    assert float(number) < 4.0


def test_tiny_card_text_on_facing_comparison_pages(tmp_path: Path) -> None:
    m = generated_map(600, phases=4, touchpoints_per_phase=6)
    History(m).push(create_ideal_state(m, "Ideal"))
    options = {"compare_state": m.ideal_states[0].id, "page_size": "A4"}
    _, en = export(m, tmp_path / "en.pdf", **options)
    _, fi = export(m, tmp_path / "fi.pdf", message_language="fi", **options)
    number = _one(r"On one A4 page per state the card text prints at (\d+\.\d) pt, too small to read; "
                  r"try a larger page size\.", en)
    assert fi == [
        f"Kun kukin tila on yhdellä A4-sivulla, korttien teksti tulostuu {number.replace('.', ',')} pt:n "
        "kokoisena, liian pienenä luettavaksi; kokeile suurempaa sivukokoa."
    ]


def _crowded_phase():  # noqa: ANN202
    m = small_map(cards_per_cell=1)
    m.phases[0].touchpoints += [Touchpoint(f"tp-x{i}", f"Extra {i}", Channel.WEB) for i in range(14)]
    m.rebuild_index()
    return m


@pytest.mark.parametrize(
    ("orientation", "english_tail", "finnish_tail"),
    [
        ("portrait", "a larger page size or landscape prints it larger.",
         "suuremmalla sivukoolla tai vaakasuunnassa se tulostuu suurempana."),
        ("landscape", "a larger page size prints it larger.", "suuremmalla sivukoolla se tulostuu suurempana."),
    ],
)
def test_a_handout_phase_with_many_touchpoints(
    tmp_path: Path, orientation: str, english_tail: str, finnish_tail: str
) -> None:
    m = _crowded_phase()
    options = {"mode": Mode.HANDOUT, "page_size": "A4", "orientation": orientation}
    _, en = export(m, tmp_path / "en.pdf", **options)
    reader, fi = export(m, tmp_path / "fi.pdf", message_language="fi", **options)
    number = _one(
        rf"Phase “Search” has 16 touchpoints: on A4 {orientation} its card text prints at (\d+\.\d) pt; "
        + re.escape(english_tail),
        en,
    )
    way = {"portrait": "pystysuuntaisella", "landscape": "vaakasuuntaisella"}[orientation]
    assert fi == [
        f"Vaiheessa ”Search” on kohtaamishetkiä 16, joten {way} A4-sivulla sen korttien teksti tulostuu "
        f"{number.replace('.', ',')} pt:n kokoisena; {finnish_tail}"
    ]
    assert squeeze("Phase 1 of 2: Search") in all_text(reader)  # the page notes follow the (English) map


def test_a_card_taller_than_a_handout_page(tmp_path: Path) -> None:
    m = small_map(cards_per_cell=1)
    card = next(iter(m.cards.values()))
    card.text = " ".join(f"word{i:04d}" for i in range(1500))
    options = {"mode": Mode.HANDOUT, "page_size": "A4"}
    _, en = export(m, tmp_path / "en.pdf", **options)
    reader, fi = export(m, tmp_path / "fi.pdf", message_language="fi", **options)
    assert en == [f"Card {card.id} in phase “Search” is taller than a handout page; it continues on the next page."]
    assert fi == [f"Vaiheen ”Search” kortti {card.id} on monisteen sivua korkeampi; se jatkuu seuraavalla sivulla."]
    assert squeeze("continues on the next page") in all_text(reader)  # printed in the map's language


def test_a_cover_too_full_names_what_did_not_fit(tmp_path: Path) -> None:
    m = small_map(cards_per_cell=1)
    m.description = "What the map covers."
    persona = {"name": "Maija", "description": "A long description. " * 150, "quote": "Fix it."}
    SetFields("persona", "", persona).apply(m)
    options = {"mode": Mode.HANDOUT, "page_size": "A4", "orientation": "landscape"}
    _, en = export(m, tmp_path / "en.pdf", **options)
    reader, fi = export(m, tmp_path / "fi.pdf", message_language="fi", **options)
    parts_en = (
        "the persona, the persona's quote, the scope, the date, the moments of truth, the legend, the emotion curve"
    )
    assert en == [f"The handout cover is too small for all of it: {parts_en} did not fit (see the phase pages)."]
    parts_fi = "persoona, persoonan sitaatti, rajaus, päivämäärä, totuuden hetket, selite, tunnekäyrä"
    assert fi == [f"Monisteen kansilehdelle ei mahtunut kaikkea. Pois jäi: {parts_fi} (katso vaihesivut)."]
    cover = squeeze(reader.pages[0].extract_text())
    assert squeeze("Not everything fits on this cover") in cover


def test_a_title_that_fills_the_cover_leaves_out_the_photo_too() -> None:
    m = small_map(cards_per_cell=1)
    m.title = "A very long title " * 60
    SetFields("persona", "", {"name": "Maija", "photo": magenta_jpeg()}).apply(m)
    options = {"mode": Mode.HANDOUT, "page_size": "A4", "orientation": "portrait"}
    fi = _warnings(m, message_language="fi", **options)
    cover = [w for w in fi if w.startswith("Monisteen kansilehdelle")]
    assert len(cover) == 1
    missing = cover[0].split("Pois jäi: ")[1].split(" (katso vaihesivut)")[0].split(", ")
    assert missing[:3] == ["otsikko", "persoona", "persoonan kuva"]
    assert "tunnekäyrä" in missing and "selite" in missing


def test_a_language_without_translations_gets_english() -> None:
    m, card = _glyph_map()
    assert _warnings(m, message_language="sv_SE.UTF-8") == _warnings(m)


def _warnings(m, **options: object) -> list[str]:  # noqa: ANN001
    from cxdesigner.export.pdf import build_pdf

    return build_pdf(m, PdfOptions(**options))[1]  # type: ignore[arg-type]


def _one(pattern: str, warnings: list[str]) -> str:
    """The number in the one warning, which must match ``pattern`` whole."""
    assert len(warnings) == 1, warnings
    found = re.fullmatch(pattern, warnings[0])
    assert found, warnings[0]
    return found.group(1)
