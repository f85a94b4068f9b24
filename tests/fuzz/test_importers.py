"""Every importer either reads its input or refuses it with our typed error: never another exception."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter import storage
from drafter.errors import InputError
from drafter.formats.plaintext import decode, parse_text, read_text_file
from drafter.model import Release
from drafter.parity import check
from tests.conftest import SAMPLES

SAMPLE_TEXT = (SAMPLES / "pps-innovation-2026-11-24.txt").read_text(encoding="utf-8")
SAMPLE_JSON = storage.to_dict(parse_text(SAMPLE_TEXT).release)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def read_or_refuse(read, *args: Any) -> Release | None:  # type: ignore[no-untyped-def]
    try:
        result = read(*args)
    except InputError as error:
        assert error.message.ko and error.message.en and "\n" not in error.line("en")
        return None
    release = result.release if hasattr(result, "release") else result
    check(release)  # whatever was read can be checked
    return release


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_as_text(data: bytes):
    def read(raw: bytes):  # type: ignore[no-untyped-def]
        return parse_text(decode(raw, "x.txt"), "x.txt")

    read_or_refuse(read, data)


def _mutations(text: str) -> st.SearchStrategy[str]:
    """The sample release with lines dropped, duplicated, cut or spliced with junk."""
    lines = text.split("\n")
    junk = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)

    def mutate(ops: list[tuple[int, int, str]]) -> str:
        out = list(lines)
        for kind, at, extra in ops:
            i = at % max(1, len(out))
            if kind == 0 and out:
                del out[i]
            elif kind == 1:
                out.insert(i, extra)
            elif kind == 2 and out:
                out[i] = out[i][: len(out[i]) // 2] + extra
            else:
                out.insert(i, out[i] if out else extra)
        return "\n".join(out)

    return st.lists(st.tuples(st.integers(0, 3), st.integers(0, 10_000), junk), max_size=12).map(mutate)


@FUZZ
@given(_mutations(SAMPLE_TEXT))
def test_mutated_releases_as_text(text: str):
    read_or_refuse(parse_text, text, "x.txt")


@FUZZ
@given(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp949", "latin-1"]), _mutations(SAMPLE_TEXT))
def test_mutated_releases_in_any_encoding(tmp_path_factory, encoding: str, text: str):
    path = Path(tmp_path_factory.mktemp("fuzz")) / "x.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    read_or_refuse(read_text_file, path)


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


def _replace_somewhere(data: Any, path: list[int], value: Any) -> Any:
    """The sample's JSON with one value, chosen by `path`, replaced by `value`."""
    if not path or not isinstance(data, (dict, list)) or not data:
        return value
    keys = list(data) if isinstance(data, dict) else list(range(len(data)))
    key = keys[path[0] % len(keys)]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[key] = _replace_somewhere(data[key], path[1:], value)
    return copy


@FUZZ
@given(st.lists(st.integers(0, 50), max_size=6), _JSON)
def test_release_json_of_the_wrong_shape(path: list[int], value: Any):
    text = json.dumps(_replace_somewhere(SAMPLE_JSON, path, value), ensure_ascii=False)
    read_or_refuse(storage.loads, text, "x.release.json")


@FUZZ
@given(_JSON)
def test_arbitrary_json(value: Any):
    read_or_refuse(storage.loads, json.dumps(value), "x.release.json")


@FUZZ
@given(st.integers(0, 10_000), st.binary(max_size=8))
def test_truncated_or_corrupted_release_json(tmp_path_factory, cut: int, junk: bytes):
    raw = json.dumps(SAMPLE_JSON, ensure_ascii=False).encode("utf-8")
    cut %= len(raw)
    path = Path(tmp_path_factory.mktemp("fuzz")) / "x.release.json"
    path.write_bytes(raw[:cut] + junk + raw[cut + len(junk) :])
    read_or_refuse(storage.load, path)


def _sample_docx() -> bytes:
    import tempfile

    from drafter.formats.docx_writer import write_docx

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "s.docx"
        write_docx(parse_text(SAMPLE_TEXT).release, out, "bilingual")
        return out.read_bytes()


SAMPLE_DOCX = _sample_docx()


def _sample_hwpx() -> bytes:
    from drafter.formats.hwpx_writer import build_hwpx

    return build_hwpx(parse_text(SAMPLE_TEXT).release, "bilingual")


SAMPLE_HWPX = _sample_hwpx()
_FLIPS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), min_size=1, max_size=16)
_EDITS = st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 40), st.text(max_size=12)), min_size=1, max_size=6)


def _flipped(sample: bytes, flips: list[tuple[int, int]], cut: int) -> bytes:
    """`sample` with bytes overwritten, and cut short one time in three."""
    data = bytearray(sample)
    for at, byte in flips:
        data[at % len(data)] = byte
    return bytes(data[: cut % len(data)] if cut % 3 == 0 else data)


def _edited(text: str, edits: list[tuple[int, int, str]]) -> str:
    for at, length, junk in edits:
        at %= max(1, len(text))
        text = text[:at] + junk + text[at + length :]
    return text


def _with_part(sample: bytes, part: str, text: str) -> bytes:
    """The package `sample` with its part `part` replaced by `text`."""
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(sample))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, text.encode("utf-8") if info.filename == part else source.read(info.filename))
    return buffer.getvalue()


