"""Package metadata: what pip installs and shows, and the README sentence that describes it."""
import importlib.metadata
import os
import re

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def requirements():
    """(name, extra or None) for each requirement of the installed distribution."""
    found = []
    for line in importlib.metadata.requires("zohocrmsdk6_0") or []:
        name = re.match(r"[A-Za-z0-9_.-]+", line).group(0).lower()
        extra = re.search(r"extra\s*==\s*['\"]([^'\"]+)['\"]", line)
        found.append((name, extra.group(1) if extra else None))
    return found


def test_only_requests_and_dateutil_are_required_mysql_is_an_extra():
    assert sorted(name for name, extra in requirements() if extra is None) == ["python-dateutil", "requests"]
    assert ("mysql-connector-python", "mysql") in requirements()
    assert ("mysql-connector-python", "test") in requirements()


def test_the_readme_names_the_same_dependencies():
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    assert "Requires Python 3.9+, `requests` and `python-dateutil`. `DBStore` also needs\n`mysql-connector-python`" \
        in readme
    assert 'pip install ".[mysql]"' in readme
    assert importlib.metadata.metadata("zohocrmsdk6_0")["Requires-Python"] == ">=3.9"


def test_pip_show_has_a_home_page_and_authors():
    meta = importlib.metadata.metadata("zohocrmsdk6_0")
    urls = dict(entry.split(", ", 1) for entry in meta.get_all("Project-URL") or [])
    assert urls["Homepage"].startswith("https://")
    assert meta["Author"] or meta["Author-email"]
