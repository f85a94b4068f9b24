"""The checker on the NTREX news articles: how many sentence pairs get an error or a warning.

Each of the 123 articles becomes a release (sentences as paragraphs, human Korean translation
as the Korean version). The translations are professional, so every finding is either a real
difference in the translation or a false alarm to fix. Three shares are measured: pairs with any
error or warning of any rule, pairs with a finding of the fact rules (numbers, dates, weekdays), and
pairs with a finding of the statement rules (direction, bound, modality, roles, trade flow).
`--dump FILE` writes each flagged pair with its findings.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from benchmarks.align_eval import documents
from drafter.model import Paragraph, Release, Version
from drafter.parity import Finding, Severity, check

FACT_RULES = ("fact-differs", "fact-missing", "fact-extra", "weekday")
# What a sentence states about its figures and names (issue #25): direction, bound, modality, base, roles, trade,
# figures of a list of names.
STATEMENT_RULES = (
    "direction-differs",
    "bound-differs",
    "modality-differs",
    "base-differs",
    "roles-swapped",
    "trade-flow-differs",
    "figures-swapped",
)


def _pair(f: Finding) -> int:
    where = f.ko if f.ko is not None and f.ko.paragraph is not None else f.en
    assert where is not None and where.paragraph is not None
    return where.paragraph


def run(dump: str | None = None) -> tuple[int, int, int, int, Counter[str]]:
    """(sentence pairs, pairs flagged by any rule, by the fact rules, by the statement rules, flagged pairs
    per rule)."""
    total = flagged_any = flagged_facts = flagged_statements = 0
    per_rule: Counter[str] = Counter()
    lines = []
    for number, (ko, en) in enumerate(documents(), 1):
        release = Release(
            ko=Version(title="기사", body=[Paragraph(t) for t in ko]),
            en=Version(title="Article", body=[Paragraph(t) for t in en]),
        )
        # The parity checker's accuracy: plain Korean (benchmarks/plain_eval.py) is measured on its own.
        findings = [f for f in check(release, plain_words=None) if f.field == "body" and f.severity != Severity.INFO]
        total += len(ko)
        by_pair: dict[int, list[Finding]] = {}
        for f in findings:
            by_pair.setdefault(_pair(f), []).append(f)
        flagged_any += len(by_pair)
        flagged_facts += sum(1 for fs in by_pair.values() if any(f.rule in FACT_RULES for f in fs))
        flagged_statements += sum(1 for fs in by_pair.values() if any(f.rule in STATEMENT_RULES for f in fs))
        for i, fs in sorted(by_pair.items()):
            per_rule.update({f.rule for f in fs})
            pair_ko, pair_en = ko[i] if i < len(ko) else "", en[i] if i < len(en) else ""
            lines.append(f"## doc {number} ¶{i + 1}\nKO: {pair_ko}\nEN: {pair_en}")
            lines += [f"  - {f.rule}: {f.message.en}" for f in fs]
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return total, flagged_any, flagged_facts, flagged_statements, per_rule


def exercised() -> Counter[str]:
    """Sentence pairs in which both versions state a kind of issue #25 about equal figures (a direction,
    a bound, a modality, a multiple or fraction, a unit of measure, a frequency, a season): how often the corpus
    exercises each, whether or not the two agree."""
    from drafter.parity.compare import equal
    from drafter.parity.compare_qualifiers import SENTENCE_ASPECTS
    from drafter.parity.extract import facts_of
    from drafter.parity.facts import FRACTION_PRECISION, Fact, Kind
    from drafter.parity.measures import measure_of

    def kinds(fact: Fact) -> set[str]:
        found = (
            {"multiple or fraction"} if fact.kind == Kind.MULTIPLIER or fact.precision == FRACTION_PRECISION else set()
        )
        found |= {"unit of measure"} if measure_of(fact.unit) else set()
        return found | ({fact.kind.value} if fact.kind in (Kind.FREQUENCY, Kind.SEASON) else set())

    def aspect(name: str) -> str:
        if name in ("bound", "base"):
            return name
        return "modality" if name in SENTENCE_ASPECTS else "direction"

    counts: Counter[str] = Counter()
    for ko, en in documents():
        for k, e in zip(ko, en, strict=False):
            stated: set[str] = set()
            for a in facts_of(k, "ko"):
                for b in facts_of(e, "en"):
                    if equal(a, b):
                        stated |= kinds(a) & kinds(b)
                        stated |= {aspect(x.aspect) for x in a.said for y in b.said if x.aspect == y.aspect}
            counts.update(stated)
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", help="write the flagged pairs to this file")
    parser.add_argument("--exercised", action="store_true", help="count the pairs stating each kind of issue #25")
    args = parser.parse_args()
    if args.exercised:
        for kind, count in sorted(exercised().items()):
            print(f"  {kind:<42}{count:>6}")
        return 0
    total, flagged_any, flagged_facts, flagged_statements, per_rule = run(args.dump)
    print(f"{'sentence pairs':<44}{total:>6}")
    print(f"{'pairs with an error or warning (all rules)':<44}{flagged_any:>6}  {flagged_any / total:.1%}")
    print(f"{'pairs with a fact finding':<44}{flagged_facts:>6}  {flagged_facts / total:.1%}")
    print(f"{'pairs with a statement finding':<44}{flagged_statements:>6}  {flagged_statements / total:.1%}")
    for rule, count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {rule:<42}{count:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
