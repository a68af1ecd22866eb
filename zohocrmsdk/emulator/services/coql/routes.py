from ...core.routing import rows

ROUTES = rows("coql", ("POST", "/crm/v6/coql", "query"))

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("coql",)
