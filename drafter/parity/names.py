"""Korean person names and their romanisation, so the checker can tell "김윤상" is missing or misspelt in English.

Precision over recall: a Korean name is only found where a title or honorific follows it
("임기근 조달청장은"), and an English name only where a known family-name spelling stands at one
end of a run of syllable-shaped capitalised words ("Lim Ki-geun", "Yoon-sang Kim").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from drafter.contacts import Department, Person, departments, line_of
from drafter.parity.budget import REMEMBERED, steps

_FAMILY_1 = (
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 "
    "차 주 우 구 민 류 나 진 지 엄 염 채 원 천 방 공 현 함 변 여 추 도 소 석 선 설 마 길 연 위 표 명 기 "
    "반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 피 감 태 견 당 승"
).split()
_FAMILY_2 = "남궁 황보 선우 제갈 독고 사공 서문".split()

# Customary spellings of family names besides the syllable-by-syllable variants of _syllable_re (Lee, Rhee and
# Yi for 이; Park and Pak for 박): a release may use any of them without a finding.
_FAMILY_SPELLINGS: dict[str, tuple[str, ...]] = {
    "김": ("kim", "gim"), "이": ("lee", "yi", "rhee", "i", "rhie", "ri", "li"), "박": ("park", "pak", "bak"),
    "최": ("choi", "choe", "choy", "chey"), "정": ("jung", "jeong", "chung", "joung", "jeung", "cheong"),
    "임": ("lim", "im", "rim", "yim"), "염": ("yeom", "yum", "youm", "yeum", "yom"), "윤": ("yoon", "yun"),
    "조": ("cho", "jo", "joe"), "강": ("kang", "gang"), "장": ("jang", "chang"), "신": ("shin", "sin"),
    "유": ("yoo", "yu", "ryu", "you"), "류": ("ryu", "yoo", "yu", "rhyu", "ryoo"), "노": ("noh", "roh", "no", "rho"),
    "오": ("oh", "o"), "우": ("woo", "u", "wu"), "문": ("moon", "mun"), "손": ("son", "sohn"), "배": ("bae", "pae"),
    "백": ("baek", "paik", "baik", "paek"), "허": ("heo", "huh", "hur"), "고": ("ko", "go", "koh"),
    "구": ("koo", "gu", "ku"), "곽": ("kwak", "gwak"), "권": ("kwon", "gwon"), "황": ("hwang",), "송": ("song",),
    "전": ("jeon", "jun", "chun", "chon"), "홍": ("hong",), "안": ("ahn", "an"), "양": ("yang",), "한": ("han",),
    "서": ("seo", "suh", "seoh"), "남": ("nam",), "심": ("shim", "sim"), "하": ("ha",), "성": ("sung", "seong"),
    "차": ("cha",), "주": ("joo", "ju", "chu"), "민": ("min",), "나": ("na", "ra"), "진": ("jin", "chin"),
    "엄": ("eom", "um", "uhm"), "채": ("chae",), "원": ("won",), "천": ("cheon", "chun"),
    "방": ("bang",), "공": ("kong", "gong"), "현": ("hyun", "hyeon"), "함": ("ham",), "라": ("ra", "la"),
    "남궁": ("namgung", "namkung"), "황보": ("hwangbo",), "선우": ("sunwoo", "seonwoo"), "제갈": ("jegal",),
    "독고": ("dokgo", "tokko"), "지": ("ji", "jee", "chi"), "추": ("choo", "chu"), "반": ("ban", "pan"),
    "금": ("keum", "geum", "kum"), "표": ("pyo", "pyoh"), "변": ("byun", "byeon", "pyun"), "석": ("seok", "suk"),
    "설": ("seol", "sul"), "길": ("gil", "kil"), "명": ("myung", "myeong"), "기": ("ki", "gi", "kee"),
    "육": ("yook", "yuk"), "국": ("kook", "guk"), "편": ("pyun", "pyeon"), "경": ("kyung", "kyeong", "gyeong"),
    "봉": ("bong",), "탁": ("tak", "tark"), "도": ("do", "doh"), "소": ("so", "soh"), "선": ("sun", "seon"),
    "연": ("yeon", "yun", "youn"), "위": ("wi", "wee"), "여": ("yeo", "yuh", "yoh"), "왕": ("wang",),
    "마": ("ma",), "모": ("mo", "moh"), "제": ("je", "jeh"), "인": ("in",), "맹": ("maeng",), "옥": ("ok", "ock"),
    "승": ("seung",), "태": ("tae",), "용": ("yong",), "은": ("eun",), "빈": ("bin", "bean"),
}  # fmt: skip

# Titles after a name, as in "박서연 사무관" and, for those that head a body, "임기근 조달청장".
_TITLES_ALONE = (
    "장관 차관 청장 차장 처장 사무관 서기관 주무관 과장 국장 실장 단장 팀장 원장 위원장 이사장 사장 회장 대표 대표이사 "
    "의원 국회의원 대통령 총리 교수 박사 연구원 본부장 부장 센터장 소장 도지사 군수 구청장 대변인 대사 총영사 영사 "
    "총장 담당관 씨 님"
).split()
_TITLES_SUFFIX = (
    "장관 차관 청장 처장 과장 국장 실장 단장 팀장 원장 위원장 이사장 본부장 센터장 소장 도지사 "
    "사무관 서기관 주무관 교수 대변인 총장 담당관"
).split()
# 시장 alone is far more often "market" (조달 시장, 국내 시장) than "mayor"; only a city's mayor counts.
_MAYOR = "(?:서울|부산|대구|인천|광주|대전|울산|세종)(?:특별|광역|특별자치)?시장"
_PARTICLE = "(?:님)?(?:은|는|이|가|을|를|의|와|과|도|께서|께|에게|으로서|으로|로|에|만|이며|이자|이고|이다|입니다)?"

# Words that start with a family-name syllable and often stand before a title ("신임 사장", "공동 대표").
_NOT_NAMES = frozenset(
    (
        "정부 한국 이번 이날 이후 이전 이에 이와 조달 공공 국내 국외 국가 국회 국제 국립 국민 국방 "
        "국토 주요 주민 신임 신규 전임 전체 전국 전문 전직 현직 현재 공동 명예 지역 지방 지자체 기업 "
        "기관 기존 기타 기획 민간 민원 유관 우리 우수 안전 인사 서울 부산 인천 경기 경남 경북 전남 "
        "전북 강원 제주 남북 소속 소관 차기 선임 부처 모든 하는 하던 함께 오늘 오전 오후 지난 지금 "
        "금년 금일 기자 고객 역대 각국 미국 중국 일본 해외 관계 관련 담당 해당 유엔 공사 공단 조합 "
        "연합 연합회 위원회 기금 감사원 국정원 금감원 연구원 경기도 강원도 제주도 전라도 경상도 "
        "현대 현대차 한화 한진 금호 신세계 기아 구글 인텔 표창장 임명장 위촉장 감사장 공로패"
    ).split()
)
# Parties (민주당), offices (백악관) and a particle (사업의 대표) rather than a given name's last syllable.
_NOT_NAME_END = ("당", "관", "의")


def _foreign(syllable: str) -> bool:
    """스, 브, 트, 크: the ㅡ vowel with no final consonant marks a transliterated foreign name (모리스, 마크)."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 588 // 28 == 18 and code % 28 == 0


