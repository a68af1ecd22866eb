from ...core.routing import rows

V6 = "/crm/v6"
ROUTES = [
    *rows("users", ("GET", V6 + "/users/actions/count", "count"), name="users_count"),
    *rows("users", ("GET", V6 + "/users", "list"), ("GET", V6 + "/users/{user_id}", "get")),
]
