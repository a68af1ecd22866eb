"""Token stores: the TokenStore contract and the file, MySQL and Redis implementations."""
from .token_store import TokenStore
from .file_store import FileStore
from .db_store import DBStore
from .redis_store import RedisStore

__all__ = ["DBStore", "FileStore", "RedisStore", "TokenStore"]
