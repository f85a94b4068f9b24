"""Build Release Drafter as a program to install: `python packaging/build.py` (README, "Installing").

Makes `dist/release-drafter/`, a self-contained one-folder build of the program for the platform it runs
on (PyInstaller; never one-file or UPX, which unpack on every start and which antivirus products flag),
then from it, on Linux, `dist/release-drafter_VERSION_ARCH.deb` and, on Windows, the per-user installer
`dist/release-drafter-VERSION-setup.exe` (Inno Setup, when its compiler is installed).

The build carries the Korean and English Hunspell dictionaries and the Nanum fonts (SIL OFL 1.1), each with
its licence. On Debian and Ubuntu they are taken from the packages hunspell-ko, hunspell-en-us and
fonts-nanum; elsewhere give the folders that hold them (--dictionaries, --fonts).

Spelling goes through Enchant, as in the source program. On Windows pyenchant's wheel brings Enchant and its
Hunspell provider, and the build puts the dictionaries in that Enchant's own folder. On Linux the build
uses the system's Enchant (Debian's libenchant-2-2, which the .deb depends on and which desktop systems have
for GTK's spell checking): Debian builds Enchant with its provider folder written into the library, so a
copy inside the build would still look for its providers under /usr/lib and could not be made to use
its own; the dictionaries it ships are found through $XDG_DATA_DIRS (packaging/runtime_hook.py).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
WORK = ROOT / "build" / "package"
FOLDER = DIST / "release-drafter"
LINUX = sys.platform.startswith("linux")
WINDOWS = sys.platform == "win32"

DICTIONARIES = ("ko.aff", "ko.dic", "en_US.aff", "en_US.dic")
FONTS = ("NanumGothic.ttf", "NanumGothicBold.ttf", "NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf")
# Where Debian and Ubuntu keep them, and the licences (the packages' copyright files).
DEBIAN_DICTIONARIES = Path("/usr/share/hunspell")
DEBIAN_FONTS = Path("/usr/share/fonts/truetype/nanum")
DEBIAN_LICENCES = {
    "ko.LICENSE.txt": Path("/usr/share/doc/hunspell-ko/copyright"),
    "en_US.LICENSE.txt": Path("/usr/share/doc/hunspell-en-us/copyright"),
    "Nanum-fonts.LICENSE.txt": Path("/usr/share/doc/fonts-nanum/copyright"),
}
# What the source digest covers: everything that goes into the build (the packaging test compares it).
SOURCES = ("drafter", "resources", "packaging", "pyproject.toml")
# Files of resources/ that only development needs.
DEVELOPMENT_ONLY = ("*.po", "*.pot", "make_*.py", "build_template.py", "__pycache__", "desktop")
# Loaded by pyenchant at run time (ctypes), so no link shows it: the system's Enchant and its Hunspell provider.
DEB_ENCHANT = "libenchant-2-2"


class BuildError(Exception):
    pass


def version() -> str:
    """drafter.__version__, read without importing the program."""
    for line in (ROOT / "drafter" / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise BuildError("drafter/__init__.py has no __version__")


def source_digest() -> str:
    """A digest of the files the build is made from: a build whose digest differs is out of date."""
    digest = hashlib.sha256()
    for top in SOURCES:
        path = ROOT / top
        files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for file in files:
            if "__pycache__" in file.parts or file.suffix == ".pyc":
                continue
            digest.update(file.relative_to(ROOT).as_posix().encode() + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()


def commit() -> str:
    """The git commit the build is made from, marked when the tree had changes; "unknown" outside git."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        changed = subprocess.run(["git", "status", "--porcelain", *SOURCES], cwd=ROOT, capture_output=True, text=True)
    except OSError:
        return "unknown"
    if head.returncode:
        return "unknown"
    return head.stdout.strip() + ("+changes" if changed.stdout.strip() else "")


def gather(names: tuple[str, ...], folder: Path | None, default: Path, what: str, option: str) -> list[Path]:
    folder = folder or default
    missing = [n for n in names if not (folder / n).is_file()]
    if missing:
        raise BuildError(f"{what}: {', '.join(missing)} not found in {folder}; give the folder with {option}")
    return [folder / n for n in names]


