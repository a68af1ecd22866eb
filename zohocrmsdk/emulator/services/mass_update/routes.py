from ...core.routing import rows

PATH = "/crm/v6/{module:module}/actions/mass_update"
ROUTES = rows("mass_update", ("POST", PATH, "run"), ("GET", PATH, "status"))
