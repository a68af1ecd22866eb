"""App-shaped inputs: records that carry every field of their module, in every context that
carries records.

The generated scenarios of ``diff_autogen`` vary what our declarations describe; apps send and
receive something else: records of a CRM module whose field metadata holds every data type the
official runtime treats specially, built the way apps build them (``add_key_value`` with SDK
objects), and passed through every operation that carries records. Stdlib only (imported by the
test process and by the runner under either SDK).

``MODULES`` lists the modules, ``module_fields(m)`` their metadata, ``response_record(m)`` the JSON
Zoho sends for one record, ``request_record(m)`` the runner spec of a record an app builds, and
``app_scenarios(pkg)`` the scenarios of one package (registered in ``diff_scenarios``).
"""
import diff_scenarios as ds
from recording_server import Response, Route

CUSTOM = "Projects"  # a custom module (generated_type "custom")
MODULES = ("Leads", "Contacts", "Accounts", "Deals", "Products", "Quotes", "Sales_Orders", "Purchase_Orders",
           "Invoices", "Price_Books", "Events", "Tasks", "Calls", CUSTOM)
# Inventory modules -> their line-item subform (field api name, sub-module api name)
LINE_ITEMS = {"Quotes": ("Quoted_Items", "Quoted_Items"), "Sales_Orders": ("Ordered_Items", "Ordered_Items"),
              "Purchase_Orders": ("Purchased_Items", "Purchase_Items"), "Invoices": ("Invoiced_Items", "Invoiced_Items")}
NAME_FIELD = {"Leads": "Last_Name", "Contacts": "Last_Name", "Accounts": "Account_Name", "Deals": "Deal_Name",
              "Products": "Product_Name", "Price_Books": "Price_Book_Name", "Events": "Event_Title",
              CUSTOM: "Name"}
ACCOUNT_ID = 4150868000000731001
PRODUCT_ID = 4150868000000901001
USER_ID = 4150868000000225013
FILE_ID = "a7c0c3c2b6c9f0e1d2c3b4a5968778695a4b3c2d1e0f"
DT = "2024-03-11T22:27:46-07:00"

