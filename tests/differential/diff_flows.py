"""Token flows as apps run them: ``initialize`` / ``switch_user`` with custom stores that record
every call the SDK makes, and the caller's token object afterwards.

Run by runner.py under either SDK (public API only), before the batch's own ``initialize``. Each
flow returns plain data: the store's call sequence (method and arguments), what the token's
getters return after the flow, and the outcome of one API call made with it.
"""
import importlib
import os

CLIENT_ID = "1000.FLOWCLIENTID0000000000000000000"
CLIENT_SECRET = "flowsecret0123456789abcdef0123456789abcd"
STORED_REFRESH = "1000.storedrefresh0000000000000000.00000000000000000000000000000000"
STORED_ACCESS = "1000.storedaccess00000000000000000.00000000000000000000000000000000"


def _token_state(token):
    """The getters apps read (expiry only as present/absent: it is a clock value)."""
    signature = token.get_user_signature()
    return {"id": token.get_id(), "access_token": token.get_access_token(),
            "refresh_token": token.get_refresh_token(), "grant_token": token.get_grant_token(),
            "client_id": token.get_client_id(), "client_secret": token.get_client_secret(),
            "redirect_url": token.get_redirect_url(), "api_domain_set": token.get_api_domain() is not None,
            "expires_in_set": token.get_expires_in() is not None,
            "user_signature": signature.get_name() if signature is not None else None}


def recording_store(sdk, rows=None):
    """A plain six-method TokenStore that logs each call; ``rows`` (id -> token) is its content."""
    base = importlib.import_module("zohocrmsdk.src.com.zoho.api.authenticator.store.token_store").TokenStore

    class RecordingStore(base):
        def __init__(self):
            self.calls = []
            self.rows = dict(rows or {})

        def find_token(self, token):
            self.calls.append(["find_token", _token_state(token)])
            for row in self.rows.values():
                if row.get_refresh_token() and row.get_refresh_token() == token.get_refresh_token():
                    return row
            return None

        def save_token(self, token):
            self.calls.append(["save_token", _token_state(token)])
            if token.get_id() is None:
                token.set_id(str(len(self.rows) + 1))
            self.rows[token.get_id()] = token

        def delete_token(self, id):
            self.calls.append(["delete_token", id])
            self.rows.pop(id, None)

        def get_tokens(self):
            self.calls.append(["get_tokens"])
            return list(self.rows.values())

        def delete_tokens(self):
            self.calls.append(["delete_tokens"])
            self.rows.clear()

        def find_token_by_id(self, id):
            self.calls.append(["find_token_by_id", id])
            return self.rows.get(id)
    return RecordingStore()


def _stored_token(sdk, base_url):
    token = sdk.OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=STORED_REFRESH)
    token.set_id("1")
    token.set_access_token(STORED_ACCESS)
    token.set_expires_in("9999999999999")
    token.set_api_domain(base_url)
    return token


def _environment(sdk, base_url):
    return sdk.DataCenter.Environment(base_url, base_url + "/oauth/v2/token", base_url)


def _tokens(sdk, kind, base_url):
    if kind == "grant":
        return sdk.OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, grant_token="1000.flowgrant",
                              redirect_url="https://www.zylker.com/oauth/callback")
    if kind == "refresh":
        return sdk.OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token="1000.flowrefresh")
    if kind == "access":
        return sdk.OAuthToken(access_token="1000.flowaccess")
    return sdk.OAuthToken(id="1")


def run_flow(sdk, name, base_url, workdir):
    """``<how>_<token kind>`` flows: how in initialize / switch / stored (the store already holds
    the credential); token kind in grant / refresh / access / id."""
    how, kind = name.split("_", 1)
    resources = os.path.join(workdir, "flow_resources", name)
    os.makedirs(resources, exist_ok=True)
    rows = {"1": _stored_token(sdk, base_url)} if (kind == "id" or how == "stored") else None
    store = recording_store(sdk, rows)
    if how == "stored" and kind == "refresh":
        store.rows["1"].set_refresh_token("1000.flowrefresh")
    out = {}
    token = _tokens(sdk, kind, base_url)
    config = sdk.SDKConfig(auto_refresh_fields=False, pick_list_validation=True)
    try:
        if how == "switch":
            sdk.Initializer.initialize(environment=_environment(sdk, base_url), token=_tokens(sdk, "refresh", base_url),
                                       store=store, sdk_config=config, resource_path=resources)
            store.calls.append(["--- switch_user ---"])
            sdk.Initializer.switch_user(token=token)
        else:
            sdk.Initializer.initialize(environment=_environment(sdk, base_url), token=token, store=store,
                                       sdk_config=config, resource_path=resources)
        out["initialized"] = True
    except Exception as exc:
        out["initialize_raised"] = {"type": type(exc).__name__, "code": getattr(exc, "code", None)}
    out["token_after_initialize"] = _token_state(token)
    store.calls.append(["--- an API call ---"])
    try:
        org = importlib.import_module("zohocrmsdk.src.com.zoho.crm.api.org").OrgOperations()
        out["call_status"] = org.get_organization().get_status_code()
    except Exception as exc:
        out["call_raised"] = {"type": type(exc).__name__, "code": getattr(exc, "code", None)}
    out["token_after_call"] = _token_state(token)
    out["store_calls"] = store.calls
    return out


FLOWS = ["%s_%s" % (how, kind) for how in ("initialize", "switch") for kind in ("grant", "refresh", "access", "id")]
FLOWS += ["stored_refresh"]
