from ...core.routing import rows

S = "/crm/v6/{module:module}/{rid}/actions/share"
ROUTES = rows("sharing", ("GET", S, "list"), ("POST", S, "share"), ("PUT", S, "update"), ("DELETE", S, "revoke"),
              name="share_records")

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("share_records",)
