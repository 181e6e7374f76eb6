"""pytest-apiedit: does model editing really teach a code LLM an API change?

Keep this module free of heavy imports: the sandbox's pre-warmed process imports the package
and must never load torch.
"""

__version__ = "0.1.0"
