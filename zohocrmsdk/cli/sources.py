"""The four ways to read a module, each yielding ``(rows, cursor)`` pages.

The cursor (JSON-able) says where the next page starts, so an interrupted export resumes from
the last one written; ``None`` means done. Every call goes through ``call()``, which backs off
on concurrency 429s and stops on credit exhaustion.
"""
from __future__ import annotations

import tempfile
import threading
import time
import zipfile
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from . import criteria as criteria_mod, rows as rows_mod
from .errors import CLIError, api_error, text

Page = Tuple[List[Dict[str, Any]], Optional[Dict[str, Any]]]

PER_PAGE = 200
PAGE_TOKEN_REACH = 100_000   # records page tokens reach
SEARCH_REACH = 2_000         # search results reachable
COQL_REACH = 10_000          # COQL rows reachable through LIMIT/OFFSET
COQL_PAGE = 2_000            # rows per COQL call
MAX_FIELDS = 50              # fields per get_records/search/COQL call
BULK_CHECKPOINT_ROWS = 2_000
CLI_BACKOFF_ROUNDS = 6       # after the SDK's own retries


class Restart(Exception):
    """The server forgot our cursor (expired page token, vanished job): start again cleanly."""


def call(operation: Callable[[], Any], expect: str, notify: Callable[[str], None], restart_on: str = "") -> Any:
    """The body of a successful call (None for 204), backing off on concurrency 429s.

    ``restart_on``: the error code meaning the server forgot the cursor (raises Restart)."""
    for round_ in range(CLI_BACKOFF_ROUNDS + 1):
        response = operation()
        body = response.get_object() if response is not None else None
        if body is None:
            return None
        if type(body).__name__ != "APIException":
            if type(body).__name__ != expect:
                raise CLIError(f"unexpected answer from Zoho: {type(body).__name__}")
            return body
        status, headers = response.get_status_code(), response.get_headers() or {}
        code = text(body.get_code())
        if restart_on and code == restart_on:
            raise Restart(code)
        if status != 429 or _credits_exhausted(headers, body) or round_ == CLI_BACKOFF_ROUNDS:
            error = api_error(body, status, headers)
            if status == 429 and _credits_exhausted(headers, body):
                error = CLIError(f"Zoho API credits exhausted for the day; stopped. {error}")
            raise error
        wait = min(2.0 ** round_, 60.0)
        notify(f"Zoho answered 429 (concurrency limit); backing off {wait:.0f}s")
        time.sleep(wait)
    raise AssertionError("unreachable")


def _credits_exhausted(headers: Dict[str, str], body: Any) -> bool:
    remaining = {k.lower(): v for k, v in headers.items()}.get("x-api-credits-remaining")
    if remaining is not None:
        try:
            return int(float(remaining)) <= 0
        except ValueError:
            return False
    return "credit" in text(body.get_message()).lower()


def pages(module: str, columns: List[str], cursor: Optional[dict], notify: Callable[[str], None]) -> Iterator[Page]:
    """get_records: ``page`` for the first 2,000 records, then ``page_token``.

    The next page is requested as soon as its cursor is known, so Zoho's time for it overlaps
    the conversion and writing of this one."""
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import GetRecordsParam, RecordOperations
    from zohocrmsdk.src.com.zoho.crm.api.record.paging import PAGE_LIMIT
    operations = RecordOperations(module)

    def fetch(at: dict) -> Any:
        params = ParameterMap()
        params.add(GetRecordsParam.fields, ",".join(c for c in columns if c != "id"))
        params.add(GetRecordsParam.per_page, PER_PAGE)
        if "page_token" in at:
            params.add(GetRecordsParam.page_token, at["page_token"])
        else:
            params.add(GetRecordsParam.page, at["page"])
        return call(lambda: operations.get_records(params), "ResponseWrapper", notify, "EXPIRED_VALUE")

    cursor = cursor or {"page": 1}
    pending = _Ahead(fetch, cursor)
    while True:
        body = pending.result()
        if body is None:
            return
        records = body.get_data() or []
        info = body.get_info()
        after = None
        if records and info is not None and info.get_more_records():
            if "page" in cursor and cursor["page"] * PER_PAGE < PAGE_LIMIT:
                after = {"page": cursor["page"] + 1}
            elif info.get_next_page_token():
                after = {"page_token": info.get_next_page_token()}
        if after is not None:
            pending = _Ahead(fetch, after)
        yield [rows_mod.from_record(r, columns) for r in records], after
        if after is None:
            return
        cursor = after