# data_type -> (JSON Zoho sends, runner spec of the value an app passes)
_USER_JSON = {"name": "Patricia Boyle", "id": str(USER_ID), "email": "patricia.boyle@zylker.com"}
_USER_SPEC = {"model": ["users.MinifiedUser", {"id": {"int": USER_ID}}]}
_BY_TYPE = {
    "text": ("Zylker", "Zylker"),
    "email": ("kris@zylker.com", "kris@zylker.com"),
    "phone": ("+1 415 555 0100", "+1 415 555 0100"),
    "website": ("https://www.zylker.com", "https://www.zylker.com"),
    "textarea": ("two\nlines", "two\nlines"),
    "autonumber": ("ZY-0001", "ZY-0001"),
    "picklist": ("Gold", {"choice": "Gold"}),
    "multiselectpicklist": (["Gold", "Silver"], [{"choice": "Gold"}, {"choice": "Silver"}]),
    "currency": (1250.5, {"float": 1250.5}),
    "double": (2.5, {"float": 2.5}),
    "percent": (12.5, {"float": 12.5}),
    "integer": (42, 42),
    "bigint": (9000000001, 9000000001),
    "boolean": (True, True),
    "date": ("2024-04-01", {"date": "2024-04-01"}),
    "datetime": (DT, {"datetime": DT}),
    "lookup": ({"name": "Zylker Inc", "id": str(ACCOUNT_ID)},
               {"record": [["set", "id", {"int": ACCOUNT_ID}]]}),
    "ownerlookup": (_USER_JSON, _USER_SPEC),
    "userlookup": (_USER_JSON, _USER_SPEC),
    "fileupload": ([{"File_Name__s": "brief.pdf", "Size__s": "1024", "File_Id__s": FILE_ID, "id": "4150868000001500001"}],
                   [{"model": ["record.FileDetails", {"file_id__s": FILE_ID}]}]),
    "imageupload": ([{"File_Name__s": "logo.png", "Size__s": "68", "File_Id__s": FILE_ID, "id": "4150868000001500011",
                      "Preview_Id__s": FILE_ID, "State__s": "active", "Sequence_Number__s": 1,
                      "Created_Time__s": DT, "Owner__s": _USER_JSON}],
                    [{"model": ["record.ImageUpload", {"file_id__s": FILE_ID}]}]),
    "multireminder": ([{"period": "days", "unit": 1, "time": "09:30"}],
                      [{"model": ["record.Reminder", {"period": "days", "unit": 1, "time": "09:30"}]}]),
    "formula": (3.5, {"float": 3.5}),
    "layout": ({"name": "Standard", "id": "4150868000000091055"},
               {"model": ["layouts.Layouts", {"id": {"int": 4150868000000091055}}]}),
}
# Fields by name that the official runtime types specially (values by field name)
_SPECIAL_VALUES = {
    "Tax": ([{"value": "Sales Tax - 4.0 %", "id": "4150868000000931001"}],
            [{"model": ["record.Tax", {"value": "Sales Tax - 4.0 %", "id": {"int": 4150868000000931001}}]}]),
    "Participants": ([{"type": "lead", "participant": "4150868000001188001", "name": "Kris Marrier",
                       "Email": "kris@zylker.com", "invited": True, "status": "not_known"}],
                     [{"model": ["record.Participants", {"type": "lead", "participant": "4150868000001188001"}]}]),
    "Remind_At": ({"ALARM": "FREQ=NONE;ACTION=EMAILANDPOPUP;TRIGGER=DATE-TIME:2024-03-12T09:00:00+05:30"},
                  {"model": ["record.RemindAt", {"alarm": "FREQ=NONE;ACTION=POPUP;TRIGGER=-P1D"}]}),
    "Recurring_Activity": ({"RRULE": "FREQ=DAILY;INTERVAL=10;UNTIL=2024-04-30;DTSTART=2024-03-01"},
                           {"model": ["record.RecurringActivity", {"rrule": "FREQ=DAILY;INTERVAL=10"}]}),
    "Pricing_Details": ([{"from_range": 1.0, "to_range": 5.0, "discount": 2.0, "id": "4150868000000951001"}],
                        [{"model": ["record.PricingDetails", {"from_range": {"float": 1.0}, "to_range": {"float": 5.0},
                                                              "discount": {"float": 2.0}}]}]),
    "Product_Name": ({"name": "CRM Plus", "id": str(PRODUCT_ID), "Product_Code": "CRM-P"},
                     {"model": ["record.LineItemProduct", {"id": {"int": PRODUCT_ID}}]}),
    "Discount": ("5.0", "5.0"),
}
_NO_REQUEST = ("formula", "autonumber")  # read-only kinds apps do not send


def _f(api_name, data_type, n, **extra):
    return ds._field(api_name, data_type, 4150868000002000000 + n, **extra)


def _common(module):
    """One field of every data type, named after its type."""
    out = [_f("Owner", "ownerlookup", 1), _f("Layout", "layout", 2), _f("Tag", "text", 3)]
    kinds = ("text", "email", "phone", "website", "textarea", "autonumber", "picklist", "multiselectpicklist",
             "currency", "double", "percent", "integer", "bigint", "boolean", "date", "datetime", "lookup",
             "userlookup", "fileupload", "imageupload", "multireminder", "formula")
    for i, kind in enumerate(kinds):
        extra = {"custom_field": True}
        if kind in ("picklist", "multiselectpicklist"):
            extra["pick_list_values"] = ds._picklist("-None-", "Gold", "Silver")
        if kind == "lookup":
            extra.update(ds._lookup("Accounts", 4150868000000002175))
        if kind == "formula":
            extra["formula"] = {"return_type": "double", "expression": "1+2.5"}
        out.append(_f("%s_%s" % (module[:3], kind.title()), kind, 10 + i, **extra))
    return out


