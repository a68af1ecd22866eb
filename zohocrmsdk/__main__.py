"""``python -m zohocrmsdk``: the ``zoho-crm`` command line."""
import sys

from zohocrmsdk.cli.main import main

sys.exit(main())
