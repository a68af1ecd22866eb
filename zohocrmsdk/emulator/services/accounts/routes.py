from ...core.routing import Route

ROUTES = [
    Route("POST", "/oauth/v2/token", "accounts", "token", "token", auth=False),
    Route("POST", "/oauth/v2/token/revoke", "accounts", "revoke", "revoke", auth=False),
]
