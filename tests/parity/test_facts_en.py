"""English fact extraction: values, precision, units, qualifiers, spans, dates, times and ranges.

Each table row is a short English text written for these tests and the fact expected in it, found
by its exact excerpt, so a row fails if the kind, the value, the precision, the unit, the
qualifier or the span changes. Other tables list texts that must give no fact at all (phone
numbers, codes, pronouns) and texts whose facts are all listed, in order.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.parity.facts import DateValue, Fact, Kind, Qualifier
from drafter.parity.facts_en import extract
from tests.parity.facts_helpers import check_number, fact_in

EXACT, ABOUT, OVER, UNDER = Qualifier.EXACT, Qualifier.ABOUT, Qualifier.OVER, Qualifier.UNDER


def fact_at(text: str, excerpt: str) -> Fact:
    return fact_in(extract, text, excerpt)


# --- amounts ------------------------------------------------------------------------------------

AMOUNTS = [
    # text, excerpt, value, precision, currency, qualifier
    ("The system cost 4.3 billion KRW in total.", "4.3 billion KRW", "4300000000", "1E+8", "KRW", EXACT),
    ("Donors gave $10 million last month.", "$10 million", "10000000", "1E+6", "USD", EXACT),
    ("A budget of 1.25 trillion won was approved.", "1.25 trillion won", "1250000000000", "1E+10", "KRW", EXACT),
    ("The agency paid KRW 4.3 billion for it.", "KRW 4.3 billion", "4300000000", "1E+8", "KRW", EXACT),
    ("It signed a US$ 2.5 million grant.", "US$ 2.5 million", "2500000", "1E+5", "USD", EXACT),
    ("It closed a US$4.3bn deal.", "US$4.3bn", "4300000000", "1E+8", "USD", EXACT),
    ("Revenue reached €1.2 billion.", "€1.2 billion", "1200000000", "1E+8", "EUR", EXACT),
    ("The chain was sold for £125m.", "£125m", "125000000", "1E+6", "GBP", EXACT),
    ("Exports worth ¥500 million left the port.", "¥500 million", "500000000", "1E+6", "JPY", EXACT),
    ("Tickets cost ₩3,000 each.", "₩3,000", "3000", "1", "KRW", EXACT),
    ("Each fee is 5,000 Korean won.", "5,000 Korean won", "5000", "1", "KRW", EXACT),
    ("They pledged 20 million US dollars.", "20 million US dollars", "20000000", "1E+6", "USD", EXACT),
    ("The fine was 300 euros.", "300 euros", "300", "1", "EUR", EXACT),
    ("A bowl costs 700 yen.", "700 yen", "700", "1", "JPY", EXACT),
    ("A ticket costs 90 yuan.", "90 yuan", "90", "1", "CNY", EXACT),
    ("It raised 10 million pounds sterling.", "10 million pounds sterling", "10000000", "1E+6", "GBP", EXACT),
    ("The book costs 15 dollars.", "15 dollars", "15", "1", "USD", EXACT),
    ("Investment of CNY 8 billion followed.", "CNY 8 billion", "8000000000", "1E+9", "CNY", EXACT),
    ("Investment of RMB 5 billion followed.", "RMB 5 billion", "5000000000", "1E+9", "CNY", EXACT),
    ("The stolen sum was $26,750.", "$26,750", "26750", "1", "USD", EXACT),
    ("The bond issue raised $1.5bn.", "$1.5bn", "1500000000", "1E+8", "USD", EXACT),
    ("The prize is $10k this year.", "$10k", "10000", "1E+3", "USD", EXACT),
    ("The fund holds 4.3bn won.", "4.3bn won", "4300000000", "1E+8", "KRW", EXACT),
    ("The fund holds KRW4.3bn.", "KRW4.3bn", "4300000000", "1E+8", "KRW", EXACT),
    ("Sales hit HK$5 million.", "HK$5 million", "5000000", "1E+6", "HKD", EXACT),
    ("Ten thousand won buys lunch.", "Ten thousand won", "10000", "1E+3", "KRW", EXACT),
    ("It cost about $3 million.", "about $3 million", "3000000", "1E+6", "USD", ABOUT),
    ("It cost more than 5,000 won.", "more than 5,000 won", "5000", "1", "KRW", OVER),
    ("Billions of dollars were lost.", "Billions of dollars", "1000000000", "1E+9", "USD", OVER),
    ("It is worth 4.3 billion Won in total.", "4.3 billion Won", "4300000000", "1E+8", "KRW", EXACT),
    ("It is worth (approx. USD 3.2 million).", "approx. USD 3.2 million", "3200000", "1E+5", "USD", ABOUT),
    ("They raised 1.5 mln dollars.", "1.5 mln dollars", "1500000", "1E+5", "USD", EXACT),
    ("The ministry gives 3 million won in aid.", "3 million won", "3000000", "1E+6", "KRW", EXACT),
    ("He quit a £11million deal.", "£11million", "11000000", "1E+6", "GBP", EXACT),  # scale word glued
    ("It reached €3.1billion.", "€3.1billion", "3100000000", "1E+8", "EUR", EXACT),
]


@pytest.mark.parametrize(("text", "excerpt", "value", "precision", "currency", "qualifier"), AMOUNTS)
def test_amount(text: str, excerpt: str, value: str, precision: str, currency: str, qualifier: Qualifier) -> None:
    check_number(fact_at(text, excerpt), Kind.AMOUNT, value, precision, currency, qualifier)


# --- counts and numbers ---------------------------------------------------------------------------

COUNTS = [
    # text, excerpt, value, precision, unit, qualifier
    ("Fourteen Iraqi officials arrived.", "Fourteen Iraqi officials", "14", "1", "officials", EXACT),
    ("Yesterday 14 officials arrived.", "14 officials", "14", "1", "officials", EXACT),
    ("They sent a 15-member delegation.", "15-member", "15", "1", "member", EXACT),
    ("The fund covers twenty-one countries.", "twenty-one countries", "21", "1", "countries", EXACT),
    ("The fund covers twenty one countries.", "twenty one countries", "21", "1", "countries", EXACT),
    ("We solved ninety-nine problems.", "ninety-nine problems", "99", "1", "problems", EXACT),
    ("We met one hundred participants.", "one hundred participants", "100", "1E+2", "participants", EXACT),
    ("We saw two hundred and five cases.", "two hundred and five cases", "205", "1", "cases", EXACT),
    ("The city has fourteen million people.", "fourteen million people", "14000000", "1E+6", "people", EXACT),
    ("She bought a dozen eggs.", "a dozen eggs", "12", "1", "eggs", EXACT),
    ("Police detained dozens of people.", "dozens of people", "12", "12", "people", OVER),
    ("The storm hit hundreds of homes.", "hundreds of homes", "100", "1E+2", "homes", OVER),
    ("The beach drew thousands of tourists.", "thousands of tourists", "1000", "1E+3", "tourists", OVER),
    ("It drew tens of thousands of people.", "tens of thousands of people", "10000", "1E+4", "people", OVER),
    ("It cut hundreds of thousands of jobs.", "hundreds of thousands of jobs", "100000", "1E+5", "jobs", OVER),
    ("The app has millions of users.", "millions of users", "1000000", "1E+6", "users", OVER),
    ("They stayed for a couple of days.", "a couple of days", "2", "1", "days", ABOUT),
    ("He bought a pair of shoes.", "a pair of shoes", "2", "1", "shoes", EXACT),
    ("The plant hired several hundred workers.", "several hundred workers", "100", "1E+2", "workers", OVER),
    ("Yesterday 2000 people attended.", "2000 people", "2000", "1", "people", EXACT),
    ("They need 5 more people.", "5 more people", "5", "1", "people", EXACT),
    ("They met 14 government delegates.", "14 government delegates", "14", "1", "delegates", EXACT),
    ("She ran a 10km race.", "10km", "10", "1", "km", EXACT),
    ("It was a three-day visit.", "three-day", "3", "1", "day", EXACT),
    ("All 60 AMs voted.", "60 AMs", "60", "1", "ams", EXACT),
    ("It took two and a half years.", "two and a half years", "2.5", "0.1", "years", EXACT),
    ("The show drew 5m people.", "5m people", "5000000", "1E+6", "people", EXACT),
    ("The team trains 3 times a week.", "3 times", "3", "1", "times", EXACT),
    ("The board meets twice a year.", "twice", "2", "1", "times", EXACT),
    ("Only one delegate came.", "one delegate", "1", "1", "delegate", EXACT),
    ("The fair drew half a million visitors.", "half a million visitors", "500000", "1E+5", "visitors", EXACT),
    ("We have 12 important matches.", "12 important matches", "12", "1", "matches", EXACT),
    ("A 25,000-strong crowd gathered.", "25,000-strong", "25000", "1", "strong", EXACT),
    ("They found a 550 pound hog.", "550 pound", "550", "1", "pound", EXACT),
    # time spans: "a decade" = 10 years, "decades" = more than ten (수십 년), "two decades" = 20 years
    ("St. Martin's followed a decade later.", "a decade", "10", "1E+1", "decade", EXACT),
    ("A Republican held it for over a decade.", "over a decade", "10", "1E+1", "decade", OVER),
    ("She gained experience over the past decade.", "over the past decade", "10", "1E+1", "decade", OVER),
    ("It ends a decades-long dispute.", "decades", "10", "1E+1", "decades", OVER),
    ("After decades of talks, it ended.", "decades of", "10", "1E+1", "decades", OVER),
    ("111 died in the past two decades.", "two decades", "20", "1E+1", "decades", EXACT),
    ("He spent a year in Iraq.", "a year", "1", "1", "year", EXACT),
    ("The vote is on hold for up to a week.", "up to a week", "1", "1", "week", UNDER),
    ("They appear in court within a month.", "within a month", "1", "1", "month", UNDER),  # 한 달 이내
    ("Tests stopped in the past year.", "the past year", "1", "1", "year", EXACT),
    ("He was diving for about half an hour.", "about half an hour", "30", "1", "minutes", ABOUT),
    ("He fell on the quarter-hour mark.", "quarter-hour", "15", "1", "minutes", EXACT),
    ("He moved to the Riverside Church 18 years ago.", "18 years", "18", "1", "years", EXACT),  # not a name
    # the minute of a match and the floor of a building: Korean counts them (25분, 5층)
    ("Hazard scored in the 25th minute.", "25th minute", "25", "1", "minute", EXACT),
    ("Livi's 34th-minute opener stood.", "34th-minute", "34", "1", "minute", EXACT),
    ("They shared a fifth-floor room.", "fifth-floor", "5", "1", "floor", EXACT),
    ("His comments drew boos at least twice.", "at least twice", "2", "1", "times", OVER),  # how often
    ("She sent it to him, twice.", "twice", "2", "1", "times", EXACT),
    ("Mickelson has seven halves.", "seven halves", "7", "1", "halves", EXACT),  # ties, not a fraction
]


@pytest.mark.parametrize(("text", "excerpt", "value", "precision", "unit", "qualifier"), COUNTS)
def test_count(text: str, excerpt: str, value: str, precision: str, unit: str, qualifier: Qualifier) -> None:
    check_number(fact_at(text, excerpt), Kind.COUNT, value, precision, unit, qualifier)


NUMBERS = [
    # text, excerpt, value, precision
    ("The total was 4,300.", "4,300", "4300", "1"),
    ("The audience reached 4.3 million.", "4.3 million", "4300000", "1E+5"),
    ("The debt reached a billion.", "a billion", "1000000000", "1E+9"),
    ("She counted a hundred.", "a hundred", "100", "1E+2"),
    ("The debt was 5bn.", "5bn", "5000000000", "1E+9"),
    ("Only 10 of them came.", "10", "10", "1"),
    ("The score was 16.5 in the end.", "16.5", "16.5", "0.1"),
    ("He was aged 37 then.", "37", "37", "1"),
    ("She is 0.5 ahead.", "0.5", "0.5", "0.1"),
    ("The two of them left.", "two", "2", "1"),
    ("Two-thirds of voters agreed.", "Two-thirds", "0.6667", "0.0001"),  # as 3분의 2
    ("A quarter of the budget went there.", "A quarter", "0.25", "0.0001"),
    ("Costs fell by a third.", "a third", "0.3333", "0.0001"),  # a share, not an ordinal
    ("Half of the respondents agreed.", "Half", "0.5", "0.0001"),  # 절반
    ("Waiting times were halved.", "halved", "0.5", "0.0001"),
    ("Waiting times were cut in half.", "half", "0.5", "0.0001"),
    ("French was spoken by a double-digit share.", "double-digit", "2", "1"),  # 두 자릿수
    ("The interview ran on the front page.", "front page", "1", "1"),  # 1면
]


@pytest.mark.parametrize(("text", "excerpt", "value", "precision"), NUMBERS)
def test_number(text: str, excerpt: str, value: str, precision: str) -> None:
    check_number(fact_at(text, excerpt), Kind.NUMBER, value, precision, "", EXACT)


# --- percents, points, multipliers, ordinals ------------------------------------------------------

RATIOS = [
    # text, excerpt, kind, value, precision
    ("Turnout was 15% this time.", "15%", Kind.PERCENT, "15", "1"),
    ("Turnout was 15 % this time.", "15 %", Kind.PERCENT, "15", "1"),
    ("Turnout was 15 percent this time.", "15 percent", Kind.PERCENT, "15", "1"),
    ("Turnout was 15 per cent this time.", "15 per cent", Kind.PERCENT, "15", "1"),
    ("Growth was 4.5% last quarter.", "4.5%", Kind.PERCENT, "4.5", "0.1"),
    ("Fifty-eight percent said no.", "Fifty-eight percent", Kind.PERCENT, "58", "1"),
    ("The rate rose 3 percentage points.", "3 percentage points", Kind.POINT, "3", "1"),
    ("The rate rose 3%p.", "3%p", Kind.POINT, "3", "1"),
    ("The rate rose 2.5%p.", "2.5%p", Kind.POINT, "2.5", "0.1"),
    ("The rate rose 3 pp.", "3 pp", Kind.POINT, "3", "1"),
    ("The rate rose 25 basis points.", "25 basis points", Kind.POINT, "0.25", "0.01"),
    ("Exports doubled this year.", "doubled", Kind.MULTIPLIER, "2", "1"),
    ("Profits were twice as high.", "twice", Kind.MULTIPLIER, "2", "1"),
    ("The plan will double the budget.", "double", Kind.MULTIPLIER, "2", "1"),
    ("Sales tripled in May.", "tripled", Kind.MULTIPLIER, "3", "1"),
    ("It is three times larger.", "three times", Kind.MULTIPLIER, "3", "1"),
    ("It is 2.5 times larger.", "2.5 times", Kind.MULTIPLIER, "2.5", "0.1"),
    ("A two-fold rise followed.", "two-fold", Kind.MULTIPLIER, "2", "1"),
    ("A twofold rise followed.", "twofold", Kind.MULTIPLIER, "2", "1"),
    ("A tenfold rise followed.", "tenfold", Kind.MULTIPLIER, "10", "1"),
    ("Speeds rose by a factor of ten.", "a factor of ten", Kind.MULTIPLIER, "10", "1"),  # 10배
    ("Speed went up 3x.", "3x", Kind.MULTIPLIER, "3", "1"),
    ("It was the 1st try.", "1st", Kind.ORDINAL, "1", "1"),
    ("It was the 2nd try.", "2nd", Kind.ORDINAL, "2", "1"),
    ("He is the 37th president.", "37th", Kind.ORDINAL, "37", "1"),
    ("It was the 6th round of talks.", "6th", Kind.ORDINAL, "6", "1"),
    ("It shaped the twenty-first century.", "twenty-first", Kind.ORDINAL, "21", "1"),
    ("It is the sixth meeting.", "sixth", Kind.ORDINAL, "6", "1"),
    ("They met for the first time.", "first", Kind.ORDINAL, "1", "1"),
    ("The firm is No. 1 in Asia.", "No. 1", Kind.ORDINAL, "1", "1"),
    ("It marks the thirtieth anniversary.", "thirtieth", Kind.ORDINAL, "30", "1"),
    ("He won a third term.", "third", Kind.ORDINAL, "3", "1"),
    ("The death toll doubles.", "doubles", Kind.MULTIPLIER, "2", "1"),
    ("He fought in World War Two.", "World War Two", Kind.ORDINAL, "2", "1"),  # 제2차 세계대전
    ("World War II ended.", "World War II", Kind.ORDINAL, "2", "1"),
    ("A WW1 cleric was honoured.", "WW1", Kind.ORDINAL, "1", "1"),
    ("The world's top-ranked player lost.", "top-ranked", Kind.ORDINAL, "1", "1"),  # 세계 1위
    ("Languages are topping the league tables.", "topping", Kind.ORDINAL, "1", "1"),
    ("They are ranked one and three in the world.", "three", Kind.ORDINAL, "3", "1"),
    ("The rules of Article 5 apply here.", "Article 5", Kind.ORDINAL, "5", "1"),  # 제5조
    ("Phase 2 starts in May.", "Phase 2", Kind.ORDINAL, "2", "1"),  # 2단계
    ("It is listed under Article 27(1) of the Act.", "Article 27(1)", Kind.ORDINAL, "27", "1"),  # 제27조제1항
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "value", "precision"), RATIOS)
def test_ratio_multiplier_ordinal(text: str, excerpt: str, kind: Kind, value: str, precision: str) -> None:
    check_number(fact_at(text, excerpt), kind, value, precision, "", EXACT)


# --- qualifiers -----------------------------------------------------------------------------------

QUALIFIERS = [
    # text, excerpt, kind, value, qualifier
    ("We expect about 300 people.", "about 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect around 300 people.", "around 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect approximately 300 people.", "approximately 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect roughly 300 people.", "roughly 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect some 300 people.", "some 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect nearly 300 people.", "nearly 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect almost 300 people.", "almost 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect an estimated 300 people.", "an estimated 300 people", Kind.COUNT, "300", ABOUT),
    ("We expect more than 300 people.", "more than 300 people", Kind.COUNT, "300", OVER),
    ("We expect over 300 people.", "over 300 people", Kind.COUNT, "300", OVER),
    ("We expect above 300 people.", "above 300 people", Kind.COUNT, "300", OVER),
    ("We expect at least 300 people.", "at least 300 people", Kind.COUNT, "300", OVER),
    ("We expect upwards of 300 people.", "upwards of 300 people", Kind.COUNT, "300", OVER),
    ("Costs were in excess of $5 million.", "in excess of $5 million", Kind.AMOUNT, "5000000", OVER),
    ("Costs exceeding $5 million were cut.", "exceeding $5 million", Kind.AMOUNT, "5000000", OVER),
    ("We expect less than 300 people.", "less than 300 people", Kind.COUNT, "300", UNDER),
    ("We expect fewer than 300 people.", "fewer than 300 people", Kind.COUNT, "300", UNDER),
    ("Children under 12 go free.", "under 12", Kind.NUMBER, "12", UNDER),
    ("Inflation stayed below 2%.", "below 2%", Kind.PERCENT, "2", UNDER),
    ("Discounts of up to 40 percent apply.", "up to 40 percent", Kind.PERCENT, "40", UNDER),
    ("Each team has at most 5 players.", "at most 5 players", Kind.COUNT, "5", UNDER),
    ("We expect no more than 300 people.", "no more than 300 people", Kind.COUNT, "300", UNDER),
    ("We expect 50 or more people.", "50 or more people", Kind.COUNT, "50", OVER),
    ("We expect 100+ people.", "100+ people", Kind.COUNT, "100", OVER),
    ("We expect 20 or so people.", "20 or so people", Kind.COUNT, "20", ABOUT),
    ("Just over 40 percent agreed.", "Just over 40 percent", Kind.PERCENT, "40", OVER),
    ("Exports more than doubled.", "more than doubled", Kind.MULTIPLIER, "2", OVER),
    ("Exports nearly tripled.", "nearly tripled", Kind.MULTIPLIER, "3", ABOUT),
    ("It will be more than one.", "more than one", Kind.NUMBER, "1", OVER),
    ("Bids above 2000 were refused.", "above 2000", Kind.NUMBER, "2000", OVER),
    ("Millions more were uprooted.", "Millions more", Kind.NUMBER, "1000000", OVER),
    ("The toll could reach the thousands.", "thousands", Kind.NUMBER, "1000", OVER),
    ("The victim, in his 40s, was shot.", "40s", Kind.NUMBER, "40", OVER),  # 40대: forty and more, within ten
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "value", "qualifier"), QUALIFIERS)
def test_qualifier(text: str, excerpt: str, kind: Kind, value: str, qualifier: Qualifier) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is kind
    assert f.value == Decimal(value)
    assert f.qualifier is qualifier


# --- dates, quarters, times -----------------------------------------------------------------------

DATES = [
    # text, excerpt, expected date
    ("They met on November 1, 2023, in Seoul.", "November 1, 2023", DateValue(2023, 11, 1)),
    ("They met on 1 November 2023 in Seoul.", "1 November 2023", DateValue(2023, 11, 1)),
    ("They met on Nov. 1 in Seoul.", "Nov. 1", DateValue(None, 11, 1)),
    ("They met on Nov 1st in Seoul.", "Nov 1st", DateValue(None, 11, 1)),
    ("They met on the 1st of November.", "1st of November", DateValue(None, 11, 1)),
    ("They met in November 2023.", "November 2023", DateValue(2023, 11)),
    ("They met in 2022.", "2022", DateValue(2022)),
    ("Since 2022, classes have run.", "2022", DateValue(2022)),
    ("The 2019 elections were close.", "2019", DateValue(2019)),
    ("Emissions must fall by 2030.", "2030", DateValue(2030)),
    ("He competed at the 2012 Olympics.", "2012", DateValue(2012)),
    ("The team that in 2018 won the title.", "2018", DateValue(2018)),
    ("The deadline is 2023-11-01.", "2023-11-01", DateValue(2023, 11, 1)),
    ("The deadline is 2023/11/01.", "2023/11/01", DateValue(2023, 11, 1)),
    ("The deadline is 2023. 11. 1.(Wed) at noon.", "2023. 11. 1.(Wed)", DateValue(2023, 11, 1, weekday=2)),
    ("The deadline is 11/1/2023.", "11/1/2023", DateValue(2023, 11, 1)),
    ("It opened on Wednesday, November 1, 2023.", "Wednesday, November 1, 2023", DateValue(2023, 11, 1, weekday=2)),
    ("It opened on November 1 (Wed) in Seoul.", "November 1 (Wed)", DateValue(None, 11, 1, weekday=2)),
    ("They met on Saturday (September 29).", "Saturday (September 29)", DateValue(None, 9, 29, weekday=5)),
    ("Voters go to the polls Sunday.", "Sunday", DateValue(weekday=6)),
    ("Sales fell last year.", "last year", DateValue(relative_year=-1)),
    ("Last year sales fell.", "Last year", DateValue(relative_year=-1)),
    ("Sales rose this year.", "this year", DateValue(relative_year=0)),
    ("Sales will rise next year.", "next year", DateValue(relative_year=1)),
    ("The report came out in June.", "June", DateValue(month=6)),
    ("The report came out in mid-June.", "June", DateValue(month=6)),
    ("It began in October last year.", "October last year", DateValue(month=10, relative_year=-1)),
    ("It was popular in the 1990s.", "1990s", DateValue(1990, decade=True)),  # a decade by its first year, as 1990년대
    ("They moved out in the 1930s.", "1930s", DateValue(1930, decade=True)),
    ("It began in the early 2000s.", "2000s", DateValue(2000, decade=True)),
    ("Music of the '90s returned.", "'90s", DateValue(1990, decade=True)),
    ("The airport stays closed until Oct.", "Oct.", DateValue(month=10)),  # a sentence cut after "Oct."
    ("They face tough November elections.", "November", DateValue(month=11)),
    ("It came after the June summit.", "June", DateValue(month=6)),
    ("Visitors by month:\n- April: 1.62 million\n- May: 1.71 million", "May", DateValue(month=5)),  # a list's label
    ("Visitors by month:\nApril: 1.62 million", "April", DateValue(month=4)),
]


@pytest.mark.parametrize(("text", "excerpt", "date"), DATES)
def test_date(text: str, excerpt: str, date: DateValue) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.DATE
    assert f.date == date
    assert f.value is None


PERIODS = [
    # text, excerpt, kind, n, date
    ("It opens in the first half of next year.", "first half of next year", Kind.HALF, 1, DateValue(relative_year=1)),
    ("It improved in the first half.", "first half", Kind.HALF, 1, None),
    ("Profit fell in the second-half results.", "second-half", Kind.HALF, 2, None),
    ("Profit fell in the second quarter.", "second quarter", Kind.QUARTER, 2, None),
    ("Profit fell in the third quarter of 2024.", "third quarter of 2024", Kind.QUARTER, 3, DateValue(2024)),
    ("Profit fell in the 4th quarter.", "4th quarter", Kind.QUARTER, 4, None),
    ("Profit fell in Q3 2024.", "Q3 2024", Kind.QUARTER, 3, DateValue(2024)),
    ("Profit fell in Q4’23.", "Q4’23", Kind.QUARTER, 4, DateValue(2023)),
    ("Profit fell in H1.", "H1", Kind.HALF, 1, None),
    ("Profit fell in 1H 2024.", "1H 2024", Kind.HALF, 1, DateValue(2024)),
    # the half or quarter left unsaid after its ordinal, named before it in the sentence
    ("So that the recovery of the first half continues into the second, it acts.", "the second", Kind.HALF, 2, None),
    ("Sales rose in the first quarter and fell in the third.", "the third", Kind.QUARTER, 3, None),
]


@pytest.mark.parametrize(("text", "excerpt", "kind", "n", "date"), PERIODS)
def test_quarter_and_half(text: str, excerpt: str, kind: Kind, n: int, date: DateValue | None) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is kind
    assert f.value == n
    assert f.date == date


TIMES = [
    # text, excerpt, hour, minute, qualifier
    ("The briefing starts at 15:00 today.", "15:00", 15, 0, EXACT),
    ("The briefing starts at 3 p.m. today.", "3 p.m.", 15, 0, EXACT),
    ("The briefing starts at 3:30 pm today.", "3:30 pm", 15, 30, EXACT),
    ("The briefing starts at 10 a.m. today.", "10 a.m.", 10, 0, EXACT),
    ("The briefing starts at 10am today.", "10am", 10, 0, EXACT),
    ("The briefing starts at 1.30pm today.", "1.30pm", 13, 30, EXACT),
    ("The briefing starts at noon today.", "noon", 12, 0, EXACT),
    ("The shops close at midnight.", "midnight", 0, 0, EXACT),
    ("The call came at 12 a.m. sharp.", "12 a.m.", 0, 0, EXACT),
    ("The call came at 12 p.m. sharp.", "12 p.m.", 12, 0, EXACT),
    ("It happened at about 19:30 BST.", "about 19:30", 19, 30, ABOUT),
    ("The train left at 7.55am on Monday.", "7.55am", 7, 55, EXACT),
    ("The ferry docked at 4.40 am today.", "4.40 am", 4, 40, EXACT),
    ("The bells ring at 3 o'clock.", "3 o'clock", 3, 0, EXACT),
]


@pytest.mark.parametrize(("text", "excerpt", "hour", "minute", "qualifier"), TIMES)
def test_time(text: str, excerpt: str, hour: int, minute: int, qualifier: Qualifier) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.TIME
    assert (f.hour, f.minute) == (hour, minute)
    assert f.qualifier is qualifier


# --- ranges ---------------------------------------------------------------------------------------

DATE_RANGES = [
    # text, excerpt, start date, end excerpt, end date
    ("It ran from 2019 to 2021.", "from 2019 to 2021", DateValue(2019), "2021", DateValue(2021)),
    ("It ran between 2019 and 2021.", "between 2019 and 2021", DateValue(2019), "2021", DateValue(2021)),
    ("It ran 2019-2021 in Iraq.", "2019-2021", DateValue(2019), "2021", DateValue(2021)),
    ("The 2018-19 season ended.", "2018-19", DateValue(2018), "19", DateValue(2019)),
    ("The fair runs June 14-18 in Seoul.", "June 14-18", DateValue(None, 6, 14), "18", DateValue(None, 6, 18)),
    ("The fair runs June 14-18, 2023.", "June 14-18, 2023", DateValue(2023, 6, 14), "18", DateValue(2023, 6, 18)),
    ("The fair runs 14-18 June 2023.", "14-18 June 2023", DateValue(2023, 6, 14), "18", DateValue(2023, 6, 18)),
    (
        "It ran from November 2019 to December 2021.",
        "from November 2019 to December 2021",
        DateValue(2019, 11),
        "December 2021",
        DateValue(2021, 12),
    ),
    (
        "The fair runs June 14 to July 2, 2023.",
        "June 14 to July 2, 2023",
        DateValue(2023, 6, 14),
        "July 2, 2023",
        DateValue(2023, 7, 2),
    ),
]


@pytest.mark.parametrize(("text", "excerpt", "date", "end_excerpt", "end_date"), DATE_RANGES)
def test_date_range(text: str, excerpt: str, date: DateValue, end_excerpt: str, end_date: DateValue) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.DATE and f.date == date
    end = f.range_end
    assert end is not None and end.kind is Kind.DATE
    assert end.text == end_excerpt and text[end.start : end.end] == end_excerpt
    assert f.start <= end.start and end.end <= f.end
    assert end.date == end_date


NUMBER_RANGES = [
    # text, excerpt, kind, low, high, precision, unit, end excerpt
    ("We expect 3 to 5 people.", "3 to 5 people", Kind.COUNT, "3", "5", "1", "people", "5"),
    ("We expect 3-5 people.", "3-5 people", Kind.COUNT, "3", "5", "1", "people", "5"),
    ("It costs $3-5 million.", "$3-5 million", Kind.AMOUNT, "3000000", "5000000", "1E+6", "USD", "5 million"),
    (
        "It costs $3 million to $5 million.",
        "$3 million to $5 million",
        Kind.AMOUNT,
        "3000000",
        "5000000",
        "1E+6",
        "USD",
        "$5 million",
    ),
    ("It costs 3 to 5 billion won.", "3 to 5 billion won", Kind.AMOUNT, "3e9", "5e9", "1E+9", "KRW", "5 billion won"),
    ("Rates of 10-15% apply.", "10-15%", Kind.PERCENT, "10", "15", "1", "", "15%"),
    ("Rates between 10% and 15% apply.", "between 10% and 15%", Kind.PERCENT, "10", "15", "1", "", "15%"),
    ("Rates of five to ten per cent apply.", "five to ten per cent", Kind.PERCENT, "5", "10", "1", "", "ten per cent"),
    ("Between 500 and 1 million fans came.", "Between 500 and 1 million fans", Kind.COUNT, "500", "1e6", "1", "fans",
     "1 million"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "excerpt", "kind", "low", "high", "precision", "unit", "end_excerpt"), NUMBER_RANGES)
def test_number_range(
    text: str, excerpt: str, kind: Kind, low: str, high: str, precision: str, unit: str, end_excerpt: str
) -> None:
    f = fact_at(text, excerpt)
    check_number(f, kind, low, precision, unit, EXACT)
    end = f.range_end
    assert end is not None and end.kind is kind
    assert end.value == Decimal(high) and end.unit == unit
    assert end.text == end_excerpt and text[end.start : end.end] == end_excerpt


TIME_RANGES = [
    # text, excerpt, start (h, m), end (h, m)
    ("The session runs 15:00-15:30 daily.", "15:00-15:30", (15, 0), (15, 30)),
    ("The session runs 3-5 p.m. daily.", "3-5 p.m.", (15, 0), (17, 0)),
    ("The office is open from 9 a.m. to 6 p.m.", "from 9 a.m. to 6 p.m.", (9, 0), (18, 0)),
]


@pytest.mark.parametrize(("text", "excerpt", "start", "end"), TIME_RANGES)
def test_time_range(text: str, excerpt: str, start: tuple[int, int], end: tuple[int, int]) -> None:
    f = fact_at(text, excerpt)
    assert f.kind is Kind.TIME and (f.hour, f.minute) == start
    assert f.range_end is not None and (f.range_end.hour, f.range_end.minute) == end


NOT_RANGES = [
    # text, the facts' excerpts: two separate facts, no range
    ("The rate rose from 3% to 5%.", ["3%", "5%"]),
    ("They won the match 3-1.", ["3", "1"]),
    ("His record is 13-21-3 overall.", ["13", "21", "3"]),
    ("Elections were held in 2019 and 2021.", ["2019", "2021"]),
    ("Sales grew from $2 million in 2021 to $3.4 million in 2022.", ["$2 million", "2021", "$3.4 million", "2022"]),
    ("Exports rose 2.3-fold to $1.1 billion.", ["2.3-fold", "$1.1 billion"]),
    ("Traffic deaths fell 5.8 percent to 2,551.", ["5.8 percent", "2,551"]),  # a change and the level it led to
    ('"Bad" days fell by five to 14.', ["five", "14"]),  # by how much, then the level
    ("A goal on 27:37 tied it.", ["27"]),  # a match clock: the seconds are no number of their own
]


def test_a_bare_times_may_count_occasions_but_a_comparison_only_multiplies() -> None:
    [bare] = [f for f in extract("about half as many as in the previous period (11 times).") if f.value == 11]
    [compared] = extract("about 11 times as many as in the previous year.")
    [grown] = extract("Exports were up 11 times from a year earlier.")[:1]
    assert (bare.kind, bare.unit) == (Kind.MULTIPLIER, "times")
    assert (compared.kind, compared.unit) == (grown.kind, grown.unit) == (Kind.MULTIPLIER, "")


@pytest.mark.parametrize(("text", "excerpts"), NOT_RANGES)
def test_not_a_range(text: str, excerpts: list[str]) -> None:
    facts = extract(text)
    assert [f.text for f in facts] == excerpts
    assert all(f.range_end is None for f in facts)


# --- no facts -------------------------------------------------------------------------------------

NO_FACTS = [
    "Call 042-724-7654 for details.",
    "Call +82-42-724-7654 for details.",
    "Call (042) 724-7654 for details.",
    "Call the centre on 1588-0800 any time.",
    "Call 0800 555 111 for help.",
    "Write to press@pps.go.kr for details.",
    "See https://www.pps.go.kr/eng/index.do for more.",
    "Update to version 2.0 or to v1.2.3 now.",
    "The device runs on 192.168.0.1 here.",
    "The COVID-19 pandemic hit hard.",
    "Cases of covid-19 fell.",
    "Leaders met at the G20 summit.",
    "The air force bought F-35 jets.",
    "Users of Windows 10 complained.",
    "The airline flies the Boeing 737 often.",
    "The H1N1 virus spread.",
    "New 4G and 5G networks opened.",
    "The 3D printer arrived.",
    "The shop is open 24/7 now.",
    "Patients in the 90s ward waited.",  # two digits without an apostrophe: no decade said
    "Bats declined over the past century.",  # centuries: Korean counts them as such (지난 세기)
    "He won the men's doubles title.",
    "The bag is topped with a handle.",
    "One of the officials spoke.",
    "He was the one who spoke.",
    "No one came to the meeting.",
    "No-one knew the answer.",
    "A man ate an apple.",
    "1. Overview of the programme",
    "(a) Overview of the programme",
    "① Overview of the programme",
    "He watched 007 films.",
    "It was the Ides.",
    "Theresa May: no comment.",  # a name, not a list's month
]


@pytest.mark.parametrize("text", NO_FACTS)
def test_no_fact(text: str) -> None:
    assert extract(text) == []


def test_the_first_half_of_a_season_is_a_period_not_a_share() -> None:
    assert [(f.kind, f.text) for f in extract("It improved in the first half of the season.")] == [
        (Kind.HALF, "first half")
    ]


# --- whole paragraphs -----------------------------------------------------------------------------

PARAGRAPHS = [
    (
        "Twelve procurement officials from Ghana visited the agency in Daejeon on Tuesday, March 5, 2024, "
        "to study its e-procurement system.",
        [(Kind.COUNT, "Twelve procurement officials"), (Kind.DATE, "Tuesday, March 5, 2024")],
    ),
    (
        "From 2019 to 2021 the agency built the system with a budget of 4.3 billion KRW, and since 2022 "
        "it has trained about 300 users.",
        [
            (Kind.DATE, "From 2019 to 2021"),
            (Kind.AMOUNT, "4.3 billion KRW"),
            (Kind.DATE, "2022"),
            (Kind.COUNT, "about 300 users"),
        ],
    ),
    (
        "The next-generation system, to open in the first half of next year, handled 1.2 million bids "
        "worth $3.5bn, up 12% from last year.",
        [
            (Kind.HALF, "first half of next year"),
            (Kind.COUNT, "1.2 million bids"),
            (Kind.AMOUNT, "$3.5bn"),
            (Kind.PERCENT, "12%"),
            (Kind.DATE, "last year"),
        ],
    ),
    ("Contact: Park Ji-won, Deputy Director, International Cooperation Division (042-724-7654)", []),
    (
        "The 6th round of talks, held at 10 a.m. on June 14-18, drew more than 500 participants from "
        "twenty-one countries, twice as many as in 2023.",
        [
            (Kind.ORDINAL, "6th"),
            (Kind.TIME, "10 a.m."),
            (Kind.DATE, "June 14-18"),
            (Kind.COUNT, "more than 500 participants"),
            (Kind.COUNT, "twenty-one countries"),
            (Kind.MULTIPLIER, "twice"),
            (Kind.DATE, "2023"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_paragraph(text: str, expected: list[tuple[Kind, str]]) -> None:
    assert [(f.kind, f.text) for f in extract(text)] == expected


def test_weekday_is_as_written() -> None:
    """The weekday is recorded as written; checking it against the calendar is the matcher's job."""
    f = fact_at("It opened on Friday, November 1, 2023.", "Friday, November 1, 2023")
    assert f.date == DateValue(2023, 11, 1, weekday=4)


