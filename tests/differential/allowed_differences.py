"""Differences between the official SDK and ours that are deliberate.

Each entry names the section of docs/deviations.md that makes it a deliberate
deviation and matches a *specific shape* of difference, never a whole area:
anything not matched here fails the differential test.  Add a rule only together
with its section; a rule without one is a bug being hidden.

A predicate receives the Difference (path, official value, ours value) and a
Context giving both whole scopes, so it can check the surrounding request or
outcome (e.g. "this request is multipart").
"""
import re

ABSENT = "<absent>"
SDK_EXCEPTION = "zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception.SDKException"
# Ours may raise a typed subclass where the official raises SDKException (docs/deviations.md#typed-exceptions).
OUR_SDK_EXCEPTIONS = frozenset([SDK_EXCEPTION] + [SDK_EXCEPTION.rpartition(".")[0] + "." + name for name in (
    "SDKConnectionException", "SDKTimeoutException", "SDKRequestRefusedException", "SDKResponseException",
    "SDKAccountsException")])


class Allowed:
    def __init__(self, section, summary, predicate):
        self.section = section  # the id of its docs/deviations.md section
        self.summary = summary
        self.predicate = predicate

    def cites(self):
        return "docs/deviations.md#" + self.section

    def __repr__(self):
        return "Allowed(%s %s)" % (self.cites(), self.summary)


class Context:
    def __init__(self, scope_name, official, ours):
        self.scope_name = scope_name
        self.official = official
        self.ours = ours

    def request_pair(self, path):
        """(official request, ours request) when path points into requests[i]."""
        if len(path) >= 2 and path[0] == "requests" and isinstance(path[1], int):
            try:
                return self.official["requests"][path[1]], self.ours["requests"][path[1]]
            except (KeyError, IndexError, TypeError):
                return None, None
        return None, None

    def outcome(self, side):
        scope = self.official if side == "official" else self.ours
        return scope.get("outcome") if isinstance(scope, dict) else None


def _is_multipart(req):
    if not req:
        return False
    return any(k.lower() == "content-type" and v.startswith("multipart/form-data")
               for k, v in req["headers"].items())


# --- booleans-lower-case ---------------------------------------------------
def _lower_bools(text):
    return re.sub(r"\bFalse\b", "false", re.sub(r"\bTrue\b", "true", text))


def booleans_lower_case(diff, ctx):
    """Query/header values (and the caller's map dumps) differ only in True/False case."""
    in_wire = diff.path[:1] == ("requests",) and len(diff.path) >= 3 and diff.path[2] in ("query", "headers")
    in_maps = len(diff.path) >= 2 and diff.path[0] == "outcome" and str(diff.path[1]).endswith("_after")
    if not (in_wire or in_maps):
        return False
    if not (isinstance(diff.official, str) and isinstance(diff.ours, str)):
        return False
    return diff.official != diff.ours and _lower_bools(diff.official) == diff.ours


# --- caller-maps-not-mutated -----------------------------------------------
def header_map_not_mutated(diff, ctx):
    """The official SDK writes Authorization / X-ZOHO-SDK into the caller's HeaderMap."""
    return (len(diff.path) == 4 and diff.path[0] == "outcome"
            and diff.path[1] == "header_instance_after" and diff.path[2] == "map"
            and diff.path[3] in ("Authorization", "X-ZOHO-SDK")
            and diff.ours == ABSENT)


# --- multipart-filename-from-wrapper / multipart-keeps-query ---------------
_FILENAME = re.compile(r'filename="[^"]*"')


def _bodies_equal_but_filename(a_req, b_req):
    a_body, b_body = a_req.get("body"), b_req.get("body")
    if not a_body or not b_body:
        return False
    return _FILENAME.sub('filename=""', a_body["text"]) == _FILENAME.sub('filename=""', b_body["text"])


def multipart_filename(diff, ctx):
    """Ours names the part after StreamWrapper.get_name(); the official SDK uses 'file'."""
    a_req, b_req = ctx.request_pair(diff.path)
    if not (_is_multipart(a_req) and _is_multipart(b_req)):
        return False
    tail = diff.path[2:]
    if tail[:1] == ("body",) or (tail[:1] == ("headers",) and str(tail[-1]).lower() == "content-length"):
        return _bodies_equal_but_filename(a_req, b_req)
    return False


def multipart_keeps_query(diff, ctx):
    """The official multipart POST drops query params; ours sends them."""
    a_req, b_req = ctx.request_pair(diff.path)
    return (diff.path[2:] == ("query",) and _is_multipart(a_req) and _is_multipart(b_req)
            and diff.official == [] and bool(diff.ours))


