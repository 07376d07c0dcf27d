"""The compiled sentence loop; everything else is declared in pyproject.toml.

The extension is optional: where it cannot be built (no C compiler), pip still installs
corpus and ``corpus.segment`` runs its pure-Python definition, with the same output.
"""

from setuptools import Extension, setup

try:
    from Cython.Build import cythonize
except ImportError:  # building without Cython (pyproject.toml asks for it): pure Python
    extensions = []
else:
    extensions = cythonize(
        [Extension("corpus._fastsegment", ["corpus/_fastsegment.pyx"], optional=True)],
        compiler_directives={"language_level": 3},
    )

setup(ext_modules=extensions)
