"""Errors a user can act on. Each message names the bad thing and what to do about it."""


class AssistantError(Exception):
    """Base class: the CLI and the UI show the message as one line, never a traceback."""


class CorpusError(AssistantError):
    """A corpus file or its metadata cannot be used."""


class IndexMissingError(AssistantError):
    """There is no built index where one was expected."""


class IndexMismatchError(AssistantError):
    """The index on disk does not match this installation, model or corpus."""


class QueryError(AssistantError):
    """A question that cannot be searched (empty, or made only of control characters)."""
