"""The memory at scale: `python -m benchmarks.tm_scale [--pairs 100000] [--releases 1000] [--quick]`.

1. A memory of `--pairs` generated pairs: government names from the glossary × topics × eight
   sentence frames × random figures and dates, so no text repeats and the index is as varied as
   a real one (the same text repeated would be served by caches and say nothing).
2. Suggestions for 300 new paragraphs of one to three sentences: a third with a stored sentence's
   form and new figures (adapted), a third with a word changed (fuzzy), a third new; median and
   90th percentile of `for_paragraph`, each paragraph asked once.
3. Importing `--releases` release files (the series' two kinds with fresh figures) into an empty memory.

Not a test: nothing here asserts. Bytecode is compiled first (this environment sets
PYTHONDONTWRITEBYTECODE, which would otherwise make every start compile everything again).
"""

from __future__ import annotations

import argparse
import compileall
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

TOPICS = [
    ("공공조달 혁신", "public procurement innovation"), ("디지털 전환", "digital transformation"),
    ("탄소중립", "carbon neutrality"), ("중소기업 판로 지원", "market access for small businesses"),
    ("청년 창업", "youth start-ups"), ("재난 안전", "disaster safety"), ("스마트 공장", "smart factories"),
    ("수출 바우처", "export vouchers"), ("전기차 충전 인프라", "electric vehicle charging infrastructure"),
    ("노후 청사 개선", "renovation of old government buildings"), ("정보보호", "information security"),
    ("인공지능 학습 데이터", "AI training data"), ("지역 균형 발전", "balanced regional development"),
    ("농산물 유통", "agricultural distribution"), ("해외 조달시장 진출", "entry into overseas procurement markets"),
    ("공공 와이파이", "public Wi-Fi"), ("사회적 경제", "the social economy"), ("전자 계약", "electronic contracts"),
    ("혁신 시제품", "innovative prototypes"), ("비축 물자", "stockpiled materials"),
    ("우수 조달 물품", "excellent products"),
    ("공사 안전 점검", "construction safety inspections"), ("클라우드 전환", "cloud migration"),
    ("수소 경제", "the hydrogen economy"), ("문화 관광", "cultural tourism"), ("공공 데이터 개방", "open public data"),
    ("주거 복지", "housing welfare"), ("의료 기기", "medical devices"), ("교육 기자재", "educational equipment"),
    ("물류 효율화", "logistics efficiency"),
]  # fmt: skip
FRAMES = [
    ("{org}{은} {date} {topic} 사업에 {amount}을 투입한다고 밝혔다.",
     "{org_en} said on {date_en} that it would invest {amount_en} in the {topic_en} project."),
    ("{org}의 {topic} 관련 계약은 {count}건으로 전년보다 {pct}% 늘었다.",
     "{org_en} signed {count} contracts related to {topic_en}, up {pct} percent from the previous year."),
    ("{topic} 분야 {org} 예산은 {amount}으로 확정됐다.",
     "The budget of {org_en} for {topic_en} was set at {amount_en}."),
    ("{org}{은} {date}까지 {topic} 공모 신청을 받는다.",
     "{org_en} will accept applications for the {topic_en} program until {date_en}."),
    ("이번 {topic} 설명회에는 {count}개 기관이 참석했다고 {org}{이} 밝혔다.",
     "{org_en} said {count} institutions attended the briefing on {topic_en}."),
    ("{org}{은} {topic} 협력을 위해 {count}개 기업과 업무협약을 맺었다.",
     "{org_en} signed agreements with {count} companies to cooperate on {topic_en}."),
    ("{org}의 {topic} 지원 대상은 {count}개 기업으로 {pct}% 늘어난다.",
     "Support from {org_en} for {topic_en} will grow {pct} percent to {count} companies."),
    ("{org}{은} {topic} 점검 결과 {count}건의 개선 사항을 찾았다.",
     "{org_en} found {count} items to improve in its inspection of {topic_en}."),
]  # fmt: skip


def _final(word: str) -> bool:
    ch = word[-1]
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0


def _figures(rng: random.Random) -> dict[str, str]:
    from tests.tm.data.make_series import en_amount, en_day, ko_amount, ko_day

    eok = rng.randint(1, 9) * 1000 + rng.randint(1, 9) * 10000 if rng.random() < 0.3 else rng.randint(12, 9900)
    if eok >= 10000 and eok % 10000 == 0:
        eok += 1000
    if eok >= 10000:
        eok = eok // 1000 * 1000
    from datetime import date, timedelta

    day = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    count = rng.randint(2, 4800)
    pct = f"{rng.randint(11, 499) / 10:g}"
    return {
        "amount": ko_amount(eok),
        "amount_en": en_amount(eok),
        "date": f"{day.year}년 {ko_day(day)}",
        "date_en": f"{en_day(day)}, {day.year}",
        "count": f"{count:,}",
        "pct": pct,
    }


def _names() -> list[tuple[str, str]]:
    from drafter.parity.glossary import default

    return [
        (t.ko, t.en[0])
        for t in default().terms
        if t.is_name and t.en and " " not in t.ko and "(" not in t.ko and t.en[0][:1].isupper()
    ]


