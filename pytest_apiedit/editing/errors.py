"""The one error an editing configuration raises: caught at configuration time, shown as one line."""


class EditConfigError(ValueError):
    """A method, hyperparameter file or module template that cannot work on this model."""
