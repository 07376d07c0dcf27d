"""The compiled sentence loop and JSON Lines writer; everything else is declared in
pyproject.toml.

Every extension is optional: where one cannot be built (no C compiler, no Python headers),
pip still installs corpus and ``corpus.segment`` or ``corpus.model.units_jsonl`` runs its
pure-Python definition, with the same output, more slowly. Where OpenSSL's header is missing, the loop is built without it and
hashes with hashlib.
"""

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

OPENSSL = {"define_macros": [("CORPUS_OPENSSL", "1")], "libraries": ["crypto"]}


class OptionalBuildExt(build_ext):
    """``Extension(optional=True)`` alone lets some failures through (a compiler that exits
    non-zero raises CalledProcessError under setuptools 80, and an editable install then looks
    for the missing file), so a failed extension is warned about and dropped here. One that
    fails with OpenSSL is tried once more without it."""

    def build_extensions(self):
        built = []
        for ext in self.extensions:
            if self._build(ext) or (self._without_openssl(ext) and self._build(ext)):
                built.append(ext)
            else:
                self.warn(f"{ext.name} not built; corpus runs its pure-Python definition")
        self.extensions = built

    def _build(self, ext) -> bool:
        try:
            self.build_extension(ext)
        except Exception as exc:  # any failure leaves the pure-Python path
            with_openssl = ("CORPUS_OPENSSL", "1") in ext.define_macros
            self.warn(f"{ext.name} failed{' with OpenSSL' if with_openssl else ''}: {exc}")
            return False
        return True

    @staticmethod
    def _without_openssl(ext) -> bool:
        if ("CORPUS_OPENSSL", "1") not in ext.define_macros:
            return False
        # new lists: the extension's were handed over from OPENSSL and must stay as they are
        ext.define_macros = [m for m in ext.define_macros if m != ("CORPUS_OPENSSL", "1")]
        ext.libraries = [lib for lib in ext.libraries if lib != "crypto"]
        return True


try:
    from Cython.Build import cythonize
except ImportError:  # building without Cython (pyproject.toml asks for it): pure Python
    extensions = []
else:
    extensions = cythonize(
        [
            Extension("corpus._fastsegment", ["corpus/_fastsegment.pyx"], optional=True, **OPENSSL),
            Extension("corpus._fastjsonl", ["corpus/_fastjsonl.pyx"], optional=True),
        ],
        compiler_directives={"language_level": 3},
    )

setup(ext_modules=extensions, cmdclass={"build_ext": OptionalBuildExt})
