"""The errors selfaudit raises on purpose. The CLI turns each into one line and an exit code."""

from __future__ import annotations


class SelfauditError(Exception):
    """Base class: anything the user should see as one clear line, never a traceback."""


class InputError(SelfauditError):
    """The user gave something that cannot be right (a phone, an email, a flag, a file)."""


class CatalogueError(InputError):
    """A site catalogue is unreadable or breaks the WhatsMyName schema; names site and field."""


class RouteError(InputError):
    """A ``--route ORIGIN=BASE`` entry that cannot be parsed."""
