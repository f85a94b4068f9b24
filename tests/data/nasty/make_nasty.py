"""Rebuild the nasty-file corpus beside this script: `python tests/data/nasty/make_nasty.py`.

Each file is a kind of bad input a press office meets (or an attacker sends): empty, random bytes
under any extension, broken or hostile DOCX and HWPX packages, an HWP 5 file and other files renamed
.hwpx, release JSON of the wrong shape or version.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent.parent / "resources" / "samples" / "pps-innovation-2026-11-24.txt"


def sample_docx() -> bytes:
    from drafter.formats.docx_writer import write_docx
    from drafter.formats.plaintext import read_text_file

    out = HERE / "_sample.docx"
    write_docx(read_text_file(SAMPLE).release, out, "ko")
    data = out.read_bytes()
    out.unlink()
    return data


def sample_hwpx() -> tuple[bytes, bytes]:
    """Our HWPX export of the sample, and the same document as an HWP 5 file (python-hwpx writes both)."""
    from hwpx import HwpxDocument

    from drafter.formats.hwpx_writer import build_hwpx
    from drafter.formats.plaintext import read_text_file

    hwpx = build_hwpx(read_text_file(SAMPLE).release, "ko")
    document = HwpxDocument.open(hwpx)
    hwp = document.to_bytes(format="hwp")
    document.close()
    return hwpx, hwp


def with_doctype(xml: str, root: str) -> str:
    """`xml` with a DTD declaring an external entity, used once in its text (XXE)."""
    declaration = xml[: xml.index("?>") + 2]
    doctype = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE {root} [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    )
    return xml.replace(declaration, doctype, 1).replace("혁신제품", "&secret;", 1)


def bomb_of(package: bytes, member: str) -> bytes:
    """`package` with a 60 MB part of zeros, a few kilobytes packed."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout,
    ):
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr(member, b"\0" * (60 * 1024 * 1024))
    return out.getvalue()


def hwpx_files(rng: random.Random, docx: bytes) -> dict[str, bytes]:
    hwpx, hwp = sample_hwpx()
    section = zipfile.ZipFile(io.BytesIO(hwpx)).read("Contents/section0.xml").decode("utf-8")
    return {
        "empty.hwpx": b"",
        "random.hwpx": bytes(rng.randrange(256) for _ in range(2048)),
        "truncated.hwpx": hwpx[: len(hwpx) // 2],
        "not-a-zip.hwpx": "제목\n\n이것은 한글 파일이 아니다.\n".encode(),
        # A Word document renamed .hwpx, and an HWP 5 file (the older binary format) as .hwp and renamed .hwpx.
        "renamed-docx.hwpx": docx,
        "hwp5.hwp": hwp,
        "hwp5-renamed.hwpx": hwp,
        "broken-xml.hwpx": rezip(hwpx, {"Contents/section0.xml": section[: len(section) // 2].encode()}),
        "xxe.hwpx": rezip(hwpx, {"Contents/section0.xml": with_doctype(section, "hs:sec").encode()}),
        "bomb.hwpx": bomb_of(hwpx, "BinData/zeros.bin"),
        "element-bomb.hwpx": rezip(
            hwpx, {"Contents/section0.xml": section.replace("</hs:sec>", "<hp:p/>" * 600_000 + "</hs:sec>").encode()}
        ),
        "lying-size.hwpx": lying(
            rezip(hwpx, {"Contents/section0.xml": section.encode() + b" " * (80 * 1024 * 1024)}),
            "Contents/section0.xml",
        ),
    }


def rezip(source: bytes, replace: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename not in drop:
                zout.writestr(info.filename, replace.get(info.filename, zin.read(info.filename)))
    return buffer.getvalue()


def lying(package: bytes, member: str = "word/document.xml", claim: int = 100) -> bytes:
    """`package` with `member` claiming to unpack to `claim` bytes, in the central directory and local header."""
    raw, name = bytearray(package), member.encode()
    at = raw.find(name)
    while at != -1:
        if raw[at - 46 : at - 42] == b"PK\x01\x02":
            raw[at - 46 + 24 : at - 46 + 28] = claim.to_bytes(4, "little")
        elif raw[at - 30 : at - 26] == b"PK\x03\x04":
            raw[at - 30 + 22 : at - 30 + 26] = claim.to_bytes(4, "little")
        at = raw.find(name, at + 1)
    return bytes(raw)


def main() -> None:
    rng = random.Random(20261123)
    docx = sample_docx()
    document = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode("utf-8")
    xxe = document.replace(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
        1,
    )
    xxe = xxe.replace("혁신제품", "&secret;", 1)
    release_json = json.dumps({"format": "drafter-release", "version": 2, "ko": {"title": "제목"}}, ensure_ascii=False)
    files: dict[str, bytes] = {
        "empty.txt": b"",
        "empty.release.json": b"",
        "empty.docx": b"",
        "random.txt": bytes(rng.randrange(256) for _ in range(2048)),
        "random.release.json": bytes(rng.randrange(256) for _ in range(2048)),
        "random.docx": bytes(rng.randrange(256) for _ in range(2048)),
        "binary-controls.txt": "제목\n\n본문\x01\x02 이다.\n".encode(),
        "truncated.docx": docx[: len(docx) // 2],
        "not-a-zip.docx": "제목\n\n이것은 워드 파일이 아니다.\n".encode(),
        "no-content-types.docx": rezip(docx, {}, drop=("[Content_Types].xml",)),
        "broken-xml.docx": rezip(docx, {"word/document.xml": document[: len(document) // 2].encode("utf-8")}),
        "xxe.docx": rezip(docx, {"word/document.xml": xxe.encode("utf-8")}),
        "bomb.docx": bomb_of(docx, "word/media/zeros.bin"),
        "wrong-shape.release.json": json.dumps(
            {"format": "drafter-release", "version": 1, "ko": {"body": "본문"}}
        ).encode(),
        "future.release.json": json.dumps({"format": "drafter-release", "version": 99}).encode(),
        "foreign.release.json": json.dumps({"name": "package.json"}).encode(),
        "truncated.release.json": b'{"format": "drafter-release", "version": 1, "ko": {"title": "\xec\xa0\x9c',
        # An integer Python refuses to convert (over 4,300 digits), under a key nobody reads.
        "huge-number.release.json": release_json.replace("{", '{"x": ' + "9" * 5000 + ", ", 1).encode(),
        # Half of a UTF-16 surrogate pair, which no UTF-8 file can hold.
        "lone-surrogate.release.json": release_json.replace("제목", "\\ud800제목").encode(),
        # Millions of empty paragraphs in a few kilobytes.
        "element-bomb.docx": rezip(
            docx, {"word/document.xml": document.replace("<w:body>", "<w:body>" + "<w:p/>" * 600_000, 1).encode()}
        ),
        # A part that says it unpacks to 100 bytes and gives 80 MB.
        "lying-size.docx": lying(rezip(docx, {"word/document.xml": document.encode() + b" " * (80 * 1024 * 1024)})),
    }
    files.update(hwpx_files(rng, docx))
    for name, data in files.items():
        (HERE / name).write_bytes(data)
    print(f"{len(files)} files in {HERE}")


if __name__ == "__main__":
    main()
