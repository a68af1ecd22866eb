"""JSON encoding and decoding of declared models, one module per idea:

- ``context``: what a conversion needs beyond the declarations (the module, its field metadata);
- ``decoding``: JSON -> models, one decoder per member spec and per class, kept on them;
- ``generated``: decoder generation, a documented optimisation of ``decoding``;
- ``scoring``: which class an interface decodes an object into (the official scoring);
- ``validation``: the official type and allowed-value errors of request values;
- ``encoding``: models -> JSON, with shortcuts that equal the general path.

The rules are the official ones, with the fixes listed in docs/deviations.md.
"""
from zohocrmsdk.src.com.zoho.crm.api.util.codec.context import NO_CONTEXT, Context
from zohocrmsdk.src.com.zoho.crm.api.util.codec.decoding import decode, decode_model
from zohocrmsdk.src.com.zoho.crm.api.util.codec.encoding import Encoder, encode_model
from zohocrmsdk.src.com.zoho.crm.api.util.codec.scoring import find_match
import zohocrmsdk.src.com.zoho.crm.api.util.codec.decoding as _decoding
import zohocrmsdk.src.com.zoho.crm.api.util.codec.generated as _generated
import zohocrmsdk.src.com.zoho.crm.api.util.codec.scoring as _scoring

_decoding.model_decoder = _generated.model_decoder
_decoding.keyed_map_decoder = _generated.keyed_map_decoder
_decoding.interface_decoder = _scoring.interface_decoder

__all__ = ["Context", "NO_CONTEXT", "decode", "decode_model", "Encoder", "encode_model", "find_match"]
