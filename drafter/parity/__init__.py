"""The parity checker: pure functions from a Release to a sorted list of Findings."""

from __future__ import annotations

from drafter.model import Release
from drafter.parity.findings import Finding, Location, Severity, summary
from drafter.parity.rules import RULES
from drafter.parity.units import Context

__all__ = ["Finding", "Location", "Severity", "check", "summary"]


def check(release: Release) -> list[Finding]:
    ctx = Context.of(release)
    findings = [f for rule in RULES for f in rule(ctx)]
    return sorted(findings, key=Finding.sort_key)
