from ...core.routing import rows

C = "/crm/v6/org/currencies"
ROUTES = [
    *rows("currencies", ("GET", C, "list"), ("POST", C, "add"), ("PUT", C, "update"),
          ("GET", C + "/{cid:digits}", "list"), ("PUT", C + "/{cid:digits}", "update")),
    *rows("currencies", ("POST", C + "/actions/enable", "enable"), ("PUT", C + "/actions/enable", "update_base"),
          name="currencies_base"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("currencies",)