def licences(folder: Path | None, names: tuple[str, ...]) -> list[tuple[Path, str]]:
    """(file, name in the build) for the licences: those of the Debian packages, or the licence files
    (LICENSE*, COPYING*, OFL*, README*) in a folder given on the command line."""
    if folder is None:
        found = [(path, name) for name, path in DEBIAN_LICENCES.items() if name.split(".")[0] in names]
        missing = [str(path) for path, _name in found if not path.is_file()]
        if missing:
            raise BuildError(f"the licence files {', '.join(missing)} are missing")
        return found
    patterns = ("LICENSE*", "LICENCE*", "COPYING*", "OFL*", "README*")
    found = [(p, p.name) for pattern in patterns for p in sorted(folder.glob(pattern)) if p.is_file()]
    if not found:
        raise BuildError(f"{folder} has no licence file (LICENSE, COPYING, OFL or README): the build must carry it")
    return found


def stage(args: argparse.Namespace) -> Path:
    """The files PyInstaller takes from outside the Python packages (release-drafter.spec)."""
    place = WORK / "stage"
    shutil.rmtree(place, ignore_errors=True)
    resources = place / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=shutil.ignore_patterns(*DEVELOPMENT_ONLY))
    info = {
        "version": version(),
        "commit": commit(),
        "date": datetime.now(UTC).date().isoformat(),
        "platform": f"{sys.platform}-{platform.machine()}",
        "source": source_digest(),
    }
    (resources / "build.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    fonts = resources / "fonts"
    fonts.mkdir()
    for file in gather(FONTS, args.fonts, DEBIAN_FONTS, "fonts", "--fonts"):
        shutil.copy(file, fonts)
    for file, name in licences(args.fonts, ("Nanum-fonts",)):
        shutil.copy(file, fonts / name)
    dictionaries = place / "dictionaries"
    dictionaries.mkdir()
    for file in gather(DICTIONARIES, args.dictionaries, DEBIAN_DICTIONARIES, "dictionaries", "--dictionaries"):
        # Named as drafter/spelling.py asks first (ko_KR before ko), so that no system dictionary of that
        # name further down Enchant's folders is taken instead.
        shutil.copy(file, dictionaries / file.name.replace("ko.", "ko_KR."))
    for file, name in licences(args.dictionaries, ("ko", "en_US")):
        shutil.copy(file, dictionaries / name)
    return place


def freeze(staged: Path) -> None:
    shutil.rmtree(FOLDER, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(WORK / "pyinstaller")]
    command.append(str(ROOT / "packaging" / "release-drafter.spec"))
    if subprocess.run(command, cwd=ROOT, env={**os.environ, "DRAFTER_STAGE": str(staged)}).returncode:
        raise BuildError("PyInstaller failed (see above)")


def deb() -> Path:
    """A .deb of the folder: the program in /opt/release-drafter, the command `release-drafter`, the menu
    entry, the icon and the file type of releases. dpkg's triggers (desktop-file-utils, shared-mime-info,
    hicolor-icon-theme) update the menus and file types on install and removal: no maintainer scripts."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    root = WORK / "deb"
    shutil.rmtree(root, ignore_errors=True)
    opt = root / "opt" / "release-drafter"
    shutil.copytree(FOLDER, opt, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "release-drafter").symlink_to("/opt/release-drafter/release-drafter")
    share = root / "usr" / "share"
    desktop = ROOT / "resources" / "desktop"
    _install(desktop / "release-drafter.desktop", share / "applications" / "release-drafter.desktop")
    _install(desktop / "release-drafter.xml", share / "mime" / "packages" / "release-drafter.xml")
    icons = ROOT / "resources" / "icons"
    for png in sorted(icons.glob("release-drafter-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        _install(png, share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "release-drafter.png")
    _install(icons / "release-drafter.svg", share / "icons" / "hicolor" / "scalable" / "apps" / "release-drafter.svg")
    doc = share / "doc" / "release-drafter"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Release Drafter: MIT licence.\n"
        "The libraries, dictionaries and fonts in /opt/release-drafter keep their own licences: see the\n"
        "program's About box, /opt/release-drafter/_internal/share/hunspell/*.LICENSE.txt and\n"
        "/opt/release-drafter/_internal/resources/fonts/Nanum-fonts.LICENSE.txt.\n",
        encoding="utf-8",
    )
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: release-drafter\nVersion: {version()}\nArchitecture: {arch}\n"
        "Maintainer: Release Drafter developers <release-drafter@example.org>\n"
        f"Installed-Size: {size_kib}\nDepends: {', '.join(system_packages())}\nSection: editors\nPriority: optional\n"
        "Description: Korean-English press releases, side by side and checked\n"
        " Release Drafter drafts a press release in Korean and English side by side, shows where the\n"
        " two versions state different facts, and exports both to DOCX, HWPX, PDF and text.\n",
        encoding="utf-8",
    )
    out = DIST / f"release-drafter_{version()}_{arch}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(root), str(out)], check=True)
    return out


def system_packages() -> list[str]:
    """The .deb's dependencies: the Debian packages of the system libraries the build's programs and
    libraries link to directly (their own dependencies are their packages' business), Enchant, and the
    C library new enough for every symbol version they use: a build runs on systems as new as the one it
    was made on, or newer."""
    files = [
        p for p in FOLDER.rglob("*") if p.is_file() and not p.is_symlink() and (".so" in p.name or p.parent == FOLDER)
    ]
    env = {**os.environ, "LD_LIBRARY_PATH": str(FOLDER / "_internal")}
    outside: set[str] = set()
    glibc = (2, 17)
    for file in files:
        header = subprocess.run(["objdump", "-p", "-T", str(file)], capture_output=True, text=True).stdout
        needed = set(re.findall(r"^\s+NEEDED\s+(\S+)", header, re.M))
        for found in re.findall(r"GLIBC_(\d+)\.(\d+)", header):
            glibc = max(glibc, (int(found[0]), int(found[1])))
        for line in subprocess.run(["ldd", str(file)], env=env, capture_output=True, text=True).stdout.splitlines():
            name, _, target = (part.strip() for part in line.partition("=>"))
            path = target.split(" (")[0]
            if name in needed and path.startswith("/") and not path.startswith(str(FOLDER)):
                outside.update({path, os.path.realpath(path)})
    owners = subprocess.run(["dpkg", "-S", *sorted(outside)], capture_output=True, text=True).stdout
    packages = {line.split(":")[0] for line in owners.splitlines() if ": " in line} - {"libc6"}
    return [f"libc6 (>= {glibc[0]}.{glibc[1]})", DEB_ENCHANT, *sorted(packages)]


def _install(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)


def installer() -> Path | None:
    """The per-user Windows installer, when Inno Setup's compiler (ISCC) is installed."""
    candidates = [
        shutil.which("iscc"),
        *(
            str(Path(os.environ.get(v, "")) / "Inno Setup 6" / "ISCC.exe")
            for v in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA")
        ),
    ]
    iscc = next((c for c in candidates if c and Path(c).is_file()), None)
    if iscc is None:
        print("Inno Setup 6 is not installed: no installer made (https://jrsoftware.org/isinfo.php)", file=sys.stderr)
        return None
    script = ROOT / "packaging" / "windows" / "release-drafter.iss"
    icon = ROOT / "resources" / "icons" / "release-drafter.ico"
    defines = [f"/DAppVersion={version()}", f"/DSourceDir={FOLDER}", f"/DOutputDir={DIST}", f"/DIcon={icon}"]
    subprocess.run([iscc, "/Q", *defines, str(script)], check=True)
    return DIST / f"release-drafter-{version()}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionaries", type=Path, help="folder with ko.aff, ko.dic, en_US.aff, en_US.dic, licences")
    parser.add_argument(
        "--fonts", type=Path, help="folder with NanumGothic(Bold).ttf, NanumMyeongjo(Bold).ttf, OFL.txt"
    )
    parser.add_argument("--no-package", action="store_true", help="the folder only: no .deb or installer")
    args = parser.parse_args(argv)
    try:
        freeze(stage(args))
        made = [FOLDER]
        if not args.no_package and LINUX and shutil.which("dpkg-deb"):
            made.append(deb())
        elif not args.no_package and WINDOWS:
            made += [p for p in [installer()] if p]
    except (BuildError, subprocess.CalledProcessError) as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    for path in made:
        files = path.rglob("*") if path.is_dir() else [path]
        size = sum(p.lstat().st_size for p in files if not p.is_dir())
        print(f"{path.relative_to(ROOT)}  {size / 2**20:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