# Ministries and agencies end in 부, 처, 청 ("국방부 장관", "조달청 차장"); given names hardly ever do.
_AGENCY_END = ("부", "처", "청")
# Given names do not end in a particle that never ends a name (조사는, 정부에, 주재로, 표창을): an ordinary word.
_PARTICLE_END = ("는", "를", "을", "의", "에", "와", "과", "로", "도", "만")
_NAME = rf"(?:{'|'.join(_FAMILY_2)})[가-힣]{{1,2}}|(?:{'|'.join(_FAMILY_1)})[가-힣]{{2}}"
_TITLE = rf"[가-힣]*(?:{'|'.join(_TITLES_SUFFIX)})|{'|'.join(_TITLES_ALONE)}|{_MAYOR}"
# An organisation between a name and its title: "김민지 행정안전부 장관".
_ORG = r"[가-힣]{2,}(?:부|청|처|원|회|실|과|국|단|센터|공단|공사|재단)"  # three syllables or more: not 하원
# 이름 (기관) 직함: "임기근 조달청장은", "(김민지 행정안전부 장관)".
_KOREAN_NAME = re.compile(rf"(?<![가-힣])(?P<name>{_NAME}) (?:{_ORG} )?(?P<title>{_TITLE}){_PARTICLE}(?![가-힣])")
# 직함 이름, in brackets after an organisation or after one in the text: "조달청(청장 임기근)은",
# "(조달청장 임기근)", "조달청 차장 김철수는" (not "장관 표창을": a particle an object takes).
_TITLE_FIRST = re.compile(
    rf"(?:\((?:{_ORG} )?(?P<title>{_TITLE}) (?P<name>{_NAME})\)"
    rf"|(?<![가-힣]){_ORG} (?P<title2>{_TITLE}) (?P<name2>{_NAME})(?:은|는|이|가|께서|의)?(?![가-힣]))"
)
# A later mention by the family name alone: "임 청장은", "김 장관이" (not 이, 전, 현, 고, 신, 부: "this",
# "former", "current", "the late", "new", "vice").
_FAMILY_MENTION = re.compile(
    rf"(?<![가-힣])(?P<family>{'|'.join(_FAMILY_2)}|"
    rf"{'|'.join(f for f in _FAMILY_1 if f not in ('이', '전', '현', '고', '신', '부'))})"
    rf" (?P<title>{_TITLE}){_PARTICLE}(?![가-힣])"
)


