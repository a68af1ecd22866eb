"""``zoho-crm records export``: every record of a module to CSV or JSON lines, resumable.

The way of reading is chosen from Zoho's limits: page tokens (100,000 records, 50 fields), search
for criteria (2,000 results), COQL for criteria (10,000 rows), and beyond those Bulk Read when
``--bulk`` allows it. Rows go to ``FILE.part``; after each page the bytes written and the cursor
are saved in ``FILE.checkpoint.json``, so ``--resume`` truncates the part file to the last page
saved and goes on from there (no row twice); the part file is renamed to FILE when complete.
"""
from __future__ import annotations

import argparse
import json
import os
import time
from typing import Any, Callable, Dict, Iterator, List, Optional

from . import connection, criteria as criteria_mod, sources
from .errors import CLIError, UsageError
from .progress import Progress
from .rows import Writer

METHODS = {"pages": "page tokens", "search": "search", "coql": "COQL", "bulk": "Bulk Read"}
EXAMPLES = """examples:
  zoho-crm records export Leads -o leads.csv
  zoho-crm records export Leads --fields Last_Name,Email,Owner -o leads.jsonl
  zoho-crm records export Deals --criteria "(Stage:equals:Closed Won)" -o won.csv
  zoho-crm records export Contacts --bulk -o contacts.csv        # Bulk Read when the limits need it
  zoho-crm records export Leads -o leads.csv --resume             # after an interruption

limits (Zoho's): page tokens reach 100,000 records and 50 fields; criteria go through search
(2,000 results) or COQL (10,000 rows); beyond, --bulk uses the Bulk Read API (or the command
stops and says why). Exit codes: 0 done, 1 Zoho/network failure, 2 usage error."""


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    records = commands.add_parser("records", help="export the records of a module",
                                  description="Read records in bulk.")
    verbs = records.add_subparsers(dest="verb", metavar="VERB", parser_class=type(records))
    export = verbs.add_parser("export", parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
                              epilog=EXAMPLES, help="every record of a module to CSV or JSON lines",
                              description="Export every record of MODULE (or those matching --criteria) to a file, "
                                          "with progress, resumable.")
    export.add_argument("module", metavar="MODULE", help="module API name, e.g. Leads")
    export.add_argument("-o", "--output", metavar="FILE", required=True,
                        help="file to write (written as FILE.part, renamed when complete)")
    export.add_argument("--fields", metavar="F1,F2,...",
                        help="field API names (default: every field the module's metadata lists)")
    export.add_argument("--criteria", metavar="EXPR",
                        help="Zoho search syntax, e.g. \"((Lead_Source:equals:Web)and(City:starts_with:Ber))\"")
    export.add_argument("--format", choices=("csv", "jsonl"),
                        help="output format (default: jsonl when FILE ends in .jsonl/.ndjson/.json, else csv)")
    export.add_argument("--bulk", action="store_true",
                        help="use the Bulk Read API when the export exceeds the limits of the other APIs")
    export.add_argument("--via", choices=tuple(METHODS),
                        help="force one way of reading (default: chosen from the limits)")
    export.add_argument("--resume", action="store_true",
                        help="continue an interrupted export of the same request from its checkpoint")
    export.set_defaults(run=run)


def run(args: argparse.Namespace) -> None:
    fmt = args.format or ("jsonl" if args.output.lower().endswith((".jsonl", ".ndjson", ".json")) else "csv")
    node = criteria_mod.parse(args.criteria) if args.criteria else None
    connection.connect(args)
    types = field_types(args.module)
    columns = ["id"] + _columns(args, types)
    unknown = [f for f in criteria_mod.fields(node) if f not in types and f != "id"] if node else []
    if unknown:
        raise UsageError(f"--criteria names fields {args.module} does not have: {', '.join(unknown)}")
    total = record_count(args.module, args.criteria)
    method = choose(args.module, total, len(columns) - 1, node is not None, args.bulk, args.via)
    Export(args, fmt, columns, types, node, method, total).run()


def field_types(module: str) -> Dict[str, str]:
    """api_name -> data_type for every field the module's metadata lists."""
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.fields import FieldsOperations, GetFieldsParam
    params = ParameterMap()
    params.add(GetFieldsParam.module, module)
    body = sources.call(lambda: FieldsOperations().get_fields(params), "ResponseWrapper", lambda _m: None)
    if body is None:
        raise UsageError(f"Zoho lists no fields for module {module!r}")
    return {f.get_api_name(): f.get_data_type() for f in body.get_fields() or [] if f.get_api_name()}


def _columns(args: argparse.Namespace, types: Dict[str, str]) -> List[str]:
    if not args.fields:
        return list(types)
    names = [n.strip() for n in args.fields.split(",") if n.strip()]
    unknown = [n for n in names if n.split(".")[0] not in types and n != "id"]
    if unknown:
        raise UsageError(f"{args.module} has no field {', '.join(unknown)} (its fields: {', '.join(types)})")
    return [n for n in dict.fromkeys(names) if n != "id"]


def record_count(module: str, expression: Optional[str]) -> int:
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordCountParam, RecordOperations
    params = ParameterMap()
    if expression:
        params.add(RecordCountParam.criteria, expression)
    body = sources.call(lambda: RecordOperations(module).record_count(params), "CountWrapper", lambda _m: None)
    return int(body.get_count() or 0) if body is not None else 0


