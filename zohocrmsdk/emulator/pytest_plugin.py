"""pytest plugin: the `zoho_emulator` fixture (a fresh emulator per test on a free port)."""
from __future__ import annotations

from typing import Iterator

import pytest

from .testing import Emulator


@pytest.fixture
def zoho_emulator() -> Iterator[Emulator]:
    """A running, empty emulator; `emu.environment()` gives an SDK Environment for it."""
    with Emulator.running() as emu:
        yield emu
