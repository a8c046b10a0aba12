"""Defaults from ``incident-map.toml``; command-line options always win.

The file is looked up in the working folder first, then in the user config
folder (``platformdirs.user_config_dir("incident-mapper")``). Keys are the
long option names with dashes or underscores, at top level or in a table
named after the command::

    lang = "de"
    country = ["KZ"]
    min-confidence = 0.4

    [map]
    offline = true

Examples
--------
>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "incident-map.toml").write_text('lang = "de"\\n[map]\\noffline = true\\n')
>>> load_config("map", search=[folder])
{'lang': 'de', 'offline': True}
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import platformdirs

from geo.errors import ConfigError

__all__ = ["CONFIG_NAME", "config_paths", "load_config"]

CONFIG_NAME = "incident-map.toml"


def config_paths() -> list[Path]:
    """Folders searched for ``incident-map.toml``, first match wins."""
    return [Path.cwd(), Path(platformdirs.user_config_dir("incident-mapper"))]


def load_config(command: str | None = None, search: Iterable[Path] | None = None) -> dict[str, Any]:
    """Read the first ``incident-map.toml`` found and flatten it for *command*.

    Parameters
    ----------
    command : str, optional
        Command name; its table's keys override the top-level ones.
    search : iterable of Path, optional
        Folders to search instead of :func:`config_paths`.

    Returns
    -------
    dict
        Option names with underscores -> values; empty when no file exists.

    Raises
    ------
    ConfigError
        When the file exists but is not valid TOML.
    """
    for folder in search if search is not None else config_paths():
        path = Path(folder) / CONFIG_NAME
        if not path.is_file():
            continue
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
        flat = {_key(k): v for k, v in data.items() if not isinstance(v, dict)}
        if command and isinstance(data.get(command), dict):
            flat.update({_key(k): v for k, v in data[command].items()})
        return flat
    return {}


def _key(name: str) -> str:
    return name.replace("-", "_")
