from ...core.routing import rows

R = "/crm/v6/{module:module}/{rid}/actions/"
ROUTES = rows("mail_merge", ("POST", R + "send_mail_merge", "send"), ("POST", R + "sign_mail_merge", "sign"),
              ("POST", R + "download_mail_merge", "download"))

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("mail_merge",)
