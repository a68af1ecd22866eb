"""Scenario catalogue: what each differential run calls and what the server answers.

Pure data plus small helpers, importable by the test process and by the
runner under either SDK (no SDK import here).  A scenario is one operation call
with argument overrides and one canned response.  Everything not overridden is
derived from api_surface.json by the runner (sample path ids, every item of the
operation's Param/Header holder, a body built through every public setter).

Argument override language (JSON-able, interpreted by runner.py):
  OMIT                      do not pass the argument (use the method default)
  None                      pass None explicitly
  {"params": {attr: v}}     a ParameterMap holding exactly these holder items
  {"headers": {attr: v}}    a HeaderMap holding exactly these holder items
  {"params": None, "skip": [attr...]}
                            every holder item but the skipped ones
  {"body": {"fields": [attr...] | None, "values": {attr: v}}}
                            the argument's body class, only the listed fields
                            (None = every settable field), explicit values win
  {"stream": {"mode": "path" | "stream", "name": str}}
                            a StreamWrapper from a temp file path or a BytesIO
  plain value               passed as is (path ids, strings)
Value specs inside params/headers/body: plain JSON scalars, {"choice": v},
{"datetime": iso}, {"date": iso}, {"time": iso}, {"int": n}, {"float": x},
or a nested override dict for model fields ({"body": ...} shape).
Records (any value spec position): {"record": [[how, key, spec], ...]} builds a Record the way
apps do: how = "field:<Module>" -> add_field_value(Field.<Module>.<key>(), v), "kv" ->
add_key_value(key, v), "set" -> set_<key>(v).  {"model": ["<pkg>.<Class>", {attr: spec}]} is a
model object built through its setters (a MinifiedUser owner, a Territory...).

To add a package: write a ``<pkg>_scenarios()`` function returning a list of
Scenario objects (``standard_variants`` gives the usual success / 400 / 401 /
204 set per operation) and register it in ``PACKAGES``.  Nothing else changes.
"""
import base64
import json

import diff_surface
from recording_server import JSON_TYPE, Response, Route

OMIT = "<omit>"
SKIP_SETTERS = "__skip_setters__"  # args key: {"<pkg>.<Class>": [attr, ...]} left unset in auto bodies
SAMPLE_ID = 4150868000001188001
SAMPLE_ID_2 = 4150868000001188017
SAMPLE_STRING = "sample"

# 1x1 transparent PNG: small, valid, and binary (non-UTF-8) on purpose.
PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


class Scenario:
    def __init__(self, package, operation, variant, response, args=None, notes="", official_quirk=None):
        self.package = package
        self.operation = operation
        self.variant = variant
        self.response = response
        self.args = dict(args or {})
        self.notes = notes
        # A docs/deviations.md id when the official SDK is expected to fail while building the call.
        self.official_quirk = official_quirk

    @property
    def name(self):
        return "%s.%s.%s" % (self.package, self.operation, self.variant)

    def spec(self):
        return diff_surface.operation(self.package, self.operation)

    def path(self):
        """Concrete request path, with the same sample ids the runner will use."""
        parts = []
        for kind, value in self.spec()["path_parts"]:
            if kind == "lit":
                if "://" in value:  # an absolute URL (file upload host): the harness serves its path
                    value = "/" + value.split("://", 1)[1].split("/", 1)[1]
                parts.append(value)
            elif kind == "arg":
                parts.append(str(self.path_arg_value(value)))
            else:  # constructor attribute, named after its constructor argument
                ctor_arg = self.init_spec()["attrs"].get(value, value)
                parts.append(str(self.init_value(ctor_arg)))
        return "".join(parts)

    def init_spec(self):
        found = diff_surface.operations_class(self.package)
        return found[2] if found else {"args": [], "attrs": {}}

    def init_value(self, ctor_arg):
        given = self.args.get("__init__", {})
        if ctor_arg in given:
            return given[ctor_arg]
        arg = next((a for a in self.init_spec()["args"] if a["name"] == ctor_arg), {})
        return default_path_value(arg)

    def path_arg_value(self, name):
        if name in self.args and self.args[name] is not OMIT:
            return self.args[name]
        arg = next(a for a in self.spec()["args"] if a["name"] == name)
        return default_path_value(arg)

    def routes(self):
        return [Route(self.spec()["http_method"], self.path(), self.response)]


def default_path_value(arg):
    return SAMPLE_ID if arg.get("type") == "int" else SAMPLE_STRING


# --------------------------------------------------------------------------
# Responses shared by every package
# --------------------------------------------------------------------------
def invalid_data(details=None, message="invalid data"):
    return Response.json(400, {
        "code": "INVALID_DATA",
        "details": details if details is not None else {"api_name": "id", "json_path": "$.id"},
        "message": message,
        "status": "error",
    })


def invalid_token():
    return Response.json(401, {
        "code": "INVALID_TOKEN",
        "details": {},
        "message": "invalid oauth token",
        "status": "error",
    })


def no_content():
    # Real Zoho sends a JSON content type with its empty 204 bodies.
    return Response(204, [("Content-Type", JSON_TYPE)], b"")


