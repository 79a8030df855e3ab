"""Package discovery lives here because ``resources/`` installs under another name.

Everything else is in pyproject.toml. ``resources/`` becomes the package ``cxdesigner_resources``
so fonts, templates and the schema ship inside the wheel and are found through
``cxdesigner.resources`` from any folder.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["cxdesigner", "cxdesigner.*"]) + ["cxdesigner_resources"],
    package_dir={"cxdesigner_resources": "resources"},
)
