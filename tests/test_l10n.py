"""Every message a user can see exists in Korean and English."""

from __future__ import annotations

import string
from datetime import date

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from drafter.l10n import CATALOG, COMPILED, Message, format_date, tr, user_language
from tests.conftest import ROOT


def source_messages() -> set[str]:
    found = extract_from_dir(str(ROOT / "drafter"), keywords={"tr": None, "ui": None}, comment_tags=())
    return {msgid for _file, _line, msgid, _comments, _context in found}


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_message_in_the_code_has_a_korean_translation_with_the_same_fields():
    with CATALOG.open("rb") as fh:
        catalog = read_po(fh, locale="ko")
    translated = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    messages = source_messages()
    assert len(messages) > 30
    missing = sorted(messages - set(translated))
    assert missing == [], "run the catalog update in docs/translating.md and translate these"
    for msgid in messages:
        korean = translated[msgid]
        assert fields(korean) == fields(msgid), msgid
        words = "".join(literal for literal, *_ in string.Formatter().parse(msgid))
        if any(ch.isalpha() for ch in words):  # "{ko} ≠ {en}" has nothing to translate
            assert any("\uac00" <= ch <= "\ud7a3" for ch in korean), msgid


def test_the_compiled_catalog_is_up_to_date_with_the_po_file():
    from io import BytesIO

    from babel.messages.mofile import write_mo

    with CATALOG.open("rb") as fh:
        catalog = read_po(fh, locale="ko")
    compiled = BytesIO()
    write_mo(compiled, catalog)
    assert COMPILED.read_bytes() == compiled.getvalue(), "recompile: see docs/translating.md"


def test_tr_fills_each_language_and_nested_messages():
    m = tr("The file was given as {language} but most of it looks like the other language.", language=tr("Korean"))
    assert m.en.startswith("The file was given as Korean")
    assert m.ko.startswith("한국어 파일로")


def test_user_language_follows_the_locale():
    assert user_language({"LANG": "ko_KR.UTF-8"}) == "ko"
    assert user_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert user_language({"LANGUAGE": "ko", "LANG": "en_US.UTF-8"}) == "ko"
    assert user_language({}) == "en"
    assert user_language({"DRAFTER_LANG": "ko", "LANG": "C"}) == "ko"


def test_release_dates_print_per_document_language():
    assert format_date(date(2023, 11, 1), "ko") == "2023. 11. 1.(수)"
    assert format_date(date(2023, 11, 1), "en") == "Wednesday, November 1, 2023"
    assert str(Message("가", "a")) == "a"
