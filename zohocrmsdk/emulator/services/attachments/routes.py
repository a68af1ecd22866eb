from ...core.routing import rows

RECORD = "/crm/v6/{module:module}/{rid}"
ROUTES = [
    *rows("attachments", ("GET", RECORD + "/photo", "get_photo"), ("POST", RECORD + "/photo", "upload_photo"),
          ("DELETE", RECORD + "/photo", "delete_photo"), name="photo"),
    *rows("attachments", *[(method, RECORD + "/Attachments" + tail, action)
                           for tail in ("", "/{att}")
                           for method, action in (("GET", "get"), ("POST", "post"), ("DELETE", "delete"))]),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("attachments",)
