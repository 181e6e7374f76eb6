"""The one error a bad editing configuration raises, at configuration time, as one line."""


class EditConfigError(ValueError):
    """A method, hyperparameter file or module template that cannot work on this model."""
