"""A document's contact table read back into the lines of the contact, one per department.

Two shapes are read: ours and 조달청's, a label beside each value (담당 부서 | department | 책임자 |
rank | name | phone, the department's cells merged over its people's rows, or left blank below its
first row), and a head row naming the columns (부서 | 직위 | 성명 | 연락처 …). The grid a reader gives
holds a merged cell's text in every position it covers.
"""

from __future__ import annotations

import re

from drafter.contacts import EMAIL, Department, Person, line_of, name_and_rank

_COLUMNS = {
    "department": re.compile(r"^(?:담\s*당\s*)?부\s*서(?:\s*명)?$|^소\s*속$"),
    "rank": re.compile(r"^직\s*(?:위|급)$"),
    "name": re.compile(r"^(?:성\s*명|이\s*름|담\s*당\s*자)$"),
    "phone": re.compile(r"^(?:연\s*락\s*처|전\s*화(?:\s*번\s*호)?)$"),
    "email": re.compile(r"^(?:전\s*자\s*우\s*편|이\s*메\s*일|e-?mail)$", re.I),
}
_ROLE = re.compile(r"^(책\s*임\s*자|담\s*당\s*자)$")


def contact_lines(grid: list[list[str]]) -> list[str]:
    """The contact lines of a contact table; [] when the table is not one."""
    rows = [row for row in ([" ".join(text.split()) for text in row] for row in grid) if any(row)]
    if not rows:
        return []
    columns = _head_row(rows[0])
    if columns is not None:
        found = _by_columns(rows[1:], columns)
    elif _COLUMNS["department"].match(rows[0][0]) and len(rows[0]) > 2:
        found = _by_labels(rows)
    else:
        return []
    return [contact_line(d) for d in found if d.name or d.people]


def _head_row(row: list[str]) -> dict[str, int] | None:
    """Column of each part when every cell of `row` names one (부서 | 직위 | 성명 | 연락처), else None."""
    columns: dict[str, int] = {}
    for i, text in enumerate(row):
        key = next((k for k, pattern in _COLUMNS.items() if pattern.match(text)), None)
        if key is None and text:
            return None
        if key is not None:
            columns.setdefault(key, i)
    return columns if "name" in columns and len(columns) >= 2 else None


def _by_columns(rows: list[list[str]], columns: dict[str, int]) -> list[Department]:
    found: list[Department] = []
    for row in rows:

        def cell(key: str, row: list[str] = row) -> str:
            at = columns.get(key)
            return row[at] if at is not None and at < len(row) else ""

        department = cell("department") or (found[-1].name if found else "")
        rank, name = _rank_and_name([cell("rank"), cell("name")])
        reach = f"{cell('phone')} {cell('email')}".split()
        _add(found, department, Person(name, rank, *_phone_and_email(reach)))
    return found


def _by_labels(rows: list[list[str]]) -> list[Department]:
    found: list[Department] = []
    for row in rows:
        department, i, role = (found[-1].name if found else ""), 0, ""
        while i < len(row) and not row[i]:  # a department's cells left blank below its first row
            i += 1
        if i + 1 < len(row) and _COLUMNS["department"].match(row[i]):
            department, i = row[i + 1], i + 2
        while i < len(row) and not row[i]:
            i += 1
        if i < len(row) and (m := _ROLE.match(row[i])):
            role, i = ("head" if m[1].startswith("책") else "staff"), i + 1
        values = [text for text in row[i:] if text]
        reach = values.pop().split() if values and any(ch.isdigit() or ch == "@" for ch in values[-1]) else []
        rank, name = _rank_and_name(values)
        _add(found, department, Person(name, rank, *_phone_and_email(reach), role) if values or reach else None)
    return found


def _add(found: list[Department], department: str, person: Person | None) -> None:
    if not found or found[-1].name != department:
        found.append(Department(department))
    if person is not None:
        found[-1].people.append(person)


def _rank_and_name(values: list[str]) -> tuple[str, str]:
    """(rank, name) of rank | name in two cells (ours), "과장 이정민" or "이정민과장" in one, or the name alone
    (a foreign name of several words too), as a contact line's are read (contacts.name_and_rank)."""
    name, rank, rest = name_and_rank(" ".join(values).split())
    return rank, " ".join([name, *rest] if name else rest)


def _phone_and_email(reach: list[str]) -> tuple[str, str]:
    email = next((r for r in reach if EMAIL.match(r)), "")
    return " ".join(r for r in reach if r != email), email


def contact_line(department: Department) -> str:
    """A department of the table as the contact line it came from: "혁신조달기획과 이정민 과장(…), 박서연
    사무관(…)"; when the table says who is who otherwise than the order does, with the roles written."""
    default = ["head" if i == 0 and len(department.people) > 1 else "staff" for i in range(len(department.people))]
    if all(p.role in ("", want) for p, want in zip(department.people, default, strict=True)):
        return line_of(department, "ko")
    labels = {"head": "책임자", "staff": "담당자"}
    pieces = [f"담당 부서: {department.name}"] if department.name else []
    for person in department.people:
        single = Department("", [Person(person.name, person.rank, person.phone, person.email)])
        pieces.append(f"{labels[person.role]}: {line_of(single, 'ko')}" if person.role else line_of(single, "ko"))
    return ", ".join(pieces)