def not_modified():
    return Response(304, [], b"")


def download(body, disposition, content_type="image/png"):
    headers = [("Content-Type", content_type)]
    if disposition is not None:
        headers.append(("Content-Disposition", disposition))
    return Response(200, headers, body)


def standard_variants(pkg, op, ok, ok_args=None, error_details=None):
    """The set every operation gets: success, 400 INVALID_DATA, 401, 204."""
    args = dict(ok_args or {})
    return [
        Scenario(pkg, op, "ok", ok, args),
        Scenario(pkg, op, "invalid_data", invalid_data(error_details), args),
        Scenario(pkg, op, "invalid_token", invalid_token(), args),
        Scenario(pkg, op, "no_content", no_content(), args),
    ]


# --------------------------------------------------------------------------
# org
# --------------------------------------------------------------------------
def org_scenarios():
    from recording_server import org_body

    photo_ok = {"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully",
                "status": "success"}
    photo_deleted = {"code": "SUCCESS", "details": {}, "message": "Photo deleted",
                     "status": "success"}
    out = []
    out += standard_variants("org", "get_organization", Response.json(200, org_body()),
                             error_details={"api_name": "org", "json_path": "$.org"})
    out += standard_variants(
        "org", "get_org_photo",
        download(PNG_BYTES, "attachment;filename*=UTF-8''org_logo.png"))
    out += [
        Scenario("org", "get_org_photo", "quoted_filename",
                 download(PNG_BYTES, 'attachment; filename="org logo.png"')),
        Scenario("org", "get_org_photo", "percent_filename",
                 download(PNG_BYTES, "attachment;filename*=UTF-8''org%20logo.png",
                          content_type="image/jpeg")),
        Scenario("org", "get_org_photo", "no_disposition",
                 download(PNG_BYTES, None),
                 notes="official: wrapped KeyError; ours: a clear SDKException (docs/deviations.md#clear-sdk-exception)"),
    ]
    upload_args = {"request": {"body": {"values": {"file": {"stream": {"mode": "path", "name": "logo.png"}}}}}}
    out += standard_variants("org", "upload_organization_photo",
                             Response.json(200, photo_ok), upload_args,
                             error_details={"api_name": "file", "json_path": "$.file"})
    out += [
        Scenario("org", "upload_organization_photo", "stream_named",
                 Response.json(200, photo_ok),
                 {"request": {"body": {"values": {"file": {"stream": {"mode": "stream", "name": "brand.png"}}}}}},
                 notes="official names the part 'file', ours uses the wrapper name (docs/deviations.md#multipart-filename-from-wrapper)"),
        Scenario("org", "upload_organization_photo", "none_request",
                 Response.json(200, photo_ok), {"request": None}),
    ]
    out += standard_variants("org", "delete_organization_photo", Response.json(200, photo_deleted))
    return out


# --------------------------------------------------------------------------
# users
# --------------------------------------------------------------------------
def _user(uid, first, last, email, **extra):
    body = {
        "country": "US",
        "name_format__s": "Salutation,First Name,Last Name",
        "language": "en_US",
        "microsoft": False,
        "$shift_effective_from": None,
        "id": str(uid),
        "state": "CA",
        "fax": None,
        "country_locale": "en_US",
        "sandboxDeveloper": False,
        "zip": "94105",
        "decimal_separator": "Period",
        "created_time": "2023-05-02T04:55:04-07:00",
        "time_format": "hh:mm a",
        "offset": -25200000,
        "profile": {"name": "Administrator", "id": "4150868000000026011"},
        "created_by": {"name": "Patricia Boyle", "id": "4150868000000225013",
                       "email": "patricia.boyle@zylker.com"},
        "zuid": "727512245",
        "full_name": first + " " + last,
        "phone": "+1 415 555 0101",
        "dob": "1988-04-17",
        "status": "active",
        "role": {"name": "CEO", "id": "4150868000000026005"},
        "customize_info": {"notes_desc": None, "show_right_panel": None, "bc_view": None,
                           "show_home": False, "show_detail_view": True,
                           "unpin_recent_item": None},
        "city": "San Francisco",
        "signature": None,
        "sort_order_preference__s": "First Name,Last Name",
        "time_zone": "America/Los_Angeles",
        "personal_account": False,
        "default_tab_group": "0",
        "Modified_Time": "2024-03-11T22:27:46-07:00",
        "Modified_By": {"name": "Patricia Boyle", "id": "4150868000000225013"},
        "theme": {
            "normal_tab": {"font_color": "#FFFFFF", "background": "#222222"},
            "selected_tab": {"font_color": "#FFFFFF", "background": "#222222"},
            "new_background": None,
            "background": "#F3F0EB",
            "screen": "fixed",
            "type": "default",
        },
        "$current_shift": {"name": "General", "id": "4150868000000441001"},
        "$next_shift": None,
        "Reporting_To": None,
        "Isonline": True,
        "first_name": first,
        "email": email,
        "telephony_enabled": False,
        "status_reason__s": None,
        "website": "zylker.com",
        "mobile": None,
        "last_name": last,
        "number_separator": "Space",
        "confirm": True,
        "rtl_enabled": False,
        "date_format": "MMM d, yyyy",
        "ntc_notification_type": ["4150868000000443001", "4150868000000443005"],
        "ntc_enabled": True,
        "Currency": "USD",
        "alias": None,
        "locale": "en_US",
        "image_link": None,
        "category": "regular_user",
        "type__s": "AllUsers",
    }
    body.update(extra)
    return body


