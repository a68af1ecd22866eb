"""Every Python block of our README.md runs as shown, against the emulator.

How the blocks are run (a block added to the README later is picked up automatically):

- Every fenced block opened with three backticks and ``python`` is found, and all of them run in README order
  in one fresh interpreter, as a reader would paste them into one session, each in a namespace of its own.
- They run inside ``zohocrmsdk.emulator.intercept()`` with the emulator's sample data seeded, so code written
  for ``USDataCenter.PRODUCTION()`` with placeholder credentials is answered offline; the working directory is
  a scratch directory, so default files (``sdk_tokens.txt``) land there.
- A block passes when it raises nothing and writes nothing to stderr.
- A block may declare what it needs in an HTML comment on the line right before its fence, holding JSON:

      <!-- readme-test {"replace": {"/var/lib/myapp": "{tmp}"}, "expect": "^Status: 200$"} -->

  ``replace``: each key must occur in the block and is replaced before it runs (``{tmp}`` in a replacement is
  the scratch directory); ``expect``: a regular expression its output must match (``re.search``).
  There is no way to skip a block: a block that cannot run as shown needs a replacement that makes it run.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from typing import Any, Dict, List

import pytest

README = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "README.md")
DIRECTIVE = re.compile(r"^<!--\s*readme-test\s+(\{.*\})\s*-->$")
KEYS = {"replace", "expect"}

RUNNER = r'''
import contextlib, io, json, os, sys, traceback
from zohocrmsdk.emulator import intercept

blocks = json.load(open(sys.argv[1]))
results = []
with intercept() as zoho:
    zoho.seed()
    for block in blocks:
        out, err = io.StringIO(), io.StringIO()
        error = None
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:  # line numbers in a traceback are the README's
                code = compile("\n" * block["line"] + block["code"], "README.md", "exec")
                exec(code, {"__name__": "__main__"})
            except BaseException:
                error = traceback.format_exc()
        results.append({"stdout": out.getvalue(), "stderr": err.getvalue(), "error": error})
json.dump(results, open(sys.argv[2], "w"))
'''


def readme_blocks(text: str) -> List[Dict[str, Any]]:
    """The Python blocks of a Markdown text: the line number of the opening fence, code and directive."""
    lines = text.splitlines()
    blocks, index = [], 0
    while index < len(lines):
        if lines[index].strip() == "```python":
            end = index + 1
            while lines[end].strip() != "```":
                end += 1
            previous = lines[index - 1].strip() if index else ""
            match = DIRECTIVE.match(previous)
            if previous.startswith("<!--") and "readme-test" in previous and not match:
                raise ValueError("README.md:{}: unreadable readme-test comment".format(index))
            blocks.append({"line": index + 1, "code": "\n".join(lines[index + 1:end]) + "\n",
                           "directive": json.loads(match.group(1)) if match else {}})
            index = end
        index += 1
    return blocks


def prepared(block: Dict[str, Any], scratch: str) -> str:
    directive = block["directive"]
    unknown = set(directive) - KEYS
    assert not unknown, "README.md:{}: unknown readme-test keys {}".format(block["line"], sorted(unknown))
    code = block["code"]
    for old, new in directive.get("replace", {}).items():
        assert old in code, "README.md:{}: the replaced text {!r} is not in the block".format(block["line"], old)
        code = code.replace(old, new.replace("{tmp}", scratch))
    return code


BLOCKS = readme_blocks(open(README, encoding="utf-8").read())


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> List[Dict[str, Any]]:
    work = tmp_path_factory.mktemp("readme")
    scratch = str(tmp_path_factory.mktemp("readme-files"))
    blocks = [{"line": block["line"], "code": prepared(block, scratch)} for block in BLOCKS]
    (work / "blocks.json").write_text(json.dumps(blocks))
    (work / "runner.py").write_text(RUNNER)
    done = subprocess.run([sys.executable, str(work / "runner.py"), str(work / "blocks.json"),
                           str(work / "results.json")], cwd=str(work), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return json.loads((work / "results.json").read_text())


def test_the_readme_has_python_blocks_and_every_directive_is_used():
    assert len(BLOCKS) >= 4
    for block in BLOCKS:
        prepared(block, "/scratch")  # unknown keys and replacements that no longer apply fail here


@pytest.mark.parametrize("position", range(len(BLOCKS)), ids=["README.md:{}".format(b["line"]) for b in BLOCKS])
def test_readme_block_runs(position, results):
    block, result = BLOCKS[position], results[position]
    where = "README.md:{}".format(block["line"])
    assert result["error"] is None, "{} failed:\n{}\n{}".format(where, result["error"], result["stdout"])
    assert result["stderr"] == "", "{} wrote to stderr:\n{}".format(where, result["stderr"])
    expect = block["directive"].get("expect")
    if expect:
        assert re.search(expect, result["stdout"]), "{} printed:\n{}".format(where, result["stdout"])


def test_readme_blocks_are_found_with_their_directives():
    text = "\n".join(["x", "<!-- readme-test {\"expect\": \"ok\"} -->", "```python", "print('ok')", "```",
                      "```bash", "ls", "```", "```python", "a = 1", "```"])
    assert readme_blocks(text) == [{"line": 3, "code": "print('ok')\n", "directive": {"expect": "ok"}},
                                   {"line": 9, "code": "a = 1\n", "directive": {}}]
