"""The emulated resources, one package each, laid out like moto's services:

* ``routes.py``: the resource's rows of the route table (method, path template, action);
* ``responses.py``: parse the request, call the backend, render Zoho's answer (no domain rules);
* ``backend.py``: plain values in and out, the domain rules and the storage of the resource,
  typed errors from `core.errors`; an effect on another resource is a call to its backend.

`SERVICES` lists them; the app builds one backend per service (``app.<service>``), one responses
object per service, and one route table from every ``routes.ROUTES`` (plus the admin rows).
"""
from __future__ import annotations

import importlib
from typing import Any, Dict, List

from ..core.routing import Route

SERVICES = ("accounts", "users", "metadata", "org", "records", "search", "related", "attachments", "mass_update",
            "convert", "tags", "territories", "user_territories", "user_groups", "currencies", "business_hours",
            "pipelines", "backup", "mass_delete", "mail_merge", "sharing", "bulk", "coql", "generic")


def _module(service: str, part: str) -> Any:
    return importlib.import_module(f"{__name__}.{service}.{part}")


def _class(service: str, part: str, suffix: str) -> Any:
    module = _module(service, part)
    return next(v for k, v in vars(module).items() if k.endswith(suffix) and isinstance(v, type)
                and v.__module__ == module.__name__)


ROUTES: List[Route] = [row for service in SERVICES for row in _module(service, "routes").ROUTES]
# SDK package -> the service answering all its operations (``PACKAGES`` of a routes module)
PACKAGES: Dict[str, str] = {package: service for service in SERVICES
                            for package in getattr(_module(service, "routes"), "PACKAGES", ())}


def attach_backends(app: Any) -> None:
    """``app.catalog`` and ``app.<service>`` for every service, in dependency-free order."""
    from .metadata.backend import Catalog
    app.catalog = Catalog()
    for service in SERVICES:
        setattr(app, service, _class(service, "backend", "Backend")(app))


def responses(app: Any) -> Dict[str, Any]:
    return {service: _class(service, "responses", "Responses")(app) for service in SERVICES}
