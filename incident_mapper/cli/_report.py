"""Progress bar and closing summary for the pipeline commands.

Everything here writes to standard error, so standard output stays clean
for data (``--format jsonl``) and scripts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

if TYPE_CHECKING:
    from incidents.pipeline import PipelineResult

__all__ = ["error_console", "print_errors", "print_summary", "progress"]


def error_console() -> Console:
    """A console on stderr (no colour codes when stderr is not a terminal)."""
    return Console(stderr=True, highlight=False, soft_wrap=True)


@contextmanager
def progress(enabled: bool, label: str = "Reading reports") -> Iterator[Callable[[int, int], None]]:
    """Yield an ``on_progress(done, total)`` callback; a bar only on a terminal."""
    if not enabled or not sys.stderr.isatty():
        yield lambda done, total: None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=error_console(), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


def print_errors(result: PipelineResult, console: Console) -> None:
    """One sentence per input that failed."""
    for err in result.errors:
        console.print(f"[red]Could not read[/red] {err}", markup=True, highlight=False)


def print_summary(result: PipelineResult, console: Console, *, verbose: bool = False) -> None:
    """The closing table: read, failed, incidents by type, unresolved names."""
    table = Table(title="Summary", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents read", str(result.n_read))
    table.add_row("documents failed", str(result.n_failed))
    for event_type, count in sorted(result.incidents_by_type().items()):
        table.add_row(f"incidents: {event_type}", str(count))
    table.add_row("incidents in total", str(len(result.table)))
    if result.dropped_unlocated:
        table.add_row("incidents without a place (not mapped)", str(result.dropped_unlocated))
    table.add_row("place names unresolved", str(sum(result.unresolved.values())))
    console.print(table)
    if result.unresolved:
        top = result.unresolved.most_common(None if verbose else 15)
        names = ", ".join(f"{name} ({count})" for name, count in top)
        more = len(result.unresolved) - len(top)
        console.print(
            "Unresolved place names (check their spelling, or geocode them with "
            "`incident-map geocode`): "
            + names
            + (f", and {more} more (--verbose lists all)" if more > 0 else ""),
            markup=False,
        )
