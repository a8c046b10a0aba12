"""Options shared by several commands, declared once (rasterio's ``rio/options.py`` style)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from incident_mapper.config import load_config

__all__ = [
    "common_options",
    "config_defaults",
    "country_option",
    "lang_option",
    "online_options",
    "places_option",
    "verbosity_options",
]

F = TypeVar("F", bound=Callable[..., Any])


def _codes(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple[str, ...]:
    codes: list[str] = []
    for item in value:
        for code in str(item).replace(";", ",").split(","):
            code = code.strip().upper()
            if not code:
                continue
            if len(code) != 2 or not code.isalpha():
                raise click.BadParameter(f"{code!r} is not a two-letter ISO country code")
            codes.append(code)
    return tuple(codes)


lang_option = click.option(
    "--lang",
    metavar="CODE",
    default=None,
    help="Language of the reports (de, en, ru, fr, es); detected per document when omitted.",
)
country_option = click.option(
    "--country",
    "country",
    multiple=True,
    callback=_codes,
    metavar="CC",
    help="Prefer places in these ISO countries (repeat or comma-separate: KZ,RU).",
)

places_option = click.option(
    "--places",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    help="A CSV or GeoJSON file of your own places (name, lat, lon, kind, "
    "alternate_names), or a GeoNames dump (KZ.zip, cities15000.txt); repeatable. "
    "They are looked up before the gazetteer.",
)


def online_options(func: F) -> F:
    """``--online SERVICE`` / ``--user-agent UA``: the opt-in online fallback."""
    func = click.option(
        "--user-agent",
        default=None,
        metavar="UA",
        help="Identifies you to the online service (required with --online), "
        'e.g. "my-map/1.0 (me@example.org)".',
    )(func)
    return click.option(
        "--online",
        type=click.Choice(["nominatim", "photon"], case_sensitive=False),
        default=None,
        help="Only for names the offline gazetteer lacks: ask this online service "
        "(cached on disk, at most one request a second). Off unless given.",
    )(func)


def verbosity_options(func: F) -> F:
    """``--quiet`` / ``--verbose``."""
    func = click.option("-v", "--verbose", is_flag=True, help="Say more about what happens.")(func)
    return click.option(
        "-q", "--quiet", is_flag=True, help="Print only errors (and requested output)."
    )(func)


def common_options(func: F) -> F:
    """The pipeline options: language, countries, dates, types, confidence, workers."""
    options = [
        lang_option,
        country_option,
        click.option(
            "--since",
            type=click.DateTime(["%Y-%m-%d", "%Y-%m"]),
            default=None,
            help="Keep incidents on or after this date (YYYY-MM-DD or YYYY-MM).",
        ),
        click.option(
            "--until",
            type=click.DateTime(["%Y-%m-%d", "%Y-%m"]),
            default=None,
            help="Keep incidents on or before this date.",
        ),
        click.option(
            "--types",
            default=None,
            metavar="LIST",
            help='Keep these ACLED event types, comma-separated ("Protests,Riots").',
        ),
        click.option(
            "--min-confidence",
            type=click.FloatRange(0, 1),
            default=0.0,
            show_default=True,
            help="Drop incidents whose place confidence is lower.",
        ),
        click.option(
            "--offline",
            is_flag=True,
            help="Use no network at all. Geocoding is offline unless --online is given; for "
            "maps this also inlines every script and style so the HTML opens without a network.",
        ),
        places_option,
        click.option(
            "--workers",
            type=click.IntRange(1, None),
            default=None,
            help="Processes to use (default: all cores).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return verbosity_options(func)


def config_defaults(command: str) -> dict[str, Any]:
    """``default_map`` for a command from ``incident-map.toml``."""
    return load_config(command)
