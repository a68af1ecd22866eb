"""Local stand-in for Zoho Accounts + CRM v6, used only by the benchmarks.

Runs in its own process so the server's CPU work never lands in a contender's interpreter.
Every large body is rendered once at start-up; a request costs a dict lookup and one socket write.

    python benchmarks/stub_server.py [--port 0] [--expires-in 3600] [--max-seconds 1800]

The first line printed is the base URL (e.g. ``http://127.0.0.1:41234``).

Endpoints (all JSON, ``application/json;charset=UTF-8``):
  POST /oauth/v2/token                    grant or refresh; mints a token bound to a user
  GET  /crm/v6/users?type=CurrentUser     the caller's user (by access token)
  GET  /crm/v6/org                        one org with a ``zgid``
  GET  /crm/v6/settings/modules           module list
  GET  /crm/v6/settings/fields?module=X   field metadata for Leads and every module it refers to
  GET  /crm/v6/Leads[?per_page=N]         a page of Leads (200 records by default, ~60 fields each)
  POST /crm/v6/Leads                      one success entry per record sent
  GET  /crm/v6/Leads/deleted              200 deleted-record entries
  GET  /__stats__                         request counters; /__reset__ zeroes them
  GET  /__config__?expires_in=N           change the lifetime of tokens minted from now on

The module-level tables (LEADS_FIELDS, PICKLISTS, ...) are the single source for the records and the
field metadata, so both always agree; workloads.py imports PICKLISTS to build valid write payloads.
"""
import argparse
import json
import random
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

ORG_PREFIX = 5725767  # all ids share an org-like prefix, as real Zoho ids do
PAGE_SIZE = 200
DELETED_COUNT = 200

PICKLISTS = {
    "Industry": ["ASP (Application Service Provider)", "Data/Telecom OEM", "ERP (Enterprise Resource Planning)",
                 "Government/Military", "Large Enterprise", "Management ISV", "Network Equipment Enterprise",
                 "Non-management ISV", "Optical Networking", "Service Provider", "Small/Medium Enterprise",
                 "Storage Equipment", "Storage Service Provider", "Systems Integrator", "Wireless Industry"],
    "Unsubscribed_Mode": ["Consent form", "Manual", "Unsubscribe link", "Zoho campaigns"],
    "Currency": ["USD", "EUR", "INR"],
    "Rating": ["Acquired", "Active", "Market Failed", "Project Cancelled", "Shut Down"],
    "Salutation": ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof."],
    "Lead_Status": ["Attempted to Contact", "Contact in Future", "Contacted", "Junk Lead", "Lost Lead",
                    "Not Contacted", "Pre-Qualified", "Not Qualified"],
    "Record_Status__s": ["Available", "Draft", "Trash"],
    "Lead_Source": ["Advertisement", "Cold Call", "Employee Referral", "External Referral", "Online Store",
                    "Partner", "Public Relations", "Sales Email Alias", "Seminar Partner", "Internal Seminar",
                    "Trade Show", "Web Download", "Web Research", "Chat"],
    "Interests": ["Analytics", "Big data", "Cloud", "CRM", "ERP", "Mobile", "Security"],
    "Data_Source": ["API", "Import", "Web Form", "Manual"],
}

