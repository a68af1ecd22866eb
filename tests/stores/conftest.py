"""Fixtures for the token-store tests: scratch MariaDB databases."""
from __future__ import annotations

import os
import secrets
from typing import Iterator

import pytest

from tests.stores.store_helpers import OAUTH_TABLE_DDL, admin_connection, sql


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "official: runs the official SDK in its own venv")


@pytest.fixture
def database() -> Iterator[str]:
    """A fresh database (utf8mb4) holding an empty official ``oauthtoken`` table."""
    try:
        admin_connection().close()
    except Exception as error:  # pragma: no cover - environment problem
        if os.environ.get("CI") == "true":
            raise
        pytest.skip("no MariaDB on 127.0.0.1:3306: {}".format(error))
    name = "zsdk_test_" + secrets.token_hex(6)
    sql("CREATE DATABASE `{}` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci".format(name))
    try:
        sql(OAUTH_TABLE_DDL.format(name="oauthtoken"), database=name)
        yield name
    finally:
        sql("DROP DATABASE IF EXISTS `{}`".format(name))
