"""Data files of CX Designer; located through ``cxdesigner.resources``."""
