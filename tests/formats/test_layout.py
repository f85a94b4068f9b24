"""The layout every document is drawn from: its parts, levels, no-break joins, no Hangul in English."""

from __future__ import annotations

from datetime import date

import pytest

from drafter.formats.layout import HANGUL, NB_HYPHEN, NBSP, Para, Table, cell_font, no_break, plain, sections
from drafter.formats.plaintext import format_text
from drafter.model import Details, Meta, Note, Paragraph, Release, Version
from drafter.styles import load


def release() -> Release:
    return Release(
        meta=Meta(release_date=date(2026, 11, 24), style="pps"),
        ko=Version(
            title="혁신제품 수출 120억원",
            subtitle=["- 12개국 공공기관에 납품 -", "내년 50개로 확대"],
            body=[
                Paragraph("조달청은 혁신제품 수출 성과를 밝혔다.", [Note("혁신제품: 설명")], "□"),
                Paragraph("미국 38억원, 베트남 21억원", bullet="ㅇ"),
                Paragraph("세부 내역", bullet="-"),
                Paragraph("다음 항목", bullet="□"),
            ],
            contact="혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311)",
            details=Details("조달청", "2026. 11. 24.(화) 조간", "", ["계약 현황", "기업 명단"]),
        ),
        en=Version(
            title="Innovative Products",
            body=[Paragraph("PPS said exports reached KRW 12 billion."), Paragraph("A detail.", bullet="•")],
            contact="Innovation Procurement Planning Division, Park Seo-yeon, Deputy Director (+82-42-724-7311)",
            details=Details("", "", "DAEJEON, Nov. 24 (PPS) –", ["Contracts"]),
        ),
    )


def test_the_korean_section_is_head_title_box_levels_attachments_and_contact_table():
    [ko] = sections(release(), "ko", load("pps"))
    tables = [b for b in ko.blocks if isinstance(b, Table)]
    assert [t.role for t in tables] == ["cover", "release", "title", "contact"]
    cover, head, title, contact = tables
    assert cover.rows[0][0].image == load("pps").logo and cover.rows[0][1].text == "보도자료"
    assert [c.text for c in head.rows[0]] == [
        "보도시점",
        f"2026.{NBSP}11.{NBSP}24.(화) 조간",
        "배포",
        f"2026.{NBSP}11.{NBSP}24.(화)",
    ]
    assert [plain(line) for line in title.rows[0][0].lines] == ["- 12개국 공공기관에 납품 -", "- 내년 50개로 확대 -"]
    assert all(line.startswith(f"-{NBSP}") and line.endswith(f"{NBSP}-") for line in title.rows[0][0].lines)
    body = [b for b in ko.blocks if isinstance(b, Para) and b.role == "body"]
    assert [(b.level, b.symbol, b.symbol_at, b.text_at) for b in body] == [
        (1, "□", 0.0, 1.5),
        (2, "ㅇ", 0.5, 2.0),
        (3, "-", 1.5, 2.5),
        (1, "□", 0.0, 1.5),
    ]
    assert [b.gap_before for b in body[1:]] == [8, 4, 11]  # □→ㅇ, ㅇ→-, -→□ as 조달청's style says
    note = next(b for b in ko.blocks if isinstance(b, Para) and b.role == "note")
    assert note.symbol == "*" and note.text_at > note.symbol_at > 0
    assert [b.text for b in ko.blocks if isinstance(b, Para) and b.role == "attachment"] == [
        "붙임 1. 계약 현황",
        "붙임 2. 기업 명단",
    ]
    assert [[c.text for c in row] for row in contact.rows] == [
        ["담당 부서", "혁신조달기획과", "책임자", "과장", "이정민", f"042{NB_HYPHEN}724{NB_HYPHEN}7300"],
        ["", "", "담당자", "사무관", "박서연", f"042{NB_HYPHEN}724{NB_HYPHEN}7311"],
    ]
    assert contact.rows[0][0].rows == 2  # 담당 부서 spans the department's rows


def test_the_english_section_prints_no_hangul_from_the_details():
    [en] = sections(release(), "en", load("pps"))
    texts = [b.text for b in en.blocks if isinstance(b, Para)]
    assert texts[:3] == [  # the Korean is embargoed, the English says not until when: no statement, not a false one
        "Public Procurement Service",
        "PRESS RELEASE",
        f"November{NBSP}24,{NBSP}2026",
    ]
    assert texts[-1] == "###"
    assert any(t.startswith(f"DAEJEON, Nov.{NBSP}24 (PPS) – PPS said") for t in texts)
    assert not any(HANGUL.search(t) for t in texts)
    bullet = next(b for b in en.blocks if isinstance(b, Para) and b.level == 2)
    assert bullet.symbol == "•"


