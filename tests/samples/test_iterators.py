"""RecordOperations.iter_records / iter_deleted_records (our addition) against the emulator.

3,000 leads are seeded through the emulator's Python API; the iterator must read each exactly
once, using ``page`` for the first 2,000 (10 requests of 200) and ``page_token`` after that, and
must be lazy: it asks for a page only when the previous one has been consumed.
"""
import itertools
import os
import tempfile
import threading

import pytest

from zohocrmsdk.emulator.testing import Emulator
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.record import (DeletedRecord, GetDeletedRecordsParam, GetRecordsParam, Record,
                                                     RecordOperations)

LEADS = 3000


class RequestLog(object):
    """Wraps the emulator app's handler and records (method, path, query) of every request."""

    def __init__(self, app):
        self._handle = app.handle
        self._lock = threading.Lock()
        self.entries = []
        app.handle = self

    def __call__(self, req):
        with self._lock:
            self.entries.append((req.method, req.path, dict(req.query)))
        return self._handle(req)

    def get(self, path_suffix):
        with self._lock:
            return [q for method, path, q in self.entries if method == "GET" and path.endswith(path_suffix)]


@pytest.fixture(scope="module")
def emu():
    with Emulator.running() as emulator:
        work = tempfile.mkdtemp(prefix="zoho-iterators-")
        code = emulator.grant_code("1000.ITER", "iter-secret", "https://example.com/cb")
        token = OAuthToken(client_id="1000.ITER", client_secret="iter-secret", grant_token=code,
                           redirect_url="https://example.com/cb")
        Initializer.initialize(emulator.environment(), token, store=FileStore(os.path.join(work, "tokens.txt")),
                               resource_path=work)
        engine = emulator.app.records
        with emulator.app.state.tx():
            for index in range(LEADS):
                engine.insert("Leads", engine._prepare("Leads", {"Last_Name": "Lead {:04d}".format(index),
                                                                 "Company": "Iter Co"}, 0, None))
        yield emulator


@pytest.fixture
def log(emu):
    recorder = RequestLog(emu.app)
    yield recorder
    emu.app.handle = recorder._handle


def fields(*extra):
    params = ParameterMap()
    params.add(GetRecordsParam.fields, "Last_Name,Company")
    for param, value in extra:
        params.add(param, value)
    return params


def test_iter_records_reads_every_record_once(emu, log):
    seeded = {int(r["id"]) for r in emu.app.state.all_records("Leads")}
    assert len(seeded) == LEADS

    seen = []
    for record in RecordOperations("Leads").iter_records(fields()):
        assert isinstance(record, Record)
        seen.append(record.get_id())
    assert len(seen) == LEADS
    assert len(set(seen)) == LEADS
    assert set(seen) == seeded

    queries = log.get("/crm/v6/Leads")
    assert [q.get("page") for q in queries[:10]] == [str(n) for n in range(1, 11)]
    assert all("page_token" not in q for q in queries[:10])
    tail = queries[10:]
    assert len(tail) == 5  # records 2001..3000, 200 per page
    assert all(q.get("page_token") and "page" not in q for q in tail)
    assert len({q["page_token"] for q in tail}) == 5
    assert all(q.get("fields") == "Last_Name,Company" for q in queries)


def test_iter_records_holds_one_page_at_a_time(emu, log):
    records = RecordOperations("Leads").iter_records(fields())
    assert log.get("/crm/v6/Leads") == []  # nothing fetched before the first next()
    next(records)
    assert len(log.get("/crm/v6/Leads")) == 1
    list(itertools.islice(records, 199))  # rest of page 1
    assert len(log.get("/crm/v6/Leads")) == 1
    next(records)  # first record of page 2
    assert len(log.get("/crm/v6/Leads")) == 2
    records.close()


def test_iter_records_honours_per_page_and_filters(emu, log):
    ids = [r["id"] for r in emu.app.state.all_records("Leads")[:7]]
    got = [r.get_id() for r in RecordOperations("Leads").iter_records(
        fields((GetRecordsParam.ids, ",".join(ids)), (GetRecordsParam.per_page, 3)))]
    assert sorted(got) == sorted(int(i) for i in ids)
    assert [q.get("page") for q in log.get("/crm/v6/Leads")] == ["1", "2", "3"]
    assert all(q.get("per_page") == "3" for q in log.get("/crm/v6/Leads"))


def test_iter_deleted_records_pages_through_the_recycle_bin(emu, log):
    victims = [int(r["id"]) for r in emu.app.state.all_records("Leads")[-450:]]
    operations = RecordOperations("Leads")
    for start in range(0, len(victims), 100):
        response = operations.delete_records(_ids(victims[start:start + 100]))
        assert response.get_status_code() == 200
    params = ParameterMap()
    params.add(GetDeletedRecordsParam.type, "recycle")
    deleted = list(operations.iter_deleted_records(params))
    assert all(isinstance(entry, DeletedRecord) for entry in deleted)
    assert len(deleted) == len(victims)
    assert sorted(entry.get_id() for entry in deleted) == sorted(victims)
    assert {entry.get_type() for entry in deleted} == {"recycle"}
    assert [q.get("page") for q in log.get("/crm/v6/Leads/deleted")] == ["1", "2", "3"]
    assert all(q.get("type") == "recycle" for q in log.get("/crm/v6/Leads/deleted"))
    remaining = sum(1 for _ in operations.iter_records(fields()))
    assert remaining == LEADS - len(victims)


def test_iter_deleted_records_on_an_empty_bin(emu):
    assert list(RecordOperations("Contacts").iter_deleted_records()) == []


def _ids(ids):
    from zohocrmsdk.src.com.zoho.crm.api.record import DeleteRecordsParam
    params = ParameterMap()
    params.add(DeleteRecordsParam.ids, ",".join(str(i) for i in ids))
    return params
