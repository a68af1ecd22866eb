from ...core.routing import rows

ROUTES = rows("convert", ("POST", "/crm/v6/{module:module}/{rid}/actions/convert", "convert"))
