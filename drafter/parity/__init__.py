"""The parity checker: pure functions from a Release to a sorted list of Findings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.model import Release, Term
from drafter.parity.findings import Finding, Location, Severity, summary
from drafter.parity.units import Context

if TYPE_CHECKING:
    from drafter.parity.plain_words import PlainWord

__all__ = ["Context", "Finding", "Location", "Severity", "analyse", "check", "summary"]


def analyse(
    release: Release, user_terms: tuple[Term, ...] = (), plain_words: tuple[PlainWord, ...] | None = ()
) -> tuple[Context, list[Finding]]:
    """The alignment and units the rules saw, with their findings (sorted), accepted ones included.
    `plain_words`: the user's plain-Korean words over the built-in lists; None: plain Korean is not checked."""
    from drafter.parity.limits import check_size
    from drafter.parity.rules import RULES  # the extractors' patterns load on the first check, not at start-up

    check_size(release)
    ctx = Context.of(release, user_terms, plain_words)
    findings = [f for rule in RULES for f in rule(ctx)]
    return ctx, sorted(findings, key=Finding.sort_key)


def check(
    release: Release, user_terms: tuple[Term, ...] = (), plain_words: tuple[PlainWord, ...] | None = ()
) -> list[Finding]:
    return analyse(release, user_terms, plain_words)[1]
