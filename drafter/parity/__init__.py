"""The parity checker: pure functions from a Release to a sorted list of Findings."""

from __future__ import annotations

from drafter.model import Release
from drafter.parity.findings import Finding, Location, Severity, summary
from drafter.parity.units import Context

__all__ = ["Context", "Finding", "Location", "Severity", "analyse", "check", "summary"]


def analyse(release: Release) -> tuple[Context, list[Finding]]:
    """The alignment and units the rules saw, with their findings (sorted)."""
    from drafter.parity.rules import RULES  # the extractors' patterns load on the first check, not at start-up

    ctx = Context.of(release)
    findings = [f for rule in RULES for f in rule(ctx)]
    return ctx, sorted(findings, key=Finding.sort_key)


def check(release: Release) -> list[Finding]:
    return analyse(release)[1]
