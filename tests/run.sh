#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run them: the README's test command.
#
# Debian/Ubuntu packages for the DOCX and PDF tests (LibreOffice renders each layout to PDF; poppler reads
# the PDF back; Nanum gives LibreOffice Korean glyphs) and for the spell-check tests (Enchant and the
# Korean and English Hunspell dictionaries) and Xvfb with the X11 libraries Qt needs (the keyboard
# shortcuts are checked under X11 too) are installed when missing, as root or with sudo; so are FreeType
# (libfreetype6), which rhwp, the HWPX renderer of the readers extra, needs from the system, binutils
# (PyInstaller reads libraries with objdump) and strace (the packaging test watches what the built program
# opens and connects to).
# Elsewhere those tests are skipped with a reason; everything else runs.
set -euo pipefail
cd "$(dirname "$0")/.."

packages="libreoffice-writer-nogui poppler-utils fonts-nanum libenchant-2-2 hunspell-ko hunspell-en-us libfreetype6 binutils strace
    xvfb libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1; then
    missing=""
    for p in $packages; do
        dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
    if [ -n "$missing" ]; then
        sudo=""
        [ "$(id -u)" = 0 ] || sudo="sudo"
        echo "Installing Debian packages for the DOCX, spell-check and X11 tests:$missing"
        if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing; }; then
            echo "Could not install$missing; the tests that need them will be skipped." >&2
        fi
    fi
fi

python3 -m venv .venv
.venv/bin/pip install -q -e '.[test,readers,package]'
exec .venv/bin/python -m pytest "$@"
