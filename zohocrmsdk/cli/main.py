"""``zoho-crm``: the parser, dispatch and the exit-code convention shared with ``zoho-crm-emulator``.

0 success; 1 Zoho, network or runtime failure; 2 usage error. A failure is one line on stderr
(a traceback only with ``--debug``).
"""
from __future__ import annotations

import argparse
import sys
import traceback
from typing import List, NoReturn, Optional

from . import auth, coql, connection, export
from .errors import FAILURE, USAGE, CLIError, UsageError

PROG = "zoho-crm"
EXAMPLES = """examples:
  zoho-crm auth exchange --client-id 1000.X --client-secret S --code 1000.abc --dc eu
  zoho-crm records export Leads -o leads.csv
  zoho-crm coql "select Last_Name, Email from Leads where Lead_Source = 'Partner'"
"""


class Parser(argparse.ArgumentParser):
    """argparse whose errors are one line (raised, so main() owns the exit code)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def parser() -> argparse.ArgumentParser:
    common = connection.options()
    root = Parser(prog=PROG, description="Zoho CRM from the command line: tokens, exports, COQL.",
                  epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = root.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in (auth, export, coql):
        module.add_commands(commands, common)
    return root


def main(argv: Optional[List[str]] = None) -> int:
    args = None
    try:
        args = parser().parse_args(argv)
        if not getattr(args, "run", None):
            parser().print_help(sys.stderr)
            return USAGE
        args.run(args)
        return 0
    except KeyboardInterrupt:
        _fail(args, "interrupted" + _resume_hint(args))
        return FAILURE
    except UsageError as error:
        _fail(args, str(error))
        return error.exit_code
    except CLIError as error:
        _fail(args, str(error) + _resume_hint(args))
        return error.exit_code
    except Exception as error:  # SDKException, requests, OSError, ...: one line, the traceback with --debug
        _fail(args, _describe(error) + _resume_hint(args))
        return FAILURE
    finally:
        if args is not None:
            connection.cleanup(args)


def _resume_hint(args: Optional[argparse.Namespace]) -> str:
    saved = getattr(args, "_saved_rows", 0)
    return f"; {saved:,} records saved, run the same command with --resume to continue" if saved else ""


def _describe(error: BaseException) -> str:
    from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
    if isinstance(error, SDKException):
        text = f"{error.code or 'SDK error'}: {error.message or ''}".rstrip(": ")
        if error.details:
            text += f" {error.details}"
        return text + (f" ({_describe(error.cause)})" if error.cause is not None else "")
    message = str(error) or type(error).__name__
    return message if isinstance(error, OSError) else f"{type(error).__name__}: {message}"


def _fail(args: Optional[argparse.Namespace], message: str) -> None:
    if args is not None and getattr(args, "debug", False):
        traceback.print_exc()
    line = " ".join(message.split())  # one line, whatever the message held
    print(f"{PROG}: error: {line}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
