"""Child-process code for the multi-process refresh tests (importable under ``spawn``)."""
from __future__ import annotations

import threading
import time
import traceback
from typing import Any, Dict, List

THREADS = 8


def _store(spec: Dict[str, Any]):
    if spec["kind"] == "redis":
        from zohocrmsdk.src.com.zoho.api.authenticator.store import RedisStore
        return RedisStore(prefix=spec["prefix"], lease_seconds=spec.get("lease_seconds", 30.0))
    if spec["kind"] == "db":
        from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore
        return DBStore(host="127.0.0.1", database_name=spec["database"], user_name="root", password="",
                       port_number="3306", table_name="oauthtoken")
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    return FileStore(spec["path"])


def _calls(results: List[Any], threads: int) -> None:
    """``threads`` threads, released together, each calling OrgOperations().get_organization()."""
    from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
    gate = threading.Barrier(threads)

    def work() -> None:
        try:
            gate.wait(30)
            response = OrgOperations().get_organization()
            results.append(response.get_status_code())
        except Exception:
            results.append("error: " + traceback.format_exc(limit=5))

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)


def refresh_child(spec: Dict[str, Any], start, expired, resume, out) -> None:
    """Initialise against an expired stored token (all children at once), call from
    ``spec["threads"]`` (default THREADS) threads; then, once the parent has expired every access
    token at the emulator, call again from as many threads (each call meets INVALID_TOKEN).
    Reports status codes or errors, and the seconds each phase took."""
    report: Dict[str, Any] = {"init": None, "phase1": [], "phase2": []}
    threads = spec.get("threads", THREADS)
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
        began = time.monotonic()
        Initializer.initialize(environment, token, store=store, resource_path=spec["resource_path"],
                               sdk_config=SDKConfig(read_timeout=30, connect_timeout=10))
        report["init"] = "ok"
        _calls(report["phase1"], threads)
        report["phase1_seconds"] = time.monotonic() - began
        expired.wait(60)  # the parent expires the access tokens between these two barriers
        resume.wait(60)
        began = time.monotonic()
        _calls(report["phase2"], threads)
        report["phase2_seconds"] = time.monotonic() - began
    except Exception:
        report["init"] = report["init"] or "error: " + traceback.format_exc(limit=8)
    out.put(report)


def run_storm(emu, spec: Dict[str, Any], processes: int):
    """Run ``processes`` spawned refresh_child processes against ``emu``; between their two phases,
    expire every access token at the emulator. Returns (refresh requests seen when phase 1 ended,
    the children's reports)."""
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(processes)
    expired = ctx.Barrier(processes + 1)
    resume = ctx.Barrier(processes + 1)
    out = ctx.Queue()
    children = [ctx.Process(target=refresh_child, args=(spec, start, expired, resume, out), daemon=True)
                for _ in range(processes)]
    for child in children:
        child.start()
    try:
        expired.wait(90)
        after_phase1 = emu.token_requests("refresh_token")
        assert emu.expire_tokens() >= 1
        resume.wait(30)
        reports = [out.get(timeout=60) for _ in children]
    finally:
        for child in children:
            child.join(30)
            if child.is_alive():
                child.kill()
    return after_phase1, reports


def initialize_threads(spec: Dict[str, Any], threads: int) -> List[Dict[str, Any]]:
    """``threads`` threads, released together, each initialising the SDK with the stored credential
    (so each needs a token refresh); what each raised: code, message, details and the seconds taken."""
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    from zohocrmsdk.src.com.zoho.crm.api.dc import DataCenter
    from zohocrmsdk.src.com.zoho.crm.api.exception import SDKException
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
    environment = DataCenter.Environment(spec["base_url"], spec["token_url"], spec["base_url"])
    store = _store(spec)
    gate = threading.Barrier(threads)
    outcomes: List[Dict[str, Any]] = []

    def work() -> None:
        token = OAuthToken(client_id=spec["client_id"], client_secret=spec["client_secret"],
                           refresh_token=spec["refresh_token"], find_user=False)
        config = SDKConfig(read_timeout=30, connect_timeout=10, max_retries=spec.get("max_retries", 1),
                           backoff_factor=0.01, backoff_max=2.0,
                           refresh_failure_seconds=spec.get("refresh_failure_seconds", 60.0),
                           **{name: spec[name] for name in ("refresh_wait_seconds", "deadline") if name in spec})
        gate.wait(30)
        began = time.monotonic()
        try:
            Initializer.initialize(environment, token, store=store, resource_path=spec["resource_path"],
                                   sdk_config=config)
            outcome: Dict[str, Any] = {"ok": True}
        except SDKException as error:
            outcome = {"ok": False, "type": type(error).__name__, "code": error.code, "message": error.message,
                       "details": error.details, "text": str(error)}
        except Exception:
            outcome = {"ok": False, "type": "unexpected", "text": traceback.format_exc(limit=8)}
        outcome["seconds"] = time.monotonic() - began
        outcomes.append(outcome)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(90)
    return outcomes


def initialize_child(spec: Dict[str, Any], start, out) -> None:
    try:
        start.wait(60)
        out.put(initialize_threads(spec, spec["threads"]))
    except Exception:
        out.put([{"ok": False, "type": "unexpected", "text": traceback.format_exc(limit=8)}])


def run_initializers(spec: Dict[str, Any], processes: int) -> List[Dict[str, Any]]:
    """``processes`` spawned children, each running ``initialize_threads``; every outcome, flattened."""
    import multiprocessing
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Barrier(processes)
    out = ctx.Queue()
    children = [ctx.Process(target=initialize_child, args=(spec, start, out), daemon=True)
                for _ in range(processes)]
    for child in children:
        child.start()
    try:
        return [outcome for _ in children for outcome in out.get(timeout=100)]
    finally:
        for child in children:
            child.join(30)
            if child.is_alive():
                child.kill()
