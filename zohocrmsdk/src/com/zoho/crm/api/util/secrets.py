"""Masking of credentials in text that may reach logs or exception messages."""
from __future__ import annotations

import re

# Zoho tokens look like 1000.<hex>.<hex>; grant codes and secrets are long hex/alnum runs.
_TOKEN = re.compile(r"\b(1000\.)[0-9a-zA-Z._-]{8,}")
_FIELD = re.compile(r"((?<![A-Za-z0-9_])(?:access_token|refresh_token|client_secret|code|token|grant_token|password)"
                    r"[\"']?\s*[:=]\s*[\"']?)([^\"'&,\s}]+)", re.IGNORECASE)
_AUTH = re.compile(r"(Zoho-oauthtoken\s+)\S+", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    text = _AUTH.sub(r"\1****", text)
    text = _FIELD.sub(r"\1****", text)
    return _TOKEN.sub(r"\1****", text)
