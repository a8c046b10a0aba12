"""Describe the machine a benchmark ran on, for the tables in ``docs/``."""

from __future__ import annotations

import datetime as _dt
import os
import platform
import sys


def machine_markdown() -> str:
    """One Markdown paragraph: date, CPU, cores, memory, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kib = int(fh.readline().split()[1])
            mem = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"Measured {_dt.date.today().isoformat()} on {cpu}, {os.cpu_count()} cores{mem}, "
        f"{platform.system()} {platform.release()}, Python {sys.version.split()[0]}."
    )
