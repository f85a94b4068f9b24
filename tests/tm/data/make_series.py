"""Writes the memory's test series: two recurring kinds of press release, in Korean and English.

- `monthly/2025-MM.txt`: twelve monthly public procurement statistics releases (figures, dates,
  a rising or falling year-on-year change, a topic of the month, one of three quotes, a contact
  whose phone number changes in April);
- `designation/round-N.txt`: six rounds of the Excellent Procurement Products designation
  (ordinal rounds, counts written as words at the start of a sentence, date ranges with weekdays).

The texts are our own, in the published layout (Korean block, then English). The figures come from
a fixed seed, so running this again writes the same files: `python tests/tm/data/make_series.py`.
"""

# ruff: noqa: E501  (the releases' lines are as long as a paragraph)
from __future__ import annotations

import calendar
import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEKDAYS_KO = "월화수목금토일"
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty"
).split()
ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split()


def ko_amount(eok: int) -> str:
    """An amount in 억원 as a Korean release writes it: 2,340억원, 7조 3천억원."""
    jo, rest = divmod(eok, 10000)
    if not jo:
        return f"{rest:,}억원"
    assert rest and rest % 1000 == 0, "a trillion amount is written to the 천억"
    return f"{jo}조 {rest // 1000}천억원"


def en_amount(eok: int) -> str:
    value = Decimal(eok) / 10 if eok < 10000 else Decimal(eok) / 10000
    scale = "billion" if eok < 10000 else "trillion"
    text = f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
    return f"KRW {text} {scale}"


def ko_day(d: date, weekday: bool = False, year: int | None = None) -> str:
    """ "3월 4일(화)"; with the year when it is not the release's ("2026년 1월 12일(월)")."""
    return (
        ("" if year in (None, d.year) else f"{d.year}년 ")
        + f"{d.month}월 {d.day}일"
        + (f"({WEEKDAYS_KO[d.weekday()]})" if weekday else "")
    )


def en_day(d: date, weekday: bool = False, year: int | None = None) -> str:
    day = (f"{calendar.day_name[d.weekday()]}, " if weekday else "") + f"{calendar.month_name[d.month]} {d.day}"
    return day + ("" if year in (None, d.year) else f", {d.year}")


def working_day(d: date) -> date:
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


TOPICS = [
    ("설 명절을 앞두고 성수품과 선물용 농수산물 구매가 늘었다.",
     "Purchases of holiday goods and agricultural and fishery products rose ahead of the Lunar New Year."),
    ("신학기를 앞두고 학교의 교구와 전자칠판 구매가 크게 늘었다.",
     "Schools bought many more teaching aids and electronic blackboards before the new term."),
    ("봄철 산불에 대비해 지방자치단체의 진화 장비 구매가 늘었다.",
     "Local governments bought more firefighting equipment to prepare for spring wildfires."),
    ("공공기관의 전기차 충전기 설치 계약이 이어졌다.",
     "Public institutions continued to sign contracts to install electric vehicle chargers."),
    ("여름철 집중호우에 대비한 배수 펌프와 방수 자재 구매가 많았다.",
     "Purchases of drainage pumps and waterproofing materials were high ahead of the summer rains."),
    ("상반기 재정 집행을 앞당기면서 대형 공사 계약이 몰렸다.",
     "Large construction contracts were concentrated as spending was brought forward in the first half."),
    ("폭염에 대비해 냉방기와 그늘막 구매가 크게 늘었다.",
     "Purchases of air conditioners and shade canopies rose sharply to cope with the heat wave."),
    ("휴가철 관광지 안전 시설물 정비 계약이 늘었다.",
     "Contracts to maintain safety facilities at tourist sites increased during the holiday season."),
    ("추석 명절을 앞두고 전통시장 상품권 구매가 늘었다.",
     "Purchases of traditional market gift certificates rose ahead of the Chuseok holiday."),
    ("국회 국정감사를 앞두고 계약 절차 점검이 강화됐다.",
     "Checks on contract procedures were stepped up ahead of the National Assembly audit."),
    ("겨울철 제설제와 제설 장비 구매가 시작됐다.",
     "Purchases of de-icing agents and snow removal equipment began for the winter."),
    ("연말 예산 집행이 몰리면서 계약이 크게 늘었다.",
     "Contracts rose sharply as budgets were spent at the end of the year."),
]  # fmt: skip
QUOTES = [
    ("중소기업이 공공시장에서 성장할 수 있도록 계약 제도를 계속 개선하겠다",
     "We will keep improving the contract system so that small businesses can grow in the public market"),
    ("혁신제품 구매를 늘려 기업의 기술 개발을 뒷받침하겠다",
     "We will buy more innovative products to support companies' technology development"),
    ("조달 데이터를 공개해 공공조달의 투명성을 높이겠다",
     "We will open procurement data to make public procurement more transparent"),
]  # fmt: skip


