"""Every message a user can see exists in Korean and English."""

from __future__ import annotations

import string
from datetime import date

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from drafter.l10n import CATALOG, COMPILED, Message, format_date, tr, tr_n, user_language
from tests.conftest import ROOT

KEYWORDS = {"tr": None, "ui": None, "tr_n": (1, 2), "ui_n": (1, 2)}


def source_messages() -> set[str | tuple[str, str]]:
    """Message ids in the code; (singular, plural) for those that say how many."""
    found = extract_from_dir(str(ROOT / "drafter"), keywords=KEYWORDS, comment_tags=())
    return {msgid for _file, _line, msgid, _comments, _context in found}


def fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_every_message_in_the_code_has_a_korean_translation_with_the_same_fields():
    with CATALOG.open("rb") as fh:
        catalog = read_po(fh, locale="ko")
    # Korean has one plural form: msgstr[0].
    translated = {
        m.id: m.string[0] if isinstance(m.string, tuple) else m.string
        for m in catalog
        if m.id and m.string and any(m.string) and not m.fuzzy
    }
    messages = source_messages()
    assert len(messages) > 30
    missing = sorted(map(str, messages - set(translated)))
    assert missing == [], "run the catalog update in docs/translating.md and translate these"
    for msgid in messages:
        korean = translated[msgid]
        for english in msgid if isinstance(msgid, tuple) else (msgid,):
            assert fields(korean) == fields(english), msgid
            words = "".join(literal for literal, *_ in string.Formatter().parse(english))
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
    assert m.ko.startswith("국문 파일로")


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


def test_korean_particles_follow_the_word_filled_in():
    assert tr("Opened {name}", name="visit.release.json").ko == "visit.release.json을 열었습니다"
    assert tr("Opened {name}", name="sample.txt").ko == "sample.txt를 열었습니다"
    assert tr("Exported {name}", name="release-ko.docx").ko == "release-ko.docx로 내보냈습니다"
    rendered = tr('"{ko}" is rendered as "{here}" here but as "{before}" before.', ko="공공구매", here="a", before="b")
    assert rendered.ko == '"공공구매"를 여기서는 "a"로, 앞에서는 "b"로 옮겼습니다.'
    assert tr('"{ko}" appears twice.', ko="조달청").ko == '"조달청"이 두 번 나옵니다.'
    assert tr('"{ko}" appears twice.', ko="나라장터").ko == '"나라장터"가 두 번 나옵니다.'
    for message in (rendered, tr("Opened {name}", name="x")):
        assert not any(both in message.ko for both in ("을(를)", "이(가)", "은(는)", "와(과)", "(으)로"))


def test_english_counts_take_the_plural_and_korean_has_one_form():
    notes = (
        "The Korean paragraph has {ko} note, the English {en}.",
        "The Korean paragraph has {ko} notes, the English {en}.",
    )
    one, two = tr_n(*notes, 1, ko=1, en=0), tr_n(*notes, 2, ko=2, en=1)
    assert one.en == "The Korean paragraph has 1 note, the English 0."
    assert two.en == "The Korean paragraph has 2 notes, the English 1."
    assert one.ko == "이 단락의 주석이 국문은 1개, 영문은 0개입니다."
    words = tr_n("{count} word", "{count} words", 1200, count="1,200")
    assert (words.en, words.ko) == ("1,200 words", "1,200단어")
    assert tr_n("{count} word", "{count} words", 1).en == "1 word"