@pytest.mark.parametrize(
    ("ko", "en", "printed", "typed"),
    [
        ("", "", "FOR IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE"),
        ("배포 즉시 보도", "", "FOR IMMEDIATE RELEASE", "FOR IMMEDIATE RELEASE"),
        ("2026. 11. 24.(화) 조간", "06:00 KST, November 24, 2026", "EMBARGOED UNTIL 06:00 KST, November 24, 2026", ""),
        ("2026. 11. 24.(화) 12:00", "", "EMBARGOED UNTIL 12:00 KST, November 24, 2026", None),
        ("2026. 11. 24.(화) 조간", "", None, None),
        ("", "2026. 11. 24. 조간", None, None),
    ],
)
def test_the_english_release_statement_is_never_false_and_never_hangul(
    ko: str, en: str, printed: str | None, typed: str | None
):
    """Documents print the Korean embargo's date and time the English way when the English is empty; the
    text format (read back) prints what was typed; neither says FOR IMMEDIATE RELEASE for an embargo."""
    r = release()
    r.ko.details.embargo, r.en.details.embargo = ko, en
    [section] = sections(r, "en", load("generic"))
    texts = [plain(b.text) for b in section.blocks if isinstance(b, Para) and b.role == "head"]
    assert [t for t in texts if "IMMEDIATE" in t or "EMBARGOED" in t] == ([printed] if printed else [])
    lines = format_text(r).split("\n")
    expected = printed if typed == "" else typed
    assert [t for t in lines if "IMMEDIATE" in t or "EMBARGOED" in t] == ([expected] if expected else [])
    # Korean left in an English detail is left out rather than printed.
    r = release()
    r.en.details = Details("조달청", "2026. 11. 24.(화) 조간", "", ["계약 현황"])
    [en] = sections(r, "en", load("generic"))
    assert not any(HANGUL.search(b.text) for b in en.blocks if isinstance(b, Para))


def test_bilingual_has_both_sections_and_an_empty_language_is_left_out():
    assert [s.lang for s in sections(release(), "bilingual", load("pps"))] == ["ko", "en"]
    r = release()
    r.en = Version()
    assert [s.lang for s in sections(r, "bilingual", load("pps"))] == ["ko"]


def test_paragraph_style_bodies_indent_the_first_line():
    r = release()
    r.ko.body = [Paragraph("문단식 본문이다."), Paragraph("둘째 문단이다.")]
    body = [b for b in sections(r, "ko", load("pps"))[0].blocks if isinstance(b, Para) and b.role == "body"]
    assert [(b.symbol, b.first_line, b.gap_before) for b in body] == [("", 1.0, 12), ("", 1.0, 14)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("120억원 규모", "120억원 규모"),  # one word (어절): kept whole by Korean line breaking, no mark
        ("17.5%가 늘었다", "17.5%가 늘었다"),
        ("43 억 원", f"43{NBSP}억{NBSP}원"),
        ("2026. 3. 15.(일) 개최", f"2026.{NBSP}3.{NBSP}15.(일) 개최"),
        ("문의 042-724-7654", f"문의 042{NB_HYPHEN}724{NB_HYPHEN}7654"),
        ("+82-42-724-7654", f"+82{NB_HYPHEN}42{NB_HYPHEN}724{NB_HYPHEN}7654"),
        ("KRW 4.3 billion", f"KRW{NBSP}4.3{NBSP}billion"),
        ("KRW 3.2 Trillion in Exports", f"KRW{NBSP}3.2{NBSP}Trillion in Exports"),  # a headline's title case
        ("17.5 Percent", f"17.5{NBSP}Percent"),
        ("on Nov. 24, 2026", f"on Nov.{NBSP}24,{NBSP}2026"),
        ("no figures here", "no figures here"),
    ],
)
def test_numbers_and_units_dates_and_phones_never_break(text: str, joined: str):
    assert no_break(text) == joined
    assert plain(no_break(text)) == text


def test_the_rules_for_item_symbols_set_where_the_symbol_and_the_text_stand():
    """release-layout.md: spaces before the symbol, one after it, the hanging indent where the text starts
    (in characters of the body size: a space is half of one, □ ㅇ ※ a whole one, - and * half)."""
    r = release()
    r.ko.body[0].notes = [Note("주석", "*"), Note("둘째", "※"), Note("셋째", "**")]
    [ko] = sections(r, "ko", load("pps"))
    notes = [(b.symbol, b.symbol_at, b.text_at) for b in ko.blocks if isinstance(b, Para) and b.role == "note"]
    assert notes == [("*", 0.5, 1.5), ("※", 0.5, 2.0), ("**", 0.5, 2.0)]


def test_text_holds_no_invisible_character():
    r = release()
    r.ko.body[0].text = "총 120억원, 17.5%, 2026. 3. 15.(일), 042-724-7654"
    for section in sections(r, "bilingual", load("pps")):
        for block in section.blocks:
            texts = [block.text] if isinstance(block, Para) else [c.text for row in block.rows for c in row]
            assert not any(ch in text for text in texts for ch in "\u2060\u200b\ufeff\u00ad\u200d")


def test_a_cell_is_set_alike_in_every_format_as_the_style_says():
    """The cover's 보도자료 at the style's label size, regular; the 보도시점/배포 row in the head face, bold."""
    pps = load("pps").ko
    label = cell_font("cover", "label", pps)
    assert (label.face, label.size, label.bold) == ("label", 14, False)
    head = cell_font("release", "label", pps)
    assert (head.face, head.size, head.bold) == ("head", 10, True)
    assert cell_font("contact", "label", pps).bold and not cell_font("contact", "table", pps).bold


def test_the_contact_table_keeps_with_the_block_before_it():
    [ko] = sections(release(), "ko", load("pps"))
    before = ko.blocks[ko.blocks.index(next(b for b in ko.blocks if isinstance(b, Table) and b.role == "contact")) - 1]
    assert isinstance(before, Para) and before.keep_with_next
