"""One benchmark workload, run once, in whatever interpreter executes this file.

    python workloads.py CONTENDER WORKLOAD BASE_URL WORK_DIR [key=value ...]

CONTENDER is ``sdk`` (whichever ``zohocrmsdk`` this interpreter imports: the official wheel in its venv,
or ours from the repository) or ``floor`` (plain requests + json). The result is one line on stdout,
``BENCHRESULT {json}``; anything else printed (SDK log noise) is ignored by run.py.

Options: ``min_seconds`` (measuring window per workload, default 1.5), ``threads`` (W5, 8),
``calls`` (W5 calls per thread, 50), ``w5_per_page`` (records per W5 call, 10).

Only json, os, sys and time are imported at the top; requests and the SDK pieces a workload needs are
imported inside it, so W1 measures exactly what it claims.
"""
import json
import os
import sys
import time

CLIENT_ID = "1000.BENCHCLIENT"
CLIENT_SECRET = "bench-secret"
MAIN_REFRESH = "1000.bench.main"  # the stub derives the user from the refresh token's last part


def peak_rss_mib():
    """This process's own peak RSS (VmHWM). Unlike the parent's rusage, it excludes pre-exec pages."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except (OSError, ValueError, IndexError):
        pass
    return None


def emit(**result):
    result["vmhwm_mib"] = peak_rss_mib()
    sys.stdout.write("BENCHRESULT " + json.dumps(result, default=str) + "\n")
    sys.stdout.flush()


# --------------------------------------------------------------------------- value walking
# Both contenders must touch every decoded value. SDK objects are walked through their public getters,
# found once per class (a cost both SDKs share equally), and records through get_key_values().

_getters = {}
_LEAVES = None


def _leaf_types():
    import datetime
    return (str, int, float, bool, type(None), datetime.datetime, datetime.date, datetime.time)


def _getter_names(cls):
    names = _getters.get(cls)
    if names is None:
        import inspect
        names = []
        if not hasattr(cls, "get_key_values"):
            for name in dir(cls):
                if not name.startswith("get_"):
                    continue
                fn = getattr(cls, name, None)
                if not callable(fn):
                    continue
                try:
                    params = list(inspect.signature(fn).parameters.values())[1:]
                except (TypeError, ValueError):
                    continue
                if all(p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
                    names.append(name)
        _getters[cls] = names
    return names


def walk(value):
    """Touch every value reachable from ``value``; return how many leaves were seen."""
    global _LEAVES
    if _LEAVES is None:
        _LEAVES = _leaf_types()
    if isinstance(value, _LEAVES):
        return 1
    if isinstance(value, (list, tuple)):
        return sum(walk(v) for v in value)
    if isinstance(value, dict):
        return sum(walk(v) for v in value.values())
    if hasattr(value, "get_key_values"):  # Record and its subclasses
        return walk(value.get_key_values())
    n = 0
    for name in _getter_names(type(value)):
        n += walk(getattr(value, name)())
    return n


def timed_loop(fn, min_seconds, min_calls=3):
    """Call fn() until both bounds are met; return (calls, items, seconds)."""
    calls = items = 0
    start = time.perf_counter()
    while True:
        items += fn()
        calls += 1
        elapsed = time.perf_counter() - start
        if calls >= min_calls and elapsed >= min_seconds:
            return calls, items, elapsed


# --------------------------------------------------------------------------- SDK contender

def sdk_environment(base):
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    return DataCenter.Environment(base, base + "/oauth/v2/token", base)


def sdk_init(base, work):
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    token = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=MAIN_REFRESH)
    Initializer.initialize(environment=sdk_environment(base), token=token,
                           store=FileStore(os.path.join(work, "sdk_tokens.txt")), resource_path=work)


def sdk_object(response, expected):
    """The decoded object, or an exception that says why there is none."""
    if response is None:
        raise RuntimeError("SDK returned no response (an SDKException was swallowed)")
    obj = response.get_object()
    if not isinstance(obj, expected):
        detail = obj
        if hasattr(obj, "get_code") and hasattr(obj, "get_message"):
            code = obj.get_code()
            detail = "%s: %s" % (getattr(code, "get_value", lambda: code)(), obj.get_message())
        raise RuntimeError("HTTP %s, got %s (%s)" % (response.get_status_code(), type(obj).__name__, detail))
    return obj


def sdk_read(ops_module):
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, ResponseWrapper
    ops = RecordOperations(ops_module)

    def once():
        wrapper = sdk_object(ops.get_records(), ResponseWrapper)
        records = wrapper.get_data()
        for rec in records:
            walk(rec.get_key_values())
        walk(wrapper.get_info())
        return len(records)
    return once


def sdk_leaves_per_page():
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, ResponseWrapper
    wrapper = sdk_object(RecordOperations("Leads").get_records(), ResponseWrapper)
    return sum(walk(r.get_key_values()) for r in wrapper.get_data())


def sdk_w1(base, work, opts):
    t0 = time.perf_counter()
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer  # noqa: F401
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken  # noqa: F401
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore  # noqa: F401
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter  # noqa: F401
    from zohocrmsdk.src.com.zoho.crm.api import record  # noqa: F401
    t1 = time.perf_counter()
    sdk_init(base, work)
    t2 = time.perf_counter()
    return {"import_ms": (t1 - t0) * 1e3, "init_ms": (t2 - t1) * 1e3, "modules": len(sys.modules)}


def sdk_w2(base, work, opts):
    sdk_init(base, work)
    once = sdk_read("Leads")
    once()  # warm-up: fetches and caches the Leads field metadata (and the modules it refers to)
    calls, items, secs = timed_loop(once, opts["min_seconds"])
    return {"value": items / secs, "calls": calls, "leaves_per_page": sdk_leaves_per_page()}


def sdk_build_records(n):
    import datetime
    from zohocrmsdk.src.com.zoho.crm.api.record import Record, Field
    from zohocrmsdk.src.com.zoho.crm.api.util import Choice
    from zohocrmsdk.src.com.zoho.crm.api.users import MinifiedUser
    from stub_server import PICKLISTS
    tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
    L = Field.Leads
    records = []
    for i in range(n):
        r = Record()
        r.add_field_value(L.last_name(), "Bench-%d" % i)
        r.add_field_value(L.first_name(), "Ada")
        r.add_field_value(L.company(), "Zylker %d" % i)
        r.add_field_value(L.email(), "ada%d@example.com" % i)
        r.add_field_value(L.secondary_email(), "ada.alt%d@example.com" % i)
        r.add_field_value(L.phone(), "+1 555 0100 %04d" % i)
        r.add_field_value(L.mobile(), "+1 555 0199 %04d" % i)
        r.add_field_value(L.website(), "https://zylker%d.example" % i)
        r.add_field_value(L.designation(), "CTO")
        r.add_field_value(L.street(), "%d Main St" % i)
        r.add_field_value(L.city(), "Austin")
        r.add_field_value(L.state(), "TX")
        r.add_field_value(L.zip_code(), "73301")
        r.add_field_value(L.country(), "USA")
        r.add_field_value(L.description(), "Created by the benchmark, record %d." % i)
        r.add_field_value(L.annual_revenue(), 125000.5 + i)
        r.add_field_value(L.no_of_employees(), 40 + i)
        r.add_field_value(L.email_opt_out(), i % 2 == 0)
        r.add_field_value(L.salutation(), Choice(PICKLISTS["Salutation"][i % 5]))
        r.add_field_value(L.lead_status(), Choice(PICKLISTS["Lead_Status"][i % 8]))
        r.add_field_value(L.lead_source(), Choice(PICKLISTS["Lead_Source"][i % 14]))
        r.add_field_value(L.industry(), Choice(PICKLISTS["Industry"][i % 15]))
        r.add_field_value(L.rating(), Choice(PICKLISTS["Rating"][i % 5]))
        owner = MinifiedUser()
        owner.set_id(5725767000001000090)
        r.add_field_value(L.owner(), owner)
        r.add_key_value("Birth_Date", datetime.date(1980 + i % 30, 1 + i % 12, 1 + i % 28))
        r.add_key_value("Preferred_Call_Time", datetime.datetime(2024, 3, 4, 5, 6, 7, tzinfo=tz))
        r.add_key_value("Interests", [Choice("Cloud"), Choice("CRM")])
        account = Record()
        account.add_key_value("id", 5725767000001508000 + i)
        r.add_key_value("Referred_By", account)
        r.add_key_value("Discount_Pct", 12.5)
        r.add_key_value("Loyalty_ID", 100000000000 + i)
        records.append(r)
    return records


def sdk_w3(base, work, opts):
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, BodyWrapper, ActionWrapper
    sdk_init(base, work)
    ops = RecordOperations("Leads")
    n = 100

    def once():
        body = BodyWrapper()
        body.set_data(sdk_build_records(n))
        wrapper = sdk_object(ops.create_records(body), ActionWrapper)
        results = wrapper.get_data()
        if len(results) != n:
            raise RuntimeError("server saw %d records, expected %d" % (len(results), n))
        walk(results)
        return n
    once()
    calls, items, secs = timed_loop(once, opts["min_seconds"])
    return {"value": items / secs, "calls": calls}


def sdk_w4(base, work, opts):
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, DeletedRecordsWrapper
    sdk_init(base, work)
    ops = RecordOperations("Leads")

    def once():
        wrapper = sdk_object(ops.get_deleted_records(), DeletedRecordsWrapper)
        entries = wrapper.get_data()
        walk(entries)
        walk(wrapper.get_info())
        return len(entries)
    once()
    calls, items, secs = timed_loop(once, opts["min_seconds"])
    return {"value": items / secs, "calls": calls}


def sdk_w5(base, work, opts):
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.crm.api import ParameterMap
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, ResponseWrapper, GetRecordsParam
    sdk_init(base, work)
    per_page = opts["w5_per_page"]

    def call(ops):
        params = ParameterMap()  # a fresh map per call: the official SDK mutates the one it is given
        params.add(GetRecordsParam.per_page, per_page)
        wrapper = sdk_object(ops.get_records(params), ResponseWrapper)
        for rec in wrapper.get_data():
            walk(rec.get_key_values())

    def setup(k):
        # Official switch_user does not inherit the token: each thread passes its own.
        token = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token="1000.bench.t%d" % k)
        Initializer.switch_user(token=token)
        return RecordOperations("Leads")
    return threaded_run(base, opts, setup, call)


def threaded_run(base, opts, setup, call):
    """Shared W5 driver: each thread sets up its user and warms up, then all run the timed calls together."""
    import threading
    threads, calls = opts["threads"], opts["calls"]
    before = stats(base)
    gate = threading.Barrier(threads + 1)
    done = [0] * threads
    errors = []
    lock = threading.Lock()

    def fail(k, e):
        with lock:
            errors.append("thread %d: %s: %s" % (k, type(e).__name__, e))

    def worker(k):
        ctx = None
        try:
            ctx = setup(k)
            call(ctx)  # warm-up: this user's token, user lookup and field metadata
        except Exception as e:  # noqa: BLE001 - record, keep the others running
            fail(k, e)
        try:
            gate.wait(timeout=120)
        except threading.BrokenBarrierError:
            return
        if ctx is None:
            return
        for _ in range(calls):
            try:
                call(ctx)
                done[k] += 1
            except Exception as e:  # noqa: BLE001
                fail(k, e)

    pool = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(threads)]
    for t in pool:
        t.start()
    gate.wait(timeout=120)
    start = time.perf_counter()
    for t in pool:
        t.join(timeout=300)
    secs = time.perf_counter() - start
    after = stats(base)
    ok = sum(done)
    return {"value": ok / secs if secs else 0.0, "ok_calls": ok, "expected_calls": threads * calls,
            "errors": len(errors), "first_errors": errors[:3],
            "token_requests": after["token_requests"] - before["token_requests"],
            "requests": after["requests"] - before["requests"], "users": threads}


def sdk_w6(base, work, opts):
    import gc
    import tracemalloc
    from zohocrmsdk.src.com.zoho.crm.api.record import RecordOperations, ResponseWrapper
    sdk_init(base, work)
    ops = RecordOperations("Leads")
    sdk_object(ops.get_records(), ResponseWrapper)  # warm-up: metadata cached, lazy imports done
    gc.collect()
    tracemalloc.start()
    wrapper = sdk_object(ops.get_records(), ResponseWrapper)
    records = wrapper.get_data()
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"value": peak / 1024.0, "retained_kib": current / 1024.0, "records": len(records)}


# --------------------------------------------------------------------------- floor contender
# The least a correct client must do: the same HTTP calls with requests, json decoding, and typed values
# (aware datetimes, dates, int ids) for every field, driven by the same field metadata.

class Floor:
    def __init__(self, base, refresh=MAIN_REFRESH):
        import requests
        self.base = base
        self.http = requests.Session()
        r = self.http.post(base + "/oauth/v2/token", data={
            "refresh_token": refresh, "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
            "grant_type": "refresh_token"})
        self.auth = {"Authorization": "Zoho-oauthtoken " + r.json()["access_token"]}
        email = self.get("/crm/v6/users", params={"type": "CurrentUser"})["users"][0]["email"]
        zgid = self.get("/crm/v6/org")["org"][0]["zgid"]
        self.user_name = "%s:%s" % (email, zgid)
        self.types = {}

    def get(self, path, **kw):
        r = self.http.get(self.base + path, headers=self.auth, **kw)
        if r.status_code >= 400:
            raise RuntimeError("HTTP %d from %s: %s" % (r.status_code, path, r.text[:200]))
        return r.json()

    def load_fields(self, module):
        """Field api_name -> data_type (and referred module), fetched once per module, like the SDK."""
        if module in self.types:
            return
        self.types[module] = {}
        for f in self.get("/crm/v6/settings/fields", params={"module": module})["fields"]:
            ref = None
            if f.get("lookup"):
                ref = f["lookup"]["module"]["api_name"]
            elif f.get("associated_module"):
                ref = f["associated_module"]["module"]
            self.types[module][f["api_name"]] = (f["data_type"], ref)
            if ref:
                self.load_fields(ref)

    def decode(self, module, rec):
        import datetime
        types = self.types[module]
        out = {}
        for key, v in rec.items():
            kind, ref = types.get(key, (None, None))
            if v is None:
                pass
            elif key == "id" or kind == "bigint":
                v = int(v)
            elif kind == "datetime" or key in ("Created_Time", "Modified_Time"):
                v = datetime.datetime.fromisoformat(v)
            elif kind == "date":
                v = datetime.date.fromisoformat(v)
            elif kind == "subform":
                v = [self.decode(ref, row) for row in v]
            elif isinstance(v, dict):
                v = self.typed_ids(v)
            elif isinstance(v, list):
                v = [self.typed_ids(x) if isinstance(x, dict) else x for x in v]
            out[key] = v
        return out

    @staticmethod
    def typed_ids(obj):
        # lookups, users and tags: the SDKs hand these back as objects with int ids
        return {k: (int(x) if k == "id" and x is not None else x) for k, x in obj.items()}


def floor_w1(base, work, opts):
    t0 = time.perf_counter()
    import requests  # noqa: F401
    t1 = time.perf_counter()
    Floor(base)
    t2 = time.perf_counter()
    return {"import_ms": (t1 - t0) * 1e3, "init_ms": (t2 - t1) * 1e3, "modules": len(sys.modules)}


def floor_read(fl, per_page=None):
    params = {"per_page": per_page} if per_page else None

    def once():
        body = fl.get("/crm/v6/Leads", params=params)
        records = [fl.decode("Leads", r) for r in body["data"]]
        walk(records)
        walk(body["info"])
        return len(records)
    return once


def floor_w2(base, work, opts):
    fl = Floor(base)
    fl.load_fields("Leads")
    once = floor_read(fl)
    once()
    calls, items, secs = timed_loop(once, opts["min_seconds"])
    body = fl.get("/crm/v6/Leads")
    leaves = sum(walk(fl.decode("Leads", r)) for r in body["data"])
    return {"value": items / secs, "calls": calls, "leaves_per_page": leaves}


def floor_w3(base, work, opts):
    import datetime
    from stub_server import PICKLISTS
    fl = Floor(base)
    fl.load_fields("Leads")
    tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
    n = 100

    def build(i):
        return {
            "Last_Name": "Bench-%d" % i, "First_Name": "Ada", "Company": "Zylker %d" % i,
            "Email": "ada%d@example.com" % i, "Secondary_Email": "ada.alt%d@example.com" % i,
            "Phone": "+1 555 0100 %04d" % i, "Mobile": "+1 555 0199 %04d" % i,
            "Website": "https://zylker%d.example" % i, "Designation": "CTO", "Street": "%d Main St" % i,
            "City": "Austin", "State": "TX", "Zip_Code": "73301", "Country": "USA",
            "Description": "Created by the benchmark, record %d." % i, "Annual_Revenue": 125000.5 + i,
            "No_of_Employees": 40 + i, "Email_Opt_Out": i % 2 == 0,
            "Salutation": PICKLISTS["Salutation"][i % 5], "Lead_Status": PICKLISTS["Lead_Status"][i % 8],
            "Lead_Source": PICKLISTS["Lead_Source"][i % 14], "Industry": PICKLISTS["Industry"][i % 15],
            "Rating": PICKLISTS["Rating"][i % 5], "Owner": {"id": 5725767000001000090},
            "Birth_Date": datetime.date(1980 + i % 30, 1 + i % 12, 1 + i % 28).isoformat(),
            "Preferred_Call_Time": datetime.datetime(2024, 3, 4, 5, 6, 7, tzinfo=tz).isoformat(),
            "Interests": ["Cloud", "CRM"], "Referred_By": {"id": 5725767000001508000 + i},
            "Discount_Pct": 12.5, "Loyalty_ID": 100000000000 + i,
        }

    def once():
        payload = json.dumps({"data": [build(i) for i in range(n)]})
        r = fl.http.post(base + "/crm/v6/Leads", data=payload, headers=fl.auth)
        results = r.json()["data"]
        if len(results) != n:
            raise RuntimeError("server saw %d records" % len(results))
        for item in results:
            d = item["details"]
            d["Created_Time"] = datetime.datetime.fromisoformat(d["Created_Time"])
            d["Modified_Time"] = datetime.datetime.fromisoformat(d["Modified_Time"])
            d["id"] = int(d["id"])
            d["Created_By"] = fl.typed_ids(d["Created_By"])  # the SDKs hand these back as users with int ids
            d["Modified_By"] = fl.typed_ids(d["Modified_By"])
        walk(results)
        return n
    once()
    calls, items, secs = timed_loop(once, opts["min_seconds"])
    return {"value": items / secs, "calls": calls}


def floor_w4(base, work, opts):
    import datetime
    fl = Floor(base)

    def once():
        body = fl.get("/crm/v6/Leads/deleted")
        entries = []
        for e in body["data"]:
            e = dict(e)
            e["id"] = int(e["id"])
            e["deleted_time"] = datetime.datetime.fromisoformat(e["deleted_time"])
            for who in ("deleted_by", "created_by"):
                if e[who] is not None:
                    e[who] = {"name": e[who]["name"], "id": int(e[who]["id"])}
            entries.append(e)
        walk(entries)
        walk(body["info"])
        return len(entries)
    once()
    calls, items, secs = timed_loop(once, opts["min_seconds"])
    return {"value": items / secs, "calls": calls}


def floor_w5(base, work, opts):
    def setup(k):
        fl = Floor(base, refresh="1000.bench.t%d" % k)
        fl.load_fields("Leads")
        return floor_read(fl, opts["w5_per_page"])

    def call(once):
        once()
    Floor(base)  # the main user, as the SDK's initialize does
    return threaded_run(base, opts, setup, call)


def floor_w6(base, work, opts):
    import gc
    import tracemalloc
    fl = Floor(base)
    fl.load_fields("Leads")
    floor_read(fl)()
    gc.collect()
    tracemalloc.start()
    body = fl.get("/crm/v6/Leads")
    records = [fl.decode("Leads", r) for r in body["data"]]
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"value": peak / 1024.0, "retained_kib": current / 1024.0, "records": len(records)}


def stats(base):
    import requests
    return requests.get(base + "/__stats__", timeout=10).json()


# --------------------------------------------------------------------------- entry point

DEFAULTS = {"min_seconds": 1.5, "threads": 8, "calls": 50, "w5_per_page": 10}


def main(argv):
    contender, workload, base, work = argv[:4]
    opts = dict(DEFAULTS)
    for kv in argv[4:]:
        k, _, v = kv.partition("=")
        opts[k] = type(DEFAULTS.get(k, ""))(v) if k in DEFAULTS else v
    fn = globals().get("%s_%s" % (contender, workload.lower()))
    if fn is None:
        emit(ok=False, error="unknown contender/workload %s/%s" % (contender, workload))
        return 2
    try:
        result = fn(base, work, opts)
    except BaseException as e:  # noqa: BLE001 - the runner records the failure and goes on
        import traceback
        tb = traceback.extract_tb(e.__traceback__)
        where = "%s:%d" % (os.path.basename(tb[-1].filename), tb[-1].lineno) if tb else "?"
        emit(ok=False, error="%s: %s (at %s)" % (type(e).__name__, str(e)[:400], where))
        return 1
    emit(ok=True, **result)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