def _is_name(name: str, title: str) -> bool:
    return (
        name not in _NOT_NAMES
        and not (len(name) == 3 and name.endswith(_AGENCY_END))
        and not name.endswith(_NOT_NAME_END + _PARTICLE_END)
        and not any(_foreign(syllable) for syllable in name[1:])
        and not (name[-1] in "구군도시" and title.startswith(name[-1]))  # 강남구 구청장, 양평군 군수
    )


def korean_names(text: str) -> list[tuple[str, int, int]]:
    """Person names in Korean text, (name, start, end), where a title says so: before it ("임기근 조달청장",
    "김민지 행정안전부 장관") or after it in brackets or after an organisation ("조달청(청장 임기근)")."""
    return list(_korean_names(text))


@lru_cache(maxsize=REMEMBERED)
def _korean_names(text: str) -> tuple[tuple[str, int, int], ...]:
    """Remembered per paragraph, as its facts are: the rules ask about each paragraph at every check."""
    found = [
        (m["name"], m.start("name"), m.end("name"))
        for m in _KOREAN_NAME.finditer(text)
        if _is_name(m["name"], m["title"])
    ]
    if "(" in text or " " in text:
        for m in _TITLE_FIRST.finditer(text):
            group = "name" if m["name"] else "name2"
            if _is_name(m[group], m["title"] or m["title2"]):
                found.append((m[group], m.start(group), m.end(group)))
    return tuple(sorted(dict.fromkeys(found), key=lambda f: f[1]))


def family_mentions(text: str) -> list[tuple[str, int, int]]:
    """Later mentions by family name and title ("임 청장은"), as (family, start, end)."""
    return list(_family_mentions(text))


@lru_cache(maxsize=REMEMBERED)
def _family_mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple((m["family"], m.start("family"), m.end("family")) for m in _FAMILY_MENTION.finditer(text))


# Revised Romanization of each jamo, in Unicode order; a final is written as it sounds alone (ㄺ → k).
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def _jamo(syllable: str) -> tuple[int, int, int]:
    code = ord(syllable) - 0xAC00
    return code // 588, code % 588 // 28, code % 28


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _romanise_run(hangul: str) -> str:
    out = []
    for char in hangul:
        if not _is_hangul(char):
            out.append(char)
            continue
        i, m, f = _jamo(char)
        out.append((_INITIALS[i] + _MEDIALS[m] + _FINALS[f]).replace("-", ""))
    return "".join(out)


def _split(name: str) -> list[tuple[str, str]]:
    """(family, given) readings of a name, the likelier first: 남궁민 is 남궁 + 민 before 남 + 궁민."""
    readings = [(name[:1], name[1:])]
    if name[:2] in _FAMILY_2 and len(name) >= 3:
        readings.insert(0, (name[:2], name[2:]))
    return readings


def family_of(name: str) -> str:
    """The family name of a full name: 남궁민 → 남궁, 김윤상 → 김."""
    return _split(name)[0][0]


def suggested_romanisation(name: str) -> str:
    """How an English release would likely write a Korean name: the usual spelling of the family name,
    the given name in Revised Romanization with a hyphen between its syllables (염동현 → Yeom Dong-hyeon)."""
    family, given = _split(name)[0]
    spelled = _FAMILY_SPELLINGS.get(family, (_romanise_run(family),))[0]
    syllables = [_romanise_run(ch) for ch in given]
    return " ".join(part for part in (spelled.capitalize(), "-".join(syllables).capitalize()) if part)


