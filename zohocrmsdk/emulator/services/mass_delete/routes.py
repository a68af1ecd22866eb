from ...core.routing import rows

PATH = "/crm/v6/{module:module}/actions/mass_delete"
ROUTES = rows("mass_delete", ("POST", PATH, "run"), ("GET", PATH, "status"))

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("mass_delete_cvid",)
