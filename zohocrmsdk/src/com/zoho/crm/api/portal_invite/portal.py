# Declarations of the official portal_invite surface (bootstrapped by tools/generate.py).
from zohocrmsdk.src.com.zoho.crm.api.util.model import F, Model


class Portal(Model):
    _fields_ = (
        F("user_type_id", "Long"),
        F("language", "Choice", values=('en_US', 'en_GB', 'bg_BG', 'zh_CN', 'zh_TW', 'hr_HR', 'ar_EG', 'in_ID', 'cs_CZ', 'da_DK', 'nl_NL', 'fr_FR', 'de_DE', 'hu_HU', '', 'hi_IN', 'it_IT', 'ja_JP', 'pl_PL', 'pt_BR', 'pt_PT', 'ru_RU', 'es_ES', 'sv_SE', 'th_TH', 'tr_TR', 'vi_VN', 'ko_KR', 'iw_IL')),
        F("id", "Long"),
        F("type", "Choice", values=('invite', 'reinvite')),
    )


from zohocrmsdk.src.com.zoho.crm.api.official_names import module_names  # noqa: E402
__getattr__, __dir__ = module_names(__name__)
