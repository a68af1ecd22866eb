from .data_center import DataCenter
from .us_data_center import USDataCenter
from .eu_data_center import EUDataCenter
from .in_data_center import INDataCenter
from .cn_data_center import CNDataCenter
from .au_data_center import AUDataCenter
from .jp_data_center import JPDataCenter
from .ca_data_center import CADataCenter

__all__ = ["AUDataCenter", "CNDataCenter", "DataCenter", "EUDataCenter", "INDataCenter", "USDataCenter",
           "JPDataCenter", "CADataCenter"]