def test_range_end_shares_the_qualifier() -> None:
    f = fact_at("We expect about 3 to 5 people.", "about 3 to 5 people")
    assert f.qualifier is ABOUT
    assert f.range_end is not None and f.range_end.qualifier is ABOUT


# --- invariants and speed -------------------------------------------------------------------------

TOKENS = [
    "14", "4.3", "4,300", "2019", "2023-11-01", "15:00", "3", "p.m.", "$", "US$", "€", "KRW", "won", "billion",
    "million", "percent", "%", "%p", "times", "twice", "fourteen", "twenty-one", "a", "dozen", "hundreds", "of",
    "first", "half", "quarter", "Q3", "November", "Nov.", "1st", "last", "year", "from", "to", "between", "and",
    "-", "–", "~", "about", "more", "than", "up", "people", "officials", "One", "the", "one", "(", ")", ",", ".",
    "042-724-7654", "COVID-19", "G20", "Wednesday", "No.", "x", "bn", "m", "k", "+", "or", "so", "'", "’s",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=30), st.lists(st.sampled_from(["", " ", "  ", "\n"]), max_size=30))
def test_facts_are_sorted_disjoint_and_exact(tokens: list[str], gaps: list[str]) -> None:
    text = "".join(tok + (gaps[i] if i < len(gaps) else " ") for i, tok in enumerate(tokens))
    facts = extract(text)
    end = 0
    for f in facts:
        assert f.start >= end, "facts overlap or are out of order"
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        if f.range_end is not None:
            r = f.range_end
            assert f.start <= r.start < r.end <= f.end and text[r.start : r.end] == r.text
        end = f.end


def test_both_is_an_implicit_two() -> None:
    f = fact_at("Both sides agreed to meet again.", "Both sides")
    assert f.kind is Kind.COUNT and f.value == 2 and f.implicit
    assert [x.text for x in extract("Both agreed.")] == []


def test_numbered_items_are_ordinals_and_ranges() -> None:
    f = fact_at("Types 1 to 3 facilities will be inspected.", "Types 1 to 3")
    assert f.kind is Kind.ORDINAL and f.value == 1
    assert f.range_end is not None and f.range_end.value == 3 and f.range_end.text == "3"


def test_biennial_is_every_two_years_implied() -> None:
    f = fact_at("He played in the biennial event.", "biennial")
    assert f.kind is Kind.COUNT and f.value == 2 and f.unit == "years" and f.implicit


def test_a_month_after_except_and_an_overnight_time_range():
    [january] = [f for f in extract("above normal in 11 months, all except January") if f.kind == Kind.DATE]
    assert january.date is not None and january.date.month == 1
    [night] = [f for f in extract("inspected every day from 9 p.m. to 5 a.m. the following day") if f.kind == Kind.TIME]
    assert (night.hour, night.range_end.hour if night.range_end else None) == (21, 5)
