"""RedisStore figures: token lookups per second from one process (FileStore alongside for scale), and
the time 8 processes x 16 threads take to get past one expiry against the emulator.

Run from the repository root with Redis on 127.0.0.1:6379:  python benchmarks/redis_store.py
(options: --seconds per lookup measurement, --processes, --threads, --storm-stores redis,file for
FileStore's storm alongside). Keys live under a fresh prefix that is deleted afterwards.
"""
from __future__ import annotations

import argparse
import os
import secrets
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken  # noqa: E402
from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore, RedisStore  # noqa: E402
from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature  # noqa: E402

TOKENS = 50  # stored tokens besides the one looked up


def _token(n: int) -> OAuthToken:
    token = OAuthToken(client_id="1000.BENCH", client_secret="secret", refresh_token="1000.refresh.%d" % n)
    token.set_access_token("1000.access.%d" % n)
    token.set_expires_in(str(int(time.time() * 1000) + 3600_000))
    token.set_user_signature(UserSignature("user%d@example.com" % n))
    return token


def _rate(call, seconds: float) -> float:
    done, started = 0, time.perf_counter()
    while True:
        for _ in range(100):
            call()
        done += 100
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return done / elapsed


def lookups(store, seconds: float) -> None:
    for n in range(TOKENS + 1):
        store.save_token(_token(n))
    probes = {
        "find_token by user name": lambda: store.find_token(OAuthToken(user_signature=UserSignature(
            "user25@example.com"))),
        "find_token by refresh token": lambda: store.find_token(OAuthToken(
            client_id="1000.BENCH", client_secret="secret", refresh_token="1000.refresh.25")),
        "find_token_by_id": lambda: store.find_token_by_id("26"),
    }
    for name, call in probes.items():
        assert call() is not None
        print("  {:<30} {:>8.0f} /s".format(name, _rate(call, seconds)))


def storm(processes: int, threads: int, prefix: str, kind: str) -> None:
    from tests.reliability.workers import run_storm
    from zohocrmsdk.emulator.testing import Emulator
    with Emulator.running(token_ttl=3600) as emu, tempfile.TemporaryDirectory() as resources:
        minted = emu.mint_tokens("1000.BENCH", "secret")
        seed = OAuthToken(client_id="1000.BENCH", client_secret="secret", refresh_token=minted["refresh_token"])
        seed.set_access_token(minted["access_token"])
        seed.set_expires_in(str(int(time.time() * 1000) - 600_000))
        seed.set_api_domain(emu.base_url)
        path = os.path.join(resources, "tokens.txt")
        (RedisStore(prefix=prefix) if kind == "redis" else FileStore(path)).save_token(seed)
        before = emu.token_requests("refresh_token")
        spec = dict(base_url=emu.base_url, token_url=emu.token_url, client_id="1000.BENCH", client_secret="secret",
                    refresh_token=minted["refresh_token"], resource_path=resources, kind=kind, prefix=prefix,
                    path=path, threads=threads)
        after_phase1, reports = run_storm(emu, spec, processes)
        refreshes = (after_phase1 - before, emu.token_requests("refresh_token") - after_phase1)
    calls = [code for report in reports for code in report["phase1"] + report["phase2"]]
    print("  {} x {}: {} calls, {} not 200; token requests: {} at start-up, {} after the revocation".format(
        processes, threads, len(calls), sum(code != 200 for code in calls), *refreshes))
    print("  start-up on an expired stored token (initialize + first calls), slowest process: {:.3f} s".format(
        max(report["phase1_seconds"] for report in reports)))
    print("  past one expiry mid-run (INVALID_TOKEN, one refresh, retries), slowest process:  {:.3f} s".format(
        max(report["phase2_seconds"] for report in reports)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--storm-stores", default="redis", help="comma-separated: redis, file")
    options = parser.parse_args()
    prefix = "zsdk_bench:{}:".format(secrets.token_hex(6))
    store = RedisStore(prefix=prefix)
    try:
        print("RedisStore lookups, one process, one thread ({} tokens stored):".format(TOKENS + 1))
        lookups(store, options.seconds)
        with tempfile.TemporaryDirectory() as folder:
            print("FileStore lookups, same tokens:")
            lookups(FileStore(os.path.join(folder, "tokens.txt")), options.seconds)
        store.delete_tokens()
        for kind in options.storm_stores.split(","):
            print("{} storm:".format({"redis": "RedisStore", "file": "FileStore"}[kind]))
            storm(options.processes, options.threads, prefix, kind)
    finally:
        keys = list(store.client.scan_iter(match=prefix + "*"))
        if keys:
            store.client.delete(*keys)


if __name__ == "__main__":
    main()