# --- clear-sdk-exception ---------------------------------------------------
def _official_failed_obscurely(outcome):
    if not isinstance(outcome, dict):
        return False
    if outcome.get("response") == {"none": True}:
        return True  # api_call swallowed an SDKException and returned None
    raised = outcome.get("raised")
    return (isinstance(raised, dict) and raised.get("type") == SDK_EXCEPTION
            and raised.get("code") is None and str(raised.get("cause")).startswith("builtins."))


def clear_exception_instead_of_obscure(diff, ctx):
    """Where the official SDK returns None or wraps a raw Python error, ours raises a clear SDKException."""
    if diff.path[:1] != ("outcome",) or len(diff.path) < 2 or diff.path[1] not in ("raised", "response"):
        return False
    ours = ctx.outcome("ours")
    return (_official_failed_obscurely(ctx.outcome("official"))
            and isinstance(ours, dict) and isinstance(ours.get("raised"), dict)
            and ours["raised"].get("type") in OUR_SDK_EXCEPTIONS and "response" not in ours)


# --- typed-map-keeps-unknown-keys ------------------------------------------
def unknown_map_keys_kept(diff, ctx):
    """Typed-Map response members (e.g. APIException details) keep keys the metadata does not list."""
    return (diff.path[:1] == ("outcome",) and len(diff.path) >= 3
            and diff.path[-2] == "map" and diff.path[-3] == "get_details"
            and diff.official == ABSENT and diff.ours != ABSENT)


# --- upload-files-type-check -----------------------------------------------
def _official_upload_files_type_error(ctx):
    raised = (ctx.outcome("official") or {}).get("raised") or {}
    details = (raised.get("details") or {}).get("map") or {}
    return (raised.get("code") == "TYPE ERROR" and details.get("given_type") == "List[StreamWrapper]"
            and details.get("accepted_type") == "List[zohocrmsdk.src.com.zoho.crm.api.util.StreamWrapper]")


def upload_files_type_checked_by_class(diff, ctx):
    """The official upload_files always fails its own type check and sends nothing; ours sends."""
    if not _official_upload_files_type_error(ctx):
        return False
    if diff.path == ("requests",):
        return diff.official == [] and bool(diff.ours)
    return (diff.path in (("outcome", "raised"), ("outcome", "response"))
            and (diff.path[1] == "raised") == (diff.ours == ABSENT)
            and (diff.path[1] == "response") == (diff.official == ABSENT))


# --- local-time-zero-padded ------------------------------------------------
_SHORT_TIME = re.compile(r"(?<![\d:])(\d{1,2}):(\d{1,2})(?![\d:])")


def _pad_times(text):
    return _SHORT_TIME.sub(lambda m: "%02d:%02d" % (int(m.group(1)), int(m.group(2))), text)


def local_time_zero_padded(diff, ctx):
    """LocalTime values go out as HH:MM; the official SDK sends 9:5."""
    a_req, b_req = ctx.request_pair(diff.path)
    if not a_req or not b_req or not a_req.get("body") or not b_req.get("body"):
        return False
    same = _pad_times(a_req["body"]["text"]) == b_req["body"]["text"] != a_req["body"]["text"]
    tail = diff.path[2:]
    return same and (tail == ("body", "text")
                     or (tail[:1] == ("headers",) and str(tail[-1]).lower() == "content-length"))


# --- criteria-param-json ---------------------------------------------------
_FILTER_PARAM = "GetEmailsRelatedRecordsParam.filter"


def _official_filter_failed(ctx):
    errors = (ctx.outcome("official") or {}).get("build_errors") or []
    return any(e.get("where") == _FILTER_PARAM and "get_mandatory_checker" in e["error"]["str"]
               for e in errors)


def criteria_param_serialised(diff, ctx):
    """The official SDK cannot add the Criteria `filter` param; ours sends it as compact JSON."""
    if not _official_filter_failed(ctx):
        return False
    if diff.path == ("outcome", "build_errors"):
        return diff.ours == ABSENT and all(e.get("where") == _FILTER_PARAM for e in diff.official)
    if diff.path == ("outcome", "param_instance_after", "map", "filter"):
        return diff.official == ABSENT
    if len(diff.path) == 3 and diff.path[0] == "requests" and diff.path[2] == "query":
        return [p for p in diff.ours if p[0] != "filter"] == diff.official and len(diff.ours) == len(diff.official) + 1
    return False


