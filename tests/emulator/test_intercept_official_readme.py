"""Intercept mode: the official README's CreateRecords sample, unchanged (read from $ZOHO_OFFICIAL_README, see
tests/official_readme.py), talks to "Zoho" (USDataCenter.PRODUCTION()) and is answered by the in-process
emulator, with the official SDK and with ours. Only the working directory (where its default token file and
field cache go) is a temporary one."""
import os
import re
import subprocess
import sys
import textwrap

import pytest

from tests import official_readme
from tests.official_venv import official_python

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
pytestmark = pytest.mark.official_readme


def _readme_sample() -> str:
    return official_readme.block(*official_readme.CREATE_RECORDS)


# Loads our emulator beside the official SDK: the emulator's server side imports nothing from any
# SDK, so it is loaded from its folder under another package name.
HARNESS = textwrap.dedent('''
    import importlib.util, sys
    spec = importlib.util.spec_from_file_location("zoho_emulator", sys.argv[1] + "/__init__.py",
                                                  submodule_search_locations=[sys.argv[1]])
    module = importlib.util.module_from_spec(spec); sys.modules["zoho_emulator"] = module
    spec.loader.exec_module(module)
    from zoho_emulator.interception import intercept
    with intercept():  # the README's placeholder client id, secret and grant token are accepted on first sight
        exec(compile(open(sys.argv[2]).read(), "create_records.py", "exec"), {"__name__": "__main__"})
''')


@pytest.mark.official
def test_official_create_records_sample_runs_under_intercept(tmp_path):
    try:
        python = official_python()
    except RuntimeError as error:
        pytest.skip(str(error))
    (tmp_path / "create_records.py").write_text(_readme_sample())
    (tmp_path / "harness.py").write_text(HARNESS)
    done = subprocess.run([str(python), str(tmp_path / "harness.py"), os.path.join(ROOT, "zohocrmsdk", "emulator"),
                           str(tmp_path / "create_records.py")], capture_output=True, text=True, timeout=120,
                          cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Status Code: 201" in done.stdout
    assert "Status: success" in done.stdout and "Code: SUCCESS" in done.stdout
    assert re.search(r"id : \d{10,}", done.stdout)
    assert (tmp_path / "sdk_tokens.txt").read_text().count("\n") == 2  # header + the stored token


OURS = textwrap.dedent('''
    import sys
    from zohocrmsdk.emulator import intercept
    with intercept():  # the README's placeholder client id, secret and grant token are accepted on first sight
        exec(compile(open(sys.argv[1]).read(), "create_records.py", "exec"), {"__name__": "__main__"})
''')


def test_our_sdk_runs_the_same_sample_under_intercept(tmp_path):
    (tmp_path / "create_records.py").write_text(_readme_sample())
    (tmp_path / "ours.py").write_text(OURS)
    done = subprocess.run([sys.executable, str(tmp_path / "ours.py"), str(tmp_path / "create_records.py")],
                          capture_output=True, text=True, timeout=120, cwd=str(tmp_path))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Status Code: 201" in done.stdout and "Status: success" in done.stdout
    assert (tmp_path / "sdk_tokens.txt").read_text().count("\n") == 2
