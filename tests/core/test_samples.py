"""The README's first command: the quickstart runs against the embedded emulator and reports."""
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def test_quickstart_prints_its_report_and_leaves_nothing_behind(tmp_path):
    scratch = tmp_path / "tmp"  # the quickstart's temporary directory goes here (TMPDIR)
    scratch.mkdir()
    work = tmp_path / "cwd"
    work.mkdir()
    env = dict(os.environ, TMPDIR=str(scratch))
    done = subprocess.run([sys.executable, os.path.join(ROOT, "samples", "quickstart.py")], capture_output=True,
                          text=True, timeout=120, cwd=str(work), env=env)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Created 3 leads: success, success, success" in out
    assert "Listed 3 leads:" in out and "Ada Lovelace (Analytical Engines)" in out
    assert "record updated" in out
    assert "Deleted records in the recycle bin:" in out and "Grace Hopper" in out
    assert done.stderr == ""
    # no token file, client secret or field cache left in the temporary or working directory
    assert list(scratch.iterdir()) == [] and list(work.iterdir()) == []