# (api_name, data_type, options). Options: "mandatory", "custom", "read_only", "module" (lookup target),
# "nullable" (every fourth record carries null). About 60 fields covering every Zoho data type.
LEADS_FIELDS = [
    ("Owner", "ownerlookup", {}),
    ("Company", "text", {}),
    ("Email", "email", {}),
    ("Visitor_Score", "bigint", {"read_only": True}),
    ("Last_Activity_Time", "datetime", {"read_only": True}),
    ("Industry", "picklist", {}),
    ("Unsubscribed_Mode", "picklist", {"nullable": True}),
    ("Exchange_Rate", "double", {}),
    ("Currency", "picklist", {}),
    ("Street", "text", {}),
    ("Zip_Code", "text", {}),
    ("Data_Source", "picklist", {"read_only": True}),
    ("First_Visited_URL", "website", {"read_only": True}),
    ("Days_Visited", "integer", {"read_only": True}),
    ("Created_Time", "datetime", {"read_only": True}),
    ("City", "text", {}),
    ("No_of_Employees", "integer", {}),
    ("Converted__s", "boolean", {"read_only": True}),
    ("Converted_Date_Time", "datetime", {"read_only": True, "nullable": True}),
    ("Converted_Account", "lookup", {"module": "Accounts", "read_only": True, "nullable": True}),
    ("State", "text", {}),
    ("Country", "text", {}),
    ("Last_Visited_Time", "datetime", {"read_only": True}),
    ("Created_By", "ownerlookup", {"read_only": True}),
    ("Annual_Revenue", "currency", {}),
    ("Secondary_Email", "email", {}),
    ("Description", "textarea", {}),
    ("Number_Of_Chats", "integer", {"read_only": True}),
    ("Rating", "picklist", {}),
    ("Website", "website", {}),
    ("Twitter", "text", {}),
    ("Average_Time_Spent_Minutes", "double", {"read_only": True}),
    ("Salutation", "picklist", {}),
    ("First_Name", "text", {}),
    ("Full_Name", "text", {"read_only": True}),
    ("Lead_Status", "picklist", {}),
    ("Modified_By", "ownerlookup", {"read_only": True}),
    ("Converted_Deal", "lookup", {"module": "Deals", "read_only": True, "nullable": True}),
    ("Lead_Conversion_Time", "integer", {"read_only": True, "nullable": True}),
    ("Skype_ID", "text", {}),
    ("Phone", "phone", {}),
    ("Email_Opt_Out", "boolean", {}),
    ("Designation", "text", {}),
    ("Modified_Time", "datetime", {"read_only": True}),
    ("Unsubscribed_Time", "datetime", {"read_only": True, "nullable": True}),
    ("Converted_Contact", "lookup", {"module": "Contacts", "read_only": True, "nullable": True}),
    ("Mobile", "phone", {}),
    ("Record_Status__s", "picklist", {"read_only": True}),
    ("First_Visited_Time", "datetime", {"read_only": True}),
    ("Last_Name", "text", {"mandatory": True}),
    ("Referrer", "website", {"read_only": True}),
    ("Locked__s", "boolean", {"read_only": True}),
    ("Lead_Source", "picklist", {}),
    ("Fax", "phone", {}),
    ("Lead_Number", "autonumber", {"custom": True, "read_only": True}),
    ("Discount_Pct", "percent", {"custom": True}),
    ("Birth_Date", "date", {"custom": True}),
    ("Preferred_Call_Time", "datetime", {"custom": True}),
    ("Next_Follow_Up", "date", {"custom": True, "nullable": True}),
    ("Interests", "multiselectpicklist", {"custom": True}),
    ("Loyalty_ID", "bigint", {"custom": True}),
    ("Score_Decimal", "double", {"custom": True}),
    ("Referred_By", "lookup", {"module": "Accounts", "custom": True}),
    ("Products_Interested", "subform", {"custom": True, "module": "Products_Interested"}),
]

# The modules Leads refers to. Each refers back only to modules already listed, so the SDK's recursive
# metadata fetch terminates after these five.
OTHER_MODULE_FIELDS = {
    "Accounts": [
        ("Owner", "ownerlookup", {}), ("Account_Name", "text", {"mandatory": True}),
        ("Phone", "phone", {}), ("Website", "website", {}), ("Annual_Revenue", "currency", {}),
        ("Industry", "picklist", {}), ("Employees", "integer", {}),
        ("Parent_Account", "lookup", {"module": "Accounts"}), ("Created_Time", "datetime", {}),
        ("Modified_Time", "datetime", {}), ("Created_By", "ownerlookup", {}), ("Modified_By", "ownerlookup", {}),
    ],
    "Contacts": [
        ("Owner", "ownerlookup", {}), ("Last_Name", "text", {"mandatory": True}), ("First_Name", "text", {}),
        ("Email", "email", {}), ("Account_Name", "lookup", {"module": "Accounts"}),
        ("Date_of_Birth", "date", {}), ("Created_Time", "datetime", {}), ("Modified_Time", "datetime", {}),
    ],
    "Deals": [
        ("Owner", "ownerlookup", {}), ("Deal_Name", "text", {"mandatory": True}), ("Amount", "currency", {}),
        ("Stage", "picklist", {}), ("Closing_Date", "date", {}),
        ("Account_Name", "lookup", {"module": "Accounts"}), ("Contact_Name", "lookup", {"module": "Contacts"}),
        ("Probability", "percent", {}), ("Created_Time", "datetime", {}), ("Modified_Time", "datetime", {}),
    ],
    "Products_Interested": [
        ("Product_Name", "text", {}), ("Quantity", "integer", {}), ("Unit_Price", "currency", {}),
        ("Purchase_Date", "date", {}), ("Parent_Id", "lookup", {"module": "Leads"}),
    ],
}
PICKLISTS.setdefault("Stage", ["Qualification", "Needs Analysis", "Value Proposition", "Closed Won", "Closed Lost"])