def monthly(month: int, rng: random.Random) -> str:
    y = 2025
    released = working_day(date(y, month % 12 + 1, 10) if month < 12 else date(y + 1, 1, 10))
    following = working_day(date(released.year + (released.month == 12), released.month % 12 + 1, 10))
    while True:  # 억원, each a whole 천억 above a trillion (3조 1천억원) and never a round 조
        goods, works, services = rng.randint(24, 45) * 1000, rng.randint(15, 32) * 1000, rng.randint(8, 19) * 1000
        total = goods + works + services
        if all(v % 10000 for v in (goods, works, services, total)):
            break
    change = Decimal(rng.randint(-95, 185)) / 10 or Decimal("1.5")
    sme_share = Decimal(rng.randint(640, 730)) / 10
    sme = int(total * sme_share / 100) // 1000 * 1000
    sme += 1000 if sme % 10000 == 0 else 0
    women, social = rng.randint(180, 420) * 10, rng.randint(60, 140) * 10
    inno, inno_orgs, inno_items = rng.randint(90, 260) * 10, rng.randint(180, 460), rng.randint(600, 1900)
    tenders = rng.randint(21000, 34000)
    per_day = round(tenders / 20)
    quote_ko, quote_en = QUOTES[month % 3]
    topic_ko, topic_en = TOPICS[month - 1]
    ext = "7331" if month < 4 else "7346"
    direction_ko, direction_en = ("증가", "up") if change > 0 else ("감소", "down")
    pct = f"{abs(change):f}"
    month_en = calendar.month_name[month]
    ko = f"""제목 {y}년 {month}월 공공조달 계약액 {ko_amount(total)}, 전년 동월 대비 {pct}% {direction_ko}
등록 {released:%Y/%m/%d} ({WEEKDAYS_KO[released.weekday()]})

{y}년 {month}월 공공조달 계약액 {ko_amount(total)}, 전년 동월 대비 {pct}% {direction_ko}
- 중소기업 계약 비중 {sme_share}%, 혁신제품 구매 {ko_amount(inno)}
- 나라장터 입찰 공고 {tenders:,}건, 하루 평균 {per_day:,}건

 조달청(청장 한정우)은 {ko_day(released)} {y}년 {month}월 공공조달 계약액이 {ko_amount(total)}으로 전년 같은 달보다 {pct}% {direction_ko}했다고 밝혔다. 이 가운데 물품은 {ko_amount(goods)}, 공사는 {ko_amount(works)}, 용역은 {ko_amount(services)}이었다.

 중소기업과의 계약은 {ko_amount(sme)}으로 전체의 {sme_share}%를 차지했다. 여성기업과 사회적기업 제품 구매액은 각각 {ko_amount(women)}과 {ko_amount(social)}이었다.

 혁신제품 구매액은 {ko_amount(inno)}으로 {inno_orgs:,}개 기관이 {inno_items:,}개 제품을 구매했다. {topic_ko}

 나라장터*를 통한 입찰 공고는 {tenders:,}건으로 하루 평균 {per_day:,}건이 게시됐다.
 * 나라장터: 조달청이 운영하는 국가종합전자조달시스템

 정민호 조달청 공공조달정책국장은 "{quote_ko}"라고 말했다.

 다음 공공조달 동향은 {ko_day(following, True, released.year)} 발표할 예정이다.

* 문의: 조달청 조달정책과 윤서진 사무관(042-724-{ext})
"""
    en = f"""Public procurement contracts in {month_en} {y} {direction_en} {pct} percent year-on-year at {en_amount(total)}
- Small and medium-sized businesses won {sme_share} percent of contracts; innovative product purchases reached {en_amount(inno)}
- {tenders:,} tenders announced on KONEPS, an average of {per_day:,} a day

 The Public Procurement Service (PPS, Administrator Han Jeong-woo) announced on {en_day(released)} that public procurement contracts in {month_en} {y} totaled {en_amount(total)}, {direction_en} {pct} percent from the same month a year earlier. Of the total, goods accounted for {en_amount(goods)}, construction for {en_amount(works)} and services for {en_amount(services)}.

 Contracts with small and medium-sized businesses came to {en_amount(sme)}, or {sme_share} percent of the total. Purchases from women-owned businesses and social enterprises reached {en_amount(women)} and {en_amount(social)}, respectively.

 Purchases of innovative products totaled {en_amount(inno)}, with {inno_orgs:,} institutions buying {inno_items:,} products. {topic_en}

 A total of {tenders:,} tenders were announced on KONEPS*, an average of {per_day:,} a day.
 * KONEPS (Korea ON-line E-Procurement System): the national e-procurement system run by PPS

 "{quote_en}," said Jeong Min-ho, Director General for Public Procurement Policy at PPS.

 The next monthly figures will be released on {en_day(following, True, released.year)}.

Contact: Deputy Director Yoon Seo-jin, Procurement Policy Division, PPS (+82-42-724-{ext})
"""
    return ko + "\n" + en


