"""The contact of a release: departments and the people to call, read from the lines officers write.

A version keeps its contact as text, one line per person or department, as typed: the editor, the
plain text and the web use that line (`* 문의: 국제협력담당관실 염동현 사무관(042-724-7654)`); the
documents print a table of it (담당 부서 / 책임자 / 담당자, with a phone per person). So the text is
the one source, and this module reads its parts: department, role, rank, name, phone, e-mail.

A label the user typed before it ("* 문의:", "문 의 :", "Contact:") is taken off once, so that it is
never printed twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.labels import strip_label
from drafter.model import Version, nfc

# An e-mail address, from the start of a run only, its domain's labels as DNS allows them: linear in a
# line of "aaaa…" or "a-a-a-…".
EMAIL = re.compile(r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
# A Korean phone number in running text: an area or mobile code (02, 0xx, 010 …) or +82 without its 0, then
# 3–4 and 4 digits; also the nationwide 15xx/16xx/18xx-xxxx numbers.
PHONE = re.compile(
    r"(?<![\d.])(?:"
    r"(?:\+\s?82[\s.-]?(?:\(0?(?:2|[1-9]\d)\)|0?(?:2|[1-9]\d))|\(0(?:2|[1-9]\d)\)|0(?:2|[1-9]\d))"
    r"[\s.-]?\d{3,4}[\s.-]\d{4}"
    r"|1[5-8]\d{2}-\d{4}"
    r")(?![\d])"
)
# The phone of a contact line, as officers write it there: any digits with separators, after "☎" or "Tel."
# ("☎:2100-7334", "(044) 215-2114 내선 3"): looser than PHONE, as it stands beside a name.
_REACH_PHONE = re.compile(r"(?:☎\s*[:：]?\s*|(?:tel|phone)\.?\s*[:：]?\s*)?(\+?\d[\d\s().-]{5,}\d)", re.I)
_ROLE_KO = {"책임자": "head", "담당자": "staff"}
_ROLE_EN = {"head": "head", "responsible": "head", "officer in charge": "staff", "staff": "staff", "contact": "staff"}

# Ranks as releases write them, longest first where one contains another.
KO_RANKS = tuple(
    sorted(
        "사무관 주무관 서기관 부이사관 이사관 과장 팀장 국장 실장 심의관 담당관 대변인 부대변인 연구관 연구사 "
        "사무관(대우) 행정사무관 공업사무관 기술서기관 행정주사 주사 센터장 단장 본부장 부장 차장 대리 주임 "
        "선임연구원 책임연구원 연구원 전문관 전문위원 감사관 기획관 정책관 조정관 상황관리관 계장 반장".split(),
        key=len,
        reverse=True,
    )
)
EN_RANKS = tuple(
    sorted(
        (
            "Director General, Deputy Director General, Director, Deputy Director, Assistant Director, "
            "Deputy Director-General, Director-General, Senior Deputy Director, Spokesperson, "
            "Deputy Spokesperson, Press Officer, Officer, Manager, Senior Manager, Team Leader, Head, "
            "Senior Researcher, Researcher, Research Officer, Counsellor, Secretary, First Secretary, "
            "Second Secretary, Third Secretary, Specialist, Senior Specialist, Assistant Manager, "
            "Section Chief, Chief"
        ).split(", "),
        key=len,
        reverse=True,
    )
)
# Endings of Korean unit names: 국제협력담당관실, 혁신조달기획과, 동북아국, 대변인실, 홍보팀, 조달청.
_KO_UNIT = re.compile(
    r"[가-힣A-Za-z0-9·]+(?:과|실|국|관|팀|단|센터|본부|처|원|청|부|위원회|사무소|지사|지원단|추진단|반)$"
)
_KO_NAME = re.compile(r"^[가-힣]{2,4}$")


@dataclass(frozen=True)
class Person:
    name: str = ""
    rank: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""  # "head" (책임자), "staff" (담당자) or "" (not said)


@dataclass
class Department:
    name: str
    people: list[Person] = field(default_factory=list)


def departments(text: str, lang: str) -> list[Department]:
    """The departments and people of a version's contact text, in order; a department's people together."""
    found: list[Department] = []
    for line in strip_label(nfc(text)).split("\n"):
        if not line.strip():
            continue
        for department, person in _korean_line(line) if lang == "ko" else _english_line(line):
            if found and (not department or department == found[-1].name):
                found[-1].people.append(person)
            else:
                found.append(Department(department, [person]))
    for department in found:
        _assign_roles(department.people)
    return found


def gives_reach(line: str) -> bool:
    """Whether a line gives a phone number or an e-mail address, as a contact line does."""
    return bool(_REACH_PHONE.search(line) or EMAIL.search(line))


def _assign_roles(people: list[Person]) -> None:
    """Where the text does not say who is who: of two or more people the first is 책임자, the rest 담당자."""
    for i, person in enumerate(people):
        if not person.role:
            people[i] = Person(
                person.name, person.rank, person.phone, person.email, "head" if i == 0 and len(people) > 1 else "staff"
            )


def _pieces(line: str) -> list[str]:
    """A line cut into one piece per person: at commas, semicolons and slashes outside brackets."""
    pieces, depth, current = [], 0, ""
    for ch in line:
        depth += 1 if ch in "([" else -1 if ch in ")]" else 0
        if depth <= 0 and ch in ",;/":
            pieces.append(current)
            current = ""
            depth = 0
        else:
            current += ch
    pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def _take_contacts(text: str) -> tuple[str, str, str]:
    """(text without its phone and e-mail, phone, e-mail)."""
    email = ""
    if m := EMAIL.search(text):
        email, text = m.group(), text[: m.start()] + text[m.end() :]
    phone = ""
    if m := _REACH_PHONE.search(text):
        phone, text = m[1].strip(), text[: m.start()] + text[m.end() :]
    text = re.sub(r"\(\s*[,;:☎]*\s*\)|\[\s*\]", " ", text)  # brackets left empty
    return " ".join(text.replace("(", " ").replace(")", " ").split()), phone, email


def _korean_line(line: str) -> list[tuple[str, Person]]:
    """ "국제협력담당관실 염동현 사무관(042-724-7654)", "동북아국 정병원 심의관 (☎:2100-7334)",
    "담당 부서: 혁신조달기획과 / 책임자: 과장 이정민(…) / 담당자: 사무관 박서연(…)", "혁신조달기획과 이정민 과장(…),
    박서연 사무관(…)"."""
    result: list[tuple[str, Person]] = []
    department = ""
    for piece in _pieces(line):
        role = ""
        if m := re.match(r"^(담\s*당\s*부\s*서|부\s*서)\s*[:：]?\s*(.+)$", piece):
            department = m[2].strip()
            continue
        if m := re.match(r"^(책\s*임\s*자|담\s*당\s*자)\s*[:：]?\s*(.*)$", piece):
            role, piece = _ROLE_KO[m[1].replace(" ", "")], m[2]
        words, phone, email = _take_contacts(piece)
        name, rank, rest = name_and_rank(words.split())
        if rest:
            department = " ".join(rest)
        if name or rank or phone or email:
            result.append((department, Person(name, rank, phone, email, role)))
        elif department and not result:
            result.append((department, Person()))
    return [(d, p) for d, p in result if d or p != Person()]


