"""The contract tables: Zoho's documented behaviour (one row each) and our own hardening rules."""
from __future__ import annotations

from typing import List

from . import (rows_accounts, rows_hardening, rows_jobs, rows_limits, rows_metadata, rows_query, rows_records,
               rows_related)
from .model import Row

ZOHO_ROWS: List[Row] = [*rows_accounts.ROWS, *rows_records.ROWS, *rows_query.ROWS, *rows_related.ROWS,
                        *rows_jobs.ROWS, *rows_metadata.ROWS, *rows_limits.ROWS]
HARDENING_ROWS: List[Row] = list(rows_hardening.ROWS)
ALL_ROWS: List[Row] = ZOHO_ROWS + HARDENING_ROWS
