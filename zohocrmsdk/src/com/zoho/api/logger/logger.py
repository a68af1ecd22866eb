"""Logging configuration on top of the standard ``logging`` module (logger name ``SDKLogger``)."""
from __future__ import annotations

import logging
from enum import Enum
from typing import Optional

LOGGER_NAME = "SDKLogger"
LOG_FORMAT = ("%(asctime)s - %(name)s - %(levelname)s - %(module)s - %(filename)s - %(funcName)s - "
              "%(lineno)d  - %(message)s")


class Logger(object):
    """What to log (a ``Levels`` member) and where (a file path, or nowhere extra)."""

    class Levels(Enum):
        CRITICAL = logging.CRITICAL
        ERROR = logging.ERROR
        WARNING = logging.WARNING
        INFO = logging.INFO
        DEBUG = logging.DEBUG
        NOTSET = logging.NOTSET

    def __init__(self, level: "Logger.Levels", file_path: Optional[str] = None) -> None:
        self.__level = level
        self.__file_path = file_path

    def get_level(self) -> "Logger.Levels":
        return self.__level

    def get_file_path(self) -> Optional[str]:
        return self.__file_path

    @staticmethod
    def get_instance(level: "Logger.Levels", file_path: Optional[str] = None) -> "Logger":
        return Logger(level, file_path)


class SDKLogger(object):
    """Applies a ``Logger`` to the ``SDKLogger`` logging channel."""

    _handler: Optional[logging.Handler] = None

    def __init__(self, logger_instance: Logger) -> None:
        SDKLogger.initialize(logger_instance)

    @staticmethod
    def initialize(logger_instance: Logger) -> None:
        from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException
        try:
            channel = logging.getLogger(LOGGER_NAME)
            level = logger_instance.get_level()
            level_value = level.value if isinstance(level, Logger.Levels) else int(level)
            # Replace, never add: re-initialising must not duplicate every line (docs/deviations.md#logger-handler-replaced).
            if SDKLogger._handler is not None:
                channel.removeHandler(SDKLogger._handler)
                SDKLogger._handler.close()
                SDKLogger._handler = None
            path = logger_instance.get_file_path()
            if path:
                handler = logging.FileHandler(path)
                handler.setLevel(level_value)
                handler.setFormatter(logging.Formatter(LOG_FORMAT))
                handler.addFilter(_SecretFilter())
                channel.addHandler(handler)
                SDKLogger._handler = handler
            channel.setLevel(level_value)
        except Exception as error:
            raise SDKException(None, "Exception in Logger Initialization : ", None, error) from error


class _SecretFilter(logging.Filter):
    """Last line of defence: masks anything that looks like a Zoho token in a formatted record."""

    def filter(self, record: logging.LogRecord) -> bool:
        from zohocrmsdk.src.com.zoho.crm.api.util.secrets import mask_secrets
        message = record.getMessage()
        masked = mask_secrets(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
