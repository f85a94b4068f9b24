"""Run by the packaged program before anything else (PyInstaller runtime hook): point Enchant at the
Hunspell dictionaries the build ships.

On Linux the program uses the system's Enchant (libenchant-2-2; see packaging/build.py for why), whose
Hunspell provider looks for dictionaries in `hunspell` under each of $XDG_DATA_DIRS: the build's own
`share` folder goes first, so the shipped Korean and English dictionaries are the ones used, whatever the
system has; a user's own dictionaries (~/.config/enchant/hunspell) still come before them. GLib reads the
variable once, so it is set here, before Qt or Enchant start. On Windows the dictionaries sit in the
bundled Enchant's own folder (enchant/data/mingw64/share/enchant/hunspell) and nothing needs setting."""

import os
import sys

if sys.platform.startswith("linux"):
    shipped = os.path.join(sys._MEIPASS, "share")  # type: ignore[attr-defined]
    system = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"  # the XDG default when unset
    os.environ["XDG_DATA_DIRS"] = os.pathsep.join([shipped, system])