def module_fields(module):
    """GET /settings/fields?module=<module>: every data type, the module's mandatory name field
    and the fields the official runtime types by name."""
    if module in [sub for _f_, sub in LINE_ITEMS.values()]:
        return [_f("Product_Name", "lookup", 100, system_mandatory=True, **ds._lookup("Products", 4150868000000002200)),
                _f("Quantity", "double", 101), _f("List_Price", "currency", 102), _f("Discount", "currency", 103),
                _f("Total", "formula", 104, formula={"return_type": "currency"}), _f("Description", "textarea", 105)]
    out = _common(module)
    name = NAME_FIELD.get(module, "Subject")
    out.append(_f(name, "text", 200, system_mandatory=True))
    if module == "Products":
        out.append(_f("Tax", "multiselectpicklist", 201, pick_list_values=ds._picklist("Sales Tax - 4.0 %")))
    if module in LINE_ITEMS:
        field, sub = LINE_ITEMS[module]
        out.append(_f(field, "subform", 202, associated_module={"module": sub, "id": "4150868000000485555"}))
    if module == "Events":
        out += [_f("Participants", "multiselectlookup", 203), _f("Remind_At", "ALARM", 204),
                _f("Recurring_Activity", "RRULE", 205), _f("Start_DateTime", "datetime", 206)]
    if module == "Tasks":
        out.append(_f("Remind_At", "ALARM", 204))
    if module == "Calls":
        out.append(_f("Call_Duration", "text", 207, system_mandatory=True))
    if module == "Price_Books":
        out.append(_f("Pricing_Details", "text", 208))
    return out


def _value_pair(field):
    name, kind = field["api_name"], field["data_type"]
    if name == "Product_Name" and kind == "text":
        return _BY_TYPE[kind]  # the Products module's own name field; a line item's is a product
    if name in _SPECIAL_VALUES:
        return _SPECIAL_VALUES[name]
    if kind == "subform":
        sub = field["associated_module"]["module"]
        return [response_record(sub, 4150868000001200001)], [request_record(sub)]
    if kind in ("ALARM", "RRULE", "multiselectlookup"):
        return None
    return _BY_TYPE[kind]


def response_record(module, rid=ds.SAMPLE_ID):
    """One record as Zoho sends it: every field of the module plus the system keys."""
    out = {}
    for field in module_fields(module):
        pair = _value_pair(field)
        if pair is not None:
            out[field["api_name"]] = pair[0]
    if module in LINE_ITEMS:
        out["$line_tax"] = [{"percentage": 4.0, "name": "Sales Tax", "id": "4150868000000931001", "value": 50.0,
                             "display_name": "Sales Tax (4.0 %)"}]
    out["Tag"] = [{"name": "VIP", "id": "4150868000000607001", "color_code": "#57B1FD"}]
    out.update({"id": str(rid), "Created_Time": DT, "Modified_Time": DT, "Created_By": _USER_JSON,
                "Modified_By": _USER_JSON, "$editable": True, "$currency_symbol": "$"})
    return out


def request_record(module, skip=()):
    """Runner spec of a record an app builds with add_key_value: every field apps send."""
    entries = []
    for field in module_fields(module):
        if field["api_name"] in skip or field["data_type"] in _NO_REQUEST or field["api_name"] == "Tag":
            continue
        pair = _value_pair(field)
        if pair is not None:
            entries.append(["kv", field["api_name"], pair[1]])
    if module in LINE_ITEMS:
        entries.append(["kv", "$line_tax", [{"model": ["record.LineTax", {"name": "Sales Tax",
                                                                          "percentage": {"float": 4.0}}]}]])
    return {"record": entries}


# ---------------------------------------------------------------------------
# Metadata the SDKs fetch
# ---------------------------------------------------------------------------
def _related_lists(parent):
    return {"related_lists": [{
        "api_name": m, "module": {"api_name": m, "id": "41508680000000%05d" % i}, "name": m, "display_label": m,
        "href": "%s/{ENTITYID}/%s" % (parent, m), "id": "41508680000002%05d" % i, "sequence_number": str(i),
        "type": "default", "visible": True} for i, m in enumerate(MODULES + ("Notes",))]}


def _modules_list():
    return {"modules": [{"api_name": m, "module_name": m, "api_supported": True, "id": "41508680000000%05d" % i,
                         "generated_type": "custom" if m == CUSTOM else "default", "singular_label": m,
                         "plural_label": m} for i, m in enumerate(MODULES + ("Notes", "Vendors", "Visits"))]}


def metadata_routes():
    subs = [sub for _f_, sub in LINE_ITEMS.values()]
    routes = [Route("GET", "/crm/v6/settings/fields", Response.json(200, {"fields": module_fields(m)}),
                    query={"module": m}) for m in MODULES + tuple(subs)]
    routes += [Route("GET", "/crm/v6/settings/related_lists", Response.json(200, _related_lists(m)),
                     query={"module": m}) for m in MODULES]
    routes.append(Route("GET", "/crm/v6/settings/modules", Response.json(200, _modules_list())))
    return routes


