"""Fixtures for the reliability tests: a per-test time limit, a scratch MariaDB database, a
running emulator, and a clean SDK state after every test."""
from __future__ import annotations

import os
import secrets
import signal
import threading
from typing import Any, Iterator

import pytest

from zohocrmsdk.emulator.testing import Emulator

TEST_TIMEOUT = 120  # seconds; every test here is bounded


@pytest.fixture(autouse=True)
def _time_limit() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def boom(signum: int, frame: Any) -> None:
        raise TimeoutError("test exceeded {}s".format(TEST_TIMEOUT))

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(TEST_TIMEOUT)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


@pytest.fixture(autouse=True)
def _clean_sdk_state() -> Iterator[None]:
    """No test sees the Initializer or logger another test left behind."""
    from zohocrmsdk.src.com.zoho.api.logger.logger import Logger, SDKLogger
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    yield
    Initializer.initializer = None
    Initializer.LOCAL.init = None
    SDKLogger.initialize(Logger(Logger.Levels.NOTSET, None))


@pytest.fixture
def emu() -> Iterator[Emulator]:
    with Emulator.running(token_ttl=3600) as running:
        yield running


@pytest.fixture
def database() -> Iterator[str]:
    """A fresh database (utf8mb4) holding an empty official ``oauthtoken`` table, dropped after."""
    from tests.stores.store_helpers import OAUTH_TABLE_DDL, admin_connection, sql
    try:
        admin_connection().close()
    except Exception as error:  # pragma: no cover - environment problem
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            raise
        pytest.skip("no MariaDB on 127.0.0.1:3306: {}".format(error))
    name = "zsdk_rel_" + secrets.token_hex(6)
    sql("CREATE DATABASE `{}` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci".format(name))
    try:
        sql(OAUTH_TABLE_DDL.format(name="oauthtoken"), database=name)
        yield name
    finally:
        sql("DROP DATABASE IF EXISTS `{}`".format(name))
