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
#: a dollar amount, and the letters before its sign: none or "US" for the US
#: dollar, "C$", "A$", ... for the others ("R$", the Brazilian real, is none)
_DOLLAR = re.compile(r"\$(?=\s?\d)")
_LETTERS_BEFORE = re.compile(r"[A-Za-z]{0,4}\Z")
_DOLLARS = {
    "": "US",
    "US": "US",
    "C": "CA",
    "CA": "CA",
    "Can": "CA",
    "A": "AU",
    "AU": "AU",
    "NZ": "NZ",
    "HK": "HK",
    "S": "SG",
}
# (ISO 3166 code, substrings one of which the text must hold, pattern of an
# amount in that country's currency by its code or sign); the substrings are
# looked for first, a plain search being far cheaper than any pattern
_CURRENCIES: tuple[tuple[str, tuple[str, ...], re.Pattern[str]], ...] = tuple(
    (code, markers, re.compile(pattern))
    for code, markers, pattern in (
        ("US", ("USD",), rf"\bUSD{_AMOUNT}|\d\s?USD\b"),
        ("CA", ("CAD",), rf"\bCAD{_AMOUNT}|\d\s?CAD\b"),
        ("AU", ("AUD",), rf"\bAUD{_AMOUNT}|\d\s?AUD\b"),
        ("NZ", ("NZD",), rf"\bNZD{_AMOUNT}|\d\s?NZD\b"),
        ("HK", ("HKD",), rf"\bHKD{_AMOUNT}|\d\s?HKD\b"),
        ("SG", ("SGD",), rf"\bSGD{_AMOUNT}|\d\s?SGD\b"),
        ("GB", ("£", "GBP"), rf"£{_AMOUNT}|\bGBP{_AMOUNT}|\d\s?GBP\b"),
        ("IN", ("₹", "Rs", "INR"), rf"₹{_AMOUNT}|\bRs\.?{_AMOUNT}|\bINR{_AMOUNT}|\d\s?INR\b"),
        ("NG", ("₦", "NGN"), rf"₦{_AMOUNT}|\bNGN{_AMOUNT}|\d\s?NGN\b"),
        ("RU", ("₽", "RUB"), rf"₽|\bRUB{_AMOUNT}|\d\s?RUB\b"),
        ("KZ", ("₸", "KZT"), rf"₸|\bKZT{_AMOUNT}|\d\s?KZT\b"),
        ("UA", ("₴", "UAH"), rf"₴|\bUAH{_AMOUNT}|\d\s?UAH\b"),
    )
)


def _dollar_countries(text: str) -> set[str]:
    """The countries of the dollar amounts in *text*, by the letters before each sign."""
    found: set[str] = set()
    for m in _DOLLAR.finditer(text):
        sign = m.start()
        if text[sign - 1 : sign] == "$":
            continue
        letters = _LETTERS_BEFORE.search(text, max(0, sign - 4), sign)
        prefix = letters.group() if letters else ""
        before = sign - len(prefix) - 1
        if before >= 0 and text[before].isalpha():
            continue  # part of a longer word ("BUS$5")
        code = _DOLLARS.get(prefix)
        if code is not None:
            found.add(code)
    return found


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
    found = _dollar_countries(text) if "$" in text else set()
    for code, markers, pattern in _CURRENCIES:
        if code not in found and any(m in text for m in markers) and pattern.search(text):
            found.add(code)
    return tuple(sorted(found))
