"""What services raise when input is wrong: the field at fault and a message a coach understands."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input a service refuses; ``field`` names the form field, ``message`` says what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(ValidationError):
    """A referenced record does not exist (deleted meanwhile, or an id from elsewhere)."""
