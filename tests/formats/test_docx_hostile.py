"""DOCX import of broken and hostile files: every failure an InputError naming the file and the problem,
no entity resolved, no zip bomb inflated, before python-docx sees the package."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from drafter.errors import InputError
from drafter.formats import package as pkg
from drafter.formats import read_release
from drafter.formats.docx_reader import check_package, read_docx
from drafter.formats.package import MAX_PART_BYTES
from tests.formats.docx_helpers import CONTENT_TYPES, W_DECL, minimal_docx


def test_minimal_package_reads(tmp_path: Path):
    path = tmp_path / "m.docx"
    path.write_bytes(minimal_docx("<w:p><w:r><w:t>Only a title</w:t></w:r></w:p>"))
    assert read_docx(path).release.en.title == "Only a title"


def _without(package: bytes, member: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as old, zipfile.ZipFile(buffer, "w") as new:
        for info in old.infolist():
            if info.filename != member:
                new.writestr(info, old.read(info.filename))
    return buffer.getvalue()


BROKEN = {
    "not a zip": (lambda: b"PK\x03\x04 not really", "not a ZIP package"),
    "an old .doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "not a ZIP package"),
    "empty": (lambda: b"", "not a ZIP package"),
    "an .odt": (lambda: _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "Content_Types"),
    "no document part": (lambda: _without(minimal_docx("<w:p/>"), "word/document.xml"), "incomplete"),
    "bad XML": (lambda: minimal_docx(document="<w:document><w:body><w:p>"), "not well-formed"),
    "a spreadsheet": (
        lambda: minimal_docx(
            "<w:p/>", content_types=CONTENT_TYPES.replace("wordprocessingml.document", "spreadsheetml.sheet")
        ),
        "another kind of Office file",
    ),
    "no text": (lambda: minimal_docx(""), "holds no text"),
    "a zip version from the future": (lambda: _future_zip(minimal_docx("<w:p/>")), "not a ZIP package"),
}


def _future_zip(data: bytes) -> bytes:
    """Every central-directory entry says it needs ZIP version 20.5 to extract (zipfile: NotImplementedError)."""
    changed = re.sub(rb"(PK\x01\x02..)\x14\x00", lambda m: m.group(1) + b"\xcd\x00", data, flags=re.DOTALL)
    assert changed != data
    return changed


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_files_give_an_input_error_naming_the_file_and_problem(tmp_path: Path, case: str):
    make, words = BROKEN[case]
    path = tmp_path / "broken.docx"
    path.write_bytes(make())
    with pytest.raises(InputError) as info:
        read_release(path)
    assert info.value.path == str(path)
    assert words in info.value.message.en, info.value.message.en
    assert info.value.message.ko != info.value.message.en  # translated


def test_external_entities_are_not_resolved(tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER", encoding="utf-8")
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
        f"<w:document {W_DECL}><w:body><w:p><w:r><w:t>Title &xxe; here</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Body &xxe;.</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "xxe.docx"
    path.write_bytes(minimal_docx(document=xml))
    r = read_docx(path).release
    assert "TOP-SECRET-MARKER" not in repr(r)
    assert r.en.title == "Title &xxe; here"  # the reference stays as written, unresolved


def test_entity_expansion_bomb_is_not_expanded(tmp_path: Path):
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [{entities}]>'
        f"<w:document {W_DECL}><w:body><w:p><w:r><w:t>Bomb &i; title</w:t></w:r></w:p></w:body></w:document>"
    )
    path = tmp_path / "bomb.docx"
    path.write_bytes(minimal_docx(document=xml))
    try:
        r = read_docx(path).release
    except InputError:
        return
    assert len(repr(r)) < 10_000


def test_a_part_that_unpacks_to_more_than_the_limit_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx must not see the file"))
    path = tmp_path / "bomb.docx"
    path.write_bytes(minimal_docx("<w:p/>", extra={"word/media/zeros.bin": bytes(MAX_PART_BYTES + 1)}))
    assert path.stat().st_size < 200_000  # a zip bomb: small on disk
    with pytest.raises(InputError, match=r"word/media/zeros\.bin would unpack to 51 MB"):
        read_docx(path)


def test_parts_that_unpack_to_more_than_the_total_limit_are_refused(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(pkg, "MAX_TOTAL_BYTES", 3 * pkg.MB)
    data = minimal_docx("<w:p/>", extra={f"word/media/{i}.bin": bytes(pkg.MB) for i in range(4)})
    with pytest.raises(InputError, match="would unpack to 4 MB"):
        check_package(data)
    monkeypatch.setattr(pkg, "MAX_PARTS", 3)
    with pytest.raises(InputError, match="parts"):
        check_package(minimal_docx("<w:p/>", extra={"a.xml": b"", "b.xml": b""}))


def lying_docx(document: str, real: bytes) -> bytes:
    """A package whose document part says it unpacks to a few bytes but holds `real`."""
    data = bytearray(minimal_docx(document))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, real if item.filename == info.filename else zin.read(item))
    raw = bytearray(out.getvalue())
    # Patch the sizes recorded in the central directory and the local header to claim 100 bytes.
    name = info.filename.encode()
    for at in _all(raw, name):
        if raw[at - 46 : at - 42] == b"PK\x01\x02":
            raw[at - 46 + 24 : at - 46 + 28] = (100).to_bytes(4, "little")
        elif raw[at - 30 : at - 26] == b"PK\x03\x04":
            raw[at - 30 + 22 : at - 30 + 26] = (100).to_bytes(4, "little")
    return bytes(raw)


def _all(data: bytearray, needle: bytes) -> list[int]:
    found, at = [], data.find(needle)
    while at != -1:
        found.append(at)
        at = data.find(needle, at + 1)
    return found


def test_a_part_that_lies_about_its_size_is_refused_without_inflating_it_whole(monkeypatch: pytest.MonkeyPatch):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx must not see the file"))
    document = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    real = document.encode() + b" " * (80 * pkg.MB) + b"</w:body></w:document>"
    data = lying_docx("<w:p/>", real)
    assert len(data) < 200_000
    with pytest.raises(InputError, match=r"damaged: its part word/document.xml cannot be unpacked"):
        check_package(data)


def test_a_package_of_millions_of_elements_is_refused(monkeypatch: pytest.MonkeyPatch):
    import docx

    monkeypatch.setattr(docx, "Document", lambda *a, **k: pytest.fail("python-docx must not see the file"))
    data = minimal_docx("<w:p/>" * (pkg.MAX_XML_ELEMENTS + 10))
    assert len(data) < 1_000_000
    with pytest.raises(InputError, match="XML elements"):
        check_package(data)