def name_and_rank(words: list[str]) -> tuple[str, str, list[str]]:
    """(name, rank, the other words) of "염동현 사무관", "사무관 홍길동", "염동현사무관": the name is the
    two to four syllables beside the rank (정병원 is a name there, not a unit ending in 원)."""
    for i, word in enumerate(words):
        if word in KO_RANKS:
            for j in (i - 1, i + 1):
                if 0 <= j < len(words) and _KO_NAME.match(words[j]) and not (j == i + 1 and _KO_UNIT.match(words[j])):
                    return words[j], word, [w for k, w in enumerate(words) if k not in (i, j)]
            return "", word, words[:i] + words[i + 1 :]
        rank = next((r for r in KO_RANKS if word.endswith(r) and _KO_NAME.match(word[: -len(r)])), None)
        if rank:
            return word[: -len(rank)], rank, words[:i] + words[i + 1 :]
    # No rank: the last word shaped like a name that does not end as a unit does.
    for i in range(len(words) - 1, -1, -1):
        if _KO_NAME.match(words[i]) and not _KO_UNIT.match(words[i]) and i > 0:
            return words[i], "", words[:i] + words[i + 1 :]
    return "", "", words


def _english_line(line: str) -> list[tuple[str, Person]]:
    """ "International Cooperation Division, Yeom Dong-hyun, Deputy Director (+82-42-724-7654)" and
    "Park Seo-yeon, Deputy Director, Innovation Procurement Planning Division (+82-…, park@korea.kr)"."""
    words, phone, email = _take_contacts(line)
    parts = [p.strip(" .") for p in re.split(r"\s*[,;/]\s*", words) if p.strip(" .")]
    role = ""
    if parts and (m := re.match(r"^(head|responsible|officer in charge|staff)\s*:\s*(.*)$", parts[0], re.I)):
        role, parts[0] = _ROLE_EN[m[1].lower()], m[2]
    rank = next((p for p in parts if p in EN_RANKS or any(p.endswith(" " + r) for r in EN_RANKS)), "")
    unit = next((p for p in parts if p is not rank and _is_english_unit(p)), "")
    name = next((p for p in parts if p not in (rank, unit) and _is_english_name(p)), "")
    leftover = [p for p in parts if p not in (rank, unit, name)]
    department = unit or ", ".join(leftover)
    return [(department, Person(name, rank, phone, email, role))] if (department or name or phone) else []


