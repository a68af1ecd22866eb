"""A thread waiting for another's refresh of the same token waits a bounded time: ``SDKConfig.refresh_wait_seconds``,
and never beyond ``SDKConfig.deadline``. The emulator's latency fault holds the refresh at Zoho Accounts."""
from __future__ import annotations

import pytest

from tests.reliability.test_refresh_failure_shared import CLIENT_ID, CLIENT_SECRET, TOKEN_PATH, _expired_token, \
    _spec, _store
from tests.reliability.workers import initialize_threads

pytestmark = pytest.mark.slow


def _holders_and_waiters(outcomes):
    done = [o for o in outcomes if o["ok"]]
    gave_up = [o for o in outcomes if not o["ok"]]
    return done, gave_up


def test_waiters_give_up_after_refresh_wait_seconds_while_the_refresh_goes_on(emu, tmp_path):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    spec = _spec(emu, minted, tmp_path, kind="file", path=str(tmp_path / "tokens.txt"), refresh_wait_seconds=0.5)
    _expired_token(_store(spec), minted, emu)
    emu.add_fault("latency", path=TOKEN_PATH, method="POST", delay=3.0)
    done, gave_up = _holders_and_waiters(initialize_threads(spec, 4))
    assert len(done) == 1 and done[0]["seconds"] >= 3.0  # the one refresh finished
    assert len(gave_up) == 3
    for outcome in gave_up:
        assert (outcome["type"], outcome["code"]) == ("SDKTimeoutException", "INVALID TOKEN ERROR"), outcome
        assert outcome["message"] == "Waited 0.5 s for another thread's token refresh."
        assert 0.4 < outcome["seconds"] < 2.5
    assert emu.token_requests("refresh_token") >= 1


def test_the_deadline_bounds_the_wait_too(emu, tmp_path):
    minted = emu.mint_tokens(CLIENT_ID, CLIENT_SECRET)
    spec = _spec(emu, minted, tmp_path, kind="file", path=str(tmp_path / "tokens.txt"), deadline=0.8)
    _expired_token(_store(spec), minted, emu)
    emu.add_fault("latency", path=TOKEN_PATH, method="POST", delay=3.0)
    outcomes = initialize_threads(spec, 4)
    assert [o["ok"] for o in outcomes] == [False] * 4
    for outcome in outcomes:  # the holder's refresh hits the deadline; the waiters stop waiting at it
        assert outcome["type"] == "SDKTimeoutException", outcome
        assert outcome["seconds"] < 2.5
    assert sum(o["message"] == "Waited 0.8 s for another thread's token refresh." for o in outcomes) == 3
