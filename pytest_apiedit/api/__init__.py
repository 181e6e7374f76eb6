"""The API catalogue: what a synthetic API modification is and the ones we ship."""

from pytest_apiedit.api.catalogue import CATALOGUE, UnknownModification, get_modification
from pytest_apiedit.api.modification import Category, Modification
from pytest_apiedit.api.names import ProgramIndex

__all__ = [
    "CATALOGUE",
    "Category",
    "Modification",
    "ProgramIndex",
    "UnknownModification",
    "get_modification",
]
