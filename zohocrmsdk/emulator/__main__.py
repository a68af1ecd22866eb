"""CLI: ``python -m zohocrmsdk.emulator [--host H] [--port P] [--public-url URL] [--db PATH] [--seed]
[--limits on|off] [--limit-off NAME ...] [--edition E] [--licences N] ...``.

Prints the base URL as the first stdout line (flushed); bound beyond loopback, the admin token as the
second (``admin token: ...``); then one line per request.
"""
from __future__ import annotations

import argparse
import logging
import signal
import sys
from typing import List, Optional

from .core.app import EmulatorApp
from .core.limits import EDITIONS, SWITCHES
from .core.server import EmulatorServer


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m zohocrmsdk.emulator",
                                     description="Local Zoho Accounts + CRM v6 emulator")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    parser.add_argument("--db", default=":memory:", help="SQLite file to keep data across restarts")
    parser.add_argument("--seed", action="store_true", help="load sample records at start")
    parser.add_argument("--token-ttl", type=float, default=3600, help="access token lifetime in seconds")
    parser.add_argument("--job-delay", type=float, default=0.5, help="seconds before bulk jobs complete")
    parser.add_argument("--public-url", help="URL clients reach the emulator by (api_domain of tokens, "
                        "download links; its host name is accepted in Host headers); default the bound address")
    parser.add_argument("--admin-token", help="token the admin API requires as X-Emulator-Token "
                        "(default: none on loopback, a random one printed at start-up otherwise)")
    parser.add_argument("--request-timeout", type=float, default=30.0,
                        help="seconds a client may stay silent mid-request or idle before it is disconnected")
    parser.add_argument("--quiet", action="store_true", help="do not log requests")
    parser.add_argument("--limits", choices=("on", "off"), default="on", help="Zoho's API limits and scopes")
    parser.add_argument("--limit-off", action="append", default=[], choices=SWITCHES, metavar="NAME",
                        help="turn one limit off (repeatable): " + ", ".join(SWITCHES))
    parser.add_argument("--edition", choices=sorted(EDITIONS), help="CRM edition (default: the org's)")
    parser.add_argument("--licences", type=int, help="user licences (default: the org's)")
    args = parser.parse_args(argv)

    app = EmulatorApp(db_path=args.db, token_ttl=args.token_ttl, job_delay=args.job_delay, limits=args.limits,
                      edition=args.edition, licences=args.licences)
    app.limits.configure(**{name: False for name in args.limit_off})
    if args.seed:
        app.seed()
    try:
        server = EmulatorServer(app, args.host, args.port, public_url=args.public_url,
                                admin_token=args.admin_token, request_timeout=args.request_timeout)
    except ValueError as error:
        print(f"zoho-crm-emulator: {error}", file=sys.stderr)
        app.state.close()
        return 2
    except OSError as error:  # port taken, host not local, ...: one clear line, no traceback
        print("zoho-crm-emulator: cannot listen on {}:{}: {} (pick another --port, or 0 for a free one)".format(
            args.host, args.port, error.strerror or error), file=sys.stderr)
        app.state.close()
        return 1
    print(server.base_url, flush=True)
    if server.admin_token and not args.admin_token:
        print(f"admin token: {server.admin_token} (send it as X-Emulator-Token to /__emulator__/)", flush=True)

    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("zohocrmsdk.emulator")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING if args.quiet else logging.INFO)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
        app.state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
