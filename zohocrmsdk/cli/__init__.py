"""The ``zoho-crm`` command line (also ``python -m zohocrmsdk``), built on the SDK's public API.

Modules by job: ``main`` (parser, dispatch, exit codes), ``connection`` (options shared by every
command), ``auth``, ``export`` (+ ``sources`` for the four ways of reading, ``rows`` for cell
formats, ``criteria`` for the filter syntax), ``coql`` and ``progress``.
"""