JSON_TYPES = {
    "text": "string", "email": "string", "phone": "string", "website": "string", "textarea": "string",
    "autonumber": "string", "picklist": "string", "date": "string", "datetime": "string", "bigint": "string",
    "integer": "integer", "double": "double", "percent": "double", "currency": "double",
    "boolean": "boolean", "lookup": "jsonobject", "ownerlookup": "jsonobject",
    "multiselectpicklist": "jsonarray", "subform": "jsonarray",
}
OFFSETS = ["+05:30", "+05:30", "+05:30", "-07:00", "+00:00", "+09:00"]
USERS = [("Patricia Boyle", "p.boyle@zylker.example"), ("Kris Marrier", "k.marrier@zylker.example"),
         ("Ted Kowalski", "ted@zylker.example")]


def zid(n):
    """A 19-digit Zoho-style id rendered as a string."""
    return "%d%012d" % (ORG_PREFIX, 1000000 + n)


def stamp(rng, year=2024):
    return "%d-%02d-%02dT%02d:%02d:%02d%s" % (year, rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                                rng.randint(0, 59), rng.randint(0, 59), rng.choice(OFFSETS))


def user_ref(rng, with_email=True):
    k = rng.randrange(len(USERS))
    out = {"name": USERS[k][0], "id": zid(90 + k)}
    if with_email:
        out["email"] = USERS[k][1]
    return out


