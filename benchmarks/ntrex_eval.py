"""The checker on the NTREX news articles: how many sentence pairs get a number or date finding.

Each of the 123 articles becomes a release (sentences as paragraphs, human Korean translation
as the Korean version). The translations are professional, so every finding is either a real
difference in the translation or a false alarm to fix. `--dump FILE` writes each flagged pair.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from benchmarks.align_eval import documents
from drafter.model import Paragraph, Release, Version
from drafter.parity import check

FACT_RULES = ("fact-differs", "fact-missing", "fact-extra", "weekday")


def run(dump: str | None = None) -> tuple[int, int, Counter[str]]:
    flagged_pairs = total = 0
    rules: Counter[str] = Counter()
    lines = []
    for number, (ko, en) in enumerate(documents(), 1):
        release = Release(
            ko=Version(title="기사", body=[Paragraph(t) for t in ko]),
            en=Version(title="Article", body=[Paragraph(t) for t in en]),
        )
        findings = [f for f in check(release) if f.rule in FACT_RULES and f.field == "body"]
        total += len(ko)
        flagged = sorted({(f.ko or f.en).paragraph for f in findings})  # type: ignore[union-attr]
        flagged_pairs += len(flagged)
        rules.update(f.rule for f in findings)
        for i in flagged:
            lines.append(f"## doc {number} ¶{i + 1}\nKO: {ko[i]}\nEN: {en[i]}")
            lines += [f"  - {f.rule}: {f.message.en}" for f in findings if (f.ko or f.en).paragraph == i]  # type: ignore[union-attr]
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    return flagged_pairs, total, rules


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", help="write the flagged pairs to this file")
    args = parser.parse_args()
    flagged, total, rules = run(args.dump)
    print(f"{'sentence pairs':<36}{total:>6}")
    print(f"{'pairs with a number/date finding':<36}{flagged:>6}  {flagged / total:.1%}")
    for rule, count in sorted(rules.items()):
        print(f"  {rule:<34}{count:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