def english_suggestion(korean: str) -> str:
    """The English contact the Korean one suggests: departments and ranks from the glossary, names in
    their usual romanisation, phones in international form; what the glossary does not know is left out
    (an English document prints no Hangul). One line per department; "" when nothing is known."""
    from drafter.parity.glossary import default  # read when first needed, not with the checker

    glossary = default()
    lines = []
    for department in departments(korean, "ko"):
        # The unit's own name if the glossary knows it, else the ministry or agency written before it.
        term = next((t for w in reversed(department.name.split()) if (t := glossary.term(w))), None)
        people = []
        for person in department.people:
            rank = glossary.term(person.rank) if person.rank else None
            english = Person(
                suggested_romanisation(person.name) if person.name else "",
                rank.en[0] if rank else "",
                international(person.phone),
                person.email,
                person.role,
            )
            if english.name or english.phone:
                people.append(english)
        line = line_of(Department(term.en[0] if term else "", people), "en")
        if line:
            lines.append(line)
    return "\n".join(lines)


def international(phone: str) -> str:
    """A Korean phone number as written for readers abroad: 042-724-7654 → +82-42-724-7654."""
    phone = phone.strip()
    if phone.startswith("0") and not phone.startswith("00"):
        return "+82-" + phone[1:]
    return phone


def romanise(hangul: str) -> str:
    """Revised Romanization, syllable by syllable as names are written: 김윤상 → "gim yunsang"."""
    family, given = _split(hangul)[0]
    return " ".join(part for part in (_romanise_run(family), _romanise_run(given)) if part)


# Spelling variants of each jamo seen in names: ㅓ eo/u/o, ㅜ u/oo, ㅣ i/ee, ㅕ yeo/yu/you, ㄱ g/k, ㅈ j/ch …
_INITIAL_VARIANTS = {
    "g": "g|k", "kk": "kk|gg|k|g", "d": "d|t", "tt": "tt|dd|t|d", "r": "r|l", "b": "b|p", "pp": "pp|bb|p|b",
    "s": "s|sh", "ss": "ss|s|sh", "j": "j|ch", "jj": "jj|j|ch", "k": "k|kh", "t": "t|th", "p": "p|ph",
}  # fmt: skip
_MEDIAL_VARIANTS = {
    "ae": "ae|ai|e", "yae": "yae|ye", "eo": "eo|u|o", "e": "e|ae", "yeo": "yeo|yu|you|yo", "wa": "wa|oa",
    "wae": "wae|we", "oe": "oe|we|oi", "u": "u|oo|ou", "wo": "wo|weo|wu", "wi": "wi|wee", "yu": "yu|yoo|you",
    "eu": "eu|u", "ui": "ui|eui|ee|i", "i": "i|ee",
}  # fmt: skip
_FINAL_VARIANTS = {"k": "k|g|ck", "l": "l|r|ll", "p": "p|b", "t": "t|d"}
# Whole syllables spelled by custom in ways the jamo variants do not make: Sye (세), Keung (경), Jeung (정),
# Hae (혜), Chey (최).
_CUSTOMARY = {"세": "sye", "경": "keung|kyeung", "정": "jeung", "혜": "hae|hea", "최": "chey"}
# ㅎ before a w-vowel is also written wh by custom: 화 Wha, 환 Whan ("Kim Sung-whan", 김환기 "Whanki Kim"), 휘 Whi.
_WH_MEDIALS = ("wa", "wae", "wo", "we", "wi")


@lru_cache(maxsize=2048)
def _syllable_re(char: str, last: bool) -> re.Pattern[str]:
    """The spellings of one Hangul syllable (형: hyeong, hyung, hyoung, hyong; never kyung); `last`: the
    syllable ends a written word, where a silent h may close it ("Suh-yun", "Ji-ah")."""
    i, m, f = _jamo(char)
    initial, medial, final = _INITIALS[i].replace("-", ""), _MEDIALS[m], _FINALS[f].replace("-", "")
    body = f"(?:{_INITIAL_VARIANTS.get(initial, initial)})(?:{_MEDIAL_VARIANTS.get(medial, medial)})"
    if not initial and medial == "u":
        body = "(?:w?(?:u|oo|ou))"  # 우 is Woo
    elif not initial and medial == "i":
        body = "(?:y?(?:i|ee))"  # 이 is also Yi
    elif initial == "h" and medial in _WH_MEDIALS:
        body = f"(?:{body}|wh{medial[1:]})"
    pattern = body + (f"(?:{_FINAL_VARIANTS.get(final, final)})" if final else ("h?" if last else ""))
    if char in _CUSTOMARY:
        pattern = f"(?:{pattern}|{_CUSTOMARY[char]})"
    return re.compile(pattern)


