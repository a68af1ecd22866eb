"""The contract every token store implements, official or user-written."""
from __future__ import annotations

import contextlib
import threading
import time
from abc import ABC, abstractmethod
from typing import Any, Callable, ContextManager, Dict, Iterator, List, Optional, Tuple


class TokenStore(ABC):
    """Where OAuth tokens are kept between calls and processes.

    Subclasses implement the six abstract methods (the official contract, ids are strings).
    ``refresh_lock`` is an optional extra: stores that can coordinate several processes
    override it; custom six-method stores inherit the no-op and keep working unchanged.
    """

    @abstractmethod
    def find_token(self, token: Any) -> Optional[Any]:
        """Return the stored token matching ``token`` (filled in), or None."""

    @abstractmethod
    def save_token(self, token: Any) -> None:
        """Insert or update ``token``."""

    @abstractmethod
    def delete_token(self, id: str) -> None:
        """Remove the token stored under ``id``."""

    @abstractmethod
    def get_tokens(self) -> List[Any]:
        """Every stored token."""

    @abstractmethod
    def delete_tokens(self) -> None:
        """Remove every stored token."""

    @abstractmethod
    def find_token_by_id(self, id: str) -> Any:
        """The token stored under ``id``; raises when there is none."""

    def refresh_lock(self, token: Any) -> ContextManager[Any]:
        """A context manager held around read-refresh-write of ``token``.

        OAuthToken enters it so that only one holder (thread or process) refreshes a given
        credential at a time. It must tolerate ``find_token``/``save_token`` being called on
        this store while it is held. The default coordinates nothing.
        """
        return contextlib.nullcontext()

    # Where a failed refresh is remembered (docs/deviations.md#refresh-failure-shared): both hooks are
    # called with ``refresh_lock`` held. ``key`` is a digest of the credential; ``record`` a JSON text
    # without secrets. A store that coordinates processes keeps the record where its lock lives; the
    # default keeps it in this process, on the store object.
    def refresh_failure(self, key: str) -> Optional[str]:
        """The record saved under ``key``, or None. A record may be returned after its time (it says
        until when it holds); one that is returned is cleared by the next successful refresh."""
        held = self.__dict__.get("_refresh_failures")
        entry = held.get(key) if held else None
        return entry[0] if entry is not None else None

    def save_refresh_failure(self, key: str, record: Optional[str], seconds: float) -> None:
        """Keep ``record`` under ``key`` for ``seconds`` (None: forget it)."""
        held: Dict[str, Tuple[str, float]] = self.__dict__.setdefault("_refresh_failures", {})
        now = time.monotonic()
        for stale in [k for k, (_, until) in list(held.items()) if until <= now]:
            del held[stale]
        if record is None:
            held.pop(key, None)
        else:
            held[key] = (record, now + seconds)


_depths = threading.local()


@contextlib.contextmanager
def reentrant(key: Any, acquire: Callable[[], ContextManager[Any]]) -> Iterator[None]:
    """Enter ``acquire()`` unless this thread already holds ``key``; nested entries only count, so
    a refresh_lock held around find_token/save_token never waits on itself."""
    held: Dict[Any, int] = _depths.__dict__.setdefault("held", {})
    if key in held:
        held[key] += 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    with acquire():
        held[key] = 1
        try:
            yield
        finally:
            del held[key]
