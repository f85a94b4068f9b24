"""Alignment quality on the NTREX Korean/English news documents (not a test: prints a table).

For each document (sentences as paragraphs): align it whole (every pair should be 1–1), and
again with one English sentence removed (exactly one missing paragraph, at its place).
"""

from __future__ import annotations

import random
import sys
from collections import defaultdict
from pathlib import Path

from drafter.parity.align import Pair, align

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ntrex-ko-en"


def documents() -> list[tuple[list[str], list[str]]]:
    ids = (DATA / "DOCUMENT_IDS.tsv").read_text(encoding="utf-8").splitlines()
    ko = (DATA / "newstest2019-ref.kor.txt").read_text(encoding="utf-8").splitlines()
    en = (DATA / "newstest2019-src.eng.txt").read_text(encoding="utf-8").splitlines()
    docs: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for doc, k, e in zip(ids, ko, en, strict=True):
        docs[doc][0].append(k)
        docs[doc][1].append(e)
    return list(docs.values())


def main() -> int:
    rng = random.Random(7)
    whole_ok = removed_ok = merged_ok = total = 0
    for ko, en in documents():
        total += 1
        pairs = align(ko, en)
        whole_ok += pairs == [Pair((i,), (i,)) for i in range(len(ko))]
        gone = rng.randrange(len(en))
        expected = [Pair((i,), (i if i < gone else i - 1,)) if i != gone else Pair((i,), ()) for i in range(len(ko))]
        removed_ok += align(ko, en[:gone] + en[gone + 1 :]) == expected
        if len(en) > 2:  # two English sentences joined into one paragraph: one 2–1 pair at its place
            at = rng.randrange(len(en) - 1)
            joined = [*en[:at], en[at] + " " + en[at + 1], *en[at + 2 :]]
            want = [Pair((i,), (i,)) for i in range(at)] + [Pair((at, at + 1), (at,))]
            want += [Pair((i,), (i - 1,)) for i in range(at + 2, len(ko))]
            merged_ok += align(ko, joined) == want
    print(f"{'documents':<40}{total:>6}")
    print(f"{'whole documents aligned 1-1':<40}{whole_ok:>6}  {whole_ok / total:.0%}")
    print(f"{'one sentence removed, found exactly':<40}{removed_ok:>6}  {removed_ok / total:.0%}")
    print(f"{'two sentences joined, found exactly':<40}{merged_ok:>6}  {merged_ok / total:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
