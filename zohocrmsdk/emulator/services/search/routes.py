from ...core.routing import rows

RECORDS = "/crm/v6/{module:module}"
ROUTES = [
    *rows("search", ("GET", RECORDS + "/search", "search")),
    *rows("search", ("GET", RECORDS + "/actions/count", "count"), name="count"),
]