def _users_action(message, ids):
    return {"users": [{"code": "SUCCESS", "details": {"id": str(i)}, "message": message,
                       "status": "success"} for i in ids]}


def users_scenarios():
    user_a = _user(SAMPLE_ID, "Ryan", "Cruz", "ryan.cruz@zylker.com",
                   Reporting_To={"name": "Patricia Boyle", "id": "4150868000000225013"})
    user_b = _user(SAMPLE_ID_2, "Amelia", "Burns", "amelia.burns@zylker.com",
                   status="disabled", confirm=False, Isonline=False)
    info = {"per_page": 200, "count": 2, "page": 1, "more_records": False}
    list_ok = Response.json(200, {"users": [user_a, user_b], "info": info})
    one_ok = Response.json(200, {"users": [user_a]})
    groups_ok = Response.json(200, {
        "user_groups": [{
            "created_time": "2024-02-05T03:14:07-08:00",
            "modified_time": "2024-02-06T05:01:44-08:00",
            "name": "Sales West",
            "modified_by": {"name": "Patricia Boyle", "id": "4150868000000225013"},
            "description": "Reps for the west coast",
            "id": "4150868000000681001",
            "created_by": {"name": "Patricia Boyle", "id": "4150868000000225013"},
        }],
        "info": {"per_page": 200, "count": 1, "page": 1, "more_records": False},
    })
    user_error = {"api_name": "email", "json_path": "$.users[0].email",
                  "expected_data_type": "email"}
    mixed = Response.json(207, {"users": [
        {"code": "SUCCESS", "details": {"id": str(SAMPLE_ID)}, "message": "User added",
         "status": "success"},
        {"code": "DUPLICATE_DATA", "details": {"api_name": "email", "json_path": "$.users[1].email"},
         "message": "the user already exists", "status": "error"},
    ]})
    minimal_body = {"request": {"body": {"values": {"users": [{"body": {
        "fields": ["first_name", "last_name", "email", "role", "profile"]}}]}}}}

    out = []
    out += standard_variants("users", "get_users", list_ok, error_details=user_error)
    out += [
        Scenario("users", "get_users", "no_args", list_ok,
                 {"param_instance": OMIT, "header_instance": OMIT}),
        Scenario("users", "get_users", "repeated_param", list_ok,
                 {"param_instance": {"params": {"ids": ["4150868000001188001", "4150868000001188017"],
                                                "type": {"choice": "ActiveUsers"}}},
                  "header_instance": None},
                 notes="adding a param twice joins values with ','"),
        Scenario("users", "get_users", "not_modified", not_modified(),
                 {"param_instance": OMIT,
                  "header_instance": {"headers": {"if_modified_since": {"datetime": "2024-01-05T04:30:00+00:00"}}}}),
        Scenario("users", "get_users", "unknown_error_detail",
                 invalid_data({"api_name": "ids", "param_name": "ids"}),
                 notes="details key outside the typed map (docs/deviations.md#typed-map-keeps-unknown-keys)"),
    ]
    out += standard_variants("users", "create_users", Response.json(201, _users_action("User added", [SAMPLE_ID])),
                             error_details=user_error)
    out += [
        Scenario("users", "create_users", "mixed", mixed, notes="one success, one error in one ActionWrapper"),
        Scenario("users", "create_users", "minimal_body",
                 Response.json(201, _users_action("User added", [SAMPLE_ID])), minimal_body),
    ]
    out += standard_variants("users", "update_users",
                             Response.json(200, _users_action("User updated", [SAMPLE_ID])),
                             ok_args=minimal_body, error_details=user_error)
    out += standard_variants("users", "get_user", one_ok)
    out += standard_variants("users", "update_user",
                             Response.json(200, _users_action("User updated", [SAMPLE_ID])),
                             ok_args=minimal_body, error_details=user_error)
    out += standard_variants("users", "delete_user",
                             Response.json(200, _users_action("User deleted", [SAMPLE_ID])))
    out += standard_variants("users", "get_associated_groups", groups_ok)
    out += standard_variants("users", "users_count", Response.json(200, {"count": 15}))
    return out


# --------------------------------------------------------------------------
# record
# --------------------------------------------------------------------------
RECORD_MODULE = "Leads"
EXTERNAL_VALUE = "EXT-1001"


