"""docs/deviations.md is the one list of deliberate deviations: every citation of it names an
existing section, every allow-list rule of the differential bed cites one, and nothing in the
repository points at reference files outside it."""
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), os.pardir, os.pardir))
DOC = os.path.join(ROOT, "docs", "deviations.md")
CITATION = re.compile(r"docs/deviations\.md#([a-z0-9-]+)")
SECTION_PARTS = ("- **Official**", "- **Ours**", "- **Why**", "- **Test**")


def sections():
    with open(DOC, encoding="utf-8") as fh:
        text = fh.read()
    found = {}
    for block in re.split(r"^## ", text, flags=re.M)[1:]:
        head, _, body = block.partition("\n")
        found[head.strip()] = body
    return found


def repository_files():
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            capture_output=True, text=True, check=True).stdout.split("\n")
    for rel in listed:
        if rel.endswith((".py", ".pyi", ".md", ".toml", ".txt", ".cfg")) and os.path.isfile(os.path.join(ROOT, rel)):
            yield rel


def test_sections_have_ids_in_order_and_every_part():
    found = sections()
    ids = list(found)
    assert ids and ids == sorted(ids), "keep sections sorted by id"
    for section_id, body in found.items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", section_id), section_id
        for part in SECTION_PARTS:
            assert part in body, "%s lacks %s" % (section_id, part)


def test_every_citation_names_an_existing_section():
    known = set(sections())
    missing = []
    for rel in repository_files():
        with open(os.path.join(ROOT, rel), encoding="utf-8", errors="replace") as fh:
            for n, line in enumerate(fh, 1):
                missing += ["%s:%d #%s" % (rel, n, c) for c in CITATION.findall(line) if c not in known]
    assert not missing, missing


def test_every_allow_list_rule_cites_a_section():
    sys.path.insert(0, os.path.join(ROOT, "tests", "differential"))
    try:
        import allowed_differences
    finally:
        sys.path.pop(0)
    known = set(sections())
    assert allowed_differences.RULES
    for rule in allowed_differences.RULES:
        assert rule.section in known and rule.summary, rule


def test_nothing_points_outside_the_repository():
    outside = re.compile(r"RUNTIME\.md|\.\./shared|/work/shared|§16")
    found = []
    for rel in repository_files():
        if rel == "tests/core/test_deviations.py":
            continue
        with open(os.path.join(ROOT, rel), encoding="utf-8", errors="replace") as fh:
            found += ["%s:%d" % (rel, n) for n, line in enumerate(fh, 1) if outside.search(line)]
    assert not found, found


def test_every_test_a_section_names_exists():
    """A path names a test file; ``path::name`` or a following bare ``::name`` a test in it."""
    missing = []
    for section_id, body in sections().items():
        path = None
        for match in re.finditer(r"(tests/[\w/]+\.py)?::(\w+)|(tests/[\w/]+\.py)", body):
            if match.group(3) or match.group(1):
                path = match.group(3) or match.group(1)
                if not os.path.isfile(os.path.join(ROOT, path)):
                    missing.append("%s: %s" % (section_id, path))
                    path = None
                    continue
            name = match.group(2)
            if name is None:
                continue
            if path is None:
                missing.append("%s: ::%s names no file" % (section_id, name))
                continue
            with open(os.path.join(ROOT, path), encoding="utf-8") as fh:
                if "def %s(" % name not in fh.read():
                    missing.append("%s: %s::%s" % (section_id, path, name))
    assert not missing, missing
