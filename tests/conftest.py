"""Project-wide test rules: under CI a skipped test is a failure (a skip there means something
that must run, MariaDB, Redis or the official SDK, was missing); the Redis key-prefix fixture."""
import os

import pytest

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if IN_CI and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = "skipped under CI, which must run everything: {}".format(report.longrepr)


@pytest.fixture
def redis_prefix():
    """A key prefix of its own on the Redis at 127.0.0.1:6379 (shared with other test runs, so
    never flushed); every key under it is deleted afterwards."""
    import secrets

    import redis
    client = redis.Redis(host="127.0.0.1", port=6379, socket_timeout=5, socket_connect_timeout=5)
    try:
        client.ping()
    except redis.RedisError as error:  # pragma: no cover - environment problem
        if IN_CI:
            raise
        pytest.skip("no Redis on 127.0.0.1:6379: {}".format(error))
    prefix = "zsdk_test:{}:".format(secrets.token_hex(6))
    try:
        yield prefix
    finally:
        keys = list(client.scan_iter(match=prefix + "*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
