from .token import Token
from .oauth_token import OAuthToken
from . import store

__all__ = ["Token", "OAuthToken", "store"]
