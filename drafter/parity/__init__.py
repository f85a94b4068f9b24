"""The parity checker: pure functions from a Release to a sorted list of Findings."""

from __future__ import annotations

from drafter.model import Release, Term
from drafter.parity.findings import Finding, Location, Severity, summary
from drafter.parity.units import Context

__all__ = ["Context", "Finding", "Location", "Severity", "analyse", "check", "summary"]


def analyse(release: Release, user_terms: tuple[Term, ...] = ()) -> tuple[Context, list[Finding]]:
    """The alignment and units the rules saw, with their findings (sorted), accepted ones included."""
    from drafter.parity.limits import check_size
    from drafter.parity.rules import RULES  # the extractors' patterns load on the first check, not at start-up

    check_size(release)
    ctx = Context.of(release, user_terms)
    findings = [f for rule in RULES for f in rule(ctx)]
    return ctx, sorted(findings, key=Finding.sort_key)


def check(release: Release, user_terms: tuple[Term, ...] = ()) -> list[Finding]:
    return analyse(release, user_terms)[1]
