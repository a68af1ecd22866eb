from .token import Token
from .oauth_token import OAuthToken

__all__ = ["Token", "OAuthToken"]
