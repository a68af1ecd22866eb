"""Differential tests: the same scenarios against the official SDK and ours.

One subprocess per batch of packages and side (cached for the session); each scenario
is its own test so a failure names the operation and the variant.  Run the
harness against itself with ZOHO_DIFF_SELF_CHECK=1 (official on both sides).
"""
import os

import pytest

import diff_harness
import diff_venv
import diff_scenarios
import diff_surface

ALL_SCENARIOS = diff_scenarios.all_scenarios()
PACKAGES = sorted(diff_scenarios.PACKAGES)
STANDARD_VARIANTS = {"ok", "invalid_data", "invalid_token", "no_content"}


@pytest.mark.parametrize("name", [s.name for s in ALL_SCENARIOS])
def test_scenario(name, package_runs):
    run = package_runs(name.split(".", 1)[0])
    run.require_both_sides()
    comparison = run.comparisons.get(name)
    assert comparison is not None, "no result for %s" % name
    assert comparison.ok(), "%s\n(raw runs: official %s, ours %s)" % (
        comparison.report(), run.official.workdir, run.ours.workdir)


@pytest.mark.parametrize("pkg", PACKAGES)
def test_initialize_and_files(pkg, package_runs):
    """Token exchange, implicit user lookup, token file and field cache."""
    run = package_runs(pkg)
    run.require_both_sides()
    known = {s.name for other in diff_harness.batch_of(pkg) for s in diff_scenarios.scenarios_for(other)}
    reports = [c.report() for name, c in run.comparisons.items()
               if name not in known and not c.ok()]
    assert not reports, "\n\n".join(reports)


@pytest.mark.parametrize("pkg", PACKAGES)
def test_official_side_is_clean(pkg, package_runs):
    """Harness sanity: the official SDK ran every scenario without harness errors."""
    res = package_runs(pkg).official
    assert not res.fatal(), res.fatal()
    assert res.output["meta"].get("official_dist") == "3.0.0"
    assert res.output["meta"]["zohocrmsdk_file"].startswith(
        os.path.abspath(diff_venv.venv_path())), res.output["meta"]
    assert res.output["init"] == {"ok": True}, res.output["init"]
    mine = {s.name: s for s in diff_scenarios.scenarios_for(pkg)}
    calls = {name: entry for name, entry in res.output["calls"].items() if name in mine}
    # A scenario may expect an official build error when it cites a deviation (official_quirk).
    problems = {name: {k: v for k, v in entry.items() if k in ("setup_error", "build_errors")}
                for name, entry in calls.items()
                if "setup_error" in entry or ("build_errors" in entry and not mine[name].official_quirk)}
    assert not problems, problems
    assert set(calls) == set(mine)


def test_ours_side_is_not_the_official_sdk(package_runs):
    """Guard against comparing the official SDK with itself by accident."""
    run = package_runs(PACKAGES[0])
    if diff_harness.self_check():
        pytest.skip("ZOHO_DIFF_SELF_CHECK=1: the official SDK is on both sides on purpose")
    ours = run.ours.output.get("meta") or {}
    official = run.official.output.get("meta") or {}
    if not ours.get("zohocrmsdk_file"):
        pytest.fail("our zohocrmsdk could not be imported: %s" % (run.ours.fatal() or ours), pytrace=False)
    assert not ours["zohocrmsdk_file"].startswith(os.path.abspath(diff_venv.venv_path())), ours
    assert ours.get("initializer_sha256") != official.get("initializer_sha256"), (
        "the interpreter under test runs the official runtime (same initializer.py): %s" % ours)


@pytest.mark.parametrize("pkg", PACKAGES)
def test_scenarios_cover_every_operation(pkg):
    assert diff_scenarios.coverage_gaps(pkg) == []
    by_op = {}
    for s in diff_scenarios.scenarios_for(pkg):
        by_op.setdefault(s.operation, set()).add(s.variant)
    missing = {op: sorted(STANDARD_VARIANTS - variants) for op, variants in by_op.items()
               if not STANDARD_VARIANTS <= variants}
    assert not missing, missing
    assert set(by_op) == set(diff_surface.operations(pkg))
