"""The abstract credential every API call authenticates with."""
from __future__ import annotations

from abc import ABC, abstractmethod


class Token(ABC):
    """A credential. ``authenticate`` adds what the request needs (usually an Authorization header)
    to the connector; custom tokens implement these three methods."""

    @abstractmethod
    def authenticate(self, url_connection):
        """Add the credential to the outgoing request held by ``url_connection``."""

    @abstractmethod
    def remove(self):
        """Forget the stored credential; return True when it was removed."""

    @abstractmethod
    def generate_token(self):
        """Make sure a usable access token exists (exchanging or refreshing as needed)."""
