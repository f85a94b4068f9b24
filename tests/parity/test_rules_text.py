from __future__ import annotations

from drafter.model import Note, Paragraph, Release, Version
from drafter.parity import check
from tests.parity.test_pairs import VOCABULARY


def body(
    ko: list[str], en: list[str], ko_notes: list[list[str]] | None = None, en_notes: list[list[str]] | None = None
) -> Release:
    def paras(texts: list[str], notes: list[list[str]] | None) -> list[Paragraph]:
        return [Paragraph(t, [Note(n) for n in (notes[i] if notes else [])]) for i, t in enumerate(texts)]

    return Release(
        ko=Version(title="제목", body=paras(ko, ko_notes)), en=Version(title="Title", body=paras(en, en_notes))
    )


def rules(release: Release) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.rule, f.ko.excerpt if f.ko else None, f.en.excerpt if f.en else None)
        for f in check(release)
        if f.rule not in VOCABULARY
    ]


def test_hangul_left_in_the_english_is_pointed_at():
    found = rules(body(["조달청은 회의를 열었다."], ["PPS held a 정부조달 회의 today."]))
    assert found == [("hangul-in-english", "조달청은 회의를 열었다.", "정부조달 회의")]


def test_a_paragraph_copied_untranslated():
    found = rules(body(["조달청은 회의를 열었다."], ["조달청은 회의를 열었다."]))
    assert [r for r, *_ in found] == ["untranslated-identical"]


def test_quotations_per_paragraph():
    quoted = "청장은 “협력을 강화하겠다”고 말했다."
    assert rules(body([quoted], ["The Administrator said, “We will strengthen cooperation.”"])) == []
    assert [r for r, *_ in rules(body([quoted], ["The Administrator said cooperation would grow."]))] == ["quotes"]


def test_length_ratio_against_the_release_own_ratio():
    ko = ["조달청은 올해 혁신제품 지정 기업의 해외 진출을 지원하는 사업을 확대했다고 밝혔다."] * 4
    en = ["PPS said it had expanded its programme supporting companies with innovative products abroad."] * 3
    en.append("PPS expanded it.")
    found = rules(body(ko, en))
    assert [(r, e) for r, _k, e in found] == [("length-ratio", "PPS expanded it.")]


def test_a_korean_note_without_english_note():
    r = body(
        ["혁신제품* 지정 기업이 늘었다."],
        ["More companies hold innovative product* designations."],
        ko_notes=[["혁신제품: 조달청이 지정한 제품"]],
        en_notes=[[]],
    )
    assert [f for f, *_ in rules(r)] == ["notes-missing"]
    r.en.body[0].notes.append(Note("innovative products: designated by PPS"))
    assert rules(r) == []
    r.en.body[0].notes.append(Note("PPS (Public Procurement Service)"))  # English may add an expansion
    assert rules(r) == []


def test_a_persons_name_is_checked_in_its_romanisation():
    ko = ["임기근 조달청장은 현장을 둘러봤다.", "문의는 혁신조달기획과 박서연 사무관에게 하면 된다."]
    right = ["Lim Ki-geun, the PPS Administrator, toured the site.", "Contact Park Seo-yeon, Deputy Director."]
    assert rules(body(ko, right)) == []
    wrong = ["Lim Ki-geum, the PPS Administrator, toured the site.", "Contact the Deputy Director."]
    assert rules(body(ko, wrong)) == [
        ("person-name-differs", "임기근", "Lim Ki-geum"),
        ("person-name-missing", "박서연", "Contact the Deputy Director."),
    ]
    [differs] = [f for f in check(body(ko, wrong)) if f.rule == "person-name-differs"]
    assert differs.message.en == (
        'The English writes the name 임기근 as "Lim Ki-geum": expected "Lim Gi-geun", or another romanisation of '
        'it such as "Im Gigeun".'
    )
    [missing] = [f for f in check(body(ko, wrong)) if f.rule == "person-name-missing"]
    assert '"Bak Seoyeon"' in missing.message.en and "박서연" in missing.message.ko


def test_names_in_every_release_pattern_are_checked():
    ko = ["조달청(청장 임기근)은 간담회를 열었다.", "대책을 마련했다(김민지 행정안전부 장관)."]
    right = ["PPS (Administrator Lim Ki-geun) held a meeting.", "Measures were prepared (Minister Kim Min-ji)."]
    assert [r for r in rules(body(ko, right)) if r[0].startswith("person")] == []
    wrong = ["PPS (Administrator Lim Ki-geum) held a meeting.", "Measures were prepared (Minister Kim Min-jae)."]
    assert [r for r in rules(body(ko, wrong)) if r[0].startswith("person")] == [
        ("person-name-differs", "임기근", "Lim Ki-geum"),
        ("person-name-differs", "김민지", "Kim Min-jae"),
    ]


def test_a_later_mention_by_family_name_against_another_person():
    ko = ["임기근 조달청장은 현장을 찾았다.", '임 청장은 "판로를 넓히겠다"고 말했다.']
    en = ["Administrator Lim Ki-geun visited the site.", 'Administrator Park said, "We will widen the market."']
    assert [r for r in rules(body(ko, en)) if r[0].startswith("person")] == [("person-name-differs", "임", "Park")]
    en[1] = 'He said, "We will widen the market."'
    assert [r for r in rules(body(ko, en)) if r[0].startswith("person")] == []