# --- invalid-token-refresh-retry ---------------------------------------------
def _same_but_allowed(official_reqs, ours_reqs, ctx):
    """The requests both SDKs sent are equal up to differences other rules allow (e.g. booleans
    or multipart query params in the attempt that got the 401)."""
    import diff_compare  # late: diff_compare imports this module
    others = [r for r in RULES if r.predicate is not invalid_token_refreshed_once]
    for i, (a, b) in enumerate(zip(official_reqs, ours_reqs)):
        if a == b:
            continue
        a, b = diff_compare.align_requests({"requests": [a]}, {"requests": [b]})
        for d in diff_compare.structural_diff(a["requests"][0], b["requests"][0], ("requests", i)):
            if first_match(d, ctx, others) is None:
                return False
    return True


def invalid_token_refreshed_once(diff, ctx):
    """On INVALID_TOKEN ours refreshes the token (if the stored one is the one that failed) and
    retries the call once: a refresh-token POST and one replay of the failed request, nothing else."""
    if diff.path != ("requests",) or not isinstance(diff.official, list) or not isinstance(diff.ours, list):
        return False
    official, ours = diff.official, diff.ours
    if len(ours) != len(official) + 2 or not official:
        return False
    if not _same_but_allowed(official, ours[:len(official)], ctx):
        return False
    outcome = ctx.outcome("official") or {}
    response = outcome.get("response") or {}
    if response.get("status_code") != 401 or "INVALID_TOKEN" not in repr(response.get("object")):
        return False
    refresh, replay = ours[-2], ours[-1]
    body = refresh.get("body") or ""
    if isinstance(body, dict):
        body = body.get("text", "")
    body = body if isinstance(body, str) else repr(body)
    failed = ours[len(official) - 1]  # the replay repeats our own first attempt
    same_call = all(replay.get(k) == failed.get(k) for k in ("method", "path", "query", "body"))
    return (refresh.get("path", "").endswith("/oauth/v2/token") and "grant_type=refresh_token" in body
            and same_call)


# --- uninitialized-record-operations ---------------------------------------
def uninitialized_error_is_clear(diff, ctx):
    """Before initialize, where the official wraps a raw AttributeError (code None), ours raises
    SDK UNINITIALIZED ERROR; both raise an SDKException and send nothing."""
    official, ours = ctx.outcome("official") or {}, ctx.outcome("ours") or {}
    a, b = official.get("raised") or {}, ours.get("raised") or {}
    return (ctx.scope_name.endswith(".before_init") and diff.path[:2] == ("outcome", "raised")
            and a.get("type") == b.get("type") == SDK_EXCEPTION and a.get("code") is None
            and a.get("cause") == "builtins.AttributeError"
            and b.get("code") == "SDK UNINITIALIZED ERROR")


# --- token-file-private ------------------------------------------------------
def token_file_private(diff, ctx):
    """The token file holds secrets: ours creates it 0600, the official under the umask."""
    return diff.path == ("token_file", "mode") and diff.ours == "0o600"


RULES = [
    Allowed("booleans-lower-case", "booleans sent as true/false", booleans_lower_case),
    Allowed("caller-maps-not-mutated", "caller's HeaderMap is not mutated", header_map_not_mutated),
    Allowed("multipart-filename-from-wrapper", "multipart part filename from StreamWrapper name", multipart_filename),
    Allowed("multipart-keeps-query", "multipart POST keeps query params", multipart_keeps_query),
    Allowed("clear-sdk-exception", "clear SDKException instead of None / wrapped raw error",
            clear_exception_instead_of_obscure),
    Allowed("typed-map-keeps-unknown-keys", "typed-Map responses keep unknown keys", unknown_map_keys_kept),
    Allowed("upload-files-type-check", "upload_files type-checks by class and sends",
            upload_files_type_checked_by_class),
    Allowed("local-time-zero-padded", "LocalTime sent zero-padded", local_time_zero_padded),
    Allowed("criteria-param-json", "Criteria query param serialised as JSON", criteria_param_serialised),
    Allowed("invalid-token-refresh-retry", "INVALID_TOKEN: one refresh and one retry", invalid_token_refreshed_once),
    Allowed("uninitialized-record-operations", "SDK UNINITIALIZED ERROR before initialize",
            uninitialized_error_is_clear),
    Allowed("token-file-private", "token file created 0600", token_file_private),
]


def first_match(diff, ctx, rules=None):
    for rule in RULES if rules is None else rules:
        try:
            if rule.predicate(diff, ctx):
                return rule
        except (KeyError, IndexError, TypeError, AttributeError):
            continue  # a rule that cannot read the shape does not apply
    return None
