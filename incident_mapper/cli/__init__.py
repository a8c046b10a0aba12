"""The ``incident-map`` command line: a thin click group, one command per module.

Commands are imported only when they run, so ``incident-map geocode`` does
not pay for folium or geopandas.

Exit status: 0 all good, 1 some input failed or a name was not found,
2 usage error.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from geo.errors import ConfigError, IncidentMapperError
from incident_mapper.config import load_config

__all__ = ["cli", "main"]

#: command name -> (module, attribute, one-line help)
_COMMANDS: dict[str, tuple[str, str, str]] = {
    "geocode": ("incident_mapper.cli.geocode", "geocode", "Geocode a place name offline."),
    "geoparse": (
        "incident_mapper.cli.geoparse",
        "geoparse",
        "Find and resolve the place names in reports.",
    ),
    "extract": (
        "incident_mapper.cli.extract",
        "extract",
        "Extract incidents from reports into a table.",
    ),
    "map": ("incident_mapper.cli.map", "map_command", "Map reports or an incident table."),
    "gazetteer": (
        "incident_mapper.cli.gazetteer",
        "gazetteer",
        "Build or inspect the offline gazetteer index.",
    ),
}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(_COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        spec = _COMMANDS.get(cmd_name)
        if spec is None:
            return None
        module = importlib.import_module(spec[0])
        command: click.Command = getattr(module, spec[1])
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, spec[2]) for name, spec in sorted(_COMMANDS.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="incident-mapper", prog_name="incident-map")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Turn news reports into geocoded incidents on interactive maps, offline.

    Defaults for any option can be set in an incident-map.toml in the working
    folder or the user config folder; options given here win.

    \b
    Example:
        incident-map map examples/ -o build/map.html
    """
    try:
        ctx.default_map = {name: load_config(name) for name in _COMMANDS}
    except ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def main(argv: list[str] | None = None) -> Any:
    """Run the command line (the ``incident-map`` console script).

    Errors of ours become one sentence on stderr and exit status 1; click's
    usage errors exit with 2.
    """
    try:
        return cli.main(args=argv, prog_name="incident-map", standalone_mode=True)
    except IncidentMapperError as exc:  # pragma: no cover - commands convert most
        click.echo(f"Error: {exc}", err=True)
        raise SystemExit(1) from exc
