"""Package layout that pyproject.toml cannot express on its own.

resources/ and audio/ sit beside app/ in the checkout (the design card fixes that layout).
Installed, they become the data-only packages `rewire_resources` and `rewire_audio`, so a
non-editable install run from any directory finds them (see app/core/resources.py).
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["app", "app.*"]), "rewire_resources", "rewire_audio"],
    package_dir={"rewire_resources": "resources", "rewire_audio": "audio"},
    package_data={"rewire_resources": ["**/*"], "rewire_audio": ["**/*"]},
    include_package_data=False,
)
