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
  {"body": {"fields": [attr...] | None, "values": {attr: v}}}
                            the argument's body class, only the listed fields
                            (None = every settable field), explicit values win
  {"stream": {"mode": "path" | "stream", "name": str}}
                            a StreamWrapper from a temp file path or a BytesIO
  plain value               passed as is (path ids, strings)
Value specs inside params/headers/body: plain JSON scalars, {"choice": v},
{"datetime": iso}, {"date": iso}, {"time": iso}, {"int": n}, {"float": x},
or a nested override dict for model fields ({"body": ...} shape).

To add a package: write a ``<pkg>_scenarios()`` function returning a list of
Scenario objects (``standard_variants`` gives the usual success / 400 / 401 /
204 set per operation) and register it in ``PACKAGES``.  Nothing else changes.
"""
import base64
import json

import diff_surface
from recording_server import JSON_TYPE, Response, Route

OMIT = "<omit>"
SAMPLE_ID = 4150868000001188001
SAMPLE_ID_2 = 4150868000001188017
SAMPLE_STRING = "sample"

# 1x1 transparent PNG: small, valid, and binary (non-UTF-8) on purpose.
PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)


class Scenario:
    def __init__(self, package, operation, variant, response, args=None, notes=""):
        self.package = package
        self.operation = operation
        self.variant = variant
        self.response = response
        self.args = dict(args or {})
        self.notes = notes

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
                 notes="official: wrapped KeyError; ours: a clear SDKException (§16.15)"),
    ]
    upload_args = {"request": {"body": {"values": {"file": {"stream": {"mode": "path", "name": "logo.png"}}}}}}
    out += standard_variants("org", "upload_organization_photo",
                             Response.json(200, photo_ok), upload_args,
                             error_details={"api_name": "file", "json_path": "$.file"})
    out += [
        Scenario("org", "upload_organization_photo", "stream_named",
                 Response.json(200, photo_ok),
                 {"request": {"body": {"values": {"file": {"stream": {"mode": "stream", "name": "brand.png"}}}}}},
                 notes="official names the part 'file', ours uses the wrapper name (§16.10)"),
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
                 notes="details key outside the typed map (§16.23)"),
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


PACKAGES = {
    "org": org_scenarios,
    "users": users_scenarios,
}


def scenarios_for(pkg):
    return PACKAGES[pkg]()


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
