"""Units of measure in both languages, with what each is in a base unit, so that a figure a translator
converted is still the same figure: 1,000㎡ = 0.1 hectare = about 10,764 square feet; 10만 평 = about
330,000 square meters; 2GW = 2,000 MW; 30℃ = 86°F.

`measure_of(unit)` takes a fact's unit as the extractors write it (the Korean counter, the English noun,
lower-cased) and gives its dimension and factor, or None for a unit that is no measure (명, people).
`EN_UNIT` reads an English unit after a number ("square feet", "MW", "degrees Celsius"), where the
counted-noun reader would stop at "square" or miss an upper-case symbol.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache


@dataclass(frozen=True)
class Measure:
    dimension: str  # "area", "length", "mass", "temperature", "power", "energy", "volume", "containers", "speed" …
    factor: Decimal  # how many base units one unit is (m², m, kg, °C, W, Wh, L, TEU, km/h)
    symbol: str  # the base unit, as a finding prints it
    offset: Decimal = Decimal(0)  # added after the factor: °F → °C


def _table() -> dict[str, Measure]:
    table: dict[str, Measure] = {}

    def add(dimension: str, symbol: str, factor: str, names: str, offset: str = "0") -> None:
        for name in names.split(","):
            table[name.strip()] = Measure(dimension, Decimal(factor), symbol, Decimal(offset))

    add("area", "m²", "1", "㎡, m², m2, 제곱미터, 평방미터, square meter, square metre, sq m, sqm")
    add("area", "m²", "3.305785", "평, pyeong")  # 1평 = 400/121 ㎡
    add("area", "m²", "10000", "ha, 헥타르, hectare")
    add("area", "m²", "1000000", "㎢, km², km2, 제곱킬로미터, 평방킬로미터, square kilometer, square kilometre, sq km")
    add("area", "m²", "0.09290304", "square feet, square foot, sq ft")
    add("area", "m²", "4046.8564", "에이커, acre")
    add("area", "m²", "2589988.1", "square mile")
    add("length", "m", "1", "m, 미터, meter, metre")
    add("length", "m", "1000", "km, ㎞, 킬로미터, kilometer, kilometre")
    add("length", "m", "0.01", "cm, ㎝, 센티미터, centimeter, centimetre")
    add("length", "m", "0.001", "mm, ㎜, 밀리미터, millimeter, millimetre")
    add("length", "m", "1609.344", "마일, mile")
    add("length", "m", "0.3048", "피트, feet, foot, ft")
    add("length", "m", "0.0254", "인치, inch")
    add("mass", "kg", "1000", "t, 톤, ton, tonne, metric ton")
    add("mass", "kg", "1", "kg, ㎏, 킬로그램, kilogram")
    add("mass", "kg", "0.001", "g, 그램, gram")
    add("mass", "kg", "0.000001", "mg, ㎎, milligram")
    # Concentrations: residues in food (mg/kg = ppm, μg/kg = ppb), in water, in the air (㎍/㎥).
    add("mass fraction", "mg/kg", "1", "mg/kg, ㎎/㎏, ㎎/kg, ppm")
    add("mass fraction", "mg/kg", "0.001", "μg/kg, µg/kg, ug/kg, ㎍/㎏, ㎍/kg, ppb")
    add("mass concentration", "mg/L", "1", "mg/l, ㎎/ℓ")
    add("mass concentration", "mg/L", "0.001", "μg/l, µg/l, ㎍/ℓ")
    add("concentration in air", "μg/m³", "1", "μg/m³, µg/m³, μg/m3, µg/m3, ㎍/㎥")
    add("concentration in air", "μg/m³", "1000", "mg/m³, mg/m3, ㎎/㎥")
    add("temperature", "°C", "1", "℃, °c, 도, degree, degree celsius, degree centigrade")
    add("temperature", "°C", "0.5555556", "°f, degree fahrenheit", offset="-17.777778")
    add("power", "W", "1", "w, 와트, watt")
    add("power", "W", "1000", "kw, ㎾, 킬로와트, kilowatt")
    add("power", "W", "1000000", "mw, ㎿, 메가와트, megawatt")
    add("power", "W", "1000000000", "gw, 기가와트, gigawatt")
    add("energy", "Wh", "1000", "kwh, kilowatt hour")
    add("energy", "Wh", "1000000", "mwh, megawatt hour")
    add("energy", "Wh", "1000000000", "gwh, gigawatt hour")
    add("energy", "Wh", "1000000000000", "twh, terawatt hour")
    add("volume", "L", "1", "l, ℓ, 리터, liter, litre")
    add("volume", "L", "0.001", "ml, ㎖, milliliter, millilitre")
    add("volume", "L", "1000", "㎥, m3, m³, 세제곱미터, 입방미터, cubic meter, cubic metre")
    add("volume", "L", "3.785412", "갤런, gallon")
    add("volume", "L", "158.98729", "배럴, barrel")
    add("containers", "TEU", "1", "teu, twenty-foot equivalent unit")
    add("speed", "km/h", "1", "km/h, kph, kmh, kilometer per hour, kilometre per hour")
    add("speed", "km/h", "1.609344", "mph, mile per hour")
    add("speed", "km/h", "3.6", "m/s, meter per second, metre per second")
    return table


_MEASURES = _table()
_NOT_PLURAL = frozenset({"celsius", "km/h", "kph", "mph", "kmh", "ms"})


@lru_cache(maxsize=1024)
def measure_of(unit: str) -> Measure | None:
    """The measure a fact's unit names, or None ("명", "people", "times")."""
    if not unit:
        return None
    key = re.sub(r"[\s-]+", " ", unit.strip().lower().replace(".", ""))
    found = _MEASURES.get(key)
    if found is None and key.isascii():
        found = _MEASURES.get(_singular(key))
    return found


