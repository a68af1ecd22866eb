"""Child-process code for the multi-process refresh tests (importable under ``spawn``)."""
from __future__ import annotations

import threading
import traceback
from typing import Any, Dict, List

THREADS = 8


def _store(spec: Dict[str, Any]):
    if spec["kind"] == "db":
        from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore
        return DBStore(host="127.0.0.1", database_name=spec["database"], user_name="root", password="",
                       port_number="3306", table_name="oauthtoken")
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    return FileStore(spec["path"])


def _calls(results: List[Any]) -> None:
    """THREADS threads, released together, each calling OrgOperations().get_organization()."""
    from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
    gate = threading.Barrier(THREADS)

    def work() -> None:
        try:
            gate.wait(30)
            response = OrgOperations().get_organization()
            results.append(response.get_status_code())
        except Exception:
            results.append("error: " + traceback.format_exc(limit=5))

    threads = [threading.Thread(target=work) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)


def refresh_child(spec: Dict[str, Any], start, expired, resume, out) -> None:
    """Initialise against an expired stored token (all children at once), call from THREADS
    threads; then, once the parent has expired every access token at the emulator, call again
    from THREADS threads (each call meets INVALID_TOKEN). Reports status codes or errors."""
    report: Dict[str, Any] = {"init": None, "phase1": [], "phase2": []}
    try:
        from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
        from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
        from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
        from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
        environment = DataCenter.Environment(spec["base_url"], spec["token_url"], spec["base_url"])
        token = OAuthToken(client_id=spec["client_id"], client_secret=spec["client_secret"],
                           refresh_token=spec["refresh_token"], find_user=False)
        store = _store(spec)
        start.wait(60)
        Initializer.initialize(environment, token, store=store, resource_path=spec["resource_path"],
                               sdk_config=SDKConfig(read_timeout=30, connect_timeout=10))
        report["init"] = "ok"
        _calls(report["phase1"])
        expired.wait(60)  # the parent expires the access tokens between these two barriers
        resume.wait(60)
        _calls(report["phase2"])
    except Exception:
        report["init"] = report["init"] or "error: " + traceback.format_exc(limit=8)
    out.put(report)
