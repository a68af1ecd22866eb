"""Connection options shared by every command, read from flags or environment variables.

Precedence: a flag, then its environment variable, then the default shown by ``--help``.
``connect()`` initialises the SDK with the token the options name.
"""
from __future__ import annotations

import argparse
import os
import tempfile
from typing import Any, List, Optional
from urllib.parse import unquote, urlsplit, parse_qs

from .errors import UsageError

DATA_CENTRES = ("us", "eu", "in", "cn", "au", "jp", "ca")
ENVIRONMENTS = ("production", "sandbox", "developer")
ENV_VARS = {"dc": "ZOHO_DC", "env": "ZOHO_ENV", "token_file": "ZOHO_TOKEN_FILE", "db": "ZOHO_DB",
            "user": "ZOHO_USER", "emulator": "ZOHO_EMULATOR_URL"}


def options() -> argparse.ArgumentParser:
    """A parent parser holding the connection options (added to every command)."""
    env = os.environ.get
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("connection (flag, else environment variable, else default)")
    group.add_argument("--dc", choices=DATA_CENTRES, default=env(ENV_VARS["dc"], "us"),
                       help="Zoho data centre [$ZOHO_DC, default: %(default)s]")
    group.add_argument("--env", choices=ENVIRONMENTS, default=env(ENV_VARS["env"], "production"),
                       help="environment of the data centre [$ZOHO_ENV, default: %(default)s]")
    group.add_argument("--emulator", metavar="URL", default=env(ENV_VARS["emulator"]),
                       help="use a local emulator instead of Zoho, e.g. http://127.0.0.1:8000 "
                            "[$ZOHO_EMULATOR_URL]")
    group.add_argument("--token-file", metavar="PATH", default=env(ENV_VARS["token_file"], "sdk_tokens.txt"),
                       help="FileStore token file [$ZOHO_TOKEN_FILE, default: %(default)s]")
    group.add_argument("--db", metavar="URL", default=env(ENV_VARS["db"]),
                       help="keep tokens in MySQL instead (DBStore): "
                            "mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?table=oauthtoken]; the password may "
                            "also come from $ZOHO_DB_PASSWORD [$ZOHO_DB]")
    group.add_argument("--user", metavar="EMAIL|ID", default=env(ENV_VARS["user"]),
                       help="which stored token to use (needed when the store holds several) [$ZOHO_USER]")
    group.add_argument("--debug", action="store_true", help="log SDK requests and show tracebacks")
    return parser


def environment(args: argparse.Namespace) -> Any:
    from zohocrmsdk.src.com.zoho.crm.api import dc
    if args.dc not in DATA_CENTRES or args.env not in ENVIRONMENTS:
        raise UsageError(f"unknown data centre or environment {args.dc!r}/{args.env!r}: data centres are "
                         f"{', '.join(DATA_CENTRES)}; environments {', '.join(ENVIRONMENTS)}")
    if args.emulator:
        url = args.emulator.rstrip("/")
        if not url.startswith(("http://", "https://")):
            raise UsageError(f"--emulator wants a URL such as http://127.0.0.1:8000, not {args.emulator!r}")
        return dc.DataCenter.Environment(url, url + "/oauth/v2/token", url)
    region = getattr(dc, args.dc.upper() + "DataCenter")
    return getattr(region, args.env.upper())()


def describe(args: argparse.Namespace) -> str:
    """Where the options point, in words (never a secret)."""
    if args.emulator:
        return f"emulator at {args.emulator.rstrip('/')}"
    return f"{args.dc.upper()} data centre, {args.env} ({environment(args).url})"


def store(args: argparse.Namespace) -> Any:
    if not args.db:
        from zohocrmsdk.src.com.zoho.api.authenticator.store import FileStore
        path = os.path.abspath(args.token_file)
        if not os.path.isdir(os.path.dirname(path)):
            raise UsageError(f"the folder of the token file {path} does not exist")
        return FileStore(path)
    parts = urlsplit(args.db)
    database = parts.path.lstrip("/")
    if parts.scheme != "mysql" or not parts.hostname or not database:
        raise UsageError("--db wants mysql://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?table=NAME]")
    from zohocrmsdk.src.com.zoho.api.authenticator.store import DBStore
    table = parse_qs(parts.query).get("table", ["oauthtoken"])[0]
    password = unquote(parts.password) if parts.password is not None else os.environ.get("ZOHO_DB_PASSWORD", "")
    return DBStore(host=parts.hostname, database_name=database, user_name=unquote(parts.username or "root"),
                   password=password, port_number=str(parts.port or 3306), table_name=table)


def store_name(args: argparse.Namespace) -> str:
    if args.db:
        parts = urlsplit(args.db)
        return f"MySQL {parts.hostname}:{parts.port or 3306}/{parts.path.lstrip('/')}"
    return os.path.abspath(args.token_file)


def user_name(token: Any) -> str:
    signature = token.get_user_signature()
    return signature.get_name() if signature is not None else "(unknown user)"


def find_token(args: argparse.Namespace, tokens: List[Any]) -> Any:
    """The stored token ``--user`` names (an id, an email or the full ``email:zgid``)."""
    if args.user:
        chosen = [t for t in tokens if args.user in (str(t.get_id()), user_name(t), user_name(t).split(":")[0])]
    else:
        chosen = tokens
    if len(chosen) == 1:
        return chosen[0]
    where = store_name(args)
    if not chosen:
        if args.user:
            raise UsageError(f"no token for user {args.user!r} in {where} (see `zoho-crm auth list`)")
        raise UsageError(f"no token in {where}: run `zoho-crm auth exchange` first, or pass --token-file/--db")
    raise UsageError(f"{where} holds {len(chosen)} tokens: pick one with --user (see `zoho-crm auth list`)")


def initialise(args: argparse.Namespace, token: Any, token_store: Any) -> None:
    """Initialise the SDK for a command-line run: quiet logging unless --debug, patient retries."""
    from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
    from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
    # field metadata is cached per run: a command line must not leave `resources/` in the user's directory
    resources = tempfile.mkdtemp(prefix="zoho-crm-")
    config = SDKConfig(auto_refresh_fields=False, pick_list_validation=False, max_retries=5, backoff_max=60)
    from zohocrmsdk.src.com.zoho.api.logger import Logger
    # the SDK's own handler masks secrets; without --debug only what would abort the run is logged
    logger = (Logger.get_instance(Logger.Levels.DEBUG, "/dev/stderr") if args.debug and os.path.exists("/dev/stderr")
              else Logger.get_instance(Logger.Levels.CRITICAL, None))
    Initializer.initialize(environment(args), token, store=token_store, sdk_config=config,
                           resource_path=resources, logger=logger)
    args._resources = resources


def connect(args: argparse.Namespace) -> Any:
    """Initialise the SDK with the stored token the options name; returns that token."""
    from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
    token_store = store(args)
    stored = find_token(args, token_store.get_tokens())
    token = OAuthToken(id=str(stored.get_id()))
    initialise(args, token, token_store)
    return stored


def cleanup(args: argparse.Namespace) -> None:
    resources: Optional[str] = getattr(args, "_resources", None)
    if resources:
        import shutil
        shutil.rmtree(resources, ignore_errors=True)
