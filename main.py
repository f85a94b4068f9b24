"""Start Release Drafter's window: `python main.py [FILE]`."""

from drafter.cli import gui_main

if __name__ == "__main__":
    raise SystemExit(gui_main())
