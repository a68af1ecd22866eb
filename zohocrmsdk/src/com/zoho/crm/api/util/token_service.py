"""The token I/O of a call context, beside the API handler: requests to Zoho Accounts and the current-user
lookup. ``OAuthToken`` holds the credential and decides (which flow, whether an answer is usable, what to
save); it asks this module to talk to Accounts and to the CRM API, and the store (which it is handed in
the context) to read and write, so the authenticator never imports the layers that call it.
"""
from __future__ import annotations

from typing import Any, List, Optional, Tuple

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKAccountsException, SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import transport


def accounts_error(code: Optional[str], message: Optional[str], details: Any,
                   cause: Optional[BaseException] = None) -> SDKAccountsException:
    """An Accounts failure whose text is the official one and whose ``details`` carry Accounts' answer
    (set after construction: the official text has no details in it, and apps match that text;
    docs/deviations.md#refresh-failure-shared)."""
    error = SDKAccountsException(code, message, None, cause)
    error.details = details
    return error


def post_accounts(context: Any, form: List[Tuple[str, Any]], headers: Optional[dict] = None,
                  idempotent: bool = False, path: str = "") -> Tuple[Any, int]:
    """POST ``form`` to the context's Accounts URL (+ ``path``); return (decoded JSON answer, status)."""
    try:
        response = transport.post_form(context.environment.accounts_url + path, form, headers, context.sdk_config,
                                       context.request_proxy, idempotent)
    except (SDKException, MemoryError):
        raise
    except Exception as error:
        raise SDKAccountsException("Exception in saving tokens", None, None, error) from error
    try:
        return response.json(), response.status_code
    except (ValueError, RecursionError) as error:
        excerpt = response.content[:300].decode("utf-8", "replace")
        raise accounts_error("Exception in saving tokens", None, {"status": response.status_code, "body": excerpt},
                             error) from error


def current_user(context: Any, access_token: str) -> Optional[str]:
    """``<email>:<org zgid>`` of the user ``access_token`` belongs to, asked of the CRM API."""
    from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility  # utility reaches the API handler
    return Utility.get_user_name(access_token, context)
