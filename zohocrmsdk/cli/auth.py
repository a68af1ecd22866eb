"""``zoho-crm auth exchange|list|revoke``: tokens in the official FileStore/DBStore formats."""
from __future__ import annotations

import argparse
import os
import time
from typing import Any, Optional

from . import connection
from .errors import CLIError, UsageError

EXCHANGE_EXAMPLE = """example:
  zoho-crm auth exchange --client-id 1000.X --client-secret S --code 1000.abc --dc eu --token-file tokens.txt
  (the grant code comes from the Self Client in https://api-console.zoho.com and is valid for minutes)"""


def add_commands(commands: Any, common: argparse.ArgumentParser) -> None:
    auth = commands.add_parser("auth", help="exchange a grant code, list or revoke stored tokens",
                               description="Tokens kept in the SDK's store (the official formats).")
    verbs = auth.add_subparsers(dest="verb", metavar="VERB", parser_class=type(auth))
    env = os.environ.get
    raw = argparse.RawDescriptionHelpFormatter
    exchange = verbs.add_parser("exchange", parents=[common], formatter_class=raw, epilog=EXCHANGE_EXAMPLE,
                                help="exchange a grant code and save the tokens",
                                description="Exchange a grant code for tokens, look up the user and save them "
                                            "in the store. Prints the user, data centre and expiry, never a secret.")
    exchange.add_argument("--client-id", default=env("ZOHO_CLIENT_ID"),
                          help="OAuth client id [$ZOHO_CLIENT_ID]")
    exchange.add_argument("--client-secret", default=env("ZOHO_CLIENT_SECRET"),
                          help="OAuth client secret [$ZOHO_CLIENT_SECRET]")
    exchange.add_argument("--code", default=env("ZOHO_GRANT_CODE"), help="the grant code [$ZOHO_GRANT_CODE]")
    exchange.add_argument("--redirect-url", default=env("ZOHO_REDIRECT_URL"),
                          help="redirect URL registered with the client, if any [$ZOHO_REDIRECT_URL]")
    exchange.set_defaults(run=run_exchange)
    listing = verbs.add_parser("list", parents=[common], formatter_class=raw,
                               epilog="example:\n  zoho-crm auth list --token-file tokens.txt",
                               help="list stored tokens (secrets masked)", description="List the stored tokens.")
    listing.set_defaults(run=run_list)
    revoke = verbs.add_parser("revoke", parents=[common], formatter_class=raw,
                              epilog="example:\n  zoho-crm auth revoke 2 --token-file tokens.txt",
                              help="revoke a stored refresh token at Zoho and remove it",
                              description="Revoke the refresh token stored under ID at Zoho Accounts and remove "
                                          "it from the store.")
    revoke.add_argument("id", metavar="ID", help="the token id shown by `zoho-crm auth list`")
    revoke.set_defaults(run=run_revoke)


def run_exchange(args: argparse.Namespace) -> None:
    missing = [flag for flag, value in (("--client-id", args.client_id), ("--client-secret", args.client_secret),
                                        ("--code", args.code)) if not value]
    if missing:
        raise UsageError("auth exchange needs " + ", ".join(missing))
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    token_store = connection.store(args)
    token = OAuthToken(client_id=args.client_id, client_secret=args.client_secret, grant_token=args.code,
                       redirect_url=args.redirect_url)
    before = token_store.find_token(token)
    if before is not None:
        print(f"this grant code was already exchanged: token {before.get_id()} for {connection.user_name(before)} "
              f"in {connection.store_name(args)}")
        return
    try:
        connection.initialise(args, token, token_store)
    except Exception as error:
        if "invalid_code" in str(error):
            raise CLIError("Zoho refused the grant code (invalid_code): codes are single-use and expire within "
                           "minutes, and must come from the data centre chosen with --dc "
                           f"({connection.describe(args)}); generate a new one") from error
        raise
    saved = token_store.find_token(OAuthToken(client_id=args.client_id, client_secret=args.client_secret,
                                              grant_token=args.code, redirect_url=args.redirect_url))
    if saved is None:
        raise CLIError(f"the tokens were issued but not found in {connection.store_name(args)}")
    print(f"saved token {saved.get_id()} for {connection.user_name(saved)}")
    print(f"  data centre: {connection.describe(args)}")
    print(f"  access token expires: {_expiry(saved.get_expires_in())}")
    print(f"  store: {connection.store_name(args)}")


def run_list(args: argparse.Namespace) -> None:
    tokens = connection.store(args).get_tokens()
    if not tokens:
        print(f"no tokens in {connection.store_name(args)}")
        return
    rows = [("ID", "USER", "CLIENT ID", "REFRESH TOKEN", "ACCESS TOKEN EXPIRES", "API DOMAIN")]
    for token in tokens:
        rows.append((str(token.get_id()), connection.user_name(token), token.get_client_id() or "-",
                     mask(token.get_refresh_token()), _expiry(token.get_expires_in()), token.get_api_domain() or ""))
    print(table(rows))


def run_revoke(args: argparse.Namespace) -> None:
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    token_store = connection.store(args)
    stored = next((t for t in token_store.get_tokens() if str(t.get_id()) == str(args.id)), None)
    if stored is None:
        raise UsageError(f"no token with id {args.id} in {connection.store_name(args)} (see `zoho-crm auth list`)")
    token = OAuthToken(id=str(args.id))
    try:
        connection.initialise(args, token, token_store)
        revoked = token.revoke(str(args.id))
    except Exception as error:
        if "invalid_code" not in str(error):
            raise
        revoked = False  # Zoho no longer knows the refresh token: nothing left to revoke there
    token_store.delete_token(str(args.id))
    what = "revoked at Zoho and removed" if revoked else "removed (Zoho no longer accepted it)"
    print(f"token {args.id} for {connection.user_name(stored)}: {what}")


def mask(secret: Optional[str]) -> str:
    if not secret:
        return "-"
    return "****" + secret[-4:] if len(secret) > 12 else "****"


def _expiry(expires_in_ms: Optional[str]) -> str:
    if not expires_in_ms:
        return "-"
    seconds = int(expires_in_ms) / 1000
    when = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(seconds))
    left = seconds - time.time()
    return when + (" (expired)" if left <= 0 else f" (in {int(left // 60)} min)")


def table(rows: list) -> str:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip()
                     for row in rows)