def _part(sample: bytes, part: str) -> str:
    import io
    import zipfile

    return zipfile.ZipFile(io.BytesIO(sample)).read(part).decode("utf-8")


def _file(tmp_path_factory, name: str, data: bytes) -> Path:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / name
    path.write_bytes(data)
    return path


@FUZZ
@given(_FLIPS, st.integers(0, 10**6))
def test_corrupted_docx(tmp_path_factory, flips: list[tuple[int, int]], cut: int):
    from drafter.formats.docx_reader import read_docx

    read_or_refuse(read_docx, _file(tmp_path_factory, "x.docx", _flipped(SAMPLE_DOCX, flips, cut)))


@FUZZ
@given(st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml", "docProps/core.xml"]), _EDITS)
def test_docx_with_mutated_xml_parts(tmp_path_factory, part: str, edits: list[tuple[int, int, str]]):
    from drafter.formats.docx_reader import read_docx

    data = _with_part(SAMPLE_DOCX, part, _edited(_part(SAMPLE_DOCX, part), edits))
    read_or_refuse(read_docx, _file(tmp_path_factory, "x.docx", data))


@FUZZ
@given(_FLIPS, st.integers(0, 10**6))
def test_corrupted_hwpx(tmp_path_factory, flips: list[tuple[int, int]], cut: int):
    from drafter.formats.hwpx_reader import read_hwpx

    read_or_refuse(read_hwpx, _file(tmp_path_factory, "x.hwpx", _flipped(SAMPLE_HWPX, flips, cut)))


@FUZZ
@given(st.sampled_from(["Contents/section0.xml", "Contents/header.xml", "Contents/content.hpf", "mimetype"]), _EDITS)
def test_hwpx_with_mutated_xml_parts(tmp_path_factory, part: str, edits: list[tuple[int, int, str]]):
    from drafter.formats.hwpx_reader import read_hwpx

    data = _with_part(SAMPLE_HWPX, part, _edited(_part(SAMPLE_HWPX, part), edits))
    read_or_refuse(read_hwpx, _file(tmp_path_factory, "x.hwpx", data))


_P = "<hp:p><hp:run>{}</hp:run></hp:p>"
_CELL = (
    '<hp:tc><hp:subList>{}</hp:subList><hp:cellAddr rowAddr="{}" colAddr="{}"/>'
    '<hp:cellSpan rowSpan="{}" colSpan="{}"/></hp:tc>'
)
# Balanced pieces, so that most spliced sections stay well-formed and reach the reader.
_XML_PIECES = st.sampled_from(
    [
        _P.format("<hp:t>□ 가나다 항목이다.</hp:t>"),
        _P.format("<hp:t>  * 주석<hp:nbSpace/>이다<hp:tab/>끝</hp:t>"),
        _P.format("<hp:t>보도시점</hp:t>"),
        _P.format("<hp:t>지운<hp:deleteBegin/>글<hp:deleteEnd/>자</hp:t>"),
        _P.format("<hp:t><hp:deleteBegin/>끝나지 않은 삭제</hp:t>"),
        _P.format(
            "<hp:ctrl><hp:footNote><hp:subList>"
            + _P.format("<hp:t>각주</hp:t>")
            + "</hp:subList></hp:footNote></hp:ctrl>"
        ),
        _P.format(
            "<hp:rect><hp:drawText><hp:subList>"
            + _P.format("<hp:t>글상자</hp:t>")
            + "</hp:subList></hp:drawText></hp:rect>"
        ),
        _P.format("<hp:pic><hp:shapeComment>조달청</hp:shapeComment></hp:pic><hp:equation/>"),
        _P.format(
            "<hp:tbl><hp:tr>"
            + _CELL.format(_P.format("<hp:t>담당 부서</hp:t>"), 0, 0, 99999, 99999)
            + "</hp:tr></hp:tbl>"
        ),
        _P.format(
            "<hp:tbl><hp:tr>" + _CELL.format(_P.format("<hp:t>보도자료</hp:t>"), 4000, 9000, 1, 1) + "</hp:tr></hp:tbl>"
        ),
        _P.format(
            "<hp:tbl><hp:tr>"
            + _CELL.format(_P.format("<hp:tbl><hp:tr><hp:tc/></hp:tr></hp:tbl>"), "x", "", 0, -1)
            + "</hp:tr></hp:tbl>"
        ),
        "<hp:p/>",
    ]
)


@FUZZ
@given(st.lists(st.tuples(st.integers(0, 10**6), _XML_PIECES), min_size=1, max_size=10))
def test_hwpx_with_elements_spliced_into_the_section(tmp_path_factory, splices: list[tuple[int, str]]):
    """Tables with absurd spans and addresses, deletions left open, notes, text boxes and objects anywhere in a
    section: read or refused, never a crash."""
    from drafter.formats.hwpx_reader import read_hwpx

    xml = _part(SAMPLE_HWPX, "Contents/section0.xml")
    for at, piece in splices:
        at %= len(xml)
        at = xml.rfind(">", 0, at) + 1 or at  # between two tags
        xml = xml[:at] + piece + xml[at:]
    data = _with_part(SAMPLE_HWPX, "Contents/section0.xml", xml)
    read_or_refuse(read_hwpx, _file(tmp_path_factory, "x.hwpx", data))
