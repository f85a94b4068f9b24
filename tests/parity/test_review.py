"""The reviewer's memory: stale English, approved pairs, accepted findings."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from drafter.model import Paragraph, Release, Review, Version
from drafter.parity import check
from drafter.parity.review import (
    accept,
    adopt,
    changes,
    is_approved,
    progress,
    reopen,
    review_units,
    set_approved,
    split_accepted,
    stale_change,
    stamp,
    unit_findings,
    word_diff,
)
from drafter.parity.units import Context

KO = ["조달청은 혁신제품 35개를 지정했다.", "지정 기업은 120억원을 수출했다.", "문의는 혁신조달과로 하면 된다."]
EN = [
    "The Public Procurement Service (PPS) designated 35 innovative products.",
    "The designated companies exported 12 billion won.",
    "Inquiries go to the Innovation Procurement Division.",
]


def release(ko: list[str] = KO, en: list[str] = EN, review: Review | None = None) -> Release:
    return Release(
        ko=Version(title="혁신제품 지정", body=[Paragraph(t) for t in ko]),
        en=Version(title="Innovative products designated", body=[Paragraph(t) for t in en]),
        review=review or Review(),
    )


def edited_ko(r: Release, index: int, text: str) -> Release:
    ko = list(KO)
    ko[index] = text
    return release(ko, r_en(r), r.review)


def r_en(r: Release) -> list[str]:
    return [p.text for p in r.en.body]


def stale(r: Release) -> list[tuple[str, int | None]]:
    return [(f.field, f.ko.paragraph if f.ko else None) for f in check(r) if "stale" in f.rule]


def test_a_release_without_memory_has_no_stale_findings():
    assert stale(edited_ko(release(), 1, "지정 기업은 150억원을 수출했다.")) == []


def test_changing_one_korean_paragraph_after_import_makes_exactly_that_pair_stale():
    imported = stamp(release())
    assert stale(imported) == []
    changed = edited_ko(imported, 1, "지정 기업은 150억원을 수출했다.")
    assert stale(changed) == [("body", 1)]
    [finding] = [f for f in check(changed) if f.rule == "stale-translation"]
    assert "120억원을 → 150억원을" in finding.message.en and "120억원을 → 150억원을" in finding.message.ko
    assert finding.en is not None and finding.en.excerpt == EN[1]
    assert finding.ko is not None and finding.ko.excerpt == "150억원을"  # the words put in, underlined
    only_deleted = edited_ko(imported, 1, "지정 기업은 수출했다.")
    [deleted] = [f for f in check(only_deleted) if f.rule == "stale-translation"]
    assert deleted.ko is not None and deleted.ko.excerpt == "지정 기업은 수출했다."  # nothing put in: the paragraph
    assert stale_change(Context.of(changed), finding) == (KO[1], "지정 기업은 150억원을 수출했다.")


def test_a_pair_inserted_before_does_not_make_the_others_stale():
    imported = stamp(release())
    r = release(
        ["올해 수출 상담회는 세 차례 열린다.", *KO], ["Three export fairs are held this year.", *EN], imported.review
    )
    assert stale(r) == []
    changed = release([r.ko.body[0].text, KO[0], "지정 기업은 150억원을 수출했다.", KO[2]], r_en(r), imported.review)
    assert stale(changed) == [("body", 2)]


def test_editing_the_english_is_adopting_the_current_korean():
    imported = stamp(release())
    changed = edited_ko(imported, 1, "지정 기업은 150억원을 수출했다.")
    en = list(EN)
    en[1] = "The designated companies exported 15 billion won."
    retranslated = release([p.text for p in changed.ko.body], en, changed.review)
    assert stale(retranslated) == []  # a new English is not stale: it has no memory yet …
    remembered = adopt(retranslated.review, Context.of(retranslated))
    assert remembered is not retranslated.review
    again = replace(retranslated, review=remembered)
    assert adopt(again.review, Context.of(again)) is again.review  # nothing new: the same object
    # … and now it remembers the Korean it was written from.
    assert stale(edited_ko(again, 1, "지정 기업은 200억원을 수출했다.")) == [("body", 1)]


def test_approving_a_stale_pair_clears_it_and_counts_as_progress():
    changed = edited_ko(stamp(release()), 1, "지정 기업은 150억원을 수출했다.")
    ctx = Context.of(changed)
    assert progress(changed.review, ctx) == (0, 4)  # the title and three paragraph pairs
    unit = ctx.body_units[1]
    approved = replace(changed, review=set_approved(changed.review, unit, True))
    assert stale(approved) == [] and is_approved(approved.review, unit)
    assert progress(approved.review, Context.of(approved)) == (1, 4)
    # The approval holds for this text only: a later Korean change withdraws it and makes it stale again.
    later = edited_ko(approved, 1, "지정 기업은 170억원을 수출했다.")
    assert progress(later.review, Context.of(later)) == (0, 4) and stale(later) == [("body", 1)]
    withdrawn = set_approved(approved.review, unit, False)
    assert progress(withdrawn, Context.of(approved)) == (0, 4)


def test_title_subtitle_footnotes_and_contact_are_pairs_of_the_review():
    r = release()
    r.ko.subtitle, r.en.subtitle = ["- 3개 기업 지정"], ["Three companies designated"]
    r.ko.contact, r.en.contact = "혁신조달과 박서연(042-724-7311)", "Park Seo-yeon (+82-42-724-7311)"
    ctx = Context.of(r)
    assert [u.field for u in review_units(ctx)] == ["title", "subtitle", "body", "body", "body", "contact"]
    title = review_units(ctx)[0]
    approved = set_approved(r.review, title, True)
    assert progress(approved, ctx) == (1, 6)
    found = [f for f in check(r) if f.field == "contact"] + [f for f in check(r) if f.field == "body"]
    assert unit_findings(review_units(ctx)[-1], found) == [f for f in found if f.field == "contact"]


def test_an_accepted_finding_is_hidden_until_its_text_changes():
    r = release(KO, [EN[0], "The designated companies exported 13 billion won.", EN[2]])
    [fact] = [f for f in check(r) if f.severity.value == "error"]
    review = accept(r.review, fact, "  The figure was corrected by the ministry.  ", date(2026, 11, 30))
    assert review.accepted[0].reason == "The figure was corrected by the ministry."
    assert review.accepted[0].accepted_on == "2026-11-30" and review.accepted[0].rule == fact.rule
    open_, accepted = split_accepted(review, check(replace(r, review=review)))
    assert fact not in open_ and accepted == [(fact, "The figure was corrected by the ministry.")]
    changed = release(KO, [EN[0], "The designated companies exported 14 billion won.", EN[2]], review)
    open_, accepted = split_accepted(review, check(changed))
    assert accepted == [] and any(f.severity.value == "error" for f in open_)
    assert split_accepted(reopen(review, fact), check(r))[1] == []


def test_word_diff_keeps_every_character_and_marks_changed_words():
    old, new = "올해 35개사가 120억원을 수출했다.", "올해 40개사가 120억원 이상을 수출했다."
    runs = word_diff(old, new)
    assert "".join(t for op, t in runs if op != "+") == old
    assert "".join(t for op, t in runs if op != "-") == new
    assert changes(old, new) == [("35개사가", "40개사가"), ("120억원을", "120억원 이상을")]
    assert changes("가 나 다", "가 다") == [("나", "")]
    assert changes("같다", "같다") == []
