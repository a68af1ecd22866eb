"""Query parameters of one request."""
from __future__ import annotations

import logging
from typing import Any, Dict

from zohocrmsdk.src.com.zoho.crm.api.exception.sdk_exception import SDKException

logger = logging.getLogger("SDKLogger")


class ParameterMap(object):
    """``add(Param, value)`` checks and formats the value; adding a name again appends ``,value``."""

    def __init__(self) -> None:
        self.request_parameters: Dict[str, str] = {}

    def add(self, param, value: Any) -> None:
        _add(self.request_parameters, param, value, "PARAMETER", "Param", "Parameter")

    def __repr__(self) -> str:
        return "ParameterMap({!r})".format(self.request_parameters)


def _add(target: Dict[str, str], item, value: Any, kind: str, noun: str, log_noun: str) -> None:
    from zohocrmsdk.src.com.zoho.crm.api.util.header_param_validator import HeaderParamValidator
    if item is None:
        raise SDKException("NONE {} ERROR".format(kind), "{} Instance MUST NOT be None".format(noun))
    name = item.name
    if name is None:
        short = "PARAM" if kind == "PARAMETER" else "HEADER"
        raise SDKException("NONE {} NAME ERROR".format(short),
                           "{} Name MUST NOT be {}".format(noun, "None" if kind == "PARAMETER" else "null"))
    if value is None:
        raise SDKException("NONE {} ERROR".format(kind), "{} MUST NOT be None".format(name))
    try:
        text = HeaderParamValidator().validate(name, item.class_name, value)
    except SDKException as error:
        logger.info("Exception in forming request %s : %s", log_noun, error)
        raise
    except MemoryError:
        raise
    except Exception as error:
        wrapped = SDKException(None, None, None, error)
        logger.info("Exception in forming request %s : %s", log_noun, wrapped)
        raise wrapped from error
    if name in target:
        target[name] = target[name] + "," + text
    else:
        target[name] = text


# The names the official module exposes because it imports them, from one table (read on first use).
from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
