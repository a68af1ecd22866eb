"""Token stores: the TokenStore contract and the file and MySQL implementations."""
from .token_store import TokenStore
from .file_store import FileStore
from .db_store import DBStore

__all__ = ["DBStore", "FileStore", "TokenStore"]