class _Ahead:
    """One call running in a daemon thread (never holding up exit); ``result()`` waits for it
    and re-raises what it raised."""

    def __init__(self, function: Callable[[dict], Any], argument: dict) -> None:
        self._outcome: List[Any] = []
        self._thread = threading.Thread(target=self._run, args=(function, argument), daemon=True)
        self._thread.start()

    def _run(self, function: Callable[[dict], Any], argument: dict) -> None:
        try:
            self._outcome[:] = [True, function(argument)]
        except BaseException as error:  # handed to the caller's thread
            self._outcome[:] = [False, error]

    def result(self) -> Any:
        while self._thread.is_alive():
            self._thread.join(0.2)  # in slices, so Ctrl-C reaches the main thread
        ok, value = self._outcome
        if not ok:
            raise value
        return value


def search(module: str, columns: List[str], expression: str, cursor: Optional[dict],
           notify: Callable[[str], None]) -> Iterator[Page]:
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, SearchRecordsParam
    operations = RecordOperations(module)
    page = (cursor or {"page": 1})["page"]
    while True:
        params = ParameterMap()
        params.add(SearchRecordsParam.criteria, expression)
        params.add(SearchRecordsParam.fields, ",".join(c for c in columns if c != "id"))
        params.add(SearchRecordsParam.per_page, PER_PAGE)
        params.add(SearchRecordsParam.page, page)
        body = call(lambda: operations.search_records(params), "ResponseWrapper", notify)
        if body is None:
            return
        rows = [rows_mod.from_record(r, columns) for r in body.get_data() or []]
        info = body.get_info()
        more = bool(rows and info is not None and info.get_more_records() and page * PER_PAGE < SEARCH_REACH)
        yield rows, ({"page": page + 1} if more else None)
        if not more:
            return
        page += 1


def coql(module: str, columns: List[str], where: str, cursor: Optional[dict],
         notify: Callable[[str], None]) -> Iterator[Page]:
    select = ", ".join(c for c in columns if c != "id") or "id"
    offset = (cursor or {"offset": 0})["offset"]
    while True:
        query = f"select {select} from {module} where {where} order by id asc limit {offset}, {COQL_PAGE}"
        records, more = coql_page(query, notify)
        rows = [rows_mod.from_record(r, columns) for r in records]
        offset += COQL_PAGE
        more = bool(rows and more and offset < COQL_REACH)
        yield rows, ({"offset": offset} if more else None)
        if not more:
            return


def coql_page(query: str, notify: Callable[[str], None]) -> Tuple[List[Any], bool]:
    """One COQL call: its records and whether Zoho has more."""
    from zohocrmsdk.src.com.zoho.crm.api.coql import BodyWrapper, CoqlOperations
    request = BodyWrapper()
    request.set_select_query(query)
    body = call(lambda: CoqlOperations().get_records(request), "ResponseWrapper", notify)
    if body is None:
        return [], False
    info = body.get_info()
    return list(body.get_data() or []), bool(info is not None and info.get_more_records())


def bulk(module: str, columns: List[str], node: Any, types: Dict[str, str], cursor: Optional[dict],
         notify: Callable[[str], None], poll: float = 0.5) -> Iterator[Page]:
    """Bulk Read: a job per 200,000 records; poll, download the zip, stream its CSV."""
    cursor = dict(cursor or {"page": 1})
    while True:
        if "job" not in cursor:
            cursor = {"job": _create_job(module, columns, node, types, cursor["page"], notify),
                      "page": cursor["page"], "row": 0}
            yield [], dict(cursor)  # checkpoint the job before waiting for it
        result = _wait(cursor["job"], notify, poll)
        more = bool(result.get_more_records())
        batch: List[Dict[str, Any]] = []
        row = 0
        with _download(cursor["job"], notify) as csv_text:
            for record in rows_mod.read_bulk_csv(csv_text, types):
                row += 1
                if row <= cursor["row"]:
                    continue  # written before the interruption
                batch.append(record)
                if len(batch) == BULK_CHECKPOINT_ROWS:
                    yield batch, dict(cursor, row=row)
                    batch = []
        after = {"page": cursor["page"] + 1} if more else None
        yield batch, after
        if after is None:
            return
        cursor = after


