from .sdk_exception import SDKException

__all__ = ["SDKException"]