class AppScenario(ds.Scenario):
    """A scenario whose server knows the metadata of every app module."""

    def __init__(self, package, operation, variant, response, args=None, notes="", served_path=None):
        super().__init__(package, operation, "app_" + variant, response, args, notes)
        self.served_path = served_path

    def routes(self):
        main = Route(self.spec()["http_method"], self.served_path or self.path(), self.response)
        return [main] + metadata_routes()


# ---------------------------------------------------------------------------
# Scenarios per package
# ---------------------------------------------------------------------------
def _body(*records, **values):
    body_values = {"data": list(records)}
    body_values.update(values)
    return {"request": {"body": {"fields": [], "values": body_values}}}


def _ids_ok(status=200, n=1):
    return Response.json(status, ds._action_ok("record saved", [ds.SAMPLE_ID, ds.SAMPLE_ID_2][:n]))


def _record_scenarios():
    out = []
    for m in MODULES:
        init = {"__init__": {"module_api_name": m}}
        read = Response.json(200, {"data": [response_record(m)], "info": {"per_page": 1, "count": 1, "page": 1,
                                                                         "more_records": False}})
        out.append(AppScenario("record", "get_records", m, read, dict(init, param_instance=ds.OMIT,
                                                                       header_instance=ds.OMIT)))
        out.append(AppScenario("record", "get_record", m, read, dict(init, param_instance=ds.OMIT,
                                                                      header_instance=ds.OMIT)))
        for op in ("create_records", "update_records", "upsert_records"):
            out.append(AppScenario("record", op, m, _ids_ok(201 if op == "create_records" else 200),
                                   dict(init, **_body(request_record(m)))))
        out.append(AppScenario("record", "update_record", m, _ids_ok(), dict(init, **_body(request_record(m)))))
        mass = {"request": {"body": {"fields": [], "values": {"data": [request_record(m)],
                                                              "ids": [str(ds.SAMPLE_ID)], "over_write": True}}}}
        out.append(AppScenario("record", "mass_update_records", m, Response.json(202, {"data": [{
            "code": "SCHEDULED", "details": {"job_id": "4150868000001307001"}, "message": "scheduled",
            "status": "success"}]}), dict(init, **mass)))
    # a wrong value type for every data type: the TYPE ERROR details apps log and test against
    for field in module_fields("Leads"):
        kind = field["data_type"]
        if kind in _NO_REQUEST or field["api_name"] in ("Tag",):
            continue
        wrong = 7 if kind in ("text", "email", "phone", "website", "textarea") else "wrong"
        out.append(AppScenario("record", "create_records", "wrong_type_" + kind, _ids_ok(201), {
            "__init__": {"module_api_name": "Leads"},
            **_body({"record": [["kv", "Last_Name", "Marrier"], ["kv", field["api_name"], wrong]]})}))
    # photos: supported, custom, and a module without photo support
    for m in ("Leads", CUSTOM, "Deals", "Events"):
        out.append(AppScenario("record", "upload_photo", m, Response.json(200, {
            "code": "SUCCESS", "details": {}, "message": "photo uploaded", "status": "success"}), {
            "__init__": {"module_api_name": m},
            "request": {"body": {"values": {"file": {"stream": {"mode": "stream", "name": "photo.png"}}}}},
            "param_instance": ds.OMIT}))
    return out


# (related list, parent module): the related list's module differs from the parent
RELATED_PAIRS = (("Products", "Leads"), ("Contacts", "Accounts"), ("Deals", "Contacts"), ("Events", "Leads"),
                 ("Price_Books", "Products"), ("Quotes", "Deals"), (CUSTOM, "Leads"))
_EXT = {"headers": {"x_external": "Leads.External_Lead_Id"}}


def _related_scenarios():
    out = []
    for related, parent in RELATED_PAIRS:
        name = "%s_of_%s" % (related, parent)
        init = {"related_list_api_name": related, "module_api_name": parent}
        read = Response.json(200, {"data": [response_record(related)], "info": {"per_page": 1, "count": 1, "page": 1,
                                                                               "more_records": False}})
        write = _ids_ok()
        reads = ("get_related_records", "get_related_record", "get_deleted_parent_records_related_record",
                 "get_related_records_using_external_id", "get_related_record_using_external_id")
        writes = ("update_related_records", "update_related_record", "update_related_records_using_external_id",
                  "update_related_record_using_external_id")
        for op in reads + writes:
            args = {"__init__": init}
            if "external" in op:
                args["header_instance"] = _EXT
            if op in writes:
                args.update(_body(request_record(related)))
            out.append(AppScenario("related_records", op, name, read if op in reads else write, args))
    return out


