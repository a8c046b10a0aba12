"""The countries a text's money points to (geo._currency)."""

from __future__ import annotations

import pytest

from geo._currency import currency_countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The county paid $765,000 for the road.", ("US",)),
        ("Aid of US$ 5 million arrived.", ("US",)),
        ("Tickets cost 40 USD.", ("US",)),
        ("The city spent C$3 million and A$2 million.", ("AU", "CA")),
        ("Shares fell to HK$9.50; a flat costs NZ$700,000.", ("HK", "NZ")),
        ("Fares rose by £2.", ("GB",)),
        ("Der Liter kostet 300 ₸ in Almaty.", ("KZ",)),
        ("Хлеб стоит 50 ₽.", ("RU",)),
        ("He was fined Rs. 5,000 in Delhi.", ("IN",)),
        # a shared currency, a sign without an amount, a typo'd amount
        ("Es kostet 5 Euro oder 5 €.", ()),
        ("The $ sign and the S&P index.", ()),
        ("Room 5$ only.", ()),
        # another country's dollar sign: the Brazilian real
        ("A coffee costs R$ 5 in Recife.", ()),
    ],
)
def test_currency_countries(text: str, countries: tuple[str, ...]) -> None:
    assert currency_countries(text) == countries