def field_value(api, dtype, opts, i, rng):
    if opts.get("nullable") and i % 4 == 3:
        return None
    if dtype in ("text",):
        return "%s %d" % (api.replace("_", " "), i)
    if dtype == "email":
        return "lead%d.%s@example.com" % (i, api.lower())
    if dtype == "phone":
        return "+1 (555) %03d-%04d" % (i % 1000, rng.randint(0, 9999))
    if dtype == "website":
        return "https://www.example%d.com/%s" % (i, api.lower())
    if dtype == "textarea":
        return "Met at the booth; wants a follow-up on pricing.\nNotes for lead %d: %s" % (i, "x" * rng.randint(20, 120))
    if dtype == "autonumber":
        return "LD-%05d" % i
    if dtype == "bigint":
        return str(rng.randint(10 ** 9, 10 ** 15))
    if dtype == "integer":
        return rng.randint(0, 5000)
    if dtype in ("double", "currency"):
        return round(rng.uniform(0, 250000), 2)
    if dtype == "percent":
        return float(rng.randint(0, 100))
    if dtype == "boolean":
        return rng.random() < 0.5
    if dtype == "datetime":
        return stamp(rng)
    if dtype == "date":
        return "%d-%02d-%02d" % (rng.randint(1960, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if dtype == "picklist":
        return rng.choice(PICKLISTS[api])
    if dtype == "multiselectpicklist":
        return rng.sample(PICKLISTS[api], rng.randint(1, 3))
    if dtype == "ownerlookup":
        return user_ref(rng)
    if dtype == "lookup":
        return {"name": "%s %d" % (opts["module"][:-1], i), "id": zid(500000 + 1000 * len(opts["module"]) + i)}
    if dtype == "subform":
        return [subform_row(i, j, rng) for j in range(2)]
    raise ValueError(dtype)


def subform_row(i, j, rng):
    return {
        "id": zid(800000 + i * 10 + j), "Product_Name": "Widget %d-%d" % (i, j), "Quantity": rng.randint(1, 50),
        "Unit_Price": round(rng.uniform(5, 500), 2), "Purchase_Date": "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
        "Parent_Id": {"name": "Lead %d" % i, "id": zid(i)},
        "Created_Time": stamp(rng), "Modified_Time": stamp(rng), "$in_merge": False,
    }


def lead_record(i, rng):
    rec = {"id": zid(i)}
    for api, dtype, opts in LEADS_FIELDS:
        rec[api] = field_value(api, dtype, opts, i, rng)
    rec["Last_Name"] = "Lead-%d" % i
    rec["Full_Name"] = "%s Lead-%d" % (rec["First_Name"], i)
    rec["Tag"] = [{"name": "Hot", "id": zid(70), "color_code": "#F17574"},
                  {"name": "Expo 2024", "id": zid(71), "color_code": "#57B1FD"}][: 1 + i % 2]
    rec.update({
        "$currency_symbol": "$", "$editable": True, "$approved": True, "$process_flow": False, "$in_merge": False,
        "$approval_state": "approved", "$locked_for_me": False, "$converted": False, "$field_states": None,
        "$review_process": {"approve": False, "reject": False, "resubmit": False},
        "$approval": {"delegate": False, "approve": False, "reject": False, "resubmit": False},
        "$zia_owner_assignment": "owner_recommendation_unavailable", "$sharing_permission": "full_access",
    })
    return rec


def field_meta(module, n, api, dtype, opts):
    meta = {
        "api_name": api, "id": zid(300000 + n), "field_label": api.replace("_", " "),
        "display_label": api.replace("_", " "), "data_type": dtype, "json_type": JSON_TYPES[dtype],
        "system_mandatory": bool(opts.get("mandatory")), "custom_field": bool(opts.get("custom")),
        "read_only": bool(opts.get("read_only")), "field_read_only": bool(opts.get("read_only")),
        "visible": True, "length": 255 if JSON_TYPES[dtype] == "string" else 16,
        "decimal_place": 2 if dtype in ("double", "currency", "percent") else None,
        "pick_list_values": [], "lookup": {}, "associated_module": None, "unique": {}, "crypt": None,
        "tooltip": None, "created_source": "custom" if opts.get("custom") else "default",
        "display_type": -1, "ui_type": 1, "searchable": True, "sortable": True, "filterable": True,
        "mass_update": not opts.get("read_only"), "webhook": True, "type": "used", "virtual_field": False,
        "view_type": {"view": True, "edit": not opts.get("read_only"), "quick_create": False, "create": True},
        "operation_type": {"web_update": True, "api_create": True, "web_create": True, "api_update": True},
    }
    if dtype in ("picklist", "multiselectpicklist"):
        values = ["-None-"] + PICKLISTS[api] if dtype == "picklist" else PICKLISTS[api]
        meta["pick_list_values"] = [
            {"display_value": v, "actual_value": v, "reference_value": v, "sequence_number": k + 1,
             "colour_code": None, "id": zid(400000 + n * 50 + k), "type": "used"}
            for k, v in enumerate(values)]
    if dtype == "lookup":
        meta["lookup"] = {"display_label": opts["module"], "api_name": api,
                          "module": {"api_name": opts["module"], "id": zid(200 + len(opts["module"]))},
                          "id": zid(600000 + n)}
    if dtype == "subform":
        meta["associated_module"] = {"module": opts["module"], "id": zid(250)}
    if dtype == "autonumber":
        meta["auto_number"] = {"prefix": "LD-", "suffix": "", "start_number": 1}
    if dtype == "currency":
        meta["currency"] = {"rounding_option": "normal", "precision": 2}
    return meta


def module_entry(n, api, generated_type, supported=True):
    return {"api_name": api, "id": zid(200 + n), "module_name": api, "singular_label": api[:-1] or api,
            "plural_label": api, "api_supported": supported, "generated_type": generated_type,
            "creatable": True, "editable": True, "deletable": True, "viewable": True, "convertable": api == "Leads",
            "quick_create": True, "show_as_tab": generated_type != "subform", "visible": True, "visibility": 1,
            "sequence_number": n, "status": "visible", "recycle_bin_on_delete": True,
            "modified_time": "2024-01-02T03:04:05+05:30", "modified_by": None, "profiles": [],
            "web_link": None, "arguments": [], "business_card_field_limit": 5, "feeds_required": False}


def dump(obj):
    return json.dumps(obj, separators=(",", ":")).encode()


class Content:
    """Every fixed response body, rendered once."""

    def __init__(self, base):
        rng = random.Random(20240304)
        self.base = base
        self.leads = [lead_record(i, rng) for i in range(PAGE_SIZE)]
        self.page_cache = {}
        self.fields = {"Leads": dump({"fields": [field_meta("Leads", n, *f) for n, f in enumerate(LEADS_FIELDS)]})}
        for mod, flist in OTHER_MODULE_FIELDS.items():
            off = 100 * (len(self.fields) + 1)
            self.fields[mod] = dump({"fields": [field_meta(mod, off + n, *f) for n, f in enumerate(flist)]})
        self.modules = dump({"modules": [
            module_entry(1, "Leads", "default"), module_entry(2, "Accounts", "default"),
            module_entry(3, "Contacts", "default"), module_entry(4, "Deals", "default"),
            module_entry(5, "Products_Interested", "subform", supported=False),
            module_entry(6, "Home", "default", supported=False)]})
        self.org = dump({"org": [{
            "id": zid(1), "zgid": "808232144", "company_name": "Zylker Bench", "primary_email": USERS[0][1],
            "primary_zuid": "8082321", "domain_name": "org808232144", "currency": "US Dollar - USD",
            "currency_symbol": "$", "iso_code": "USD", "currency_locale": "en_US", "time_zone": "Asia/Kolkata",
            "country_code": "US", "type": "production", "mc_status": False, "hipaa_compliance_enabled": False,
            "privacy_settings": False, "max_per_page": 200, "created_time": "2020-01-01T10:00:00+05:30"}]})
        drng = random.Random(7)
        self.deleted = dump({"data": [{
            "deleted_by": user_ref(drng, with_email=False), "id": zid(700000 + i),
            "display_name": "Deleted Lead %d" % i, "type": "recycle",
            "created_by": user_ref(drng, with_email=False), "deleted_time": stamp(drng)}
            for i in range(DELETED_COUNT)],
            "info": {"per_page": 200, "count": DELETED_COUNT, "page": 1, "more_records": False}})
        self.create_cache = {}
        self.user_cache = {}

    def page(self, n):
        n = max(1, min(n, PAGE_SIZE))
        body = self.page_cache.get(n)
        if body is None:
            body = dump({"data": self.leads[:n], "info": {
                "call": False, "per_page": n, "count": n, "page": 1, "sort_by": "id", "sort_order": "desc",
                "email": False, "more_records": True, "next_page_token": "c8582e7c7%04d" % n,
                "previous_page_token": None, "page_token_expiry": "2024-11-11T15:08:14+05:30"}})
            self.page_cache[n] = body
        return body

    def created(self, n):
        body = self.create_cache.get(n)
        if body is None:
            rng = random.Random(n)
            ts = "2024-03-04T05:06:07+05:30"
            body = dump({"data": [{
                "code": "SUCCESS", "details": {"Modified_Time": ts, "Modified_By": user_ref(rng, False),
                                               "Created_Time": ts, "id": zid(900000 + k), "Created_By": user_ref(rng, False)},
                "message": "record added", "status": "success"} for k in range(n)]})
            self.create_cache[n] = body
        return body

    def current_user(self, user):
        body = self.user_cache.get(user)
        if body is None:
            body = dump({"users": [{
                "id": zid(90), "first_name": "Bench", "last_name": user, "full_name": "Bench " + user,
                "email": "%s@bench.example" % user, "status": "active", "confirm": True,
                "role": {"name": "CEO", "id": zid(80)}, "profile": {"name": "Administrator", "id": zid(81)},
                "zuid": "8082321", "time_zone": "Asia/Kolkata", "locale": "en_US", "language": "en_US",
                "country_locale": "en_US", "date_format": "MM/dd/yyyy", "time_format": "hh:mm a",
                "offset": 19800000, "created_time": "2020-01-01T10:00:00+05:30", "Isonline": True,
                "personal_account": False, "sandboxDeveloper": False, "microsoft": False}],
                "info": {"per_page": 200, "count": 1, "page": 1, "more_records": False}})
            self.user_cache[user] = body
        return body


class State:
    def __init__(self, expires_in):
        self.lock = threading.Lock()
        self.expires_in = expires_in
        self.tokens = {}  # access token -> (user, expiry epoch seconds)
        self.serial = 0
        self.reset()

    def reset(self):
        with self.lock:
            self.requests = 0
            self.token_requests = 0
            self.by_path = {}

    def count(self, key, is_token=False):
        with self.lock:
            self.requests += 1
            self.token_requests += is_token
            self.by_path[key] = self.by_path.get(key, 0) + 1

    def mint(self, user):
        with self.lock:
            self.serial += 1
            token = "1000.%s.%08d.%s" % (user, self.serial, "ab12" * 8)
            self.tokens[token] = (user, time.time() + self.expires_in)
            return token

    def user_of(self, auth_header):
        if not auth_header or not auth_header.startswith("Zoho-oauthtoken "):
            return None
        entry = self.tokens.get(auth_header[16:])
        if entry is None or entry[1] < time.time():
            return None
        return entry[0]


INVALID_TOKEN = dump({"code": "INVALID_TOKEN", "details": {}, "message": "invalid oauth token", "status": "error"})
NOT_FOUND = dump({"code": "INVALID_URL_PATTERN", "details": {}, "message": "Please check if the URL trying to access is a correct one", "status": "error"})


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so pooled clients reuse connections
    disable_nagle_algorithm = True
    content = None  # set on the class by serve()
    state = None

    def log_message(self, *args):  # no per-request stderr noise
        pass

    def send(self, status, body):
        head = ("HTTP/1.1 %d %s\r\nContent-Type: application/json;charset=UTF-8\r\nContent-Length: %d\r\n"
                "Connection: keep-alive\r\n\r\n" % (status, self.responses.get(status, ("",))[0], len(body)))
        self.wfile.write(head.encode("latin-1") + body)  # one write: no Nagle/delayed-ACK stall

    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def do_PUT(self):
        self.route("PUT")

    def do_DELETE(self):
        self.route("DELETE")

    def route(self, method):
        url = urlsplit(self.path)
        path, query = url.path, parse_qs(url.query)
        body = self.read_body() if method in ("POST", "PUT") else b""
        st, ct = self.state, self.content
        if path.startswith("/__"):
            return self.control(path, query)
        if path == "/oauth/v2/token":
            st.count(path, is_token=True)
            return self.token(query, body)
        st.count(method + " " + path)
        user = st.user_of(self.headers.get("Authorization"))
        if user is None:
            return self.send(401, INVALID_TOKEN)
        if method == "GET" and path == "/crm/v6/Leads":
            return self.send(200, ct.page(int(query.get("per_page", [PAGE_SIZE])[0])))
        if method == "POST" and path == "/crm/v6/Leads":
            try:
                n = len(json.loads(body)["data"])
            except (ValueError, KeyError, TypeError):
                n = 0
            return self.send(201, ct.created(n))
        if method == "GET" and path == "/crm/v6/Leads/deleted":
            return self.send(200, ct.deleted)
        if path == "/crm/v6/settings/fields":
            mod = query.get("module", [""])[0]
            body = ct.fields.get(mod)
            if body is None:
                return self.send(400, dump({"code": "INVALID_MODULE", "details": {"resource_path_index": 0},
                                            "message": "the module name given seems to be invalid", "status": "error"}))
            return self.send(200, body)
        if path == "/crm/v6/settings/modules":
            return self.send(200, ct.modules)
        if path == "/crm/v6/users":
            return self.send(200, ct.current_user(user))
        if path == "/crm/v6/org":
            return self.send(200, ct.org)
        return self.send(404, NOT_FOUND)

    def token(self, query, body):
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        for k, v in query.items():
            form.setdefault(k, v[0])
        grant = form.get("grant_type")
        out = {"api_domain": self.content.base, "token_type": "Bearer", "expires_in": self.state.expires_in}
        if grant == "refresh_token" and form.get("refresh_token"):
            user = form["refresh_token"].split(".")[-1]
        elif grant == "authorization_code" and form.get("code"):
            user = form["code"].split(".")[-1]
            out["refresh_token"] = "1000.refresh.%s" % user
        else:
            return self.send(200, dump({"error": "invalid_code"}))  # Zoho answers token errors with 200
        out["access_token"] = self.state.mint(user)
        return self.send(200, dump(out))

    def control(self, path, query):
        st = self.state
        if path == "/__stats__":
            with st.lock:
                return self.send(200, dump({"requests": st.requests, "token_requests": st.token_requests,
                                            "by_path": st.by_path, "expires_in": st.expires_in}))
        if path == "/__reset__":
            st.reset()
            return self.send(200, b"{}")
        if path == "/__config__":
            if "expires_in" in query:
                st.expires_in = int(query["expires_in"][0])
            return self.send(200, dump({"expires_in": st.expires_in}))
        return self.send(404, NOT_FOUND)


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # the official SDK opens a new connection per call; don't refuse bursts


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--expires-in", type=int, default=3600, help="token lifetime in seconds")
    ap.add_argument("--max-seconds", type=float, default=1800, help="exit after this long, whatever happens")
    args = ap.parse_args(argv)
    server = Server(("127.0.0.1", args.port), Handler)
    base = "http://127.0.0.1:%d" % server.server_address[1]
    Handler.content = Content(base)
    Handler.state = State(args.expires_in)
    print(base, flush=True)
    timer = threading.Timer(args.max_seconds, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    sys.exit(main())
