"""The countries a report's money points to: "$765,000", "£2m", "₸500".

A local paper rarely names its own country: "Mansfield council to vote
today on $765,000 financing package" is Mansfield, Texas, not Mansfield,
England, and only the dollar sign says so. Amounts in a currency are read
as a soft vote for the country that issues it (see
:func:`geo._resolve.resolve`); a currency shared by many countries (the
euro) says nothing.

A bare dollar sign is the US dollar; other dollars carry their prefix
("C$", "A$", "NZ$", "HK$", "S$") or ISO code.

Examples
--------
>>> currency_countries("The council approved a $765,000 package.")
('US',)
>>> currency_countries("Fares rise by £2 and C$3; A$ 5 in Sydney.")
('AU', 'CA', 'GB')
>>> currency_countries("Es kostet 500 Tenge, nicht 5 Euro.")
()
"""

from __future__ import annotations

import re

__all__ = ["currency_countries"]

_AMOUNT = r"\s?\d"
# (ISO 3166 code, pattern of an amount in that country's currency)
_CURRENCIES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (code, re.compile(pattern))
    for code, pattern in (
        ("US", rf"(?<![A-Za-z$])(?:US)?\$(?=\s?\d)|\bUSD{_AMOUNT}|\d\s?USD\b"),
        ("CA", rf"\b(?:C|CA|Can)\${_AMOUNT}|\bCAD{_AMOUNT}|\d\s?CAD\b"),
        ("AU", rf"\b(?:A|AU)\${_AMOUNT}|\bAUD{_AMOUNT}|\d\s?AUD\b"),
        ("NZ", rf"\bNZ\${_AMOUNT}|\bNZD{_AMOUNT}|\d\s?NZD\b"),
        ("HK", rf"\bHK\${_AMOUNT}|\bHKD{_AMOUNT}|\d\s?HKD\b"),
        ("SG", rf"\bS\${_AMOUNT}|\bSGD{_AMOUNT}|\d\s?SGD\b"),
        ("GB", rf"£{_AMOUNT}|\bGBP{_AMOUNT}|\d\s?GBP\b"),
        ("IN", rf"₹{_AMOUNT}|\bRs\.?{_AMOUNT}|\bINR{_AMOUNT}|\d\s?INR\b"),
        ("NG", rf"₦{_AMOUNT}|\bNGN{_AMOUNT}|\d\s?NGN\b"),
        ("RU", rf"₽|\bRUB{_AMOUNT}|\d\s?RUB\b"),
        ("KZ", rf"₸|\bKZT{_AMOUNT}|\d\s?KZT\b"),
        ("UA", rf"₴|\bUAH{_AMOUNT}|\d\s?UAH\b"),
    )
)


def currency_countries(text: str) -> tuple[str, ...]:
    """ISO codes of the countries whose currency *text* gives amounts in, sorted.

    Parameters
    ----------
    text : str
        A report.

    Returns
    -------
    tuple of str
        Each country once, in alphabetical order.

    Examples
    --------
    >>> currency_countries("It cost US$ 40 or 3,000 ₽.")
    ('RU', 'US')
    >>> currency_countries("Room 5$ and the S&P")
    ()
    """
    return tuple(sorted(code for code, pattern in _CURRENCIES if pattern.search(text)))
