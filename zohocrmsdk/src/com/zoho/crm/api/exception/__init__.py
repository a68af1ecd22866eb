from .sdk_exception import (SDKAccountsException, SDKConnectionException, SDKException, SDKRequestRefusedException,
                            SDKResponseException, SDKTimeoutException)

__all__ = ["SDKException", "SDKConnectionException", "SDKTimeoutException", "SDKRequestRefusedException",
           "SDKResponseException", "SDKAccountsException"]
