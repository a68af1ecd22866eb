from ...core.routing import rows

B = "/crm/v6/settings/business_hours"
ROUTES = rows("business_hours", ("GET", B, "get"), ("POST", B, "save"), ("PUT", B, "save"))

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("business_hours",)
