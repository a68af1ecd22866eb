"""Page tokens of record lists: signed, bound to the query and carrying their own expiry (§2.7)."""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
from typing import Mapping

from ...core import errors

PAGE_TOKEN_TTL = 24 * 3600
TOKEN_LIMIT = 100000


def bound_params(path: str, query: Mapping[str, str]) -> str:
    """What a token is bound to: the path and every parameter but the page ones."""
    keep = {k: v for k, v in sorted(query.items()) if k not in ("page_token", "page")}
    return hashlib.sha256((path + json.dumps(keep)).encode()).hexdigest()[:16]


def make_token(secret: bytes, offset: int, bound: str, now: float) -> str:
    payload = json.dumps({"o": offset, "b": bound, "x": int(now + PAGE_TOKEN_TTL)}).encode()
    sig = hmac.new(secret, payload, hashlib.sha256).hexdigest()[:16]
    return base64.urlsafe_b64encode(payload).decode().rstrip("=") + "." + sig


def read_token(secret: bytes, token: str, bound: str, now: float) -> int:
    """The offset a token points at, or Zoho's error for a forged, expired or re-bound one."""
    try:
        raw, sig = token.rsplit(".", 1)
        payload = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
        good = hmac.compare_digest(hmac.new(secret, payload, hashlib.sha256).hexdigest()[:16], sig)
        data = json.loads(payload) if good else None
    except (ValueError, TypeError):
        data = None
    if not isinstance(data, dict):
        raise errors.invalid_data(details={"param_name": "page_token"})
    if data["x"] < now:
        raise errors.page_token_expired()
    if data["b"] != bound:
        raise errors.page_token_mismatch()
    if data["o"] >= TOKEN_LIMIT:
        raise errors.pagination_limit(TOKEN_LIMIT)
    return int(data["o"])

