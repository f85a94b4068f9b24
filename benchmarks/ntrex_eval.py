"""The checker on the NTREX news articles: how many sentence pairs get an error or a warning.

Each of the 123 articles becomes a release (sentences as paragraphs, human Korean translation
as the Korean version). The translations are professional, so every finding is either a real
difference in the translation or a false alarm to fix. Two shares are measured: pairs with any
error or warning of any rule, and pairs with a finding of the fact rules (numbers, dates, weekdays).
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


def _pair(f: Finding) -> int:
    where = f.ko if f.ko is not None and f.ko.paragraph is not None else f.en
    assert where is not None and where.paragraph is not None
    return where.paragraph


def run(dump: str | None = None) -> tuple[int, int, int, Counter[str]]:
    """(sentence pairs, pairs flagged by any rule, pairs flagged by the fact rules, flagged pairs per rule)."""
    total = flagged_any = flagged_facts = 0
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
        for i, fs in sorted(by_pair.items()):
            per_rule.update({f.rule for f in fs})
            pair_ko, pair_en = ko[i] if i < len(ko) else "", en[i] if i < len(en) else ""
            lines.append(f"## doc {number} ¶{i + 1}\nKO: {pair_ko}\nEN: {pair_en}")
            lines += [f"  - {f.rule}: {f.message.en}" for f in fs]
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return total, flagged_any, flagged_facts, per_rule


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", help="write the flagged pairs to this file")
    args = parser.parse_args()
    total, flagged_any, flagged_facts, per_rule = run(args.dump)
    print(f"{'sentence pairs':<44}{total:>6}")
    print(f"{'pairs with an error or warning (all rules)':<44}{flagged_any:>6}  {flagged_any / total:.1%}")
    print(f"{'pairs with a fact finding':<44}{flagged_facts:>6}  {flagged_facts / total:.1%}")
    for rule, count in sorted(per_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {rule:<42}{count:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
