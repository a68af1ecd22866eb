"""``zoho-crm coql "select ..."``: a table, or JSON lines with ``--json``.

A query without ``limit`` is paged 2,000 rows a call up to the 10,000 rows COQL reaches; with
its own ``limit``/``offset`` it is sent as written (one call).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any, Dict, List

from . import connection, sources
from .auth import table
from .errors import UsageError
from .rows import cell, plain

EXAMPLES = """examples:
  zoho-crm coql "select Last_Name, Email from Leads where Lead_Source = 'Partner'"
  zoho-crm coql --json "select Deal_Name, Amount from Deals where Amount > 1000 order by Amount desc"
  zoho-crm coql "select Last_Name from Contacts where Last_Name is not null limit 10" --emulator http://127.0.0.1:8000"""


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    command = commands.add_parser("coql", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
                                  epilog=EXAMPLES, help="run a COQL query and print the rows",
                                  description="Run a COQL select query. Without a limit clause every row is "
                                              f"read, {sources.COQL_PAGE:,} per call, up to the "
                                              f"{sources.COQL_REACH:,} COQL reaches.")
    command.add_argument("query", metavar="QUERY", help="select COLUMNS from MODULE where ...")
    command.add_argument("--json", action="store_true", help="print JSON lines instead of a table")
    command.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    query = args.query.strip().rstrip(";")
    if not re.match(r"(?is)^select\s", query):
        raise UsageError("COQL queries start with `select`")
    connection.connect(args)
    columns = _columns(query)
    rows = list(_rows(query, columns))
    if args.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif rows:
        print(table([columns] + [[cell(row.get(c)) for c in columns] for row in rows]))
    print(f"{len(rows):,} row{'s' if len(rows) != 1 else ''}", file=sys.stderr)


def _columns(query: str) -> List[str]:
    match = re.match(r"(?is)^select\s+(.*?)\s+from\s", query)
    if not match:
        raise UsageError("expected `select COLUMNS from MODULE ...`")
    names = [c.strip() for c in match.group(1).split(",") if c.strip()]
    return (["id"] if "id" not in names else []) + names


def _rows(query: str, columns: List[str]) -> Any:
    notify = lambda message: print(message, file=sys.stderr)  # noqa: E731
    paged = not re.search(r"(?i)\blimit\s+\d", query)
    offset = 0
    while True:
        sent = f"{query} limit {offset}, {sources.COQL_PAGE}" if paged else query
        records, more = sources.coql_page(sent, notify)
        for record in records:
            yield _row(record, columns)
        offset += sources.COQL_PAGE
        if not (paged and more and records and offset < sources.COQL_REACH):
            return


def _row(record: Any, columns: List[str]) -> Dict[str, Any]:
    values = record.get_key_values()
    return {c: plain(values.get(c)) if c != "id" else str(record.get_id()) for c in columns}
