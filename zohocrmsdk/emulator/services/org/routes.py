from ...core.routing import rows

V6 = "/crm/v6"
ROUTES = [
    *rows("org", ("GET", V6 + "/org", "get")),
    *rows("org", ("GET", V6 + "/org/photo", "get_photo"), ("POST", V6 + "/org/photo", "upload_photo"),
          ("DELETE", V6 + "/org/photo", "delete_photo"), name="org_photo"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("org",)
