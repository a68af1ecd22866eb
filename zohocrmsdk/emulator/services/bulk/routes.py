from ...core.routing import rows

READ, WRITE = "/crm/bulk/v6/read", "/crm/bulk/v6/write"
ROUTES = [
    *rows("bulk", ("POST", "/crm/v6/upload", "upload"), name="upload"),
    *rows("bulk", ("POST", READ, "create_read"), ("GET", READ + "/{job}", "read_job"),
          ("GET", READ + "/{job}/result", "read_result"), name="bulk_read"),
    *rows("bulk", ("POST", WRITE, "create_write"), ("GET", WRITE + "/{job}", "write_job"),
          ("GET", WRITE + "/{job}/result", "write_result"), name="bulk_write"),
    # where job details point, as on Zoho's download host
    *rows("bulk", ("GET", "/v2/crm/{zgid:digits}/bulk-write/{job:digits}/{name}", "write_result"),
          name="bulk_write"),
]

# SDK packages this service answers in full (the generic table leaves them out)
PACKAGES = ("bulk_read", "bulk_write")