def _field(api_name, data_type, fid, label=None, **extra):
    """One entry of GET /settings/fields, shaped like Zoho's (the keys the SDKs read and a
    realistic selection of the rest)."""
    body = {
        "api_name": api_name,
        "field_label": label or api_name.replace("_", " "),
        "display_label": label or api_name.replace("_", " "),
        "data_type": data_type,
        "json_type": {"lookup": "jsonobject", "ownerlookup": "jsonobject", "userlookup": "jsonobject",
                      "subform": "jsonarray", "multiselectpicklist": "jsonarray",
                      "boolean": "boolean", "integer": "integer", "bigint": "integer",
                      "currency": "double", "double": "double"}.get(data_type, "string"),
        "id": str(fid),
        "system_mandatory": False,
        "custom_field": False,
        "read_only": False,
        "field_read_only": False,
        "visible": True,
        "length": 120,
        "column_name": api_name.upper(),
        "created_source": "default",
        "lookup": {},
        "pick_list_values": [],
        "formula": {},
        "associated_module": None,
        "unique": {},
        "operation_type": {"web_update": True, "api_create": True, "web_create": True,
                           "api_update": True},
    }
    body.update(extra)
    return body


def _picklist(*values):
    return [{"display_value": v, "actual_value": v.replace(" ", "_"), "sequence_number": i + 1,
             "id": str(4150868000000003001 + i), "type": "used"} for i, v in enumerate(values)]


def _lookup(module_api, module_id):
    return {"lookup": {"display_label": module_api, "api_name": module_api + "_Lookup",
                       "module": {"api_name": module_api, "id": str(module_id)},
                       "id": str(module_id + 7)}}


def leads_fields():
    return {"fields": [
        _field("Owner", "ownerlookup", 4150868000000002589, "Lead Owner", json_type="jsonobject"),
        _field("Company", "text", 4150868000000002591),
        _field("First_Name", "text", 4150868000000002593),
        _field("Last_Name", "text", 4150868000000002595, system_mandatory=True),
        _field("Email", "email", 4150868000000002599),
        _field("Lead_Status", "picklist", 4150868000000002611,
               pick_list_values=_picklist("-None-", "Contacted", "Lost Lead", "Not Contacted")),
        _field("Annual_Revenue", "currency", 4150868000000002617),
        _field("No_of_Employees", "integer", 4150868000000002615),
        _field("Email_Opt_Out", "boolean", 4150868000000002619),
        _field("Created_Time", "datetime", 4150868000000002627),
        _field("Modified_By", "ownerlookup", 4150868000000002625),
        _field("Tag", "text", 4150868000000125013),
        _field("Last_Activity_Time", "datetime", 4150868000000002633),
        _field("Date_of_Birth", "date", 4150868000000485001, custom_field=True),
        _field("Visitor_Score", "bigint", 4150868000000485011),
        _field("Interests", "multiselectpicklist", 4150868000000485021, custom_field=True,
               pick_list_values=_picklist("CRM", "Analytics", "Desk")),
        _field("Converted_Account", "lookup", 4150868000000002647, **_lookup("Accounts", 4150868000000002175)),
        _field("Lead_Manager", "userlookup", 4150868000000485031, custom_field=True),
        _field("Score_Ratio", "formula", 4150868000000485041, custom_field=True,
               formula={"return_type": "double", "expression": "Annual_Revenue/No_of_Employees"}),
        _field("Products_Interested", "subform", 4150868000000485051, custom_field=True,
               associated_module={"module": "Products_Interested", "id": "4150868000000485055"}),
        _field("Layout", "layout", 4150868000000002651),
        _field("Territories", "territories", 4150868000000485061),
    ]}


def accounts_fields():
    return {"fields": [
        _field("Owner", "ownerlookup", 4150868000000002421, "Account Owner"),
        _field("Account_Name", "text", 4150868000000002423, system_mandatory=True),
        _field("Parent_Account", "lookup", 4150868000000002427, **_lookup("Accounts", 4150868000000002175)),
        _field("Industry", "picklist", 4150868000000002437,
               pick_list_values=_picklist("-None-", "ERP", "Government", "Manufacturing")),
        _field("Annual_Revenue", "currency", 4150868000000002441),
        _field("Modified_Time", "datetime", 4150868000000002451),
    ]}


def subform_fields():
    return {"fields": [
        _field("Product_Label", "text", 4150868000000485101, custom_field=True),
        _field("Quantity", "integer", 4150868000000485103, custom_field=True),
        _field("Unit_Price", "currency", 4150868000000485105, custom_field=True),
        _field("Delivery_Date", "date", 4150868000000485107, custom_field=True),
        _field("Parent_Id", "lookup", 4150868000000485109, **_lookup("Leads", 4150868000000002181)),
    ]}


def record_metadata_routes():
    return [Route("GET", "/crm/v6/settings/fields", Response.json(200, body), query={"module": module})
            for module, body in (("Leads", leads_fields()), ("Accounts", accounts_fields()),
                                 ("Products_Interested", subform_fields()))]


class RecordScenario(Scenario):
    """A RecordOperations("Leads") call; the fields metadata is served on every step."""

    def __init__(self, operation, variant, response, args=None, notes="", served_path=None):
        args = dict(args or {})
        args.setdefault("__init__", {"module_api_name": RECORD_MODULE})
        super().__init__("record", operation, variant, response, args, notes)
        self.served_path = served_path  # the path the SDK really calls, when it rewrites ours

    def routes(self):
        main = Route(self.spec()["http_method"], self.served_path or self.path(), self.response)
        return [main] + record_metadata_routes()