def pair(rng: random.Random, names: list[tuple[str, str]], frame: int | None = None, topic: int | None = None):  # type: ignore[no-untyped-def]
    from drafter.tm.segment import Segment

    ko_frame, en_frame = FRAMES[rng.randrange(len(FRAMES)) if frame is None else frame]
    org, org_en = rng.choice(names)
    topic_ko, topic_en = TOPICS[rng.randrange(len(TOPICS)) if topic is None else topic]
    values = {
        **_figures(rng),
        "org": org,
        "org_en": org_en if org_en.isupper() else "The " + org_en if org_en.split()[0] != "The" else org_en,
        "topic": topic_ko,
        "topic_en": topic_en,
        "은": "은" if _final(org) else "는",
        "이": "이" if _final(org) else "가",
    }
    en = en_frame.format(**values)
    en = en[0].upper() + en[1:]
    en = en.replace(" The ", " the ") if not en.startswith("The ") else "The " + en[4:].replace(" The ", " the ")
    return Segment("sentence", ko_frame.format(**values), en)


def generate(count: int, seed: int = 1) -> list:  # type: ignore[type-arg]
    """`count` distinct generated pairs."""
    rng, names = random.Random(seed), _names()
    seen, pairs = set(), []
    while len(pairs) < count:
        p = pair(rng, names)
        if p.ko not in seen:
            seen.add(p.ko)
            pairs.append(p)
    return pairs


def build(memory, pairs: list) -> float:  # type: ignore[no-untyped-def, type-arg]
    """Add the pairs in batches of 5,000, 30 to a (made-up) release file; the seconds it took."""
    start = time.perf_counter()
    for i in range(0, len(pairs), 5000):
        batch = enumerate(pairs[i : i + 5000], i)
        memory.add_uses((p, f"generated-{j // 30}.release.json", "2025-01-01") for j, p in batch)
    return time.perf_counter() - start


def queries(stored: list, n: int, seed: int = 2) -> list[str]:  # type: ignore[no-untyped-def]
    """Paragraphs of 1–3 sentences: stored forms with new figures, a changed word, or new combinations."""
    from tests.tm.data.make_series import TOPICS as SERIES_TOPICS

    rng, names = random.Random(seed), _names()
    out = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(1, 3)):
            base = rng.choice(stored)
            kind = i % 3
            if kind == 0:  # the same form, new figures
                sentences.append(_refigured(base.ko, rng))
            elif kind == 1:  # a word changed
                sentences.append(_reworded(base.ko))
            else:
                sentences.append(pair(rng, names).ko if rng.random() < 0.5 else rng.choice(SERIES_TOPICS)[0])
        out.append(" ".join(sentences))
    return out


_SYNONYMS = {
    "밝혔다": "발표했다",
    "늘었다": "증가했다",
    "받는다": "접수한다",
    "찾았다": "발견했다",
    "맺었다": "체결했다",
}


def _reworded(ko: str) -> str:
    """The same sentence with its verb said another way."""
    for word, other in _SYNONYMS.items():
        ko = ko.replace(word, other)
    return ko


def _refigured(ko: str, rng: random.Random) -> str:
    """The same sentence with its counts and percentages changed."""
    import re

    return re.sub(r"\d+(?:\.\d+)?(?=%)|\d{1,3}(?:,\d{3})*(?=(?:건|개))", lambda m: f"{rng.randint(2, 900):,}", ko)


def measure_suggestions(memory, paragraphs: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    from drafter.tm.suggest import for_paragraph

    times = []
    for text in paragraphs:
        start = time.perf_counter()
        for_paragraph(memory, text, 5, 2025)
        times.append((time.perf_counter() - start) * 1000)
    return times


def write_releases(folder: Path, count: int, seed: int = 3) -> None:
    from tests.tm.data.make_series import designation, monthly

    rng = random.Random(seed)
    for i in range(count):
        text = monthly(rng.randint(1, 12), rng) if i % 3 else designation(rng.randint(1, 6), rng)
        (folder / f"release-{i:04d}.txt").write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=100_000)
    parser.add_argument("--releases", type=int, default=1000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--quick", action="store_true", help="2,000 pairs, 30 releases, 30 queries")
    parser.add_argument("--json", type=Path, help="write the results here")
    args = parser.parse_args()
    if args.quick:
        args.pairs, args.releases, args.queries = 2000, 30, 30
    sys.path.insert(0, str(ROOT))
    compileall.compile_dir(ROOT / "drafter", quiet=1)
    compileall.compile_dir(ROOT / "tests" / "tm", quiet=1)
    print("bytecode compiled first (PYTHONDONTWRITEBYTECODE is set here)", flush=True)
    from drafter.tm.importer import import_paths
    from drafter.tm.store import Memory

    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with Memory.open(Path(tmp) / "big.sqlite3") as memory:
            stored = generate(args.pairs)
            seconds = build(memory, stored)
            results[f"add {args.pairs:,} pairs (s)"] = round(seconds, 1)
            size = sum(f.stat().st_size for f in Path(tmp).glob("big.sqlite3*"))
            results["database size (MB)"] = round(size / 1e6, 1)
            times = measure_suggestions(memory, queries(stored, args.queries))
            results["suggestions for a paragraph, median (ms)"] = round(statistics.median(times), 1)
            results["suggestions for a paragraph, 90th percentile (ms)"] = round(
                statistics.quantiles(times, n=10)[-1], 1
            )
        folder = Path(tmp) / "releases"
        folder.mkdir()
        write_releases(folder, args.releases)
        with Memory.open(Path(tmp) / "imported.sqlite3") as memory:
            start = time.perf_counter()
            report = import_paths(memory, [folder])
            results[f"import {args.releases:,} releases (s)"] = round(time.perf_counter() - start, 1)
            results["pairs from those releases"] = memory.count()
            assert not report.problems, report.problems[:3]
    width = max(map(len, results))
    for name, value in results.items():
        print(f"{name:<{width}}  {value:>10,}")
    if args.json:
        args.json.write_text(json.dumps({"results": results}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
