"""The compiled sentence loop; everything else is declared in pyproject.toml.

The extension is optional: where it cannot be built (no C compiler, no Python headers), pip
still installs corpus and ``corpus.segment`` runs its pure-Python definition, with the same
output, more slowly.
"""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """``Extension(optional=True)`` alone lets some failures through (a compiler that exits
    non-zero raises CalledProcessError under setuptools 80, and an editable install then looks
    for the missing file), so a failed extension is warned about and dropped here."""

    def build_extensions(self):
        built = []
        for ext in self.extensions:
            try:
                self.build_extension(ext)
            except Exception as exc:  # any failure leaves the pure-Python path
                self.warn(f"{ext.name} not built ({exc}); corpus runs its pure-Python splitter")
            else:
                built.append(ext)
        self.extensions = built


try:
    from Cython.Build import cythonize
except ImportError:  # building without Cython (pyproject.toml asks for it): pure Python
    extensions = []
else:
    extensions = cythonize(
        [Extension("corpus._fastsegment", ["corpus/_fastsegment.pyx"], optional=True)],
        compiler_directives={"language_level": 3},
    )

setup(ext_modules=extensions, cmdclass={"build_ext": OptionalBuildExt})