def record_variants(op, ok, ok_args=None, error_details=None):
    return [RecordScenario(s.operation, s.variant, s.response, s.args)
            for s in standard_variants("record", op, ok, ok_args, error_details)]


def _lead_body(rid, last, **extra):
    body = {
        "Owner": {"name": "Patricia Boyle", "id": "4150868000000225013",
                  "email": "patricia.boyle@zylker.com"},
        "Company": "Zylker",
        "Email": "kris.marrier@zylker.com",
        "$currency_symbol": "$",
        "$field_states": None,
        "Visitor_Score": 12,
        "Last_Activity_Time": "2024-03-11T22:27:46-07:00",
        "Lead_Status": "Contacted",
        "Annual_Revenue": 125000.5,
        "No_of_Employees": 42,
        "Email_Opt_Out": False,
        "$approved": True,
        "$review_process": {"approve": False, "reject": False, "resubmit": False},
        "Date_of_Birth": "1990-05-17",
        "Interests": ["CRM", "Analytics"],
        "Converted_Account": {"name": "Zylker Inc", "id": "4150868000000731001"},
        "Lead_Manager": {"name": "Ryan Cruz", "id": "4150868000001188001"},
        "Score_Ratio": 2976.2,
        "Products_Interested": [{
            "Product_Label": "CRM Plus", "Quantity": 3, "Unit_Price": 52.0,
            "Delivery_Date": "2024-04-01", "id": "4150868000001200001",
            "Parent_Id": {"name": "Kris Marrier", "id": str(rid)},
            "Created_Time": "2024-03-10T09:00:00+05:30",
        }],
        "Layout": {"name": "Standard", "id": "4150868000000091055"},
        "Territories": [{"name": "West", "id": "4150868000000501001", "Assigned_Time": "2024-02-01T10:00:00-08:00"}],
        "Tag": [{"name": "VIP", "id": "4150868000000607001", "color_code": "#57B1FD"}],
        "First_Name": "Kris",
        "Last_Name": last,
        "Created_Time": "2024-03-01T10:15:30+05:30",
        "Modified_Time": "2024-03-11T22:27:46-07:00",
        "Created_By": {"name": "Patricia Boyle", "id": "4150868000000225013",
                       "email": "patricia.boyle@zylker.com"},
        "Modified_By": {"name": "Patricia Boyle", "id": "4150868000000225013",
                        "email": "patricia.boyle@zylker.com"},
        "Unknown_Custom__c": {"nested": [1, "two", None]},
        "$editable": True,
        "id": str(rid),
    }
    body.update(extra)
    return body


def _action_ok(message, ids, code="SUCCESS", extra_details=None):
    out = []
    for i in ids:
        details = {
            "Modified_Time": "2024-03-12T01:02:03-07:00",
            "Modified_By": {"name": "Patricia Boyle", "id": "4150868000000225013"},
            "Created_Time": "2024-03-12T01:02:03-07:00",
            "id": str(i),
            "Created_By": {"name": "Patricia Boyle", "id": "4150868000000225013"},
        }
        details.update(extra_details or {})
        out.append({"code": code, "details": details, "message": message, "status": "success"})
    return {"data": out}


def _record_mixed(message, duplicate=False):
    success = _action_ok(message, [SAMPLE_ID], extra_details={"$approval_state": "approved"})["data"][0]
    if duplicate:
        success["duplicate_field"] = "Email"
        success["action"] = "update"
    return Response.json(207 if not duplicate else 200, {"data": [
        success,
        {"code": "MANDATORY_NOT_FOUND", "details": {"api_name": "Last_Name", "json_path": "$.data[1].Last_Name"},
         "message": "required field not found", "status": "error"},
    ]})


def _every_kind_lead():
    """A Lead with one value of every kind apps put into records."""
    m = "field:Leads"
    user = {"model": ["users.MinifiedUser", {"id": {"int": 4150868000000225013}, "name": "Patricia Boyle",
                                              "email": "patricia.boyle@zylker.com"}]}
    account = {"record": [["set", "id", {"int": 4150868000000731001}],
                          ["kv", "Account_Name", "Zylker Inc"]]}
    sub_row = {"record": [["kv", "Product_Label", "CRM Plus"], ["kv", "Quantity", 3],
                          ["kv", "Unit_Price", 52.0], ["kv", "Delivery_Date", {"date": "2024-04-01"}]]}
    return {"record": [
        [m, "last_name", "Marrier"],
        [m, "first_name", "Kris"],
        [m, "company", "Zylker"],
        [m, "no_of_employees", 42],
        [m, "annual_revenue", 125000.5],
        [m, "email_opt_out", False],
        [m, "lead_status", {"choice": "Contacted"}],
        [m, "owner", user],
        [m, "last_activity_time", {"datetime": "2024-03-11T22:27:46-07:00"}],
        ["kv", "Date_of_Birth", {"date": "1990-05-17"}],
        ["kv", "Interests", [{"choice": "CRM"}, {"choice": "Analytics"}]],
        ["kv", "Converted_Account", account],
        ["kv", "Lead_Manager", {"model": ["users.MinifiedUser", {"id": {"int": 4150868000001188001}}]}],
        ["kv", "Products_Interested", [sub_row]],
        ["kv", "Score_Ratio", 1.5],
        ["kv", "Custom_Text__c", "free text"],
        ["kv", "Custom_Number__c", 7],
        ["kv", "Custom_Flag__c", True],
        ["kv", "Custom_Float__c", 2.25],
        ["kv", "Custom_Date__c", {"date": "2024-02-29"}],
        ["kv", "Custom_When__c", {"datetime": "2024-02-29T23:59:58+00:00"}],
        ["kv", "Custom_Choice__c", {"choice": "Gold"}],
        ["kv", "Custom_Map__c", {"map": {"k": "v", "n": None}}],
        ["kv", "Description", None],
        [m, "description", "added through Field"],
    ]}


