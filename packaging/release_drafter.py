"""The packaged program's entry point: without arguments, or with a file, the window; with a command
(`release-drafter check …`) the command line, as `python -m drafter` does.

On Windows the window program ("Release Drafter.exe") has no console to print to, so it only opens the
window; `release-drafter.exe` beside it is the same program built for the console (README, "Installing")."""

import sys

from drafter.cli import gui_main, main

if __name__ == "__main__":
    raise SystemExit(gui_main() if sys.stdout is None else main())
