from ...core.routing import rows

RECORDS = "/crm/v6/{module:module}"
ROUTES = [
    *rows("records", ("GET", RECORDS, "list"), ("POST", RECORDS, "create"), ("PUT", RECORDS, "update"),
          ("DELETE", RECORDS, "delete")),
    *rows("records", ("GET", RECORDS + "/{rid}", "get"), ("PUT", RECORDS + "/{rid}", "update"),
          ("DELETE", RECORDS + "/{rid}", "delete"), name="record"),
    *rows("records", ("POST", RECORDS + "/upsert", "upsert"), name="upsert"),
    *rows("records", ("GET", RECORDS + "/deleted", "deleted"), name="deleted"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("record", "notes")