def _minimal_lead(last):
    return {"record": [["field:Leads", "last_name", last], ["field:Leads", "email", "kris@zylker.com"]]}


def _records_body(*records, **values):
    body_values = {"data": list(records)}
    body_values.update(values)
    return {"request": {"body": {"fields": [], "values": body_values}}}


def record_scenarios():
    lead_a = _lead_body(SAMPLE_ID, "Marrier")
    lead_b = _lead_body(SAMPLE_ID_2, "Sergi", Lead_Status=None, Interests=[], Converted_Account=None,
                        Products_Interested=[], Owner={"name": "Ryan Cruz", "id": "4150868000001188001"})
    info = {"per_page": 2, "next_page_token": "c8582e7f", "count": 2, "sort_by": "id", "page": 1,
            "previous_page_token": None, "page_token_expiry": "2024-03-12T12:00:00-07:00",
            "sort_order": "desc", "more_records": True}
    list_ok = Response.json(200, {"data": [lead_a, lead_b], "info": info})
    one_ok = Response.json(200, {"data": [lead_a]})
    lead_error = {"api_name": "Last_Name", "json_path": "$.data[0].Last_Name"}
    full_body = _records_body(_every_kind_lead(), _minimal_lead("Sergi"),
                              trigger=["workflow", "approval"], lar_id="4150868000000412001",
                              process=["review_process"])
    one_body = _records_body(_every_kind_lead())
    x_external = {"headers": {"x_external": "Leads.External_Lead_Id"}}

    deleted_ok = Response.json(200, {"data": [
        {"deleted_by": {"name": "Patricia Boyle", "id": "4150868000000225013"},
         "id": str(SAMPLE_ID), "display_name": "Kris Marrier", "type": "recycle",
         "created_by": {"name": "Patricia Boyle", "id": "4150868000000225013"},
         "deleted_time": "2024-03-11T22:27:46-07:00"},
        {"deleted_by": None, "id": str(SAMPLE_ID_2), "display_name": None, "type": "permanent",
         "created_by": {"name": "Ryan Cruz", "id": "4150868000001188001"},
         "deleted_time": "2024-03-10T09:00:00+05:30"},
    ], "info": {"per_page": 200, "count": 2, "page": 1, "more_records": False}})
    photo_ok = {"code": "SUCCESS", "details": {}, "message": "photo uploaded successfully", "status": "success"}
    photo_deleted = {"code": "SUCCESS", "details": {}, "message": "photo deleted successfully",
                     "status": "success"}
    mass_ok = Response.json(202, {"data": [{"code": "SCHEDULED", "details": {"job_id": "4150868000001307001"},
                                            "message": "mass update scheduled successfully",
                                            "status": "success"}]})
    mass_status = Response.json(200, {"data": [{"Status": "COMPLETED", "Failed_Count": 0,
                                                "Updated_Count": 2, "Not_Updated_Count": 1,
                                                "Total_Count": 3}]})
    territory = {"model": ["record.Territory", {"id": {"int": 4150868000000501001}, "name": "West"}]}
    territory_body = _records_body(
        {"record": [["set", "id", {"int": SAMPLE_ID}], ["kv", "Territories", [territory]]]},
        {"record": [["set", "id", {"int": SAMPLE_ID_2}],
                    ["field:Leads", "territories", [territory, {"model": ["record.Territory", {
                        "id": {"int": 4150868000000501005}}]}]]]})
    one_territory_body = _records_body({"record": [["kv", "Territories", [territory]]]})
    # A Record where the field wants record.Territory, at element 1 of the list: TYPE ERROR.
    wrong_territory_body = _records_body({"record": [
        ["set", "id", {"int": SAMPLE_ID}],
        ["kv", "Territories", [territory, {"record": [["set", "id", {"int": 4150868000000501001}]]}]]]})
    mass_body = {"request": {"body": {"fields": [], "values": {
        "data": [{"record": [["field:Leads", "lead_status", {"choice": "Contacted"}],
                             ["kv", "Email_Opt_Out", True]]}],
        "ids": ["4150868000001188001", "4150868000001188017"],
        "over_write": True,
    }}}}

    out = []
    # get_record / get_records ------------------------------------------------
    out += record_variants("get_record", one_ok, error_details=lead_error)
    out += [
        RecordScenario("get_record", "x_external", one_ok,
                       {"param_instance": {"params": {"fields": "Last_Name,Email"}},
                        "header_instance": x_external}),
        RecordScenario("get_record", "not_modified", not_modified(),
                       {"param_instance": OMIT,
                        "header_instance": {"headers": {"if_modified_since": {"datetime": "2024-01-05T04:30:00+00:00"}}}}),
    ]
    out += record_variants("get_records", list_ok, error_details=lead_error)
    out += [
        RecordScenario("get_records", "no_args", list_ok, {"param_instance": OMIT, "header_instance": OMIT}),
        RecordScenario("get_records", "if_modified_since", not_modified(),
                       {"param_instance": {"params": {"page": 2, "per_page": 50}},
                        "header_instance": {"headers": {"if_modified_since": {"datetime": "2024-01-05T04:30:00+05:30"}}}}),
        RecordScenario("get_records", "explicit_params", list_ok, {
            "param_instance": {"params": {
                "approved": "both", "converted": "false", "cvid": "4150868000000087501",
                "ids": ["4150868000001188001", "4150868000001188017"], "uid": "4150868000000225013",
                "fields": "Last_Name,Email,Lead_Status", "sort_by": "Modified_Time", "sort_order": "desc",
                "page": 1, "per_page": 2, "startdatetime": {"datetime": "2024-01-01T00:00:00+00:00"},
                "enddatetime": {"datetime": "2024-03-31T23:59:59-07:00"},
                "territory_id": "4150868000000501001", "include_child": "true",
                "page_token": "c8582e7f"}},
            "header_instance": None}),
        RecordScenario("get_records", "lowercase_module", list_ok,
                       {"__init__": {"module_api_name": "leads"}, "param_instance": OMIT,
                        "header_instance": OMIT},
                       notes="module name canonicalised in the path, as officially",
                       served_path="/crm/v6/Leads"),
    ]
    # create / update / upsert ---------------------------------------------------
    out += record_variants("create_records", Response.json(201, _action_ok("record added", [SAMPLE_ID, SAMPLE_ID_2])),
                           full_body, lead_error)
    out += [
        RecordScenario("create_records", "mixed", _record_mixed("record added"), full_body),
        RecordScenario("create_records", "x_external",
                       Response.json(201, _action_ok("record added", [SAMPLE_ID])),
                       dict(one_body, header_instance=x_external)),
    ]
    out += record_variants("update_records", Response.json(200, _action_ok("record updated", [SAMPLE_ID, SAMPLE_ID_2])),
                           full_body, lead_error)
    out += [RecordScenario("update_records", "mixed", _record_mixed("record updated"), full_body)]
    out += record_variants("upsert_records", Response.json(200, _action_ok("record added", [SAMPLE_ID, SAMPLE_ID_2])),
                           _records_body(_every_kind_lead(), _minimal_lead("Sergi"),
                                         duplicate_check_fields=["Email", "Last_Name"], trigger=["workflow"]),
                           lead_error)
    out += [RecordScenario("upsert_records", "mixed", _record_mixed("record updated", duplicate=True),
                           _records_body(_every_kind_lead(), _minimal_lead("Sergi"),
                                         duplicate_check_fields=["Email"]))]
    out += record_variants("update_record", Response.json(200, _action_ok("record updated", [SAMPLE_ID])),
                           one_body, lead_error)
    # delete -------------------------------------------------------------------
    deleted = Response.json(200, {"data": [{"code": "SUCCESS", "details": {"id": str(SAMPLE_ID)},
                                            "message": "record deleted", "status": "success"}]})
    out += record_variants("delete_record", deleted)
    out += record_variants("delete_records", Response.json(200, {"data": [
        {"code": "SUCCESS", "details": {"id": str(SAMPLE_ID)}, "message": "record deleted", "status": "success"},
        {"code": "INVALID_DATA", "details": {"id": str(SAMPLE_ID_2)}, "message": "record not deleted",
         "status": "error"}]}),
        {"param_instance": {"params": {"ids": ["4150868000001188001", "4150868000001188017"],
                                       "wf_trigger": True}}})
    # deleted records ------------------------------------------------------------
    out += record_variants("get_deleted_records", deleted_ok)
    for kind in ("all", "recycle", "permanent"):
        out.append(RecordScenario("get_deleted_records", "type_" + kind, deleted_ok,
                                  {"param_instance": {"params": {"type": kind, "page": 2, "per_page": 10}},
                                   "header_instance": OMIT}))
    out.append(RecordScenario("get_deleted_records", "if_modified_since", not_modified(),
                              {"param_instance": {"params": {"type": "all"}},
                               "header_instance": {"headers": {"if_modified_since": {"datetime": "2024-02-01T10:00:00-08:00"}}}}))
    # search ---------------------------------------------------------------------
    out += record_variants("search_records", list_ok, error_details=lead_error)
    out.append(RecordScenario("search_records", "criteria", list_ok,
                              {"param_instance": {"params": {"criteria": "((Last_Name:equals:Marrier)and(Company:starts_with:Zyl))",
                                                             "page": 1, "per_page": 10}},
                               "header_instance": OMIT}))
    # photos -------------------------------------------------------------------
    out += record_variants("get_photo", download(PNG_BYTES, "attachment;filename*=UTF-8''lead_photo.png"))
    upload_args = {"request": {"body": {"values": {"file": {"stream": {"mode": "path", "name": "lead.png"}}}}},
                   "param_instance": {"params": {"restrict_triggers": "workflow"}}}
    out += record_variants("upload_photo", Response.json(200, photo_ok), upload_args,
                           {"api_name": "file", "json_path": "$.file"})
    out += record_variants("delete_photo", Response.json(200, photo_deleted))
    # mass update ----------------------------------------------------------------
    out += record_variants("mass_update_records", mass_ok, mass_body, lead_error)
    out += record_variants("get_mass_update_status", mass_status,
                           {"param_instance": {"params": {"job_id": "4150868000001307001"}}})
    # territories ------------------------------------------------------------------
    terr_ok = Response.json(200, _action_ok("territories assigned", [SAMPLE_ID]))
    out += record_variants("assign_territories_to_multiple_records", terr_ok, territory_body, lead_error)
    out += record_variants("assign_territory_to_record", terr_ok, one_territory_body, lead_error)
    out += record_variants("remove_territories_from_multiple_records", terr_ok, territory_body, lead_error)
    out += [RecordScenario(op, "wrong_element_type", terr_ok, wrong_territory_body,
                           notes="TYPE ERROR before sending: element 1 is a Record, not a Territory")
            for op in ("assign_territories_to_multiple_records", "remove_territories_from_record")]
    out += record_variants("remove_territories_from_record", terr_ok, one_territory_body, lead_error)
    # count ----------------------------------------------------------------------
    out += record_variants("record_count", Response.json(200, {"count": 1342}),
                           {"param_instance": {"params": {"criteria": "(Lead_Status:equals:Contacted)"}}})
    # external id ----------------------------------------------------------------
    ext = {"external_field_value": EXTERNAL_VALUE, "header_instance": x_external}
    out += record_variants("get_record_using_external_id", one_ok,
                           dict(ext, param_instance={"params": {"fields": "Last_Name"}}), lead_error)
    out += record_variants("update_record_using_external_id",
                           Response.json(200, _action_ok("record updated", [SAMPLE_ID])),
                           dict(ext, **one_body), lead_error)
    out += record_variants("delete_record_using_external_id", deleted,
                           dict(ext, param_instance={"params": {"wf_trigger": False}}))
    return out


