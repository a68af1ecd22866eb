from ...core.routing import rows

B = "/crm/bulk/v6/backup"
ROUTES = [
    *rows("backup", ("GET", B, "get"), ("POST", B, "schedule"), ("GET", B + "/urls", "urls"),
          ("GET", B + "/history", "history")),
    *rows("backup", ("PUT", B + "/{bid:digits}/actions/cancel", "cancel"), name="backup_cancel"),
    *rows("backup", ("GET", "/v2/crm/{zgid:digits}/backup/{bid:digits}/{name}", "file"), name="backup_file"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("backup",)