def _spelt(written: str, hangul: str, wild: int = -1) -> tuple[int, int] | None:
    """Whether `written` (lower case, "yoon-sang", "yoonsang", "yoon sang") spells the syllables of `hangul`
    one by one, a hyphen or space only between two of them (not "yoo-nsang"): the span of the piece that
    stands for syllable `wild`, which may be any syllable-shaped piece, or (0, 0) when there is none."""

    def cover(at: int, k: int) -> tuple[int, int] | None:
        if k == len(hangul):
            return (0, 0) if at == len(written) else None
        for end in range(at + 1, min(len(written), at + 8) + 1):
            piece = written[at:end]
            if piece[-1] in "- ":
                break
            last = end == len(written) or written[end] in "- "
            fits = _ONE_SYLLABLE.fullmatch(piece) if k == wild else _syllable_re(hangul[k], last).fullmatch(piece)
            if fits and (rest := cover(end + 1 if end < len(written) and written[end] in "- " else end, k + 1)):
                return (at, end) if k == wild else rest
        return None

    return cover(0, 0) if hangul else None


def _readings(korean_name: str, written: str) -> Iterator[tuple[str, str, int]]:
    """(given in Hangul, given as written, its offset) for each way `written` (lower case) puts a family name
    that spells this person's before or after the given name: "kim yoon-sang", "kim, yoon-sang", "yoon-sang kim"."""
    for family, given in _split(korean_name):
        if not given:
            continue
        spellings = _FAMILY_SPELLINGS.get(family, ())
        for m in re.finditer(" ", written):
            left, right = written[: m.start()], written[m.end() :]
            bare = left.rstrip(",")
            if bare in spellings or _spelt(bare, family):
                yield given, right, m.end()
            if right in spellings or _spelt(right, family):
                yield given, bare, 0


_HONORIFIC = re.compile(r"^(?:(?:mr|mrs|ms|dr|prof)\.?\s+)+")


@lru_cache(maxsize=8192)
def same_person(korean_name: str, english: str) -> bool:
    """Whether `english` ("Kim Yoon-sang", "Yoonsang Kim") spells the same person as `korean_name` (김윤상)."""
    text = re.sub(r"\s+", " ", english.strip().lower())
    text = _HONORIFIC.sub("", text).replace(" - ", "-")
    return any(_spelt(written, given) for given, written, _at in _readings(korean_name, text))


def differing_syllable(korean_name: str, english_name: str) -> tuple[int, int, int] | None:
    """The one syllable of the given name that `english_name` spells otherwise, as (its index in `korean_name`,
    start, end in `english_name`): 김형준 against "Kim Kyung-jun" is (1, 4, 9), 형 written "Kyung". None when
    the name is right, or when more than one syllable, or the family name, differs."""
    if same_person(korean_name, english_name):
        return None
    found = set()
    for given, written, at in _readings(korean_name, english_name.lower()):
        for wild in range(len(given)):
            if span := _spelt(written, given, wild):
                found.add((len(korean_name) - len(given) + wild, at + span[0], at + span[1]))
    return found.pop() if len(found) == 1 else None


