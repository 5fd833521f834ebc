"""Named exit codes, so scripts and cron can tell outcomes apart without parsing text."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    OK = 0
    """The audit ran; nothing at or above ``--fail-on`` was found."""
    FINDINGS = 1
    """Something at or above ``--fail-on`` was found (or, for a recheck, appeared)."""
    BAD_INPUT = 2
    """Bad input or usage: a one-line error names what was wrong."""
    COULD_NOT_RUN = 3
    """The audit could not run: nothing could be checked."""
    INTERNAL_ERROR = 70
    """A bug in selfaudit (EX_SOFTWARE): never confused with findings (1) or bad input (2)."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C or SIGTERM: what was checked is printed, marked incomplete."""
