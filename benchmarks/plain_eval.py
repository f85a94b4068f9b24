"""The plain-Korean check on the NTREX Korean: the share of sentences with a finding, per rule.

Each of the 123 articles becomes a release (sentences as paragraphs), as in ntrex_eval.py; the Korean is a
professional translation of English news, so it is full of foreign words, names and long sentences that a
press release would not have. `--dump FILE` writes every flagged sentence with its findings; `--sample N`
prints N flagged sentences chosen at random (`--seed`), the way benchmarks/plain_review.md was made.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter

from benchmarks.align_eval import documents
from drafter.model import Paragraph, Release, Version
from drafter.parity import Finding, check


def flagged() -> tuple[int, list[tuple[int, int, str, list[Finding]]]]:
    """(sentences, [(document, sentence, Korean, its plain-Korean findings)] for each flagged sentence)."""
    total, found = 0, []
    for number, (ko, en) in enumerate(documents(), 1):
        release = Release(
            ko=Version(title="기사", body=[Paragraph(t) for t in ko]),
            en=Version(title="Article", body=[Paragraph(t) for t in en]),
        )
        by_sentence: dict[int, list[Finding]] = {}
        for f in check(release):
            if f.rule.startswith("plain-") and f.field == "body" and f.ko is not None and f.ko.paragraph is not None:
                by_sentence.setdefault(f.ko.paragraph, []).append(f)
        total += len(ko)
        found += [(number, i, ko[i], fs) for i, fs in sorted(by_sentence.items())]
    return total, found


def describe(document: int, sentence: int, korean: str, findings: list[Finding]) -> str:
    lines = [f"## doc {document} ¶{sentence + 1}", f"KO: {korean}"]
    lines += [f"  - {f.rule}: {f.ko.excerpt if f.ko else ''} | {f.message.en}" for f in findings]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", help="write every flagged sentence with its findings to this file")
    parser.add_argument("--sample", type=int, default=0, help="print this many flagged sentences at random")
    parser.add_argument("--seed", type=int, default=26)
    args = parser.parse_args()
    total, found = flagged()
    per_rule = Counter(f.rule for *_rest, fs in found for f in {f.rule: f for f in fs}.values())
    print(f"NTREX Korean sentences: {total}")
    print(f"with a plain-Korean finding: {len(found)} ({len(found) / total:.1%})")
    for rule, count in per_rule.most_common():
        print(f"  {rule}: {count} sentences ({count / total:.1%})")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            fh.write("\n\n".join(describe(*item) for item in found) + "\n")
    if args.sample:
        for item in random.Random(args.seed).sample(found, min(args.sample, len(found))):
            print("\n" + describe(*item))
    return 0


if __name__ == "__main__":
    sys.exit(main())