def _singular(key: str) -> str:
    """ "square meters" → "square meter", "degrees celsius" → "degree celsius", "inches" → "inch";
    "feet" and "km/h" stay."""
    words = key.split(" ")
    for i, word in enumerate(words):
        if word in _NOT_PLURAL:
            continue
        if word.endswith("ches"):
            words[i] = word[:-2]
        elif word.endswith("s") and len(word) > 2:
            words[i] = word[:-1]
    return " ".join(words)


# 시속 85마일 (85 miles an hour), 초속 30m (30 metres a second): a length after 시속 / 초속 is a speed.
_SPEED_BEFORE = re.compile(r"(?P<w>시속|초속)\s?$")
_SPEEDS = {
    "시속": {"마일": "mph", "km": "km/h", "㎞": "km/h", "킬로미터": "km/h", "킬로": "km/h"},
    "초속": {"m": "m/s", "미터": "m/s"},
}


def korean_speed(text: str, start: int, unit: str) -> str:
    """The unit of a Korean figure starting at `start`, read as a speed where 시속 or 초속 comes before it."""
    m = _SPEED_BEFORE.search(text, max(0, start - 3), start)
    return _SPEEDS[m.group("w")].get(unit, unit) if m else unit


def in_base(value: Decimal, measure: Measure) -> Decimal:
    return value * measure.factor + measure.offset


# An English unit after a number, where a counted noun is not enough: two words ("square feet", "metric
# tons", "degrees Celsius"), symbols in capitals ("2,000 MW", "500 TEU"), °C / °F, and the Korean unit
# symbols an English release keeps ("36 ㎍/㎥", "2,400 ㎞").
EN_UNIT = re.compile(
    r"[\s-]?(?P<u>(?:square|sq\.?)[\s-](?:meters?|metres?|kilometers?|kilometres?|km|m|feet|foot|ft|miles?)"
    r"|(?:cubic)[\s-](?:meters?|metres?)|metric\s+tons?|degrees?\s+(?:Celsius|celsius|centigrade|Fahrenheit|fahrenheit)"
    r"|(?:kilo|mega|giga|tera)watt[\s-]hours?|twenty-foot\s+equivalent\s+units?|(?:kilo|mil)?met(?:er|re)s?\s+per\s+hour"
    r"|miles\s+per\s+hour|°\s?[CF]|℃|(?:mg|μg|µg|ug)/(?:kg|[lL]|m³|m3)|[㎎㎍]/(?:㎥|㎏|kg|ℓ))(?![A-Za-z0-9])"
    r"|\s(?P<sym>MW|GW|kW|KW|TW|MWh|GWh|kWh|TWh|TEUs?|km|kg|ha|㎡|m²|km²|ppm|ppb|㎞|㎏|㎢|㎥|㎾|㎿|㎝|㎜|㎖)"
    r"(?![A-Za-z0-9/])",
)
