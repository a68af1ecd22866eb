"""Forks during refreshes never hang; FileStore refreshes of different users run in parallel.

A child forked while a thread of its parent is inside a refresh must not inherit that refresh's locks
held: the child has no such thread, so nothing would ever release them. And refreshes of different
credentials in one token file must not wait for each other.
"""
from __future__ import annotations

import os
import signal
import threading
import time
import warnings

import pytest

from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken

CLIENT_ID, CLIENT_SECRET = "1000.FORKS", "forks-secret"
TOKEN_PATH = "/oauth/v2/token"
CHILD_SECONDS = 20  # a child that has not finished by then is stuck
pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")]


def _expired(store, refresh_token, emu, user=None):
    from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
    seed = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=refresh_token)
    if user is not None:
        seed.set_user_signature(UserSignature(user))
    seed.set_access_token("expired-" + refresh_token[-8:])
    seed.set_expires_in(str(int(time.time() * 1000) - 600_000))
    seed.set_api_domain(emu.base_url)
    store.save_token(seed)
    return seed


class _Memory(object):
    """A plain six-method store (no lock hook), built lazily to import TokenStore inside the test."""

    @staticmethod
    def build():
        from zohocrmsdk.src.com.zoho.api.authenticator.store.token_store import TokenStore

        class Memory(TokenStore):
            def __init__(self):
                self.row = None
                self.guard = threading.Lock()

            def find_token(self, token):
                with self.guard:
                    row = self.row
                if row is None:
                    return None
                for name in ("access_token", "expires_in", "id", "api_domain"):
                    getattr(token, "set_" + name)(getattr(row, "get_" + name)())
                return token

            def save_token(self, token):
                with self.guard:
                    self.row = token._copy()

            def delete_token(self, id): self.row = None
            def get_tokens(self): return [self.row] if self.row else []
            def delete_tokens(self): self.row = None
            def find_token_by_id(self, id): return self.row

        return Memory()


@pytest.mark.parametrize("kind", ["file", "plain"])
def test_thirty_forks_during_refreshes_never_hang(emu, tmp_path, kind):
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    # This test forces dozens of refreshes of one refresh token in seconds (forks must land inside them), far
    # past Zoho's 10 access tokens per refresh token per 10 minutes: that throttle is off here, and only here.
    emu.configure_limits(token_throttle=False)
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    store = FileStore(str(tmp_path / "tokens.txt")) if kind == "file" else _Memory.build()
    _expired(store, minted["refresh_token"], emu)
    emu.add_fault("latency", path=TOKEN_PATH, method="POST", delay=0.2)  # each refresh takes a while
    stop, refreshes = threading.Event(), []

    def initialize():
        token = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=minted["refresh_token"],
                           find_user=False)
        Initializer.initialize(emu.environment(), token, store=store, resource_path=str(tmp_path))

    def refresher():  # the parent refreshes continuously: forks land inside its refreshes
        while not stop.is_set():
            stored = store.get_tokens()[0]
            stored.set_expires_in(str(int(time.time() * 1000) - 600_000))
            store.save_token(stored)
            initialize()
            refreshes.append(1)
            time.sleep(0.02)  # an app does other things between refreshes

    initialize()  # imports done: a fork inside a first import would inherit Python's own module lock
    thread = threading.Thread(target=refresher, daemon=True)
    thread.start()
    children = []
    try:
        for _ in range(30):
            time.sleep(0.07)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)  # forking a threaded process, on purpose
                pid = os.fork()
            if pid == 0:  # the child: one refresh of its own, then out
                code = 1
                try:
                    signal.alarm(CHILD_SECONDS)  # a stuck child dies of SIGALRM instead of hanging the test
                    stored = store.get_tokens()[0]
                    stored.set_expires_in(str(int(time.time() * 1000) - 600_000))
                    store.save_token(stored)
                    initialize()
                    code = 0
                except BaseException:
                    import traceback
                    (tmp_path / "child-{}.txt".format(os.getpid())).write_text(traceback.format_exc())
                finally:
                    os._exit(code)
            children.append(pid)
    finally:
        stop.set()
        thread.join(30)
    statuses = []
    for pid in children:
        _, status = os.waitpid(pid, 0)
        statuses.append(os.waitstatus_to_exitcode(status) if hasattr(os, "waitstatus_to_exitcode") else status)
    failures = [p.read_text() for p in tmp_path.glob("child-*.txt")]
    assert statuses == [0] * 30, (statuses, failures[:2])  # -14 would be a child killed by its alarm: it hung
    assert len(refreshes) >= 5


def test_file_store_refreshes_sixteen_users_at_once(emu, tmp_path):
    """With 1 s of Accounts latency, 16 users' refreshes are in flight together, not one after another."""
    from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api.user_signature import UserSignature
    store = FileStore(str(tmp_path / "tokens.txt"))
    users = []
    for n in range(16):
        minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
        _expired(store, minted["refresh_token"], emu, user="user{}@example.com".format(n))
        users.append((minted["refresh_token"], "user{}@example.com".format(n)))
    in_flight, peak, guard = [0], [0], threading.Lock()
    original = emu.app.sleep

    def counting_sleep(seconds):  # the latency fault's sleep: count requests inside it
        with guard:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
        try:
            original(seconds)
        finally:
            with guard:
                in_flight[0] -= 1

    emu.app.sleep = counting_sleep
    emu.add_fault("latency", path=TOKEN_PATH, method="POST", delay=1.0)
    gate, errors = threading.Barrier(16), []

    def work(refresh_token, user):
        token = OAuthToken(client_id=CLIENT_ID, client_secret=CLIENT_SECRET, refresh_token=refresh_token,
                           user_signature=UserSignature(user), find_user=False)
        gate.wait(10)
        try:
            Initializer.initialize(emu.environment(), token, store=store, resource_path=str(tmp_path))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    began = time.monotonic()
    workers = [threading.Thread(target=work, args=user) for user in users]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    took = time.monotonic() - began
    assert errors == []
    assert peak[0] == 16, peak[0]
    assert took < 8, took
    assert all(int(t.get_expires_in()) > time.time() * 1000 + 600_000 for t in store.get_tokens())


def test_a_child_forked_while_the_field_cache_locks_are_held_can_take_them(tmp_path):
    from zohocrmsdk.src.com.zoho.crm.api.util.field_cache import FieldCache
    from zohocrmsdk.src.com.zoho.crm.api.util.module_fields_handler import ModuleFieldsHandler
    from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility
    cache = FieldCache.of(str(tmp_path))
    taken, release = threading.Event(), threading.Event()
    # the official class locks an app may take too
    official = lambda: (OAuthToken.lock, ModuleFieldsHandler.lock)  # noqa: E731

    def holder():  # a parent thread in the middle of a metadata fetch and a cache write
        with Utility.lock, cache._lock, official()[0], official()[1]:
            taken.set()
            release.wait(30)

    thread = threading.Thread(target=holder)
    thread.start()
    assert taken.wait(10)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
        if pid == 0:
            code = 1
            try:
                locks = (Utility.lock, cache._lock) + official()
                code = 0 if all(lock.acquire(timeout=5) for lock in locks) else 3
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    finally:
        release.set()
        thread.join(10)
