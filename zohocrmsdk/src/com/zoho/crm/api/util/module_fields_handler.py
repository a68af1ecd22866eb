"""Manual control of the field-metadata cache (the official static methods)."""
from __future__ import annotations

import logging
import os
import threading

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
from zohocrmsdk.src.com.zoho.crm.api.util import call_context, field_cache

logger = logging.getLogger("SDKLogger")


class ModuleFieldsHandler(object):
    lock = threading.Lock()

    @staticmethod
    def _directory() -> str:
        return call_context.current().fields.folder

    @staticmethod
    def delete_fields_file() -> None:
        """Delete the current user's cache file."""
        try:
            field_cache.delete(field_cache.cache_path())
        except Exception as error:
            raise _wrap("Exception in deleting Current User Fields file : ", error)

    @staticmethod
    def delete_all_field_files() -> None:
        """Delete every ``.json`` cache file of every user."""
        try:
            folder = ModuleFieldsHandler._directory()
            if os.path.isdir(folder):
                for name in os.listdir(folder):
                    path = os.path.join(folder, name)
                    if ".json" in path and os.path.isfile(path):
                        field_cache.delete(path)
        except Exception as error:
            raise _wrap("Exception in deleting all Fields files : ", error)

    @staticmethod
    def delete_fields(module: str) -> None:
        """Forget one module (and the subform/linking modules it points to)."""
        if module is None:
            raise SDKException(None, None, None, Exception("module should not be None"))
        from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility
        try:
            field_cache.update(field_cache.cache_path(), lambda data: Utility._drop_module(data, module.lower()))
        except Exception as error:
            raise _wrap("Exception in deleting module Fields : ", error)

    @staticmethod
    def refresh_fields(module: str) -> None:
        from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility
        ModuleFieldsHandler.delete_fields(module)
        try:
            with Utility.lock:
                Utility._fetch_module(Utility.verify_module_api_name(module), field_cache.cache_path(), True)
        except SDKException:
            raise
        except Exception as error:
            raise _wrap("Exception in refreshing fields of module : ", error)

    @staticmethod
    def refresh_all_modules() -> None:
        from zohocrmsdk.src.com.zoho.crm.api.util.utility import Utility
        try:
            Utility.refresh_modules()
        except SDKException:
            raise
        except Exception as error:
            raise _wrap("Exception in refreshing all modules : ", error)


def _wrap(prefix: str, error: Exception) -> Exception:
    if isinstance(error, MemoryError):
        return error  # never wrapped: the caller must see it as it is
    logger.info("%s%s", prefix, error)
    return SDKException(None, prefix, None, error)


def _reset_after_fork() -> None:
    # An app may hold this official lock; a child forked meanwhile gets a free one.
    ModuleFieldsHandler.lock = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_reset_after_fork)


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
