from .logger import Logger, SDKLogger

__all__ = ["Logger", "SDKLogger"]
