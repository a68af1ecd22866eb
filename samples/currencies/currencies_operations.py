"""Currencies: turn on multi-currency and manage the organisation's currencies (CurrenciesOperations).

Enabling and updating the base currency answer a ``BaseCurrencyActionWrapper`` holding one
``SuccessResponse``; adding and updating other currencies answer an ``ActionWrapper`` with one
``SuccessResponse`` per currency; reads answer a ``ResponseWrapper``.

    python samples/currencies/currencies_operations.py
"""
import _setup
from zohocrmsdk.src.com.zoho.crm.api.currencies import (ActionWrapper, APIException, BaseCurrency,
                                                        BaseCurrencyActionWrapper, BaseCurrencyWrapper, BodyWrapper,
                                                        CurrenciesOperations, Currency, Format, ResponseWrapper,
                                                        SuccessResponse)
from zohocrmsdk.src.com.zoho.crm.api.util import Choice


class Currencies(object):

    @staticmethod
    def _print_base(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, BaseCurrencyActionWrapper):
            action_response = response_object.get_base_currency()
            if isinstance(action_response, (SuccessResponse, APIException)):
                _setup.print_status(action_response)
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def _print_action(response):
        ids = []
        if response is None:
            return ids
        print("Status Code: " + str(response.get_status_code()))
        response_object = response.get_object()
        if isinstance(response_object, ActionWrapper):
            for action_response in response_object.get_currencies():
                if isinstance(action_response, (SuccessResponse, APIException)):
                    _setup.print_status(action_response)
                if isinstance(action_response, SuccessResponse):
                    ids.append(int(action_response.get_details()["id"]))
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)
        return ids

    @staticmethod
    def _print_currencies(response):
        if response is None:
            return
        print("Status Code: " + str(response.get_status_code()))
        if response.get_status_code() in [204, 304]:
            print("No Content" if response.get_status_code() == 204 else "Not Modified")
            return
        response_object = response.get_object()
        if isinstance(response_object, ResponseWrapper):
            for currency in response_object.get_currencies():
                currency_format = currency.get_format()
                print("Currency: " + currency.get_name() + " Symbol: " + currency.get_symbol()
                      + " ExchangeRate: " + currency.get_exchange_rate() + " IsBase: " + str(currency.get_is_base())
                      + " IsActive: " + str(currency.get_is_active())
                      + " DecimalPlaces: " + currency_format.get_decimal_places().get_value())
        elif isinstance(response_object, APIException):
            _setup.print_status(response_object)

    @staticmethod
    def enable_base_currency(iso_code, symbol):
        base = BaseCurrency()
        base.set_iso_code(iso_code)
        base.set_symbol(symbol)
        base.set_prefix_symbol(True)
        currency_format = Format()
        currency_format.set_decimal_separator(Choice("Period"))
        currency_format.set_thousand_separator(Choice("Comma"))
        currency_format.set_decimal_places(Choice("2"))
        base.set_format(currency_format)
        request = BaseCurrencyWrapper()
        request.set_base_currency(base)
        Currencies._print_base(CurrenciesOperations().enable_base_currency(request))

    @staticmethod
    def update_base_currency(symbol):
        base = BaseCurrency()
        base.set_symbol(symbol)
        request = BaseCurrencyWrapper()
        request.set_base_currency(base)
        Currencies._print_base(CurrenciesOperations().update_base_currency(request))

    @staticmethod
    def add_currencies(rates):
        currencies = []
        for iso_code, symbol, rate in rates:
            currency = Currency()
            currency.set_iso_code(iso_code)
            currency.set_symbol(symbol)
            currency.set_exchange_rate(rate)
            currency.set_prefix_symbol(True)
            currencies.append(currency)
        request = BodyWrapper()
        request.set_currencies(currencies)
        return Currencies._print_action(CurrenciesOperations().add_currencies(request))

    @staticmethod
    def get_currencies():
        Currencies._print_currencies(CurrenciesOperations().get_currencies())

    @staticmethod
    def get_currency(currency_id):
        Currencies._print_currencies(CurrenciesOperations().get_currency(currency_id))

    @staticmethod
    def update_currencies(rates):
        currencies = []
        for currency_id, rate in rates:
            currency = Currency()
            currency.set_id(currency_id)
            currency.set_exchange_rate(rate)
            currencies.append(currency)
        request = BodyWrapper()
        request.set_currencies(currencies)
        Currencies._print_action(CurrenciesOperations().update_currencies(request))

    @staticmethod
    def update_currency(currency_id, is_active):
        currency = Currency()
        currency.set_is_active(is_active)
        request = BodyWrapper()
        request.set_currencies([currency])
        Currencies._print_action(CurrenciesOperations().update_currency(currency_id, request))


if __name__ == "__main__":
    with _setup.sdk() as demo:
        print("== get_currencies (multi-currency off)")
        Currencies.get_currencies()
        print("== enable_base_currency")
        Currencies.enable_base_currency("USD", "$")
        print("== add_currencies")
        euro, rupee = Currencies.add_currencies([("EUR", "EUR", "0.92"), ("INR", "Rs.", "83.1")])
        print("== get_currencies")
        Currencies.get_currencies()
        print("== update_currencies")
        Currencies.update_currencies([(euro, "0.95"), (rupee, "83.5")])
        print("== update_currency")
        Currencies.update_currency(rupee, False)
        print("== get_currency")
        Currencies.get_currency(rupee)
        print("== update_base_currency")
        Currencies.update_base_currency("US$")
        Currencies.get_currencies()
