"""Fixtures for the differential test bed (official SDK vs ours)."""
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:  # the harness modules are plain files next to the tests
    sys.path.insert(0, HERE)

import diff_harness  # noqa: E402
import diff_venv  # noqa: E402


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "differential: compares the official zohocrmsdk6_0 with ours (tests/differential)")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if str(item.fspath).startswith(HERE + os.sep):
            item.add_marker(pytest.mark.differential)


def in_ci():
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def official_python():
    python, reason = diff_venv.ensure()
    if python is None:
        message = "official SDK venv unavailable: " + reason
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    return python


class PackageRun:
    def __init__(self, official, ours):
        self.official = official
        self.ours = ours
        self.comparisons = None
        if not official.fatal() and not ours.fatal():
            self.comparisons = diff_harness.compare_pair(official, ours)

    def require_both_sides(self):
        for res in (self.official, self.ours):
            if res.fatal():
                pytest.fail("%s side did not run (files in %s): %s\n--- stderr tail ---\n%s"
                            % (res.side.label, res.workdir, res.fatal(), res.stderr[-3000:]),
                            pytrace=False)


@pytest.fixture(scope="session")
def package_runs(official_python, tmp_path_factory):
    """pkg -> PackageRun of the batch holding pkg, computed once per session: one subprocess per
    side runs a whole batch of packages (diff_harness.batch_of), so startup is paid per batch."""
    cache = {}
    official = diff_harness.official_side(official_python)
    ours = diff_harness.ours_side(official_python)

    def get(pkg):
        batch = diff_harness.batch_of(pkg)
        if batch not in cache:
            workroot = str(tmp_path_factory.mktemp("diff-" + batch[0]))
            cache[batch] = PackageRun(*diff_harness.run_pair(official, ours, list(batch), workroot))
        return cache[batch]

    return get