# The shape of one romanised syllable, to tell "Ki-geun" or "Yoonsang" from "Hyatt" or "Administrator".
_SYLLABLE = (
    r"(?:tch|kk|gg|tt|dd|pp|bb|ss|jj|ch|sh|kh|th|ph|wh|g|k|n|d|t|r|l|m|b|p|s|j|h)?"
    r"(?:yeo|yae|you|yoo|weo|wae|wee|eui|eo|ae|ai|ya|ye|wa|wo|we|wi|wu|oe|oi|oa|oo|ou|yo|yu|ee|eu|ui|ey|a|e|i|o|u)"
    r"(?:ng|ll|ck|k|g|n|t|d|l|r|m|p|b|h)?"
)
_GIVEN_TOKEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}|(?:{_SYLLABLE}){{1,2}}(?:-(?:{_SYLLABLE}){{1,2}})+", re.I)
_ONE_SYLLABLE = re.compile(_SYLLABLE, re.I)
_FAMILY_TOKENS = frozenset(s for spellings in _FAMILY_SPELLINGS.values() for s in spellings)
# Family spellings that are also English words; accepted only next to a hyphenated given name ("An Ji-hoon").
_AMBIGUOUS = frozenset("i o u an in no go do so on ha ra la li ri ko ban pan ma mo je ok sun gil kil bin bean".split())
_NOT_GIVEN = frozenset("korea korean seoul busan daejeon incheon daegu gwangju ulsan jeju".split())
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]*(?:-[A-Za-z]+)?\b")


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Capitalised words separated by one space each: "Mr. Kim" breaks at the full stop."""
    runs: list[list[re.Match[str]]] = []
    for m in _CAPITALISED.finditer(text):
        if runs and text[runs[-1][-1].end() : m.start()] == " ":
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _is_family(token: str, given: list[str]) -> bool:
    low = token.lower()
    return low in _FAMILY_TOKENS and (low not in _AMBIGUOUS or any("-" in g for g in given))


def _is_given(tokens: list[str]) -> bool:
    lows = [t.lower() for t in tokens]
    if any(t in _NOT_GIVEN or not _GIVEN_TOKEN.fullmatch(t) for t in lows):
        return False
    # "Kim Yoon Sang": written apart, each word is one syllable.
    return len(lows) == 1 or all(_ONE_SYLLABLE.fullmatch(t) for t in lows)


def english_names(text: str) -> list[tuple[str, int, int]]:
    """Romanised Korean names in English text, (name, start, end): a family-name spelling first or last,
    the rest syllable-shaped ("Lim Ki-geun", "Yoon-sang Kim"; not "Park Hyatt")."""
    return list(_english_names(text))


@lru_cache(maxsize=REMEMBERED)
def _distinct_english_names(text: str) -> tuple[tuple[str, int, int], ...]:
    """Each name of english_names once, where it first stands: each person of a text is asked about once."""
    first: dict[str, tuple[str, int, int]] = {}
    for found in _english_names(text):
        first.setdefault(found[0], found)
    return tuple(first.values())


@lru_cache(maxsize=REMEMBERED)
def _english_names(text: str) -> tuple[tuple[str, int, int], ...]:
    """Remembered per text: a paragraph's names are asked about for each Korean name in its counterpart."""
    found = []
    for run in _runs(text):
        i = 0
        while i < len(run):
            for size in (4, 3, 2):
                window = run[i : i + size]
                words = [m[0] for m in window]
                if len(window) < size:
                    continue
                # Given name last only when hyphenated ("Yoon-sang Kim"): "Chairman Lee" is a title.
                if (_is_family(words[0], words[1:]) and _is_given(words[1:])) or (
                    size == 2 and "-" in words[0] and _is_family(words[-1], words[:-1]) and _is_given(words[:-1])
                ):
                    start, end = window[0].start(), window[-1].end()
                    found.append((text[start:end], start, end))
                    i += size - 1
                    break
            i += 1
    return tuple(found)


def find_person(korean_name: str, english_text: str) -> tuple[int, int] | None:
    """Span of the English name in `english_text` that names the same person as `korean_name`, if any."""
    for name, start, end in _distinct_english_names(english_text):
        steps.add()
        if same_person(korean_name, name):
            return start, end
    return None


def _family_spellings(korean_name: str) -> tuple[str, ...]:
    family, _given = _split(korean_name)[0]
    return _FAMILY_SPELLINGS.get(family, (romanise(family),))


def misspelt(korean_name: str, english_text: str) -> tuple[int, int] | None:
    """Span of a romanised name in `english_text` with this person's family name but another given name
    ("Lim Ki-geum" for 임기근): most likely this person, misspelt."""
    spellings = _family_spellings(korean_name)
    for name, start, end in _distinct_english_names(english_text):
        steps.add()
        words = [w.lower().rstrip(".,") for w in name.split()]
        if (words[0] in spellings or words[-1] in spellings) and not same_person(korean_name, name):
            return start, end
    return None


def mentioned(korean_name: str, english_text: str) -> bool:
    """Whether the English names the person at all: in full (`find_person`), by the family name alone as
    a later mention does ("Mr. Kim", "Kim said"), or, for a foreign name, as the Korean spells it (위도도: Widodo)."""
    if find_person(korean_name, english_text) is not None:
        return True
    spellings = [s for s in _family_spellings(korean_name) if s not in _AMBIGUOUS]
    words = {w.lower() for w in re.findall(r"\b[A-Z][a-z]+\b", english_text)}
    return romanise(korean_name).replace(" ", "") in words or any(s in words for s in spellings)