def _is_english_unit(text: str) -> bool:
    return bool(
        re.search(
            r"\b(?:Division|Office|Bureau|Department|Team|Center|Centre|Service|Ministry|Agency|Unit|Headquarters|"
            r"Directorate|Secretariat|Administration|Section|Group|Committee|Commission)\b",
            text,
        )
    )


def _is_english_name(text: str) -> bool:
    """A romanised Korean name ("Yeom Dong-hyun", "Kim Yoonsang") or any two or three capitalised words."""
    return bool(re.match(r"^(?:Mr\.?|Ms\.?|Dr\.?)?\s*[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}$", text))


def line_of(department: Department, lang: str) -> str:
    """One department as one contact line: "혁신조달기획과 이정민 과장(042-…), 박서연 사무관(042-…)" /
    "Innovation Procurement Planning Division, Park Seo-yeon, Deputy Director (+82-…)"."""
    people = []
    for person in department.people:
        reach = ", ".join(v for v in (person.phone, person.email) if v)
        if lang == "ko":
            who = " ".join(v for v in (person.name, person.rank) if v)
            people.append(f"{who}({reach})" if reach else who)
        else:
            who = ", ".join(v for v in (person.name, person.rank) if v)
            people.append(f"{who} ({reach})" if reach else who)
    joiner = " " if lang == "ko" else ", "
    return joiner.join(v for v in (department.name, ", ".join(p for p in people if p)) if v)


def fold_legacy_contact(
    version: Version, department: str = "", contact_person: str = "", phone: str = "", email: str = ""
) -> None:
    """Older files and heads gave one person's parts on their own lines ("담당부서 : …", "연락처 : …"):
    they become a line of the contact, unless it says them already."""
    department, contact_person, phone, email = (v.strip() for v in (department, contact_person, phone, email))
    reach = ", ".join(v for v in (phone, email) if v)
    line = " ".join(v for v in (department, contact_person) if v) + (f"({reach})" if reach else "")
    if line and not (phone and phone in version.contact) and line not in version.contact:
        version.contact = f"{version.contact}\n{line}"
