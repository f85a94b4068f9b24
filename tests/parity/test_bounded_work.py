"""The checker's work stays bounded inside its own limits, whatever the text: counted in comparisons made
(budget.steps), never in seconds. A paragraph pair of repeated tokens is the worst case for rules that compare
figures, names and terms pair by pair."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.model import Paragraph, Release, Version
from drafter.parity import budget, check
from drafter.parity.limits import MAX_FIELD_CHARS

TOKENS = [
    "35개사 ", "35 companies ", "1억 ", "1 billion ", "120억원 ", "KRW 12 billion ", "김철수 장관 ",
    "Minister Kim Chul-soo ", "3월 1일(화) ", "March 1 (Tue) ", "15:00~16:00 ", "1.5배 ", "twice ", "세 명 ",
    "three ", "제1차 ", "1st ", "50% ", "2026. 11. 24.(화) ", "Nov. 24, 2026 ", "조달청 ", "PPS ",
    "Public Procurement Service ", "KONEPS ", "a-", "a", "1.", "12.", "1-", "http://", "www.", "a@b.kr ",
    "042-724-7654 ", "“인용” ", "\"quote\" ", "1 2 ", "0", "가", "장관 ",
]  # fmt: skip
# Every comparison a check may make on one paragraph pair and the fields around it: the budgets of the rules
# (budget.MAX_COMPARED pairs of figures, twice, and the candidates and names they look at) and one step for
# each figure, name or term read.
BOUND = 4 * budget.MAX_COMPARED + 50 * MAX_FIELD_CHARS


@st.composite
def repeated(draw: st.DrawFn) -> str:
    """A paragraph of one to three tokens repeated, up to the checker's limit for one paragraph."""
    tokens = draw(st.lists(st.sampled_from(TOKENS) | st.text(min_size=1, max_size=4), min_size=1, max_size=3))
    length = draw(st.integers(1, MAX_FIELD_CHARS))
    unit = "".join(tokens)
    return (unit * (length // len(unit) + 1))[:length]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(ko=repeated(), en=repeated(), same=st.booleans())
def test_the_work_of_a_check_is_bounded_for_any_repeated_paragraph_pair(ko: str, en: str, same: bool):
    if same:
        en = ko  # the same figures on both sides: the index pairs them, nothing is compared one by one
    release = Release(
        ko=Version(title="제목", body=[Paragraph(ko)]),
        en=Version(title="Title", body=[Paragraph(en)]),
    )
    before = budget.steps.count
    check(release)
    assert budget.steps.count - before <= BOUND


def test_thousands_of_differing_figures_stop_at_the_budget():
    """1억 and 1 billion differ (10^8 and 10^9): a paragraph of each has thousands of leftovers on each side."""
    release = Release(
        ko=Version(title="제목", body=[Paragraph(("1억 " * 7000)[:MAX_FIELD_CHARS])]),
        en=Version(title="Title", body=[Paragraph(("1 billion " * 2000)[:MAX_FIELD_CHARS])]),
    )
    before = budget.steps.count
    findings = check(release)
    assert budget.steps.count - before <= BOUND
    assert any(f.rule == "fact-differs" for f in findings)  # still reported