def designation(n: int, rng: random.Random) -> str:
    y = 2025
    held = working_day(date(y, 2 * n, rng.randint(12, 20)))
    opens = working_day(date(y + (n == 6), (2 * n + 1) % 12 or 12, rng.randint(3, 8)))
    closes = working_day(opens + timedelta(days=9))
    apps = rng.randint(60, 140)
    chosen = rng.randint(22, 45)
    tech, perf = rng.randint(6, chosen // 2), rng.randint(4, chosen // 3)
    inno = chosen - tech - perf
    first = rng.randint(11, 19)
    rate = (Decimal(chosen) * 100 / apps).quantize(Decimal("0.1"))
    ext = "7512"
    quote_ko, quote_en = QUOTES[n % 3]
    ko = f"""조달청, 제{n}차 우수조달물품 {chosen}개 지정
- 신청 {apps}개 제품 가운데 {chosen}개 선정, 선정률 {rate}%
- 다음 신청은 {ko_day(opens, True)}부터 {ko_day(closes, True)}까지

 조달청은 {ko_day(held, True)} 우수조달물품 지정심사위원회를 열고 {chosen}개 제품을 제{n}차 우수조달물품으로 지정했다고 밝혔다.

 이번에 지정된 제품은 기술개발 제품 {tech}개, 성능인증 제품 {perf}개, 혁신제품 {inno}개다. 이 가운데 {first}개 기업은 처음으로 지정을 받았다.

 우수조달물품으로 지정되면 3년간 수의계약이 가능하며, 지정 기간은 최대 6년까지 연장할 수 있다.

 한정우 조달청장은 "{quote_ko}"라고 말했다.

 다음 지정 신청은 {ko_day(opens, True)}부터 {ko_day(closes, True)}까지 나라장터에서 받는다.

* 문의: 조달청 조달품질원 우수제품과 강은비 사무관(042-724-{ext})
"""
    en = f"""PPS designates {chosen} Excellent Procurement Products in its {ORDINALS[n]} round
- {chosen} of {apps} applicant products selected, a selection rate of {rate} percent
- Applications for the next round open from {en_day(opens, True)} to {en_day(closes, True)}

 The Public Procurement Service (PPS) said that its review committee met on {en_day(held, True)} and designated {chosen} products as Excellent Procurement Products in the {ORDINALS[n]} round.

 The designated products comprise {tech} technology development products, {perf} performance-certified products and {inno} innovative products. {NUMBER_WORDS[first].capitalize()} of the companies were designated for the first time.

 Excellent Procurement Products may be bought through negotiated contracts for three years, and the designation can be extended up to six years.

 "{quote_en}," said PPS Administrator Han Jeong-woo.

 Applications for the next round will be accepted on the Korea ON-line E-Procurement System (KONEPS) from {en_day(opens, True)} to {en_day(closes, True)}.

Contact: Deputy Director Kang Eun-bi, Excellent Products Division, Procurement Quality Assurance Service, PPS (+82-42-724-{ext})
"""
    return ko + "\n" + en


def main() -> None:
    rng = random.Random(2025)
    (HERE / "monthly").mkdir(exist_ok=True)
    (HERE / "designation").mkdir(exist_ok=True)
    for month in range(1, 13):
        (HERE / "monthly" / f"2025-{month:02d}.txt").write_text(monthly(month, rng), encoding="utf-8")
    for n in range(1, 7):
        (HERE / "designation" / f"round-{n}.txt").write_text(designation(n, rng), encoding="utf-8")


if __name__ == "__main__":
    main()