def _converter(full):
    """A LeadConverter with records of Accounts, Contacts and Deals: full ones, or records carrying
    values but not the module's mandatory field (apps pass what they want to override)."""
    def rec(m):
        return request_record(m) if full else request_record(m, skip=(NAME_FIELD.get(m, "Subject"),))
    return {"body": {"fields": [], "values": {"overwrite": True, "notify_lead_owner": False,
                                              "accounts": rec("Accounts"), "contacts": rec("Contacts"),
                                              "deals": rec("Deals")}}}


def _convert_scenarios():
    ok = Response.json(200, {"data": [{"code": "SUCCESS", "status": "success", "message": "converted", "details": {
        "Contacts": {"name": "Kris", "id": "4150868000001400001"}, "Deals": None,
        "Accounts": {"name": "Zylker", "id": str(ACCOUNT_ID)}}}]})
    out = []
    for full in (True, False):
        variant = "full" if full else "without_mandatory"
        out.append(AppScenario("convert_lead", "convert_lead", variant, ok, {
            "request": {"body": {"fields": [], "values": {"data": [_converter(full)]}}}}))
        out.append(AppScenario("mass_convert", "mass_convert", variant, Response.json(202, {
            "code": "SCHEDULED", "details": {"job_id": "4150868000001600001"}, "message": "scheduled",
            "status": "success"}), {"request": {"body": {"fields": [], "values": {
                "deals": request_record("Deals", skip=() if full else ("Deal_Name",)),
                "ids": [{"int": ds.SAMPLE_ID}]}}}}))
    options = Response.json(200, {"__conversion_options": {
        "module_preference": {"api_name": "Accounts", "id": "4150868000000002175"},
        "Accounts": [response_record("Accounts")], "Contacts": [response_record("Contacts")],
        "Deals": [response_record("Deals")]}})
    out.append(AppScenario("conversion_option", "lead_conversion_options", "records", options))
    return out


def _notes_scenarios():
    """Notes whose parent is a full record of another module (the se_module case)."""
    out = []
    for m in ("Leads", "Deals", CUSTOM):
        parent = request_record(m)
        parent["record"].insert(0, ["set", "id", {"int": ds.SAMPLE_ID}])
        note = {"body": {"fields": [], "values": {"note_title": "Call back", "note_content": "Asked for a quote",
                                                  "parent_id": parent}}}
        out.append(AppScenario("notes", "create_notes", "parent_" + m, _ids_ok(201), {
            "request": {"body": {"fields": [], "values": {"data": [note]}}}}))
    return out


_BUILDERS = {"record": _record_scenarios, "related_records": _related_scenarios, "convert_lead": _convert_scenarios,
             "notes": _notes_scenarios}


class BeforeInitScenario(ds.Scenario):
    """An operation called before ``initialize``: nothing may be sent, the error must be an SDKException."""
    before_init = True

    def routes(self):
        return []


def before_init_scenarios(pkg, base):
    """One per operation, with the arguments of the operation's first generated scenario."""
    out, seen = [], set()
    for s in base:
        if s.operation not in seen:
            seen.add(s.operation)
            out.append(BeforeInitScenario(pkg, s.operation, "before_init", s.response, s.args))
    return out


class FlowScenario(ds.Scenario):
    """A token flow of ``diff_flows`` (it initialises the SDK itself and ends with one call of
    this operation); runs before the batch's own initialize."""
    before_init = True

    def __init__(self, flow):
        super().__init__("org", "get_organization", "flow_" + flow, Response.json(200, {}))
        self.flow = flow

    def routes(self):
        from recording_server import org_body
        return [Route("GET", "/crm/v6/org", Response.json(200, org_body()))]


def flow_scenarios():
    import diff_flows
    return [FlowScenario(flow) for flow in diff_flows.FLOWS]


def app_scenarios(pkg):
    if pkg in ("mass_convert", "conversion_option"):
        return [s for s in _convert_scenarios() if s.package == pkg]
    if pkg == "convert_lead":
        return [s for s in _convert_scenarios() if s.package == pkg]
    if pkg == "org":
        return flow_scenarios()
    return _BUILDERS[pkg]() if pkg in _BUILDERS else []
