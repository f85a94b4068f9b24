"""House styles: the shipped ones load, a user's file says only what differs, broken ones are named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter import styles
from drafter.errors import InputError


def test_the_shipped_styles_load_with_the_figures_of_release_layout_md():
    assert styles.available() == ["generic", "mofa", "pps"]
    pps = styles.load("pps")
    assert pps.page_mm == (210.0, 297.0)
    assert (pps.margins_mm["left"], pps.margins_mm["top"], pps.margins_mm["bottom"]) == (20, 10, 15)
    assert pps.ko.sizes["title"] == 19 and pps.ko.line_spacing == 160 and pps.ko.fonts["note"] == "맑은 고딕"
    assert pps.logo is not None and pps.logo.is_file()
    assert pps.ko.gap(1, 2) == 8 and pps.ko.gap(2, 2) == 6 and pps.ko.gap(0, 0) == 14
    assert styles.load("mofa").symbols[2] == "○" and styles.load("mofa").en.numbered
    generic = styles.load("")
    assert generic.name == "generic" and generic.logo is None and generic.ko.fonts["body"] == "함초롬바탕"


def test_a_users_style_says_only_what_differs(tmp_path: Path):
    (tmp_path / "ours.json").write_text(
        json.dumps({"format": "drafter-style", "name": "ours", "ko": {"sizes": {"title": 28}}}), encoding="utf-8"
    )
    ours = styles.load("ours", tmp_path)
    assert ours.ko.sizes["title"] == 28 and ours.ko.sizes["body"] == 15  # the rest from the generic style
    assert "ours" in styles.available(tmp_path)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("{not json", "not valid JSON"),
        ('{"name": "x"}', "drafter-style"),
        ('{"format": "drafter-style", "name": "x", "body_style": "poem"}', "body_style"),
        ('{"format": "drafter-style", "name": "x", "ko": {"sizes": {"title": "big"}}}', "ko"),
        ('{"format": "drafter-style", "name": "x", "page": {"size": "B7"}}', "page.size"),
    ],
)
def test_a_broken_style_file_is_refused_naming_the_file(tmp_path: Path, content: str, words: str):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        styles.load_file(path)
    assert "broken.json" in info.value.line("en") and words in info.value.line("en")
    assert info.value.message.ko


def test_an_unknown_style_names_the_ones_there_are():
    with pytest.raises(InputError) as info:
        styles.load("nope")
    assert "nope" in info.value.line("en") and "generic, mofa, pps" in info.value.line("en")