def choose(module: str, total: int, n_fields: int, filtered: bool, allow_bulk: bool, via: Optional[str]) -> str:
    """The way of reading that fits Zoho's limits, or a UsageError saying why none does."""
    reach = {"pages": sources.PAGE_TOKEN_REACH, "search": sources.SEARCH_REACH, "coql": sources.COQL_REACH}
    if via is None:
        via_rest = ("search" if total <= sources.SEARCH_REACH else "coql") if filtered else "pages"
    else:
        via_rest = via
        if via == "pages" and filtered:
            raise UsageError("--via pages cannot filter: drop --criteria, or use --via search/coql/bulk")
        if via in ("search", "coql") and not filtered:
            raise UsageError(f"--via {via} needs --criteria")
    if via_rest == "bulk":
        return "bulk"
    why = []
    if n_fields > sources.MAX_FIELDS:
        why.append(f"{n_fields} fields (at most {sources.MAX_FIELDS} per call; pick some with --fields)")
    if total > reach[via_rest]:
        what = "matching records" if filtered else "records"
        why.append(f"{total:,} {what}, more than the {reach[via_rest]:,} {METHODS[via_rest]} can return")
    if not why:
        return via_rest
    if allow_bulk and via is None:
        return "bulk"
    hint = "" if via else "; add --bulk to use the Bulk Read API"
    raise UsageError(f"cannot export {module} with {METHODS[via_rest]}: " + " and ".join(why) + hint)


class Export:
    def __init__(self, args: argparse.Namespace, fmt: str, columns: List[str], types: Dict[str, str],
                 node: Any, method: str, total: int) -> None:
        self.args, self.fmt, self.columns, self.types = args, fmt, columns, types
        self.node, self.method, self.total = node, method, total
        self.output = os.path.abspath(args.output)
        self.part = self.output + ".part"
        self.checkpoint = self.output + ".checkpoint.json"
        self.key = {"module": args.module, "columns": columns, "criteria": args.criteria, "format": fmt,
                    "method": method}

    def source(self, cursor: Optional[dict], notify: Callable[[str], None]) -> Iterator[sources.Page]:
        module, columns = self.args.module, self.columns
        if self.method == "pages":
            return sources.pages(module, columns, cursor, notify)
        if self.method == "search":
            return sources.search(module, columns, self.args.criteria, cursor, notify)
        if self.method == "coql":
            return sources.coql(module, columns, criteria_mod.to_coql(self.node, self.types), cursor, notify)
        return sources.bulk(module, columns, self.node, self.types, cursor, notify)

    def run(self) -> None:
        state = self._resume_state()
        progress = Progress(f"{self.args.module} via {METHODS[self.method]}", self.total, state["rows"])
        started = time.monotonic()
        restarted = False
        with open(self.part, "r+" if state["size"] else "w", encoding="utf-8", newline="") as handle:
            writer = Writer(handle, self.columns, self.fmt)
            if state["size"]:
                handle.seek(state["size"])
                handle.truncate()  # a page written after the last checkpoint is written again
            else:
                writer.header()
                state = self._save(handle, None, 0)
            while True:
                try:
                    self._copy(handle, writer, state, progress)
                    break
                except sources.Restart as why:
                    if restarted:
                        raise CLIError(f"Zoho forgot the export's position twice ({why}); giving up")
                    restarted = True
                    progress.note(f"Zoho no longer knows the position ({why}): restarting the export")
                    handle.seek(0)
                    handle.truncate()
                    writer.header()
                    state = self._save(handle, None, 0)
                    progress.done = progress.start_done = 0
        progress.finish()
        os.replace(self.part, self.output)
        os.remove(self.checkpoint)
        elapsed = time.monotonic() - started
        rate = (state["rows"] - progress.start_done) / elapsed if elapsed > 0 else 0.0
        print(f"exported {state['rows']:,} {self.args.module} records to {self.args.output} "
              f"via {METHODS[self.method]} in {elapsed:.1f}s ({rate:,.0f} records/s)", flush=True)

    def _copy(self, handle: Any, writer: Writer, state: Dict[str, Any], progress: Progress) -> None:
        """Write pages from the checkpointed cursor on, saving the checkpoint after each."""
        if state["done"]:
            return
        for rows, cursor in self.source(state["cursor"], progress.note):
            written = writer.write(rows)
            state.update(self._save(handle, cursor, state["rows"] + written))
            self.args._saved_rows = state["rows"]
            progress.advance(written)
            if cursor is None:
                break

    def _save(self, handle: Any, cursor: Optional[dict], rows: int) -> Dict[str, Any]:
        handle.flush()
        os.fsync(handle.fileno())
        state = {"key": self.key, "cursor": cursor, "rows": rows, "size": handle.tell(),
                 "done": cursor is None and rows > 0}
        temp = self.checkpoint + ".tmp"
        with open(temp, "w", encoding="utf-8") as out:
            json.dump(state, out)
        os.replace(temp, self.checkpoint)
        return state

    def _resume_state(self) -> Dict[str, Any]:
        fresh = {"cursor": None, "rows": 0, "size": 0, "done": False}
        if not self.args.resume:
            return fresh
        try:
            with open(self.checkpoint, encoding="utf-8") as handle:
                state = json.load(handle)
        except FileNotFoundError:
            print(f"no checkpoint for {self.args.output}: starting from the beginning", flush=True)
            return fresh
        except ValueError as error:
            raise CLIError(f"unreadable checkpoint {self.checkpoint}: {error}") from error
        if state.get("key") != self.key:
            raise UsageError(f"{self.checkpoint} belongs to another export ({_describe(state.get('key'))}); "
                             "repeat that command, or drop --resume to start over")
        if not os.path.exists(self.part) or os.path.getsize(self.part) < state["size"]:
            raise CLIError(f"{self.part} is missing or shorter than its checkpoint says; drop --resume to start over")
        return state


def _describe(key: Any) -> str:
    if not isinstance(key, dict):
        return "unknown"
    method = str(key.get("method"))
    return f"{key.get('module')} as {key.get('format')} via {METHODS.get(method, method)}"
