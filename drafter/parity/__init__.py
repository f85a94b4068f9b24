"""The parity checker: pure functions from a Release to a sorted list of Findings."""

from __future__ import annotations

from drafter.model import Release
from drafter.parity.align import align
from drafter.parity.findings import Finding, Location, Severity, summary
from drafter.parity.rules import RULES, Context

__all__ = ["Finding", "Location", "Severity", "check", "summary"]


def check(release: Release) -> list[Finding]:
    pairs = align([p.text for p in release.ko.body], [p.text for p in release.en.body])
    ctx = Context(release, pairs)
    findings = [f for rule in RULES for f in rule(ctx)]
    return sorted(findings, key=Finding.sort_key)
