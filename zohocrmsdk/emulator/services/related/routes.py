from ...core.routing import rows

RECORD = "/crm/v6/{module:module}/{rid}"
LIST = RECORD + "/{related:name}"
ROUTES = [
    *rows("related", ("GET", LIST, "get"), ("POST", LIST, "add_notes"), ("PUT", LIST, "link"),
          ("DELETE", LIST, "delink")),
    *rows("related", ("GET", LIST + "/{rrid}", "get"), ("PUT", LIST + "/{rrid}", "link"),
          ("DELETE", LIST + "/{rrid}", "delink"), name="related_item"),
    *rows("related", ("GET", "/crm/v6/{module:module}/deleted/{rid}/{related:name}", "get_of_deleted"),
          name="deleted_related"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("related_records",)
