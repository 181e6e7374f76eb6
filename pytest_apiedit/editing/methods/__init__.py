"""One module per editing method (or per family that shares one loop)."""
