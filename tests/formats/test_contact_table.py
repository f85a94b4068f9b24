"""The contact table of a document back into contact lines: our shape and the shapes drafts come in."""

from __future__ import annotations

from drafter.contacts import departments
from drafter.formats.contact_table import contact_lines


def test_labels_beside_values_with_the_department_merged_over_its_rows():
    grid = [
        ["담당 부서", "혁신조달기획과", "책임자", "과장", "이정민", "042-724-7300"],
        ["담당 부서", "혁신조달기획과", "담당자", "사무관", "박서연", "042-724-7311 park@korea.kr"],
        ["담당 부서", "국제협력담당관실", "담당자", "사무관", "염동현", "042-724-7654"],
    ]
    assert contact_lines(grid) == [
        "혁신조달기획과 이정민 과장(042-724-7300), 박서연 사무관(042-724-7311, park@korea.kr)",
        "국제협력담당관실 염동현 사무관(042-724-7654)",
    ]


def test_a_department_left_blank_below_its_first_row_and_rank_and_name_in_one_cell():
    grid = [
        ["담당부서", "대변인실", "책임자", "대변인 김하나", "02-2100-7000"],
        ["", "", "담당자", "주무관 이두리", "02-2100-7001"],
    ]
    [line] = contact_lines(grid)
    [department] = departments(line, "ko")
    assert department.name == "대변인실"
    assert [(p.name, p.rank, p.phone) for p in department.people] == [
        ("김하나", "대변인", "02-2100-7000"),
        ("이두리", "주무관", "02-2100-7001"),
    ]


def test_a_head_row_naming_the_columns():
    grid = [
        ["부서", "직위", "성명", "연락처", "이메일"],
        ["국제협력담당관실", "과장", "김철수", "042-724-7200", "kim@korea.kr"],
        ["국제협력담당관실", "사무관", "한지민", "042-724-7210", ""],
        ["혁신조달기획과", "", "박서연", "042-724-7311", ""],
    ]
    assert contact_lines(grid) == [
        "국제협력담당관실 김철수 과장(042-724-7200, kim@korea.kr), 한지민 사무관(042-724-7210)",
        "혁신조달기획과 박서연(042-724-7311)",
    ]


def test_other_tables_are_not_contact_tables():
    assert contact_lines([["국가", "참석자"], ["베트남", "5명"]]) == []
    assert contact_lines([["보도시점", "2026. 12. 1.(화)", "배포", "2026. 11. 30.(월)"]]) == []
    assert contact_lines([]) == [] and contact_lines([["", ""]]) == []