def _create_job(module: str, columns: List[str], node: Any, types: Dict[str, str], page: int,
                notify: Callable[[str], None]) -> str:
    from zohocrmsdk.src.com.zoho.crm.api.bulk_read import BodyWrapper, BulkReadOperations, Query
    from zohocrmsdk.src.com.zoho.crm.api.modules import MinifiedModule
    query = Query()
    ref = MinifiedModule()
    ref.set_api_name(module)
    query.set_module(ref)
    query.set_fields([c for c in columns if c != "id"])
    query.set_page(page)
    if node is not None:
        query.set_criteria(criteria_mod.to_bulk(node, types))
    request = BodyWrapper()
    request.set_query(query)
    body = call(lambda: BulkReadOperations().create_bulk_read_job(request), "ActionWrapper", notify)
    if body is None:
        raise CLIError("Zoho answered the bulk read job request with no content")
    answer = (body.get_data() or [None])[0]
    if answer is None or type(answer).__name__ != "SuccessResponse":
        raise api_error(answer) if answer is not None else CLIError("bulk read job not created")
    job = str(answer.get_details()["id"])
    notify(f"bulk read job {job} created (page {page})")
    return job


def _wait(job: str, notify: Callable[[str], None], poll: float) -> Any:
    from zohocrmsdk.src.com.zoho.crm.api.bulk_read import BulkReadOperations
    started, delay = time.monotonic(), poll
    while True:
        body = call(lambda: BulkReadOperations().get_bulk_read_job_details(int(job)), "ResponseWrapper", notify,
                    "RESOURCE_NOT_FOUND")
        detail = (body.get_data() or [None])[0] if body is not None else None
        if detail is None:
            raise Restart("RESOURCE_NOT_FOUND")
        state = text(detail.get_state())
        if state == "COMPLETED":
            return detail.get_result()
        if state == "FAILURE":
            raise CLIError(f"bulk read job {job} failed at Zoho")
        notify(f"bulk read job {job}: {state} ({time.monotonic() - started:.0f}s)")
        time.sleep(delay)
        delay = min(delay * 1.5, 10.0)


class _download:
    """The job's CSV as a text stream, spooled through a temporary zip file."""

    def __init__(self, job: str, notify: Callable[[str], None]) -> None:
        self.job, self.notify = job, notify

    def __enter__(self) -> Any:
        from zohocrmsdk.src.com.zoho.crm.api.bulk_read import BulkReadOperations
        body = call(lambda: BulkReadOperations().download_result(int(self.job)), "FileBodyWrapper", self.notify,
                    "RESOURCE_NOT_FOUND")
        if body is None or body.get_file() is None:
            raise CLIError(f"bulk read job {self.job}: the result has no file")
        self.spool = tempfile.TemporaryFile()
        stream = body.get_file().get_stream()
        chunks = stream.iter_content(1 << 16) if hasattr(stream, "iter_content") else iter(lambda: stream.read(1 << 16), b"")
        for chunk in chunks:
            self.spool.write(chunk)
        self.spool.seek(0)
        try:
            self.archive = zipfile.ZipFile(self.spool)
            member = next(n for n in self.archive.namelist() if not n.endswith("/"))
        except (zipfile.BadZipFile, StopIteration) as error:
            raise CLIError(f"bulk read job {self.job}: the result is not a zip holding a CSV") from error
        self.text = rows_mod.text_stream(self.archive.open(member))
        return self.text

    def __exit__(self, *exc: Any) -> None:
        self.text.close()
        self.archive.close()
        self.spool.close()
