"""Project-wide test rules.

- Under CI a skipped test is a failure (a skip there means something that must run, MariaDB, Redis or the official
  SDK, was missing).
- Tests that need the official SDK (its venv is built from the package index on first use) carry the
  ``official`` marker, set here for every test using one of its fixtures; ``-m "not official"`` leaves them out.
- Tests of the official README's examples (``official_readme``) run only when ``$ZOHO_OFFICIAL_README`` names
  that README (tests/official_readme.py); otherwise they are deselected.
- The terminal summary says what a run left out and why, so a green offline run is never mistaken for a full one.
"""
import os
import sys

import pytest

from tests import official_readme

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
OFFICIAL_FIXTURES = {"official_python", "official_interpreter", "package_runs"}
_left_out = {"official": 0, "official_readme": 0}


def pytest_configure(config):
    named = official_readme.path()
    if named is not None and not os.path.isfile(named):
        raise pytest.UsageError("${} names {}, which is not a file".format(official_readme.ENV, named))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if OFFICIAL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.official)
    if official_readme.path() is None:
        left = [item for item in items if item.get_closest_marker("official_readme")]
        if left:
            items[:] = [item for item in items if not item.get_closest_marker("official_readme")]
            config.hook.pytest_deselected(items=left)


def pytest_deselected(items):
    for item in items:
        for marker in _left_out:
            if item.get_closest_marker(marker):
                _left_out[marker] += 1


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = "skipped under CI, which must run everything: {}".format(report.longrepr)


@pytest.fixture
def redis_prefix():
    """A key prefix of its own on the Redis at 127.0.0.1:6379 (shared with other test runs, so
    never flushed); every key under it is deleted afterwards."""
    import secrets

    import redis
    client = redis.Redis(host="127.0.0.1", port=6379, socket_timeout=5, socket_connect_timeout=5)
    try:
        client.ping()
    except redis.RedisError as error:  # pragma: no cover - environment problem
        if IN_CI:
            raise
        pytest.skip("no Redis on 127.0.0.1:6379: {}".format(error))
    prefix = "zsdk_test:{}:".format(secrets.token_hex(6))
    try:
        yield prefix
    finally:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()


def pytest_terminal_summary(terminalreporter):
    lines = []
    if _left_out["official_readme"] and official_readme.path() is None:
        lines.append("{} tests of the official README's examples were deselected: set {} to that README (as text) "
                     "to run them".format(_left_out["official_readme"], official_readme.ENV))
    if _left_out["official"]:
        lines.append("{} tests that need the official SDK were deselected (-m/-k)".format(_left_out["official"]))
    skipped = [report for report in terminalreporter.stats.get("skipped", []) if "official" in report.keywords]
    if skipped:
        lines.append("{} tests that need the official SDK were SKIPPED: its venv could not be built (offline?); "
                     "run with -m \"not official\" to leave them out on purpose".format(len(skipped)))
    built = getattr(sys.modules.get("diff_venv"), "BUILT", None)
    if built:
        lines.append("built the official SDK's venv at {} from the package index ({:.0f} s)".format(*built))
    if lines:
        terminalreporter.section("left out of this run", sep="=", bold=True)
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def official_interpreter() -> str:
    """The official SDK's interpreter; a failure to build it fails the test on CI, skips elsewhere."""
    from tests.official_venv import official_python
    try:
        return str(official_python())
    except Exception as error:
        if IN_CI:
            pytest.fail("official SDK venv unavailable on CI: {}".format(error))
        pytest.skip("official SDK venv unavailable: {}".format(error))