class AutoPackageScenario(Scenario):
    """A generated scenario (diff_autogen); field metadata is served on every step."""

    def routes(self):
        import diff_autogen
        return super().routes() + diff_autogen.fields_metadata_routes()


HAND_WRITTEN = {
    "org": org_scenarios,
    "users": users_scenarios,
    "record": record_scenarios,
}


def _auto(pkg):
    import diff_apps
    import diff_autogen
    def build():
        auto = diff_autogen.auto_scenarios(pkg)
        return auto + diff_apps.app_scenarios(pkg) + diff_apps.before_init_scenarios(pkg, auto)
    return build


def _hand_and_auto(pkg):
    """Hand-written scenarios plus the generated ones, renamed auto_<variant>."""
    import diff_autogen

    def build():
        out = HAND_WRITTEN[pkg]()
        for s in diff_autogen.auto_scenarios(pkg):
            s.variant = "auto_" + s.variant
            out.append(s)
        import diff_apps
        return out + diff_apps.app_scenarios(pkg) + diff_apps.before_init_scenarios(pkg, out)
    return build


# Every package of the inventory with operations (the other 12 only hold models that these use):
# hand-written scenarios where written, generated ones everywhere.
PACKAGES = {pkg: _hand_and_auto(pkg) if pkg in HAND_WRITTEN else _auto(pkg)
            for pkg in diff_surface.package_names() if diff_surface.operations(pkg)}


_CACHE = {}


def scenarios_for(pkg):
    if pkg not in _CACHE:
        _CACHE[pkg] = PACKAGES[pkg]()
    return _CACHE[pkg]


def all_scenarios():
    return [s for pkg in sorted(PACKAGES) for s in scenarios_for(pkg)]


def find(name):
    pkg = name.split(".", 1)[0]
    for s in scenarios_for(pkg):
        if s.name == name:
            return s
    raise KeyError(name)


def coverage_gaps(pkg):
    """Operations of the package that no scenario calls (should be empty)."""
    called = {s.operation for s in scenarios_for(pkg)}
    return sorted(set(diff_surface.operations(pkg)) - called)


if __name__ == "__main__":  # quick listing for humans
    for s in all_scenarios():
        print(s.name, s.spec()["http_method"], s.path(), s.response.status)
    print(json.dumps({p: coverage_gaps(p) for p in PACKAGES}))
