"""selfaudit: a local, honest "search yourself" privacy audit for social service workers."""

__version__ = "0.1.0"
