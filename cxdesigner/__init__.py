"""CX Designer: an offline desktop application for designing customer journey maps."""

__version__ = "0.1.0"