# --- the same person on both sides, as a key: for aligning paragraphs ----------------------------
# A name's consonants in classes that survive every romanisation (ㄱ g/k, ㅈ j/ch …); vowels, ㅇ's
# silence and h are left out, ㅇ as a final is written like ㄴ (ng/n). "Lim Ki-geun" and 임기근 give
# "lim:KKN"; the key may join two names, which for anchors costs nothing.
_INITIAL_CLASS = "K K N T T L M P P S S - J J J K T P -".split()
_FINAL_CLASS = "- K K K N N N T L K M L L L P L M P P T T N T T K T P T".split()
_LETTER_CLASS = [("ng", "N"), ("ch", "J"), ("sh", "S"), ("tch", "J"), ("kk", "K"), ("gg", "K"), ("tt", "T")]
_LETTER_CLASS += [("dd", "T"), ("pp", "P"), ("bb", "P"), ("ss", "S"), ("jj", "J")]
_LETTER = {**dict.fromkeys("gkq", "K"), **dict.fromkeys("dt", "T"), **dict.fromkeys("bpf", "P")}
_LETTER |= {"j": "J", "s": "S", "l": "L", "r": "L", "m": "M", "n": "N"}


def _families_by_spelling() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for family, spellings in _FAMILY_SPELLINGS.items():
        for spelling in spellings:
            found.setdefault(spelling, []).append(family)
    return found


_FAMILY_OF_SPELLING = _families_by_spelling()


def _hangul_skeleton(given: str) -> str:
    out = []
    for char in given:
        i, _m, f = _jamo(char)
        out += [c for c in (_INITIAL_CLASS[i], _FINAL_CLASS[f]) if c != "-"]
    return "".join(out)


def _latin_skeleton(given: str) -> str:
    text, out, i = given.lower().replace("-", "").replace(" ", ""), [], 0
    while i < len(text):
        pair = next(((p, c) for p, c in _LETTER_CLASS if text.startswith(p, i)), None)
        if pair:
            out.append(pair[1])
            i += len(pair[0])
            continue
        if text[i] in _LETTER:
            out.append(_LETTER[text[i]])
        i += 1
    return "".join(out)


def person_keys(text: str, lang: str) -> frozenset[str]:
    """Keys of the people a paragraph names, equal for 임기근 조달청장 and "Lim Ki-geun"."""
    if lang == "ko":
        keys = set()
        for name, _start, _end in korean_names(text):
            given = _split(name)[0][1]
            keys.add(f"{_family_spellings(name)[0]}:{_hangul_skeleton(given)}")
        return frozenset(keys)
    keys = set()
    for name, _start, _end in english_names(text):
        words = name.split()
        first, last = words[0].lower(), words[-1].lower()
        family, given = (first, words[1:]) if first in _FAMILY_OF_SPELLING else (last, words[:-1])
        for korean in _FAMILY_OF_SPELLING.get(family, []):
            keys.add(f"{_FAMILY_SPELLINGS[korean][0]}:{_latin_skeleton(' '.join(given))}")
    return frozenset(keys)


# "Minister Park", "Mr. Lim", "Administrator Kim": a person named by family name after a title or an honorific.
_TITLED_FAMILY = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Minister|Administrator|Commissioner|Director|Chairman|Chairperson|Chairwoman|Chair"
    r"|Governor|President|Mayor|Ambassador|Spokesperson|Spokesman|Spokeswoman|Deputy Director|Officer)\.?"
    r" (?P<family>[A-Z][a-z]+)\b(?![ -][A-Z][a-z])"
)


def other_family(families: set[str], english_text: str) -> tuple[int, int] | None:
    """Span of a person named by family name after a title in `english_text` ("Minister Park") whose family
    name is none of the Korean `families` mentioned beside it (김 장관은): most likely the wrong person."""
    spellings = {s for family in families for s in _FAMILY_SPELLINGS.get(family, (romanise(family),))}
    for m in _TITLED_FAMILY.finditer(english_text):
        token = m["family"].lower()
        if token in _FAMILY_TOKENS and token not in _AMBIGUOUS and token not in spellings:
            return m.start("family"), m.end("family")
    return None
